// The realisation form's values and rules: which fields a block asks for (by its category and its
// valuation kind), reading them the way people in the Netherlands type them, and the estimate with
// the same domain rules as the API. The server checks and values everything again; its word counts.
import {
  type BlockCategory,
  type BlockDefinition,
  type BonusDefinition,
  bonusAppliesTo,
  EMPLOYEES_NUMBER_FIELD,
  isIsoDate,
  readDutchNumber,
  toDutchInput,
  usesCountingPeriod,
  VALUATION_NUMBER_FIELDS,
  type ValuationNumberInput,
  type ValueBlockResult,
  valuationInputs,
  valueBlock,
} from "@sroi/domain";
import type { RealisationFacts } from "@sroi/ui";
import type { RealisationInput } from "../gql/graphql";

/** The choice in the block list that stands for "not in the catalogue" */
export const MAATWERK = "maatwerk";

export interface RealisationFormValues {
  /** a block code, MAATWERK, or "" before a choice */
  choice: string;
  maatwerkDescription: string;
  personRef: string;
  personName: string;
  /** yyyy-mm-dd; with the name it lets the platform count the person once in the region */
  personBirthDate: string;
  targetGroup: string;
  homeMunicipalityCode: string;
  hoursPerWeek: string;
  startDate: string;
  endDate: string;
  hours: string;
  days: string;
  count: string;
  employees: string;
  amountExclVat: string;
  bonusCodes: string[];
  supplierName: string;
  supplierKvk: string;
  invoiceNumber: string;
  invoiceDate: string;
  description: string;
}

export type FieldName = Exclude<keyof RealisationFormValues, "choice" | "bonusCodes">;

export const EMPTY_VALUES: RealisationFormValues = {
  choice: "",
  maatwerkDescription: "",
  personRef: "",
  personName: "",
  personBirthDate: "",
  targetGroup: "",
  homeMunicipalityCode: "",
  hoursPerWeek: "",
  startDate: "",
  endDate: "",
  hours: "",
  days: "",
  count: "",
  employees: "",
  amountExclVat: "",
  bonusCodes: [],
  supplierName: "",
  supplierKvk: "",
  invoiceNumber: "",
  invoiceDate: "",
  description: "",
};

/** The pinned catalogue version, as the API gives it; it maps 1:1 onto the domain's types. */
export interface PinnedCatalogue {
  basisHours: string;
  blocks: Omit<BlockDefinition, "note">[];
  bonuses: BonusDefinition[];
}

export interface ContractPeriod {
  startDate: string | null;
  endDate: string | null;
}

/** Which group of questions an entry answers, after the kind of activity it is. */
export type EntryKind = "person" | "purchase" | "community" | "maatwerk";

const KIND_BY_CATEGORY: Record<BlockCategory, EntryKind> = {
  EMPLOYMENT: "person",
  LEARNING: "person",
  WORK_EXPERIENCE: "person",
  SOCIAL_PURCHASE: "purchase",
  COST: "purchase",
  COMMUNITY_ACTIVITY: "community",
};

export function findBlock(catalogue: PinnedCatalogue | null, code: string) {
  return catalogue?.blocks.find((block) => block.code === code) ?? null;
}

export function entryKindOf(
  choice: string,
  catalogue: PinnedCatalogue | null,
): { kind: EntryKind; block: Omit<BlockDefinition, "note"> | null } | null {
  if (choice === MAATWERK) return { kind: "maatwerk", block: null };
  const block = findBlock(catalogue, choice);
  return block ? { kind: KIND_BY_CATEGORY[block.category], block } : null;
}

/**
 * Every field the form shows for this choice, in order. What a kind of activity asks (who, which
 * supplier, what was done) comes first, then what the valuation needs.
 */
export function visibleFields(
  choice: string,
  catalogue: PinnedCatalogue | null,
): readonly FieldName[] {
  const entry = entryKindOf(choice, catalogue);
  if (!entry) return [];
  if (entry.kind === "maatwerk" || !entry.block) return ["maatwerkDescription"];
  // The amount is asked with the purchase's other facts; the rest where the kind of entry puts it.
  const valuation = valuationInputs(entry.block).filter((field) => field !== "amountExclVat");
  const amount = valuationInputs(entry.block).includes("amountExclVat")
    ? ["amountExclVat" as const]
    : [];
  switch (entry.kind) {
    case "person":
      return [
        "personRef",
        "personName",
        "personBirthDate",
        "targetGroup",
        "homeMunicipalityCode",
        ...amount,
        ...valuation,
        // A person's period is asked also when the block values something else, e.g. hours.
        ...(["startDate", "endDate"] as const).filter((field) => !valuation.includes(field)),
        "description",
      ];
    case "purchase":
      return [
        "supplierName",
        "supplierKvk",
        "invoiceNumber",
        "invoiceDate",
        // A purchase always states its invoice amount, also when the block values something else.
        "amountExclVat",
        ...valuation,
        "description",
      ];
    case "community":
      return [
        "description",
        ...(["startDate", "endDate"] as const).filter((field) => !valuation.includes(field)),
        ...amount,
        ...valuation,
        "employees",
      ];
  }
}

/** Fields the person may leave empty; the form says "(niet verplicht)" after their label. */
export function isOptional(field: FieldName, kind: EntryKind, block: PinnedBlock | null): boolean {
  switch (field) {
    case "personName":
    case "personBirthDate":
    case "targetGroup":
    case "homeMunicipalityCode":
    case "supplierKvk":
    case "employees":
      return true;
    case "description":
      return kind !== "community";
    case "endDate":
      // A community activity may take one day; a period block needs its end.
      return kind === "community" && !(block && usesCountingPeriod(block.kind));
    default:
      return false;
  }
}

type PinnedBlock = Omit<BlockDefinition, "note">;

export const FIELD_IDS: Record<FieldName | "choice" | "bonusCodes" | "evidenceIds", string> = {
  choice: "verantwoording-bouwblok",
  maatwerkDescription: "verantwoording-maatwerk",
  personRef: "verantwoording-kenmerk",
  personName: "verantwoording-naam",
  personBirthDate: "verantwoording-geboortedatum",
  targetGroup: "verantwoording-doelgroep",
  homeMunicipalityCode: "verantwoording-woongemeente",
  hoursPerWeek: "verantwoording-uren-per-week",
  startDate: "verantwoording-begindatum",
  endDate: "verantwoording-einddatum",
  hours: "verantwoording-uren",
  days: "verantwoording-dagen",
  count: "verantwoording-aantal",
  employees: "verantwoording-medewerkers",
  amountExclVat: "verantwoording-bedrag",
  bonusCodes: "verantwoording-toeslagen",
  supplierName: "verantwoording-leverancier",
  supplierKvk: "verantwoording-kvk",
  invoiceNumber: "verantwoording-factuurnummer",
  invoiceDate: "verantwoording-factuurdatum",
  description: "verantwoording-omschrijving",
  evidenceIds: "verantwoording-bewijs",
};

/** The API's and the domain's field names, as the form names them. */
export function formFieldOf(apiField: string): keyof typeof FIELD_IDS {
  if (apiField === "blockCode" || apiField === "block") return "choice";
  return apiField in FIELD_IDS ? (apiField as keyof typeof FIELD_IDS) : "choice";
}

export interface FieldIssue {
  field: keyof typeof FIELD_IDS;
  message: string;
}

const isNumberField = (field: FieldName): field is ValuationNumberInput =>
  field in VALUATION_NUMBER_FIELDS;

const REQUIRED_MESSAGES: Partial<Record<FieldName, string>> = {
  maatwerkDescription: "Beschrijf de maatwerkbijdrage: wat heeft u gedaan, voor wie en wanneer.",
  personRef: "Vul uw eigen kenmerk voor de persoon in, bijvoorbeeld K-001.",
  supplierName: "Vul de naam van de sociale onderneming in.",
  invoiceNumber: "Vul het factuurnummer in.",
  invoiceDate: "Vul de factuurdatum in.",
  description: "Beschrijf de activiteit.",
  startDate: "Vul de begindatum in.",
  endDate: "Vul de einddatum in.",
};

const TEXT_FIELDS = [
  "maatwerkDescription",
  "personRef",
  "personName",
  "targetGroup",
  "homeMunicipalityCode",
  "supplierName",
  "supplierKvk",
  "invoiceNumber",
  "description",
] as const;

export type CheckedForm =
  | { ok: true; input: RealisationInput; estimate: ValueBlockResult | null }
  | { ok: false; issues: FieldIssue[] };

/**
 * The values as the API wants them, or what to fix first. Only the fields shown for the choice are
 * sent; the others keep what was typed, in case the person switches back.
 */
export function checkBeforeSending(
  values: RealisationFormValues,
  catalogue: PinnedCatalogue | null,
  contract: ContractPeriod,
): CheckedForm {
  const entry = entryKindOf(values.choice, catalogue);
  if (!entry) {
    return {
      ok: false,
      issues: [
        {
          field: "choice",
          message: "Kies wat u verantwoordt: een bouwblok uit de lijst, of maatwerk.",
        },
      ],
    };
  }
  const fields = visibleFields(values.choice, catalogue);
  const issues: FieldIssue[] = [];
  const input: RealisationInput = {
    blockCode: entry.block?.code ?? null,
    bonusCodes: entry.block ? chosenBonuses(values, entry.block, catalogue) : [],
  };
  for (const field of fields) {
    const text = values[field].trim();
    if (text === "") {
      const required = !isOptional(field, entry.kind, entry.block);
      const message = REQUIRED_MESSAGES[field];
      // Inputs the valuation needs are reported by the domain below, in its own words.
      if (required && message) issues.push({ field, message });
      continue;
    }
    if (field === "employees") {
      const employees = readDutchNumber(text, EMPLOYEES_NUMBER_FIELD);
      if (employees.ok) input.employees = Number(employees.value);
      else issues.push({ field, message: employees.message });
    } else if (
      field === "startDate" ||
      field === "endDate" ||
      field === "invoiceDate" ||
      field === "personBirthDate"
    ) {
      if (!isIsoDate(text))
        issues.push({ field, message: "Vul een bestaande datum in, bijvoorbeeld 31-01-2026." });
      else input[field] = text;
    } else if (isNumberField(field)) {
      const number = readDutchNumber(text, VALUATION_NUMBER_FIELDS[field]);
      if (number.ok) input[field] = number.value;
      else issues.push({ field, message: number.message });
    } else if ((TEXT_FIELDS as readonly string[]).includes(field)) {
      input[field as (typeof TEXT_FIELDS)[number]] = text;
    }
  }
  if (issues.length > 0) return { ok: false, issues };
  const estimate = entry.block ? estimateValue(input, entry.block, catalogue, contract) : null;
  if (estimate && !estimate.ok) {
    return {
      ok: false,
      issues: [{ field: formFieldOf(estimate.field), message: estimate.message }],
    };
  }
  return { ok: true, input, estimate };
}

function chosenBonuses(
  values: RealisationFormValues,
  block: PinnedBlock,
  catalogue: PinnedCatalogue | null,
): string[] {
  const available = bonusesFor(block, catalogue);
  return values.bonusCodes.filter((code) => available.some((bonus) => bonus.code === code));
}

/** The bonuses a block may get, in catalogue order. */
export function bonusesFor(block: PinnedBlock, catalogue: PinnedCatalogue | null) {
  return (catalogue?.bonuses ?? []).filter((bonus) => bonusAppliesTo(bonus, block));
}

/** The value by the domain's rules, as the server will compute it on submit. */
export function estimateValue(
  input: RealisationInput,
  block: PinnedBlock,
  catalogue: PinnedCatalogue | null,
  contract: ContractPeriod,
): ValueBlockResult {
  const codes = input.bonusCodes ?? [];
  return valueBlock({
    block,
    basisHours: catalogue?.basisHours ?? null,
    bonuses: (catalogue?.bonuses ?? []).filter((bonus) => codes.includes(bonus.code)),
    hoursPerWeek: input.hoursPerWeek ?? null,
    startDate: input.startDate ?? null,
    endDate: input.endDate ?? null,
    hours: input.hours ?? null,
    days: input.days ?? null,
    count: input.count ?? null,
    amountExclVat: input.amountExclVat ?? null,
    contractStart: contract.startDate,
    contractEnd: contract.endDate,
  });
}

export type LiveEstimate =
  | { kind: "none" }
  | { kind: "maatwerk" }
  | { kind: "incomplete"; message: string }
  | { kind: "value"; total: string; lines: { label: string; amount: string }[] };

/** The value while the person types: only the inputs the valuation needs, read leniently. */
export function liveEstimate(
  values: RealisationFormValues,
  catalogue: PinnedCatalogue | null,
  contract: ContractPeriod,
): LiveEstimate {
  const entry = entryKindOf(values.choice, catalogue);
  if (!entry) return { kind: "none" };
  if (!entry.block) return { kind: "maatwerk" };
  const input: RealisationInput = { bonusCodes: chosenBonuses(values, entry.block, catalogue) };
  for (const field of visibleFields(values.choice, catalogue)) {
    const text = values[field].trim();
    if (field === "startDate" || field === "endDate") input[field] = text || null;
    else if (isNumberField(field)) {
      const number = readDutchNumber(text, VALUATION_NUMBER_FIELDS[field]);
      if (number.ok) input[field] = number.value;
      else if (number.problem !== "empty") return { kind: "incomplete", message: number.message };
    }
  }
  const result = estimateValue(input, entry.block, catalogue, contract);
  return result.ok
    ? { kind: "value", total: result.total, lines: result.lines }
    : { kind: "incomplete", message: result.message };
}

/** A realisation's inputs as the API gives them (and the shared views read them), as form values. */
export function valuesFromRealisation(
  r: Omit<RealisationFacts, "personName" | "submittedAt">,
): RealisationFormValues {
  return {
    choice: r.blockCode ?? MAATWERK,
    maatwerkDescription: r.maatwerkDescription ?? "",
    personRef: r.personRef ?? "",
    // The portal never sees the name (only the WSP does); it is typed again when it should stay.
    personName: "",
    personBirthDate: "",
    targetGroup: r.targetGroup ?? "",
    homeMunicipalityCode: r.homeMunicipalityCode ?? "",
    hoursPerWeek: toDutchInput(r.hoursPerWeek, VALUATION_NUMBER_FIELDS.hoursPerWeek.kind),
    startDate: r.startDate ?? "",
    endDate: r.endDate ?? "",
    hours: toDutchInput(r.hours, VALUATION_NUMBER_FIELDS.hours.kind),
    days: toDutchInput(r.days, VALUATION_NUMBER_FIELDS.days.kind),
    count: toDutchInput(r.count, VALUATION_NUMBER_FIELDS.count.kind),
    employees: r.employees === null ? "" : String(r.employees),
    amountExclVat: toDutchInput(r.amountExclVat, VALUATION_NUMBER_FIELDS.amountExclVat.kind),
    bonusCodes: r.bonusCodes,
    supplierName: r.supplierName ?? "",
    supplierKvk: r.supplierKvk ?? "",
    invoiceNumber: r.invoiceNumber ?? "",
    invoiceDate: r.invoiceDate ?? "",
    description: r.description ?? "",
  };
}
