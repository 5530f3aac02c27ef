// The form for a draft policy: thresholds per contract kind, the percentage, what applies below
// the threshold, the supplies labour-share rule, the cap, PSO discounts, the contact deadline and
// the default report frequency. Percentages are typed as percentages and sent as exact fractions.
import {
  CONTRACT_KIND_LABELS,
  CONTRACT_KINDS,
  type ContractKind,
  computeObligation,
  type DutchNumberField,
  formatEuro,
  readDutchNumber,
  toDutchInput,
} from "@sroi/domain";
import {
  Button,
  ButtonGroup,
  DataList,
  DataListItem,
  ErrorSummary,
  type ErrorSummaryItem,
  Fieldset,
  FormField,
  Link,
  Paragraph,
  Select,
  Textarea,
  TextInput,
} from "@sroi/ui";
import { type FormEvent, useState } from "react";
import { FailureMessage } from "../forms/form-feedback";
import type { FieldIssue, MutationOutcome } from "../forms/outcome";
import { RadioField } from "../forms/radio-field";
import type { PolicyInput } from "../gql/graphql";
import { type PolicySettings, policyRules, ruleSettings } from "./policy-details";

const THRESHOLD_FIELDS: Record<ContractKind, keyof PolicyInput & `threshold${string}`> = {
  WORKS: "thresholdWorks",
  SERVICES: "thresholdServices",
  SUPPLIES: "thresholdSupplies",
  SUBSIDY: "thresholdSubsidy",
};

export const REPORT_FREQUENCY_LABELS: Record<PolicyInput["reportFrequency"], string> = {
  MONTHLY: "Maandelijks",
  QUARTERLY: "Per kwartaal",
  HALF_YEARLY: "Per half jaar",
};

/** The id of each field's control, by the API's name for it; in page order. */
const FIELD_IDS: Record<string, string> = {
  name: "beleid-naam",
  percentage: "beleid-percentage",
  thresholdWorks: "beleid-drempel-WORKS",
  thresholdServices: "beleid-drempel-SERVICES",
  thresholdSupplies: "beleid-drempel-SUPPLIES",
  thresholdSubsidy: "beleid-drempel-SUBSIDY",
  belowThreshold: "beleid-onder-drempel-ACTIVITY",
  suppliesMinLabourShare: "beleid-arbeidsaandeel",
  suppliesReducedPercentage: "beleid-lager-percentage",
  cap: "beleid-maximum",
  psoDiscounts: "pso-toevoegen",
  contactDeadlineDays: "beleid-contacttermijn",
  reportFrequency: "beleid-frequentie",
  source: "beleid-bron",
  conceptNote: "beleid-concept",
};

/** "input.psoDiscounts.1.discount" → the control of that row; other paths by their name. */
export function policyFieldId(path: string): string {
  const field = path.replace(/^input\./, "");
  const pso = /^psoDiscounts\.(\d+)\.(level|discount)$/.exec(field);
  if (pso) return `pso-${pso[1]}-${pso[2] === "level" ? "trede" : "korting"}`;
  return FIELD_IDS[field] ?? FIELD_IDS.name ?? "beleid-naam";
}

const fieldRank = (path: string) => {
  const field = path.replace(/^input\./, "").split(".")[0] ?? "";
  const index = Object.keys(FIELD_IDS).indexOf(field);
  return index === -1 ? 99 : index;
};

interface PsoRow {
  /** stable across removals, for React's key */
  id: number;
  level: string;
  discount: string;
}

export interface PolicyFormValues {
  name: string;
  percentage: string;
  thresholds: Record<ContractKind, string>;
  belowThreshold: PolicyInput["belowThreshold"];
  suppliesMinLabourShare: string;
  suppliesReducedPercentage: string;
  cap: string;
  psoDiscounts: PsoRow[];
  contactDeadlineDays: string;
  reportFrequency: PolicyInput["reportFrequency"];
  source: string;
  conceptNote: string;
}

export function policyFormValues(
  policy: PolicySettings & { name: string; source: string | null; conceptNote: string | null },
): PolicyFormValues {
  return {
    name: policy.name,
    percentage: toDutchInput(policy.percentage, "percentage"),
    thresholds: {
      WORKS: toDutchInput(policy.thresholdWorks, "money"),
      SERVICES: toDutchInput(policy.thresholdServices, "money"),
      SUPPLIES: toDutchInput(policy.thresholdSupplies, "money"),
      SUBSIDY: toDutchInput(policy.thresholdSubsidy, "money"),
    },
    belowThreshold: policy.belowThreshold,
    suppliesMinLabourShare: toDutchInput(policy.suppliesMinLabourShare, "percentage"),
    suppliesReducedPercentage: toDutchInput(policy.suppliesReducedPercentage, "percentage"),
    cap: toDutchInput(policy.cap, "money"),
    psoDiscounts: policy.psoDiscounts.map((discount, index) => ({
      id: index,
      level: discount.level,
      discount: toDutchInput(discount.discount, "percentage"),
    })),
    contactDeadlineDays: String(policy.contactDeadlineDays),
    reportFrequency: policy.reportFrequency,
    source: policy.source ?? "",
    conceptNote: policy.conceptNote ?? "",
  };
}

/** The API's input, or what keeps it from being sent (numbers that are no numbers). */
export function toPolicyInput(
  values: PolicyFormValues,
): { ok: true; input: PolicyInput } | { ok: false; issues: FieldIssue[] } {
  const issues: FieldIssue[] = [];
  /** The value for the API; null when empty and allowed to be, or when refused (an issue). */
  const read = (field: string, text: string, as: DutchNumberField, required = false) => {
    const result = readDutchNumber(text, as);
    if (result.ok) return result.value;
    if (required || result.problem !== "empty") issues.push({ field, message: result.message });
    return null;
  };
  const euros = (field: string, text: string, label: string) =>
    read(field, text, { kind: "money", label, example: "200.000" });
  const percent = (field: string, text: string, label: string, required = false) =>
    read(field, text, { kind: "percentage", label }, required);
  const percentage = percent("percentage", values.percentage, "het percentage", true);
  const thresholds = Object.fromEntries(
    CONTRACT_KINDS.map((kind) => [
      THRESHOLD_FIELDS[kind],
      euros(
        THRESHOLD_FIELDS[kind],
        values.thresholds[kind],
        `de drempel voor ${CONTRACT_KIND_LABELS[kind].toLowerCase()}`,
      ),
    ]),
  ) as Pick<PolicyInput, (typeof THRESHOLD_FIELDS)[ContractKind]>;
  const suppliesMinLabourShare = percent(
    "suppliesMinLabourShare",
    values.suppliesMinLabourShare,
    "het minimale arbeidsaandeel",
  );
  const suppliesReducedPercentage = suppliesMinLabourShare
    ? percent(
        "suppliesReducedPercentage",
        values.suppliesReducedPercentage,
        "het verlaagde percentage",
      )
    : null;
  const cap = euros("cap", values.cap, "het maximum per opdracht");
  const psoDiscounts = values.psoDiscounts.map((row, index) => {
    const level = row.level.trim();
    const discount = percent(
      `psoDiscounts.${index}.discount`,
      row.discount,
      `de korting voor ${level ? `trede ${level}` : "deze trede"}`,
      true,
    );
    return { level, discount: discount ?? "" };
  });
  const contactDeadlineDays = read(
    "contactDeadlineDays",
    values.contactDeadlineDays,
    { kind: "whole", label: "de termijn voor contact in dagen", min: "1" },
    true,
  );
  if (issues.length > 0 || percentage === null || contactDeadlineDays === null)
    return { ok: false, issues };
  return {
    ok: true,
    input: {
      name: values.name.trim(),
      percentage,
      ...thresholds,
      belowThreshold: values.belowThreshold,
      suppliesMinLabourShare,
      suppliesReducedPercentage,
      cap,
      psoDiscounts,
      contactDeadlineDays: Number(contactDeadlineDays),
      reportFrequency: values.reportFrequency,
      source: values.source.trim() || null,
      conceptNote: values.conceptNote.trim() || null,
    },
  };
}

export interface PolicyFormProps {
  initial: PolicyFormValues;
  /** Problems the draft has now (from the API), shown until the next save */
  initialIssues: FieldIssue[];
  cancelTo: string;
  /** Instead of following cancelTo: e.g. remove a draft just made, then leave */
  onCancel?: () => Promise<void>;
  onSubmit: (input: PolicyInput) => Promise<MutationOutcome<unknown>>;
}

export function PolicyForm({
  initial,
  initialIssues,
  cancelTo,
  onCancel,
  onSubmit,
}: PolicyFormProps) {
  const [values, setValues] = useState(initial);
  const [issues, setIssues] = useState<FieldIssue[]>(initialIssues);
  const [failure, setFailure] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const [nextRow, setNextRow] = useState(initial.psoDiscounts.length);
  const error = (path: string) =>
    issues.find((issue) => issue.field.replace(/^input\./, "") === path)?.message;
  const set =
    (
      name:
        | "name"
        | "percentage"
        | "suppliesMinLabourShare"
        | "suppliesReducedPercentage"
        | "cap"
        | "contactDeadlineDays"
        | "source"
        | "conceptNote",
    ) =>
    (event: { currentTarget: { value: string } }) => {
      const value = event.currentTarget.value;
      setValues((current) => ({ ...current, [name]: value }));
    };
  const setThreshold = (kind: ContractKind) => (event: { currentTarget: { value: string } }) => {
    const value = event.currentTarget.value;
    setValues((current) => ({ ...current, thresholds: { ...current.thresholds, [kind]: value } }));
  };
  const setPso = (id: number, field: "level" | "discount", value: string) =>
    setValues((current) => ({
      ...current,
      psoDiscounts: current.psoDiscounts.map((row) =>
        row.id === id ? { ...row, [field]: value } : row,
      ),
    }));

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (submitting) return;
    setFailure(null);
    const checked = toPolicyInput(values);
    if (!checked.ok) {
      setIssues(checked.issues);
      return;
    }
    setSubmitting(true);
    const outcome = await onSubmit(checked.input);
    setSubmitting(false);
    if (outcome.kind === "invalid" && outcome.issues.length > 0) setIssues(outcome.issues);
    else if (outcome.kind !== "ok") {
      setIssues([]);
      setFailure(outcome.message);
    }
  }

  const summary: ErrorSummaryItem[] = [...issues]
    .sort((a, b) => fieldRank(a.field) - fieldRank(b.field))
    .map((issue) => ({ fieldId: policyFieldId(issue.field), message: issue.message }));
  const labourRule = values.suppliesMinLabourShare.trim() !== "";

  return (
    <form onSubmit={submit} noValidate aria-label="Beleid bewerken">
      {summary.length > 0 ? <ErrorSummary items={summary} /> : null}
      {failure ? <FailureMessage>{failure}</FailureMessage> : null}
      <Paragraph>
        Velden zonder “(niet verplicht)” zijn verplicht. Percentages vult u in als percentage: 5 is
        5 %.
      </Paragraph>
      <FormField id="beleid-naam" label="Naam" error={error("name")}>
        <TextInput id="beleid-naam" value={values.name} onChange={set("name")} autoComplete="off" />
      </FormField>

      <Fieldset legend="Verplichting">
        <FormField
          id="beleid-percentage"
          label="Percentage van de opdrachtwaarde excl. btw"
          description="Meestal 5."
          error={error("percentage")}
        >
          <TextInput
            id="beleid-percentage"
            width="xs"
            inputMode="decimal"
            value={values.percentage}
            onChange={set("percentage")}
            autoComplete="off"
          />
        </FormField>
        {CONTRACT_KINDS.map((kind) => (
          <FormField
            key={kind}
            id={`beleid-drempel-${kind}`}
            label={`Drempel ${CONTRACT_KIND_LABELS[kind].toLowerCase()} (euro, niet verplicht)`}
            description={`Vanaf deze opdrachtwaarde geldt het percentage. Leeg: geen social return voor ${CONTRACT_KIND_LABELS[kind].toLowerCase()}.`}
            error={error(THRESHOLD_FIELDS[kind])}
          >
            <TextInput
              id={`beleid-drempel-${kind}`}
              width="sm"
              inputMode="decimal"
              value={values.thresholds[kind]}
              onChange={setThreshold(kind)}
              autoComplete="off"
            />
          </FormField>
        ))}
      </Fieldset>

      <Fieldset legend="Onder de drempel">
        {error("belowThreshold") ? (
          <p className="utrecht-form-field-error-message sroi-field-error">
            {error("belowThreshold")}
          </p>
        ) : null}
        <RadioField
          id="beleid-onder-drempel-ACTIVITY"
          name="beleid-onder-drempel"
          label="Eén maatschappelijke activiteit"
          checked={values.belowThreshold === "ACTIVITY"}
          onChange={() => setValues((current) => ({ ...current, belowThreshold: "ACTIVITY" }))}
        />
        <RadioField
          id="beleid-onder-drempel-NONE"
          name="beleid-onder-drempel"
          label="Geen verplichting"
          checked={values.belowThreshold === "NONE"}
          onChange={() => setValues((current) => ({ ...current, belowThreshold: "NONE" }))}
        />
      </Fieldset>

      <Fieldset
        legend="Leveringen met weinig arbeid"
        description={
          <p className="utrecht-paragraph">
            Bij leveringen met een klein arbeidsaandeel kan een lager percentage gelden, of geen.
          </p>
        }
      >
        <FormField
          id="beleid-arbeidsaandeel"
          label="Minimaal arbeidsaandeel (procent, niet verplicht)"
          description="Leeg: voor leveringen geldt hetzelfde als voor andere opdrachten."
          error={error("suppliesMinLabourShare")}
        >
          <TextInput
            id="beleid-arbeidsaandeel"
            width="xs"
            inputMode="decimal"
            value={values.suppliesMinLabourShare}
            onChange={set("suppliesMinLabourShare")}
            autoComplete="off"
          />
        </FormField>
        {labourRule ? (
          <FormField
            id="beleid-lager-percentage"
            label="Percentage onder dat arbeidsaandeel (niet verplicht)"
            description="Leeg: leveringen onder het minimale arbeidsaandeel hebben geen verplichting."
            error={error("suppliesReducedPercentage")}
          >
            <TextInput
              id="beleid-lager-percentage"
              width="xs"
              inputMode="decimal"
              value={values.suppliesReducedPercentage}
              onChange={set("suppliesReducedPercentage")}
              autoComplete="off"
            />
          </FormField>
        ) : null}
      </Fieldset>

      <Fieldset legend="Maximum en kortingen">
        <FormField
          id="beleid-maximum"
          label="Maximum per opdracht (euro, niet verplicht)"
          description="Leeg: geen maximum."
          error={error("cap")}
        >
          <TextInput
            id="beleid-maximum"
            width="sm"
            inputMode="decimal"
            value={values.cap}
            onChange={set("cap")}
            autoComplete="off"
          />
        </FormField>
        <p className="utrecht-paragraph sroi-choice-group__label">Korting per PSO-trede</p>
        <Paragraph>
          Opdrachtnemers met een geldige trede op de Prestatieladder Socialer Ondernemen krijgen
          korting op hun verplichting.
        </Paragraph>
        {values.psoDiscounts.length === 0 ? <Paragraph>Geen kortingen.</Paragraph> : null}
        {values.psoDiscounts.map((row, index) => (
          <div className="sroi-inline-form sroi-pso-row" key={row.id}>
            <FormField
              id={`pso-${index}-trede`}
              label={`Trede (kortingsregel ${index + 1})`}
              error={error(`psoDiscounts.${index}.level`)}
            >
              <TextInput
                id={`pso-${index}-trede`}
                width="xs"
                value={row.level}
                onChange={(event) => setPso(row.id, "level", event.currentTarget.value)}
                autoComplete="off"
              />
            </FormField>
            <FormField
              id={`pso-${index}-korting`}
              label={`Korting in procent (kortingsregel ${index + 1})`}
              error={error(`psoDiscounts.${index}.discount`)}
            >
              <TextInput
                id={`pso-${index}-korting`}
                width="xs"
                inputMode="decimal"
                value={row.discount}
                onChange={(event) => setPso(row.id, "discount", event.currentTarget.value)}
                autoComplete="off"
              />
            </FormField>
            <Button
              appearance="secondary-action"
              onClick={() => {
                setValues((current) => ({
                  ...current,
                  psoDiscounts: current.psoDiscounts.filter((item) => item.id !== row.id),
                }));
                document.getElementById("pso-toevoegen")?.focus();
              }}
            >
              Verwijder kortingsregel {index + 1}
            </Button>
          </div>
        ))}
        <ButtonGroup>
          <Button
            id="pso-toevoegen"
            appearance="secondary-action"
            onClick={() => {
              const index = values.psoDiscounts.length;
              setValues((current) => ({
                ...current,
                psoDiscounts: [...current.psoDiscounts, { id: nextRow, level: "", discount: "" }],
              }));
              setNextRow((id) => id + 1);
              queueMicrotask(() => document.getElementById(`pso-${index}-trede`)?.focus());
            }}
          >
            Kortingsregel toevoegen
          </Button>
        </ButtonGroup>
      </Fieldset>

      <Fieldset legend="Uitvoering">
        <FormField
          id="beleid-contacttermijn"
          label="Contact opnemen binnen (dagen na gunning)"
          error={error("contactDeadlineDays")}
        >
          <TextInput
            id="beleid-contacttermijn"
            width="xs"
            inputMode="numeric"
            value={values.contactDeadlineDays}
            onChange={set("contactDeadlineDays")}
            autoComplete="off"
          />
        </FormField>
        <FormField
          id="beleid-frequentie"
          label="Standaard verantwoording"
          description="Hoe vaak opdrachtnemers rapporteren, tenzij het plan van aanpak iets anders afspreekt."
          error={error("reportFrequency")}
        >
          <Select
            id="beleid-frequentie"
            value={values.reportFrequency}
            onChange={(event) => {
              const value = event.currentTarget.value as PolicyInput["reportFrequency"];
              setValues((current) => ({ ...current, reportFrequency: value }));
            }}
          >
            {Object.entries(REPORT_FREQUENCY_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </Select>
        </FormField>
      </Fieldset>

      <Fieldset legend="Herkomst">
        <FormField
          id="beleid-bron"
          label="Bron (niet verplicht)"
          description="Het besluit of de beleidsregels, bijvoorbeeld een webadres."
          error={error("source")}
        >
          <TextInput
            id="beleid-bron"
            value={values.source}
            onChange={set("source")}
            autoComplete="off"
          />
        </FormField>
        <FormField
          id="beleid-concept"
          label="Conceptmelding (niet verplicht)"
          description="Staat overal bij dit beleid, bijvoorbeeld dat het nog bevestigd moet worden. Leeg: geen melding."
          error={error("conceptNote")}
        >
          <Textarea
            id="beleid-concept"
            rows={3}
            value={values.conceptNote}
            onChange={set("conceptNote")}
          />
        </FormField>
      </Fieldset>

      <PolicyPreview values={values} />
      <ButtonGroup>
        <Button type="submit" disabled={submitting}>
          {submitting ? "Bezig met opslaan…" : "Beleid opslaan"}
        </Button>
        {onCancel ? (
          <Button
            appearance="secondary-action"
            disabled={submitting}
            onClick={() => {
              setSubmitting(true);
              void onCancel().finally(() => setSubmitting(false));
            }}
          >
            Annuleren
          </Button>
        ) : (
          <Link to={cancelTo}>Annuleren</Link>
        )}
      </ButtonGroup>
    </form>
  );
}

const EXAMPLE_VALUE = "1000000.00";

/** The rules as they will read, and what a works contract of € 1 million would owe. */
function PolicyPreview({ values }: { values: PolicyFormValues }) {
  const checked = toPolicyInput({ ...values, name: values.name || "x" });
  if (!checked.ok) {
    return (
      <section className="sroi-panel" aria-labelledby="beleid-voorbeeld-kop">
        <h2 className="utrecht-heading-2" id="beleid-voorbeeld-kop">
          Zo leest het beleid
        </h2>
        <Paragraph>Vul de getallen volledig in om het beleid in woorden te zien.</Paragraph>
      </section>
    );
  }
  const settings = {
    ...checked.input,
    thresholdWorks: checked.input.thresholdWorks ?? null,
    thresholdServices: checked.input.thresholdServices ?? null,
    thresholdSupplies: checked.input.thresholdSupplies ?? null,
    thresholdSubsidy: checked.input.thresholdSubsidy ?? null,
    suppliesMinLabourShare: checked.input.suppliesMinLabourShare ?? null,
    suppliesReducedPercentage: checked.input.suppliesReducedPercentage ?? null,
    cap: checked.input.cap ?? null,
  };
  const rules = policyRules(settings);
  let example: string | null = null;
  try {
    const obligation = computeObligation(ruleSettings(settings), {
      kind: "WORKS",
      valueExclVat: EXAMPLE_VALUE,
    });
    example =
      obligation.kind === "PERCENTAGE"
        ? formatEuro(obligation.amount)
        : obligation.kind === "ACTIVITY"
          ? "één maatschappelijke activiteit"
          : "geen verplichting";
  } catch {
    example = null;
  }
  return (
    <section className="sroi-panel" aria-labelledby="beleid-voorbeeld-kop">
      <h2 className="utrecht-heading-2" id="beleid-voorbeeld-kop">
        Zo leest het beleid
      </h2>
      <DataList>
        {rules.map((rule) => (
          <DataListItem key={rule.field} label={rule.label}>
            {rule.value}
          </DataListItem>
        ))}
      </DataList>
      {example ? (
        <Paragraph>
          Voorbeeld: werken van {formatEuro(EXAMPLE_VALUE)} excl. btw, zonder PSO-trede: {example}.
        </Paragraph>
      ) : null}
    </section>
  );
}
