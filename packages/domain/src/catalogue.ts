// The bouwblokken catalogue: its vocabulary and how a block's value reads in words.
import { formatEuro, formatNumber, formatShare } from "./format.js";

export const VALUATION_KINDS = [
  "PER_FTE_YEAR",
  "PER_MONTH",
  "PER_HOUR",
  "PER_DAY",
  "PER_ACTIVITY",
  "INVOICE_SHARE",
  "ACTUAL_COST",
] as const;
export type ValuationKind = (typeof VALUATION_KINDS)[number];

export const BLOCK_CATEGORIES = [
  "EMPLOYMENT",
  "LEARNING",
  "WORK_EXPERIENCE",
  "SOCIAL_PURCHASE",
  "COMMUNITY_ACTIVITY",
  "COST",
] as const;
export type BlockCategory = (typeof BLOCK_CATEGORIES)[number];

export const CATALOGUE_STATUSES = ["DRAFT", "PUBLISHED", "RETIRED"] as const;
export type CatalogueStatus = (typeof CATALOGUE_STATUSES)[number];

export const CATEGORY_LABELS: Record<BlockCategory, string> = {
  EMPLOYMENT: "Werk (dienstverband)",
  LEARNING: "Leren (bbl, bol, stage)",
  WORK_EXPERIENCE: "Werkervaring",
  SOCIAL_PURCHASE: "Sociale inkoop",
  COMMUNITY_ACTIVITY: "Maatschappelijke activiteit",
  COST: "Kosten (scholing, begeleiding)",
};

export const STATUS_LABELS: Record<CatalogueStatus, string> = {
  DRAFT: "Concept",
  PUBLISHED: "Gepubliceerd",
  RETIRED: "Vervallen",
};

/** Amounts and shares are exact decimal strings ("40000.00", "0.50"). */
export interface BlockDefinition {
  code: string;
  name: string;
  category: BlockCategory;
  kind: ValuationKind;
  amount: string | null;
  share: string | null;
  maxMonths: number | null;
  minHoursPerWeek: string | null;
  note?: string | null;
}

export interface BonusDefinition {
  code: string;
  name: string;
  amount: string;
  /** block codes, or block categories, the bonus may be added to */
  appliesTo: string[];
  oneOff: boolean;
}

function requireAmount(block: Pick<BlockDefinition, "amount" | "code">): string {
  if (block.amount === null) throw new TypeError(`Block ${block.code} has no amount`);
  return formatEuro(block.amount);
}

/**
 * How a block is valued, in one Dutch sentence, e.g.
 * "€ 40.000 per fte-jaar (36 uur), telt maximaal 24 maanden".
 */
export function describeBlockValuation(
  block: Pick<
    BlockDefinition,
    "code" | "kind" | "amount" | "share" | "maxMonths" | "minHoursPerWeek"
  >,
  basisHours: string,
): string {
  const parts: string[] = [];
  switch (block.kind) {
    case "PER_FTE_YEAR":
      parts.push(`${requireAmount(block)} per fte-jaar (${formatNumber(basisHours)} uur)`);
      break;
    case "PER_MONTH":
      parts.push(`${requireAmount(block)} per maand`);
      break;
    case "PER_HOUR":
      parts.push(`${requireAmount(block)} per uur`);
      break;
    case "PER_DAY":
      parts.push(`${requireAmount(block)} per dag`);
      break;
    case "PER_ACTIVITY":
      parts.push(`${requireAmount(block)} per activiteit`);
      break;
    case "INVOICE_SHARE":
      if (block.share === null) throw new TypeError(`Block ${block.code} has no share`);
      parts.push(`${formatShare(block.share)} van het factuurbedrag excl. btw`);
      break;
    case "ACTUAL_COST":
      parts.push("werkelijke kosten excl. btw");
      break;
  }
  if (block.minHoursPerWeek !== null) {
    parts.push(`minimaal ${formatNumber(block.minHoursPerWeek)} uur per week`);
  }
  if (usesCountingPeriod(block.kind)) {
    parts.push(
      block.maxMonths === null
        ? "telt zolang het duurt"
        : `telt maximaal ${block.maxMonths} ${block.maxMonths === 1 ? "maand" : "maanden"}`,
    );
  }
  return parts.join(", ");
}

/** Kinds whose value grows with a period of time, so a maximum counting period matters. */
export function usesCountingPeriod(kind: ValuationKind): boolean {
  return kind === "PER_FTE_YEAR" || kind === "PER_MONTH";
}

/** Whether a bonus may be stacked on a block: listed by block code or by the block's category. */
export function bonusAppliesTo(
  bonus: Pick<BonusDefinition, "appliesTo">,
  block: Pick<BlockDefinition, "code" | "category">,
): boolean {
  return bonus.appliesTo.includes(block.code) || bonus.appliesTo.includes(block.category);
}

/**
 * The catalogue version in force on a date: the PUBLISHED one with the latest `validFrom` not
 * after that date. A version without `validFrom` (the source gave none) counts as in force from
 * the beginning, so any dated version replaces it. Of equal dates the later one in the list wins;
 * callers list versions in the order they were created.
 */
export function selectCatalogueInForce<
  Version extends { status: CatalogueStatus; validFrom: string | null },
>(versions: readonly Version[], date: string): Version | null {
  let best: Version | null = null;
  for (const version of versions) {
    if (version.status !== "PUBLISHED") continue;
    if (version.validFrom !== null && version.validFrom > date) continue;
    if (best === null || (version.validFrom ?? "") >= (best.validFrom ?? "")) best = version;
  }
  return best;
}
