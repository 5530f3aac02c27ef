// Step 1 of the rekenhulp: the contract. Submitting writes the choice into the address (a new
// history entry: Back returns to the previous calculation); the route's loader asks the API.
import { CONTRACT_KIND_LABELS, CONTRACT_KINDS, type ContractKind } from "@sroi/domain";
import {
  Button,
  ErrorSummary,
  type ErrorSummaryItem,
  FormField,
  Select,
  TextInput,
} from "@sroi/ui";
import { type FormEvent, useState } from "react";
import type { ObligationDraft } from "./state";
import type { FieldErrors } from "./valuation";

export interface MunicipalityOption {
  code: string;
  name: string;
  region: { code: string; name: string };
}

const IDS: Record<keyof ObligationDraft, string> = {
  municipalityCode: "gemeente",
  contractKind: "soort",
  value: "waarde",
  labourSharePercent: "arbeidsaandeel",
  referenceDate: "peildatum",
};

export function ObligationForm({
  draft,
  errors,
  municipalities,
  onSubmit,
}: {
  draft: ObligationDraft;
  errors: FieldErrors;
  municipalities: readonly MunicipalityOption[];
  onSubmit: (draft: ObligationDraft) => void;
}) {
  // Only the kind needs to be known while typing: it decides whether the labour share is asked.
  const [kind, setKind] = useState<ContractKind | "">(draft.contractKind);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? "").trim();
    onSubmit({
      municipalityCode: text(IDS.municipalityCode),
      contractKind: kind,
      value: text(IDS.value),
      labourSharePercent: kind === "SUPPLIES" ? text(IDS.labourSharePercent) : "",
      referenceDate: text(IDS.referenceDate),
    });
  }

  const summary: ErrorSummaryItem[] = (Object.keys(IDS) as (keyof ObligationDraft)[]).flatMap(
    (field) => {
      const message = errors[field];
      return message ? [{ fieldId: IDS[field], message }] : [];
    },
  );
  const regions = groupByRegion(municipalities);
  return (
    <form
      noValidate
      onSubmit={submit}
      className="sroi-rekenhulp-form"
      aria-labelledby="stap-opdracht"
    >
      {summary.length > 0 ? (
        <ErrorSummary heading="De verplichting kan nog niet worden berekend" items={summary} />
      ) : null}
      <div className="sroi-form-grid">
        <FormField id={IDS.municipalityCode} label="Gemeente" error={errors.municipalityCode}>
          <Select
            id={IDS.municipalityCode}
            name={IDS.municipalityCode}
            defaultValue={draft.municipalityCode}
          >
            <option value="">Kies een gemeente</option>
            {regions.map((region) => (
              <optgroup key={region.name} label={region.name}>
                {region.municipalities.map((municipality) => (
                  <option key={municipality.code} value={municipality.code}>
                    {municipality.name}
                  </option>
                ))}
              </optgroup>
            ))}
          </Select>
        </FormField>
        <FormField id={IDS.contractKind} label="Soort opdracht" error={errors.contractKind}>
          <Select
            id={IDS.contractKind}
            name={IDS.contractKind}
            value={kind}
            onChange={(event) => setKind(event.target.value as ContractKind | "")}
          >
            <option value="">Kies de soort</option>
            {CONTRACT_KINDS.map((option) => (
              <option key={option} value={option}>
                {CONTRACT_KIND_LABELS[option]}
              </option>
            ))}
          </Select>
        </FormField>
        <FormField
          id={IDS.value}
          label="Opdrachtwaarde excl. btw"
          description="In euro's, bijvoorbeeld 1.250.000"
          error={errors.value}
        >
          <TextInput
            id={IDS.value}
            name={IDS.value}
            inputMode="decimal"
            autoComplete="off"
            defaultValue={draft.value}
            width="sm"
          />
        </FormField>
        {kind === "SUPPLIES" ? (
          <FormField
            id={IDS.labourSharePercent}
            label="Arbeidsaandeel (%)"
            description="Welk deel van de waarde arbeid is, bijvoorbeeld 35"
            error={errors.labourSharePercent}
          >
            <TextInput
              id={IDS.labourSharePercent}
              name={IDS.labourSharePercent}
              inputMode="decimal"
              autoComplete="off"
              defaultValue={draft.labourSharePercent}
              width="xs"
            />
          </FormField>
        ) : null}
        <FormField
          id={IDS.referenceDate}
          label="Peildatum"
          description="De publicatiedatum van de aanbesteding, of de gunningsdatum"
          error={errors.referenceDate}
        >
          <TextInput
            id={IDS.referenceDate}
            name={IDS.referenceDate}
            type="date"
            defaultValue={draft.referenceDate}
            width="sm"
          />
        </FormField>
      </div>
      <Button type="submit">Bereken de verplichting</Button>
    </form>
  );
}

function groupByRegion(municipalities: readonly MunicipalityOption[]) {
  const regions = new Map<string, { name: string; municipalities: MunicipalityOption[] }>();
  for (const municipality of municipalities) {
    const region = regions.get(municipality.region.code) ?? {
      name: municipality.region.name,
      municipalities: [],
    };
    region.municipalities.push(municipality);
    regions.set(municipality.region.code, region);
  }
  return [...regions.values()].sort((a, b) => a.name.localeCompare(b.name));
}
