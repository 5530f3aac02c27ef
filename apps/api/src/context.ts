import type { PrismaClient } from "@prisma/client";
import type { PublishedCatalogueCache } from "./catalogue-cache.js";

/** What every resolver gets. Built per request in server.ts. */
export interface Context {
  prisma: PrismaClient;
  catalogues: PublishedCatalogueCache;
}
