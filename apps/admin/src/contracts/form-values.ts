// The contract form's values as typed, and what the API gets from them. Only what the API's
// scalars would refuse outright (a value that is no number, a missing award date) is checked
// here; every other rule is the API's, so its messages are the only ones to keep in step.
import { type ContractKind, type DutchNumberField, readDutchNumber } from "@sroi/domain";
import type { ContractInput, ContractorInput } from "../gql/graphql";

export interface ContractFormValues {
  municipalityCode: string;
  reference: string;
  title: string;
  department: string;
  kind: ContractKind | "";
  valueExclVat: string;
  labourShare: string;
  publicationDate: string;
  awardDate: string;
  startDate: string;
  endDate: string;
  consultantId: string;
  kvkNumber: string;
  contractorName: string;
  contactName: string;
  contactEmail: string;
}

export const EMPTY_FORM: ContractFormValues = {
  municipalityCode: "",
  reference: "",
  title: "",
  department: "",
  kind: "",
  valueExclVat: "",
  labourShare: "",
  publicationDate: "",
  awardDate: "",
  startDate: "",
  endDate: "",
  consultantId: "",
  kvkNumber: "",
  contractorName: "",
  contactName: "",
  contactEmail: "",
};

/** The id of each field's control, by the API's name for the field (its ValidationError paths). */
export const FIELD_IDS: Record<string, string> = {
  municipalityCode: "gemeente",
  reference: "kenmerk",
  title: "titel",
  department: "afdeling",
  kind: "soort",
  valueExclVat: "waarde",
  labourShare: "arbeidsaandeel",
  publicationDate: "publicatiedatum",
  awardDate: "gunningsdatum",
  startDate: "begindatum",
  endDate: "einddatum",
  consultantId: "accountmanager",
  "contractor.kvkNumber": "kvk-nummer",
  "contractor.name": "opdrachtnemer-naam",
  "contractor.contactName": "contactpersoon",
  "contractor.contactEmail": "contactpersoon-email",
};

/** The order of the fields on the page, so the error summary lists problems top to bottom. */
export const FIELD_ORDER = Object.keys(FIELD_IDS);

const CONTRACT_VALUE: DutchNumberField = {
  kind: "money",
  label: "de opdrachtwaarde excl. btw",
  example: "250000 of 250.000,00",
};

// Typed as the API stores it, a share from 0 to 1, so the API's own message about it fits too.
const LABOUR_SHARE: DutchNumberField = {
  kind: "number",
  label: "het arbeidsaandeel",
  example: "0,30",
  decimals: 4,
  max: "1",
};

/** The value the API gets for a field, or null when it is empty or not readable. */
function readableValue(text: string, field: DutchNumberField): string | null {
  const result = readDutchNumber(text, field);
  return result.ok ? result.value : null;
}

/** Problems the API could not even be asked about, by API field name. */
export function checkBeforeSending(
  values: ContractFormValues,
  options: { needsMunicipality: boolean },
): Record<string, string> {
  const issues: Record<string, string> = {};
  if (options.needsMunicipality && !values.municipalityCode)
    issues.municipalityCode = "Kies de gemeente van de opdracht.";
  if (!values.kind) issues.kind = "Kies de soort opdracht.";
  const value = readDutchNumber(values.valueExclVat, CONTRACT_VALUE);
  if (!value.ok) issues.valueExclVat = value.message;
  const share = readDutchNumber(values.labourShare, LABOUR_SHARE);
  if (values.kind === "SUPPLIES" && !share.ok && share.problem !== "empty")
    issues.labourShare = share.message;
  if (!values.awardDate) issues.awardDate = "Vul de gunningsdatum in.";
  return issues;
}

/** The contract as the API takes it; call only when checkBeforeSending found nothing. */
export function toContractInput(values: ContractFormValues): ContractInput {
  return {
    reference: values.reference.trim(),
    title: values.title.trim(),
    department: values.department.trim() || null,
    kind: values.kind as ContractKind,
    valueExclVat: readableValue(values.valueExclVat, CONTRACT_VALUE) ?? values.valueExclVat,
    labourShare:
      values.kind === "SUPPLIES" ? readableValue(values.labourShare, LABOUR_SHARE) : null,
    publicationDate: values.publicationDate || null,
    awardDate: values.awardDate,
    startDate: values.startDate || null,
    endDate: values.endDate || null,
    consultantId: values.consultantId || null,
  };
}

/** For a KvK number the platform knows, the API uses what it has and ignores the rest. */
export function toContractorInput(values: ContractFormValues): ContractorInput {
  return {
    kvkNumber: values.kvkNumber.trim(),
    name: values.contractorName.trim() || null,
    contactName: values.contactName.trim() || null,
    contactEmail: values.contactEmail.trim() || null,
  };
}

/** The obligation preview's input, once the fields it needs are there and readable. */
export function previewInput(values: ContractFormValues) {
  const valueExclVat = readableValue(values.valueExclVat, CONTRACT_VALUE);
  const referenceDate = values.publicationDate || values.awardDate;
  if (!values.municipalityCode || !values.kind || valueExclVat === null || !referenceDate)
    return null;
  return {
    municipalityCode: values.municipalityCode,
    contractKind: values.kind,
    valueExclVat,
    labourShare:
      values.kind === "SUPPLIES" ? readableValue(values.labourShare, LABOUR_SHARE) : null,
    referenceDate,
    // With the contractor, the preview weighs its PSO certificate as registration will
    awardDate: values.awardDate || null,
    contractorKvkNumber: values.kvkNumber.trim() || null,
  };
}
