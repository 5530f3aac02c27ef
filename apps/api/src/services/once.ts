// Actions that must happen once (registering a contract, inviting someone, the first plan) are
// guarded by a unique key in the database. Two requests at the same moment both pass the "does
// it exist yet?" read; the loser's insert then fails on the key. Running the loser's transaction
// once more lets it see the winner's row and answer as any repeat does: a typed error (or reuse
// of the row), never an internal one.
import { Prisma, type PrismaClient } from "@prisma/client";

/** A unique-key violation, raw or as the ConflictError that errors-masking.ts wraps it in. */
export function isUniqueViolation(error: unknown): boolean {
  const cause = error instanceof Error && error.cause !== undefined ? error.cause : error;
  return [error, cause].some(
    (e) => e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002",
  );
}

export async function transactionOnce<T>(
  prisma: PrismaClient,
  work: (tx: Prisma.TransactionClient) => Promise<T>,
): Promise<T> {
  try {
    return await prisma.$transaction(work);
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    return prisma.$transaction(work);
  }
}
