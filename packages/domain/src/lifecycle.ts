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

/** What the lifecycle needs to know of a contract to say which step it may take. */
export interface LifecycleFacts {
  status: ContractStatus;
  intakeConfirmed: boolean;
  /** one of its plan versions was approved */
  planApproved: boolean;
  awardDate: string;
  startDate: string | null;
  /** an eindbeoordeling with a final outcome (not a running recovery period) was recorded */
  assessed: boolean;
}

/** The day the work starts: its start date, else its award date. */
function startedOn(contract: Pick<LifecycleFacts, "awardDate" | "startDate">): string {
  return contract.startDate ?? contract.awardDate;
}

/**
 * Why the contract may not go to that status now, in Dutch; null when it may. A step back, to
 * correct a mistake, is always allowed; a step forward only once what that phase needs is there:
 * execution needs a confirmed intake and an approved plan, the eindbeoordeling a started contract,
 * closing a recorded eindbeoordeling.
 */
export function transitionRefusal(
  contract: LifecycleFacts,
  to: ContractStatus,
  today: string,
): string | null {
  const from = contract.status;
  if (NEXT[to] === from) return null;
  if (NEXT[from] !== to) {
    return `Een opdracht gaat niet van "${CONTRACT_STATUS_LABELS[from]}" naar "${CONTRACT_STATUS_LABELS[to]}".`;
  }
  switch (to) {
    case "IN_EXECUTION":
      if (!contract.intakeConfirmed) {
        return "De opdracht gaat in uitvoering zodra de intake is bevestigd en het plan van aanpak is goedgekeurd; de intake is nog niet bevestigd.";
      }
      if (!contract.planApproved) {
        return "De opdracht gaat in uitvoering zodra het plan van aanpak is goedgekeurd.";
      }
      return null;
    case "ASSESSMENT":
      return compareIsoDates(startedOn(contract), today) > 0
        ? "De opdracht is nog niet begonnen; de eindbeoordeling komt na de start."
        : null;
    case "CLOSED":
      return contract.assessed
        ? null
        : "De opdracht sluit met de eindbeoordeling; die is nog niet vastgelegd.";
    default:
      return null;
  }
}

/** The statuses the contract may go to now, forward first. */
export function allowedTransitions(contract: LifecycleFacts, today: string): ContractStatus[] {
  const forward = NEXT[contract.status];
  const back = CONTRACT_STATUSES.find((status) => NEXT[status] === contract.status);
  return [forward, back].filter(
    (status): status is ContractStatus =>
      status != null && transitionRefusal(contract, status, today) === null,
  );
}

/** Why the next step forward is not open yet; null when it is, or when there is none. */
export function nextStepRefusal(contract: LifecycleFacts, today: string): string | null {
  const forward = NEXT[contract.status];
  return forward ? transitionRefusal(contract, forward, today) : null;
}

/**
 * Where a contract goes by itself when its intake is confirmed or its plan approved: into
 * execution once both are there, else out of AWARDED into PLANNING; never backwards.
 */
export function statusAfterAgreement(contract: LifecycleFacts): ContractStatus {
  if (contract.status !== "AWARDED" && contract.status !== "PLANNING") return contract.status;
  return contract.intakeConfirmed && contract.planApproved ? "IN_EXECUTION" : "PLANNING";
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
