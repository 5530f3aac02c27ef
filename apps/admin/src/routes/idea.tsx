// Een vraag of idee van de gemeentepagina: what the sender wrote and how to reach them, for the
// staff who serve the gemeente. Who answers does so by e-mail, outside the platform, and then
// marks it handled here (the API's rule, shown by viewerCannotHandleReason); the sender's details
// are erased some months later (docs/decisions/0023-ideas-form.md).
import { useMutation, useReadQuery } from "@apollo/client/react";
import {
  Button,
  DataList,
  DataListItem,
  FocusedAlert,
  formatDateTime,
  Heading,
  Link,
  NotFound,
  PageTitle,
  Paragraph,
} from "@sroi/ui";
import { useState } from "react";
import { type LoaderFunctionArgs, useLoaderData, useRevalidator } from "react-router";
import { preloadQuery } from "../apollo";
import { graphql } from "../gql";
import { nextItemPath } from "./work-queue";

const IdeaPageQuery = graphql(`
  query AdminIdeaPage($id: ID!) {
    ideaMessage(id: $id) {
      id
      kind
      municipality {
        code
        name
      }
      senderName
      senderEmail
      senderOrganisation
      message
      receivedAt
      handledAt
      erasedAt
      viewerCannotHandleReason
    }
  }
`);

const MarkHandledMutation = graphql(`
  mutation AdminMarkIdeaHandled($id: ID!) {
    markIdeaHandled(id: $id) {
      __typename
      ... on IdeaMessage {
        id
        handledAt
        viewerCannotHandleReason
      }
      ...ErrorMessage
    }
  }
`);

export function loader({ params }: LoaderFunctionArgs) {
  return preloadQuery.toPromise(
    preloadQuery(IdeaPageQuery, {
      variables: { id: params.id ?? "" },
      fetchPolicy: "network-only",
    }),
  );
}

export function IdeaPage() {
  const { data } = useReadQuery(useLoaderData<typeof loader>());
  const revalidator = useRevalidator();
  const [markHandled, { loading }] = useMutation(MarkHandledMutation);
  const [outcome, setOutcome] = useState<{ ok: boolean; message: string } | null>(null);
  const idea = data.ideaMessage;
  if (!idea) return <NotFound homeLabel="Naar Te doen" />;
  const what = idea.kind === "IDEA" ? "Idee" : "Vraag";
  const title = `${what} over gemeente ${idea.municipality.name}`;

  async function handle() {
    if (!idea) return;
    setOutcome(null);
    try {
      const { data: result } = await markHandled({ variables: { id: idea.id } });
      const answer = result?.markIdeaHandled;
      if (answer?.__typename === "IdeaMessage") {
        setOutcome({ ok: true, message: "Gemarkeerd als afgehandeld." });
        revalidator.revalidate();
      } else {
        setOutcome({ ok: false, message: answer?.message ?? "Dat is niet gelukt." });
      }
    } catch {
      setOutcome({ ok: false, message: "Dat is niet gelukt: de server was niet bereikbaar." });
    }
  }

  return (
    <>
      <PageTitle>{title}</PageTitle>
      <Paragraph>
        <Link to="/te-doen#vraag-of-idee">Terug naar Te doen</Link>
      </Paragraph>
      <Heading level={1}>{title}</Heading>
      <DataList>
        <DataListItem label="Binnengekomen">{formatDateTime(idea.receivedAt)}</DataListItem>
        <DataListItem label="Afzender">
          {idea.senderName ?? "verwijderd"}
          {idea.senderOrganisation ? ` (${idea.senderOrganisation})` : ""}
        </DataListItem>
        <DataListItem label="E-mailadres">
          {idea.senderEmail ? (
            <a className="utrecht-link utrecht-link--html-a" href={`mailto:${idea.senderEmail}`}>
              {idea.senderEmail}
            </a>
          ) : (
            "verwijderd"
          )}
        </DataListItem>
        <DataListItem label="Status">
          {idea.handledAt ? `Afgehandeld op ${formatDateTime(idea.handledAt)}` : "Open"}
        </DataListItem>
      </DataList>
      {idea.erasedAt ? (
        <Paragraph>
          De gegevens van de afzender zijn op {formatDateTime(idea.erasedAt)} verwijderd, en ook
          e-mailadressen en telefoonnummers in het bericht.
        </Paragraph>
      ) : null}
      <Heading level={2}>Bericht</Heading>
      <p className="utrecht-paragraph sroi-preserve-lines">{idea.message}</p>
      {outcome ? (
        <FocusedAlert
          type={outcome.ok ? "ok" : "error"}
          role={outcome.ok ? "status" : "alert"}
          heading={outcome.ok ? "Afgehandeld" : "Niet gelukt"}
        >
          <Paragraph>{outcome.message}</Paragraph>
          {outcome.ok ? (
            <Paragraph>
              <Link to={nextItemPath("IDEAS_TO_ANSWER", idea.id)}>Volgende vraag of idee</Link>
            </Paragraph>
          ) : null}
        </FocusedAlert>
      ) : null}
      {idea.viewerCannotHandleReason === null ? (
        <>
          <Paragraph>
            Beantwoord de afzender per e-mail. Markeer het bericht daarna als afgehandeld.
          </Paragraph>
          <Button onClick={handle} disabled={loading}>
            {loading ? "Bezig…" : "Markeer als afgehandeld"}
          </Button>
        </>
      ) : idea.handledAt ? null : (
        <Paragraph>{idea.viewerCannotHandleReason}</Paragraph>
      )}
    </>
  );
}
