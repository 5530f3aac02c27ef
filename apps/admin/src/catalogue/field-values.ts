// A changed field of a block or bonus as the comparison shows it: the API sends raw values
// ("40000.00", "PER_FTE_YEAR"); people read "€ 40.000" and "Per fte-jaar".
import {
  BLOCK_CATEGORIES,
  type BlockCategory,
  CATEGORY_LABELS,
  formatEuro,
  formatNumber,
  formatShare,
  isDecimalString,
  VALUATION_KINDS,
  type ValuationKind,
} from "@sroi/domain";
import { VALUATION_KIND_LABELS } from "./block-form";

const isCategory = (value: string): value is BlockCategory =>
  (BLOCK_CATEGORIES as readonly string[]).includes(value);
const isKind = (value: string): value is ValuationKind =>
  (VALUATION_KINDS as readonly string[]).includes(value);

export function displayFieldValue(field: string, value: string): string {
  const text = value.trim();
  if (text === "" || text === "—") return "—";
  const number = isDecimalString(text);
  switch (field) {
    case "amount":
      return number ? formatEuro(text) : text;
    case "share":
      return number ? formatShare(text) : text;
    case "category":
      return isCategory(text) ? CATEGORY_LABELS[text] : text;
    case "kind":
      return isKind(text) ? VALUATION_KIND_LABELS[text] : text;
    case "maxMonths":
      return number ? `${formatNumber(text)} ${text === "1" ? "maand" : "maanden"}` : text;
    case "minHoursPerWeek":
    case "basisHours":
      return number ? `${formatNumber(text)} uur per week` : text;
    case "appliesTo":
      return text
        .split(/,\s*/)
        .map((target) => (isCategory(target) ? CATEGORY_LABELS[target] : target))
        .join(", ");
    default:
      return text;
  }
}

/**
 * A bonus in words as the comparison sends it ("10000.00 euro, naar rato, voor EMPLOYMENT, PW"),
 * with the amount in euros and categories by their Dutch names.
 */
export function displayBonusSummary(text: string | null): string | null {
  if (text === null) return null;
  return text
    .replace(/^(\d+(?:\.\d+)?) euro/, (_match, amount: string) => formatEuro(amount))
    .replace(/\b[A-Z_]{3,}\b/g, (word) => (isCategory(word) ? CATEGORY_LABELS[word] : word));
}
