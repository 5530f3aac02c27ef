// Imports catalogue files in the exchange format (sroi-catalogue/1) into the database.
import { readdir, readFile } from "node:fs/promises";
import { basename, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { CatalogueStatus, Prisma, PrismaClient } from "@prisma/client";
import { type CatalogueFile, parseCatalogueFile } from "@sroi/domain";

/** The published catalogues shipped with the product (see catalogues/README.md). */
export const PUBLISHED_CATALOGUES_DIR = fileURLToPath(new URL("../catalogues/", import.meta.url));

export class CatalogueImportError extends Error {
  constructor(
    readonly file: string,
    readonly problems: { path: string; message: string }[],
  ) {
    super(
      `Catalogue file ${file} is invalid: ${problems.map((p) => `${p.path}: ${p.message}`).join("; ")}`,
    );
  }
}

export interface CatalogueFileOnDisk {
  key: string;
  catalogue: CatalogueFile;
}

export async function readCatalogueFiles(
  directory = PUBLISHED_CATALOGUES_DIR,
): Promise<CatalogueFileOnDisk[]> {
  const names = (await readdir(directory)).filter((name) => name.endsWith(".json")).sort();
  return Promise.all(
    names.map(async (name) => {
      const path = join(directory, name);
      const parsed = parseCatalogueFile(JSON.parse(await readFile(path, "utf8")));
      if (!parsed.ok) throw new CatalogueImportError(name, parsed.problems);
      return { key: basename(name, ".json"), catalogue: parsed.catalogue };
    }),
  );
}

const isoDateToDate = (iso: string | null) => (iso === null ? null : new Date(`${iso}T00:00:00Z`));

/** Creates the region when new and the catalogue version with all its blocks and bonuses. */
export async function importCatalogue(
  tx: Prisma.TransactionClient,
  key: string,
  catalogue: CatalogueFile,
  status: CatalogueStatus,
  extra: { conceptNote?: string } = {},
) {
  const region = await tx.region.upsert({
    where: { code: catalogue.regionCode },
    create: { code: catalogue.regionCode, name: catalogue.region },
    update: {},
  });
  // Created as a draft and then published: the database refuses blocks added to a version that
  // is already published (see the immutability triggers in the migrations).
  const draft = await tx.catalogueVersion.create({
    data: {
      key,
      regionId: region.id,
      status: "DRAFT",
      conceptNote: extra.conceptNote ?? null,
      name: catalogue.name,
      validFrom: isoDateToDate(catalogue.validFrom),
      source: catalogue.source,
      retrieved: isoDateToDate(catalogue.retrieved),
      complete: catalogue.complete,
      countingNote: catalogue.countingNote,
      basisHours: catalogue.basisHours,
      blocks: {
        create: catalogue.blocks.map((block, position) => ({
          position,
          code: block.code,
          name: block.name,
          category: block.category,
          kind: block.kind,
          amount: block.amount,
          share: block.share,
          maxMonths: block.maxMonths,
          minHoursPerWeek: block.minHoursPerWeek,
          note: block.note ?? null,
        })),
      },
      bonuses: {
        create: catalogue.bonuses.map((bonus, position) => ({
          position,
          code: bonus.code,
          name: bonus.name,
          amount: bonus.amount,
          appliesTo: bonus.appliesTo,
          oneOff: bonus.oneOff,
        })),
      },
    },
  });
  if (status === "DRAFT") return draft;
  return tx.catalogueVersion.update({ where: { id: draft.id }, data: { status } });
}

/**
 * Shipped copies that a later file of the same region replaces. Neither file gives a validFrom,
 * so as PUBLISHED the copy created last would be in force; RETIRED keeps it readable and
 * comparable without putting it in force (see catalogues/README.md).
 */
const SUPERSEDED_CATALOGUES: ReadonlySet<string> = new Set(["utrecht-earlier"]);

/**
 * Seeds the shipped catalogues as PUBLISHED, a superseded copy as RETIRED. Idempotent: a key that exists is left alone, so a
 * second start reuses the data and never overwrites what an admin did since.
 */
export async function seedPublishedCatalogues(prisma: PrismaClient): Promise<string[]> {
  const files = await readCatalogueFiles();
  const existing = new Set(
    (
      await prisma.catalogueVersion.findMany({
        where: { key: { in: files.map((file) => file.key) } },
        select: { key: true },
      })
    ).map((row) => row.key),
  );
  const missing = files.filter((file) => !existing.has(file.key));
  if (missing.length === 0) return [];
  await prisma.$transaction(async (tx) => {
    for (const file of missing) {
      const status = SUPERSEDED_CATALOGUES.has(file.key) ? "RETIRED" : "PUBLISHED";
      await importCatalogue(tx, file.key, file.catalogue, status);
    }
  });
  return missing.map((file) => file.key);
}
