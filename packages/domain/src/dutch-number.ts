// Numbers and amounts as people in the Netherlands type them into a form, read once for both apps.
// The accepted forms are listed in docs/domain.md ("Getallen en bedragen invoeren"); keep the two
// in step. String arithmetic only: no float touches a value on its way to the API.
import { formatEuro, formatNumber } from "./format.js";
import { decimal, isMoneyAmount } from "./money.js";

/**
 * What a field holds, which decides what it accepts and what it gives back:
 * - `money`: euros, at most 2 decimals and 12 whole digits; may start with "€" or "EUR" and end
 *   in ",-" (whole euros). Gives the API's money string with 2 decimals: "40000.00".
 * - `percentage`: 0 to 100 (unless `max` says otherwise), at most 2 decimals; may end in "%".
 *   Gives the fraction the API stores: "5 %" → "0.05".
 * - `hours`: at most 2 decimals ("7,5", "12,25").
 * - `whole`: no decimals at all ("7").
 * - `number`: any other quantity, at most `decimals` (default 2) decimals ("0,5" days).
 */
export type NumberKind = "money" | "percentage" | "hours" | "whole" | "number";

export interface DutchNumberField {
  kind: NumberKind;
  /** The field as a sentence names it, e.g. "het aantal uren per week"; for the messages */
  label?: string;
  /** How to write it, e.g. "24 of 12,5"; for the message when the text is no number */
  example?: string;
  /** The most decimals allowed; the kind's own limit when not given */
  decimals?: number;
  /** Bounds as typed (a percentage in percent), inclusive */
  min?: string;
  max?: string;
}

/** Why a text was refused; "empty" lets a form decide whether the field may stay empty. */
export type DutchNumberProblem =
  | "empty"
  | "malformed"
  | "negative"
  | "decimals"
  | "whole"
  | "tooLarge"
  | "belowMin"
  | "aboveMax";

export type DutchNumberResult =
  | {
      ok: true /** a plain decimal string for the API, e.g. "40000.00", "0.05", "12.5" */;
      value: string;
    }
  | { ok: false; problem: DutchNumberProblem /** Dutch, for the person typing */; message: string };

const DEFAULTS: Record<NumberKind, { label: string; example: string; decimals: number }> = {
  money: { label: "het bedrag", example: "1.250 of 1.250,50", decimals: 2 },
  percentage: { label: "het percentage", example: "5 of 2,5", decimals: 2 },
  hours: { label: "het aantal uren", example: "8 of 7,5", decimals: 2 },
  whole: { label: "het aantal", example: "7", decimals: 0 },
  number: { label: "het getal", example: "3 of 0,5", decimals: 2 },
};

// Groups of three after a first group of one to three digits that does not start with 0, all
// separated by the same sign: "1.250.000" or "1 250 000". "0.125" is therefore no grouping.
const DOT_GROUPED = /^[1-9]\d{0,2}(\.\d{3})+$/;
const SPACE_GROUPED = /^[1-9]\d{0,2}( \d{3})+$/;
const DIGITS = /^\d+$/;
const DOT_DECIMAL = /^(\d+)\.(\d+)$/;

/** The whole and fraction digits of a number without sign or unit, or null when malformed. */
function splitDigits(body: string): { whole: string; fraction: string } | null {
  const commas = body.split(",");
  if (commas.length > 2) return null;
  const [before = "", after] = commas;
  const whole = DIGITS.test(before)
    ? before
    : DOT_GROUPED.test(before) || SPACE_GROUPED.test(before)
      ? before.replace(/[. ]/g, "")
      : null;
  if (whole === null) {
    // Without a comma a single dot between digits that is not a thousands group is a decimal
    // point ("12.5", "40000.50"): a Dutch thousands dot is always followed by three digits.
    const point = after === undefined ? DOT_DECIMAL.exec(before) : null;
    return point ? { whole: point[1] ?? "", fraction: point[2] ?? "" } : null;
  }
  if (after === undefined) return { whole, fraction: "" };
  return DIGITS.test(after) ? { whole, fraction: after } : null;
}

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * Reads a number or amount as typed in a Dutch form. Accepted (see docs/domain.md):
 * - a decimal comma: "12,5", "40000,50";
 * - thousands grouped by dots or by spaces, in groups of three: "40.000", "1.250.000,50",
 *   "40 000"; a dot followed by exactly three digits is a thousands dot ("1.000" is a thousand);
 * - a single decimal point where it cannot be a thousands dot: "12.5", "40000.50", "0.125";
 * - space around the text, and between a unit and the number;
 * - money only: "€" or "EUR" before it ("€ 40.000", "EUR 100"), ",-" after it ("€ 40.000,-");
 * - percentage only: "%" after it ("5 %", "5%").
 * Refused: grouping that is not in threes ("1.2,5", "12.34.5"), two decimal separators
 * ("1,2,3", "1.234.5"), the English "1,234.56", a sign, more decimals than the kind allows (also
 * trailing zeros: "1,500" is no amount, as it might mean fifteen hundred), and any other text.
 */
export function readDutchNumber(text: string, field: DutchNumberField): DutchNumberResult {
  const defaults = DEFAULTS[field.kind];
  const label = field.label ?? defaults.label;
  const refuse = (problem: DutchNumberProblem, message: string): DutchNumberResult => ({
    ok: false,
    problem,
    message,
  });
  // Every kind of space (a pasted non-breaking one too) counts as one plain space.
  let rest = text.replace(/\s+/g, " ").trim();
  if (rest === "") return refuse("empty", `Vul ${label} in.`);
  if (field.kind === "money")
    rest = rest.replace(/^(€|eur) ?/i, "").replace(/^([^,]*),-{1,2}$/, "$1");
  if (field.kind === "percentage") rest = rest.replace(/ ?%$/, "");
  const negative = /^[-\u2212] ?/.exec(rest);
  const parts = splitDigits(negative ? rest.slice(negative[0].length) : rest);
  if (parts === null) {
    return refuse(
      "malformed",
      field.kind === "money"
        ? `Schrijf ${label} in euro's, bijvoorbeeld ${field.example ?? defaults.example}.`
        : `${capitalize(label)} is geen getal; schrijf het bijvoorbeeld als ${field.example ?? defaults.example}.`,
    );
  }
  if (negative) return refuse("negative", `${capitalize(label)} kan niet negatief zijn.`);
  const decimals = field.decimals ?? defaults.decimals;
  if (parts.fraction.length > decimals) {
    return decimals === 0
      ? refuse("whole", `${capitalize(label)} is een heel getal, zonder komma.`)
      : refuse(
          "decimals",
          `${capitalize(label)} heeft hoogstens ${decimals} ${decimals === 1 ? "cijfer" : "cijfers"} achter de komma.`,
        );
  }
  const typed = decimal(parts.fraction ? `${parts.whole}.${parts.fraction}` : parts.whole);
  const unit = field.kind === "percentage" ? " %" : "";
  const max = field.max ?? (field.kind === "percentage" ? "100" : undefined);
  if (field.min !== undefined && typed.lt(decimal(field.min))) {
    return refuse(
      "belowMin",
      `${capitalize(label)} is minstens ${formatNumber(field.min)}${unit}.`,
    );
  }
  if (max !== undefined && typed.gt(decimal(max))) {
    return refuse("aboveMax", `${capitalize(label)} is hoogstens ${formatNumber(max)}${unit}.`);
  }
  switch (field.kind) {
    case "money": {
      const amount = typed.toFixed(2);
      if (!isMoneyAmount(amount)) {
        return refuse(
          "tooLarge",
          `${capitalize(label)} is te groot: hoogstens ${formatEuro("999999999999.99")}.`,
        );
      }
      return { ok: true, value: amount };
    }
    case "percentage":
      return { ok: true, value: typed.div(100).toFixed() };
    default:
      return { ok: true, value: typed.toFixed() };
  }
}

/**
 * A value from the API as a form shows it to be edited, in a form `readDutchNumber` reads back to
 * the same value: a decimal comma and no thousands dots, so what is being edited reads one way
 * only. "40000.00" → "40000", "1234.5" → "1234,50" (money keeps its cents), "0.125" → "12,5"
 * (percentage), "12.50" → "12,5". Empty for no value.
 */
export function toDutchInput(value: string | null | undefined, kind: NumberKind): string {
  if (value === null || value === undefined || value.trim() === "") return "";
  const number = decimal(value);
  const plain =
    kind === "money"
      ? number.round(0, 0).eq(number)
        ? number.toFixed(0)
        : number.toFixed(2)
      : (kind === "percentage" ? number.times(100) : number).toFixed();
  return plain.replace(".", ",");
}
