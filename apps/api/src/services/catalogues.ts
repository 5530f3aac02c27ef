// Managing a region's bouwblokken catalogue: drafts, their blocks and bonuses, publication,
// retirement, import and export. A published version never changes (the database enforces it
// too); every change is audited.
import type { Block, Bonus, CatalogueVersion, Prisma, PrismaClient, Region } from "@prisma/client";
import { importCatalogue, toBlockDefinition, toBonusDefinition, toIsoDate } from "@sroi/db";
import {
  BLOCK_CATEGORIES,
  type CatalogueFile,
  type CatalogueFileProblem,
  catalogueFromCsv,
  catalogueFromRows,
  decimal,
  isDecimalString,
  parseCatalogueFile,
  SHEET_COLUMNS,
  type SheetMetadata,
  type SheetRow,
  type ValuationKind,
} from "@sroi/domain";
import ExcelJS from "exceljs";
import { canManageCatalogue, type Viewer } from "../auth/viewer.js";
import { type FieldIssue, ImportError, NotAllowedError, ValidationError } from "../errors.js";
import { audit } from "./audit.js";

type Tx = Prisma.TransactionClient;
type VersionWithItems = CatalogueVersion & { region: Region; blocks: Block[]; bonuses: Bonus[] };

export const KEY_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** The version in the exchange format (shared/reference/catalogues/README.md). */
export function toExchangeFile(version: VersionWithItems) {
  const blocks = [...version.blocks].sort((a, b) => a.position - b.position).map(toBlockDefinition);
  const bonuses = [...version.bonuses]
    .sort((a, b) => a.position - b.position)
    .map(toBonusDefinition);
  return {
    format: "sroi-catalogue/1",
    region: version.region.name,
    regionCode: version.region.code,
    name: version.name,
    validFrom: version.validFrom ? toIsoDate(version.validFrom) : null,
    source: version.source,
    retrieved: version.retrieved ? toIsoDate(version.retrieved) : null,
    basisHours: Number(version.basisHours.toString()),
    complete: version.complete,
    ...(version.countingNote ? { countingNote: version.countingNote } : {}),
    blocks: blocks.map((b) => ({
      code: b.code,
      name: b.name,
      category: b.category,
      kind: b.kind,
      ...(b.amount !== null ? { amount: b.amount } : {}),
      ...(b.share !== null ? { share: b.share } : {}),
      maxMonths: b.maxMonths,
      ...(b.minHoursPerWeek !== null ? { minHoursPerWeek: Number(b.minHoursPerWeek) } : {}),
      ...(b.note ? { note: b.note } : {}),
    })),
    bonuses,
  };
}

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

async function loadForChange(tx: Tx, actor: Viewer, key: string, options: { draft: boolean }) {
  const version = await tx.catalogueVersion.findUnique({
    where: { key },
    include: { region: true, blocks: true, bonuses: true },
  });
  if (!version || !canManageCatalogue(actor, version.regionId)) {
    throw new NotAllowedError("U kunt dit bouwblokkenmodel niet beheren.");
  }
  if (options.draft && version.status !== "DRAFT") {
    throw new NotAllowedError(
      "Een gepubliceerde of ingetrokken versie kan niet meer worden gewijzigd. Maak een nieuwe versie.",
    );
  }
  return version;
}

function snapshot(version: CatalogueVersion) {
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

export async function createCatalogueDraft(
  prisma: PrismaClient,
  actor: Viewer,
  input: { regionCode: string; key: string; name: string; copyFromKey?: string | null },
): Promise<CatalogueVersion> {
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
  return prisma.$transaction(async (tx) => {
    const region = await tx.region.findUnique({ where: { code: input.regionCode } });
    if (!region || !canManageCatalogue(actor, region.id)) {
      throw new NotAllowedError("U kunt het bouwblokkenmodel van deze regio niet beheren.");
    }
    if (await tx.catalogueVersion.findUnique({ where: { key } })) {
      throw new ValidationError([
        { field: "key", message: `Er is al een versie met de sleutel ${key}.` },
      ]);
    }
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
        name: input.name.trim(),
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
  if (issues.length) throw new ValidationError(issues);
  return prisma.$transaction(async (tx) => {
    const version = await loadForChange(tx, actor, key, { draft: true });
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
      before: snapshot(version),
      after: snapshot(updated),
    });
    return updated;
  });
}

export interface BlockFields {
  code: string;
  name: string;
  category: (typeof BLOCK_CATEGORIES)[number];
  kind: ValuationKind;
  amount?: string | null;
  share?: string | null;
  maxMonths?: number | null;
  minHoursPerWeek?: string | null;
  note?: string | null;
}

function validateBlock(block: BlockFields): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const add = (field: string, message: string) => issues.push({ field, message });
  if (!/^[A-Z0-9][A-Z0-9+-]{0,39}$/.test(block.code.trim())) {
    add(
      "code",
      "Een code bestaat uit hoofdletters, cijfers, + en - (hoogstens 40 tekens), bijvoorbeeld PW of BBL-2.",
    );
  }
  if (!block.name.trim()) add("name", "Geef het bouwblok een naam.");
  const money = /^\d{1,12}(\.\d{1,2})?$/;
  if (block.kind === "INVOICE_SHARE") {
    if (
      !block.share ||
      !isDecimalString(block.share) ||
      decimal(block.share).lte(0) ||
      decimal(block.share).gt(1)
    ) {
      add(
        "share",
        "Vul het aandeel van het factuurbedrag in als getal tussen 0 en 1, bijvoorbeeld 0.50 voor 50 %.",
      );
    }
  } else if (block.kind !== "ACTUAL_COST") {
    if (!block.amount || !money.test(block.amount)) {
      add(
        "amount",
        "Vul het bedrag in euro's in, met hoogstens twee decimalen, bijvoorbeeld 40000.00.",
      );
    }
  }
  if (
    block.maxMonths != null &&
    (!Number.isInteger(block.maxMonths) || block.maxMonths < 1 || block.maxMonths > 600)
  ) {
    add(
      "maxMonths",
      "De maximale telperiode is een heel aantal maanden (1 tot 600), of leeg voor onbeperkt.",
    );
  }
  if (
    block.minHoursPerWeek &&
    (!isDecimalString(block.minHoursPerWeek) ||
      decimal(block.minHoursPerWeek).lt(0) ||
      decimal(block.minHoursPerWeek).gt(60))
  ) {
    add("minHoursPerWeek", "Het minimum aantal uren per week ligt tussen 0 en 60.");
  }
  return issues;
}

const usesAmount = (kind: ValuationKind) => kind !== "INVOICE_SHARE" && kind !== "ACTUAL_COST";
const usesPeriod = (kind: ValuationKind) => kind === "PER_FTE_YEAR" || kind === "PER_MONTH";

export async function saveBlock(
  prisma: PrismaClient,
  actor: Viewer,
  input: { catalogueKey: string; originalCode?: string | null; block: BlockFields },
): Promise<CatalogueVersion> {
  const block = { ...input.block, code: input.block.code.trim().toUpperCase() };
  const issues = validateBlock(block);
  if (issues.length) throw new ValidationError(issues);
  return prisma.$transaction(async (tx) => {
    const version = await loadForChange(tx, actor, input.catalogueKey, { draft: true });
    const existing = input.originalCode
      ? version.blocks.find((b) => b.code === input.originalCode)
      : null;
    if (input.originalCode && !existing)
      throw new NotAllowedError(`Bouwblok ${input.originalCode} staat niet in deze versie.`);
    if (block.code !== existing?.code && version.blocks.some((b) => b.code === block.code)) {
      throw new ValidationError([
        { field: "code", message: `Deze versie heeft al een bouwblok met code ${block.code}.` },
      ]);
    }
    // Only the inputs the valuation kind uses are stored, so a changed kind leaves nothing stale.
    const data = {
      code: block.code,
      name: block.name.trim(),
      category: block.category,
      kind: block.kind,
      amount: usesAmount(block.kind) ? (block.amount ?? null) : null,
      share: block.kind === "INVOICE_SHARE" ? (block.share ?? null) : null,
      maxMonths: usesPeriod(block.kind) ? (block.maxMonths ?? null) : null,
      minHoursPerWeek: usesPeriod(block.kind) ? block.minHoursPerWeek || null : null,
      note: block.note?.trim() || null,
    };
    if (existing) {
      await tx.block.update({ where: { id: existing.id }, data });
      if (existing.code !== data.code) {
        for (const bonus of version.bonuses.filter((b) => b.appliesTo.includes(existing.code))) {
          await tx.bonus.update({
            where: { id: bonus.id },
            data: {
              appliesTo: bonus.appliesTo.map((target) =>
                target === existing.code ? data.code : target,
              ),
            },
          });
        }
      }
    } else {
      const position = Math.max(-1, ...version.blocks.map((b) => b.position)) + 1;
      await tx.block.create({ data: { ...data, position, catalogueVersionId: version.id } });
    }
    await audit(tx, actor, {
      action: existing ? "catalogue.updateBlock" : "catalogue.addBlock",
      entityType: "CatalogueVersion",
      entityId: version.id,
      before: existing ? (toBlockDefinition(existing) as unknown as Record<string, unknown>) : null,
      after: data,
    });
    return tx.catalogueVersion.findUniqueOrThrow({ where: { id: version.id } });
  });
}

export async function deleteBlock(
  prisma: PrismaClient,
  actor: Viewer,
  catalogueKey: string,
  code: string,
) {
  return prisma.$transaction(async (tx) => {
    const version = await loadForChange(tx, actor, catalogueKey, { draft: true });
    const block = version.blocks.find((b) => b.code === code);
    if (!block) throw new NotAllowedError(`Bouwblok ${code} staat niet in deze versie.`);
    await tx.block.delete({ where: { id: block.id } });
    // Bonuses keep pointing only at blocks that exist; one left pointing nowhere shows as a problem.
    for (const bonus of version.bonuses.filter((b) => b.appliesTo.includes(code))) {
      await tx.bonus.update({
        where: { id: bonus.id },
        data: { appliesTo: bonus.appliesTo.filter((t) => t !== code) },
      });
    }
    await audit(tx, actor, {
      action: "catalogue.deleteBlock",
      entityType: "CatalogueVersion",
      entityId: version.id,
      before: toBlockDefinition(block) as unknown as Record<string, unknown>,
    });
    return tx.catalogueVersion.findUniqueOrThrow({ where: { id: version.id } });
  });
}

export interface BonusFields {
  code: string;
  name: string;
  amount: string;
  appliesTo: string[];
  oneOff: boolean;
}

export async function saveBonus(
  prisma: PrismaClient,
  actor: Viewer,
  input: { catalogueKey: string; originalCode?: string | null; bonus: BonusFields },
): Promise<CatalogueVersion> {
  const bonus = { ...input.bonus, code: input.bonus.code.trim().toUpperCase() };
  const issues: FieldIssue[] = [];
  if (!/^[A-Z0-9][A-Z0-9+-]{0,39}$/.test(bonus.code))
    issues.push({
      field: "code",
      message: "Een code bestaat uit hoofdletters, cijfers, + en -, bijvoorbeeld 50PLUS.",
    });
  if (!bonus.name.trim()) issues.push({ field: "name", message: "Geef de toeslag een naam." });
  if (!/^\d{1,12}(\.\d{1,2})?$/.test(bonus.amount))
    issues.push({
      field: "amount",
      message: "Vul het bedrag in euro's in, bijvoorbeeld 10000.00.",
    });
  if (bonus.appliesTo.length === 0)
    issues.push({
      field: "appliesTo",
      message: "Kies voor welke bouwblokken of categorieën de toeslag geldt.",
    });
  if (issues.length) throw new ValidationError(issues);
  return prisma.$transaction(async (tx) => {
    const version = await loadForChange(tx, actor, input.catalogueKey, { draft: true });
    const known = new Set<string>([...version.blocks.map((b) => b.code), ...BLOCK_CATEGORIES]);
    const unknown = bonus.appliesTo.filter((target) => !known.has(target));
    if (unknown.length) {
      throw new ValidationError([
        { field: "appliesTo", message: `Onbekend in deze versie: ${unknown.join(", ")}.` },
      ]);
    }
    const existing = input.originalCode
      ? version.bonuses.find((b) => b.code === input.originalCode)
      : null;
    if (input.originalCode && !existing)
      throw new NotAllowedError(`Toeslag ${input.originalCode} staat niet in deze versie.`);
    if (bonus.code !== existing?.code && version.bonuses.some((b) => b.code === bonus.code)) {
      throw new ValidationError([
        { field: "code", message: `Deze versie heeft al een toeslag met code ${bonus.code}.` },
      ]);
    }
    const data = {
      code: bonus.code,
      name: bonus.name.trim(),
      amount: bonus.amount,
      appliesTo: bonus.appliesTo,
      oneOff: bonus.oneOff,
    };
    if (existing) {
      await tx.bonus.update({ where: { id: existing.id }, data });
    } else {
      const position = Math.max(-1, ...version.bonuses.map((b) => b.position)) + 1;
      await tx.bonus.create({ data: { ...data, position, catalogueVersionId: version.id } });
    }
    await audit(tx, actor, {
      action: existing ? "catalogue.updateBonus" : "catalogue.addBonus",
      entityType: "CatalogueVersion",
      entityId: version.id,
      before: existing ? (toBonusDefinition(existing) as unknown as Record<string, unknown>) : null,
      after: data,
    });
    return tx.catalogueVersion.findUniqueOrThrow({ where: { id: version.id } });
  });
}

export async function deleteBonus(
  prisma: PrismaClient,
  actor: Viewer,
  catalogueKey: string,
  code: string,
) {
  return prisma.$transaction(async (tx) => {
    const version = await loadForChange(tx, actor, catalogueKey, { draft: true });
    const bonus = version.bonuses.find((b) => b.code === code);
    if (!bonus) throw new NotAllowedError(`Toeslag ${code} staat niet in deze versie.`);
    await tx.bonus.delete({ where: { id: bonus.id } });
    await audit(tx, actor, {
      action: "catalogue.deleteBonus",
      entityType: "CatalogueVersion",
      entityId: version.id,
      before: toBonusDefinition(bonus) as unknown as Record<string, unknown>,
    });
    return tx.catalogueVersion.findUniqueOrThrow({ where: { id: version.id } });
  });
}

export async function publishCatalogueVersion(
  prisma: PrismaClient,
  actor: Viewer,
  key: string,
  validFrom: string,
) {
  return prisma.$transaction(async (tx) => {
    const version = await loadForChange(tx, actor, key, { draft: true });
    const problems = catalogueProblems(version);
    if (problems.length) {
      throw new ValidationError(problems.map((p) => ({ field: p.path, message: p.message })));
    }
    const published = await tx.catalogueVersion.update({
      where: { id: version.id },
      data: { status: "PUBLISHED", validFrom: new Date(`${validFrom}T00:00:00Z`) },
    });
    await audit(tx, actor, {
      action: "catalogue.publish",
      entityType: "CatalogueVersion",
      entityId: version.id,
      before: snapshot(version),
      after: snapshot(published),
    });
    return published;
  });
}

export async function retireCatalogueVersion(prisma: PrismaClient, actor: Viewer, key: string) {
  return prisma.$transaction(async (tx) => {
    const version = await loadForChange(tx, actor, key, { draft: false });
    if (version.status !== "PUBLISHED")
      throw new NotAllowedError("Alleen een gepubliceerde versie kan worden ingetrokken.");
    const retired = await tx.catalogueVersion.update({
      where: { id: version.id },
      data: { status: "RETIRED" },
    });
    await audit(tx, actor, {
      action: "catalogue.retire",
      entityType: "CatalogueVersion",
      entityId: version.id,
      before: { status: version.status },
      after: { status: retired.status },
    });
    return retired;
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
      before: {
        ...snapshot(version),
        blocks: version.blocks.length,
        bonuses: version.bonuses.length,
      },
    });
  });
}

export type CatalogueFileFormat = "JSON" | "CSV" | "XLSX";

async function xlsxRows(
  base64: string,
): Promise<{ rows: SheetRow[]; lines: number[] } | CatalogueFileProblem[]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(base64, "base64") as unknown as ArrayBuffer);
  } catch {
    return [{ path: "(bestand)", message: "dit is geen leesbaar Excel-bestand (.xlsx)" }];
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return [{ path: "(bestand)", message: "het bestand heeft geen werkblad" }];
  const header = (sheet.getRow(1).values as unknown[]).map((v) =>
    String(v ?? "")
      .trim()
      .toLowerCase()
      .replace(/\s+/g, "_"),
  );
  const missing = SHEET_COLUMNS.filter((c) => c !== "toelichting" && !header.includes(c));
  if (missing.length)
    return [{ path: "regel 1", message: `kolommen ontbreken: ${missing.join(", ")}` }];
  const rows: SheetRow[] = [];
  const lines: number[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, number) => {
    if (number === 1) return;
    const values = row.values as unknown[];
    const record: SheetRow = {};
    header.forEach((column, index) => {
      if ((SHEET_COLUMNS as readonly string[]).includes(column)) {
        const value = values[index];
        // Excel keeps numbers as binary floats; print them back exactly as typed where possible.
        record[column as keyof SheetRow] =
          value === null || value === undefined
            ? ""
            : typeof value === "object" && "text" in (value as object)
              ? String((value as { text: string }).text)
              : String(value);
      }
    });
    rows.push(record);
    lines.push(number);
  });
  return { rows, lines };
}

export async function parseCatalogueUpload(
  format: CatalogueFileFormat,
  content: string,
  meta: SheetMetadata,
): Promise<
  { ok: true; catalogue: CatalogueFile } | { ok: false; problems: CatalogueFileProblem[] }
> {
  if (format === "JSON") {
    let json: unknown;
    try {
      json = JSON.parse(content);
    } catch (error) {
      return {
        ok: false,
        problems: [
          { path: "(bestand)", message: `geen geldige JSON: ${(error as Error).message}` },
        ],
      };
    }
    return parseCatalogueFile(json);
  }
  if (format === "CSV") return catalogueFromCsv(content, meta);
  const sheet = await xlsxRows(content);
  if (Array.isArray(sheet)) return { ok: false, problems: sheet };
  return catalogueFromRows(sheet.rows, meta, (i) => sheet.lines[i] ?? i + 2);
}

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
  const region = await prisma.region.findUnique({ where: { code: input.regionCode } });
  if (!region || !canManageCatalogue(actor, region.id)) {
    throw new NotAllowedError("U kunt het bouwblokkenmodel van deze regio niet beheren.");
  }
  const key = input.key.trim();
  const issues: FieldIssue[] = [];
  if (!KEY_PATTERN.test(key))
    issues.push({
      field: "key",
      message: "Gebruik voor de sleutel kleine letters, cijfers en streepjes.",
    });
  if (!input.name.trim()) issues.push({ field: "name", message: "Geef de versie een naam." });
  if (issues.length) throw new ValidationError(issues);
  const parsed = await parseCatalogueUpload(input.format, input.content, {
    region: region.name,
    regionCode: region.code,
    name: input.name.trim(),
    validFrom: input.validFrom ?? null,
    basisHours: input.basisHours ?? "36",
  });
  if (!parsed.ok) throw new ImportError(parsed.problems);
  return prisma.$transaction(async (tx) => {
    if (await tx.catalogueVersion.findUnique({ where: { key } })) {
      throw new ValidationError([
        { field: "key", message: `Er is al een versie met de sleutel ${key}.` },
      ]);
    }
    // An import is always a draft in the importer's region: publishing stays a deliberate step.
    const draft = await importCatalogue(
      tx,
      key,
      {
        ...parsed.catalogue,
        region: region.name,
        regionCode: region.code,
        name: input.name.trim(),
        validFrom: null,
      },
      "DRAFT",
    );
    await audit(tx, actor, {
      action: "catalogue.import",
      entityType: "CatalogueVersion",
      entityId: draft.id,
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
