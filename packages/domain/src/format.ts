// Dutch presentation of money, numbers and dates, shared by both apps and by generated texts.
import type Big from "big.js";
import {
  centsToMoneyString,
  exactCents,
  isNegative,
  type Scaled,
  scaledToString,
  shiftScaled,
} from "./cents.js";
import { decimal } from "./money.js";

/**
 * "€ 390.000,00": always with the cents, in every message (UI, mails, letters), so an amount reads
 * the same everywhere and never looks rounded. Never rounds away cents silently.
 */
export function formatEuro(value: Big | string): string {
  const amount = typeof value === "string" ? decimal(value) : value;
  return euroText(amount.abs().toFixed(2), amount.lt(0));
}

/** formatEuro for an exact decimal of the valuation's integer path (cents.ts): the same text. */
export function formatScaledEuro(value: Scaled): string {
  return euroText(centsToMoneyString(exactCents([value])).replace("-", ""), isNegative(value));
}

/** "€ 1.234,56" from "1234.56", the amount's size with its cents. */
function euroText(fixed: string, negative: boolean): string {
  const [whole = "0", cents = "00"] = fixed.split(".");
  return `${negative ? "-" : ""}€ ${groupThousands(whole)},${cents}`;
}

function groupThousands(whole: string): string {
  if (whole.length <= 3) return whole;
  return whole.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
}

/** "36", "12,5": a decimal number the Dutch way, without trailing zeros. */
export function formatNumber(value: Big | string): string {
  const amount = typeof value === "string" ? decimal(value) : value;
  return dutchDecimal(amount.toString());
}

/** formatNumber for an exact decimal of the valuation's integer path (cents.ts): the same text. */
export function formatScaledNumber(value: Scaled): string {
  return dutchDecimal(scaledToString(value));
}

/** "1234.5" (as big.js writes a number) → "1.234,5". */
function dutchDecimal(text: string): string {
  const [whole = "0", fraction] = text.split(".");
  return fraction ? `${groupThousands(whole)},${fraction}` : groupThousands(whole);
}

/**
 * "50 %", "5,5 %": a rate as a policy or catalogue sets it ("0.50", "0.055"), written as it was set.
 * A share the platform computed is written by formatPercentage.
 */
export function formatShare(share: Big | string): string {
  const value = typeof share === "string" ? decimal(share) : share;
  return `${formatNumber(value.times(100))} %`;
}

/** formatShare for an exact decimal of the valuation's integer path (cents.ts): the same text. */
export function formatScaledShare(share: Scaled): string {
  return `${formatScaledNumber(shiftScaled(share, 2))} %`;
}

/**
 * "93,88 %", "64,00 %": a percentage the platform computed (plan coverage, progress; the API's
 * "93.88"), always with two decimals, as amounts always show their cents, so two such figures read
 * alike wherever they stand (docs/decisions/0013-percentages-and-report-standing.md).
 */
export function formatPercentage(percent: Big | string): string {
  const value = typeof percent === "string" ? decimal(percent) : percent;
  const [whole = "0", hundredths = "00"] = value.abs().toFixed(2).split(".");
  return `${value.lt(0) ? "-" : ""}${groupThousands(whole)},${hundredths} %`;
}

const MONTHS = [
  "januari",
  "februari",
  "maart",
  "april",
  "mei",
  "juni",
  "juli",
  "augustus",
  "september",
  "oktober",
  "november",
  "december",
];

/** "1 juli 2023" from an ISO date ("2023-07-01"). */
export function formatDate(isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate);
  if (!match) throw new TypeError(`Not an ISO date: "${isoDate}"`);
  const [, year, month, day] = match;
  return `${Number(day)} ${MONTHS[Number(month) - 1]} ${year}`;
}
