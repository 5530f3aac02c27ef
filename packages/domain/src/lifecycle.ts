// The contract lifecycle and its deadlines (docs/domain.md): AWARDED → PLANNING →
// IN_EXECUTION → ASSESSMENT → CLOSED, with the contact-the-WSP deadline after award.
import { addDays, compareIsoDates } from "./dates.js";

export const CONTRACT_STATUSES = [
  "AWARDED",
  "PLANNING",
  "IN_EXECUTION",
  "ASSESSMENT",
  "CLOSED",
] as const;
export type ContractStatus = (typeof CONTRACT_STATUSES)[number];

export const CONTRACT_STATUS_LABELS: Record<ContractStatus, string> = {
  AWARDED: "Gegund",
  PLANNING: "Plan van aanpak",
  IN_EXECUTION: "In uitvoering",
  ASSESSMENT: "Eindbeoordeling",
  CLOSED: "Afgesloten",
};

/** One step forward, or one step back to correct a mistake; never a jump. */
const NEXT: Record<ContractStatus, ContractStatus | null> = {
  AWARDED: "PLANNING",
  PLANNING: "IN_EXECUTION",
  IN_EXECUTION: "ASSESSMENT",
  ASSESSMENT: "CLOSED",
  CLOSED: null,
};

export function allowedTransitions(from: ContractStatus): ContractStatus[] {
  const forward = NEXT[from];
  const back = CONTRACT_STATUSES.find((status) => NEXT[status] === from);
  return [forward, back].filter((status): status is ContractStatus => status != null);
}

export function canTransition(from: ContractStatus, to: ContractStatus): boolean {
  return allowedTransitions(from).includes(to);
}

/** The obligation is fixed with the rules in force on the publication date, else the award date. */
export function obligationReferenceDate(contract: {
  publicationDate: string | null;
  awardDate: string;
}): string {
  return contract.publicationDate ?? contract.awardDate;
}

export function contactDueDate(awardDate: string, deadlineDays: number): string {
  return addDays(awardDate, deadlineDays);
}

export type DeadlineState = "DUE" | "MET" | "OVERDUE";

export const DEADLINE_STATE_LABELS: Record<DeadlineState, string> = {
  DUE: "Openstaand",
  MET: "Op tijd",
  OVERDUE: "Te laat",
};

/**
 * A deadline is MET when done on or before the due date, OVERDUE when the due date passed
 * without it (or it was done late), DUE otherwise. Dates are calendar dates in Europe/Amsterdam.
 */
export function deadlineState(
  dueDate: string,
  doneOn: string | null,
  today: string,
): DeadlineState {
  if (doneOn !== null) return compareIsoDates(doneOn, dueDate) <= 0 ? "MET" : "OVERDUE";
  return compareIsoDates(today, dueDate) > 0 ? "OVERDUE" : "DUE";
}

/**
 * Whether a contract's deadlines (contact, reports) still ask anything of anyone: not once it is
 * closed, so a closed contract shows no "Op tijd" or "Te laat" for a deadline long past.
 */
export function hasRunningDeadlines(status: ContractStatus): boolean {
  return status !== "CLOSED";
}

/** The calendar date in the Netherlands at a moment, as yyyy-mm-dd. */
export function dutchDate(moment: Date): string {
  // en-CA formats as yyyy-mm-dd; the time zone makes late-evening UTC count as the next day.
  return new Intl.DateTimeFormat("en-CA", {
    timeZone: "Europe/Amsterdam",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(moment);
}

/**
 * When a contract's eindbeoordeling may be recorded: after its end date, or earlier once it is in
 * the ASSESSMENT phase. Who may record it, and whether it was already, the API adds.
 */
export function isAssessable(
  contract: { status: ContractStatus; endDate: string | null },
  today: string,
): boolean {
  return (
    contract.status === "ASSESSMENT" ||
    (contract.endDate !== null && compareIsoDates(contract.endDate, today) < 0)
  );
}

/**
 * Whether a contract waits for its eindbeoordeling (a staff work queue): assessable, not closed,
 * and not assessed yet, or its recovery period has passed without a new outcome.
 */
export function isDueForAssessment(
  contract: {
    status: ContractStatus;
    endDate: string | null;
    assessment: { outcome: string; recoveryUntil: string | null } | null;
  },
  today: string,
): boolean {
  if (contract.status === "CLOSED" || !isAssessable(contract, today)) return false;
  const { assessment } = contract;
  if (!assessment) return true;
  return (
    assessment.outcome === "RECOVERY_PERIOD" &&
    assessment.recoveryUntil !== null &&
    compareIsoDates(assessment.recoveryUntil, today) < 0
  );
}
