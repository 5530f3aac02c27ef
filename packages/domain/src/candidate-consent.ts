// Toestemming: what a candidate agreed may be shared with a contractor. A contractor sees a field
// of a candidate only while a consent covers that field and that contractor (directly, or through
// a contract it holds) and is given, not expired and not withdrawn. One rule, asked per field, so
// a withdrawal takes effect on the next read.
import { compareIsoDates } from "./dates.js";

export const CONSENT_FIELDS = [
  "INITIALS",
  "FIRST_NAME",
  "AVAILABILITY",
  "SUMMARY",
  "TARGET_GROUPS",
  "AGE_BAND",
  "HOME_MUNICIPALITY",
  "SKILLS",
  "WISHES",
  "RESTRICTIONS",
] as const;
export type ConsentField = (typeof CONSENT_FIELDS)[number];

export const CONSENT_FIELD_LABELS: Record<ConsentField, string> = {
  INITIALS: "Initialen",
  FIRST_NAME: "Voornaam",
  AVAILABILITY: "Beschikbaarheid",
  SUMMARY: "Korte beschrijving",
  TARGET_GROUPS: "Doelgroepen",
  AGE_BAND: "Leeftijdsklasse",
  HOME_MUNICIPALITY: "Woongemeente",
  SKILLS: "Vaardigheden",
  WISHES: "Wensen",
  RESTRICTIONS: "Beperkingen",
};

/** What issue 15 calls the default: a first name or initials, availability and a summary. */
export const DEFAULT_CONSENT_FIELDS: readonly ConsentField[] = [
  "INITIALS",
  "AVAILABILITY",
  "SUMMARY",
];

export interface ConsentFacts {
  fields: readonly string[];
  /** the contractor organisation it names, or null when it names a contract */
  contractorId: string | null;
  /** the contract whose contractor(s) it covers, or null */
  contractId: string | null;
  givenOn: string;
  validUntil: string | null;
  withdrawn: boolean;
}

/** Whether the consent is in force on `today` (yyyy-mm-dd, Europe/Amsterdam). */
export function consentInForce(consent: ConsentFacts, today: string): boolean {
  return (
    !consent.withdrawn &&
    compareIsoDates(consent.givenOn, today) <= 0 &&
    (consent.validUntil === null || compareIsoDates(today, consent.validUntil) <= 0)
  );
}

/**
 * The fields a contractor may see today: the union of every consent in force that names the
 * contractor or one of the contracts it holds (`contractIds`).
 */
export function fieldsSharedWith(
  consents: readonly ConsentFacts[],
  contractor: { id: string; contractIds: ReadonlySet<string> },
  today: string,
): Set<ConsentField> {
  const shared = new Set<ConsentField>();
  for (const consent of consents) {
    if (!consentInForce(consent, today)) continue;
    const names =
      consent.contractorId === contractor.id ||
      (consent.contractId !== null && contractor.contractIds.has(consent.contractId));
    if (!names) continue;
    for (const field of consent.fields)
      if ((CONSENT_FIELDS as readonly string[]).includes(field)) shared.add(field as ConsentField);
  }
  return shared;
}

/** "Jan Willem de Vries" → "J.W.d.V."; what the contractor sees with INITIALS only. */
export function initialsOf(name: string): string {
  return name
    .trim()
    .split(/[\s-]+/)
    .filter(Boolean)
    .map((part) => `${part[0]}.`)
    .join("");
}

/** The first word of the name, for FIRST_NAME. */
export function firstNameOf(name: string): string {
  return name.trim().split(/\s+/)[0] ?? "";
}
