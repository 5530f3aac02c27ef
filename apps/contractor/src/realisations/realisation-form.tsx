// The form to report a realisation, or to correct one: choose a block of the contract's pinned
// catalogue (or maatwerk), answer what that kind of activity asks, add evidence, and see the value
// as it will be computed. Whatever the API answers, everything typed stays in the form.
import {
  BLOCK_CATEGORIES,
  CATEGORY_LABELS,
  describeBlockValuation,
  formatEuro,
  formatNumber,
} from "@sroi/domain";
import {
  Button,
  ButtonGroup,
  CheckboxField,
  ErrorSummary,
  type ErrorSummaryItem,
  Fieldset,
  FocusedAlert,
  FormField,
  Link,
  Paragraph,
  RealisationValueTable,
  Select,
  Textarea,
  TextInput,
} from "@sroi/ui";
import { type FormEvent, type ReactNode, useEffect, useState } from "react";
import type { RealisationInput } from "../gql/graphql";
import "./realisations.css";
import { EvidenceField, type EvidenceRefusal, type UploadedFile } from "./evidence-field";
import {
  bonusesFor,
  type ContractPeriod,
  checkBeforeSending,
  type EntryKind,
  entryKindOf,
  FIELD_IDS,
  type FieldIssue,
  type FieldName,
  formFieldOf,
  isOptional,
  type LiveEstimate,
  liveEstimate,
  MAATWERK,
  type PinnedCatalogue,
  type RealisationFormValues,
  visibleFields,
} from "./form-values";

/** What became of a submit; on success the page has already moved on. */
export type SubmitOutcome =
  | { kind: "saved" }
  | { kind: "invalid"; issues: { field: string; message: string }[] }
  | { kind: "conflict"; message: string }
  | { kind: "failed"; message: string };

export interface RealisationFormProps {
  contractId: string;
  /** The contract's pinned catalogue version; null when it has none (only maatwerk then) */
  catalogue: (PinnedCatalogue & { name: string }) | null;
  contract: ContractPeriod;
  /** Who reviews and values the realisation (carrierName): the gemeente's WSP or its own team */
  carrier: string;
  municipalities: { code: string; name: string }[];
  initial: RealisationFormValues;
  submitLabel: string;
  cancelTo: string;
  /** how many evidence files the realisation has already (when correcting) */
  attachedBefore?: number;
  onSubmit: (input: RealisationInput) => Promise<SubmitOutcome>;
  /** After a conflict: load the current version, keeping what was typed */
  onReload?: () => void;
  /** Above the form, e.g. that new data was loaded after a conflict */
  notice?: ReactNode;
}

export function RealisationForm({
  contractId,
  catalogue,
  contract,
  carrier,
  municipalities,
  initial,
  submitLabel,
  cancelTo,
  attachedBefore = 0,
  onSubmit,
  onReload,
  notice,
}: RealisationFormProps) {
  const [values, setValues] = useState(initial);
  const [files, setFiles] = useState<UploadedFile[]>([]);
  // A refused file is named in the error summary on the next submit, which then sends nothing:
  // whoever missed the message at the field learns it before the entry goes without that file.
  const [refused, setRefused] = useState<EvidenceRefusal[]>([]);
  const [refusalsSummarised, setRefusalsSummarised] = useState(false);
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [failure, setFailure] = useState<Exclude<
    SubmitOutcome,
    { kind: "saved" | "invalid" }
  > | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const entry = entryKindOf(values.choice, catalogue);
  const fields = visibleFields(values.choice, catalogue);

  const set =
    (name: keyof RealisationFormValues) => (event: { currentTarget: { value: string } }) => {
      const value = event.currentTarget.value;
      setValues((current) => ({ ...current, [name]: value }));
    };
  const errorOf = (field: keyof typeof FIELD_IDS) =>
    issues.find((issue) => issue.field === field)?.message;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (submitting) return;
    setFailure(null);
    const checked = checkBeforeSending(values, catalogue, contract);
    if (refused.length > 0 && !refusalsSummarised) {
      setRefusalsSummarised(true);
      setIssues(checked.ok ? [] : checked.issues);
      return;
    }
    if (!checked.ok) {
      setIssues(checked.issues);
      return;
    }
    setSubmitting(true);
    try {
      const outcome = await onSubmit({ ...checked.input, evidenceIds: files.map((f) => f.id) });
      if (outcome.kind === "invalid") {
        setIssues(
          outcome.issues.map((issue) => ({
            field: formFieldOf(issue.field),
            message: issue.message,
          })),
        );
      } else {
        setIssues([]);
        if (outcome.kind !== "saved") setFailure(outcome);
      }
    } catch {
      setIssues([]);
      setFailure({
        kind: "failed",
        message: "Het versturen is niet gelukt: de server gaf geen antwoord. Probeer het opnieuw.",
      });
    } finally {
      setSubmitting(false);
    }
  }

  const order = ["choice", ...fields, "bonusCodes", "evidenceIds"];
  const summary: ErrorSummaryItem[] = [...issues]
    .sort((a, b) => order.indexOf(a.field) - order.indexOf(b.field))
    .map((issue) => ({ fieldId: FIELD_IDS[issue.field], message: issue.message }));
  const refusalItems: ErrorSummaryItem[] = refusalsSummarised
    ? refused.map((problem) => ({
        fieldId: FIELD_IDS.evidenceIds,
        message: `${problem.fileName} is niet toegevoegd: ${problem.message}`,
      }))
    : [];

  const field = (name: FieldName) =>
    fields.includes(name) && entry ? (
      <InputFor
        key={name}
        name={name}
        kind={entry.kind}
        values={values}
        catalogue={catalogue}
        carrier={carrier}
        municipalities={municipalities}
        set={set}
        error={errorOf(name)}
      />
    ) : null;

  return (
    <form className="sroi-realisation-form" onSubmit={submit} noValidate aria-label={submitLabel}>
      {notice}
      {summary.length > 0 || refusalItems.length > 0 ? (
        <ErrorSummary items={[...summary, ...refusalItems]}>
          {refusalItems.length > 0 ? (
            <p className="utrecht-paragraph">
              Kies een ander bestand, of verstuur opnieuw om door te gaan zonder{" "}
              {refusalItems.length === 1 ? "dit bestand" : "deze bestanden"}.
            </p>
          ) : null}
        </ErrorSummary>
      ) : null}
      {failure ? (
        <FailureMessage
          failure={failure}
          onReload={
            onReload
              ? () => {
                  setFailure(null);
                  onReload();
                }
              : undefined
          }
        />
      ) : null}
      <Paragraph>Velden zonder “(niet verplicht)” zijn verplicht.</Paragraph>

      <FormField
        id={FIELD_IDS.choice}
        label="Wat heeft u gerealiseerd?"
        description={
          catalogue
            ? `Een bouwblok uit ${catalogue.name}, het bouwblokkenmodel van deze opdracht. Staat uw bijdrage er niet bij? Kies dan maatwerk.`
            : "Deze opdracht heeft geen bouwblokkenmodel: u kunt alleen maatwerk verantwoorden."
        }
        error={errorOf("choice")}
      >
        <Select id={FIELD_IDS.choice} value={values.choice} onChange={set("choice")}>
          <option value="">Kies een bouwblok of maatwerk</option>
          {BLOCK_CATEGORIES.map((category) => {
            const blocks = catalogue?.blocks.filter((block) => block.category === category) ?? [];
            return blocks.length > 0 ? (
              <optgroup key={category} label={CATEGORY_LABELS[category]}>
                {blocks.map((block) => (
                  <option key={block.code} value={block.code}>
                    {block.name} ({block.code})
                  </option>
                ))}
              </optgroup>
            ) : null;
          })}
          <optgroup label="Niet in het bouwblokkenmodel">
            <option value={MAATWERK}>Maatwerk: een andere bijdrage</option>
          </optgroup>
        </Select>
      </FormField>
      {entry?.block && catalogue ? (
        <Paragraph>
          <strong>{entry.block.name}</strong> telt mee met{" "}
          {describeBlockValuation(entry.block, catalogue.basisHours)}.
        </Paragraph>
      ) : null}

      {entry?.kind === "maatwerk" ? field("maatwerkDescription") : null}
      {entry?.kind === "person" ? (
        <>
          <Fieldset
            legend="De persoon"
            description={
              <Paragraph>
                Gebruik uw eigen kenmerk, nooit een burgerservicenummer (BSN). Naam en geboortedatum
                zijn niet verplicht; alleen {carrier} ziet ze. Met beide telt dezelfde persoon maar
                één keer mee in de regio, ook bij een andere opdrachtnemer.
              </Paragraph>
            }
          >
            {field("personRef")}
            {field("personName")}
            {field("personBirthDate")}
            {field("targetGroup")}
            {field("homeMunicipalityCode")}
          </Fieldset>
          <Fieldset legend="Inzet">
            <div className="sroi-form-grid">
              {field("hoursPerWeek")}
              {field("startDate")}
              {field("endDate")}
              {field("hours")}
              {field("days")}
              {field("count")}
            </div>
          </Fieldset>
        </>
      ) : null}
      {entry?.kind === "purchase" ? (
        <Fieldset legend="De inkoop">
          {field("supplierName")}
          {field("supplierKvk")}
          <div className="sroi-form-grid">
            {field("invoiceNumber")}
            {field("invoiceDate")}
            {field("amountExclVat")}
            {field("hours")}
            {field("days")}
            {field("count")}
          </div>
        </Fieldset>
      ) : null}
      {entry?.kind === "community" ? (
        <Fieldset legend="De activiteit">
          {field("description")}
          <div className="sroi-form-grid">
            {field("startDate")}
            {field("endDate")}
            {field("hours")}
            {field("days")}
            {field("count")}
            {field("employees")}
          </div>
        </Fieldset>
      ) : null}
      {entry?.block ? (
        <Bonuses
          values={values}
          available={bonusesFor(entry.block, catalogue)}
          error={errorOf("bonusCodes")}
          onChange={(bonusCodes) => setValues((current) => ({ ...current, bonusCodes }))}
        />
      ) : null}
      {entry?.kind === "person" || entry?.kind === "purchase" ? field("description") : null}

      {entry ? (
        <>
          <EvidenceField
            id={FIELD_IDS.evidenceIds}
            contractId={contractId}
            files={files}
            onChange={setFiles}
            attachedBefore={attachedBefore}
            error={errorOf("evidenceIds")}
            refused={refused}
            onRefused={(problems) => {
              setRefused(problems);
              setRefusalsSummarised(false);
            }}
          />
          <Estimate estimate={liveEstimate(values, catalogue, contract)} carrier={carrier} />
        </>
      ) : null}

      <ButtonGroup>
        <Button type="submit" disabled={submitting}>
          {submitting ? "Bezig met versturen…" : submitLabel}
        </Button>
        <Link to={cancelTo}>Annuleren</Link>
      </ButtonGroup>
    </form>
  );
}

function FailureMessage({
  failure,
  onReload,
}: {
  failure: Exclude<SubmitOutcome, { kind: "saved" | "invalid" }>;
  onReload?: () => void;
}) {
  return (
    <FocusedAlert
      type="error"
      role="alert"
      headingLevel={2}
      heading={
        failure.kind === "conflict"
          ? "Iemand anders heeft deze verantwoording intussen gewijzigd"
          : "Niet verstuurd"
      }
    >
      <p className="utrecht-paragraph">{failure.message}</p>
      {failure.kind === "conflict" && onReload ? (
        <Button appearance="secondary-action" onClick={onReload}>
          Laad de nieuwe gegevens
        </Button>
      ) : null}
    </FocusedAlert>
  );
}

interface InputForProps {
  name: FieldName;
  kind: EntryKind;
  values: RealisationFormValues;
  catalogue: PinnedCatalogue | null;
  carrier: string;
  municipalities: { code: string; name: string }[];
  set: (name: keyof RealisationFormValues) => (event: { currentTarget: { value: string } }) => void;
  error: string | undefined;
}

function InputFor({
  name,
  kind,
  values,
  catalogue,
  carrier,
  municipalities,
  set,
  error,
}: InputForProps) {
  const id = FIELD_IDS[name];
  const block = entryKindOf(values.choice, catalogue)?.block ?? null;
  const text = describe(name, kind, block, catalogue, carrier);
  const label = isOptional(name, kind, block) ? `${text.label} (niet verplicht)` : text.label;
  let control: ReactNode;
  if (name === "homeMunicipalityCode") {
    control = (
      <Select id={id} value={values[name]} onChange={set(name)}>
        <option value="">Kies een gemeente</option>
        {[...municipalities]
          .sort((a, b) => a.name.localeCompare(b.name, "nl"))
          .map((municipality) => (
            <option key={municipality.code} value={municipality.code}>
              {municipality.name}
            </option>
          ))}
      </Select>
    );
  } else if (name === "maatwerkDescription" || name === "description") {
    control = <Textarea id={id} value={values[name]} onChange={set(name)} rows={4} />;
  } else {
    const isDate =
      name === "startDate" ||
      name === "endDate" ||
      name === "invoiceDate" ||
      name === "personBirthDate";
    const isNumber = !isDate && text.width === "xs";
    control = (
      <TextInput
        id={id}
        type={isDate ? "date" : "text"}
        width={isDate ? "sm" : text.width}
        inputMode={
          name === "employees" || name === "supplierKvk"
            ? "numeric"
            : isNumber
              ? "decimal"
              : undefined
        }
        autoComplete="off"
        spellCheck={name === "personRef" || name === "supplierKvk" ? false : undefined}
        value={values[name]}
        onChange={set(name)}
      />
    );
  }
  return (
    <FormField id={id} label={label} description={text.description} error={error}>
      {control}
    </FormField>
  );
}

interface FieldText {
  label: string;
  description?: string;
  width: "xs" | "sm" | "md" | "lg";
}

function describe(
  name: FieldName,
  kind: EntryKind,
  block: PinnedCatalogue["blocks"][number] | null,
  catalogue: PinnedCatalogue | null,
  carrier: string,
): FieldText {
  const basis = formatNumber(catalogue?.basisHours ?? "36");
  switch (name) {
    case "maatwerkDescription":
      return {
        label: "Beschrijving van de maatwerkbijdrage",
        description: `Wat heeft u gedaan, voor wie, wanneer, en hoeveel tijd of geld kostte het? ${carrier} stelt de waarde vast bij het accepteren van de bijdrage.`,
        width: "lg",
      };
    case "personRef":
      return {
        label: "Kenmerk van de persoon",
        description: "Uw eigen kenmerk, bijvoorbeeld een personeelsnummer of K-001; nooit een BSN.",
        width: "md",
      };
    case "personName":
      return {
        label: "Naam",
        description: `Voorletter(s) en achternaam. Alleen ${carrier} ziet de naam.`,
        width: "lg",
      };
    case "personBirthDate":
      return {
        label: "Geboortedatum",
        description: `Alleen ${carrier} ziet de geboortedatum.`,
        width: "sm",
      };
    case "targetGroup":
      return {
        label: "Doelgroep",
        description: "Bijvoorbeeld Participatiewet, WW, banenafspraak of statushouder.",
        width: "md",
      };
    case "homeMunicipalityCode":
      return { label: "Woongemeente", description: "Waar de persoon woont.", width: "md" };
    case "hoursPerWeek":
      return {
        label: "Uren per week",
        description: block?.minHoursPerWeek
          ? `Minimaal ${formatNumber(block.minHoursPerWeek)}; voltijd is ${basis}.`
          : `Voltijd is ${basis}.`,
        width: "xs",
      };
    case "startDate":
      return kind === "community"
        ? { label: "Datum", description: "De (eerste) dag van de activiteit.", width: "sm" }
        : { label: "Begindatum", width: "sm" };
    case "endDate":
      return kind === "community"
        ? { label: "Laatste dag", description: "Als de activiteit meer dagen duurde.", width: "sm" }
        : { label: "Einddatum", description: "De laatste dag in deze periode.", width: "sm" };
    case "hours":
      return {
        label: "Aantal uren",
        description:
          kind === "community"
            ? "Alle uren samen: 3 medewerkers die elk 4 uur helpen is 12 uur."
            : undefined,
        width: "xs",
      };
    case "days":
      return { label: "Aantal dagen", width: "xs" };
    case "count":
      return { label: "Aantal keer", width: "xs" };
    case "employees":
      return {
        label: "Aantal medewerkers",
        description: "Hoeveel van uw medewerkers meededen.",
        width: "xs",
      };
    case "amountExclVat":
      return {
        label: block?.kind === "ACTUAL_COST" ? "Kosten excl. btw" : "Factuurbedrag excl. btw",
        description: "In euro's, bijvoorbeeld 2.500,50.",
        width: "xs",
      };
    case "supplierName":
      return { label: "Naam van de sociale onderneming", width: "lg" };
    case "supplierKvk":
      return { label: "KvK-nummer van de leverancier", description: "8 cijfers.", width: "sm" };
    case "invoiceNumber":
      return { label: "Factuurnummer", width: "sm" };
    case "invoiceDate":
      return { label: "Factuurdatum", width: "sm" };
    case "description":
      return kind === "community"
        ? {
            label: "Omschrijving van de activiteit",
            description: "Wat deed u, en voor welke organisatie of welk initiatief?",
            width: "lg",
          }
        : { label: "Toelichting", description: `Wat ${carrier} verder moet weten.`, width: "lg" };
  }
}

function Bonuses({
  values,
  available,
  error,
  onChange,
}: {
  values: RealisationFormValues;
  available: { code: string; name: string; amount: string; oneOff: boolean }[];
  error: string | undefined;
  onChange: (codes: string[]) => void;
}) {
  if (available.length === 0) return null;
  const errorId = `${FIELD_IDS.bonusCodes}-fout`;
  const toggle = (code: string, checked: boolean) =>
    onChange(checked ? [...values.bonusCodes, code] : values.bonusCodes.filter((c) => c !== code));
  return (
    <fieldset
      id={FIELD_IDS.bonusCodes}
      tabIndex={-1}
      className="utrecht-form-fieldset sroi-fieldset"
      aria-describedby={error ? errorId : undefined}
    >
      <legend className="utrecht-form-fieldset__legend sroi-fieldset__legend">
        Toeslagen (niet verplicht)
      </legend>
      <Paragraph>Kies de toeslagen waar de persoon recht op geeft.</Paragraph>
      {error ? (
        <p className="sroi-field-error" id={errorId}>
          {error}
        </p>
      ) : null}
      {available.map((bonus) => (
        <CheckboxField
          key={bonus.code}
          id={`${FIELD_IDS.bonusCodes}-${bonus.code}`}
          label={`${bonus.name}: ${formatEuro(bonus.amount)}${bonus.oneOff ? " eenmalig" : " per jaar, naar rato"}`}
          checked={values.bonusCodes.includes(bonus.code)}
          onChange={(event) => toggle(bonus.code, event.target.checked)}
        />
      ))}
    </fieldset>
  );
}

function Estimate({ estimate, carrier }: { estimate: LiveEstimate; carrier: string }) {
  const spoken =
    estimate.kind === "value" ? `Geschatte waarde: ${formatEuro(estimate.total)}.` : "";
  // Announce the new amount once typing pauses, not at every key.
  const announced = useSettled(spoken);
  return (
    <section className="sroi-panel sroi-estimate" aria-labelledby="schatting-kop">
      <h2 className="utrecht-heading-2" id="schatting-kop">
        Geschatte waarde
      </h2>
      <p className="sroi-visually-hidden" role="status">
        {announced}
      </p>
      {estimate.kind === "value" ? (
        <RealisationValueTable
          caption="Berekening van de geschatte waarde"
          lines={estimate.lines}
          total={estimate.total}
          totalLabel="Geschatte waarde"
        />
      ) : (
        <Paragraph>
          {estimate.kind === "maatwerk"
            ? `Maatwerk staat niet in het bouwblokkenmodel: ${carrier} stelt de waarde vast bij het accepteren van uw bijdrage.`
            : estimate.kind === "incomplete"
              ? `Nog geen schatting: ${estimate.message}`
              : "Kies eerst wat u verantwoordt."}
        </Paragraph>
      )}
      <Paragraph>
        Het platform rekent bij het indienen opnieuw, met dezelfde regels; die waarde geldt. Alleen
        een verantwoording die {carrier} accepteert, telt mee voor de SR-verplichting.
      </Paragraph>
    </section>
  );
}

function useSettled(value: string, delay = 800): string {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delay);
    return () => clearTimeout(timer);
  }, [value, delay]);
  return settled;
}
