// Comparing two catalogue versions side by side: blocks and bonuses added, removed and changed,
// each change with its old and new value, and what a typical realisation is worth under each.
import type { BlockDefinition, BonusDefinition } from "./catalogue.js";
import {
  BLOCK_CATEGORIES,
  type BlockCategory,
  CATEGORY_LABELS,
  describeBlockValuation,
} from "./catalogue.js";
import { formatEuro, formatNumber } from "./format.js";
import { decimal, isDecimalString } from "./money.js";
import { valueBlock } from "./valuation.js";

export interface CatalogueSide {
  key: string;
  name: string;
  basisHours: string;
  blocks: BlockDefinition[];
  bonuses: BonusDefinition[];
}

export interface FieldChange {
  field: string;
  /** Dutch name of the field */
  label: string;
  before: string;
  after: string;
}

export interface ItemDifference {
  code: string;
  name: string;
  status: "ADDED" | "REMOVED" | "CHANGED" | "UNCHANGED";
  changes: FieldChange[];
  /** the valuation in words under each version; null where the item does not exist */
  before: string | null;
  after: string | null;
}

export interface TypicalValue {
  code: string;
  name: string;
  /** what the example is: "1 persoon, 36 uur per week, 1 jaar" */
  example: string;
  before: string | null;
  after: string | null;
}

export interface CatalogueComparison {
  basisHours: FieldChange | null;
  blocks: ItemDifference[];
  bonuses: ItemDifference[];
  typicalValues: TypicalValue[];
}

const BLOCK_FIELDS: [keyof BlockDefinition, string][] = [
  ["name", "naam"],
  ["category", "categorie"],
  ["kind", "waarderingswijze"],
  ["amount", "bedrag"],
  ["share", "aandeel"],
  ["maxMonths", "maximale telperiode (maanden)"],
  ["minHoursPerWeek", "minimum uren per week"],
  ["note", "toelichting"],
];

const BONUS_FIELDS: [keyof BonusDefinition, string][] = [
  ["name", "naam"],
  ["amount", "bedrag"],
  ["appliesTo", "geldt voor"],
  ["oneOff", "eenmalig"],
];

function show(value: unknown): string {
  if (value === null || value === undefined || value === "") return "—";
  if (Array.isArray(value)) return value.join(", ");
  if (typeof value === "boolean") return value ? "ja" : "nee";
  return String(value);
}

/** Decimal strings compare by value: "40000" and "40000.00" are the same amount. */
function same(a: unknown, b: unknown): boolean {
  if (typeof a === "string" && typeof b === "string" && isDecimalString(a) && isDecimalString(b)) {
    return decimal(a).eq(decimal(b));
  }
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

function diffItems<T extends { code: string; name: string }>(
  before: T[],
  after: T[],
  fields: [keyof T, string][],
  describe: (item: T, side: "before" | "after") => string,
): ItemDifference[] {
  const old = new Map(before.map((item) => [item.code, item]));
  const next = new Map(after.map((item) => [item.code, item]));
  const codes = [...new Set([...before.map((i) => i.code), ...after.map((i) => i.code)])];
  return codes.map((code) => {
    const a = old.get(code);
    const b = next.get(code);
    if (!a && b)
      return {
        code,
        name: b.name,
        status: "ADDED",
        changes: [],
        before: null,
        after: describe(b, "after"),
      };
    if (a && !b)
      return {
        code,
        name: a.name,
        status: "REMOVED",
        changes: [],
        before: describe(a, "before"),
        after: null,
      };
    if (!a || !b) throw new Error("unreachable");
    const changes = fields
      .filter(([field]) => !same(a[field], b[field]))
      .map(([field, label]) => ({
        field: String(field),
        label,
        before: show(a[field]),
        after: show(b[field]),
      }));
    return {
      code,
      name: b.name,
      status: changes.length ? "CHANGED" : "UNCHANGED",
      changes,
      before: describe(a, "before"),
      after: describe(b, "after"),
    };
  });
}

/**
 * One person, full time (the catalogue's week), one whole calendar year: the year the newer
 * version is for, so the example never speaks of a year the version does not apply to; or one unit
 * for other kinds.
 */
function typicalInput(block: BlockDefinition, basisHours: string, year: number) {
  switch (block.kind) {
    case "PER_FTE_YEAR":
    case "PER_MONTH":
      return {
        startDate: `${year}-01-01`,
        endDate: `${year}-12-31`,
        hoursPerWeek: basisHours,
        example: `1 persoon, ${formatNumber(basisHours)} uur per week, heel ${year}`,
      };
    case "PER_HOUR":
      return { hours: "100", example: "100 uur" };
    case "PER_DAY":
      return { days: "10", example: "10 dagen" };
    case "PER_ACTIVITY":
      return { count: "1", example: "1 activiteit" };
    case "INVOICE_SHARE":
    case "ACTUAL_COST":
      return { amountExclVat: "10000.00", example: "factuur of kosten van € 10.000 excl. btw" };
  }
}

function typicalValue(
  block: BlockDefinition | undefined,
  basisHours: string,
  year: number,
): string | null {
  if (!block) return null;
  const { example: _example, ...input } = typicalInput(block, basisHours, year);
  const result = valueBlock({ block, basisHours, ...input });
  return result.ok ? result.total : null;
}

/** exampleYear: the calendar year of the typical values, the year the newer version is for. */
export function compareCatalogues(
  before: CatalogueSide,
  after: CatalogueSide,
  exampleYear: number,
): CatalogueComparison {
  const describe = (side: CatalogueSide) => (block: BlockDefinition) => {
    try {
      return describeBlockValuation(block, side.basisHours);
    } catch {
      return "onvolledig: bedrag of aandeel ontbreekt";
    }
  };
  const blocks = diffItems(before.blocks, after.blocks, BLOCK_FIELDS, (block, side) =>
    describe(side === "before" ? before : after)(block),
  );
  const bonuses = diffItems(before.bonuses, after.bonuses, BONUS_FIELDS, (bonus) =>
    describeBonus(bonus),
  );
  const oldBlocks = new Map(before.blocks.map((b) => [b.code, b]));
  const newBlocks = new Map(after.blocks.map((b) => [b.code, b]));
  const typicalValues = blocks.map(({ code, name }) => {
    const sample = newBlocks.get(code) ?? oldBlocks.get(code);
    return {
      code,
      name,
      example: sample ? typicalInput(sample, after.basisHours, exampleYear).example : "",
      before: typicalValue(oldBlocks.get(code), before.basisHours, exampleYear),
      after: typicalValue(newBlocks.get(code), after.basisHours, exampleYear),
    };
  });
  return {
    basisHours: same(before.basisHours, after.basisHours)
      ? null
      : {
          field: "basisHours",
          label: "voltijdbaan (uur per week)",
          before: before.basisHours,
          after: after.basisHours,
        },
    blocks,
    bonuses,
    typicalValues,
  };
}

/** "€ 10.000, naar rato van uren en dagen, voor Werk (dienstverband)". */
export function describeBonus(
  bonus: Pick<BonusDefinition, "amount" | "oneOff" | "appliesTo">,
): string {
  const targets = bonus.appliesTo.map((target) =>
    (BLOCK_CATEGORIES as readonly string[]).includes(target)
      ? CATEGORY_LABELS[target as BlockCategory]
      : target,
  );
  return `${formatEuro(bonus.amount)}, ${bonus.oneOff ? "eenmalig" : "naar rato van uren en dagen"}, voor ${targets.join(", ")}`;
}
