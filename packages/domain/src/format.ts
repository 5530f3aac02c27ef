// Dutch presentation of money, numbers and dates, shared by both apps and by generated texts.
import type Big from "big.js";
import { decimal } from "./money.js";

/**
 * "€ 390.000,00": always with the cents, in every message (UI, mails, letters), so an amount reads
 * the same everywhere and never looks rounded. Never rounds away cents silently.
 */
export function formatEuro(value: Big | string): string {
  const amount = typeof value === "string" ? decimal(value) : value;
  const negative = amount.lt(0);
  const [whole = "0", cents = "00"] = amount.abs().toFixed(2).split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  const text = `€ ${grouped},${cents}`;
  return negative ? `-${text}` : text;
}

/** "36", "12,5": a decimal number the Dutch way, without trailing zeros. */
export function formatNumber(value: Big | string): string {
  const amount = typeof value === "string" ? decimal(value) : value;
  const [whole = "0", fraction] = amount.toString().split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  return fraction ? `${grouped},${fraction}` : grouped;
}

/**
 * "50 %", "5,5 %": a rate as a policy or catalogue sets it ("0.50", "0.055"), written as it was set.
 * A share the platform computed is written by formatPercentage.
 */
export function formatShare(share: Big | string): string {
  const value = typeof share === "string" ? decimal(share) : share;
  return `${formatNumber(value.times(100))} %`;
}

/**
 * "93,88 %", "64,00 %": a percentage the platform computed (plan coverage, progress; the API's
 * "93.88"), always with two decimals, as amounts always show their cents, so two such figures read
 * alike wherever they stand (docs/decisions/0013-percentages-and-report-standing.md).
 */
export function formatPercentage(percent: Big | string): string {
  const value = typeof percent === "string" ? decimal(percent) : percent;
  const [whole = "0", hundredths = "00"] = value.abs().toFixed(2).split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  return `${value.lt(0) ? "-" : ""}${grouped},${hundredths} %`;
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
