// The life of a region's bouwblokken catalogue version: a draft (empty, copied from another
// version, or read from a file), its settings, publication, retirement and deletion. A published
// version never changes (the database enforces it too); every change is audited. The blocks and
// bonuses of a draft are in catalogue-items.ts, the file formats in catalogue-files.ts.
import type { CatalogueVersion, Prisma, PrismaClient } from "@prisma/client";
import { importCatalogue, toIsoDate } from "@sroi/db";
import {
  type CatalogueFileProblem,
  decimal,
  isDecimalString,
  parseCatalogueFile,
} from "@sroi/domain";
import { canManageCatalogue, type Viewer } from "../auth/viewer.js";
import {
  type FieldIssue,
  ImportError,
  NotAllowedError,
  refuseInvalid,
  ValidationError,
} from "../errors.js";
import { audit } from "./audit.js";
import {
  type CatalogueFileFormat,
  parseCatalogueUpload,
  toExchangeFile,
  type VersionWithItems,
} from "./catalogue-files.js";

type Tx = Prisma.TransactionClient;
export const MANAGE_REFUSAL = "U kunt dit bouwblokkenmodel niet beheren.";
const KEY_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** What stops a draft from being published, in Dutch, with the block or bonus it concerns. */
export function catalogueProblems(version: VersionWithItems): CatalogueFileProblem[] {
  const parsed = parseCatalogueFile(toExchangeFile(version));
  if (parsed.ok) return [];
  const blocks = [...version.blocks].sort((a, b) => a.position - b.position);
  const bonuses = [...version.bonuses].sort((a, b) => a.position - b.position);
  return parsed.problems.map((problem) => {
    const match = /^(blocks|bonuses)\[(\d+)\]/.exec(problem.path);
    if (!match) return problem;
    const item = (match[1] === "blocks" ? blocks : bonuses)[Number(match[2])];
    const what = match[1] === "blocks" ? "Bouwblok" : "Toeslag";
    return { path: problem.path, message: `${what} ${item?.code ?? ""}: ${problem.message}` };
  });
}

export async function loadForChange(
  tx: Tx,
  actor: Viewer,
  key: string,
  options: { draft: boolean },
) {
  const version = await tx.catalogueVersion.findUnique({
    where: { key },
    include: { region: true, blocks: true, bonuses: true },
  });
  if (!version || !canManageCatalogue(actor, version.regionId)) {
    throw new NotAllowedError(MANAGE_REFUSAL);
  }
  if (options.draft && version.status !== "DRAFT") {
    throw new NotAllowedError(
      "Een gepubliceerde of ingetrokken versie kan niet meer worden gewijzigd. Maak een nieuwe versie.",
    );
  }
  // The publisher decides on what was proposed, not on something changed since.
  if (options.draft && version.proposedAt) {
    throw new NotAllowedError(
      "Dit concept is voorgesteld en wacht op publicatie; het kan pas weer worden gewijzigd als het is teruggestuurd.",
    );
  }
  return version;
}

export function snapshot(version: CatalogueVersion) {
  return {
    key: version.key,
    name: version.name,
    status: version.status,
    validFrom: version.validFrom ? toIsoDate(version.validFrom) : null,
    basisHours: version.basisHours.toString(),
    source: version.source,
    countingNote: version.countingNote,
    conceptNote: version.conceptNote,
  };
}

/** A new version's key and name, trimmed; both checked at once so a person fixes them in one go. */
function newVersionNames(input: { key: string; name: string }) {
  const issues: FieldIssue[] = [];
  const key = input.key.trim();
  if (!KEY_PATTERN.test(key)) {
    issues.push({
      field: "key",
      message:
        "Gebruik voor de sleutel kleine letters, cijfers en streepjes, bijvoorbeeld regio-amersfoort-2027.",
    });
  }
  if (!input.name.trim()) issues.push({ field: "name", message: "Geef de versie een naam." });
  if (issues.length) throw new ValidationError(issues);
  return { key, name: input.name.trim() };
}

async function refuseTakenKey(tx: Tx, key: string) {
  if (await tx.catalogueVersion.findUnique({ where: { key } })) {
    throw new ValidationError([
      { field: "key", message: `Er is al een versie met de sleutel ${key}.` },
    ]);
  }
}

async function manageableRegion(db: Tx, actor: Viewer, regionCode: string) {
  const region = await db.region.findUnique({ where: { code: regionCode } });
  if (!region || !canManageCatalogue(actor, region.id)) {
    throw new NotAllowedError("U kunt het bouwblokkenmodel van deze regio niet beheren.");
  }
  return region;
}

export async function createCatalogueDraft(
  prisma: PrismaClient,
  actor: Viewer,
  input: { regionCode: string; key: string; name: string; copyFromKey?: string | null },
): Promise<CatalogueVersion> {
  return prisma.$transaction(async (tx) => {
    const region = await manageableRegion(tx, actor, input.regionCode);
    const { key, name } = newVersionNames(input);
    await refuseTakenKey(tx, key);
    let source: VersionWithItems | null = null;
    if (input.copyFromKey) {
      source = await tx.catalogueVersion.findUnique({
        where: { key: input.copyFromKey },
        include: { region: true, blocks: true, bonuses: true },
      });
      if (!source || source.regionId !== region.id) {
        throw new ValidationError([
          { field: "copyFromKey", message: "Kies een versie van dezelfde regio om te kopiëren." },
        ]);
      }
    }
    const draft = await tx.catalogueVersion.create({
      data: {
        key,
        regionId: region.id,
        name,
        status: "DRAFT",
        basisHours: source?.basisHours ?? "36",
        source: source?.source ?? null,
        countingNote: source?.countingNote ?? null,
        conceptNote: source?.conceptNote ?? null,
        complete: true,
        blocks: {
          create: (source?.blocks ?? []).map(
            ({ id: _id, catalogueVersionId: _v, ...block }) => block,
          ),
        },
        bonuses: {
          create: (source?.bonuses ?? []).map(
            ({ id: _id, catalogueVersionId: _v, ...bonus }) => bonus,
          ),
        },
      },
    });
    await audit(tx, actor, {
      action: "catalogue.createDraft",
      entityType: "CatalogueVersion",
      entityId: draft.id,
      regionId: draft.regionId,
      after: { ...snapshot(draft), copiedFrom: source?.key ?? null, region: region.code },
    });
    return draft;
  });
}

export async function updateCatalogueDraft(
  prisma: PrismaClient,
  actor: Viewer,
  key: string,
  input: {
    name: string;
    basisHours: string;
    source?: string | null;
    countingNote?: string | null;
    conceptNote?: string | null;
  },
): Promise<CatalogueVersion> {
  const issues: FieldIssue[] = [];
  if (!input.name.trim()) issues.push({ field: "name", message: "Geef de versie een naam." });
  if (
    !isDecimalString(input.basisHours) ||
    decimal(input.basisHours).lte(0) ||
    decimal(input.basisHours).gt(60)
  ) {
    issues.push({
      field: "basisHours",
      message: "Een volledige werkweek is meer dan 0 en hoogstens 60 uur, bijvoorbeeld 36.",
    });
  }
  return prisma.$transaction(async (tx) => {
    const version = await loadForChange(tx, actor, key, { draft: true });
    refuseInvalid(issues);
    const updated = await tx.catalogueVersion.update({
      where: { id: version.id },
      data: {
        name: input.name.trim(),
        basisHours: input.basisHours,
        source: input.source?.trim() || null,
        countingNote: input.countingNote?.trim() || null,
        conceptNote: input.conceptNote?.trim() || null,
      },
    });
    await audit(tx, actor, {
      action: "catalogue.updateDraft",
      entityType: "CatalogueVersion",
      entityId: version.id,
      regionId: version.regionId,
      before: snapshot(version),
      after: snapshot(updated),
    });
    return updated;
  });
}

export async function deleteCatalogueDraft(prisma: PrismaClient, actor: Viewer, key: string) {
  await prisma.$transaction(async (tx) => {
    const version = await loadForChange(tx, actor, key, { draft: true });
    await tx.catalogueVersion.delete({ where: { id: version.id } });
    await audit(tx, actor, {
      action: "catalogue.deleteDraft",
      entityType: "CatalogueVersion",
      entityId: version.id,
      regionId: version.regionId,
      before: {
        ...snapshot(version),
        blocks: version.blocks.length,
        bonuses: version.bonuses.length,
      },
    });
  });
}

/** A draft read from an uploaded file: every problem is reported, and nothing saved, or all. */
export async function importCatalogueFile(
  prisma: PrismaClient,
  actor: Viewer,
  input: {
    regionCode: string;
    key: string;
    name: string;
    format: CatalogueFileFormat;
    content: string;
    basisHours?: string | null;
    validFrom?: string | null;
  },
): Promise<CatalogueVersion> {
  const region = await manageableRegion(prisma, actor, input.regionCode);
  const { key, name } = newVersionNames(input);
  const parsed = await parseCatalogueUpload(input.format, input.content, {
    region: region.name,
    regionCode: region.code,
    name,
    validFrom: input.validFrom ?? null,
    basisHours: input.basisHours ?? "36",
  });
  if (!parsed.ok) throw new ImportError(parsed.problems);
  return prisma.$transaction(async (tx) => {
    await refuseTakenKey(tx, key);
    // An import is always a draft in the importer's region: publishing stays a deliberate step.
    const draft = await importCatalogue(
      tx,
      key,
      {
        ...parsed.catalogue,
        region: region.name,
        regionCode: region.code,
        name,
        validFrom: null,
      },
      "DRAFT",
      // a concept stays marked as one through its export and re-import (CSV and XLSX carry it)
      parsed.conceptNote ? { conceptNote: parsed.conceptNote } : {},
    );
    await audit(tx, actor, {
      action: "catalogue.import",
      entityType: "CatalogueVersion",
      entityId: draft.id,
      regionId: draft.regionId,
      after: {
        ...snapshot(draft),
        format: input.format,
        blocks: parsed.catalogue.blocks.length,
        bonuses: parsed.catalogue.bonuses.length,
      },
    });
    return draft;
  });
}
