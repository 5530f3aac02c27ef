// The audit trail in words: which action, and each changed field's value before and after, the
// way the rest of the app shows them. Events store plain JSON (services/audit.ts in the API).
import {
  CONTRACT_KIND_LABELS,
  CONTRACT_STATUS_LABELS,
  type ContractKind,
  type ContractStatus,
  formatDate,
  formatEuro,
  formatShare,
  isDecimalString,
  ORGANISATION_KIND_LABELS,
  type OrganisationKind,
  PLAN_STATUS_LABELS,
  type PlanStatus,
  REPORT_FREQUENCY_LABELS,
  type RealisationStatus,
  type ReportFrequency,
  ROLE_LABELS,
  type Role,
} from "@sroi/domain";
import {
  ASSESSMENT_OUTCOME_LABELS,
  type AssessmentOutcome,
  formatDateTime,
  REALISATION_STATUS_LABELS,
} from "@sroi/ui";

const ACTIONS: Record<string, string> = {
  "contract.register": "Opdracht geregistreerd",
  "contract.correct": "Gegevens gecorrigeerd",
  "contract.correct.recomputeObligation":
    "Gegevens gecorrigeerd en SR-verplichting opnieuw berekend",
  "contract.status": "Status gewijzigd",
  "contract.requestIntake": "Opdrachtnemer nam contact op met het WSP",
  "contract.confirmIntake": "Intake bevestigd",
  "contract.assess": "Eindbeoordeling vastgelegd",
  "plan.save": "Plan van aanpak opgeslagen",
  "plan.submit": "Plan van aanpak ingediend",
  "plan.approve": "Plan van aanpak goedgekeurd",
  "plan.requestChanges": "Wijzigingen in het plan van aanpak gevraagd",
  "realisation.submit": "Verantwoording ingediend",
  "realisation.correct": "Verantwoording gecorrigeerd en opnieuw ingediend",
  "realisation.accept": "Verantwoording geaccepteerd",
  "realisation.reject": "Verantwoording afgewezen",
  "realisation.import": "Verantwoordingen geïmporteerd",
  "evidence.upload": "Bewijs toegevoegd",
  "organisation.create": "Organisatie aangemaakt",
  "user.invite": "Uitnodiging verstuurd",
  "user.logoutEverywhere": "Overal uitgelogd",
};

/** "Status gewijzigd"; an action this version does not know keeps its code, readable enough. */
export function describeAction(action: string): string {
  return ACTIONS[action] ?? action;
}

/** The action filter's choices on the audit page: exact actions and whole groups (prefixes). */
export const ACTION_FILTERS: { value: string; label: string }[] = [
  { value: "contract.", label: "Alles over opdrachten" },
  ...Object.entries(ACTIONS)
    .filter(([action]) => action.startsWith("contract."))
    .map(([value, label]) => ({ value, label })),
  { value: "plan.", label: "Alles over plannen van aanpak" },
  { value: "realisation.", label: "Alles over verantwoordingen" },
  { value: "organisation.", label: "Alles over organisaties" },
  { value: "user.", label: "Alles over gebruikers" },
  { value: "user.invite", label: ACTIONS["user.invite"] ?? "user.invite" },
];

const FIELDS: Record<string, string> = {
  reference: "Kenmerk",
  title: "Titel",
  department: "Afdeling",
  kind: "Soort",
  valueExclVat: "Opdrachtwaarde excl. btw",
  labourShare: "Arbeidsaandeel",
  publicationDate: "Publicatiedatum",
  awardDate: "Gunningsdatum",
  startDate: "Begindatum",
  endDate: "Einddatum",
  status: "Status",
  consultantId: "Accountmanager WSP",
  obligationKind: "Soort verplichting",
  obligationAmount: "SR-verplichting",
  obligationLines: "Berekening",
  policy: "SR-beleid",
  source: "Bron",
  contactRequestedAt: "Contact opgenomen op",
  contactMessage: "Bericht",
  contactPreferredTimes: "Voorkeurstijden",
  intakeConfirmedAt: "Intake bevestigd op",
  name: "Naam",
  email: "E-mailadres",
  organisation: "Organisatie",
  role: "Rol",
  kvkNumber: "KvK-nummer",
  // The eindbeoordeling, with the figures it rested on
  assessment: "Eerdere eindbeoordeling",
  outcome: "Uitkomst",
  recoveryUntil: "Herstelperiode tot en met",
  sanctionAmount: "Sanctie",
  obligation: "SR-verplichting bij de beoordeling",
  accepted: "Geaccepteerd bij de beoordeling",
  // A realisation (verantwoording) and its review
  blockCode: "Bouwblok",
  maatwerkDescription: "Maatwerk",
  personRef: "Kenmerk persoon",
  targetGroup: "Doelgroep",
  homeMunicipalityCode: "Woongemeente",
  hoursPerWeek: "Uren per week",
  hours: "Uren",
  days: "Dagen",
  amountExclVat: "Bedrag excl. btw",
  bonusCodes: "Toeslagen",
  value: "Waarde",
  reason: "Reden",
  // A version of the plan van aanpak and its review
  number: "Versie",
  reportFrequency: "Rapportagefrequentie",
  total: "Totaal van het plan",
  lines: "Regels",
  comment: "Opmerking van het WSP",
  contractStatus: "Status van de opdracht",
};

// The order a reader expects: what the contract is, then money, then dates, then the rest.
const FIELD_ORDER = Object.keys(FIELDS);

const OBLIGATION_KINDS: Record<string, string> = {
  PERCENTAGE: "percentage van de opdrachtwaarde",
  ACTIVITY: "1 maatschappelijke activiteit",
  NONE: "geen",
};

// What an empty value means for some fields, rather than "leeg"
const EMPTY_AS: Record<string, string> = {
  consultantId: "niet toegewezen",
  contactRequestedAt: "nog niet",
  intakeConfirmedAt: "nog niet",
  assessment: "geen",
};

export interface Change {
  field: string;
  label: string;
  /** undefined: the event has no value before (e.g. a registration) */
  before?: string;
  after?: string;
}

export interface DescribeOptions {
  /** Names of accountmanagers by user id; the audit trail stores the id */
  consultantNames?: ReadonlyMap<string, string>;
}

/** The fields an event changed, in a stable order, with their values as the app shows them. */
export function describeChanges(
  before: string | null,
  after: string | null,
  options: DescribeOptions = {},
): Change[] {
  const old = parse(before);
  const now = parse(after);
  // A record that was created has no "before": its empty fields say nothing.
  const fields = [...new Set([...Object.keys(old ?? {}), ...Object.keys(now ?? {})])].filter(
    (field) => old !== null || (now?.[field] !== null && now?.[field] !== ""),
  );
  fields.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  return (
    fields
      .map((field) => ({
        field,
        label: FIELDS[field] ?? field,
        // A field the event adds (the new breakdown of a recomputed obligation) has no value before.
        ...(old && field in old ? { before: formatValue(field, old[field], options) } : {}),
        ...(now ? { after: formatValue(field, now[field], options) } : {}),
      }))
      // "geen → geen" tells the reader nothing (a first eindbeoordeling had no earlier one).
      .filter((change) => change.before === undefined || change.before !== change.after)
  );
}

function rank(field: string): number {
  const index = FIELD_ORDER.indexOf(field);
  return index === -1 ? FIELD_ORDER.length : index;
}

function parse(json: string | null): Record<string, unknown> | null {
  if (!json) return null;
  try {
    const value: unknown = JSON.parse(json);
    return value !== null && typeof value === "object" && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : { waarde: value };
  } catch {
    return { waarde: json };
  }
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_MOMENT = /^\d{4}-\d{2}-\d{2}T/;

export function formatValue(field: string, value: unknown, options: DescribeOptions = {}): string {
  if (value === null || value === undefined || value === "") return EMPTY_AS[field] ?? "leeg";
  if (field === "obligationLines" && Array.isArray(value)) {
    return value
      .map((line) =>
        line && typeof line === "object" && "label" in line && "amount" in line
          ? `${String(line.label)}: ${money(String(line.amount))}`
          : JSON.stringify(line),
      )
      .join("; ");
  }
  if (field === "lines" && Array.isArray(value)) {
    // A plan's lines as services/plans.ts records them: block, people and projected value
    return value
      .map((line) =>
        line && typeof line === "object" && "blockCode" in line && "value" in line
          ? `${String(line.blockCode)}${"people" in line && Number(line.people) > 1 ? ` × ${String(line.people)}` : ""}: ${money(String(line.value))}`
          : JSON.stringify(line),
      )
      .join("; ");
  }
  if (typeof value !== "string") {
    if (typeof value === "boolean") return value ? "ja" : "nee";
    return typeof value === "number" ? String(value) : JSON.stringify(value);
  }
  switch (field) {
    case "kind":
      return CONTRACT_KIND_LABELS[value as ContractKind] ?? value;
    case "status":
      return (
        CONTRACT_STATUS_LABELS[value as ContractStatus] ??
        PLAN_STATUS_LABELS[value as PlanStatus] ??
        REALISATION_STATUS_LABELS[value as RealisationStatus] ??
        value
      );
    case "contractStatus":
      return CONTRACT_STATUS_LABELS[value as ContractStatus] ?? value;
    case "reportFrequency":
      return REPORT_FREQUENCY_LABELS[value as ReportFrequency] ?? value;
    case "total":
      return money(value);
    case "obligationKind":
      return OBLIGATION_KINDS[value] ?? value;
    case "assessment":
    case "outcome":
      return ASSESSMENT_OUTCOME_LABELS[value as AssessmentOutcome] ?? value;
    case "sanctionAmount":
    case "obligation":
    case "accepted":
      return money(value);
    case "role":
      return ROLE_LABELS[value as Role] ?? value;
    case "valueExclVat":
    case "obligationAmount":
    case "amountExclVat":
    case "value":
      return money(value);
    case "labourShare":
      return isDecimalString(value) ? formatShare(value) : value;
    case "consultantId":
      return options.consultantNames?.get(value) ?? "een andere accountmanager";
    case "source":
      return value === "demo" ? "demogegevens" : value;
  }
  if (value in ORGANISATION_KIND_LABELS) return ORGANISATION_KIND_LABELS[value as OrganisationKind];
  if (ISO_DATE.test(value)) return formatDate(value);
  if (ISO_MOMENT.test(value)) return formatDateTime(value);
  return value;
}

const money = (value: string) => (isDecimalString(value) ? formatEuro(value) : value);
