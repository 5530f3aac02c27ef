// Numbers as people type them in a Dutch form ("40.000", "12,5", "5 %") and as the API wants them
// (exact decimal strings, shares as fractions). String arithmetic only: no float touches a value.
import { decimal, isDecimalString } from "@sroi/domain";

/**
 * "40.000" → "40000", "12,5" → "12.5", "1.234,56" → "1234.56"; null when it is not a number.
 * A dot is a thousands separator when a comma is present or when it groups exactly three digits
 * ("40.000"); otherwise it is the decimal point ("12.5").
 */
export function parseDutchDecimal(input: string): string | null {
  let text = input.trim().replace(/^€\s*/, "").replace(/\s*%$/, "").replace(/\s/g, "");
  if (text === "") return null;
  if (text.includes(",")) {
    text = text.replaceAll(".", "").replace(",", ".");
  } else if (/^\d{1,3}(\.\d{3})+$/.test(text)) {
    text = text.replaceAll(".", "");
  }
  if (!isDecimalString(text) || text.startsWith("-")) return null;
  return decimal(text).toString();
}

/** A decimal string from the API as a form shows it: "40000.00" → "40000", "12.50" → "12,5". */
export function decimalToInput(value: string | null | undefined): string {
  if (value === null || value === undefined || value === "") return "";
  return decimal(value).toString().replace(".", ",");
}

/** "0.05" → "5", "0.125" → "12,5": a fraction as the percentage a form shows. */
export function fractionToPercentInput(fraction: string | null | undefined): string {
  if (fraction === null || fraction === undefined || fraction === "") return "";
  return decimalToInput(decimal(fraction).times(100).toString());
}

/** "5" → "0.05", "12,5" → "0.125"; null when the text is not a number. Exact: /100 of a decimal. */
export function percentInputToFraction(input: string): string | null {
  const percent = parseDutchDecimal(input);
  return percent === null ? null : decimal(percent).div(100).toString();
}

/** A whole number of at least 1, or null. */
export function parseWholeNumber(input: string): number | null {
  const text = input.trim();
  if (!/^\d+$/.test(text)) return null;
  const value = Number(text);
  return Number.isSafeInteger(value) && value > 0 ? value : null;
}

/** Today in the Netherlands as yyyy-mm-dd, whatever the browser's own time zone. */
export function todayInTheNetherlands(now = new Date()): string {
  return new Intl.DateTimeFormat("en-CA", {
    timeZone: "Europe/Amsterdam",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(now);
}
