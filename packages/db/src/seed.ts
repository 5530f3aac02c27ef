// What a fresh database gets on its first start. Every step is idempotent.
import type { PrismaClient } from "@prisma/client";
import { seedPublishedCatalogues } from "./catalogue-import.js";

export interface SeedReport {
  catalogues: string[];
}

export async function seed(prisma: PrismaClient): Promise<SeedReport> {
  return { catalogues: await seedPublishedCatalogues(prisma) };
}
