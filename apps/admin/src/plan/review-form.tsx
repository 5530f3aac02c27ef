// The WSP's judgement of a submitted plan: approve it, or ask for changes with a comment the
// contractor sees. The comment stays in the field whatever the answer, so nothing typed is lost.
import { useMutation } from "@apollo/client/react";
import {
  Button,
  ButtonGroup,
  ErrorSummary,
  type ErrorSummaryItem,
  FocusedAlert,
  FormField,
  Textarea,
} from "@sroi/ui";
import { type FormEvent, useState } from "react";
import { graphql } from "../gql";

const ReviewPlanMutation = graphql(`
  mutation AdminReviewPlan($planId: ID!, $version: Int!, $approve: Boolean!, $comment: String) {
    reviewPlan(planId: $planId, version: $version, approve: $approve, comment: $comment) {
      __typename
      ... on PlanVersion {
        ...PlanVersion
      }
      ...ValidationIssues
      ...ErrorMessage
    }
  }
`);

const COMMENT_ID = "beoordeling-opmerking";
const MAX_COMMENT_LENGTH = 4000;

type Failure = { kind: "conflict" | "refused"; message: string };

export function ReviewForm({
  plan,
  onReviewed,
  onReload,
}: {
  plan: { id: string; number: number; version: number };
  onReviewed: (approved: boolean) => void;
  onReload: () => void;
}) {
  const [reviewPlan, { loading }] = useMutation(ReviewPlanMutation);
  const [comment, setComment] = useState("");
  const [error, setError] = useState<string | undefined>();
  const [failure, setFailure] = useState<Failure | null>(null);
  const [attempt, setAttempt] = useState(0);

  async function review(approve: boolean) {
    setAttempt(attempt + 1);
    setFailure(null);
    const text = comment.trim();
    const problem =
      !approve && !text
        ? "Schrijf welke wijzigingen u vraagt."
        : comment.length > MAX_COMMENT_LENGTH
          ? `De opmerking mag hoogstens ${MAX_COMMENT_LENGTH} tekens hebben; dit zijn er ${comment.length}.`
          : undefined;
    setError(problem);
    if (problem) return;
    try {
      const { data } = await reviewPlan({
        variables: { planId: plan.id, version: plan.version, approve, comment: text || null },
      });
      const result = data?.reviewPlan;
      if (result?.__typename === "PlanVersion") onReviewed(approve);
      else if (result?.__typename === "ValidationError")
        setError(result.issues[0]?.message ?? result.message);
      else if (result?.__typename === "ConflictError")
        setFailure({ kind: "conflict", message: result.message });
      else
        setFailure({
          kind: "refused",
          message: result?.message ?? "Er kwam geen antwoord. Probeer het opnieuw.",
        });
    } catch {
      setFailure({
        kind: "refused",
        message: "Opslaan is niet gelukt. Controleer uw verbinding en probeer het opnieuw.",
      });
    }
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    // Enter in the form means the button that was used, or else the first: approving.
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    void review(submitter?.getAttribute("value") !== "wijzigingen");
  }

  const summary: ErrorSummaryItem[] = error ? [{ fieldId: COMMENT_ID, message: error }] : [];
  return (
    <form noValidate onSubmit={submit} aria-label={`Versie ${plan.number} beoordelen`}>
      {summary.length > 0 ? (
        <ErrorSummary heading="De beoordeling is niet opgeslagen" items={summary} />
      ) : null}
      {failure ? <FailureMessage key={attempt} failure={failure} onReload={onReload} /> : null}
      <FormField
        id={COMMENT_ID}
        label="Opmerking voor de opdrachtnemer"
        description="Verplicht als u om wijzigingen vraagt: schrijf wat er anders moet. Bij goedkeuren niet verplicht."
        error={error}
      >
        <Textarea
          id={COMMENT_ID}
          name="opmerking"
          value={comment}
          onChange={(event) => setComment(event.target.value)}
          rows={4}
        />
      </FormField>
      <ButtonGroup>
        <Button type="submit" name="oordeel" value="goedkeuren" disabled={loading}>
          Goedkeuren
        </Button>
        <Button
          type="submit"
          name="oordeel"
          value="wijzigingen"
          appearance="secondary-action"
          disabled={loading}
        >
          Wijzigingen vragen
        </Button>
      </ButtonGroup>
      <p className="utrecht-paragraph" role="status">
        {loading ? "Bezig met opslaan…" : ""}
      </p>
    </form>
  );
}

function FailureMessage({ failure, onReload }: { failure: Failure; onReload: () => void }) {
  return (
    <FocusedAlert
      type="error"
      role="alert"
      heading={
        failure.kind === "conflict"
          ? "Het plan is intussen al beoordeeld of gewijzigd"
          : "De beoordeling is niet opgeslagen"
      }
      headingLevel={3}
    >
      <p className="utrecht-paragraph">{failure.message}</p>
      {failure.kind === "conflict" ? (
        <Button appearance="secondary-action" onClick={onReload}>
          Laad het plan opnieuw
        </Button>
      ) : null}
    </FocusedAlert>
  );
}
