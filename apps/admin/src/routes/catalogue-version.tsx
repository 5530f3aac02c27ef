// One catalogue version. A draft the viewer may manage opens as an editor (facts, blocks, bonuses,
// what still keeps it from publication, publish or propose, delete); a proposed draft reads as it
// is, with publish and send back for the region's publisher; any other version reads as
// published, with retire for the publisher, export and compare.
import { useMutation, useReadQuery } from "@apollo/client/react";
import { dutchDate, formatDate } from "@sroi/domain";
import {
  ButtonLink,
  CatalogueContents,
  CatalogueStatusBadge,
  ConceptNote,
  DataList,
  DataListItem,
  type FlashState,
  Heading,
  Link,
  PageTitle,
  Paragraph,
  StatusBadge,
} from "@sroi/ui";
import { useState } from "react";
import { type LoaderFunctionArgs, useLoaderData, useNavigate, useParams } from "react-router";
import { preloadQuery } from "../apollo";
import "../catalogue/catalogue.css";
import { forgetCatalogueVersion, forgetRegionCatalogues } from "../catalogue/cache";
import { type DraftDetails, DraftDetailsForm } from "../catalogue/draft-details-form";
import { EditableBlocksTable, EditableBonusesTable } from "../catalogue/editable-tables";
import { ProblemsList } from "../catalogue/problems";
import {
  ProposalNotice,
  ProposeAction,
  SendBackForm,
  SentBackNotice,
} from "../catalogue/publication";
import { CompareForm, ExportLinks, PublishForm } from "../catalogue/version-tools";
import { ConfirmAction } from "../forms/confirm-action";
import { outcomeOf } from "../forms/outcome";
import { graphql } from "../gql";
import type { AdminCatalogueVersionQuery } from "../gql/graphql";

type Version = NonNullable<AdminCatalogueVersionQuery["catalogueVersion"]>;

const CatalogueVersionQuery = graphql(`
  query AdminCatalogueVersion($key: String!, $today: Date!) {
    catalogueVersion(key: $key) {
      ...CatalogueEditor
      region {
        code
        catalogueInForce(date: $today) {
          key
        }
      }
    }
  }
`);

const UpdateDraftMutation = graphql(`
  mutation AdminUpdateCatalogueDraft($key: String!, $input: CatalogueDraftInput!) {
    updateCatalogueDraft(key: $key, input: $input) {
      __typename
      ... on CatalogueVersion {
        ...CatalogueEditor
      }
      ...ValidationIssues
      ...ErrorMessage
    }
  }
`);

const DeleteBlockMutation = graphql(`
  mutation AdminDeleteBlock($key: String!, $code: String!) {
    deleteBlock(catalogueKey: $key, code: $code) {
      __typename
      ... on CatalogueVersion {
        ...CatalogueEditor
      }
      ...ErrorMessage
    }
  }
`);

const DeleteBonusMutation = graphql(`
  mutation AdminDeleteBonus($key: String!, $code: String!) {
    deleteBonus(catalogueKey: $key, code: $code) {
      __typename
      ... on CatalogueVersion {
        ...CatalogueEditor
      }
      ...ErrorMessage
    }
  }
`);

const PublishMutation = graphql(`
  mutation AdminPublishCatalogueVersion($key: String!, $validFrom: Date!) {
    publishCatalogueVersion(key: $key, validFrom: $validFrom) {
      __typename
      ... on CatalogueVersion {
        ...CatalogueEditor
      }
      ...ValidationIssues
      ...ErrorMessage
    }
  }
`);

const RetireMutation = graphql(`
  mutation AdminRetireCatalogueVersion($key: String!) {
    retireCatalogueVersion(key: $key) {
      __typename
      ... on CatalogueVersion {
        ...CatalogueEditor
      }
      ...ErrorMessage
    }
  }
`);

const DeleteDraftMutation = graphql(`
  mutation AdminDeleteCatalogueDraft($key: String!) {
    deleteCatalogueDraft(key: $key) {
      __typename
      ... on DeleteResult {
        deleted
      }
      ...ErrorMessage
    }
  }
`);

export function loader({ params }: LoaderFunctionArgs) {
  const key = params.key ?? "";
  return preloadQuery.toPromise(
    preloadQuery(CatalogueVersionQuery, { variables: { key, today: dutchDate(new Date()) } }),
  );
}

export function CatalogueVersionPage() {
  const { data } = useReadQuery(useLoaderData<typeof loader>());
  const { key } = useParams();
  const version = data.catalogueVersion;
  if (!version) {
    return (
      <>
        <PageTitle>Bouwblokkenmodel niet gevonden</PageTitle>
        <Heading level={1}>Bouwblokkenmodel niet gevonden</Heading>
        <Paragraph>
          Er is geen bouwblokkenmodel met de code “{key}”. Misschien is de link verouderd.
        </Paragraph>
        <Paragraph>
          <Link to="/catalogi">Bekijk alle bouwblokkenmodellen</Link>
        </Paragraph>
      </>
    );
  }
  const inForce = version.region.catalogueInForce?.key === version.key;
  return (
    <>
      <PageTitle>{version.name}</PageTitle>
      <Paragraph>
        <Link to="/catalogi">Alle bouwblokkenmodellen</Link>
      </Paragraph>
      <Heading level={1}>{version.name}</Heading>
      <Paragraph lead>
        {version.region.name}
        {inForce ? (
          <>
            {" "}
            <StatusBadge type="success">Nu geldig</StatusBadge>
          </>
        ) : null}
      </Paragraph>
      {version.viewerCanEdit ? (
        <DraftEditor version={version} />
      ) : version.proposal ? (
        <ProposedDraft version={version} />
      ) : (
        <PublishedVersion version={version} />
      )}
    </>
  );
}

function otherVersions(version: Version) {
  return version.region.catalogueVersions.filter((other) => other.key !== version.key);
}

function PublishedVersion({ version }: { version: Version }) {
  const [retire] = useMutation(RetireMutation);
  const others = otherVersions(version);
  const managing = version.region.viewerCanManage || version.viewerCanManage;
  return (
    <>
      <CatalogueContents catalogue={version} />
      {version.status === "DRAFT" ? (
        <Paragraph>
          Dit is een conceptversie. Alleen beheerders van {version.region.name} kunnen haar
          wijzigen.
        </Paragraph>
      ) : null}

      <Heading level={2}>Vergelijken</Heading>
      <CompareForm
        shown={version}
        others={others}
        defaultKey={others.find((other) => other.status === "PUBLISHED")?.key ?? null}
      />

      <Heading level={2}>Exporteren</Heading>
      <Paragraph>
        Download deze versie, bijvoorbeeld om haar in een andere regio te importeren.
      </Paragraph>
      <ExportLinks catalogueKey={version.key} />

      {managing ? (
        <>
          <Heading level={2}>Beheren</Heading>
          <Paragraph>
            Een gepubliceerde versie kan niet meer worden gewijzigd. Maak een nieuwe versie om
            waarden aan te passen.
          </Paragraph>
          <div className="sroi-button-group">
            <ButtonLink
              appearance="secondary-action"
              to={`/catalogi/nieuw?${new URLSearchParams({ regio: version.region.code, kopie: version.key })}`}
            >
              Nieuwe versie op basis van deze
            </ButtonLink>
          </div>
          {version.viewerCanRetire ? (
            <ConfirmAction
              label="Versie intrekken"
              question="Deze versie intrekken?"
              confirmLabel="Ja, intrekken"
              onConfirm={async () => {
                const { data } = await retire({ variables: { key: version.key } });
                const outcome = outcomeOf(data?.retireCatalogueVersion, "CatalogueVersion");
                if (outcome.kind !== "ok") return outcome.message;
                forgetRegionCatalogues(version.region.code);
                return null;
              }}
            >
              <p className="utrecht-paragraph">
                Een ingetrokken versie geldt niet meer voor nieuwe berekeningen: daarvoor geldt dan
                de vorige gepubliceerde versie van {version.region.name}. Opdrachten die aan deze
                versie vastzitten, houden haar.
              </p>
            </ConfirmAction>
          ) : null}
        </>
      ) : null}
    </>
  );
}

function DraftEditor({ version }: { version: Version }) {
  const navigate = useNavigate();
  const [updateDraft] = useMutation(UpdateDraftMutation);
  const [deleteBlock] = useMutation(DeleteBlockMutation);
  const [deleteBonus] = useMutation(DeleteBonusMutation);
  const [deleteDraft] = useMutation(DeleteDraftMutation);
  const [removed, setRemoved] = useState<string | null>(null);
  const base = `/catalogi/${encodeURIComponent(version.key)}`;
  const others = otherVersions(version);

  async function saveDetails(details: DraftDetails) {
    try {
      const { data } = await updateDraft({ variables: { key: version.key, input: details } });
      return outcomeOf(data?.updateCatalogueDraft, "CatalogueVersion");
    } catch {
      return {
        kind: "failed" as const,
        message: "De server was niet bereikbaar. Probeer het opnieuw.",
      };
    }
  }

  return (
    <>
      <DraftFacts version={version} />
      {version.conceptNote ? <ConceptNote note={version.conceptNote} headingLevel={2} /> : null}
      <SentBackNotice version={version} />
      <ProblemsList problems={version.problems} version={version} />

      <h2 className="utrecht-heading-2">Gegevens</h2>
      <DraftDetailsForm
        key={`${version.name}|${version.basisHours}`}
        initial={version}
        onSubmit={saveDetails}
      />

      <div className="sroi-section-heading">
        <h2 className="utrecht-heading-2" id="bouwblokken-kop" tabIndex={-1}>
          Bouwblokken
        </h2>
        <ButtonLink appearance="secondary-action" to={`${base}/bouwblokken/nieuw`}>
          Bouwblok toevoegen
        </ButtonLink>
      </div>
      <div role="status">{removed ? <Paragraph>{removed}</Paragraph> : null}</div>
      <EditableBlocksTable
        catalogueKey={version.key}
        blocks={version.blocks}
        basisHours={version.basisHours}
        onDelete={async (code) => {
          const { data } = await deleteBlock({ variables: { key: version.key, code } });
          const outcome = outcomeOf(data?.deleteBlock, "CatalogueVersion");
          if (outcome.kind !== "ok") return outcome.message;
          setRemoved(`Bouwblok ${code} is verwijderd.`);
          document.getElementById("bouwblokken-kop")?.focus();
          return null;
        }}
      />

      <div className="sroi-section-heading">
        <h2 className="utrecht-heading-2" id="toeslagen-kop" tabIndex={-1}>
          Toeslagen
        </h2>
        <ButtonLink appearance="secondary-action" to={`${base}/toeslagen/nieuw`}>
          Toeslag toevoegen
        </ButtonLink>
      </div>
      <EditableBonusesTable
        catalogueKey={version.key}
        bonuses={version.bonuses}
        blocks={version.blocks}
        onDelete={async (code) => {
          const { data } = await deleteBonus({ variables: { key: version.key, code } });
          const outcome = outcomeOf(data?.deleteBonus, "CatalogueVersion");
          if (outcome.kind !== "ok") return outcome.message;
          setRemoved(`Toeslag ${code} is verwijderd.`);
          document.getElementById("toeslagen-kop")?.focus();
          return null;
        }}
      />

      <Heading level={2}>Vergelijken en exporteren</Heading>
      <CompareForm
        shown={version}
        others={others}
        defaultKey={
          version.region.catalogueInForce?.key ??
          others.find((other) => other.status === "PUBLISHED")?.key ??
          null
        }
      />
      <ExportLinks catalogueKey={version.key} />

      <Heading level={2}>Publiceren</Heading>
      {version.viewerCanPublish ? (
        <PublishSection version={version} />
      ) : version.viewerCanPropose ? (
        <ProposeAction version={version} blocked={version.problems.length > 0} />
      ) : (
        <Paragraph>{version.publishRefusal}</Paragraph>
      )}

      <Heading level={2}>Concept verwijderen</Heading>
      <ConfirmAction
        label="Concept verwijderen"
        question="Deze conceptversie verwijderen?"
        confirmLabel="Ja, verwijderen"
        onConfirm={async () => {
          const { data } = await deleteDraft({ variables: { key: version.key } });
          const result = data?.deleteCatalogueDraft;
          if (result?.__typename !== "DeleteResult" || !result.deleted) {
            return result && "message" in result
              ? result.message
              : "Het verwijderen is niet gelukt. Probeer het opnieuw.";
          }
          const state: FlashState = { flash: `De conceptversie ${version.name} is verwijderd.` };
          navigate("/catalogi", { state });
          forgetRegionCatalogues(version.region.code);
          forgetCatalogueVersion(version.key);
          return null;
        }}
      >
        <p className="utrecht-paragraph">
          De conceptversie met al haar bouwblokken en toeslagen verdwijnt. Gepubliceerde versies
          blijven zoals ze zijn.
        </p>
      </ConfirmAction>
    </>
  );
}

/** The publisher's form: a date, the question, then the page of the published version. */
function PublishSection({ version }: { version: Version }) {
  const navigate = useNavigate();
  const [publish] = useMutation(PublishMutation);
  const base = `/catalogi/${encodeURIComponent(version.key)}`;
  const today = dutchDate(new Date());
  return (
    <PublishForm
      what="deze versie van het bouwblokkenmodel"
      fieldId="publiceren-datum"
      today={today}
      blocked={version.problems.length > 0}
      consequences={
        <>
          <p className="utrecht-paragraph">
            Na publicatie kan niemand deze versie meer wijzigen. Vanaf de gekozen datum rekenen
            nieuwe opdrachten en de rekenhulp van {version.region.name} met deze versie.
          </p>
          <p className="utrecht-paragraph">
            Opdrachten die al gegund zijn, houden de versie waarmee hun verplichting is vastgezet.
          </p>
        </>
      }
      onPublish={async (validFrom) => {
        const { data } = await publish({ variables: { key: version.key, validFrom } });
        const outcome = outcomeOf(data?.publishCatalogueVersion, "CatalogueVersion");
        if (outcome.kind === "invalid") {
          return [outcome.message, ...outcome.issues.map((issue) => issue.message)].join(" ");
        }
        if (outcome.kind !== "ok") return outcome.message;
        forgetRegionCatalogues(version.region.code);
        const state: FlashState = {
          flash: `${version.name} is gepubliceerd en geldt vanaf ${formatDate(validFrom)}.`,
        };
        navigate(base, { state, replace: true });
        return null;
      }}
    />
  );
}

/** A proposed draft: nobody edits it; the publisher publishes it or sends it back. */
function ProposedDraft({ version }: { version: Version }) {
  return (
    <>
      <DraftFacts version={version} />
      <ProposalNotice version={version} />
      <CatalogueContents catalogue={version} />
      <Heading level={2}>Vergelijken en exporteren</Heading>
      <CompareForm
        shown={version}
        others={otherVersions(version)}
        defaultKey={version.region.catalogueInForce?.key ?? null}
      />
      <ExportLinks catalogueKey={version.key} />
      {version.viewerCanPublish ? (
        <>
          <Heading level={2}>Publiceren</Heading>
          <PublishSection version={version} />
        </>
      ) : null}
      {version.viewerCanSendBack ? (
        <>
          <Heading level={2}>Terugsturen</Heading>
          <SendBackForm version={version} />
        </>
      ) : null}
    </>
  );
}

function DraftFacts({ version }: { version: Version }) {
  return (
    <DataList>
      <DataListItem label="Status">
        <CatalogueStatusBadge status={version.status} />
      </DataListItem>
      <DataListItem label="Geldig vanaf">nog niet gepubliceerd</DataListItem>
    </DataList>
  );
}
