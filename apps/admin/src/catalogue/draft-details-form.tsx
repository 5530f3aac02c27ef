// The facts of a draft version: its name, full-time week and where its values come from.
import { type DutchNumberField, readDutchNumber, toDutchInput } from "@sroi/domain";
import { Button, ButtonGroup, FormField, Textarea, TextInput } from "@sroi/ui";
import { type FormEvent, useState } from "react";
import { errorFor, FormErrors } from "../forms/form-feedback";
import type { FieldIssue, MutationOutcome } from "../forms/outcome";
import { DRAFT_FIELD_IDS } from "./problems";

/** The full-time week of a catalogue, as both the details form and the import read it. */
export const BASIS_HOURS: DutchNumberField = {
  kind: "hours",
  label: "het aantal uren van een voltijdbaan",
  example: "36",
};

export interface DraftDetails {
  name: string;
  basisHours: string;
  source: string | null;
  countingNote: string | null;
  conceptNote: string | null;
}

export function DraftDetailsForm({
  initial,
  onSubmit,
}: {
  initial: DraftDetails;
  onSubmit: (details: DraftDetails) => Promise<MutationOutcome<unknown>>;
}) {
  const [values, setValues] = useState({
    name: initial.name,
    basisHours: toDutchInput(initial.basisHours, "hours"),
    source: initial.source ?? "",
    countingNote: initial.countingNote ?? "",
    conceptNote: initial.conceptNote ?? "",
  });
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [submitting, setSubmitting] = useState(false);
  const error = (field: string) => errorFor(issues, field);
  const set = (name: keyof typeof values) => (event: { currentTarget: { value: string } }) => {
    const value = event.currentTarget.value;
    setSaved(false);
    setValues((current) => ({ ...current, [name]: value }));
  };

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (submitting) return;
    setFailure(null);
    setSaved(false);
    const local: FieldIssue[] = [];
    const basisHours = readDutchNumber(values.basisHours, BASIS_HOURS);
    if (!values.name.trim()) local.push({ field: "name", message: "Vul een naam in." });
    if (!basisHours.ok) local.push({ field: "basisHours", message: basisHours.message });
    if (local.length > 0 || !basisHours.ok) {
      setIssues(local);
      return;
    }
    setSubmitting(true);
    const outcome = await onSubmit({
      name: values.name.trim(),
      basisHours: basisHours.value,
      source: values.source.trim() || null,
      countingNote: values.countingNote.trim() || null,
      conceptNote: values.conceptNote.trim() || null,
    });
    setSubmitting(false);
    if (outcome.kind === "ok") {
      setIssues([]);
      setSaved(true);
    } else if (outcome.kind === "invalid" && outcome.issues.length > 0) setIssues(outcome.issues);
    else {
      setIssues([]);
      setFailure(outcome.message);
    }
  }

  return (
    <form onSubmit={submit} noValidate aria-label="Gegevens van de versie">
      <FormErrors
        issues={issues}
        fieldIds={DRAFT_FIELD_IDS}
        fallbackId={DRAFT_FIELD_IDS.name ?? "versie-naam"}
        failure={failure}
      />
      <FormField id="versie-naam" label="Naam" error={error("name")}>
        <TextInput id="versie-naam" value={values.name} onChange={set("name")} autoComplete="off" />
      </FormField>
      <FormField
        id="versie-voltijd"
        label="Voltijdbaan (uur per week)"
        description="Een fte-jaar telt naar rato van dit aantal uren; meestal 36, soms 40."
        error={error("basisHours")}
      >
        <TextInput
          id="versie-voltijd"
          width="xs"
          inputMode="decimal"
          value={values.basisHours}
          onChange={set("basisHours")}
          autoComplete="off"
        />
      </FormField>
      <FormField
        id="versie-bron"
        label="Bron (niet verplicht)"
        description="Waar de waarden zijn vastgesteld of gepubliceerd, bijvoorbeeld een webadres."
        error={error("source")}
      >
        <TextInput
          id="versie-bron"
          value={values.source}
          onChange={set("source")}
          autoComplete="off"
        />
      </FormField>
      <FormField
        id="versie-telregel"
        label="Hoe lang telt iemand mee (niet verplicht)"
        description="De telregels zoals de bron ze beschrijft, voor opdrachtnemers."
        error={error("countingNote")}
      >
        <Textarea
          id="versie-telregel"
          rows={3}
          value={values.countingNote}
          onChange={set("countingNote")}
        />
      </FormField>
      <FormField
        id="versie-concept"
        label="Conceptmelding (niet verplicht)"
        description="Staat overal bij deze versie, bijvoorbeeld dat de waarden nog bevestigd moeten worden. Leeg: geen melding."
        error={error("conceptNote")}
      >
        <Textarea
          id="versie-concept"
          rows={3}
          value={values.conceptNote}
          onChange={set("conceptNote")}
        />
      </FormField>
      <ButtonGroup>
        <Button type="submit" appearance="secondary-action" disabled={submitting}>
          {submitting ? "Bezig met opslaan…" : "Gegevens opslaan"}
        </Button>
        <span role="status">{saved ? "De gegevens zijn opgeslagen." : ""}</span>
      </ButtonGroup>
    </form>
  );
}
