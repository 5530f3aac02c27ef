// Beoordelen: the WSP (or gemeente) accepts a submitted realisation, or rejects it with a reason
// the contractor will read. Maatwerk has no catalogue value: accepting it sets the value, with the
// reasoning recorded. What was typed stays when the API refuses or someone else was first.
import { useMutation } from "@apollo/client/react";
import { formatEuro, readDutchNumber } from "@sroi/domain";
import {
  Button,
  ButtonGroup,
  ErrorSummary,
  FocusedAlert,
  FormField,
  Paragraph,
  Textarea,
  TextInput,
} from "@sroi/ui";
import { type FormEvent, useState } from "react";
import { graphql } from "../gql";

const ReviewRealisationMutation = graphql(`
  mutation AdminReviewRealisation(
    $id: ID!
    $version: Int!
    $accept: Boolean!
    $reason: String
    $maatwerkValue: Decimal
  ) {
    reviewRealisation(
      id: $id
      version: $version
      accept: $accept
      reason: $reason
      maatwerkValue: $maatwerkValue
    ) {
      __typename
      ... on Realisation {
        ...AdminRealisation
      }
      ...ValidationIssues
      ...ErrorMessage
    }
  }
`);

const FIELD_IDS = { maatwerkValue: "beoordeling-waarde", reason: "beoordeling-reden" } as const;
type Field = keyof typeof FIELD_IDS;

type Failure = { kind: "conflict" | "failed"; message: string };

export function ReviewForm({
  realisation,
  onReviewed,
  onReload,
}: {
  realisation: { id: string; version: number; blockCode: string | null };
  /** After a review: the confirmation to show, e.g. "De verantwoording is geaccepteerd." */
  onReviewed: (message: string) => void;
  /** Load the realisation again, keeping what was typed here */
  onReload: () => void;
}) {
  const [review, { loading }] = useMutation(ReviewRealisationMutation);
  const [reason, setReason] = useState("");
  const [value, setValue] = useState("");
  const [issues, setIssues] = useState<{ field: Field; message: string }[]>([]);
  const [failure, setFailure] = useState<Failure | null>(null);
  const maatwerk = realisation.blockCode === null;

  async function decide(accept: boolean) {
    if (loading) return;
    setFailure(null);
    const found: { field: Field; message: string }[] = [];
    const amount = readDutchNumber(value, {
      kind: "money",
      label: "de waarde van de maatwerkbijdrage",
      example: "2.500 of 2500,00",
    });
    if (accept && maatwerk) {
      if (!amount.ok)
        found.push({
          field: "maatwerkValue",
          message:
            amount.problem === "empty"
              ? "Stel de waarde van de maatwerkbijdrage vast in euro's, bijvoorbeeld 2.500 of 2500,00."
              : amount.message,
        });
      if (!reason.trim())
        found.push({ field: "reason", message: "Leg uit hoe u tot deze waarde komt." });
    }
    if (!accept && !reason.trim())
      found.push({ field: "reason", message: "Schrijf waarom u de verantwoording afwijst." });
    setIssues(found);
    if (found.length > 0) return;
    try {
      const { data } = await review({
        variables: {
          id: realisation.id,
          version: realisation.version,
          accept,
          reason: reason.trim() || null,
          maatwerkValue: accept && maatwerk && amount.ok ? amount.value : null,
        },
      });
      const result = data?.reviewRealisation;
      switch (result?.__typename) {
        case "Realisation":
          onReviewed(
            accept
              ? maatwerk
                ? `De verantwoording is geaccepteerd met een waarde van ${formatEuro(result.value)}.`
                : "De verantwoording is geaccepteerd. Haar waarde telt nu mee voor de SR-verplichting."
              : "De verantwoording is afgewezen. De opdrachtnemer ziet de reden en kan haar corrigeren.",
          );
          break;
        case "ValidationError":
          setIssues(
            result.issues.map((issue) => ({
              field: issue.field === "maatwerkValue" ? "maatwerkValue" : "reason",
              message: issue.message,
            })),
          );
          break;
        case "ConflictError":
          setFailure({ kind: "conflict", message: result.message });
          break;
        case "NotAllowedError":
          setFailure({ kind: "failed", message: result.message });
          break;
        default:
          setFailure({
            kind: "failed",
            message: "Het opslaan is niet gelukt. Probeer het opnieuw.",
          });
      }
    } catch {
      setFailure({
        kind: "failed",
        message: "Het opslaan is niet gelukt: de server gaf geen antwoord. Probeer het opnieuw.",
      });
    }
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    // Two submit buttons: the one pressed decides (Enter in a field accepts, as the first does).
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    void decide(submitter?.dataset.decision !== "reject");
  }

  const errorOf = (field: Field) => issues.find((issue) => issue.field === field)?.message;
  return (
    <form onSubmit={submit} noValidate aria-label="Verantwoording beoordelen">
      {issues.length > 0 ? (
        <ErrorSummary
          heading="De beoordeling is niet opgeslagen"
          items={issues.map((issue) => ({
            fieldId: FIELD_IDS[issue.field],
            message: issue.message,
          }))}
        />
      ) : null}
      {failure ? (
        <FailureMessage
          failure={failure}
          onReload={() => {
            setFailure(null);
            onReload();
          }}
        />
      ) : null}
      <Paragraph>
        {maatwerk
          ? "Maatwerk staat niet in het bouwblokkenmodel. Accepteert u de bijdrage, stel dan de waarde vast en leg uit hoe u daartoe komt. Wijst u haar af, schrijf dan waarom."
          : "Accepteer de verantwoording als het bewijs de gegevens bevestigt; dan telt haar waarde mee. Wijst u haar af, schrijf dan waarom: de opdrachtnemer ziet de reden en kan haar corrigeren."}
      </Paragraph>
      {maatwerk ? (
        <FormField
          id={FIELD_IDS.maatwerkValue}
          label="Vastgestelde waarde in euro's (alleen bij accepteren)"
          description="Bijvoorbeeld 2.500 of 2500,00."
          error={errorOf("maatwerkValue")}
        >
          <TextInput
            id={FIELD_IDS.maatwerkValue}
            width="sm"
            inputMode="decimal"
            autoComplete="off"
            value={value}
            onChange={(event) => setValue(event.currentTarget.value)}
          />
        </FormField>
      ) : null}
      <FormField
        id={FIELD_IDS.reason}
        label={maatwerk ? "Onderbouwing of reden" : "Toelichting of reden"}
        description={
          maatwerk
            ? "Verplicht. Bij accepteren hoe u tot de waarde komt, bij afwijzen waarom. De opdrachtnemer ziet deze tekst."
            : "Verplicht bij afwijzen; bij accepteren niet verplicht. De opdrachtnemer ziet deze tekst."
        }
        error={errorOf("reason")}
      >
        <Textarea
          id={FIELD_IDS.reason}
          rows={4}
          value={reason}
          onChange={(event) => setReason(event.currentTarget.value)}
        />
      </FormField>
      <ButtonGroup>
        <Button type="submit" data-decision="accept" disabled={loading}>
          Accepteren
        </Button>
        <Button
          type="submit"
          appearance="secondary-action"
          data-decision="reject"
          disabled={loading}
        >
          Afwijzen
        </Button>
      </ButtonGroup>
    </form>
  );
}

function FailureMessage({ failure, onReload }: { failure: Failure; onReload: () => void }) {
  return (
    <FocusedAlert
      type="error"
      role="alert"
      headingLevel={3}
      heading={
        failure.kind === "conflict"
          ? "Iemand anders heeft deze verantwoording intussen gewijzigd"
          : "Niet opgeslagen"
      }
    >
      <p className="utrecht-paragraph">{failure.message}</p>
      <Button appearance="secondary-action" onClick={onReload}>
        Laad de nieuwe gegevens
      </Button>
    </FocusedAlert>
  );
}
