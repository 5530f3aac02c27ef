// Audittrail: every recorded change the person may see, newest first, to filter by kind of
// change, by who made it and by period. Filters and paging live in the address.
import { useReadQuery } from "@apollo/client/react";
import {
  Button,
  EmptyState,
  FormField,
  formatDateTime,
  Heading,
  Link,
  PageTitle,
  Pagination,
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
import { Changes } from "../audit/audit-trail";
import { ACTION_FILTERS, describeAction, describeChanges, describeEntity } from "../audit/describe";
import { useFilterDraft } from "../filter-draft";
import { graphql } from "../gql";

const AuditEventsQuery = graphql(`
  query AdminAuditEvents(
    $filter: AuditFilter
    $first: Int
    $after: String
    $last: Int
    $before: String
  ) {
    auditEvents(filter: $filter, first: $first, after: $after, last: $last, before: $before) {
      pageInfo {
        hasNextPage
        startCursor
        endCursor
      }
      edges {
        node {
          ...AuditEntry
          contract {
            id
            reference
          }
        }
      }
    }
  }
`);

const PAGE_SIZE = 25;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

interface AuditListState {
  action: string;
  actor: string;
  from: string;
  until: string;
  page: number;
  after: string | null;
  before: string | null;
}

function readState(params: URLSearchParams): AuditListState {
  const date = (name: string) => {
    const value = params.get(name) ?? "";
    return ISO_DATE.test(value) ? value : "";
  };
  const page = Number(params.get("pagina"));
  const after = params.get("na");
  const before = params.get("voor");
  return {
    action: params.get("actie")?.trim() ?? "",
    actor: params.get("door")?.trim() ?? "",
    from: date("van"),
    until: date("tot"),
    page: (after || before) && Number.isInteger(page) && page > 1 ? page : 1,
    after: before ? null : after || null,
    before: before || null,
  };
}

function writeState(state: AuditListState): string {
  const params = new URLSearchParams();
  if (state.action) params.set("actie", state.action);
  if (state.actor) params.set("door", state.actor);
  if (state.from) params.set("van", state.from);
  if (state.until) params.set("tot", state.until);
  if (state.page > 1 && (state.after || state.before)) {
    params.set("pagina", String(state.page));
    if (state.before) params.set("voor", state.before);
    else if (state.after) params.set("na", state.after);
  }
  return `?${params}`;
}

export function loader({ request }: LoaderFunctionArgs) {
  const state = readState(new URL(request.url).searchParams);
  return preloadQuery.toPromise(
    preloadQuery(AuditEventsQuery, {
      variables: {
        filter: {
          action: state.action || null,
          actorEmail: state.actor || null,
          from: state.from || null,
          until: state.until || null,
        },
        ...(state.before
          ? { last: PAGE_SIZE, before: state.before }
          : { first: PAGE_SIZE, after: state.after }),
      },
      fetchPolicy: "network-only",
    }),
  );
}

export function AuditPage() {
  const { data } = useReadQuery(useLoaderData<typeof loader>());
  const [searchParams, setSearchParams] = useSearchParams();
  const state = readState(searchParams);
  const { edges, pageInfo } = data.auditEvents;
  const offset = (state.page - 1) * PAGE_SIZE;
  const filtered = Boolean(state.action || state.actor || state.from || state.until);
  // Paging back, the page after this one is where we came from.
  const hasNext = state.before ? true : pageInfo.hasNextPage;

  const [draft, change] = useFilterDraft(
    { action: state.action, actor: state.actor, from: state.from, until: state.until },
    searchParams.toString(),
  );

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSearchParams(
      writeState({
        action: draft.action,
        actor: draft.actor.trim(),
        from: draft.from,
        until: draft.until,
        page: 1,
        after: null,
        before: null,
      }),
    );
  }

  return (
    <>
      <PageTitle>Audittrail</PageTitle>
      <Heading level={1}>Audittrail</Heading>
      <Paragraph lead>
        Wie wat wanneer veranderde, met de waarden ervoor en erna. U ziet de gebeurtenissen van de
        opdrachten die u mag inzien; een platformbeheerder ziet alles.
      </Paragraph>
      <search>
        <form className="sroi-filters" onSubmit={submit} aria-label="Audittrail filteren">
          <FormField id="audit-actie" label="Gebeurtenis">
            <Select
              id="audit-actie"
              value={draft.action}
              onChange={(event) => change({ action: event.currentTarget.value })}
            >
              <option value="">Alle gebeurtenissen</option>
              {ACTION_FILTERS.map(({ group, options }) => (
                <optgroup key={group} label={group}>
                  {options.map((option) => (
                    <option key={option.value} value={option.value}>
                      {option.label}
                    </option>
                  ))}
                </optgroup>
              ))}
              {state.action && !isFilterChoice(state.action) ? (
                <option value={state.action}>Andere gebeurtenis</option>
              ) : null}
            </Select>
          </FormField>
          <FormField id="audit-door" label="Door (e-mailadres)">
            <TextInput
              id="audit-door"
              type="search"
              value={draft.actor}
              onChange={(event) => change({ actor: event.currentTarget.value })}
            />
          </FormField>
          <FormField id="audit-van" label="Vanaf">
            <TextInput
              id="audit-van"
              type="date"
              width="sm"
              value={draft.from}
              onChange={(event) => change({ from: event.currentTarget.value })}
            />
          </FormField>
          <FormField id="audit-tot" label="Tot en met">
            <TextInput
              id="audit-tot"
              type="date"
              width="sm"
              value={draft.until}
              onChange={(event) => change({ until: event.currentTarget.value })}
            />
          </FormField>
          <Button type="submit">Filteren</Button>
        </form>
      </search>
      {filtered ? (
        <Paragraph>
          <Link to="/audit">Alle filters wissen</Link>
        </Paragraph>
      ) : null}
      <p className="utrecht-paragraph" role="status">
        {edges.length === 0
          ? "Geen gebeurtenissen gevonden."
          : `Gebeurtenis ${offset + 1} tot en met ${offset + edges.length}${hasNext ? "" : " (de laatste)"}.`}
      </p>
      {edges.length === 0 ? (
        <EmptyState>
          {filtered
            ? "Er zijn geen gebeurtenissen die aan de filters voldoen."
            : "Er is nog niets vastgelegd."}
        </EmptyState>
      ) : (
        <>
          <Table caption="Gebeurtenissen" captionHidden>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">Wanneer</TableHeaderCell>
                <TableHeaderCell scope="col">Door</TableHeaderCell>
                <TableHeaderCell scope="col">Gebeurtenis</TableHeaderCell>
                <TableHeaderCell scope="col">Betreft</TableHeaderCell>
                <TableHeaderCell scope="col" wide>
                  Wijzigingen
                </TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {edges.map(({ node: event }) => {
                const changes = describeChanges(event.before, event.after);
                return (
                  <TableRow key={event.id}>
                    <TableCell>
                      <time dateTime={event.at}>{formatDateTime(event.at)}</time>
                    </TableCell>
                    <TableCell>{event.actorEmail ?? "het platform"}</TableCell>
                    <TableHeaderCell scope="row">{describeAction(event.action)}</TableHeaderCell>
                    <TableCell>
                      {event.contract ? (
                        <Link to={`/opdrachten/${encodeURIComponent(event.contract.id)}`}>
                          Opdracht <span className="sroi-code">{event.contract.reference}</span>
                        </Link>
                      ) : (
                        describeEntity(event.entityType)
                      )}
                    </TableCell>
                    <TableCell>
                      {changes.length === 0 ? (
                        "—"
                      ) : (
                        <details className="sroi-details">
                          <summary>
                            {changes.length === 1 ? "1 veld" : `${changes.length} velden`}
                          </summary>
                          <Changes changes={changes} />
                        </details>
                      )}
                    </TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
          <Pagination
            label="Audittrail"
            from={offset + 1}
            to={offset + edges.length}
            total={null}
            previous={
              state.page > 1
                ? writeState({
                    ...state,
                    page: state.page - 1,
                    before: pageInfo.startCursor ?? null,
                    after: null,
                  })
                : null
            }
            next={
              hasNext
                ? writeState({
                    ...state,
                    page: state.page + 1,
                    after: pageInfo.endCursor ?? null,
                    before: null,
                  })
                : null
            }
          />
        </>
      )}
    </>
  );
}

const isFilterChoice = (action: string) =>
  ACTION_FILTERS.some(({ options }) => options.some((option) => option.value === action));
