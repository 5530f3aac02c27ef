// The current Dutch gemeenten by CBS code, from the CBS list shipped beside this file
// (data/gemeenten-cbs-2025.json; data/README.md says where it came from and how it was checked).
// A gemeente joins the platform only by a code from this list, so its name is CBS's, not typed.
import list from "./data/gemeenten-cbs-2025.json" with { type: "json" };

export interface CbsMunicipality {
  /** CBS gemeentecode, e.g. GM0307 */
  code: string;
  name: string;
  province: string;
}

/** Where the list comes from, to show beside it. */
export const CBS_MUNICIPALITY_LIST = {
  title: list.title,
  publisher: list.publisher,
  /** the date the list describes (YYYY-MM-DD) */
  referenceDate: list.referenceDate,
  source: list.source,
} as const;

export const CBS_MUNICIPALITIES: readonly CbsMunicipality[] = list.gemeenten;

const byCode = new Map(CBS_MUNICIPALITIES.map((gemeente) => [gemeente.code, gemeente]));

/** The CBS code written the way CBS writes it: "gm307", " 0307 " and "GM0307" are all GM0307. */
export function normaliseCbsCode(input: string): string {
  const trimmed = input.trim().toUpperCase();
  const digits = trimmed.startsWith("GM") ? trimmed.slice(2) : trimmed;
  return /^\d{1,4}$/.test(digits) ? `GM${digits.padStart(4, "0")}` : trimmed;
}

/** The gemeente with this CBS code, or null when the current list has none. */
export function findCbsMunicipality(code: string): CbsMunicipality | null {
  return byCode.get(normaliseCbsCode(code)) ?? null;
}
