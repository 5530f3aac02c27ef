// One cell of an uploaded Excel workbook as the text a person would have typed in a CSV file, so
// that both spreadsheet imports read XLSX and CSV with the same Dutch readers (readDutchNumber,
// readDutchDate in packages/domain).

/**
 * - a number with a decimal comma: Excel's 1.234 (one and a bit) must not read as the Dutch
 *   thousand "1.234", so 1.234 becomes "1,234" and 1234.5 becomes "1234,5";
 * - a date as the ISO day it was typed as (Excel stores a typed date as a date);
 * - rich text and hyperlinks as their text, a formula as its computed result.
 */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return String(value).replace(".", ",");
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === "object") {
    if ("result" in value) return cellText((value as { result: unknown }).result);
    if ("text" in value) return String((value as { text: unknown }).text);
    if ("richText" in value) {
      return (value as { richText: { text: string }[] }).richText.map((run) => run.text).join("");
    }
  }
  return String(value);
}
