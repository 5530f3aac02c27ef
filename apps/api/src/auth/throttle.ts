// Login rate limiting, kept in the database so it holds across API instances: after too many
// failures for one e-mail address (or from one client address) further attempts are refused for a
// while, with a clear message, whether or not the password would have been right.
import type { PrismaClient } from "@prisma/client";

export const WINDOW_MINUTES = 15;
const LIMITS = { email: 5, client: 30 } as const;

export interface ThrottleKeys {
  email: string;
  client: string;
}

const keysOf = (keys: ThrottleKeys) => [
  { key: `email:${keys.email}`, limit: LIMITS.email },
  { key: `client:${keys.client}`, limit: LIMITS.client },
];

/** Seconds until a new attempt is allowed, or 0. */
export async function lockedFor(
  prisma: PrismaClient,
  keys: ThrottleKeys,
  now = new Date(),
): Promise<number> {
  const rows = await prisma.loginThrottle.findMany({
    where: { key: { in: keysOf(keys).map((k) => k.key) } },
  });
  const until = Math.max(0, ...rows.map((row) => row.lockedUntil?.getTime() ?? 0));
  return Math.max(0, Math.ceil((until - now.getTime()) / 1000));
}

export async function recordFailure(prisma: PrismaClient, keys: ThrottleKeys, now = new Date()) {
  const windowStart = new Date(now.getTime() - WINDOW_MINUTES * 60_000);
  for (const { key, limit } of keysOf(keys)) {
    await prisma.$transaction(async (tx) => {
      const row = await tx.loginThrottle.findUnique({ where: { key } });
      const fresh = !row || row.windowStart < windowStart;
      const failures = fresh ? 1 : row.failures + 1;
      const lockedUntil =
        failures >= limit ? new Date(now.getTime() + WINDOW_MINUTES * 60_000) : null;
      await tx.loginThrottle.upsert({
        where: { key },
        create: { key, failures, windowStart: now, lockedUntil },
        update: { failures, lockedUntil, ...(fresh ? { windowStart: now } : {}) },
      });
    });
  }
}

export async function recordSuccess(prisma: PrismaClient, keys: ThrottleKeys) {
  await prisma.loginThrottle.deleteMany({ where: { key: `email:${keys.email}` } });
}
