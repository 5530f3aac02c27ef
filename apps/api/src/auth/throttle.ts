// Throttles and rate limits, kept in the database so they hold across API instances: a counter per
// key within a window (the LoginThrottle table), and for logins a lock that doubles with every
// further failure.
//
// Logins are counted per account AND client address together: an attacker guessing at one
// account from one address is slowed to a few guesses an hour, while the owner, logging in from
// their own address, is not locked out by it, and a busy office behind one address is not locked
// out by one colleague's typos. Much higher limits per account (guesses from many addresses) and
// per address (one address trying many accounts) slow the wider attacks the same way.
import type { PrismaClient } from "@prisma/client";

const MINUTE = 60_000;

interface LoginRule {
  key: string;
  /** failures allowed before the first lock */
  free: number;
  firstLockMs: number;
  maxLockMs: number;
}

/** Counters start again this long after their first failure. */
const LOGIN_WINDOW_MS = 60 * MINUTE;

export interface ThrottleKeys {
  email: string;
  client: string;
}

const loginRules = ({ email, client }: ThrottleKeys): LoginRule[] => [
  { key: `login:${email}|${client}`, free: 5, firstLockMs: 2 * MINUTE, maxLockMs: 15 * MINUTE },
  { key: `login-account:${email}`, free: 100, firstLockMs: MINUTE, maxLockMs: 15 * MINUTE },
  { key: `login-client:${client}`, free: 100, firstLockMs: MINUTE, maxLockMs: 15 * MINUTE },
];

/**
 * Counts one event for the key and returns how many fell in the current window (this one
 * included). The increment is one statement, so concurrent requests cannot undercount.
 */
async function countEvent(
  prisma: PrismaClient,
  key: string,
  windowMs: number,
  now: Date,
): Promise<{ count: number; windowStart: Date }> {
  for (let attempt = 0; ; attempt++) {
    const windowOpen = new Date(now.getTime() - windowMs);
    const bumped = await prisma.loginThrottle.updateMany({
      where: { key, windowStart: { gt: windowOpen } },
      data: { failures: { increment: 1 } },
    });
    if (bumped.count === 1) {
      const row = await prisma.loginThrottle.findUnique({ where: { key } });
      if (row) return { count: row.failures, windowStart: row.windowStart };
    }
    try {
      // No row, or its window has passed: start a new window.
      await prisma.loginThrottle.upsert({
        where: { key },
        create: { key, failures: 1, windowStart: now },
        update: { failures: 1, windowStart: now, lockedUntil: null },
      });
      return { count: 1, windowStart: now };
    } catch (error) {
      // Another request created the row at the same moment: count on that row instead.
      if (attempt >= 2) throw error;
    }
  }
}

/** Seconds until a new login attempt is allowed, or 0. */
export async function lockedFor(
  prisma: PrismaClient,
  keys: ThrottleKeys,
  now = new Date(),
): Promise<number> {
  const rows = await prisma.loginThrottle.findMany({
    where: { key: { in: loginRules(keys).map((rule) => rule.key) } },
  });
  const until = Math.max(0, ...rows.map((row) => row.lockedUntil?.getTime() ?? 0));
  return Math.max(0, Math.ceil((until - now.getTime()) / 1000));
}

/** Every failure past the free ones locks for twice as long as the one before, up to a cap. */
export function lockAfter(
  rule: Pick<LoginRule, "free" | "firstLockMs" | "maxLockMs">,
  failures: number,
) {
  if (failures < rule.free) return 0;
  return Math.min(rule.maxLockMs, rule.firstLockMs * 2 ** (failures - rule.free));
}

export async function recordFailure(prisma: PrismaClient, keys: ThrottleKeys, now = new Date()) {
  for (const rule of loginRules(keys)) {
    const { count } = await countEvent(prisma, rule.key, LOGIN_WINDOW_MS, now);
    const lockMs = lockAfter(rule, count);
    if (lockMs > 0) {
      await prisma.loginThrottle.update({
        where: { key: rule.key },
        data: { lockedUntil: new Date(now.getTime() + lockMs) },
      });
    }
  }
}

/** A right password from this address forgets its failures there (not those elsewhere). */
export async function recordSuccess(prisma: PrismaClient, keys: ThrottleKeys) {
  await prisma.loginThrottle.deleteMany({ where: { key: loginRules(keys)[0]?.key ?? "" } });
}

export interface RateLimit {
  /** what is counted and for whom, e.g. `reset:${email}` */
  key: string;
  limit: number;
  windowMinutes: number;
}

/**
 * Counts one use; returns 0 while within the limit, else the seconds until the window ends.
 * Used for reset requests, invitations, token use and uploads.
 */
export async function rateLimited(
  prisma: PrismaClient,
  { key, limit, windowMinutes }: RateLimit,
  now = new Date(),
): Promise<number> {
  const windowMs = windowMinutes * MINUTE;
  const { count, windowStart } = await countEvent(prisma, `rate:${key}`, windowMs, now);
  if (count <= limit) return 0;
  return Math.max(1, Math.ceil((windowStart.getTime() + windowMs - now.getTime()) / 1000));
}

/** "over 3 minuten" / "over 1 minuut", for messages that ask to wait. */
export function waitPhrase(seconds: number): string {
  const minutes = Math.max(1, Math.ceil(seconds / 60));
  return `over ${minutes} ${minutes === 1 ? "minuut" : "minuten"}`;
}

/** The limits in one place, so docs/quality.md and the tests can name them. */
export const RATE_LIMITS = {
  resetPerAccount: (email: string): RateLimit => ({
    key: `reset:${email}`,
    limit: 3,
    windowMinutes: 60,
  }),
  resetPerClient: (client: string): RateLimit => ({
    key: `reset-client:${client}`,
    limit: 20,
    windowMinutes: 60,
  }),
  tokenUsePerClient: (client: string): RateLimit => ({
    key: `token-client:${client}`,
    limit: 10,
    windowMinutes: 15,
  }),
  invitationsPerUser: (userId: string): RateLimit => ({
    key: `invite:${userId}`,
    limit: 20,
    windowMinutes: 60,
  }),
  uploadsPerUser: (userId: string): RateLimit => ({
    key: `upload:${userId}`,
    limit: 60,
    windowMinutes: 10,
  }),
};
