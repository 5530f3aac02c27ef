// Kandidaten (/kandidaten): the candidate pool of the organisation the consultant works for, to
// filter by target group, availability and tag. Filters live in the address; the API decides who
// sees which candidates and whether names show (docs/decisions/0024-candidate-pool.md).
import { useReadQuery } from "@apollo/client/react";
import { formatDate, TARGET_GROUP_LABELS, TARGET_GROUPS } from "@sroi/domain";
import {
  Button,
  ButtonLink,
  EmptyState,
  FormField,
  Heading,
  Link,
  PageTitle,
  Paragraph,
  Select,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  TextInput,
} from "@sroi/ui";
import type { FormEvent } from "react";
import { type LoaderFunctionArgs, useLoaderData, useSearchParams } from "react-router";
import { preloadQuery } from "../apollo";
import { useFilterDraft } from "../filter-draft";
import { graphql } from "../gql";
import type { TargetGroup } from "../gql/graphql";
import { RetentionSettings } from "./retention";

const CandidatesQuery = graphql(`
  query AdminCandidates($filter: CandidateFilter) {
    candidatePools {
      organisationId
      organisationName
      viewerCanAdd
      ...CandidateRetention
    }
    candidates(filter: $filter) {
      totalCount
      edges {
        node {
          id
          reference
          name
          hoursPerWeek
          availableFrom
          skills
          wishes
          restrictions
          targetGroups {
            code
            label
            verified
          }
        }
      }
    }
  }
`);

interface Filters {
  targetGroup: string;
  availableBy: string;
  hours: string;
  tag: string;
}

function readFilters(params: URLSearchParams): Filters {
  const group = params.get("doelgroep") ?? "";
  const date = params.get("beschikbaar") ?? "";
  const hours = params.get("uren") ?? "";
  return {
    targetGroup: (TARGET_GROUPS as readonly string[]).includes(group) ? group : "",
    availableBy: /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : "",
    hours: /^\d{1,2}$/.test(hours) ? hours : "",
    tag: params.get("label")?.trim() ?? "",
  };
}

function writeFilters(filters: Filters): string {
  const params = new URLSearchParams();
  if (filters.targetGroup) params.set("doelgroep", filters.targetGroup);
  if (filters.availableBy) params.set("beschikbaar", filters.availableBy);
  if (filters.hours) params.set("uren", filters.hours);
  if (filters.tag) params.set("label", filters.tag);
  return `?${params}`;
}

export function loader({ request }: LoaderFunctionArgs) {
  const filters = readFilters(new URL(request.url).searchParams);
  return preloadQuery.toPromise(
    preloadQuery(CandidatesQuery, {
      variables: {
        filter: {
          targetGroup: (filters.targetGroup || null) as TargetGroup | null,
          availableBy: filters.availableBy || null,
          minHoursPerWeek: filters.hours || null,
          tag: filters.tag || null,
        },
      },
      fetchPolicy: "network-only",
    }),
  );
}

export function CandidatesPage() {
  const { data } = useReadQuery(useLoaderData<typeof loader>());
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = readFilters(searchParams);
  const [draft, change] = useFilterDraft(filters, searchParams.toString());
  const pools = data.candidatePools;
  const { edges, totalCount } = data.candidates;
  const filtered = Object.values(filters).some(Boolean);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSearchParams(writeFilters({ ...draft, tag: draft.tag.trim() }));
  }

  if (pools.length === 0) {
    return (
      <>
        <PageTitle>Kandidaten</PageTitle>
        <Heading level={1}>Kandidaten</Heading>
        <Paragraph>
          Alleen de organisatie die de social return van een gemeente uitvoert (een WSP of het eigen
          team van de gemeente) houdt een kandidatenpool bij. U werkt niet voor zo'n organisatie.
        </Paragraph>
      </>
    );
  }

  return (
    <>
      <PageTitle>Kandidaten</PageTitle>
      <Heading level={1}>Kandidaten</Heading>
      <Paragraph lead>
        De kandidatenpool van {pools.map((pool) => pool.organisationName).join(" en ")}. Namen en
        contactgegevens ziet alleen wie de kandidaten begeleidt; een opdrachtnemer ziet alleen wat
        een kandidaat met toestemming laat delen.
      </Paragraph>
      {pools.some((pool) => pool.viewerCanAdd) ? (
        <Paragraph>
          <ButtonLink to="/kandidaten/nieuw">Kandidaat toevoegen</ButtonLink>
        </Paragraph>
      ) : null}
      <search>
        <form className="sroi-filters" onSubmit={submit} aria-label="Kandidaten filteren">
          <FormField id="kandidaten-doelgroep" label="Doelgroep">
            <Select
              id="kandidaten-doelgroep"
              value={draft.targetGroup}
              onChange={(event) => change({ targetGroup: event.currentTarget.value })}
            >
              <option value="">Alle doelgroepen</option>
              {TARGET_GROUPS.map((code) => (
                <option key={code} value={code}>
                  {TARGET_GROUP_LABELS[code]}
                </option>
              ))}
            </Select>
          </FormField>
          <FormField id="kandidaten-beschikbaar" label="Beschikbaar op">
            <TextInput
              id="kandidaten-beschikbaar"
              type="date"
              width="sm"
              value={draft.availableBy}
              onChange={(event) => change({ availableBy: event.currentTarget.value })}
            />
          </FormField>
          <FormField id="kandidaten-uren" label="Minimaal uren per week">
            <TextInput
              id="kandidaten-uren"
              inputMode="numeric"
              width="sm"
              value={draft.hours}
              onChange={(event) => change({ hours: event.currentTarget.value })}
            />
          </FormField>
          <FormField id="kandidaten-label" label="Vaardigheid, wens of beperking">
            <TextInput
              id="kandidaten-label"
              type="search"
              value={draft.tag}
              onChange={(event) => change({ tag: event.currentTarget.value })}
            />
          </FormField>
          <Button type="submit">Filteren</Button>
        </form>
      </search>
      {filtered ? (
        <Paragraph>
          <Link to="/kandidaten">Alle filters wissen</Link>
        </Paragraph>
      ) : null}
      <p className="utrecht-paragraph" role="status">
        {totalCount === 1 ? "1 kandidaat." : `${totalCount} kandidaten.`}
        {totalCount > edges.length ? ` De eerste ${edges.length} staan hieronder.` : ""}
      </p>
      {edges.length === 0 ? (
        <EmptyState>
          {filtered
            ? "Er zijn geen kandidaten die aan de filters voldoen."
            : "Er staan nog geen kandidaten in de pool."}
        </EmptyState>
      ) : (
        <Table caption="Kandidaten" captionHidden stackOnPhone>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">Kenmerk</TableHeaderCell>
              <TableHeaderCell scope="col">Naam</TableHeaderCell>
              <TableHeaderCell scope="col">Doelgroepen</TableHeaderCell>
              <TableHeaderCell scope="col">Uren per week</TableHeaderCell>
              <TableHeaderCell scope="col">Beschikbaar vanaf</TableHeaderCell>
              <TableHeaderCell scope="col">Labels</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {edges.map(({ node }) => (
              <TableRow key={node.id}>
                <TableCell>
                  <Link to={`/kandidaten/${node.id}`}>{node.reference}</Link>
                </TableCell>
                <TableCell>{node.name ?? "—"}</TableCell>
                <TableCell>
                  {node.targetGroups
                    .map(
                      (group) => `${group.label}${group.verified ? "" : " (niet gecontroleerd)"}`,
                    )
                    .join(", ") || "—"}
                </TableCell>
                <TableCell>{node.hoursPerWeek ?? "—"}</TableCell>
                <TableCell>
                  {node.availableFrom ? formatDate(node.availableFrom) : "direct"}
                </TableCell>
                <TableCell>
                  {[...node.skills, ...node.wishes, ...node.restrictions].join(", ") || "—"}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {pools.map((pool) => (
        <RetentionSettings key={pool.organisationId} pool={pool} />
      ))}
    </>
  );
}
