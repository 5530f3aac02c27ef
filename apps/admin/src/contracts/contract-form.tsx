// The form to register a contract or correct one. It keeps everything typed, whatever the API
// answers: problems appear in a summary at the top (each linked to its field) and at each field.
import { useQuery } from "@apollo/client/react";
import { CONTRACT_KIND_LABELS, CONTRACT_KINDS, normaliseKvkNumber } from "@sroi/domain";
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
  TextInput,
} from "@sroi/ui";
import { type FormEvent, type ReactNode, useState } from "react";
import { graphql } from "../gql";
import { type ActionFeedback, ActionFeedbackMessage } from "./feedback";
import {
  type ContractFormValues,
  checkBeforeSending,
  FIELD_IDS,
  FIELD_ORDER,
  previewInput,
} from "./form-values";
import { ObligationPreview, useDebounced } from "./obligation-preview";

const ConsultantsQuery = graphql(`
  query AdminConsultants($municipalityCode: String!) {
    consultants(municipalityCode: $municipalityCode) {
      id
      name
    }
  }
`);

const ContractorLookupQuery = graphql(`
  query AdminContractorLookup($search: String!) {
    organisations(search: $search) {
      id
      kind
      name
      kvkNumber
    }
  }
`);

export interface FieldIssue {
  field: string;
  message: string;
}

/** What became of a submit; on success the page has already moved on. */
export type SubmitOutcome =
  | { kind: "saved" }
  | { kind: "invalid"; issues: FieldIssue[] }
  | { kind: "conflict"; message: string }
  | { kind: "failed"; message: string };

export interface ContractFormProps {
  initial: ContractFormValues;
  /** Register: the gemeenten to choose from. Correct: null, the gemeente is fixed */
  municipalities: { code: string; name: string }[] | null;
  /**
   * Per gemeente code, the API's answer (registerDepartments): null when any department may be
   * given, or none; else the department must be one of these (a contract manager's own)
   */
  registerDepartments: Record<string, string[] | null>;
  /** Correct: the gemeente and contractor, which a correction does not change */
  fixed?: { municipality: string; contractor: string; kvkNumber: string | null };
  /** The accountmanager assigned now, shown while the list loads */
  currentConsultant?: { id: string; name: string } | null;
  submitLabel: string;
  cancelTo: string;
  pinnedWhat: string;
  /** `newContractor`: the KvK number is not on the platform yet, so an invitation goes out */
  onSubmit: (
    values: ContractFormValues,
    context: { newContractor: boolean },
  ) => Promise<SubmitOutcome>;
  onReload?: () => void;
  /** Above the form, e.g. that new data was loaded after a conflict */
  notice?: ReactNode;
}

export function ContractForm({
  initial,
  municipalities,
  registerDepartments,
  fixed,
  currentConsultant,
  submitLabel,
  cancelTo,
  pinnedWhat,
  onSubmit,
  onReload,
  notice,
}: ContractFormProps) {
  const [values, setValues] = useState(initial);
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [failure, setFailure] = useState<ActionFeedback | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const registering = municipalities !== null;
  const ownDepartments = registerDepartments[values.municipalityCode] ?? null;
  const contractor = useContractorLookup(registering ? values.kvkNumber : "");

  const set = (name: keyof ContractFormValues) => (event: { currentTarget: { value: string } }) => {
    const value = event.currentTarget.value;
    setValues((current) => ({
      ...current,
      [name]: value,
      // Each gemeente has its own WSP: an accountmanager chosen for another does not fit.
      ...(name === "municipalityCode" ? { consultantId: "" } : {}),
    }));
  };
  const errorOf = (field: string) => issues.find((issue) => issue.field === field)?.message;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (submitting) return;
    setFailure(null);
    const local = checkBeforeSending(values, { needsMunicipality: registering });
    if (Object.keys(local).length > 0) {
      setIssues(Object.entries(local).map(([field, message]) => ({ field, message })));
      return;
    }
    setSubmitting(true);
    try {
      const outcome = await onSubmit(values, {
        newContractor: contractor.looked && !contractor.known,
      });
      if (outcome.kind === "invalid") setIssues(outcome.issues);
      else {
        setIssues([]);
        if (outcome.kind === "conflict" || outcome.kind === "failed")
          setFailure({ kind: outcome.kind, message: outcome.message });
      }
    } catch {
      setIssues([]);
      setFailure({
        kind: "failed",
        message: "Het opslaan is niet gelukt: de server gaf geen antwoord. Probeer het opnieuw.",
      });
    } finally {
      setSubmitting(false);
    }
  }

  const summaryItems: ErrorSummaryItem[] = [...issues]
    .sort((a, b) => order(a.field) - order(b.field))
    .map((issue) => ({
      fieldId: FIELD_IDS[issue.field] ?? FIELD_IDS.reference ?? "kenmerk",
      message: issue.message,
    }));

  return (
    <form className="sroi-contract-form" onSubmit={submit} noValidate aria-label={submitLabel}>
      {notice}
      {summaryItems.length > 0 ? <ErrorSummary items={summaryItems} /> : null}
      {failure ? <ActionFeedbackMessage feedback={failure} onReload={() => onReload?.()} /> : null}
      <Paragraph>Velden zonder “(niet verplicht)” zijn verplicht.</Paragraph>

      <Fieldset legend="Opdracht">
        {fixed ? (
          <DataList>
            <DataListItem label="Gemeente">{fixed.municipality}</DataListItem>
            <DataListItem label="Opdrachtnemer">
              {fixed.contractor}
              {fixed.kvkNumber ? ` (KvK-nummer ${fixed.kvkNumber})` : ""}
            </DataListItem>
          </DataList>
        ) : null}
        {municipalities ? (
          <FormField id="gemeente" label="Gemeente" error={errorOf("municipalityCode")}>
            <Select
              id="gemeente"
              value={values.municipalityCode}
              onChange={set("municipalityCode")}
            >
              {municipalities.length === 1 ? null : <option value="">Kies een gemeente</option>}
              {municipalities.map((municipality) => (
                <option key={municipality.code} value={municipality.code}>
                  {municipality.name}
                </option>
              ))}
            </Select>
          </FormField>
        ) : null}
        <FormField
          id="kenmerk"
          label="Kenmerk"
          description="Het kenmerk van de gemeente, bijvoorbeeld AMF-2026-012."
          error={errorOf("reference")}
        >
          <TextInput
            id="kenmerk"
            width="md"
            value={values.reference}
            onChange={set("reference")}
            autoComplete="off"
          />
        </FormField>
        <FormField id="titel" label="Titel" error={errorOf("title")}>
          <TextInput id="titel" value={values.title} onChange={set("title")} autoComplete="off" />
        </FormField>
        <FormField
          id="afdeling"
          label={ownDepartments ? "Afdeling" : "Afdeling (niet verplicht)"}
          description={
            ownDepartments
              ? `U registreert opdrachten van uw eigen afdeling: ${ownDepartments.join(", ")}.`
              : undefined
          }
          error={errorOf("department")}
        >
          <TextInput
            id="afdeling"
            width="md"
            value={values.department}
            onChange={set("department")}
            autoComplete="off"
          />
        </FormField>
        <FormField id="soort" label="Soort" error={errorOf("kind")}>
          <Select id="soort" value={values.kind} onChange={set("kind")}>
            <option value="">Kies de soort</option>
            {CONTRACT_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {CONTRACT_KIND_LABELS[kind]}
              </option>
            ))}
          </Select>
        </FormField>
        <FormField
          id="waarde"
          label="Opdrachtwaarde excl. btw"
          description="In euro's, bijvoorbeeld 480000 of 480.000,00."
          error={errorOf("valueExclVat")}
        >
          <TextInput
            id="waarde"
            width="sm"
            inputMode="decimal"
            value={values.valueExclVat}
            onChange={set("valueExclVat")}
            autoComplete="off"
          />
        </FormField>
        {values.kind === "SUPPLIES" ? (
          <FormField
            id="arbeidsaandeel"
            label="Arbeidsaandeel (niet verplicht)"
            description="Het deel van de waarde dat arbeid is, van 0 tot en met 1: 0,30 is 30 %. Bij leveringen met weinig arbeid kan het beleid een lager percentage vragen."
            error={errorOf("labourShare")}
          >
            <TextInput
              id="arbeidsaandeel"
              width="xs"
              inputMode="decimal"
              value={values.labourShare}
              onChange={set("labourShare")}
              autoComplete="off"
            />
          </FormField>
        ) : null}
      </Fieldset>

      <Fieldset
        legend="Data"
        description={
          <Paragraph>
            De verplichting volgt het beleid dat gold op de publicatiedatum van de aanbesteding, of
            op de gunningsdatum als er geen publicatiedatum is.
          </Paragraph>
        }
      >
        <DateField
          id="publicatiedatum"
          label="Publicatiedatum (niet verplicht)"
          field="publicationDate"
          values={values}
          set={set}
          errorOf={errorOf}
        />
        <DateField
          id="gunningsdatum"
          label="Gunningsdatum"
          field="awardDate"
          values={values}
          set={set}
          errorOf={errorOf}
        />
        <DateField
          id="begindatum"
          label="Begindatum (niet verplicht)"
          field="startDate"
          values={values}
          set={set}
          errorOf={errorOf}
        />
        <DateField
          id="einddatum"
          label="Einddatum (niet verplicht)"
          field="endDate"
          values={values}
          set={set}
          errorOf={errorOf}
        />
      </Fieldset>

      <ObligationPreview input={previewInput(values)} pinnedWhat={pinnedWhat} />

      <Fieldset legend="Begeleiding">
        <ConsultantField
          municipalityCode={values.municipalityCode}
          value={values.consultantId}
          current={currentConsultant ?? null}
          onChange={set("consultantId")}
          error={errorOf("consultantId")}
        />
      </Fieldset>

      {registering ? (
        <ContractorFields values={values} set={set} errorOf={errorOf} lookup={contractor} />
      ) : null}

      <ButtonGroup>
        <Button type="submit" disabled={submitting}>
          {submitLabel}
        </Button>
        <Link to={cancelTo}>Annuleren</Link>
      </ButtonGroup>
    </form>
  );
}

function order(field: string): number {
  const index = FIELD_ORDER.indexOf(field);
  return index === -1 ? -1 : index;
}

type Setter = (
  name: keyof ContractFormValues,
) => (event: { currentTarget: { value: string } }) => void;

function DateField({
  id,
  label,
  field,
  values,
  set,
  errorOf,
}: {
  id: string;
  label: string;
  field: "publicationDate" | "awardDate" | "startDate" | "endDate";
  values: ContractFormValues;
  set: Setter;
  errorOf: (field: string) => string | undefined;
}) {
  return (
    <FormField id={id} label={label} error={errorOf(field)}>
      <TextInput id={id} type="date" width="sm" value={values[field]} onChange={set(field)} />
    </FormField>
  );
}

function ConsultantField({
  municipalityCode,
  value,
  current,
  onChange,
  error,
}: {
  municipalityCode: string;
  value: string;
  current: { id: string; name: string } | null;
  onChange: (event: { currentTarget: { value: string } }) => void;
  error: string | undefined;
}) {
  const { data } = useQuery(ConsultantsQuery, {
    variables: { municipalityCode },
    skip: !municipalityCode,
  });
  const options = data?.consultants ?? (current ? [current] : []);
  const known = options.some((option) => option.id === value);
  return (
    <FormField
      id="accountmanager"
      label="Accountmanager (niet verplicht)"
      description={
        municipalityCode
          ? "De accountmanager die de opdrachtnemer begeleidt, van de organisatie die de social return van deze gemeente uitvoert (het WSP of het eigen team). Zonder accountmanager gaat de post naar het algemene adres van die organisatie."
          : "Kies eerst de gemeente: dan staan hier de accountmanagers van de organisatie die haar social return uitvoert."
      }
      error={error}
    >
      <Select id="accountmanager" value={value} onChange={onChange}>
        <option value="">Nog niet toewijzen</option>
        {options.map((consultant) => (
          <option key={consultant.id} value={consultant.id}>
            {consultant.name}
          </option>
        ))}
        {value && !known ? <option value={value}>Huidige accountmanager</option> : null}
      </Select>
    </FormField>
  );
}

interface ContractorLookup {
  /** The contractor with this KvK number, when the platform knows it */
  known: { name: string } | undefined;
  /** The KvK number is complete and the answer is in */
  looked: boolean;
}

/** Whether a KvK number is on the platform already, asked once typing pauses. */
function useContractorLookup(typed: string): ContractorLookup {
  const kvkNumber = normaliseKvkNumber(useDebounced(typed));
  const { data } = useQuery(ContractorLookupQuery, {
    variables: { search: kvkNumber ?? "" },
    skip: kvkNumber === null,
  });
  const known =
    kvkNumber === null
      ? undefined
      : data?.organisations.find(
          (organisation) =>
            organisation.kvkNumber === kvkNumber &&
            (organisation.kind === "CONTRACTOR" || organisation.kind === "SOCIAL_ENTERPRISE"),
        );
  return { known, looked: kvkNumber !== null && data !== undefined };
}

function ContractorFields({
  values,
  set,
  errorOf,
  lookup: { known, looked },
}: {
  values: ContractFormValues;
  set: Setter;
  errorOf: (field: string) => string | undefined;
  lookup: ContractorLookup;
}) {
  return (
    <Fieldset
      legend="Opdrachtnemer"
      description={
        <Paragraph>
          Staat de opdrachtnemer nog niet op het platform, dan maakt het registreren de organisatie
          aan en krijgt de contactpersoon een uitnodiging per e-mail om een wachtwoord te kiezen.
          Met dat account ziet de opdrachtnemer de opdracht en de verplichting in het portaal.
        </Paragraph>
      }
    >
      <FormField
        id="kvk-nummer"
        label="KvK-nummer"
        description="8 cijfers."
        error={errorOf("contractor.kvkNumber")}
      >
        <TextInput
          id="kvk-nummer"
          width="sm"
          inputMode="numeric"
          value={values.kvkNumber}
          onChange={set("kvkNumber")}
          autoComplete="off"
        />
      </FormField>
      <p className="utrecht-paragraph" aria-live="polite">
        {known
          ? `Bekende opdrachtnemer: ${known.name}. De opdracht komt bij deze organisatie.`
          : looked
            ? "Dit KvK-nummer is nieuw op het platform: vul hieronder de gegevens van de opdrachtnemer in."
            : ""}
      </p>
      {known ? null : (
        <>
          <FormField
            id="opdrachtnemer-naam"
            label="Naam opdrachtnemer"
            description="Alleen nodig als het KvK-nummer nieuw is."
            error={errorOf("contractor.name")}
          >
            <TextInput
              id="opdrachtnemer-naam"
              value={values.contractorName}
              onChange={set("contractorName")}
              autoComplete="organization"
            />
          </FormField>
          <FormField
            id="contactpersoon"
            label="Naam contactpersoon"
            error={errorOf("contractor.contactName")}
          >
            <TextInput
              id="contactpersoon"
              value={values.contactName}
              onChange={set("contactName")}
              autoComplete="off"
            />
          </FormField>
          <FormField
            id="contactpersoon-email"
            label="E-mailadres contactpersoon"
            description="Hierheen gaat de uitnodiging voor het portaal."
            error={errorOf("contractor.contactEmail")}
          >
            <TextInput
              id="contactpersoon-email"
              type="email"
              value={values.contactEmail}
              onChange={set("contactEmail")}
              autoComplete="off"
            />
          </FormField>
        </>
      )}
    </Fieldset>
  );
}
