// Server-side sessions behind an httpOnly, SameSite=Lax cookie. The row lives in the database so
// any API instance can serve any request; the cookie holds a random token whose hash is the key.
import type { PrismaClient } from "@prisma/client";
import type { Request, Response } from "express";
import { hashSecret, newSecret } from "./tokens.js";

export const SESSION_COOKIE = "sr_session";
const SESSION_HOURS = 12;
/** Sliding expiry is refreshed at most this often, to keep reads free of writes. */
const REFRESH_AFTER_MS = 5 * 60_000;

export async function createSession(
  prisma: PrismaClient,
  userId: string,
  res: Response,
  secure: boolean,
) {
  const token = newSecret();
  const expiresAt = new Date(Date.now() + SESSION_HOURS * 3_600_000);
  const session = await prisma.session.create({
    data: { tokenHash: hashSecret(token), userId, expiresAt },
  });
  res.cookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: "lax",
    secure,
    path: "/",
    // No expiry on the cookie itself: the server-side row slides and decides.
  });
  return session;
}

/** The hash of the session cookie's token, the session's key; null without a cookie. */
export function sessionTokenHash(req: Request): string | null {
  const token: unknown = req.cookies?.[SESSION_COOKIE];
  if (typeof token !== "string" || token.length === 0) return null;
  return hashSecret(token);
}

/**
 * Whether a session found by its token still holds. An expired one is deleted; a live one slides,
 * at most once every few minutes, so most requests read and never write.
 */
export async function keepSessionAlive(
  prisma: PrismaClient,
  session: { id: string; expiresAt: Date; lastSeenAt: Date },
): Promise<boolean> {
  const now = Date.now();
  if (session.expiresAt.getTime() <= now) {
    await prisma.session.delete({ where: { id: session.id } }).catch(() => undefined);
    return false;
  }
  if (now - session.lastSeenAt.getTime() > REFRESH_AFTER_MS) {
    await prisma.session.update({
      where: { id: session.id },
      data: { lastSeenAt: new Date(now), expiresAt: new Date(now + SESSION_HOURS * 3_600_000) },
    });
  }
  return true;
}

export function clearSessionCookie(res: Response) {
  res.clearCookie(SESSION_COOKIE, { path: "/" });
}
