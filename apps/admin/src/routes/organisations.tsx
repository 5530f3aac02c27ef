// Organisaties: gemeenten, WSP's, opdrachtnemers and social enterprises on the platform, with who
// works there in which role and whose invitation is still open.
import { useReadQuery } from "@apollo/client/react";
import { ORGANISATION_KIND_LABELS, ORGANISATION_KINDS, type OrganisationKind } from "@sroi/domain";
import {
  Button,
  EmptyState,
  FormField,
  Heading,
  Link,
  PageTitle,
  Paragraph,
  Select,
  TextInput,
} from "@sroi/ui";
import type { FormEvent } from "react";
import { type LoaderFunctionArgs, useLoaderData, useSearchParams } from "react-router";
import { preloadQuery } from "../apollo";
import { useFilterDraft } from "../filter-draft";
import { graphql } from "../gql";
import type { AdminOrganisationsQuery } from "../gql/graphql";
import { MembersTable } from "../organisations/members-table";
import { PsoCertificates } from "../organisations/pso-certificates";

const OrganisationsQuery = graphql(`
  query AdminOrganisations($kind: OrganisationKind, $search: String) {
    me {
      id
      managesOrganisationTree
    }
    organisations(kind: $kind, search: $search) {
      id
      kind
      name
      kvkNumber
      municipality {
        code
        name
      }
      carriesOut {
        code
        name
      }
      email
      phone
      ...AdminPsoCertificates
      members {
        role
        roleLabel
        user {
          id
          name
          email
          invitationPending
          deactivated
        }
      }
    }
  }
`);

type Organisation = AdminOrganisationsQuery["organisations"][number];

function readFilter(params: URLSearchParams) {
  const kind = params.get("soort");
  return {
    kind: (ORGANISATION_KINDS as readonly string[]).includes(kind ?? "")
      ? (kind as OrganisationKind)
      : null,
    search: params.get("zoek")?.trim() ?? "",
  };
}

export function loader({ request }: LoaderFunctionArgs) {
  const filter = readFilter(new URL(request.url).searchParams);
  return preloadQuery.toPromise(
    preloadQuery(OrganisationsQuery, {
      variables: { kind: filter.kind, search: filter.search || null },
      fetchPolicy: "network-only",
    }),
  );
}

export function OrganisationsPage() {
  const { data } = useReadQuery(useLoaderData<typeof loader>());
  const [searchParams, setSearchParams] = useSearchParams();
  const filter = readFilter(searchParams);
  const filtered = filter.kind !== null || filter.search !== "";

  const [draft, change] = useFilterDraft(
    { kind: filter.kind ?? "", search: filter.search },
    searchParams.toString(),
  );

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const next = new URLSearchParams();
    if (draft.kind) next.set("soort", draft.kind);
    if (draft.search.trim()) next.set("zoek", draft.search.trim());
    setSearchParams(next);
  }

  const groups = ORGANISATION_KINDS.map((kind) => ({
    kind,
    organisations: data.organisations.filter((organisation) => organisation.kind === kind),
  })).filter((group) => group.organisations.length > 0);

  return (
    <>
      <PageTitle>Organisaties</PageTitle>
      <Heading level={1}>Organisaties</Heading>
      <Paragraph lead>
        De gemeenten, werkgeversservicepunten, opdrachtnemers en sociale ondernemingen op het
        platform, met hun medewerkers en hun rol.
      </Paragraph>
      {data.me?.managesOrganisationTree ? (
        <Paragraph>
          <Link to="/organisaties/regios">Regio's en gemeenten beheren</Link>
        </Paragraph>
      ) : null}
      <search>
        <form className="sroi-filters" onSubmit={submit} aria-label="Organisaties zoeken">
          <FormField id="organisaties-soort" label="Soort organisatie">
            <Select
              id="organisaties-soort"
              value={draft.kind}
              onChange={(event) => change({ kind: event.currentTarget.value })}
            >
              <option value="">Alle soorten</option>
              {ORGANISATION_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {ORGANISATION_KIND_LABELS[kind]}
                </option>
              ))}
            </Select>
          </FormField>
          <FormField id="organisaties-zoek" label="Naam of KvK-nummer">
            <TextInput
              id="organisaties-zoek"
              type="search"
              value={draft.search}
              onChange={(event) => change({ search: event.currentTarget.value })}
            />
          </FormField>
          <Button type="submit">Zoeken</Button>
        </form>
      </search>
      {filtered ? (
        <Paragraph>
          <Link to="/organisaties">Alle organisaties tonen</Link>
        </Paragraph>
      ) : null}
      <p className="utrecht-paragraph" role="status">
        {data.organisations.length === 1
          ? "1 organisatie gevonden."
          : `${data.organisations.length} organisaties gevonden.`}
      </p>

      {groups.length === 0 ? (
        <EmptyState>Geen organisaties gevonden.</EmptyState>
      ) : (
        groups.map((group) => (
          <section key={group.kind} aria-labelledby={`soort-${group.kind}`}>
            <Heading level={2} id={`soort-${group.kind}`}>
              {KIND_HEADINGS[group.kind]}
            </Heading>
            {group.organisations.map((organisation) => (
              <OrganisationEntry key={organisation.id} organisation={organisation} />
            ))}
          </section>
        ))
      )}
    </>
  );
}

const KIND_HEADINGS: Record<OrganisationKind, string> = {
  MUNICIPALITY: "Gemeenten",
  SERVICE_POINT: "Werkgeversservicepunten",
  CONTRACTOR: "Opdrachtnemers",
  SOCIAL_ENTERPRISE: "Sociale ondernemingen",
};

function OrganisationEntry({ organisation }: { organisation: Organisation }) {
  const facts = [
    organisation.kvkNumber ? `KvK-nummer ${organisation.kvkNumber}` : null,
    organisation.municipality ? `gemeente ${organisation.municipality.name}` : null,
    organisation.carriesOut.length > 0
      ? `voert social return uit voor ${organisation.carriesOut.map((m) => m.name).join(", ")}`
      : null,
    organisation.email,
    organisation.phone ? `telefoon ${organisation.phone}` : null,
  ].filter(Boolean);
  return (
    <article className="sroi-organisation" aria-labelledby={`organisatie-${organisation.id}`}>
      <Heading level={3} id={`organisatie-${organisation.id}`}>
        {organisation.name}
      </Heading>
      {facts.length > 0 ? (
        <p className="utrecht-paragraph sroi-timeline__meta">{facts.join(" · ")}</p>
      ) : null}
      {organisation.members.length === 0 ? (
        <EmptyState>Nog geen medewerkers met een account.</EmptyState>
      ) : (
        <MembersTable
          organisationName={organisation.name}
          members={organisation.members.map((member) => ({
            ...member,
            key: `${member.user.id}-${member.role}`,
          }))}
        />
      )}
      <PsoCertificates organisation={organisation} />
    </article>
  );
}
