// Gemeentepagina (/beleid/pagina/:slug): the texts and documents of the gemeente's public page in
// the portal. Staff who manage the gemeente's policy save the texts as a draft, see the draft in
// the very rendering the public gets, and publish it; documents (PDF) go on and off the page at once.
import { useMutation, useReadQuery } from "@apollo/client/react";
import {
  Alert,
  Button,
  ButtonGroup,
  ExternalLink,
  FormField,
  Heading,
  Link,
  MunicipalityPageView,
  PageTitle,
  Paragraph,
  Textarea,
  TextInput,
} from "@sroi/ui";
import { type FormEvent, useState } from "react";
import { type LoaderFunctionArgs, useLoaderData, useRevalidator } from "react-router";
import { client, preloadQuery } from "../apollo";
import { errorFor, FormErrors } from "../forms/form-feedback";
import { type FieldIssue, outcomeOf, requestFailed } from "../forms/outcome";
import { graphql } from "../gql";
import type { AdminMunicipalityPageQuery } from "../gql/graphql";

const PageQuery = graphql(`
  query AdminMunicipalityPage($slug: String!) {
    municipalityBySlug(slug: $slug) {
      slug
      viewerCan {
        managePolicy
      }
      pageDraft {
        introduction
        localAccents
        changedAt
      }
      ...MunicipalityPageContents
    }
  }
`);

const SaveDraftMutation = graphql(`
  mutation AdminSaveMunicipalityPageDraft(
    $municipalityCode: String!
    $texts: MunicipalityPageTextsInput!
  ) {
    saveMunicipalityPageDraft(municipalityCode: $municipalityCode, texts: $texts) {
      __typename
      ... on Municipality {
        code
      }
      ...ValidationIssues
      ...ErrorMessage
    }
  }
`);

const PublishMutation = graphql(`
  mutation AdminPublishMunicipalityPage($municipalityCode: String!) {
    publishMunicipalityPage(municipalityCode: $municipalityCode) {
      __typename
      ... on Municipality {
        code
      }
      ...ErrorMessage
    }
  }
`);

const RemoveDocumentMutation = graphql(`
  mutation AdminRemoveMunicipalityDocument($id: ID!) {
    removeMunicipalityDocument(id: $id) {
      __typename
      ... on Municipality {
        code
      }
      ...ErrorMessage
    }
  }
`);

type Municipality = NonNullable<AdminMunicipalityPageQuery["municipalityBySlug"]>;

export function loader({ params }: LoaderFunctionArgs) {
  return preloadQuery.toPromise(
    preloadQuery(PageQuery, {
      variables: { slug: params.slug ?? "" },
      fetchPolicy: "network-only",
    }),
  );
}

export function MunicipalityPageEditor() {
  const { data } = useReadQuery(useLoaderData<typeof loader>());
  const municipality = data.municipalityBySlug;
  if (!municipality?.pageDraft || !municipality.viewerCan.managePolicy) {
    return (
      <>
        <PageTitle>Gemeentepagina niet gevonden</PageTitle>
        <Heading level={1}>Gemeentepagina niet gevonden</Heading>
        <Paragraph>Deze gemeente bestaat niet, of u kunt haar pagina niet wijzigen.</Paragraph>
        <Paragraph>
          <Link to="/beleid">Naar het SR-beleid</Link>
        </Paragraph>
      </>
    );
  }
  return <Editor municipality={municipality} draft={municipality.pageDraft} />;
}

/** Reads the page again after a change, so draft state, preview and documents are the server's. */
function useReload() {
  const revalidator = useRevalidator();
  return async () => {
    await client.refetchQueries({ include: [PageQuery] });
    await revalidator.revalidate();
  };
}

function Editor({
  municipality,
  draft,
}: {
  municipality: Municipality;
  draft: NonNullable<Municipality["pageDraft"]>;
}) {
  const reload = useReload();
  const saved = { introduction: draft.introduction ?? "", localAccents: draft.localAccents ?? "" };
  const [texts, setTexts] = useState(saved);
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [save, saving] = useMutation(SaveDraftMutation);
  const [publish, publishing] = useMutation(PublishMutation);
  const unsaved =
    texts.introduction !== saved.introduction || texts.localAccents !== saved.localAccents;
  const code = municipality.code;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setIssues([]);
    setFailure(null);
    setStatus(null);
    try {
      const { data } = await save({ variables: { municipalityCode: code, texts } });
      const outcome = outcomeOf(data?.saveMunicipalityPageDraft, "Municipality");
      if (outcome.kind === "ok") {
        await reload();
        setStatus("Het concept is opgeslagen. Bekijk het voorbeeld hieronder en publiceer het.");
      } else if (outcome.kind === "invalid") setIssues(outcome.issues);
      else setFailure(outcome.message);
    } catch {
      setFailure(requestFailed().message);
    }
  }

  async function publishDraft() {
    setFailure(null);
    setStatus(null);
    try {
      const { data } = await publish({ variables: { municipalityCode: code } });
      const outcome = outcomeOf(data?.publishMunicipalityPage, "Municipality");
      if (outcome.kind === "ok") {
        await reload();
        setStatus("De pagina is gepubliceerd. Iedereen ziet nu de nieuwe tekst.");
      } else setFailure(outcome.message);
    } catch {
      setFailure(requestFailed().message);
    }
  }

  return (
    <>
      <PageTitle>{`Gemeentepagina ${municipality.name}`}</PageTitle>
      <Paragraph>
        <Link to="/beleid">Terug naar het SR-beleid</Link>
      </Paragraph>
      <Heading level={1}>{`Gemeentepagina ${municipality.name}`}</Heading>
      <Paragraph lead>
        De openbare pagina over social return in {municipality.name}. De regels, het contact en de
        datum komen uit het beleid en het bouwblokkenmodel dat nu geldt; hier schrijft u de
        inleiding en wat bijzonder is in uw gemeente.
      </Paragraph>
      <Paragraph>
        <ExternalLink href={`/portal/gemeenten/${municipality.slug}`}>
          Bekijk de gepubliceerde pagina in het portaal
        </ExternalLink>
      </Paragraph>
      <div role="status">
        {status ? (
          <Alert type="ok">
            <p className="utrecht-paragraph">{status}</p>
          </Alert>
        ) : null}
      </div>

      <Heading level={2}>Teksten</Heading>
      <form onSubmit={submit} noValidate aria-label="Teksten van de gemeentepagina">
        <FormErrors
          issues={issues}
          fieldIds={{ introduction: "pagina-inleiding", localAccents: "pagina-accenten" }}
          fallbackId="pagina-inleiding"
          failure={failure}
        />
        <FormField
          id="pagina-inleiding"
          label="Inleiding"
          description="Wat social return is en wie de gemeente helpt. Schrijf kort en eenvoudig. Een lege regel begint een nieuwe alinea."
          error={errorFor(issues, "introduction")}
        >
          <Textarea
            id="pagina-inleiding"
            rows={8}
            value={texts.introduction}
            onChange={(event) => {
              const value = event.currentTarget.value;
              setTexts((current) => ({ ...current, introduction: value }));
            }}
          />
        </FormField>
        <FormField
          id="pagina-accenten"
          label="Lokale accenten"
          description="Wat bijzonder is in uw gemeente, bijvoorbeeld een Lokaal Sociaal Akkoord en de partners daarin."
          error={errorFor(issues, "localAccents")}
        >
          <Textarea
            id="pagina-accenten"
            rows={8}
            value={texts.localAccents}
            onChange={(event) => {
              const value = event.currentTarget.value;
              setTexts((current) => ({ ...current, localAccents: value }));
            }}
          />
        </FormField>
        <ButtonGroup>
          <Button type="submit" disabled={saving.loading || !unsaved}>
            {saving.loading ? "Bezig…" : "Concept opslaan"}
          </Button>
        </ButtonGroup>
      </form>

      <section aria-labelledby="voorbeeld" className="sroi-municipality-preview">
        <Heading level={2} id="voorbeeld">
          Voorbeeld van het concept
        </Heading>
        {draft.changedAt ? (
          <Paragraph>
            Het concept heeft wijzigingen die nog niet openbaar zijn. Zo ziet de pagina eruit na
            publiceren:
          </Paragraph>
        ) : (
          <Paragraph>Het concept is gelijk aan de gepubliceerde pagina.</Paragraph>
        )}
        {unsaved ? (
          <Paragraph>U heeft wijzigingen die nog niet zijn opgeslagen; sla ze eerst op.</Paragraph>
        ) : null}
        <div className="sroi-preview-frame">
          <MunicipalityPageView
            municipality={municipality}
            texts={draft}
            nested
            link={(to, text) => <ExternalLink href={`/portal${to}`}>{text}</ExternalLink>}
          />
        </div>
        <ButtonGroup>
          <Button
            type="button"
            onClick={publishDraft}
            disabled={publishing.loading || unsaved || !draft.changedAt}
          >
            {publishing.loading ? "Bezig…" : "Publiceren"}
          </Button>
        </ButtonGroup>
      </section>

      <Documents municipality={municipality} onChange={reload} />
    </>
  );
}

function Documents({
  municipality,
  onChange,
}: {
  municipality: Municipality;
  onChange: () => Promise<void>;
}) {
  const [title, setTitle] = useState("");
  const [date, setDate] = useState("");
  const [file, setFile] = useState<File | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [remove] = useMutation(RemoveDocumentMutation);

  async function upload(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    // Read before the first await: React clears currentTarget once the handler has returned.
    const form = event.currentTarget;
    setMessage(null);
    if (!file) {
      setMessage("Kies een PDF-bestand.");
      return;
    }
    setBusy(true);
    try {
      const address = `/gemeente-documenten?${new URLSearchParams({
        gemeente: municipality.code,
        titel: title,
        datum: date,
        bestandsnaam: file.name,
      })}`;
      const response = await fetch(address, {
        method: "POST",
        body: file,
        credentials: "same-origin",
        headers: { "Content-Type": file.type || "application/octet-stream" },
      });
      const body = (await response.json().catch(() => null)) as { message?: string } | null;
      if (response.status === 201) {
        setTitle("");
        setDate("");
        setFile(null);
        form.reset();
        await onChange();
        setMessage("Het document staat op de pagina.");
      } else {
        setMessage(body?.message ?? `Het toevoegen is niet gelukt (fout ${response.status}).`);
      }
    } catch {
      setMessage(requestFailed().message);
    } finally {
      setBusy(false);
    }
  }

  async function removeDocument(id: string) {
    setMessage(null);
    try {
      const { data } = await remove({ variables: { id } });
      const outcome = outcomeOf(data?.removeMunicipalityDocument, "Municipality");
      if (outcome.kind === "ok") {
        await onChange();
        setMessage("Het document is van de pagina gehaald.");
      } else setMessage(outcome.message);
    } catch {
      setMessage(requestFailed().message);
    }
  }

  return (
    <section aria-labelledby="documenten">
      <Heading level={2} id="documenten">
        Documenten
      </Heading>
      <Paragraph>
        Documenten staan meteen op de openbare pagina. Alleen PDF-bestanden, tot 10 MB.
      </Paragraph>
      {municipality.documents.length > 0 ? (
        <ul className="utrecht-unordered-list">
          {municipality.documents.map((document) => (
            <li key={document.id} className="utrecht-unordered-list__item">
              <ExternalLink href={document.url}>{document.title}</ExternalLink>{" "}
              <Button
                type="button"
                appearance="secondary-action"
                onClick={() => removeDocument(document.id)}
              >
                Verwijder {document.title}
              </Button>
            </li>
          ))}
        </ul>
      ) : (
        <Paragraph>Er staan nog geen documenten op de pagina.</Paragraph>
      )}
      <div role="status">{message ? <Paragraph>{message}</Paragraph> : null}</div>
      <form onSubmit={upload} aria-label="Document toevoegen">
        <FormField id="document-titel" label="Titel">
          <TextInput
            id="document-titel"
            value={title}
            onChange={(event) => setTitle(event.currentTarget.value)}
          />
        </FormField>
        <FormField
          id="document-datum"
          label="Datum van het document"
          description="Bijvoorbeeld de datum waarop de raad het vaststelde."
        >
          <TextInput
            id="document-datum"
            type="date"
            width="sm"
            value={date}
            onChange={(event) => setDate(event.currentTarget.value)}
          />
        </FormField>
        <FormField id="document-bestand" label="Bestand (PDF)">
          <input
            id="document-bestand"
            className="utrecht-textbox"
            type="file"
            accept=".pdf,application/pdf"
            onChange={(event) => setFile(event.currentTarget.files?.[0] ?? null)}
          />
        </FormField>
        <ButtonGroup>
          <Button type="submit" appearance="secondary-action" disabled={busy}>
            {busy ? "Bezig…" : "Document toevoegen"}
          </Button>
        </ButtonGroup>
      </form>
    </section>
  );
}
