// Around a catalogue version: compare it with another version of its region, download it, and
// (for a draft) publish it with the date from which it counts.
import { type CatalogueStatus, formatDate, isIsoDate, STATUS_LABELS } from "@sroi/domain";
import { Button, FormField, Paragraph, Select, TextInput } from "@sroi/ui";
import { type FormEvent, type ReactNode, useState } from "react";
import { useNavigate } from "react-router";
import { ConfirmPanel } from "../forms/confirm-action";

export interface VersionSummary {
  key: string;
  name: string;
  status: CatalogueStatus;
  validFrom: string | null;
}

/**
 * Which of two versions is "before" in a comparison: the older one. A draft has no date yet and
 * counts as the newest; of two undated versions the one shown is "after".
 */
export function compareOrder(shown: VersionSummary, other: VersionSummary) {
  const shownLater =
    shown.validFrom === null || (other.validFrom !== null && shown.validFrom >= other.validFrom);
  return shownLater
    ? { before: other.key, after: shown.key }
    : { before: shown.key, after: other.key };
}

export function comparePath(before: string, after: string) {
  return `/catalogi/vergelijk?${new URLSearchParams({ voor: before, na: after })}`;
}

export function CompareForm({
  shown,
  others,
  defaultKey,
}: {
  shown: VersionSummary;
  others: VersionSummary[];
  defaultKey?: string | null;
}) {
  const navigate = useNavigate();
  const [other, setOther] = useState(defaultKey ?? others[0]?.key ?? "");
  if (others.length === 0) {
    return <Paragraph>Deze regio heeft geen andere versie om mee te vergelijken.</Paragraph>;
  }
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const chosen = others.find((version) => version.key === other);
    if (!chosen) return;
    const { before, after } = compareOrder(shown, chosen);
    navigate(comparePath(before, after));
  }
  return (
    <form className="sroi-inline-form" onSubmit={submit} aria-label="Vergelijken">
      <FormField id="vergelijk-met" label="Vergelijk met">
        <Select
          id="vergelijk-met"
          value={other}
          onChange={(event) => setOther(event.currentTarget.value)}
        >
          {others.map((version) => (
            <option key={version.key} value={version.key}>
              {version.name} ({STATUS_LABELS[version.status].toLowerCase()}
              {version.validFrom ? `, geldig vanaf ${formatDate(version.validFrom)}` : ""})
            </option>
          ))}
        </Select>
      </FormField>
      <Button type="submit" appearance="secondary-action">
        Vergelijken
      </Button>
    </form>
  );
}

export function ExportLinks({ catalogueKey }: { catalogueKey: string }) {
  const base = `/export/catalogi/${encodeURIComponent(catalogueKey)}`;
  return (
    <ul className="sroi-export-links">
      <li>
        <a className="utrecht-link utrecht-link--html-a" href={`${base}.json`} download>
          Uitwisselformaat (JSON)
        </a>
      </li>
      <li>
        <a className="utrecht-link utrecht-link--html-a" href={`${base}.csv`} download>
          Spreadsheet (CSV)
        </a>
      </li>
      <li>
        <a className="utrecht-link utrecht-link--html-a" href={`${base}.xlsx`} download>
          Excel (XLSX)
        </a>
      </li>
    </ul>
  );
}

/**
 * Publishing: a date, then the question that explains what publishing means. Resolves to a
 * message when the API refused (e.g. the problems above are not solved yet).
 */
export function PublishForm({
  what,
  fieldId,
  today,
  blocked,
  consequences,
  onPublish,
}: {
  /** "deze versie van het bouwblokkenmodel" */
  what: string;
  fieldId: string;
  today: string;
  /** Problems left to solve: the form says so rather than asking */
  blocked: boolean;
  consequences: ReactNode;
  onPublish: (validFrom: string) => Promise<string | null>;
}) {
  const [validFrom, setValidFrom] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [asking, setAsking] = useState<string | null>(null);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!isIsoDate(validFrom)) {
      setError("Vul de datum in vanaf wanneer deze versie geldt, bijvoorbeeld 1-1-2027.");
      document.getElementById(fieldId)?.focus();
      return;
    }
    setError(null);
    setAsking(validFrom);
  }

  if (blocked) {
    return (
      <Paragraph>
        Los eerst de punten onder “Nog op te lossen voor publicatie” op; daarna kunt u publiceren.
      </Paragraph>
    );
  }
  if (asking) {
    return (
      <ConfirmPanel
        question={`${capitalise(what)} publiceren, geldig vanaf ${formatDate(asking)}?`}
        confirmLabel="Ja, publiceren"
        onCancel={() => {
          setAsking(null);
          queueMicrotask(() => document.getElementById(fieldId)?.focus());
        }}
        onConfirm={() => onPublish(asking)}
      >
        {consequences}
        {asking < today ? (
          <p className="utrecht-paragraph">
            <strong>Let op:</strong> {formatDate(asking)} ligt in het verleden. Deze versie geldt
            dan ook voor berekeningen met een datum vanaf die dag.
          </p>
        ) : null}
      </ConfirmPanel>
    );
  }
  return (
    <form className="sroi-inline-form" onSubmit={submit} noValidate aria-label="Publiceren">
      <FormField
        id={fieldId}
        label="Geldig vanaf"
        description="De eerste dag waarop deze versie geldt."
        error={error ?? undefined}
      >
        <TextInput
          id={fieldId}
          type="date"
          width="sm"
          value={validFrom}
          onChange={(event) => setValidFrom(event.currentTarget.value)}
        />
      </FormField>
      <Button type="submit">Publiceren…</Button>
    </form>
  );
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
