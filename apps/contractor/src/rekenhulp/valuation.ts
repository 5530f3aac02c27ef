// What the rekenhulp computes in the browser, with the same domain rules as the API: reading
// numbers the way people in the Netherlands type them, and valuing one line of stacked blocks.
import {
  type BlockDefinition,
  type BonusDefinition,
  type BreakdownLine,
  bonusAppliesTo,
  type ContractKind,
  decimal,
  isIsoDate,
  lastDayOfMonthsPeriod,
  usesCountingPeriod,
  valuePlannedLine,
} from "@sroi/domain";
import type { LineDraft, ObligationDraft } from "./state";

/**
 * "12,5" or "12.5" → "12.5"; "1.234,56", "€ 1.234.567" or "1234.56" → a plain decimal string.
 * Dots followed by exactly three digits are thousands separators when there is no comma (so
 * "1.000" is a thousand, the way it reads in Dutch); a single comma is the decimal sign.
 * Returns null for anything else, and "" for nothing.
 */
export function parseDutchDecimal(text: string): string | null {
  const compact = text.replace(/[\s\u00a0€]/g, "").replace(/^EUR/i, "");
  if (compact === "") return "";
  const sign = compact.startsWith("-") ? "-" : "";
  const digits = sign ? compact.slice(1) : compact;
  let plain: string | null = null;
  if (digits.includes(",")) {
    if (/^\d{1,3}(\.\d{3})+,\d+$/.test(digits) || /^\d+,\d+$/.test(digits)) {
      plain = digits.replaceAll(".", "").replace(",", ".");
    }
  } else if (/^\d{1,3}(\.\d{3})+$/.test(digits)) {
    plain = digits.replaceAll(".", "");
  } else if (/^\d+(\.\d+)?$/.test(digits)) {
    plain = digits;
  }
  return plain === null ? null : `${sign}${plain}`;
}

export type FieldErrors = Partial<Record<string, string>>;

export interface ObligationRequest {
  municipalityCode: string;
  contractKind: ContractKind;
  valueExclVat: string;
  labourShare: string | null;
  referenceDate: string;
}

/** The obligation's inputs, checked before the API is asked; errors keyed by draft field. */
export function readObligationDraft(
  draft: ObligationDraft,
): { ok: true; input: ObligationRequest } | { ok: false; errors: FieldErrors; empty: boolean } {
  const errors: FieldErrors = {};
  const empty =
    !draft.municipalityCode && !draft.contractKind && !draft.value && !draft.referenceDate;
  if (!draft.municipalityCode) errors.municipalityCode = "Kies de gemeente.";
  if (!draft.contractKind) errors.contractKind = "Kies de soort opdracht.";
  const value = parseDutchDecimal(draft.value);
  if (value === "") errors.value = "Vul de opdrachtwaarde excl. btw in.";
  else if (value === null || value.startsWith("-"))
    errors.value = "Schrijf de opdrachtwaarde als bedrag, bijvoorbeeld 1.250.000 of 1250000,00.";
  let labourShare: string | null = null;
  if (draft.contractKind === "SUPPLIES" && draft.labourSharePercent !== "") {
    const percent = parseDutchDecimal(draft.labourSharePercent.replace("%", ""));
    if (percent === null || percent === "" || percent.startsWith("-") || decimal(percent).gt(100)) {
      errors.labourSharePercent = "Vul het arbeidsaandeel in als percentage van 0 tot en met 100.";
    } else {
      labourShare = decimal(percent).div(100).toString();
    }
  }
  if (!draft.referenceDate) errors.referenceDate = "Vul de peildatum in.";
  else if (!isIsoDate(draft.referenceDate))
    errors.referenceDate = "De peildatum is geen bestaande datum.";
  if (Object.keys(errors).length > 0 || value === null || !draft.contractKind) {
    return { ok: false, errors, empty };
  }
  return {
    ok: true,
    input: {
      municipalityCode: draft.municipalityCode,
      contractKind: draft.contractKind,
      valueExclVat: value,
      labourShare,
      referenceDate: draft.referenceDate,
    },
  };
}

/** The catalogue version in force, as the API gives it; it maps 1:1 onto the domain's types. */
export interface Catalogue {
  key: string;
  basisHours: string;
  blocks: Omit<BlockDefinition, "note">[];
  bonuses: BonusDefinition[];
}

/** The inputs of one realisation, ready for the domain rules and for the API's valuePreview. */
export interface RealisationInput {
  blockCode: string;
  startDate: string | null;
  endDate: string | null;
  hoursPerWeek: string | null;
  hours: string | null;
  days: string | null;
  count: string | null;
  amountExclVat: string | null;
  bonusCodes: string[];
}

export type LineValuation =
  | {
      ok: true;
      block: Omit<BlockDefinition, "note">;
      people: number;
      /** The breakdown of one placement, then (for several people) one line for the others */
      lines: BreakdownLine[];
      /** The sum of the lines */
      total: string;
      /** What one placement is worth: for the API's valuePreview, which values one at a time */
      input: RealisationInput;
    }
  | {
      ok: false;
      /** The draft field at fault ("hoursPerWeek", "people", "bonusCodes"…), or "block" */
      field: string;
      message: string;
    };

export type InputField =
  | "people"
  | "hoursPerWeek"
  | "startDate"
  | "endDate"
  | "hours"
  | "days"
  | "count"
  | "amount";

/**
 * The inputs a block's valuation kind needs, in the order the form asks for them. Blocks over a
 * period describe people: a line can stand for several identical people.
 */
export function fieldsFor(
  block: Pick<BlockDefinition, "kind" | "minHoursPerWeek">,
): readonly InputField[] {
  if (usesCountingPeriod(block.kind)) {
    const needsHours = block.kind === "PER_FTE_YEAR" || block.minHoursPerWeek != null;
    return needsHours
      ? ["people", "hoursPerWeek", "startDate", "endDate"]
      : ["people", "startDate", "endDate"];
  }
  switch (block.kind) {
    case "PER_HOUR":
      return ["hours"];
    case "PER_DAY":
      return ["days"];
    case "PER_ACTIVITY":
      return ["count"];
    default:
      return ["amount"];
  }
}

type NumberField = "hoursPerWeek" | "hours" | "days" | "count" | "amount";

const NUMBER_EXAMPLES: Record<NumberField, string> = {
  hoursPerWeek: "Het aantal uren per week is geen getal; schrijf het bijvoorbeeld als 24 of 12,5.",
  hours: "Het aantal uren is geen getal; schrijf het bijvoorbeeld als 8 of 7,5.",
  days: "Het aantal dagen is geen getal; schrijf het bijvoorbeeld als 3 of 0,5.",
  count: "Het aantal activiteiten is geen getal; schrijf het bijvoorbeeld als 2.",
  amount: "Het bedrag is geen geldig bedrag; schrijf het bijvoorbeeld als 1.234,56.",
};

// The domain names its inputs after the API; the rekenhulp's draft calls the amount "amount".
const DRAFT_FIELD: Record<string, string> = { amountExclVat: "amount" };

/** A contract's counting window: a plan van aanpak counts only days within it, as the API does. */
export interface CountingWindow {
  contractStart: string | null;
  contractEnd: string | null;
}

/** The value of one line: a block with the inputs its kind needs, times the number of people. */
export function valueLine(
  line: LineDraft,
  catalogue: Catalogue,
  window: CountingWindow | null = null,
): LineValuation {
  const block = catalogue.blocks.find((candidate) => candidate.code === line.blockCode);
  if (!block) {
    return {
      ok: false,
      field: "block",
      message: `Bouwblok ${line.blockCode} staat niet in dit bouwblokkenmodel. Verwijder deze regel.`,
    };
  }
  const fields = fieldsFor(block);
  const numbers: Partial<Record<NumberField, string | null>> = {};
  for (const field of ["hoursPerWeek", "hours", "days", "count", "amount"] as const) {
    if (!fields.includes(field)) continue;
    const parsed = parseDutchDecimal(line[field]);
    if (parsed === null) return { ok: false, field, message: NUMBER_EXAMPLES[field] };
    numbers[field] = parsed === "" ? null : parsed;
  }
  let people = 1;
  if (fields.includes("people")) {
    const text = line.people.trim();
    if (text === "") return { ok: false, field: "people", message: "Vul het aantal personen in." };
    // Anything but digits becomes NaN or a fraction, which valuePlannedLine refuses in Dutch.
    people = /^\d+$/.test(text) ? Number(text) : Number.NaN;
  }
  const bonuses: BonusDefinition[] = [];
  for (const code of line.bonusCodes) {
    const bonus = catalogue.bonuses.find((candidate) => candidate.code === code);
    if (!bonus) {
      return {
        ok: false,
        field: "bonusCodes",
        message: `Toeslag ${code} staat niet in dit bouwblokkenmodel.`,
      };
    }
    bonuses.push(bonus);
  }
  const input: RealisationInput = {
    blockCode: block.code,
    startDate: (fields.includes("startDate") && line.startDate) || null,
    endDate: (fields.includes("endDate") && line.endDate) || null,
    hoursPerWeek: numbers.hoursPerWeek ?? null,
    hours: numbers.hours ?? null,
    days: numbers.days ?? null,
    count: numbers.count ?? null,
    amountExclVat: numbers.amount ?? null,
    bonusCodes: bonuses.map((bonus) => bonus.code),
  };
  // The same rule as a plan van aanpak: the breakdown of one, and a line for the others.
  const result = valuePlannedLine({
    people,
    block,
    basisHours: catalogue.basisHours,
    bonuses,
    startDate: input.startDate,
    endDate: input.endDate,
    hoursPerWeek: input.hoursPerWeek,
    hours: input.hours,
    days: input.days,
    count: input.count,
    amountExclVat: input.amountExclVat,
    contractStart: window?.contractStart ?? null,
    contractEnd: window?.contractEnd ?? null,
  });
  if (!result.ok) {
    return { ok: false, field: DRAFT_FIELD[result.field] ?? result.field, message: result.message };
  }
  return { ok: true, block, people, lines: result.lines, total: result.total, input };
}

/** The bonuses a block may get, in catalogue order. */
export function bonusesFor(
  block: Pick<BlockDefinition, "code" | "category">,
  catalogue: Catalogue,
) {
  return catalogue.bonuses.filter((bonus) => bonusAppliesTo(bonus, block));
}

/**
 * What a new line starts with, to adjust rather than type from scratch: one person, full time, a
 * year from `startDate`, for the blocks that ask for those.
 */
export function newLineDefaults(
  block: Pick<BlockDefinition, "kind" | "minHoursPerWeek">,
  basisHours: string,
  startDate: string,
): Partial<LineDraft> {
  const fields = fieldsFor(block);
  return {
    ...(fields.includes("people") ? { people: "1" } : {}),
    ...(fields.includes("hoursPerWeek") ? { hoursPerWeek: basisHours } : {}),
    ...(fields.includes("startDate") && isIsoDate(startDate)
      ? { startDate, endDate: lastDayOfMonthsPeriod(startDate, 12) }
      : {}),
  };
}
