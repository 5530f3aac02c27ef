// A person counted once, an invoice counted once (docs/decisions/0025-count-once.md). Pure rules:
// what identifies a person or an invoice for matching, when two entries overlap, and what the
// reviewer is told. The API keys the identity with a server secret (HMAC) and queries the region.
import { compareIsoDates, daysInclusive, isIsoDate } from "./dates.js";
import { formatDate } from "./format.js";

/** Why two entries are taken to count the same thing; the first that applies is given. */
export type DoubleCountKind =
  /** later: both entries link to the same candidate of the pool (issue 15) */
  | "SAME_CANDIDATE"
  /** same contractor, same own reference for the person and the same date of birth */
  | "SAME_PERSON_REFERENCE"
  /** the keyed hash of date of birth, initial and surname is the same */
  | "SAME_PERSON_IDENTITY"
  /** same supplier (KvK number, else name) and the same invoice number */
  | "SAME_INVOICE";

/** An entry as far as matching a person over a period goes. */
export interface PeriodEntry {
  startDate: string | null;
  endDate: string | null;
}

/**
 * An entry values a person over a period when it runs from a start to an end date: the
 * employment-type bouwblokken (PER_FTE_YEAR, PER_MONTH) and maatwerk given a period. The days
 * are what may not count twice; an hour of coaching or a day of a course has no period.
 */
export function valuesPersonOverPeriod(entry: PeriodEntry): boolean {
  return entry.startDate !== null && entry.endDate !== null;
}

/** The days two periods share, start and end included; 0 when they do not meet. */
export function overlappingDays(a: PeriodEntry, b: PeriodEntry): number {
  if (!a.startDate || !a.endDate || !b.startDate || !b.endDate) return 0;
  const from = compareIsoDates(a.startDate, b.startDate) >= 0 ? a.startDate : b.startDate;
  const through = compareIsoDates(a.endDate, b.endDate) <= 0 ? a.endDate : b.endDate;
  return compareIsoDates(from, through) <= 0 ? daysInclusive(from, through) : 0;
}

/** Letters a to z only: accents dropped ("Çelik" is "celik"), case, dots and spaces ignored. */
function letters(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z]/g, "");
}

/**
 * The text the person's identity hash is made of: date of birth, first initial and the last word
 * of the surname, e.g. "1990-05-17|j|vries" for "Jan de Vries", "J. de Vries" or "Vries, J. de".
 * Tussenvoegsels, further initials and middle names are left out, since contractors write them
 * differently. Null when the date or a surname is missing: then no identity match is made.
 */
export function personIdentityText(
  birthDate: string | null | undefined,
  name: string | null | undefined,
): string | null {
  if (!birthDate || !isIsoDate(birthDate) || !name) return null;
  const [beforeComma, afterComma] = name.split(",", 2);
  // "Vries, Jan de": the surname comes first; else the surname is the last word
  const surnamePart = afterComma !== undefined ? (beforeComma ?? "") : name;
  const givenPart = afterComma !== undefined ? afterComma : name;
  const surnameWords = surnamePart.trim().split(/\s+/).map(letters).filter(Boolean);
  const givenWords = givenPart.trim().split(/\s+/).map(letters).filter(Boolean);
  // without a comma one word is no name and a surname at once: "Jan" alone gives no match
  const surname =
    afterComma !== undefined || surnameWords.length > 1 ? surnameWords.at(-1) : undefined;
  const initial = givenWords.at(0)?.charAt(0);
  if (!surname || !initial) return null;
  return `${birthDate}|${initial}|${surname}`;
}

/** "sociaal-bedrijf de brug b.v." and "Sociaal Bedrijf De Brug BV" name the same supplier. */
export function normaliseSupplierName(name: string): string {
  const words = name
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9\s]/g, "")
    .split(/\s+/)
    .filter(Boolean);
  const legalForms = new Set(["bv", "nv", "vof", "cv", "ua", "stichting"]);
  return words.filter((word) => !legalForms.has(word)).join("");
}

/** "F-2026/001", "f2026001" and "F 2026 001" are one invoice number; leading zeros too. */
export function normaliseInvoiceNumber(invoiceNumber: string): string {
  return invoiceNumber
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "")
    .replace(/^0+(?=.)/, "");
}

/**
 * The key one invoice is known by across the region: the supplier's KvK number (else its
 * normalised name) and the normalised invoice number. Null when there is no invoice number or
 * no supplier: such an entry cannot be matched.
 */
export function invoiceKey(entry: {
  supplierKvk?: string | null;
  supplierName?: string | null;
  invoiceNumber?: string | null;
}): string | null {
  const number = entry.invoiceNumber ? normaliseInvoiceNumber(entry.invoiceNumber) : "";
  if (!number) return null;
  if (entry.supplierKvk) return `kvk:${entry.supplierKvk}|${number}`;
  const name = entry.supplierName ? normaliseSupplierName(entry.supplierName) : "";
  return name ? `naam:${name}|${number}` : null;
}

/** The years a date of birth may fall in: wider than the platform's own dates (DATE_RANGE). */
export const BIRTH_DATE_RANGE = { firstYear: 1900, lastYear: 2099 } as const;

/** Why a date of birth is refused, in Dutch; null when it may be used. */
export function birthDateProblem(birthDate: string, today: string): string | null {
  if (!isIsoDate(birthDate)) return "Vul een bestaande geboortedatum in (jjjj-mm-dd).";
  if (compareIsoDates(birthDate, "1900-01-01") < 0 || compareIsoDates(birthDate, today) > 0)
    return "Deze geboortedatum kan niet kloppen.";
  return null;
}

/** The other entry as the viewer is told about it. */
export interface DoubleCountOther {
  kind: DoubleCountKind;
  status: "SUBMITTED" | "ACCEPTED" | "REJECTED";
  startDate: string | null;
  endDate: string | null;
  /** the other contract's reference, or null when the viewer may not see that contract */
  contractReference: string | null;
  /** the days both entries claim (person matches only) */
  overlapDays: number;
}

const STATUS_TEXT: Record<DoubleCountOther["status"], string> = {
  SUBMITTED: "ingediend",
  ACCEPTED: "geaccepteerd",
  REJECTED: "afgewezen",
};

const KIND_TEXT: Record<DoubleCountKind, string> = {
  SAME_CANDIDATE: "Dezelfde kandidaat",
  SAME_PERSON_REFERENCE: "Dezelfde persoon (zelfde kenmerk en geboortedatum)",
  SAME_PERSON_IDENTITY: "Dezelfde persoon (zelfde geboortedatum, voorletter en achternaam)",
  SAME_INVOICE: "Dezelfde factuur (zelfde leverancier en factuurnummer)",
};

/** One sentence for the reviewer and the contractor, e.g. "Dezelfde persoon ... 120 dagen." */
export function doubleCountMessage(other: DoubleCountOther): string {
  const where = other.contractReference
    ? `opdracht ${other.contractReference}`
    : "een andere opdracht in de regio";
  const period =
    other.startDate && other.endDate
      ? ` van ${formatDate(other.startDate)} t/m ${formatDate(other.endDate)}`
      : "";
  const days =
    other.kind === "SAME_INVOICE"
      ? ""
      : `; ${other.overlapDays} ${other.overlapDays === 1 ? "dag overlapt" : "dagen overlappen"}`;
  return `${KIND_TEXT[other.kind]} staat${period} ook in ${where} (${STATUS_TEXT[other.status]})${days}.`;
}

/**
 * Why an entry may not be accepted: another entry for the same person's days or the same invoice
 * is already accepted. The overlapping days count once, so the reviewer rejects this entry (the
 * contractor may correct its period) or the other is rejected first. Null when it may be accepted.
 */
export function doubleCountRefusal(others: readonly DoubleCountOther[]): string | null {
  const accepted = others.find((other) => other.status === "ACCEPTED");
  if (!accepted) return null;
  return `Deze verantwoording kan niet worden geaccepteerd: ${doubleCountMessage(accepted)} Wat al geaccepteerd is, telt maar één keer: wijs deze verantwoording af, zodat de opdrachtnemer haar kan corrigeren.`;
}
