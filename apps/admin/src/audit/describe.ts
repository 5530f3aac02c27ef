// The audit trail in words: which action, and each changed field's value before and after, the
// way the rest of the app shows them. Events store plain JSON (services/audit.ts in the API).
import {
  ASSESSMENT_OUTCOME_LABELS,
  type AssessmentOutcome,
  AUDIT_ACTION_GROUPS,
  AUDIT_ACTION_LABELS,
  AUDIT_ACTIONS,
  AUDIT_ENTITY_LABELS,
  AUDIT_FIELD_LABELS,
  type CatalogueStatus,
  CONTRACT_KIND_LABELS,
  CONTRACT_STATUS_LABELS,
  type ContractKind,
  type ContractStatus,
  formatDate,
  formatEuro,
  formatNumber,
  formatShare,
  isAuditAction,
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
  STATUS_LABELS,
} from "@sroi/domain";
import { formatDateTime, REALISATION_STATUS_LABELS } from "@sroi/ui";
import { displayFieldValue } from "../catalogue/field-values";

/** "Status gewijzigd"; an event of an action this version no longer records says so in Dutch. */
export function describeAction(action: string): string {
  return isAuditAction(action) ? AUDIT_ACTION_LABELS[action] : "Andere gebeurtenis";
}

/** What an event is about when it concerns no single contract: "Bouwblokkenmodel". */
export function describeEntity(entityType: string): string {
  return AUDIT_ENTITY_LABELS[entityType] ?? "Overig";
}

/** The action filter's choices on the audit page: per group, the whole group and each action. */
export const ACTION_FILTERS: { group: string; options: { value: string; label: string }[] }[] =
  Object.entries(AUDIT_ACTION_GROUPS).map(([prefix, group]) => ({
    group: group.name,
    options: [
      { value: prefix, label: group.all },
      ...AUDIT_ACTIONS.filter((action) => action.startsWith(prefix)).map((action) => ({
        value: action,
        label: AUDIT_ACTION_LABELS[action],
      })),
    ],
  }));

/** The label of a field no version of the API records today, rather than its English key. */
const OTHER_FIELD = "Ander gegeven";

// The order a reader expects: what the subject is, then money, then dates, then the rest.
const FIELD_ORDER = Object.keys(AUDIT_FIELD_LABELS);

const OBLIGATION_KINDS: Record<string, string> = {
  PERCENTAGE: "percentage van de opdrachtwaarde",
  ACTIVITY: "1 maatschappelijke activiteit",
  NONE: "geen",
};

const BELOW_THRESHOLD: Record<string, string> = {
  ACTIVITY: "één maatschappelijke activiteit",
  NONE: "geen verplichting",
};

const FILE_TYPES: Record<string, string> = {
  "application/pdf": "PDF",
  "image/png": "PNG",
  "image/jpeg": "JPEG",
};

// What an empty value means for some fields, rather than "leeg"
const EMPTY_AS: Record<string, string> = {
  consultantId: "niet toegewezen",
  contactRequestedAt: "nog niet",
  intakeConfirmedAt: "nog niet",
  assessment: "geen",
  bonusCodes: "geen",
  psoDiscounts: "geen",
  cap: "geen maximum",
  copiedFrom: "niets (leeg begonnen)",
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
        label: AUDIT_FIELD_LABELS[field] ?? OTHER_FIELD,
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
  if (isEmpty(value)) return EMPTY_AS[field] ?? "leeg";
  switch (field) {
    case "obligationLines":
      // A breakdown as the domain computes it: label and amount per line
      return listOf(value, (line) =>
        typeof line.label === "string" ? `${line.label}: ${money(String(line.amount))}` : null,
      );
    case "lines":
      // A plan's lines as services/plans.ts records them: block, people and projected value
      return listOf(value, (line) =>
        typeof line.blockCode === "string"
          ? `${line.blockCode}${Number(line.people) > 1 ? ` × ${String(line.people)}` : ""}: ${money(String(line.value))}`
          : null,
      );
    case "realisations":
      // Imported realisations as services/realisations.ts snapshots them
      return listOf(
        value,
        (row) =>
          `${typeof row.blockCode === "string" ? row.blockCode : "Maatwerk"}: ${money(String(row.value))}`,
      );
    case "psoDiscounts":
      return value !== null && typeof value === "object" && !Array.isArray(value)
        ? Object.entries(value)
            .map(([level, discount]) => `trede ${level}: ${share(String(discount))} korting`)
            .join("; ") || "geen"
        : plainText(value);
    case "appliesTo":
      return Array.isArray(value) ? displayFieldValue(field, value.join(", ")) : plainText(value);
    case "bonusCodes":
      return Array.isArray(value) ? value.map(plainText).join(", ") || "geen" : plainText(value);
    case "maxMonths":
    case "minHoursPerWeek":
    case "basisHours":
    case "category":
      return displayFieldValue(field, plainText(value));
    case "contactDeadlineDays":
      return `${plainText(value)} ${value === 1 ? "dag" : "dagen"} na gunning`;
    case "size":
      return typeof value === "number" ? fileSize(value) : plainText(value);
  }
  if (typeof value !== "string") return plainText(value);
  switch (field) {
    case "kind":
      return (
        CONTRACT_KIND_LABELS[value as ContractKind] ??
        ORGANISATION_KIND_LABELS[value as OrganisationKind] ??
        displayFieldValue(field, value)
      );
    case "status":
      return (
        CONTRACT_STATUS_LABELS[value as ContractStatus] ??
        PLAN_STATUS_LABELS[value as PlanStatus] ??
        REALISATION_STATUS_LABELS[value as RealisationStatus] ??
        STATUS_LABELS[value as CatalogueStatus] ??
        value
      );
    case "contractStatus":
      return CONTRACT_STATUS_LABELS[value as ContractStatus] ?? value;
    case "reportFrequency":
      return REPORT_FREQUENCY_LABELS[value as ReportFrequency] ?? value;
    case "obligationKind":
      return OBLIGATION_KINDS[value] ?? value;
    case "belowThreshold":
      return BELOW_THRESHOLD[value] ?? value;
    case "assessment":
    case "outcome":
      return ASSESSMENT_OUTCOME_LABELS[value as AssessmentOutcome] ?? value;
    case "role":
      return ROLE_LABELS[value as Role] ?? value;
    case "total":
    case "sanctionAmount":
    case "obligation":
    case "accepted":
    case "valueExclVat":
    case "obligationAmount":
    case "amountExclVat":
    case "value":
    case "amount":
    case "cap":
    case "thresholdWorks":
    case "thresholdServices":
    case "thresholdSupplies":
    case "thresholdSubsidy":
      return money(value);
    case "labourShare":
    case "share":
    case "percentage":
    case "suppliesMinLabourShare":
    case "suppliesReducedPercentage":
      return share(value);
    case "hoursPerWeek":
    case "hours":
    case "days":
      return isDecimalString(value) ? formatNumber(value) : value;
    case "mimeType":
      return FILE_TYPES[value] ?? value;
    case "consultantId":
      return options.consultantNames?.get(value) ?? "een andere accountmanager";
    case "source":
      return value === "demo" ? "demogegevens" : value;
  }
  if (ISO_DATE.test(value)) return formatDate(value);
  if (ISO_MOMENT.test(value)) return formatDateTime(value);
  return value;
}

function isEmpty(value: unknown): boolean {
  return value === null || value === undefined || value === "";
}

/**
 * A value without a format of its own, in words: never as JSON, so a reader sees no braces,
 * quotes or keys; a list or an object shows its values only.
 */
function plainText(value: unknown): string {
  if (isEmpty(value)) return "leeg";
  if (typeof value === "boolean") return value ? "ja" : "nee";
  if (typeof value === "number") return formatNumber(String(value));
  if (typeof value === "string") return value;
  if (Array.isArray(value)) return value.map(plainText).join(", ");
  if (value !== null && typeof value === "object")
    return Object.values(value).map(plainText).join(", ");
  return String(value);
}

/** The items of a recorded list, each in words by `item`, or plainly when it has another shape. */
function listOf(value: unknown, item: (entry: Record<string, unknown>) => string | null): string {
  if (!Array.isArray(value)) return plainText(value);
  return value
    .map((entry) =>
      entry !== null && typeof entry === "object" && !Array.isArray(entry)
        ? (item(entry as Record<string, unknown>) ?? plainText(entry))
        : plainText(entry),
    )
    .join("; ");
}

function fileSize(bytes: number): string {
  if (bytes < 1024) return `${formatNumber(String(bytes))} bytes`;
  const kilobytes = Math.round((bytes / 1024) * 10) / 10;
  if (kilobytes < 1024) return `${formatNumber(String(kilobytes))} kB`;
  return `${formatNumber(String(Math.round((kilobytes / 1024) * 10) / 10))} MB`;
}

const money = (value: string) => (isDecimalString(value) ? formatEuro(value) : value);
const share = (value: string) => (isDecimalString(value) ? formatShare(value) : value);
