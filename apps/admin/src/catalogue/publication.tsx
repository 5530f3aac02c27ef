// Who publishes a region's catalogue is the API's decision (viewerCanPublish, viewerCanPropose,
// viewerCanSendBack, publishRefusal; docs/decisions/0012-catalogue-publisher.md); these pieces
// only show it: the state of a proposal, "Voorstellen" for a gemeente coordinator, and the
// publisher's "Terugsturen" with a reason.
import { useMutation } from "@apollo/client/react";
import {
  Alert,
  Button,
  ErrorSummary,
  FocusedAlert,
  FormField,
  formatDateTime,
  Paragraph,
  Textarea,
} from "@sroi/ui";
import { type FormEvent, useState } from "react";
import { ConfirmAction } from "../forms/confirm-action";
import { outcomeOf, requestFailed } from "../forms/outcome";
import { graphql } from "../gql";
import type { CatalogueEditorFragment } from "../gql/graphql";

type Version = Pick<
  CatalogueEditorFragment,
  "key" | "name" | "proposal" | "sentBack" | "publishRefusal"
> & { region: Pick<CatalogueEditorFragment["region"], "name" | "cataloguePublisher"> };

const ProposeMutation = graphql(`
  mutation AdminProposeCatalogueVersion($key: String!) {
    proposeCatalogueVersion(key: $key) {
      __typename
      ... on CatalogueVersion {
        ...CatalogueEditor
      }
      ...ValidationIssues
      ...ErrorMessage
    }
  }
`);

const SendBackMutation = graphql(`
  mutation AdminSendBackCatalogueVersion($key: String!, $reason: String!) {
    sendBackCatalogueVersion(key: $key, reason: $reason) {
      __typename
      ... on CatalogueVersion {
        ...CatalogueEditor
      }
      ...ValidationIssues
      ...ErrorMessage
    }
  }
`);

const publisherOf = (version: Version) =>
  version.region.cataloguePublisher ?? "de platformbeheerder";

/** Who proposed the draft and when, and who decides on it. */
export function ProposalNotice({ version }: { version: Version }) {
  if (!version.proposal) return null;
  return (
    <Alert type="info" heading="Voorgesteld om te publiceren" headingLevel={2}>
      <p className="utrecht-paragraph">
        {version.proposal.byName ?? "Een beheerder"} stelde dit concept voor op{" "}
        {formatDateTime(version.proposal.at)}. {publisherOf(version)} publiceert het of stuurt het
        terug; tot dan kan niemand het wijzigen.
      </p>
    </Alert>
  );
}

/** The last proposal the publisher sent back, with the reason, while the draft is changed. */
export function SentBackNotice({ version }: { version: Version }) {
  if (!version.sentBack) return null;
  return (
    <Alert type="warning" heading="Voorstel teruggestuurd" headingLevel={2}>
      <p className="utrecht-paragraph">
        {version.sentBack.byName ?? "De uitvoerder"} stuurde het voorstel terug op{" "}
        {formatDateTime(version.sentBack.at)}:
      </p>
      <p className="utrecht-paragraph">“{version.sentBack.reason}”</p>
    </Alert>
  );
}

/** A coordinator hands the finished draft to the publisher. */
export function ProposeAction({ version, blocked }: { version: Version; blocked: boolean }) {
  const [propose] = useMutation(ProposeMutation);
  if (blocked) {
    return (
      <Paragraph>
        Los eerst de punten onder “Nog op te lossen voor publicatie” op; daarna kunt u het concept
        voorstellen.
      </Paragraph>
    );
  }
  return (
    <>
      <Paragraph>
        {publisherOf(version)} publiceert het bouwblokkenmodel van {version.region.name}, want het
        geldt voor alle gemeenten in de regio. Stel dit concept voor; u ziet hier wanneer het is
        gepubliceerd of teruggestuurd.
      </Paragraph>
      <ConfirmAction
        label="Voorstellen"
        appearance="primary-action"
        question="Dit concept voorstellen om te publiceren?"
        confirmLabel="Ja, voorstellen"
        onConfirm={async () => {
          const { data } = await propose({ variables: { key: version.key } });
          const outcome = outcomeOf(data?.proposeCatalogueVersion, "CatalogueVersion");
          if (outcome.kind === "invalid") {
            return [outcome.message, ...outcome.issues.map((issue) => issue.message)].join(" ");
          }
          return outcome.kind === "ok" ? null : outcome.message;
        }}
      >
        <p className="utrecht-paragraph">
          {publisherOf(version)} ziet het voorstel bij “Te doen”. Tot het is gepubliceerd of
          teruggestuurd, kan niemand het concept wijzigen.
        </p>
      </ConfirmAction>
    </>
  );
}

const REASON_ID = "terugsturen-reden";

/** The publisher returns a proposal; the reason is mailed to whoever proposed it. */
export function SendBackForm({ version }: { version: Version }) {
  const [sendBack, { loading }] = useMutation(SendBackMutation);
  const [reason, setReason] = useState("");
  const [error, setError] = useState<string | undefined>();
  const [failure, setFailure] = useState<string | null>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFailure(null);
    if (!reason.trim()) {
      setError("Schrijf waarom u het voorstel terugstuurt.");
      document.getElementById(REASON_ID)?.focus();
      return;
    }
    setError(undefined);
    try {
      const { data } = await sendBack({ variables: { key: version.key, reason } });
      const outcome = outcomeOf(data?.sendBackCatalogueVersion, "CatalogueVersion");
      if (outcome.kind === "invalid") setError(outcome.issues[0]?.message ?? outcome.message);
      else if (outcome.kind !== "ok") setFailure(outcome.message);
    } catch {
      setFailure(requestFailed().message);
    }
  }

  return (
    <form noValidate onSubmit={submit} aria-label="Voorstel terugsturen">
      {error ? (
        <ErrorSummary
          heading="Het voorstel is niet teruggestuurd"
          items={[{ fieldId: REASON_ID, message: error }]}
        />
      ) : null}
      {failure ? (
        <FocusedAlert type="error" role="alert" heading="Niet gelukt" headingLevel={3}>
          <p className="utrecht-paragraph">{failure}</p>
        </FocusedAlert>
      ) : null}
      <FormField
        id={REASON_ID}
        label="Reden"
        description={`Wat moet er anders? ${version.proposal?.byName ?? "Wie het voorstelde"} krijgt deze reden per e-mail en kan het concept daarna weer wijzigen.`}
        error={error}
      >
        <Textarea
          id={REASON_ID}
          value={reason}
          onChange={(event) => setReason(event.target.value)}
          rows={4}
        />
      </FormField>
      <Button type="submit" appearance="secondary-action" disabled={loading}>
        {loading ? "Bezig…" : "Terugsturen"}
      </Button>
    </form>
  );
}
