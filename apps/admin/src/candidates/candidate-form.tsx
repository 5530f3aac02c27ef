// The form of a candidate, to add one and to edit one. The API checks everything (a BSN anywhere,
// a date that does not exist, a gemeente not on the CBS list) and answers at each field in Dutch.
import {
  AGE_BAND_LABELS,
  AGE_BANDS,
  CBS_MUNICIPALITIES,
  readDutchNumber,
  TARGET_GROUP_LABELS,
  TARGET_GROUPS,
  VERIFICATION_SOURCE_LABELS,
  VERIFICATION_SOURCES,
} from "@sroi/domain";
import { Button, CheckboxField, Fieldset, FormField, Select, Textarea, TextInput } from "@sroi/ui";
import { type FormEvent, useState } from "react";
import { errorFor, FormErrors } from "../forms/form-feedback";
import type { FieldIssue } from "../forms/outcome";
import type { AgeBand, CandidateInput, TargetGroup, VerificationSource } from "../gql/graphql";

export interface CandidateValues {
  reference: string;
  name: string;
  email: string;
  phone: string;
  summary: string;
  ageBand: string;
  ageBandReferenceDate: string;
  homeMunicipalityCode: string;
  hoursPerWeek: string;
  availableFrom: string;
  skills: string;
  wishes: string;
  restrictions: string;
  lastContactOn: string;
  targetGroups: Record<string, { verifiedOn: string; verificationSource: string }>;
}

export const EMPTY_CANDIDATE: CandidateValues = {
  reference: "",
  name: "",
  email: "",
  phone: "",
  summary: "",
  ageBand: "",
  ageBandReferenceDate: "",
  homeMunicipalityCode: "",
  hoursPerWeek: "",
  availableFrom: "",
  skills: "",
  wishes: "",
  restrictions: "",
  lastContactOn: "",
  targetGroups: {},
};

const list = (text: string) =>
  text
    .split(",")
    .map((tag) => tag.trim())
    .filter(Boolean);

/** "32" or "12,5" as the API wants it; what cannot be read goes as typed, and the API says why. */
function hours(text: string): string | null {
  if (!text.trim()) return null;
  const read = readDutchNumber(text, { kind: "hours", label: "het aantal uren per week" });
  return read.ok ? read.value : text.trim();
}

export function toCandidateInput(values: CandidateValues): CandidateInput {
  const orNull = (text: string) => text.trim() || null;
  return {
    reference: values.reference.trim(),
    name: orNull(values.name),
    email: orNull(values.email),
    phone: orNull(values.phone),
    summary: orNull(values.summary),
    ageBand: (values.ageBand || null) as AgeBand | null,
    ageBandReferenceDate: values.ageBand ? orNull(values.ageBandReferenceDate) : null,
    homeMunicipalityCode: orNull(values.homeMunicipalityCode),
    hoursPerWeek: hours(values.hoursPerWeek),
    availableFrom: orNull(values.availableFrom),
    skills: list(values.skills),
    wishes: list(values.wishes),
    restrictions: list(values.restrictions),
    lastContactOn: orNull(values.lastContactOn),
    targetGroups: Object.entries(values.targetGroups).map(([code, group]) => ({
      code: code as TargetGroup,
      verifiedOn: orNull(group.verifiedOn),
      verificationSource: (group.verificationSource || null) as VerificationSource | null,
    })),
  };
}

const FIELD_IDS: Record<string, string> = {
  reference: "kandidaat-kenmerk",
  name: "kandidaat-naam",
  email: "kandidaat-email",
  phone: "kandidaat-telefoon",
  summary: "kandidaat-beschrijving",
  ageBand: "kandidaat-leeftijd",
  ageBandReferenceDate: "kandidaat-leeftijd-datum",
  homeMunicipalityCode: "kandidaat-woongemeente",
  hoursPerWeek: "kandidaat-uren",
  availableFrom: "kandidaat-beschikbaar",
  skills: "kandidaat-vaardigheden",
  wishes: "kandidaat-wensen",
  restrictions: "kandidaat-beperkingen",
  lastContactOn: "kandidaat-contact",
};

export function CandidateForm({
  initial,
  submitLabel,
  issues,
  failure,
  busy,
  onSubmit,
}: {
  initial: CandidateValues;
  submitLabel: string;
  issues: FieldIssue[];
  failure: string | null;
  busy: boolean;
  onSubmit: (values: CandidateValues) => void;
}) {
  const [values, setValues] = useState(initial);
  const set = (patch: Partial<CandidateValues>) => setValues((v) => ({ ...v, ...patch }));
  const text = (
    field: keyof typeof FIELD_IDS & keyof CandidateValues,
    label: string,
    extra = {},
  ) => (
    <FormField
      id={FIELD_IDS[field] ?? field}
      label={label}
      error={errorFor(issues, field)}
      {...extra}
    >
      <TextInput
        id={FIELD_IDS[field]}
        value={values[field] as string}
        onChange={(event) => set({ [field]: event.currentTarget.value })}
      />
    </FormField>
  );
  const date = (
    field: "ageBandReferenceDate" | "availableFrom" | "lastContactOn",
    label: string,
  ) => (
    <FormField id={FIELD_IDS[field] ?? field} label={label} error={errorFor(issues, field)}>
      <TextInput
        id={FIELD_IDS[field]}
        type="date"
        width="sm"
        value={values[field]}
        onChange={(event) => set({ [field]: event.currentTarget.value })}
      />
    </FormField>
  );
  const groupIssue = (code: string, part: string) => {
    const index = Object.keys(values.targetGroups).indexOf(code);
    return issues.find((issue) => issue.field.endsWith(`targetGroups.${index}.${part}`))?.message;
  };

  function submit(event: FormEvent) {
    event.preventDefault();
    onSubmit(values);
  }

  return (
    <form onSubmit={submit} noValidate>
      <FormErrors
        issues={issues}
        fieldIds={FIELD_IDS}
        fallbackId="kandidaat-kenmerk"
        failure={failure}
      />
      <Fieldset legend="Wie">
        {text("reference", "Eigen kenmerk", {
          description: "Het nummer waaronder uw organisatie de kandidaat kent. Nooit een BSN.",
        })}
        {text("name", "Naam")}
        {text("email", "E-mailadres")}
        {text("phone", "Telefoonnummer")}
        <FormField
          id={FIELD_IDS.summary ?? "summary"}
          label="Korte beschrijving"
          description="Wat een opdrachtnemer leest als de kandidaat daarvoor toestemming geeft."
          error={errorFor(issues, "summary")}
        >
          <Textarea
            id={FIELD_IDS.summary}
            value={values.summary}
            onChange={(event) => set({ summary: event.currentTarget.value })}
          />
        </FormField>
        <FormField
          id={FIELD_IDS.ageBand ?? "ageBand"}
          label="Leeftijdsklasse"
          error={errorFor(issues, "ageBand")}
        >
          <Select
            id={FIELD_IDS.ageBand}
            value={values.ageBand}
            onChange={(event) => set({ ageBand: event.currentTarget.value })}
          >
            <option value="">Onbekend</option>
            {AGE_BANDS.map((band) => (
              <option key={band} value={band}>
                {AGE_BAND_LABELS[band]}
              </option>
            ))}
          </Select>
        </FormField>
        {date("ageBandReferenceDate", "Leeftijdsklasse vastgesteld op")}
        <FormField
          id={FIELD_IDS.homeMunicipalityCode ?? "home"}
          label="Woongemeente"
          error={errorFor(issues, "homeMunicipalityCode")}
        >
          <Select
            id={FIELD_IDS.homeMunicipalityCode}
            value={values.homeMunicipalityCode}
            onChange={(event) => set({ homeMunicipalityCode: event.currentTarget.value })}
          >
            <option value="">Onbekend</option>
            {CBS_MUNICIPALITIES.map((gemeente) => (
              <option key={gemeente.code} value={gemeente.code}>
                {gemeente.name}
              </option>
            ))}
          </Select>
        </FormField>
      </Fieldset>
      <Fieldset legend="Doelgroepen">
        {TARGET_GROUPS.map((code) => {
          const group = values.targetGroups[code];
          const toggle = (on: boolean) => {
            const next = { ...values.targetGroups };
            if (on) next[code] = { verifiedOn: "", verificationSource: "" };
            else delete next[code];
            set({ targetGroups: next });
          };
          const update = (patch: Partial<{ verifiedOn: string; verificationSource: string }>) =>
            set({
              targetGroups: {
                ...values.targetGroups,
                [code]: { verifiedOn: "", verificationSource: "", ...group, ...patch },
              },
            });
          return (
            <div key={code}>
              <CheckboxField
                id={`doelgroep-${code}`}
                label={TARGET_GROUP_LABELS[code]}
                checked={Boolean(group)}
                onChange={(event) => toggle(event.currentTarget.checked)}
              />
              {group ? (
                <div className="sroi-indented">
                  <FormField
                    id={`doelgroep-${code}-bron`}
                    label="Gecontroleerd via"
                    error={groupIssue(code, "verificationSource")}
                  >
                    <Select
                      id={`doelgroep-${code}-bron`}
                      value={group.verificationSource}
                      onChange={(event) =>
                        update({ verificationSource: event.currentTarget.value })
                      }
                    >
                      <option value="">Nog niet gecontroleerd</option>
                      {VERIFICATION_SOURCES.map((source) => (
                        <option key={source} value={source}>
                          {VERIFICATION_SOURCE_LABELS[source]}
                        </option>
                      ))}
                    </Select>
                  </FormField>
                  <FormField
                    id={`doelgroep-${code}-datum`}
                    label="Gecontroleerd op"
                    error={groupIssue(code, "verifiedOn")}
                  >
                    <TextInput
                      id={`doelgroep-${code}-datum`}
                      type="date"
                      width="sm"
                      value={group.verifiedOn}
                      onChange={(event) => update({ verifiedOn: event.currentTarget.value })}
                    />
                  </FormField>
                </div>
              ) : null}
            </div>
          );
        })}
      </Fieldset>
      <Fieldset legend="Beschikbaarheid en labels">
        {text("hoursPerWeek", "Uren per week")}
        {date("availableFrom", "Beschikbaar vanaf")}
        {text("skills", "Vaardigheden", { description: "Gescheiden door komma's" })}
        {text("wishes", "Wensen", { description: "Gescheiden door komma's" })}
        {text("restrictions", "Beperkingen", { description: "Gescheiden door komma's" })}
        {date("lastContactOn", "Laatste contact")}
      </Fieldset>
      <Button type="submit" disabled={busy}>
        {busy ? "Bezig…" : submitLabel}
      </Button>
    </form>
  );
}
