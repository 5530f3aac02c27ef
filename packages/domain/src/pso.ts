// PSO, the Prestatieladder Socialer Ondernemen (docs/domain.md, "PSO"): a contractor's certified
// level, recorded by the contractor and checked by staff. Only a checked certificate that covers
// the award date gives the policy's discount (obligation.ts); one that ends before the contract
// does is flagged, since the contractor then no longer holds the level it was rewarded for.
import { compareIsoDates } from "./dates.js";
import { formatDate } from "./format.js";

export const PSO_LEVELS = [
  "ASPIRANT",
  "BASISTREDE",
  "TREDE_1",
  "TREDE_2",
  "TREDE_3",
  "THIRTY_PLUS",
] as const;
export type PsoLevel = (typeof PSO_LEVELS)[number];

/** As PSO Nederland names the levels, lower case to read inside a sentence. */
export const PSO_LEVEL_LABELS: Record<PsoLevel, string> = {
  ASPIRANT: "aspirant",
  BASISTREDE: "basistrede",
  TREDE_1: "trede 1",
  TREDE_2: "trede 2",
  TREDE_3: "trede 3",
  THIRTY_PLUS: "30+",
};

const KEY_LEVELS: Record<string, PsoLevel> = {
  aspirant: "ASPIRANT",
  basistrede: "BASISTREDE",
  basis: "BASISTREDE",
  "1": "TREDE_1",
  "2": "TREDE_2",
  "3": "TREDE_3",
  "30+": "THIRTY_PLUS",
  "30plus": "THIRTY_PLUS",
};

/**
 * The level a key of a policy's discount table names. Policies were typed by people, so "2",
 * "trede 2" and "PSO-trede 2" all name trede 2; null for a key that names no level.
 */
export function psoLevelOfKey(key: string): PsoLevel | null {
  const bare = key
    .trim()
    .toLowerCase()
    .replace(/^pso[-\s]*/, "")
    .replace(/^trede\s*/, "")
    .replace(/\s+/g, "");
  return Object.hasOwn(KEY_LEVELS, bare) ? (KEY_LEVELS[bare] ?? null) : null;
}

/** The discount fraction a policy's table gives a level, or null when the table does not name it. */
export function psoDiscountFor(
  discounts: Readonly<Record<string, string>> | undefined,
  level: PsoLevel,
): string | null {
  for (const [key, fraction] of Object.entries(discounts ?? {})) {
    if (psoLevelOfKey(key) === level) return fraction;
  }
  return null;
}

export interface PsoCertificateFacts {
  level: PsoLevel;
  certificateNumber: string;
  /** yyyy-mm-dd, both days included */
  validFrom: string;
  validUntil: string;
  /** staff checked it against the PSO register */
  checked: boolean;
}

export function psoCovers(certificate: PsoCertificateFacts, date: string): boolean {
  return (
    compareIsoDates(certificate.validFrom, date) <= 0 &&
    compareIsoDates(date, certificate.validUntil) <= 0
  );
}

/**
 * The certificate that decides the PSO discount of a contract awarded on `awardDate`: of those
 * covering that day, a checked one giving the largest discount (then the one valid longest).
 * Without a checked one, an unchecked one is returned, so the breakdown can say why no discount
 * applies; null when no certificate covers the day.
 */
export function psoCertificateForAward<T extends PsoCertificateFacts>(
  certificates: readonly T[],
  awardDate: string,
  discounts: Readonly<Record<string, string>> | undefined,
): T | null {
  const discountOf = (certificate: T) =>
    Number(psoDiscountFor(discounts, certificate.level) ?? "-1");
  let best: T | null = null;
  for (const certificate of certificates) {
    if (!psoCovers(certificate, awardDate)) continue;
    if (best === null || (certificate.checked && !best.checked)) {
      best = certificate;
      continue;
    }
    if (certificate.checked !== best.checked) continue;
    const difference = discountOf(certificate) - discountOf(best);
    if (
      difference > 0 ||
      (difference === 0 && compareIsoDates(certificate.validUntil, best.validUntil) > 0)
    ) {
      best = certificate;
    }
  }
  return best;
}

/** A certificate valid until a day before the contract's end lapses during the contract. */
export function psoLapsesBefore(
  certificate: Pick<PsoCertificateFacts, "validUntil">,
  contractEnd: string | null,
): boolean {
  return contractEnd !== null && compareIsoDates(certificate.validUntil, contractEnd) < 0;
}

/** The flag's words on a contract whose PSO certificate ends before the contract does. */
export function psoLapseMessage(
  certificate: Pick<PsoCertificateFacts, "level" | "certificateNumber" | "validUntil">,
  contractEnd: string,
): string {
  return `Het PSO-certificaat ${certificate.certificateNumber} (${PSO_LEVEL_LABELS[certificate.level]}) is geldig tot en met ${formatDate(certificate.validUntil)}, vóór het einde van de opdracht op ${formatDate(contractEnd)}.`;
}
