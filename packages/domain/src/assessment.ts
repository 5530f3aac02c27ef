// The eindbeoordeling's outcomes in Dutch: the API says them in its refusals and letters, both
// apps show them, so they are written once here.
import { formatDate, formatEuro } from "./format.js";

export type AssessmentOutcome = "FULFILLED" | "RECOVERY_PERIOD" | "SANCTIONED" | "WAIVED";

export const ASSESSMENT_OUTCOME_LABELS: Record<AssessmentOutcome, string> = {
  FULFILLED: "Nagekomen",
  RECOVERY_PERIOD: "Herstelperiode",
  SANCTIONED: "Sanctie",
  WAIVED: "Kwijtgescholden",
};

export interface AssessmentOutcomeFacts {
  outcome: AssessmentOutcome;
  /** ISO date */
  recoveryUntil: string | null;
  /** euro amount as the API gives it, e.g. "1250.00" */
  sanctionAmount: string | null;
}

/** "Nagekomen", "Herstelperiode tot 1 maart 2027", "Sanctie van € 1.250", "Kwijtgescholden". */
export function describeAssessmentOutcome(assessment: AssessmentOutcomeFacts): string {
  switch (assessment.outcome) {
    case "RECOVERY_PERIOD":
      return assessment.recoveryUntil
        ? `Herstelperiode tot ${formatDate(assessment.recoveryUntil)}`
        : "Herstelperiode";
    case "SANCTIONED":
      return assessment.sanctionAmount
        ? `Sanctie van ${formatEuro(assessment.sanctionAmount)}`
        : "Sanctie";
    default:
      return ASSESSMENT_OUTCOME_LABELS[assessment.outcome];
  }
}
