// "Neem contact op met <WSP or the gemeente's own team>": the contractor's first step after award. The answer carries the
// updated contract, so the contract page switches to "contact opgenomen" from the cache.
import { useMutation } from "@apollo/client/react";
import { Button, ErrorSummary, type ErrorSummaryItem, FormField, Textarea } from "@sroi/ui";
import { type FormEvent, useState } from "react";
import { graphql } from "./gql";

const RequestIntakeMutation = graphql(`
  mutation PortalRequestIntake($contractId: ID!, $message: String!, $preferredTimes: String) {
    requestIntake(contractId: $contractId, message: $message, preferredTimes: $preferredTimes) {
      __typename
      ... on Contract {
        ...PortalContractDetails
      }
      ...ValidationIssues
      ...ErrorMessage
    }
  }
`);

const FIELD_IDS: Record<string, string> = {
  message: "contact-bericht",
  preferredTimes: "contact-voorkeur",
};
const MAX_MESSAGE_LENGTH = 2000;
const MAX_PREFERRED_TIMES_LENGTH = 500;

export function ContactForm({
  contractId,
  carrier,
  onSent,
}: {
  contractId: string;
  /** who receives the message: the organisation carrying out the gemeente's social return */
  carrier: string;
  onSent: () => void;
}) {
  const [requestIntake, { loading }] = useMutation(RequestIntakeMutation);
  const [message, setMessage] = useState("");
  const [preferredTimes, setPreferredTimes] = useState("");
  const [issues, setIssues] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFailure(null);
    const found: Record<string, string> = {};
    if (!message.trim()) found.message = "Schrijf kort waarover u contact wilt.";
    else if (message.length > MAX_MESSAGE_LENGTH)
      found.message = `Het bericht mag hoogstens ${MAX_MESSAGE_LENGTH} tekens hebben; dit zijn er ${message.length}.`;
    if (preferredTimes.length > MAX_PREFERRED_TIMES_LENGTH)
      found.preferredTimes = `Hoogstens ${MAX_PREFERRED_TIMES_LENGTH} tekens; dit zijn er ${preferredTimes.length}.`;
    setIssues(found);
    if (Object.keys(found).length > 0) return;
    try {
      const { data } = await requestIntake({
        variables: {
          contractId,
          message: message.trim(),
          preferredTimes: preferredTimes.trim() || null,
        },
      });
      const result = data?.requestIntake;
      if (result?.__typename === "Contract") {
        onSent();
      } else if (result?.__typename === "ValidationError") {
        setIssues(Object.fromEntries(result.issues.map((issue) => [issue.field, issue.message])));
      } else {
        setFailure(result?.message ?? "Versturen is niet gelukt.");
      }
    } catch {
      setFailure("Versturen is niet gelukt. Controleer uw verbinding en probeer het opnieuw.");
    }
  }

  const summary: ErrorSummaryItem[] = Object.entries(issues).map(([field, text]) => ({
    fieldId: FIELD_IDS[field] ?? FIELD_IDS.message ?? field,
    message: text,
  }));
  return (
    <form noValidate onSubmit={submit} aria-label={`Neem contact op met ${carrier}`}>
      {summary.length > 0 || failure ? (
        <ErrorSummary heading="Het bericht is niet verstuurd" items={summary}>
          {failure ? <p className="utrecht-paragraph">{failure}</p> : null}
        </ErrorSummary>
      ) : null}
      <FormField
        id="contact-bericht"
        label={`Uw bericht aan ${carrier}`}
        description="Bijvoorbeeld wie uw contactpersoon is, en aan welke functies of activiteiten u denkt."
        error={issues.message}
      >
        <Textarea
          id="contact-bericht"
          name="message"
          value={message}
          onChange={(event) => setMessage(event.target.value)}
          rows={5}
        />
      </FormField>
      <FormField
        id="contact-voorkeur"
        label="Wanneer komt een gesprek u goed uit? (niet verplicht)"
        description="Bijvoorbeeld: dinsdag- of donderdagochtend."
        error={issues.preferredTimes}
      >
        <Textarea
          id="contact-voorkeur"
          name="preferredTimes"
          value={preferredTimes}
          onChange={(event) => setPreferredTimes(event.target.value)}
          rows={2}
        />
      </FormField>
      <Button type="submit" disabled={loading}>
        {loading ? "Bezig met versturen…" : `Neem contact op met ${carrier}`}
      </Button>
    </form>
  );
}
