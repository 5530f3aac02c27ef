// Bewaartermijn per region: how long a pool keeps a candidate's personal data after the last
// placement or contact. Everyone in the pool reads it; the WSP lead or the own team's coordinator
// changes it (the API says who: viewerCanChange).
import { useMutation } from "@apollo/client/react";
import { Alert, Button, FormField, Heading, Paragraph, TextInput } from "@sroi/ui";
import { type FormEvent, useState } from "react";
import { errorFor } from "../forms/form-feedback";
import { type FieldIssue, outcomeOf, requestFailed } from "../forms/outcome";
import { graphql } from "../gql";
import type { CandidateRetentionFragment } from "../gql/graphql";

export const CandidateRetentionFields = graphql(`
  fragment CandidateRetention on CandidatePool {
    retention {
      regionId
      regionName
      months
      isDefault
      viewerCanChange
    }
  }
`);

const SetRetentionMutation = graphql(`
  mutation AdminSetCandidateRetention($regionId: ID!, $months: Int!) {
    setCandidateRetention(regionId: $regionId, months: $months) {
      __typename
      ... on CandidateRetention {
        regionId
        months
        isDefault
      }
      ... on ValidationError {
        issues {
          field
          message
        }
      }
      ...ErrorMessage
    }
  }
`);

export function RetentionSettings({ pool }: { pool: CandidateRetentionFragment }) {
  return (
    <section aria-labelledby="bewaartermijn">
      <Heading level={2} id="bewaartermijn">
        Bewaartermijn
      </Heading>
      <Paragraph>
        Zoveel maanden na de laatste plaatsing of het laatste contact worden de persoonsgegevens van
        een kandidaat automatisch gewist. Wat overblijft (doelgroep, aantallen) zegt niets meer over
        wie het was.
      </Paragraph>
      {pool.retention.map((region) => (
        <RegionRetention key={region.regionId} region={region} />
      ))}
    </section>
  );
}

function RegionRetention({ region }: { region: CandidateRetentionFragment["retention"][number] }) {
  const [months, setMonths] = useState(String(region.months));
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [save, { loading }] = useMutation(SetRetentionMutation);
  const id = `bewaartermijn-${region.regionId}`;
  const current = `${region.regionName}: ${region.months} maanden${region.isDefault ? " (standaard)" : ""}.`;
  if (!region.viewerCanChange) return <Paragraph>{current}</Paragraph>;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setIssues([]);
    setMessage(null);
    const value = Number(months);
    if (!/^\d+$/.test(months.trim())) {
      setIssues([{ field: "months", message: "Vul een heel aantal maanden in, bijvoorbeeld 24." }]);
      return;
    }
    try {
      const answer = await save({ variables: { regionId: region.regionId, months: value } });
      const outcome = outcomeOf(answer.data?.setCandidateRetention, "CandidateRetention");
      if (outcome.kind === "ok") setMessage({ ok: true, text: "De bewaartermijn is opgeslagen." });
      else if (outcome.kind === "invalid") setIssues(outcome.issues);
      else setMessage({ ok: false, text: outcome.message });
    } catch {
      setMessage({ ok: false, text: requestFailed().message });
    }
  }

  return (
    <form onSubmit={submit} noValidate>
      <FormField
        id={id}
        label={`Bewaartermijn ${region.regionName} (maanden)`}
        error={errorFor(issues, "months")}
      >
        <TextInput
          id={id}
          inputMode="numeric"
          width="sm"
          value={months}
          onChange={(event) => setMonths(event.currentTarget.value)}
        />
      </FormField>
      {message ? (
        <Alert type={message.ok ? "ok" : "error"} role={message.ok ? "status" : "alert"}>
          <p className="utrecht-paragraph">{message.text}</p>
        </Alert>
      ) : null}
      <Button type="submit" appearance="secondary-action" disabled={loading}>
        Bewaartermijn opslaan
      </Button>
    </form>
  );
}
