// The contents of a catalogue draft: its bouwblokken and the bonuses (toeslagen) stacked on them.
// Only a draft changes; every change is audited.
import type { CatalogueVersion, PrismaClient } from "@prisma/client";
import { toBlockDefinition, toBonusDefinition } from "@sroi/db";
import {
  BLOCK_CATEGORIES,
  decimal,
  isDecimalString,
  isMoneyAmount,
  usesCountingPeriod,
  type ValuationKind,
} from "@sroi/domain";
import type { Viewer } from "../auth/viewer.js";
import { type FieldIssue, NotAllowedError, refuseInvalid, ValidationError } from "../errors.js";
import { audit } from "./audit.js";
import { loadForChange } from "./catalogue-drafts.js";

/** A block's or bonus's code: capitals, digits, + and -, e.g. PW, BBL-2, 50PLUS. */
const CODE_PATTERN = /^[A-Z0-9][A-Z0-9+-]{0,39}$/;

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
  if (!CODE_PATTERN.test(block.code.trim())) {
    add(
      "code",
      "Een code bestaat uit hoofdletters, cijfers, + en - (hoogstens 40 tekens), bijvoorbeeld PW of BBL-2.",
    );
  }
  if (!block.name.trim()) add("name", "Geef het bouwblok een naam.");
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
    if (!block.amount || !isMoneyAmount(block.amount)) {
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

export async function saveBlock(
  prisma: PrismaClient,
  actor: Viewer,
  input: { catalogueKey: string; originalCode?: string | null; block: BlockFields },
): Promise<CatalogueVersion> {
  const block = { ...input.block, code: input.block.code.trim().toUpperCase() };
  return prisma.$transaction(async (tx) => {
    const version = await loadForChange(tx, actor, input.catalogueKey, { draft: true });
    refuseInvalid(validateBlock(block));
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
      maxMonths: usesCountingPeriod(block.kind) ? (block.maxMonths ?? null) : null,
      minHoursPerWeek: usesCountingPeriod(block.kind) ? block.minHoursPerWeek || null : null,
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
      regionId: version.regionId,
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
      regionId: version.regionId,
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
  if (!CODE_PATTERN.test(bonus.code))
    issues.push({
      field: "code",
      message: "Een code bestaat uit hoofdletters, cijfers, + en -, bijvoorbeeld 50PLUS.",
    });
  if (!bonus.name.trim()) issues.push({ field: "name", message: "Geef de toeslag een naam." });
  if (!isMoneyAmount(bonus.amount))
    issues.push({
      field: "amount",
      message: "Vul het bedrag in euro's in, bijvoorbeeld 10000.00.",
    });
  if (bonus.appliesTo.length === 0)
    issues.push({
      field: "appliesTo",
      message: "Kies voor welke bouwblokken of categorieën de toeslag geldt.",
    });
  return prisma.$transaction(async (tx) => {
    const version = await loadForChange(tx, actor, input.catalogueKey, { draft: true });
    refuseInvalid(issues);
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
      regionId: version.regionId,
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
      regionId: version.regionId,
      before: toBonusDefinition(bonus) as unknown as Record<string, unknown>,
    });
    return tx.catalogueVersion.findUniqueOrThrow({ where: { id: version.id } });
  });
}
