// The eindbeoordeling form: the outcome as a choice with what each one means, and the fields that
// outcome needs. What was typed stays when the server refuses or someone else changed the contract.
import "./assessment.css";
import {
  ASSESSMENT_OUTCOME_LABELS,
  type AssessmentOutcome,
  formatEuro,
  type ObligationKind,
} from "@sroi/domain";
import {
  ButtonGroup,
  classNames,
  ErrorSummary,
  Fieldset,
  FormField,
  fieldErrorId,
  Link,
  Paragraph,
  Textarea,
  TextInput,
} from "@sroi/ui";
import { type FormEvent, type ReactNode, useEffect, useRef, useState } from "react";
import { ConfirmPanel } from "../forms/confirm-action";
import {
  ASSESSMENT_FIELD_IDS,
  type AssessmentFormValues,
  type AssessmentInput,
  type FieldIssue,
  initialAssessmentValues,
  reasonRequired,
  toAssessmentInput,
} from "./assessment-values";

export type AssessmentSubmitOutcome =
  | { kind: "saved" }
  | { kind: "invalid"; issues: FieldIssue[] }
  | { kind: "refused"; message: string };

const OUTCOMES: AssessmentOutcome[] = ["FULFILLED", "RECOVERY_PERIOD", "SANCTIONED", "WAIVED"];

function outcomeHint(outcome: AssessmentOutcome, obligationKind: ObligationKind): string {
  switch (outcome) {
    case "FULFILLED":
      return obligationKind === "ACTIVITY"
        ? "Er is een maatschappelijke activiteit geaccepteerd: daarmee is de verplichting vervuld."
        : "Wat is geaccepteerd, dekt de hele verplichting.";
    case "RECOVERY_PERIOD":
      return "De opdrachtnemer krijgt tot een datum de tijd om het tekort alsnog in te vullen. Daarna beoordeelt u opnieuw.";
    case "SANCTIONED":
      return "De opdrachtnemer betaalt een bedrag: standaard het niet-gerealiseerde deel van de verplichting.";
    case "WAIVED":
      return "De verplichting vervalt zonder sanctie, bijvoorbeeld omdat de opdracht eerder stopte. Leg uit waarom.";
  }
}

export interface AssessmentFormProps {
  obligationKind: ObligationKind;
  /** The unrealised part of the obligation: the default sanction */
  gap: string;
  cancelTo: string;
  onSubmit: (input: AssessmentInput) => Promise<AssessmentSubmitOutcome>;
  /** A refusal or conflict message, or a notice, above the form */
  notice?: ReactNode;
}

export function AssessmentForm({
  obligationKind,
  gap,
  cancelTo,
  onSubmit,
  notice,
}: AssessmentFormProps) {
  const [values, setValues] = useState<AssessmentFormValues>(() => initialAssessmentValues(gap));
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [submitting, setSubmitting] = useState(false);
  const error = (field: string) => issues.find((issue) => issue.field === field)?.message;
  const set =
    (field: "recoveryUntil" | "sanctionAmount" | "reason") =>
    (event: { currentTarget: { value: string } }) => {
      const value = event.currentTarget.value;
      setValues((current) => ({ ...current, [field]: value }));
    };

  // A sanction is a bill to the contractor: it is asked once more before it is saved.
  const [confirming, setConfirming] = useState<AssessmentInput | null>(null);
  const saveButton = useRef<HTMLButtonElement>(null);
  const backToSave = useRef(false);
  useEffect(() => {
    if (!confirming && backToSave.current) {
      backToSave.current = false;
      saveButton.current?.focus();
    }
  }, [confirming]);

  async function send(input: AssessmentInput) {
    setSubmitting(true);
    const outcome = await onSubmit(input);
    setSubmitting(false);
    if (outcome.kind === "invalid") setIssues(outcome.issues);
    return outcome;
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (submitting || confirming) return;
    const checked = toAssessmentInput(values, gap);
    if (!checked.ok) {
      setIssues(checked.issues);
      return;
    }
    setIssues([]);
    if (checked.input.outcome === "SANCTIONED") setConfirming(checked.input);
    else await send(checked.input);
  }

  const order = Object.keys(ASSESSMENT_FIELD_IDS);
  const summary = [...issues]
    .sort((a, b) => order.indexOf(a.field) - order.indexOf(b.field))
    .map((issue) => ({
      fieldId: ASSESSMENT_FIELD_IDS[issue.field] ?? "uitkomst-FULFILLED",
      message: issue.message,
    }));
  const outcomeError = error("outcome");
  const needsReason = reasonRequired(values, gap);

  return (
    <form onSubmit={submit} noValidate aria-label="Eindbeoordeling vastleggen">
      {summary.length > 0 ? <ErrorSummary items={summary} /> : null}
      {notice}
      <Fieldset legend="Uitkomst">
        <div
          className={classNames(
            "sroi-outcome-choices",
            outcomeError && "utrecht-form-field--invalid",
          )}
        >
          {outcomeError ? (
            <p
              className="utrecht-form-field-error-message sroi-field-error"
              id={fieldErrorId("uitkomst")}
            >
              {outcomeError}
            </p>
          ) : null}
          {OUTCOMES.map((outcome) => (
            <OutcomeChoice
              key={outcome}
              outcome={outcome}
              hint={outcomeHint(outcome, obligationKind)}
              checked={values.outcome === outcome}
              invalid={Boolean(outcomeError)}
              onChange={() => setValues((current) => ({ ...current, outcome }))}
            />
          ))}
        </div>
      </Fieldset>

      {values.outcome === "RECOVERY_PERIOD" ? (
        <FormField
          id="herstel-tot"
          label="Herstelperiode tot en met"
          description="Een datum na vandaag. Daarna legt u de uitkomst opnieuw vast."
          error={error("recoveryUntil")}
        >
          <TextInput
            id="herstel-tot"
            type="date"
            width="sm"
            value={values.recoveryUntil}
            onChange={set("recoveryUntil")}
          />
        </FormField>
      ) : null}

      {values.outcome === "SANCTIONED" ? (
        <FormField
          id="sanctiebedrag"
          label="Bedrag van de sanctie (euro)"
          description={`Standaard het niet-gerealiseerde deel: ${formatEuro(gap)}. Kiest u een ander bedrag, leg dan in de toelichting uit waarom.`}
          error={error("sanctionAmount")}
        >
          <TextInput
            id="sanctiebedrag"
            width="sm"
            inputMode="decimal"
            autoComplete="off"
            value={values.sanctionAmount}
            onChange={set("sanctionAmount")}
          />
        </FormField>
      ) : null}

      <FormField
        id="toelichting"
        label={needsReason ? "Toelichting" : "Toelichting (niet verplicht)"}
        description="Komt in de beoordelingsbrief aan de opdrachtnemer. Verplicht bij kwijtschelding en bij een sanctie die afwijkt van het niet-gerealiseerde deel."
        error={error("reason")}
      >
        <Textarea id="toelichting" value={values.reason} onChange={set("reason")} />
      </FormField>

      <Paragraph>
        De uitkomst komt in de audittrail. Behalve bij een herstelperiode sluit de opdracht daarna
        af.
      </Paragraph>
      {confirming ? (
        <ConfirmPanel
          question={`Sanctie van ${formatEuro(confirming.sanctionAmount ?? gap)} opleggen?`}
          confirmLabel="Ja, sanctie opleggen"
          onConfirm={async () => {
            const outcome = await send(confirming);
            // A refusal or an invalid field shows on the form (the page's notice, the summary).
            if (outcome.kind !== "saved") setConfirming(null);
            return null;
          }}
          onCancel={() => {
            backToSave.current = true;
            setConfirming(null);
          }}
        >
          <Paragraph>
            De opdrachtnemer krijgt een beoordelingsbrief met dit bedrag en de opdracht sluit af. U
            kunt dit daarna niet meer wijzigen.
          </Paragraph>
        </ConfirmPanel>
      ) : (
        <ButtonGroup>
          {/* A plain button: the shared Button takes no ref, and focus comes back here */}
          <button
            ref={saveButton}
            type="submit"
            className="utrecht-button utrecht-button--primary-action utrecht-button--submit"
            disabled={submitting}
          >
            Eindbeoordeling opslaan
          </button>
          <Link to={cancelTo}>Annuleren</Link>
        </ButtonGroup>
      )}
    </form>
  );
}

function OutcomeChoice({
  outcome,
  hint,
  checked,
  invalid,
  onChange,
}: {
  outcome: AssessmentOutcome;
  hint: string;
  checked: boolean;
  invalid: boolean;
  onChange: () => void;
}) {
  const id = `uitkomst-${outcome}`;
  const hintId = `${id}-uitleg`;
  return (
    <div className="sroi-outcome-choice">
      <input
        id={id}
        type="radio"
        name="uitkomst"
        className="sroi-outcome-choice__radio"
        checked={checked}
        onChange={onChange}
        aria-describedby={invalid ? `${fieldErrorId("uitkomst")} ${hintId}` : hintId}
      />
      <div className="sroi-outcome-choice__text">
        <label className="utrecht-form-label sroi-outcome-choice__label" htmlFor={id}>
          {ASSESSMENT_OUTCOME_LABELS[outcome]}
        </label>
        <div className="sroi-outcome-choice__hint" id={hintId}>
          {hint}
        </div>
      </div>
    </div>
  );
}
