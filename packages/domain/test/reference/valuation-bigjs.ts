// The valuation as it was before it computed in integer cents (main at 68f02e1), with big.js in
// every step: kept as the reference the integer-cent valueBlock must equal to the cent and to the
// letter (valuation.reference.test.ts), and as the old path bench/valuation.ts times beside it.
// Only the arithmetic and its helpers are kept; types, maxima and valuationInputs are today's.
import type Big from "big.js";
import type { BonusDefinition } from "../../src/catalogue.js";
import { bonusAppliesTo } from "../../src/catalogue.js";
import {
  dayNumberToIsoDate,
  daysInclusive,
  lastDayOfMonthsPeriod,
  toDayNumber,
  tryParseIsoDate,
} from "../../src/dates.js";
import { formatDate, formatEuro, formatNumber, formatShare } from "../../src/format.js";
import {
  decimal,
  divideToCents,
  isDecimalString,
  roundToCents,
  sum,
  toMoneyString,
  ZERO,
} from "../../src/money.js";
import {
  type BlockValuation,
  type BreakdownLine,
  DAYS_PER_YEAR,
  DEFAULT_BASIS_HOURS,
  QUANTITY_MAXIMA,
  type ValueBlockInput,
  type ValueBlockResult,
  valuationInputs,
} from "../../src/valuation.js";

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
): Big {
  const value = input[field];
  if (value == null || value.trim() === "") {
    throw new InputError(field, `${capitalize(FIELD_LABELS[field])} ontbreekt.`);
  }
  return checkNumber(field, value, options);
}

function optionalNumber(input: ValueBlockInput, field: NumberField): Big | null {
  const value = input[field];
  if (value == null || value.trim() === "") return null;
  return checkNumber(field, value, {});
}

function checkNumber(field: NumberField, value: string, options: { whole?: boolean }): Big {
  if (!isDecimalString(value)) {
    throw new InputError(
      field,
      `${capitalize(FIELD_LABELS[field])} is geen geldig getal; schrijf het bijvoorbeeld als ${EXAMPLES[field]} (met een punt als decimaalteken).`,
    );
  }
  const number = decimal(value);
  if (number.lt(0)) {
    throw new InputError(field, `${capitalize(FIELD_LABELS[field])} mag niet negatief zijn.`);
  }
  const maximum = decimal(QUANTITY_MAXIMA[field]);
  if (number.gt(maximum)) {
    throw new InputError(
      field,
      `${capitalize(FIELD_LABELS[field])} is te groot: hoogstens ${field === "amountExclVat" ? formatEuro(maximum) : formatNumber(maximum)}.`,
    );
  }
  if (options.whole && !number.round(0, 0).eq(number)) {
    throw new InputError(field, `${capitalize(FIELD_LABELS[field])} moet een heel getal zijn.`);
  }
  return number;
}

function requiredDate(input: ValueBlockInput, field: DateField): string {
  const value = input[field];
  if (value == null || value.trim() === "") {
    throw new InputError(field, `${capitalize(FIELD_LABELS[field])} ontbreekt.`);
  }
  return checkDate(field, value.trim());
}

function optionalDate(input: ValueBlockInput, field: DateField): string | null {
  const value = input[field];
  if (value == null || value.trim() === "") return null;
  return checkDate(field, value.trim());
}

function checkDate(field: DateField, value: string): string {
  if (tryParseIsoDate(value) === null) {
    throw new InputError(
      field,
      `${capitalize(FIELD_LABELS[field])} is geen bestaande datum; schrijf hem als jjjj-mm-dd, bijvoorbeeld 2024-01-31.`,
    );
  }
  return value;
}

function blockAmount(block: ValueBlockInput["block"]): Big {
  if (block.amount == null || !isDecimalString(block.amount) || decimal(block.amount).lt(0)) {
    throw new InputError(
      "block",
      `Bouwblok ${block.name} (${block.code}) heeft geen geldig bedrag in de catalogus.`,
    );
  }
  return decimal(block.amount);
}

function blockShare(block: ValueBlockInput["block"]): Big {
  if (block.share == null || !isDecimalString(block.share) || decimal(block.share).lt(0)) {
    throw new InputError(
      "block",
      `Bouwblok ${block.name} (${block.code}) heeft geen geldig aandeel in de catalogus.`,
    );
  }
  return decimal(block.share);
}

function basisHoursOf(input: ValueBlockInput): Big {
  if (input.basisHours == null || input.basisHours.trim() === "") {
    return decimal(DEFAULT_BASIS_HOURS);
  }
  const basis = checkNumber("basisHours", input.basisHours, {});
  if (basis.eq(0)) {
    throw new InputError(
      "basisHours",
      "Het aantal uren van een volledige werkweek moet groter dan 0 zijn.",
    );
  }
  return basis;
}

function checkBonuses(input: ValueBlockInput): readonly BonusDefinition[] {
  const bonuses = input.bonuses ?? [];
  const seen = new Set<string>();
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
    if (!isDecimalString(bonus.amount) || decimal(bonus.amount).lt(0)) {
      throw new InputError(
        "bonusCodes",
        `Toeslag ${bonus.name} heeft geen geldig bedrag in de catalogus.`,
      );
    }
  }
  return bonuses;
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
  start: string,
  end: string,
  contractStart: string | null,
  contractEnd: string | null,
): CountingPeriod {
  const startDay = toDayNumber(start);
  const endDay = toDayNumber(end);
  let from = startDay;
  let through = endDay;
  const cuts: string[] = [];
  if (contractStart !== null && toDayNumber(contractStart) > from)
    from = toDayNumber(contractStart);
  if (contractEnd !== null && toDayNumber(contractEnd) < through)
    through = toDayNumber(contractEnd);
  if (from !== startDay || through !== endDay) cuts.push("binnen de looptijd van het contract");
  const outsideContract = from > through;
  if (block.maxMonths != null) {
    const maxThrough = toDayNumber(lastDayOfMonthsPeriod(start, block.maxMonths));
    if (maxThrough < through) {
      through = maxThrough;
      cuts.push(`maximaal ${monthsText(block.maxMonths)} vanaf ${formatDate(start)}`);
    }
  }
  if (from > through) {
    const period = `${formatDate(start)} t/m ${formatDate(end)}`;
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
  const fromDate = dayNumberToIsoDate(from);
  const throughDate = dayNumberToIsoDate(through);
  return {
    days: daysInclusive(fromDate, throughDate),
    from: fromDate,
    through: throughDate,
    cuts,
    emptyReason: null,
  };
}

function monthsText(months: number): string {
  return `${months} ${months === 1 ? "maand" : "maanden"}`;
}

function line(label: string, amount: Big): BreakdownLine {
  return { label, amount: toMoneyString(amount) };
}

function periodNote(period: CountingPeriod): string {
  if (period.cuts.length === 0 || period.from === null || period.through === null) return "";
  return ` (geteld ${formatDate(period.from)} t/m ${formatDate(period.through)}: ${period.cuts.join("; ")})`;
}

function days(count: number): string {
  return `${count}/${DAYS_PER_YEAR} ${count === 1 ? "dag" : "dagen"}`;
}

function ok(
  lines: BreakdownLine[],
  extra: Omit<BlockValuation, "ok" | "total" | "lines"> = {},
): BlockValuation {
  return {
    ok: true,
    total: toMoneyString(sum(lines.map((l) => decimal(l.amount)))),
    lines,
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
      if (toDayNumber(end) < toDayNumber(start)) {
        throw new InputError("endDate", "De einddatum ligt vóór de begindatum.");
      }
      const needsHours = valuationInputs(block).includes("hoursPerWeek");
      const hoursPerWeek = needsHours ? requiredNumber(input, "hoursPerWeek") : null;
      const contractStart = optionalDate(input, "contractStart");
      const contractEnd = optionalDate(input, "contractEnd");
      if (
        contractStart !== null &&
        contractEnd !== null &&
        toDayNumber(contractEnd) < toDayNumber(contractStart)
      ) {
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
          ? { given: hoursPerWeek, counted: hoursPerWeek.gt(basis) ? basis : hoursPerWeek }
          : null;
      const extra: Omit<BlockValuation, "ok" | "total" | "lines"> = {
        countedDays: period.days,
        ...(period.from !== null && period.through !== null
          ? { countedFrom: period.from, countedThrough: period.through }
          : {}),
        ...(hoursFactor !== null ? { countedHoursPerWeek: hoursFactor.counted.toString() } : {}),
      };

      let notCounted: string | null = null;
      if (block.minHoursPerWeek != null && hoursPerWeek?.lt(decimal(block.minHoursPerWeek))) {
        notCounted = `${formatNumber(hoursPerWeek)} uur per week is minder dan het minimum van ${formatNumber(block.minHoursPerWeek)} uur per week`;
      } else if (period.emptyReason !== null) {
        notCounted = period.emptyReason;
      }
      if (notCounted !== null) {
        // Bonuses stay visible as lines, so the breakdown shows they were considered and why
        // they add nothing: a bonus never counts for a placement that does not count itself.
        return ok(
          [
            line(`${name}: telt niet mee, want ${notCounted}`, ZERO),
            ...bonuses.map((bonus) =>
              line(`Toeslag ${bonus.name}: telt niet mee, want het bouwblok telt niet mee`, ZERO),
            ),
          ],
          extra,
        );
      }

      const dayCount = decimal(period.days);
      const yearDays = decimal(DAYS_PER_YEAR);
      const hoursText =
        hoursFactor === null
          ? ""
          : ` × ${formatNumber(hoursFactor.counted)}/${formatNumber(basis)} uur${
              hoursFactor.given.gt(basis)
                ? ` (${formatNumber(hoursFactor.given)} uur per week telt als voltijd)`
                : ""
            }`;
      // One division per line: the exact numerator over the exact denominator, so the only
      // rounding is the final one to cents.
      const proRata = (yearly: Big): Big =>
        hoursFactor === null
          ? divideToCents(yearly.times(dayCount), yearDays)
          : divideToCents(yearly.times(hoursFactor.counted).times(dayCount), basis.times(yearDays));

      const lines: BreakdownLine[] = [
        block.kind === "PER_MONTH"
          ? line(
              `${name}: ${formatEuro(amount)} per maand × 12 maanden × ${days(period.days)}${periodNote(period)}`,
              divideToCents(amount.times(12).times(dayCount), yearDays),
            )
          : line(
              `${name}: ${formatEuro(amount)}${hoursText} × ${days(period.days)}${periodNote(period)}`,
              proRata(amount),
            ),
      ];
      for (const bonus of bonuses) {
        const bonusAmount = decimal(bonus.amount);
        lines.push(
          bonus.oneOff
            ? line(
                `Toeslag ${bonus.name}: ${formatEuro(bonusAmount)} eenmalig`,
                roundToCents(bonusAmount),
              )
            : line(
                `Toeslag ${bonus.name}: ${formatEuro(bonusAmount)}${hoursText} × ${days(period.days)}`,
                proRata(bonusAmount),
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
        line(
          `${name}: ${formatEuro(amount)} per uur × ${formatNumber(hours)} uur`,
          roundToCents(amount.times(hours)),
        ),
        ...flatBonusLines(bonuses),
      ]);
    }

    case "PER_DAY": {
      const amount = blockAmount(block);
      const dayCountInput = requiredNumber(input, "days");
      const dayCap = optionalNumber(input, "dayCap");
      const bonuses = checkBonuses(input);
      const perDay = dayCap?.lt(amount) ? dayCap : amount;
      const capped = perDay !== amount;
      const perDayText = capped
        ? `${formatEuro(perDay)} per dag (maximum volgens het beleid; catalogus ${formatEuro(amount)})`
        : `${formatEuro(perDay)} per dag`;
      return ok([
        line(
          `${name}: ${perDayText} × ${formatNumber(dayCountInput)} ${dayCountInput.eq(1) ? "dag" : "dagen"}`,
          roundToCents(perDay.times(dayCountInput)),
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
          `${name}: ${formatEuro(amount)} per activiteit × ${formatNumber(count)} ${count.eq(1) ? "activiteit" : "activiteiten"}`,
          roundToCents(amount.times(count)),
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
          `${name}: ${formatShare(share)} van ${formatEuro(invoiced)} (factuurbedrag excl. btw)`,
          roundToCents(invoiced.times(share)),
        ),
        ...flatBonusLines(bonuses),
      ]);
    }

    case "ACTUAL_COST": {
      const cost = requiredNumber(input, "amountExclVat");
      const bonuses = checkBonuses(input);
      return ok([
        line(`${name}: werkelijke kosten ${formatEuro(cost)} excl. btw`, roundToCents(cost)),
        ...flatBonusLines(bonuses),
      ]);
    }
  }
}

/** Blocks without hours or a period give a bonus no factor to be pro rata with: it counts once. */
function flatBonusLines(bonuses: readonly BonusDefinition[]): BreakdownLine[] {
  return bonuses.map((bonus) => {
    const amount = decimal(bonus.amount);
    return line(
      `Toeslag ${bonus.name}: ${formatEuro(amount)}${bonus.oneOff ? " eenmalig" : ""}`,
      roundToCents(amount),
    );
  });
}

/**
 * Values one realisation of a block with its breakdown, or says which input is wrong (in Dutch).
 * Never throws for bad user input; it throws only for a programming error.
 */
export function valueBlockWithBigJs(input: ValueBlockInput): ValueBlockResult {
  try {
    return valueOrThrow(input);
  } catch (error) {
    if (error instanceof InputError)
      return { ok: false, field: error.field, message: error.message };
    throw error;
  }
}
