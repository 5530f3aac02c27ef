// Doelgroepen: the fixed list of target groups a candidate (and, later, a placement) can belong to,
// how membership was verified, and the age bands the 50+/55+ bonuses ask about. docs/domain.md
// ("Doelgroepen") gives the public source of each group; the codes are stored, the labels shown.
import { addMonthsExclusiveEnd, compareIsoDates, parseIsoDate } from "./dates.js";

export const TARGET_GROUPS = [
  "PARTICIPATIEWET",
  "WW",
  "WIA_WAO",
  "WAJONG",
  "DOELGROEPREGISTER",
  "WSW_INDICATIE",
  "NUG",
  "STATUSHOUDER",
  "VSO_PRO_SCHOOLVERLATER",
  "ZONDER_STARTKWALIFICATIE",
  "BBL_BOL_STUDENT",
  "VIJFTIG_PLUS",
] as const;
export type TargetGroup = (typeof TARGET_GROUPS)[number];

export const TARGET_GROUP_LABELS: Record<TargetGroup, string> = {
  PARTICIPATIEWET: "Participatiewet (bijstand)",
  WW: "WW-uitkering",
  WIA_WAO: "WIA- of WAO-uitkering",
  WAJONG: "Wajong",
  DOELGROEPREGISTER: "Doelgroepregister banenafspraak",
  WSW_INDICATIE: "Wsw-indicatie",
  NUG: "Niet-uitkeringsgerechtigde werkzoekende (NUG)",
  STATUSHOUDER: "Statushouder",
  VSO_PRO_SCHOOLVERLATER: "Schoolverlater VSO of PrO",
  ZONDER_STARTKWALIFICATIE: "Jongere zonder startkwalificatie",
  BBL_BOL_STUDENT: "BBL- of BOL-student",
  VIJFTIG_PLUS: "Werkzoekende van 50 jaar of ouder",
};

/** How a consultant knows the candidate belongs to a group. */
export const VERIFICATION_SOURCES = [
  "DOELGROEPREGISTER",
  "DOELGROEPVERKLARING",
  "UITKERING_GEMEENTE",
  "UITKERING_UWV",
  "SCHOOL",
  "EIGEN_VERKLARING",
] as const;
export type VerificationSource = (typeof VERIFICATION_SOURCES)[number];

export const VERIFICATION_SOURCE_LABELS: Record<VerificationSource, string> = {
  DOELGROEPREGISTER: "Doelgroepregister (UWV)",
  DOELGROEPVERKLARING: "Doelgroepverklaring (UWV)",
  UITKERING_GEMEENTE: "Uitkering bevestigd door de gemeente",
  UITKERING_UWV: "Uitkering bevestigd door UWV",
  SCHOOL: "Verklaring van de school",
  EIGEN_VERKLARING: "Eigen verklaring (niet gecontroleerd)",
};

/** Only these count as a verified target group when a placement is valued (next: proposals). */
export function isVerifiedSource(source: VerificationSource | null): boolean {
  return source !== null && source !== "EIGEN_VERKLARING";
}

/**
 * Leeftijdsklasse. The platform keeps the band a person was in on a reference date instead of a
 * date of birth: a band is all the bonuses need and says far less about who someone is.
 */
export const AGE_BANDS = ["UNDER_27", "FROM_27_TO_49", "FROM_50_TO_54", "FROM_55"] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

export const AGE_BAND_LABELS: Record<AgeBand, string> = {
  UNDER_27: "jonger dan 27",
  FROM_27_TO_49: "27 tot en met 49",
  FROM_50_TO_54: "50 tot en met 54",
  FROM_55: "55 of ouder",
};

const AGE_BAND_RANGE: Record<AgeBand, { min: number; max: number | null }> = {
  UNDER_27: { min: 15, max: 26 },
  FROM_27_TO_49: { min: 27, max: 49 },
  FROM_50_TO_54: { min: 50, max: 54 },
  FROM_55: { min: 55, max: null },
};

export function ageBandForAge(age: number): AgeBand {
  if (age < 27) return "UNDER_27";
  if (age < 50) return "FROM_27_TO_49";
  if (age < 55) return "FROM_50_TO_54";
  return "FROM_55";
}

/** Whole years from `from` to `to` (both yyyy-mm-dd): 2024-03-01 → 2026-02-28 is 1. */
export function wholeYearsBetween(from: string, to: string): number {
  if (compareIsoDates(to, from) < 0) return 0;
  const years = parseIsoDate(to).year - parseIsoDate(from).year;
  return compareIsoDates(addMonthsExclusiveEnd(from, years * 12), to) > 0 ? years - 1 : years;
}

/**
 * Whether someone in `band` on `referenceDate` is at least `minimumAge` on `onDate`: "yes" when
 * even the youngest of the band is, "no" when even the oldest is not, "unknown" in between (then a
 * consultant checks the age and records a new band). A date before the reference date is judged
 * on the band as it was recorded.
 */
export function ageAtLeastOn(
  band: AgeBand,
  referenceDate: string,
  onDate: string,
  minimumAge: number,
): "yes" | "no" | "unknown" {
  const grown = wholeYearsBetween(referenceDate, onDate);
  const { min, max } = AGE_BAND_RANGE[band];
  if (min + grown >= minimumAge) return "yes";
  // The oldest of the band may have had a birthday the day after the reference date.
  if (max !== null && max + grown + 1 < minimumAge) return "no";
  return "unknown";
}

/**
 * Whether `digits` is a burgerservicenummer: 9 digits passing the elfproef (9·d1 + 8·d2 + … +
 * 2·d8 − 1·d9 divisible by 11). 8-digit BSNs are written with a leading zero.
 */
export function isBsn(digits: string): boolean {
  if (!/^\d{9}$/.test(digits) || digits === "000000000") return false;
  let sum = 0;
  for (let index = 0; index < 8; index++) sum += (9 - index) * Number(digits[index]);
  sum -= Number(digits[8]);
  return sum % 11 === 0;
}

/**
 * Whether a free text holds something that passes as a BSN: nine digits in a row, also written
 * with spaces, dots or dashes between groups ("123.456.782", "1234 56 782").
 */
export function containsBsn(text: string): boolean {
  for (const match of text.matchAll(/\d(?:[\s.-]?\d){8,}/g)) {
    const digits = match[0].replace(/[\s.-]/g, "");
    // A longer run of digits (an IBAN, a phone number with country code) is not a BSN by itself.
    if (digits.length === 9 && isBsn(digits)) return true;
  }
  return false;
}

export const BSN_REFUSAL =
  "Vul hier geen burgerservicenummer (BSN) in: het platform bewaart nooit een BSN.";
