// The form for one bouwblok. Its fields follow the valuation kind: an amount for most kinds, a
// share for sociale inkoop, and a counting period and minimum hours only where time counts. The
// sentence under the form is how the catalogue will state the block, from the same domain code.
import {
  BLOCK_CATEGORIES,
  type BlockCategory,
  CATEGORY_LABELS,
  type DutchNumberField,
  describeBlockValuation,
  readDutchNumber,
  toDutchInput,
  usesCountingPeriod,
  VALUATION_KINDS,
  type ValuationKind,
} from "@sroi/domain";
import {
  Button,
  ButtonGroup,
  FormField,
  Heading,
  Link,
  Paragraph,
  Select,
  Textarea,
  TextInput,
} from "@sroi/ui";
import { type FormEvent, useState } from "react";
import { errorFor, FormErrors } from "../forms/form-feedback";
import type { FieldIssue, MutationOutcome } from "../forms/outcome";

export const VALUATION_KIND_LABELS: Record<ValuationKind, string> = {
  PER_FTE_YEAR: "Per fte-jaar (naar rato van uren en dagen)",
  PER_MONTH: "Per maand",
  PER_HOUR: "Per uur",
  PER_DAY: "Per dag",
  PER_ACTIVITY: "Per activiteit",
  INVOICE_SHARE: "Deel van het factuurbedrag (sociale inkoop)",
  ACTUAL_COST: "Werkelijke kosten",
};

const AMOUNT_LABELS: Partial<Record<ValuationKind, string>> = {
  PER_FTE_YEAR: "Bedrag per fte-jaar",
  PER_MONTH: "Bedrag per maand",
  PER_HOUR: "Bedrag per uur",
  PER_DAY: "Bedrag per dag",
  PER_ACTIVITY: "Bedrag per activiteit",
};

export const BLOCK_FIELD_IDS: Record<string, string> = {
  code: "blok-code",
  name: "blok-naam",
  category: "blok-categorie",
  kind: "blok-waardering",
  amount: "blok-bedrag",
  share: "blok-aandeel",
  maxMonths: "blok-max-maanden",
  minHoursPerWeek: "blok-min-uren",
  note: "blok-toelichting",
};

export interface BlockFormValues {
  code: string;
  name: string;
  category: BlockCategory | "";
  kind: ValuationKind | "";
  amount: string;
  /** percent, as typed: "50" for half the invoice */
  share: string;
  maxMonths: string;
  minHoursPerWeek: string;
  note: string;
}

export interface BlockValues {
  code: string;
  name: string;
  category: BlockCategory;
  kind: ValuationKind;
  amount: string | null;
  share: string | null;
  maxMonths: number | null;
  minHoursPerWeek: string | null;
  note: string | null;
}

export const EMPTY_BLOCK: BlockFormValues = {
  code: "",
  name: "",
  category: "",
  kind: "",
  amount: "",
  share: "",
  maxMonths: "",
  minHoursPerWeek: "",
  note: "",
};

export function blockFormValues(block: BlockValues): BlockFormValues {
  return {
    code: block.code,
    name: block.name,
    category: block.category,
    kind: block.kind,
    amount: toDutchInput(block.amount, "money"),
    share: toDutchInput(block.share, "percentage"),
    maxMonths: block.maxMonths === null ? "" : String(block.maxMonths),
    minHoursPerWeek: toDutchInput(block.minHoursPerWeek, "hours"),
    note: block.note ?? "",
  };
}

const usesAmount = (kind: ValuationKind) => kind !== "INVOICE_SHARE" && kind !== "ACTUAL_COST";

/**
 * The input the API gets, or the problems that keep it from being sent. Fields the kind does not
 * use are sent empty, so a block that changes kind keeps no stale amount or period.
 */
export function toBlockValues(
  values: BlockFormValues,
): { ok: true; block: BlockValues } | { ok: false; issues: FieldIssue[] } {
  const issues: FieldIssue[] = [];
  const problem = (field: string, message: string) => issues.push({ field, message });
  const code = values.code.trim();
  const name = values.name.trim();
  if (!code) problem("code", "Vul een code in, bijvoorbeeld PRO-VSO.");
  if (!name) problem("name", "Vul de naam van het bouwblok in.");
  if (!values.category) problem("category", "Kies een categorie.");
  if (!values.kind) problem("kind", "Kies hoe het bouwblok wordt gewaardeerd.");
  const kind = values.kind || null;
  /** The value for the API; null when empty and allowed to be, or when refused (an issue). */
  const read = (field: keyof BlockFormValues, as: DutchNumberField, required: boolean) => {
    const result = readDutchNumber(values[field], as);
    if (result.ok) return result.value;
    if (required || result.problem !== "empty") problem(field, result.message);
    return null;
  };
  const amount =
    kind && usesAmount(kind)
      ? read("amount", { kind: "money", label: "het bedrag", example: "40.000" }, true)
      : null;
  const share =
    kind === "INVOICE_SHARE"
      ? read("share", { kind: "percentage", label: "het deel van het factuurbedrag" }, true)
      : null;
  const period = kind !== null && usesCountingPeriod(kind);
  const maxMonths = period
    ? read("maxMonths", { kind: "whole", label: "de maximale duur in maanden", min: "1" }, false)
    : null;
  const minHoursPerWeek = period
    ? read("minHoursPerWeek", { kind: "hours", label: "het minimum aantal uren per week" }, false)
    : null;
  if (issues.length > 0 || !values.category || !kind) return { ok: false, issues };
  return {
    ok: true,
    block: {
      code,
      name,
      category: values.category,
      kind,
      amount,
      share,
      maxMonths: maxMonths === null ? null : Number(maxMonths),
      minHoursPerWeek,
      note: values.note.trim() || null,
    },
  };
}

export interface BlockFormProps {
  initial: BlockFormValues;
  basisHours: string;
  submitLabel: string;
  cancelTo: string;
  onSubmit: (block: BlockValues) => Promise<MutationOutcome<unknown>>;
}

export function BlockForm({
  initial,
  basisHours,
  submitLabel,
  cancelTo,
  onSubmit,
}: BlockFormProps) {
  const [values, setValues] = useState(initial);
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const set = (name: keyof BlockFormValues) => (event: { currentTarget: { value: string } }) => {
    const value = event.currentTarget.value;
    setValues((current) => ({ ...current, [name]: value }));
  };
  const error = (field: string) => errorFor(issues, field);
  const kind = values.kind || null;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (submitting) return;
    setFailure(null);
    const checked = toBlockValues(values);
    if (!checked.ok) {
      setIssues(checked.issues);
      return;
    }
    setSubmitting(true);
    const outcome = await onSubmit(checked.block);
    setSubmitting(false);
    if (outcome.kind === "invalid" && outcome.issues.length > 0) {
      setIssues(outcome.issues);
    } else if (outcome.kind !== "ok") {
      setIssues([]);
      setFailure(outcome.message);
    }
  }

  return (
    <form onSubmit={submit} noValidate aria-label={submitLabel}>
      <FormErrors
        issues={issues}
        fieldIds={BLOCK_FIELD_IDS}
        fallbackId={BLOCK_FIELD_IDS.code ?? "blok-code"}
        failure={failure}
      />
      <Paragraph>Velden zonder “(niet verplicht)” zijn verplicht.</Paragraph>
      <FormField
        id="blok-code"
        label="Code"
        description="Kort en uniek binnen dit bouwblokkenmodel, bijvoorbeeld PRO-VSO of BBL."
        error={error("code")}
      >
        <TextInput
          id="blok-code"
          width="sm"
          value={values.code}
          onChange={set("code")}
          autoComplete="off"
          spellCheck={false}
        />
      </FormField>
      <FormField id="blok-naam" label="Naam" error={error("name")}>
        <TextInput id="blok-naam" value={values.name} onChange={set("name")} autoComplete="off" />
      </FormField>
      <FormField id="blok-categorie" label="Categorie" error={error("category")}>
        <Select id="blok-categorie" value={values.category} onChange={set("category")}>
          <option value="">Kies een categorie</option>
          {BLOCK_CATEGORIES.map((category) => (
            <option key={category} value={category}>
              {CATEGORY_LABELS[category]}
            </option>
          ))}
        </Select>
      </FormField>
      <FormField
        id="blok-waardering"
        label="Waardering"
        description="Hoe de inspanningswaarde wordt berekend. De velden hieronder passen zich aan."
        error={error("kind")}
      >
        <Select id="blok-waardering" value={values.kind} onChange={set("kind")}>
          <option value="">Kies een waardering</option>
          {VALUATION_KINDS.map((option) => (
            <option key={option} value={option}>
              {VALUATION_KIND_LABELS[option]}
            </option>
          ))}
        </Select>
      </FormField>
      {kind && usesAmount(kind) ? (
        <FormField
          id="blok-bedrag"
          label={`${AMOUNT_LABELS[kind] ?? "Bedrag"} (euro)`}
          description={
            kind === "PER_FTE_YEAR"
              ? "Voor iemand die een heel jaar voltijd werkt; minder uren of dagen tellen naar rato."
              : undefined
          }
          error={error("amount")}
        >
          <TextInput
            id="blok-bedrag"
            width="sm"
            inputMode="decimal"
            value={values.amount}
            onChange={set("amount")}
            autoComplete="off"
          />
        </FormField>
      ) : null}
      {kind === "INVOICE_SHARE" ? (
        <FormField
          id="blok-aandeel"
          label="Deel van het factuurbedrag (procent)"
          description="Bijvoorbeeld 100 voor een SW-bedrijf, 50 voor een andere sociale onderneming."
          error={error("share")}
        >
          <TextInput
            id="blok-aandeel"
            width="xs"
            inputMode="decimal"
            value={values.share}
            onChange={set("share")}
            autoComplete="off"
          />
        </FormField>
      ) : null}
      {kind === "ACTUAL_COST" ? (
        <Paragraph>
          Dit bouwblok telt de werkelijke, aangetoonde kosten excl. btw: er is geen bedrag nodig.
        </Paragraph>
      ) : null}
      {kind && usesCountingPeriod(kind) ? (
        <>
          <FormField
            id="blok-max-maanden"
            label="Maximale telperiode in maanden (niet verplicht)"
            description="Zo lang telt één plaatsing mee, gerekend vanaf de start. Leeg: telt zolang het duurt."
            error={error("maxMonths")}
          >
            <TextInput
              id="blok-max-maanden"
              width="xs"
              inputMode="numeric"
              value={values.maxMonths}
              onChange={set("maxMonths")}
              autoComplete="off"
            />
          </FormField>
          <FormField
            id="blok-min-uren"
            label="Minimum aantal uren per week (niet verplicht)"
            description="Met minder uren telt de plaatsing niet mee. Leeg: geen minimum."
            error={error("minHoursPerWeek")}
          >
            <TextInput
              id="blok-min-uren"
              width="xs"
              inputMode="decimal"
              value={values.minHoursPerWeek}
              onChange={set("minHoursPerWeek")}
              autoComplete="off"
            />
          </FormField>
        </>
      ) : null}
      <FormField
        id="blok-toelichting"
        label="Toelichting voor opdrachtnemers (niet verplicht)"
        description="Bijvoorbeeld voor wie het bouwblok geldt en welk bewijs nodig is."
        error={error("note")}
      >
        <Textarea id="blok-toelichting" rows={3} value={values.note} onChange={set("note")} />
      </FormField>
      <ValuationPreview values={values} basisHours={basisHours} />
      <ButtonGroup>
        <Button type="submit" disabled={submitting}>
          {submitting ? "Bezig met opslaan…" : submitLabel}
        </Button>
        <Link to={cancelTo}>Annuleren</Link>
      </ButtonGroup>
    </form>
  );
}

/** The block in one sentence, as contractors will read it, while it is being typed. */
function ValuationPreview({ values, basisHours }: { values: BlockFormValues; basisHours: string }) {
  const checked = toBlockValues({ ...values, code: values.code || "X", name: values.name || "X" });
  let sentence: string | null = null;
  if (checked.ok) {
    try {
      sentence = describeBlockValuation(checked.block, basisHours);
    } catch {
      sentence = null;
    }
  }
  return (
    <section className="sroi-panel" aria-labelledby="blok-voorbeeld-kop">
      <Heading level={2} id="blok-voorbeeld-kop">
        Zo staat het in het bouwblokkenmodel
      </Heading>
      <Paragraph>
        {sentence ??
          "Kies een categorie en een waardering en vul de bedragen in om de waardering te zien."}
      </Paragraph>
    </section>
  );
}
