// The eindbeoordeling form's values as typed, and what is sent. The API decides (a sanction other
// than the unrealised part needs a reason, a waiver always does); the form says so before
// sending, in the API's words, so nobody has to wait for a round trip to learn it.
import {
  type AssessmentOutcome,
  type DutchNumberField,
  decimal,
  formatEuro,
  readDutchNumber,
  toDutchInput,
} from "@sroi/domain";

export interface AssessmentFormValues {
  outcome: AssessmentOutcome | "";
  recoveryUntil: string;
  /** as typed, e.g. "250924,16" */
  sanctionAmount: string;
  reason: string;
}

export interface AssessmentInput {
  outcome: AssessmentOutcome;
  recoveryUntil: string | null;
  sanctionAmount: string | null;
  reason: string | null;
}

export interface FieldIssue {
  field: string;
  message: string;
}

/** The id of each field's control, by the API's name for it; in page order. */
export const ASSESSMENT_FIELD_IDS: Record<string, string> = {
  outcome: "uitkomst-FULFILLED",
  recoveryUntil: "herstel-tot",
  sanctionAmount: "sanctiebedrag",
  reason: "toelichting",
};

const SANCTION: DutchNumberField = {
  kind: "money",
  label: "het bedrag van de sanctie",
  example: "1.250,00",
};

/** A new form: no outcome chosen yet; the sanction starts at the unrealised part. */
export function initialAssessmentValues(gap: string): AssessmentFormValues {
  return { outcome: "", recoveryUntil: "", sanctionAmount: toDutchInput(gap, "money"), reason: "" };
}

/** Whether the typed sanction differs from the gap (then a reason is required). */
export function sanctionDiffers(values: AssessmentFormValues, gap: string): boolean {
  const amount = readDutchNumber(values.sanctionAmount, SANCTION);
  return amount.ok && !decimal(amount.value).eq(decimal(gap));
}

/** Whether the toelichting is required for what is chosen now. */
export function reasonRequired(values: AssessmentFormValues, gap: string): boolean {
  return (
    values.outcome === "WAIVED" || (values.outcome === "SANCTIONED" && sanctionDiffers(values, gap))
  );
}

/** The mutation's arguments, or the problems to fix first. */
export function toAssessmentInput(
  values: AssessmentFormValues,
  gap: string,
): { ok: true; input: AssessmentInput } | { ok: false; issues: FieldIssue[] } {
  const issues: FieldIssue[] = [];
  const reason = values.reason.trim();
  const { outcome } = values;
  if (outcome === "") {
    return {
      ok: false,
      issues: [{ field: "outcome", message: "Kies de uitkomst van de eindbeoordeling." }],
    };
  }
  let sanctionAmount: string | null = null;
  if (outcome === "RECOVERY_PERIOD" && values.recoveryUntil === "") {
    issues.push({
      field: "recoveryUntil",
      message: "Kies de datum tot wanneer de herstelperiode loopt; die ligt na vandaag.",
    });
  }
  if (outcome === "SANCTIONED") {
    const amount = readDutchNumber(values.sanctionAmount, SANCTION);
    sanctionAmount = amount.ok ? amount.value : null;
    if (!amount.ok) {
      issues.push({ field: "sanctionAmount", message: amount.message });
    } else if (!reason && sanctionDiffers(values, gap)) {
      issues.push({
        field: "reason",
        message: `De sanctie wijkt af van het niet-gerealiseerde deel (${formatEuro(gap)}): leg uit waarom.`,
      });
    }
  }
  if (outcome === "WAIVED" && !reason) {
    issues.push({
      field: "reason",
      message: "Leg uit waarom de verplichting wordt kwijtgescholden.",
    });
  }
  if (issues.length > 0) return { ok: false, issues };
  return {
    ok: true,
    input: {
      outcome,
      recoveryUntil: outcome === "RECOVERY_PERIOD" ? values.recoveryUntil : null,
      sanctionAmount,
      reason: reason || null,
    },
  };
}
