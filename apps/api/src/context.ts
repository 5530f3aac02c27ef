import type { PrismaClient } from "@prisma/client";

/** What every resolver gets. Built per request in server.ts. */
export interface Context {
  prisma: PrismaClient;
}
