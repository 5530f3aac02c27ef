// The form for one toeslag: its amount, the blocks it may be added to (whole categories or single
// blocks) and whether it counts once or pro rata with its block's hours and days.
import {
  BLOCK_CATEGORIES,
  CATEGORY_LABELS,
  type DutchNumberField,
  formatEuro,
  readDutchNumber,
  toDutchInput,
} from "@sroi/domain";
import {
  Button,
  ButtonGroup,
  CheckboxField,
  Fieldset,
  FormField,
  Link,
  Paragraph,
  TextInput,
} from "@sroi/ui";
import { type FormEvent, useState } from "react";
import { errorFor, FormErrors } from "../forms/form-feedback";
import type { FieldIssue, MutationOutcome } from "../forms/outcome";
import { RadioField } from "../forms/radio-field";

export const BONUS_FIELD_IDS: Record<string, string> = {
  code: "toeslag-code",
  name: "toeslag-naam",
  amount: "toeslag-bedrag",
  appliesTo: `toeslag-geldt-voor-${BLOCK_CATEGORIES[0]}`,
  oneOff: "toeslag-naar-rato",
};

export interface BonusFormValues {
  code: string;
  name: string;
  amount: string;
  appliesTo: string[];
  oneOff: boolean;
}

export interface BonusValues {
  code: string;
  name: string;
  amount: string;
  appliesTo: string[];
  oneOff: boolean;
}

export const EMPTY_BONUS: BonusFormValues = {
  code: "",
  name: "",
  amount: "",
  appliesTo: [],
  oneOff: false,
};

export function bonusFormValues(bonus: BonusValues): BonusFormValues {
  return { ...bonus, amount: toDutchInput(bonus.amount, "money") };
}

const AMOUNT: DutchNumberField = { kind: "money", label: "het bedrag", example: "5.000" };

/** The amount for the API, or why it cannot be sent. */
function readAmount(values: BonusFormValues) {
  return readDutchNumber(values.amount, AMOUNT);
}

export function toBonusValues(
  values: BonusFormValues,
): { ok: true; bonus: BonusValues } | { ok: false; issues: FieldIssue[] } {
  const issues: FieldIssue[] = [];
  const code = values.code.trim();
  const name = values.name.trim();
  const amount = readAmount(values);
  if (!code) issues.push({ field: "code", message: "Vul een code in, bijvoorbeeld 50PLUS." });
  if (!name) issues.push({ field: "name", message: "Vul de naam van de toeslag in." });
  if (!amount.ok) issues.push({ field: "amount", message: amount.message });
  if (values.appliesTo.length === 0)
    issues.push({
      field: "appliesTo",
      message: "Kies ten minste één categorie of bouwblok waarvoor de toeslag geldt.",
    });
  if (issues.length > 0 || !amount.ok) return { ok: false, issues };
  return {
    ok: true,
    bonus: { code, name, amount: amount.value, appliesTo: values.appliesTo, oneOff: values.oneOff },
  };
}

export interface BonusFormProps {
  initial: BonusFormValues;
  blocks: { code: string; name: string }[];
  submitLabel: string;
  cancelTo: string;
  onSubmit: (bonus: BonusValues) => Promise<MutationOutcome<unknown>>;
}

export function BonusForm({ initial, blocks, submitLabel, cancelTo, onSubmit }: BonusFormProps) {
  const [values, setValues] = useState(initial);
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const error = (field: string) => errorFor(issues, field);
  const set =
    (name: "code" | "name" | "amount") => (event: { currentTarget: { value: string } }) => {
      const value = event.currentTarget.value;
      setValues((current) => ({ ...current, [name]: value }));
    };
  const toggle = (target: string, checked: boolean) =>
    setValues((current) => ({
      ...current,
      appliesTo: checked
        ? [...current.appliesTo.filter((item) => item !== target), target]
        : current.appliesTo.filter((item) => item !== target),
    }));
  // Codes the bonus names that are no longer blocks of this version stay visible, to untick.
  const known = new Set<string>([...BLOCK_CATEGORIES, ...blocks.map((block) => block.code)]);
  const unknownTargets = values.appliesTo.filter((target) => !known.has(target));

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (submitting) return;
    setFailure(null);
    const checked = toBonusValues(values);
    if (!checked.ok) {
      setIssues(checked.issues);
      return;
    }
    setSubmitting(true);
    const outcome = await onSubmit(checked.bonus);
    setSubmitting(false);
    if (outcome.kind === "invalid" && outcome.issues.length > 0) setIssues(outcome.issues);
    else if (outcome.kind !== "ok") {
      setIssues([]);
      setFailure(outcome.message);
    }
  }

  const appliesToError = error("appliesTo");
  const amount = readAmount(values);
  return (
    <form onSubmit={submit} noValidate aria-label={submitLabel}>
      <FormErrors
        issues={issues}
        fieldIds={BONUS_FIELD_IDS}
        fallbackId={BONUS_FIELD_IDS.code ?? "toeslag-code"}
        failure={failure}
      />
      <Paragraph>Velden zonder “(niet verplicht)” zijn verplicht.</Paragraph>
      <FormField
        id="toeslag-code"
        label="Code"
        description="Kort en uniek binnen dit bouwblokkenmodel, bijvoorbeeld 50PLUS."
        error={error("code")}
      >
        <TextInput
          id="toeslag-code"
          width="sm"
          value={values.code}
          onChange={set("code")}
          autoComplete="off"
          spellCheck={false}
        />
      </FormField>
      <FormField id="toeslag-naam" label="Naam" error={error("name")}>
        <TextInput
          id="toeslag-naam"
          value={values.name}
          onChange={set("name")}
          autoComplete="off"
        />
      </FormField>
      <FormField
        id="toeslag-bedrag"
        label="Bedrag (euro)"
        description="Bij een toeslag naar rato: het bedrag voor een heel jaar voltijd."
        error={error("amount")}
      >
        <TextInput
          id="toeslag-bedrag"
          width="sm"
          inputMode="decimal"
          value={values.amount}
          onChange={set("amount")}
          autoComplete="off"
        />
      </FormField>

      <Fieldset
        legend="Geldt voor"
        description={
          <>
            {appliesToError ? (
              <p
                className="utrecht-form-field-error-message sroi-field-error"
                id="toeslag-geldt-voor-fout"
              >
                {appliesToError}
              </p>
            ) : null}
            <p className="utrecht-paragraph">
              Hele categorieën, of losse bouwblokken. De toeslag mag alleen bij deze bouwblokken
              worden opgeteld.
            </p>
          </>
        }
      >
        <div className="sroi-choice-group">
          <p className="utrecht-paragraph sroi-choice-group__label">Categorieën</p>
          {BLOCK_CATEGORIES.map((category) => (
            <CheckboxField
              key={category}
              id={`toeslag-geldt-voor-${category}`}
              label={CATEGORY_LABELS[category]}
              checked={values.appliesTo.includes(category)}
              onChange={(event) => toggle(category, event.currentTarget.checked)}
            />
          ))}
          {blocks.length > 0 ? (
            <p className="utrecht-paragraph sroi-choice-group__label">Bouwblokken</p>
          ) : null}
          {blocks.map((block) => (
            <CheckboxField
              key={block.code}
              id={`toeslag-geldt-voor-blok-${block.code}`}
              label={`${block.name} (${block.code})`}
              checked={values.appliesTo.includes(block.code)}
              onChange={(event) => toggle(block.code, event.currentTarget.checked)}
            />
          ))}
          {unknownTargets.map((target) => (
            <CheckboxField
              key={target}
              id={`toeslag-geldt-voor-onbekend-${target}`}
              label={`${target} (geen bouwblok van deze versie)`}
              checked
              onChange={(event) => toggle(target, event.currentTarget.checked)}
            />
          ))}
        </div>
      </Fieldset>

      <Fieldset legend="Berekening">
        <RadioField
          id="toeslag-naar-rato"
          name="toeslag-berekening"
          label="Naar rato van de uren en dagen van het bouwblok"
          checked={!values.oneOff}
          onChange={() => setValues((current) => ({ ...current, oneOff: false }))}
        />
        <RadioField
          id="toeslag-eenmalig"
          name="toeslag-berekening"
          label="Eenmalig, het hele bedrag ineens"
          checked={values.oneOff}
          onChange={() => setValues((current) => ({ ...current, oneOff: true }))}
        />
      </Fieldset>

      <section className="sroi-panel" aria-labelledby="toeslag-voorbeeld-kop">
        <h2 className="utrecht-heading-2" id="toeslag-voorbeeld-kop">
          Zo staat het in het bouwblokkenmodel
        </h2>
        <Paragraph>
          {!amount.ok
            ? "Vul een bedrag in om de toeslag te zien."
            : `${formatEuro(amount.value)}, ${
                values.oneOff ? "eenmalig" : "naar rato van de uren en dagen van het bouwblok"
              }.`}
        </Paragraph>
      </section>
      <ButtonGroup>
        <Button type="submit" disabled={submitting}>
          {submitting ? "Bezig met opslaan…" : submitLabel}
        </Button>
        <Link to={cancelTo}>Annuleren</Link>
      </ButtonGroup>
    </form>
  );
}
