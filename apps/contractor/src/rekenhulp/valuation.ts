// What the rekenhulp computes in the browser, with the same domain rules as the API: reading
// numbers the way people in the Netherlands type them, and valuing one line of stacked blocks.
import {
  type BlockDefinition,
  type BonusDefinition,
  type BreakdownLine,
  bonusAppliesTo,
  type ContractKind,
  isIsoDate,
  lastDayOfMonthsPeriod,
  readDutchNumber,
  usesCountingPeriod,
  VALUATION_NUMBER_FIELDS,
  type ValuationInput,
  type ValuationNumberInput,
  valuationInputs,
  valuePlannedLine,
} from "@sroi/domain";
import type { LineDraft, ObligationDraft } from "./state";

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
  const value = readDutchNumber(draft.value, {
    kind: "money",
    label: "de opdrachtwaarde",
    example: "1.250.000 of 1250000,00",
  });
  if (!value.ok)
    errors.value =
      value.problem === "empty" ? "Vul de opdrachtwaarde excl. btw in." : value.message;
  let labourShare: string | null = null;
  if (draft.contractKind === "SUPPLIES" && draft.labourSharePercent.trim() !== "") {
    const share = readDutchNumber(draft.labourSharePercent, {
      kind: "percentage",
      label: "het arbeidsaandeel",
    });
    if (share.ok) labourShare = share.value;
    else errors.labourSharePercent = share.message;
  }
  if (!draft.referenceDate) errors.referenceDate = "Vul de peildatum in.";
  else if (!isIsoDate(draft.referenceDate))
    errors.referenceDate = "De peildatum is geen bestaande datum.";
  if (Object.keys(errors).length > 0 || !value.ok || !draft.contractKind) {
    return { ok: false, errors, empty };
  }
  return {
    ok: true,
    input: {
      municipalityCode: draft.municipalityCode,
      contractKind: draft.contractKind,
      valueExclVat: value.value,
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

/** A line's inputs as the rekenhulp's draft names them: the amount is "amount" there. */
export type InputField = "people" | Exclude<ValuationInput, "amountExclVat"> | "amount";

/** The draft's name for each of the domain's (and the API's) valuation inputs. */
export const DRAFT_FIELD_OF: Record<ValuationInput, InputField> = {
  hoursPerWeek: "hoursPerWeek",
  startDate: "startDate",
  endDate: "endDate",
  hours: "hours",
  days: "days",
  count: "count",
  amountExclVat: "amount",
};

/**
 * The inputs a block's valuation kind needs (the domain's list), in the order the form asks for
 * them. Blocks over a period describe people: a line can stand for several identical people.
 */
export function fieldsFor(
  block: Pick<BlockDefinition, "kind" | "minHoursPerWeek">,
): readonly InputField[] {
  const fields = valuationInputs(block).map((input) => DRAFT_FIELD_OF[input]);
  return usesCountingPeriod(block.kind) ? ["people", ...fields] : fields;
}

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
  const numbers: Partial<Record<ValuationNumberInput, string>> = {};
  for (const input of valuationInputs(block)) {
    if (input === "startDate" || input === "endDate") continue;
    const field = DRAFT_FIELD_OF[input] as Exclude<InputField, "people" | "startDate" | "endDate">;
    const read = readDutchNumber(line[field], VALUATION_NUMBER_FIELDS[input]);
    // An empty input is the domain's to report, in its own words, with the others it misses.
    if (read.ok) numbers[input] = read.value;
    else if (read.problem !== "empty") return { ok: false, field, message: read.message };
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
    amountExclVat: numbers.amountExclVat ?? null,
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
    const field = (DRAFT_FIELD_OF as Record<string, string>)[result.field] ?? result.field;
    return { ok: false, field, message: result.message };
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
