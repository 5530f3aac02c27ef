// The value of one realisation of a bouwblok (docs/domain.md, "The valuation of a bouwblok", with
// a worked example). Every line of the breakdown is computed from the exact inputs with one final
// division and rounded half up to cents once; the total is the sum of the rounded lines, so what
// the UI lists always adds up to what counts. The arithmetic is in integer cents (cents.ts,
// docs/decisions/0005-big-js-for-money.md): the same results as big.js, to the cent.
import { type BlockDefinition, type BonusDefinition, bonusAppliesTo } from "./catalogue.js";
import {
  CentsOverflowError,
  centsToMoneyString,
  compareScaled,
  exactCents,
  isNegative,
  isWhole,
  MAX_CENTS,
  parseScaled,
  type Scaled,
  safeCents,
  scaled,
  scaledToString,
  sumCents,
  wholeScaled,
} from "./cents.js";
import {
  dayNumberToIsoDate,
  lastDayOfMonthsPeriod,
  toDayNumber,
  tryParseIsoDate,
} from "./dates.js";
import type { DutchNumberField } from "./dutch-number.js";
import {
  formatDate,
  formatEuro,
  formatNumber,
  formatScaledEuro,
  formatScaledNumber,
  formatScaledShare,
} from "./format.js";

/** One line of an explained amount; `amount` is a money string with 2 decimals. */
export interface BreakdownLine {
  label: string;
  amount: string;
}

export const DEFAULT_BASIS_HOURS = "36";

/** A year counts as 365 days, also in a leap year: that is how the catalogues state fte-years. */
export const DAYS_PER_YEAR = 365;

export interface ValueBlockInput {
  block: Pick<
    BlockDefinition,
    "code" | "name" | "category" | "kind" | "amount" | "share" | "maxMonths" | "minHoursPerWeek"
  >;
  /** The catalogue's full-time week, a decimal string; "36" when not given. */
  basisHours?: string | null;
  /** The bonuses chosen for this realisation (by code, from the same catalogue). */
  bonuses?: readonly BonusDefinition[];
  startDate?: string | null;
  endDate?: string | null;
  hoursPerWeek?: string | null;
  hours?: string | null;
  days?: string | null;
  count?: string | null;
  amountExclVat?: string | null;
  contractStart?: string | null;
  contractEnd?: string | null;
  /** A policy's maximum per day for PER_DAY blocks. */
  dayCap?: string | null;
}

export interface BlockValuation {
  ok: true;
  /** Sum of the rounded lines, e.g. "40000.00". */
  total: string;
  lines: BreakdownLine[];
  /** Period kinds only: the days that count, start and end included. */
  countedDays?: number;
  /** Period kinds only, when at least one day counts: the first and last day that count. */
  countedFrom?: string;
  countedThrough?: string;
  /** PER_FTE_YEAR only: hours per week as counted, at most the catalogue's full-time week. */
  countedHoursPerWeek?: string;
}

export interface ValuationError {
  ok: false;
  /** The name of the input at fault, e.g. "hoursPerWeek", "endDate", "bonusCodes". */
  field: string;
  /** Dutch, for the person who entered the value. */
  message: string;
}

export type ValueBlockResult = BlockValuation | ValuationError;

type NumberField =
  | "basisHours"
  | "hoursPerWeek"
  | "hours"
  | "days"
  | "count"
  | "amountExclVat"
  | "dayCap";
type DateField = "startDate" | "endDate" | "contractStart" | "contractEnd";

const FIELD_LABELS: Record<NumberField | DateField, string> = {
  basisHours: "het aantal uren van een volledige werkweek",
  hoursPerWeek: "het aantal uren per week",
  hours: "het aantal uren",
  days: "het aantal dagen",
  count: "het aantal activiteiten",
  amountExclVat: "het bedrag excl. btw",
  dayCap: "het maximum per dag",
  startDate: "de begindatum",
  endDate: "de einddatum",
  contractStart: "de begindatum van het contract",
  contractEnd: "de einddatum van het contract",
};

const EXAMPLES: Record<NumberField, string> = {
  basisHours: "36",
  hoursPerWeek: "24 of 12.5",
  hours: "8 of 7.5",
  days: "3 of 0.5",
  count: "2",
  amountExclVat: "1234.56",
  dayCap: "750.00",
};

/** An input a block's valuation reads besides the block itself, named as in ValueBlockInput. */
export type ValuationInput =
  | "hoursPerWeek"
  | "startDate"
  | "endDate"
  | "hours"
  | "days"
  | "count"
  | "amountExclVat";

/** The numbers among the valuation's inputs, as a form reads them (see dutch-number.ts). */
export type ValuationNumberInput = Exclude<ValuationInput, "startDate" | "endDate">;

/**
 * How a form reads each number the valuation takes, in the same words the valuation's own
 * messages use: a count of activities is whole, an amount is money, hours have two decimals.
 */
export const VALUATION_NUMBER_FIELDS: Record<ValuationNumberInput, DutchNumberField> = {
  hoursPerWeek: { kind: "hours", label: FIELD_LABELS.hoursPerWeek, example: "24 of 12,5" },
  hours: { kind: "hours", label: FIELD_LABELS.hours, example: "8 of 7,5" },
  days: { kind: "number", label: FIELD_LABELS.days, example: "3 of 0,5" },
  count: { kind: "whole", label: FIELD_LABELS.count, example: "2" },
  amountExclVat: { kind: "money", label: FIELD_LABELS.amountExclVat, example: "1.234,56" },
};

/** The number of employees taking part in a community activity: counted, not valued. */
export const EMPLOYEES_NUMBER_FIELD: DutchNumberField = {
  kind: "whole",
  label: "het aantal medewerkers",
  min: "1",
};

/**
 * The inputs a block's valuation kind needs, in the order a form asks for them. The one answer to
 * "which fields does this block ask for": valueBlock reads exactly these, and both apps show them.
 * Hours per week count for an fte-year always, and for a period block with a minimum.
 */
export function valuationInputs(
  block: Pick<BlockDefinition, "kind" | "minHoursPerWeek">,
): readonly ValuationInput[] {
  switch (block.kind) {
    case "PER_FTE_YEAR":
      return ["hoursPerWeek", "startDate", "endDate"];
    case "PER_MONTH":
      return block.minHoursPerWeek == null
        ? ["startDate", "endDate"]
        : ["hoursPerWeek", "startDate", "endDate"];
    case "PER_HOUR":
      return ["hours"];
    case "PER_DAY":
      return ["days"];
    case "PER_ACTIVITY":
      return ["count"];
    case "INVOICE_SHARE":
    case "ACTUAL_COST":
      return ["amountExclVat"];
  }
}

/**
 * The most one entry or plan line may claim, per quantity: far above any real activity (10,000
 * hours is about six full-time years) and far below what the database columns hold, so a typing
 * error such as 99,999,999.99 hours is refused here instead of valued at billions.
 */
export const QUANTITY_MAXIMA: Record<NumberField, string> = {
  // a week has 168 hours; above the full-time week an hour adds nothing, but it is no error
  basisHours: "168",
  hoursPerWeek: "168",
  hours: "10000",
  days: "10000",
  count: "10000",
  amountExclVat: "100000000",
  dayCap: "1000000",
};

const SCALED_MAXIMA = Object.fromEntries(
  Object.entries(QUANTITY_MAXIMA).map(([field, maximum]) => [field, scaled(maximum)]),
) as Record<NumberField, Scaled>;

class InputError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function requiredNumber(
  input: ValueBlockInput,
  field: NumberField,
  options: { whole?: boolean } = {},
): Scaled {
  const value = input[field];
  if (value == null || value.trim() === "") {
    throw new InputError(field, `${capitalize(FIELD_LABELS[field])} ontbreekt.`);
  }
  return checkNumber(field, value, options);
}

function optionalNumber(input: ValueBlockInput, field: NumberField): Scaled | null {
  const value = input[field];
  if (value == null || value.trim() === "") return null;
  return checkNumber(field, value, {});
}

function checkNumber(field: NumberField, value: string, options: { whole?: boolean }): Scaled {
  const number = parseScaled(value);
  if (number === null) {
    throw new InputError(
      field,
      `${capitalize(FIELD_LABELS[field])} is geen geldig getal; schrijf het bijvoorbeeld als ${EXAMPLES[field]} (met een punt als decimaalteken).`,
    );
  }
  if (isNegative(number)) {
    throw new InputError(field, `${capitalize(FIELD_LABELS[field])} mag niet negatief zijn.`);
  }
  if (compareScaled(number, SCALED_MAXIMA[field]) > 0) {
    const maximum = QUANTITY_MAXIMA[field];
    throw new InputError(
      field,
      `${capitalize(FIELD_LABELS[field])} is te groot: hoogstens ${field === "amountExclVat" ? formatEuro(maximum) : formatNumber(maximum)}.`,
    );
  }
  if (options.whole && !isWhole(number)) {
    throw new InputError(field, `${capitalize(FIELD_LABELS[field])} moet een heel getal zijn.`);
  }
  return number;
}

/**
 * Why a quantity would be refused (not a number, negative, above its maximum), or null: for
 * entries that are valued by hand (maatwerk) and so never pass through valueBlock.
 */
export function quantityProblem(
  field: "hoursPerWeek" | "hours" | "days" | "count" | "amountExclVat",
  value: string,
): string | null {
  try {
    checkNumber(field, value, {});
    return null;
  } catch (error) {
    if (error instanceof InputError) return error.message;
    throw error;
  }
}

/** A date as given and as its day number, read once. */
interface DayInput {
  text: string;
  day: number;
}

function requiredDate(input: ValueBlockInput, field: DateField): DayInput {
  const value = input[field];
  if (value == null || value.trim() === "") {
    throw new InputError(field, `${capitalize(FIELD_LABELS[field])} ontbreekt.`);
  }
  return checkDate(field, value.trim());
}

function optionalDate(input: ValueBlockInput, field: DateField): DayInput | null {
  const value = input[field];
  if (value == null || value.trim() === "") return null;
  return checkDate(field, value.trim());
}

function checkDate(field: DateField, value: string): DayInput {
  const date = tryParseIsoDate(value);
  if (date === null) {
    throw new InputError(
      field,
      `${capitalize(FIELD_LABELS[field])} is geen bestaande datum; schrijf hem als jjjj-mm-dd, bijvoorbeeld 2024-01-31.`,
    );
  }
  return { text: value, day: toDayNumber(date) };
}

function blockAmount(block: ValueBlockInput["block"]): Scaled {
  const amount = block.amount == null ? null : parseScaled(block.amount);
  if (amount === null || isNegative(amount)) {
    throw new InputError(
      "block",
      `Bouwblok ${block.name} (${block.code}) heeft geen geldig bedrag in de catalogus.`,
    );
  }
  return amount;
}

function blockShare(block: ValueBlockInput["block"]): Scaled {
  const share = block.share == null ? null : parseScaled(block.share);
  if (share === null || isNegative(share)) {
    throw new InputError(
      "block",
      `Bouwblok ${block.name} (${block.code}) heeft geen geldig aandeel in de catalogus.`,
    );
  }
  return share;
}

const DEFAULT_BASIS = scaled(DEFAULT_BASIS_HOURS);

function basisHoursOf(input: ValueBlockInput): Scaled {
  if (input.basisHours == null || input.basisHours.trim() === "") {
    return DEFAULT_BASIS;
  }
  const basis = checkNumber("basisHours", input.basisHours, {});
  if (basis.units === 0) {
    throw new InputError(
      "basisHours",
      "Het aantal uren van een volledige werkweek moet groter dan 0 zijn.",
    );
  }
  return basis;
}

interface ChosenBonus {
  bonus: BonusDefinition;
  amount: Scaled;
}

function checkBonuses(input: ValueBlockInput): ChosenBonus[] {
  const bonuses = input.bonuses ?? [];
  const seen = new Set<string>();
  const chosen: ChosenBonus[] = [];
  for (const bonus of bonuses) {
    if (seen.has(bonus.code)) {
      throw new InputError("bonusCodes", `Toeslag ${bonus.name} is meer dan één keer gekozen.`);
    }
    seen.add(bonus.code);
    if (!bonusAppliesTo(bonus, input.block)) {
      throw new InputError(
        "bonusCodes",
        `Toeslag ${bonus.name} hoort niet bij bouwblok ${input.block.name}.`,
      );
    }
    const amount = parseScaled(bonus.amount);
    if (amount === null || isNegative(amount)) {
      throw new InputError(
        "bonusCodes",
        `Toeslag ${bonus.name} heeft geen geldig bedrag in de catalogus.`,
      );
    }
    chosen.push({ bonus, amount });
  }
  return chosen;
}

interface CountingPeriod {
  days: number;
  from: string | null;
  through: string | null;
  /** Why fewer days count than the realisation ran, in Dutch; empty when nothing was cut. */
  cuts: string[];
  /** Why no day counts at all, in Dutch, when days is 0. */
  emptyReason: string | null;
}

/**
 * The realisation's days that count: its own period, within the contract's period where given,
 * and at most the block's maximum number of months from the realisation's own start (the
 * maximum follows the person, not the contract).
 */
function countingPeriod(
  block: ValueBlockInput["block"],
  start: DayInput,
  end: DayInput,
  contractStart: DayInput | null,
  contractEnd: DayInput | null,
): CountingPeriod {
  let from = start.day;
  let through = end.day;
  const cuts: string[] = [];
  if (contractStart !== null && contractStart.day > from) from = contractStart.day;
  if (contractEnd !== null && contractEnd.day < through) through = contractEnd.day;
  if (from !== start.day || through !== end.day) cuts.push("binnen de looptijd van het contract");
  const outsideContract = from > through;
  if (block.maxMonths != null) {
    const maxThrough = toDayNumber(lastDayOfMonthsPeriod(start.text, block.maxMonths));
    if (maxThrough < through) {
      through = maxThrough;
      cuts.push(`maximaal ${monthsText(block.maxMonths)} vanaf ${formatDate(start.text)}`);
    }
  }
  if (from > through) {
    const period = `${formatDate(start.text)} t/m ${formatDate(end.text)}`;
    return {
      days: 0,
      from: null,
      through: null,
      cuts,
      emptyReason: outsideContract
        ? `de periode ${period} valt buiten de looptijd van het contract`
        : `de periode ${period} valt binnen de looptijd van het contract pas na de maximale telperiode van ${monthsText(block.maxMonths ?? 0)}`,
    };
  }
  return {
    days: through - from + 1,
    from: dayNumberToIsoDate(from),
    through: dayNumberToIsoDate(through),
    cuts,
    emptyReason: null,
  };
}

const YEAR_DAYS = wholeScaled(DAYS_PER_YEAR);
const MONTHS_PER_YEAR = wholeScaled(12);
const MAX_EURO_TEXT = formatEuro(centsToMoneyString(MAX_CENTS));

function monthsText(months: number): string {
  return `${months} ${months === 1 ? "maand" : "maanden"}`;
}

/** A breakdown line while it is worked out: its amount in cents. */
interface CentsLine {
  label: string;
  cents: number;
}

/**
 * A line of product(numerator) ÷ product(denominator) euros, rounded half up to cents once. Beyond
 * MAX_CENTS it throws CentsOverflowError, which valueBlock answers as an input error.
 */
function line(
  label: string,
  numerator: readonly Scaled[],
  denominator: readonly Scaled[] = [],
): CentsLine {
  return { label, cents: safeCents(exactCents(numerator, denominator)) };
}

function zeroLine(label: string): CentsLine {
  return { label, cents: 0 };
}

function periodNote(period: CountingPeriod): string {
  if (period.cuts.length === 0 || period.from === null || period.through === null) return "";
  return ` (geteld ${formatDate(period.from)} t/m ${formatDate(period.through)}: ${period.cuts.join("; ")})`;
}

function days(count: number): string {
  return `${count}/${DAYS_PER_YEAR} ${count === 1 ? "dag" : "dagen"}`;
}

function ok(
  lines: CentsLine[],
  extra: Omit<BlockValuation, "ok" | "total" | "lines"> = {},
): BlockValuation {
  return {
    ok: true,
    total: centsToMoneyString(sumCents(lines.map((l) => l.cents))),
    lines: lines.map((l) => ({ label: l.label, amount: centsToMoneyString(l.cents) })),
    ...extra,
  };
}

function valueOrThrow(input: ValueBlockInput): BlockValuation {
  const { block } = input;
  const basis = basisHoursOf(input);
  const name = block.name;

  switch (block.kind) {
    case "PER_FTE_YEAR":
    case "PER_MONTH": {
      const amount = blockAmount(block);
      const start = requiredDate(input, "startDate");
      const end = requiredDate(input, "endDate");
      if (end.day < start.day) {
        throw new InputError("endDate", "De einddatum ligt vóór de begindatum.");
      }
      const needsHours = valuationInputs(block).includes("hoursPerWeek");
      const hoursPerWeek = needsHours ? requiredNumber(input, "hoursPerWeek") : null;
      const contractStart = optionalDate(input, "contractStart");
      const contractEnd = optionalDate(input, "contractEnd");
      if (contractStart !== null && contractEnd !== null && contractEnd.day < contractStart.day) {
        throw new InputError(
          "contractEnd",
          "De einddatum van het contract ligt vóór de begindatum van het contract.",
        );
      }
      const bonuses = checkBonuses(input);
      const period = countingPeriod(block, start, end, contractStart, contractEnd);
      // Only an fte-year is scaled by hours; a PER_MONTH block asks for hours solely to check
      // its minimum. Hours beyond the full-time week count as full time.
      const hoursFactor =
        block.kind === "PER_FTE_YEAR" && hoursPerWeek !== null
          ? {
              given: hoursPerWeek,
              counted: compareScaled(hoursPerWeek, basis) > 0 ? basis : hoursPerWeek,
            }
          : null;
      const extra: Omit<BlockValuation, "ok" | "total" | "lines"> = {
        countedDays: period.days,
        ...(period.from !== null && period.through !== null
          ? { countedFrom: period.from, countedThrough: period.through }
          : {}),
        ...(hoursFactor !== null
          ? { countedHoursPerWeek: scaledToString(hoursFactor.counted) }
          : {}),
      };

      let notCounted: string | null = null;
      const minHours = block.minHoursPerWeek == null ? null : scaled(block.minHoursPerWeek);
      if (minHours !== null && hoursPerWeek !== null && compareScaled(hoursPerWeek, minHours) < 0) {
        notCounted = `${formatScaledNumber(hoursPerWeek)} uur per week is minder dan het minimum van ${formatScaledNumber(minHours)} uur per week`;
      } else if (period.emptyReason !== null) {
        notCounted = period.emptyReason;
      }
      if (notCounted !== null) {
        // Bonuses stay visible as lines, so the breakdown shows they were considered and why
        // they add nothing: a bonus never counts for a placement that does not count itself.
        return ok(
          [
            zeroLine(`${name}: telt niet mee, want ${notCounted}`),
            ...bonuses.map(({ bonus }) =>
              zeroLine(`Toeslag ${bonus.name}: telt niet mee, want het bouwblok telt niet mee`),
            ),
          ],
          extra,
        );
      }

      const dayCount = wholeScaled(period.days);
      const hoursText =
        hoursFactor === null
          ? ""
          : ` × ${formatScaledNumber(hoursFactor.counted)}/${formatScaledNumber(basis)} uur${
              hoursFactor.counted !== hoursFactor.given
                ? ` (${formatScaledNumber(hoursFactor.given)} uur per week telt als voltijd)`
                : ""
            }`;
      // One division per line: the exact numerator over the exact denominator, so the only
      // rounding is the final one to cents.
      const proRata = (label: string, yearly: Scaled): CentsLine =>
        hoursFactor === null
          ? line(label, [yearly, dayCount], [YEAR_DAYS])
          : line(label, [yearly, hoursFactor.counted, dayCount], [basis, YEAR_DAYS]);

      const lines: CentsLine[] = [
        block.kind === "PER_MONTH"
          ? line(
              `${name}: ${formatScaledEuro(amount)} per maand × 12 maanden × ${days(period.days)}${periodNote(period)}`,
              [amount, MONTHS_PER_YEAR, dayCount],
              [YEAR_DAYS],
            )
          : proRata(
              `${name}: ${formatScaledEuro(amount)}${hoursText} × ${days(period.days)}${periodNote(period)}`,
              amount,
            ),
      ];
      for (const { bonus, amount: bonusAmount } of bonuses) {
        lines.push(
          bonus.oneOff
            ? line(`Toeslag ${bonus.name}: ${formatScaledEuro(bonusAmount)} eenmalig`, [
                bonusAmount,
              ])
            : proRata(
                `Toeslag ${bonus.name}: ${formatScaledEuro(bonusAmount)}${hoursText} × ${days(period.days)}`,
                bonusAmount,
              ),
        );
      }
      return ok(lines, extra);
    }

    case "PER_HOUR": {
      const amount = blockAmount(block);
      const hours = requiredNumber(input, "hours");
      const bonuses = checkBonuses(input);
      return ok([
        line(`${name}: ${formatScaledEuro(amount)} per uur × ${formatScaledNumber(hours)} uur`, [
          amount,
          hours,
        ]),
        ...flatBonusLines(bonuses),
      ]);
    }

    case "PER_DAY": {
      const amount = blockAmount(block);
      const dayCountInput = requiredNumber(input, "days");
      const dayCap = optionalNumber(input, "dayCap");
      const bonuses = checkBonuses(input);
      const perDay = dayCap !== null && compareScaled(dayCap, amount) < 0 ? dayCap : amount;
      const capped = perDay !== amount;
      const perDayText = capped
        ? `${formatScaledEuro(perDay)} per dag (maximum volgens het beleid; catalogus ${formatScaledEuro(amount)})`
        : `${formatScaledEuro(perDay)} per dag`;
      return ok([
        line(
          `${name}: ${perDayText} × ${formatScaledNumber(dayCountInput)} ${isOne(dayCountInput) ? "dag" : "dagen"}`,
          [perDay, dayCountInput],
        ),
        ...flatBonusLines(bonuses),
      ]);
    }

    case "PER_ACTIVITY": {
      const amount = blockAmount(block);
      const count = requiredNumber(input, "count", { whole: true });
      const bonuses = checkBonuses(input);
      return ok([
        line(
          `${name}: ${formatScaledEuro(amount)} per activiteit × ${formatScaledNumber(count)} ${isOne(count) ? "activiteit" : "activiteiten"}`,
          [amount, count],
        ),
        ...flatBonusLines(bonuses),
      ]);
    }

    case "INVOICE_SHARE": {
      const share = blockShare(block);
      const invoiced = requiredNumber(input, "amountExclVat");
      const bonuses = checkBonuses(input);
      return ok([
        line(
          `${name}: ${formatScaledShare(share)} van ${formatScaledEuro(invoiced)} (factuurbedrag excl. btw)`,
          [invoiced, share],
        ),
        ...flatBonusLines(bonuses),
      ]);
    }

    case "ACTUAL_COST": {
      const cost = requiredNumber(input, "amountExclVat");
      const bonuses = checkBonuses(input);
      return ok([
        line(`${name}: werkelijke kosten ${formatScaledEuro(cost)} excl. btw`, [cost]),
        ...flatBonusLines(bonuses),
      ]);
    }
  }
}

/** Blocks without hours or a period give a bonus no factor to be pro rata with: it counts once. */
function flatBonusLines(bonuses: readonly ChosenBonus[]): CentsLine[] {
  return bonuses.map(({ bonus, amount }) =>
    line(`Toeslag ${bonus.name}: ${formatScaledEuro(amount)}${bonus.oneOff ? " eenmalig" : ""}`, [
      amount,
    ]),
  );
}

function isOne(value: Scaled): boolean {
  return value.units === 1 && value.scale === 0;
}

/**
 * Values one realisation of a block with its breakdown, or says which input is wrong (in Dutch).
 * Never throws for bad user input; it throws only for a programming error.
 */
export function valueBlock(input: ValueBlockInput): ValueBlockResult {
  try {
    return valueOrThrow(input);
  } catch (error) {
    if (error instanceof InputError)
      return { ok: false, field: error.field, message: error.message };
    if (error instanceof CentsOverflowError) {
      // The last input a kind asks for is the quantity the amount grows with (hours, days, the
      // end date, ...): the one to point at when a line leaves the exact range of cents.
      return {
        ok: false,
        field: valuationInputs(input.block).at(-1) ?? "block",
        message: `Het bedrag wordt te groot om tot op de cent te rekenen: hoogstens ${MAX_EURO_TEXT} per regel en in totaal.`,
      };
    }
    throw error;
  }
}
