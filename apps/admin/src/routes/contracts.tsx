// Opdrachten: every contract the person may see, to search, filter, sort and page through. All of
// it lives in the address (contracts/list-params.ts), so the browser's back button and a shared
// link show the same list.
import { useReadQuery } from "@apollo/client/react";
import {
  CONTRACT_KIND_LABELS,
  CONTRACT_KINDS,
  CONTRACT_STATUS_LABELS,
  CONTRACT_STATUSES,
  formatDate,
} from "@sroi/domain";
import {
  Button,
  ButtonLink,
  CheckboxField,
  ContractStatusBadge,
  DeadlineBadge,
  EmptyState,
  FormField,
  Heading,
  Link,
  obligationText,
  PageTitle,
  Pagination,
  Paragraph,
  Select,
  SortButton,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  TextInput,
} from "@sroi/ui";
import { type FormEvent, type ReactNode, useId } from "react";
import { type LoaderFunctionArgs, useLoaderData, useSearchParams } from "react-router";
import { preloadQuery } from "../apollo";
import "../contracts/contracts-table.css";
import {
  type ContractListState,
  firstPage,
  listVariables,
  PAGE_SIZE,
  readListState,
  type SortColumn,
  sortBy,
  writeListState,
} from "../contracts/list-params";
import { useFilterDraft } from "../filter-draft";
import { graphql } from "../gql";

const ContractsQuery = graphql(`
  query AdminContracts(
    $filter: ContractFilter
    $orderBy: ContractOrder
    $first: Int
    $after: String
    $last: Int
    $before: String
  ) {
    ...ViewerMunicipalities
    contracts(
      filter: $filter
      orderBy: $orderBy
      first: $first
      after: $after
      last: $last
      before: $before
    ) {
      totalCount
      pageInfo {
        startCursor
        endCursor
      }
      edges {
        node {
          id
          reference
          title
          status
          awardDate
          municipality {
            code
            name
          }
          contractor {
            id
            name
          }
          obligation {
            kind
            amount
          }
          contactDeadline {
            dueDate
            state
          }
        }
      }
    }
  }
`);

export function loader({ request }: LoaderFunctionArgs) {
  const state = readListState(new URL(request.url).searchParams);
  // Always ask the server: someone else may have registered or changed a contract meanwhile.
  return preloadQuery.toPromise(
    preloadQuery(ContractsQuery, { variables: listVariables(state), fetchPolicy: "network-only" }),
  );
}

export function ContractsPage() {
  const { data } = useReadQuery(useLoaderData<typeof loader>());
  const [searchParams, setSearchParams] = useSearchParams();
  const state = readListState(searchParams);
  const { contracts } = data;
  const readable = data.me?.readableMunicipalities ?? [];
  const mayRegister = readable.some((municipality) => municipality.viewerCan.registerContract);
  const go = (next: ContractListState) => setSearchParams(writeListState(next));
  // One gemeente: its name in every row would say nothing.
  const showMunicipality = readable.length !== 1;
  const offset = (state.page - 1) * PAGE_SIZE;
  const shown = contracts.edges.length;
  const filtered =
    state.search !== "" ||
    state.municipalityCode !== "" ||
    state.status !== null ||
    state.kind !== null ||
    state.overdue ||
    state.awaitingReview;

  return (
    <>
      <PageTitle>Opdrachten</PageTitle>
      <div className="sroi-page-heading">
        <Heading level={1}>Opdrachten</Heading>
        {mayRegister ? <ButtonLink to="/opdrachten/nieuw">Opdracht registreren</ButtonLink> : null}
      </div>
      <Paragraph lead>
        Opdrachten en subsidies met een social return-voorwaarde
        {readable.length > 0 ? ` van ${listNames(readable.map((m) => `gemeente ${m.name}`))}` : ""}.
      </Paragraph>

      <FilterForm
        address={searchParams.toString()}
        state={state}
        municipalities={readable}
        onApply={(next) => go(firstPage(next))}
      />
      {filtered ? (
        <Paragraph>
          <Link to="/opdrachten">Alle filters wissen</Link>
        </Paragraph>
      ) : null}

      {/* Announced after every search, filter, sort or page change */}
      <p className="utrecht-paragraph" role="status">
        {contracts.totalCount === 1
          ? "1 opdracht gevonden."
          : `${contracts.totalCount} opdrachten gevonden.`}
      </p>

      {shown === 0 ? (
        <EmptyState>
          <strong>Geen opdrachten gevonden.</strong>{" "}
          {filtered
            ? "Pas de zoekterm of de filters aan, of wis ze."
            : "Er zijn nog geen opdrachten geregistreerd."}
        </EmptyState>
      ) : (
        <>
          <div className="sroi-contracts-table">
            <Table caption="Opdrachten" captionHidden>
              <TableHeader>
                <TableRow>
                  <SortableHeader column="kenmerk" state={state} go={go}>
                    Kenmerk
                  </SortableHeader>
                  <SortableHeader column="titel" state={state} go={go} wide>
                    Titel
                  </SortableHeader>
                  {showMunicipality ? (
                    <TableHeaderCell scope="col">Gemeente</TableHeaderCell>
                  ) : null}
                  <TableHeaderCell scope="col">Opdrachtnemer</TableHeaderCell>
                  <TableHeaderCell scope="col">Status</TableHeaderCell>
                  <TableHeaderCell scope="col" numeric>
                    Verplichting
                  </TableHeaderCell>
                  <SortableHeader column="gunning" state={state} go={go}>
                    Gegund
                  </SortableHeader>
                  <SortableHeader column="contact" state={state} go={go}>
                    {/* One meaning of "Te laat", the filter's too: not within the term. */}
                    Eerste contact binnen termijn
                  </SortableHeader>
                </TableRow>
              </TableHeader>
              <TableBody>
                {contracts.edges.map(({ node: contract }) => (
                  <TableRow key={contract.id}>
                    <TableHeaderCell scope="row">
                      <Link to={`/opdrachten/${encodeURIComponent(contract.id)}`}>
                        <span className="sroi-code">{contract.reference}</span>
                      </Link>
                    </TableHeaderCell>
                    <TableCell>{contract.title}</TableCell>
                    {showMunicipality ? <TableCell>{contract.municipality.name}</TableCell> : null}
                    <TableCell>{contract.contractor.name}</TableCell>
                    <TableCell>
                      <ContractStatusBadge status={contract.status} />
                    </TableCell>
                    <TableCell numeric>
                      <span className="sroi-wrap">{obligationText(contract.obligation)}</span>
                    </TableCell>
                    <TableCell>{formatDate(contract.awardDate)}</TableCell>
                    <TableCell>
                      <DeadlineBadge
                        state={contract.contactDeadline.state}
                        dueDate={contract.contactDeadline.dueDate}
                      />
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
          <Pagination
            label="Opdrachten"
            from={offset + 1}
            to={offset + shown}
            total={contracts.totalCount}
            previous={
              state.page > 1
                ? `?${writeListState({
                    ...state,
                    page: state.page - 1,
                    before: contracts.pageInfo.startCursor ?? null,
                    after: null,
                  })}`
                : null
            }
            next={
              offset + shown < contracts.totalCount
                ? `?${writeListState({
                    ...state,
                    page: state.page + 1,
                    after: contracts.pageInfo.endCursor ?? null,
                    before: null,
                  })}`
                : null
            }
          />
        </>
      )}
    </>
  );
}

function SortableHeader({
  column,
  state,
  go,
  wide,
  children,
}: {
  column: SortColumn;
  state: ContractListState;
  go: (state: ContractListState) => void;
  wide?: boolean;
  children: ReactNode;
}) {
  const direction =
    state.sort.column === column
      ? state.sort.direction === "oplopend"
        ? "ascending"
        : "descending"
      : null;
  return (
    <TableHeaderCell scope="col" sort={direction ?? "none"} wide={wide}>
      <SortButton direction={direction} onClick={() => go(sortBy(state, column))}>
        {children}
      </SortButton>
    </TableHeaderCell>
  );
}

function FilterForm({
  address,
  state,
  municipalities,
  onApply,
}: {
  address: string;
  state: ContractListState;
  municipalities: { code: string; name: string }[];
  onApply: (state: ContractListState) => void;
}) {
  const id = useId();
  const [draft, change] = useFilterDraft(
    {
      search: state.search,
      municipalityCode: state.municipalityCode,
      status: state.status ?? "",
      kind: state.kind ?? "",
      overdue: state.overdue,
      awaitingReview: state.awaitingReview,
    },
    address,
  );
  // Applied on submit, not on every change: a filter that reloads the list while someone is still
  // choosing would move them around (WCAG 3.2.2).
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const next = readListState(
      new URLSearchParams({
        zoek: draft.search.trim(),
        gemeente: draft.municipalityCode,
        status: draft.status,
        soort: draft.kind,
        "te-laat": draft.overdue ? "ja" : "",
        "te-beoordelen": draft.awaitingReview ? "ja" : "",
      }),
    );
    onApply({ ...state, ...next, sort: state.sort });
  }
  return (
    <search>
      <form className="sroi-filters" onSubmit={submit} aria-label="Opdrachten zoeken en filteren">
        <FormField id={`${id}-zoek`} label="Zoeken">
          <TextInput
            id={`${id}-zoek`}
            type="search"
            value={draft.search}
            onChange={(event) => change({ search: event.currentTarget.value })}
            placeholder="Kenmerk, titel of opdrachtnemer"
          />
        </FormField>
        {municipalities.length > 1 ? (
          <FormField id={`${id}-gemeente`} label="Gemeente">
            <Select
              id={`${id}-gemeente`}
              value={draft.municipalityCode}
              onChange={(event) => change({ municipalityCode: event.currentTarget.value })}
            >
              <option value="">Alle gemeenten</option>
              {municipalities.map((municipality) => (
                <option key={municipality.code} value={municipality.code}>
                  {municipality.name}
                </option>
              ))}
            </Select>
          </FormField>
        ) : null}
        <FormField id={`${id}-status`} label="Status">
          <Select
            id={`${id}-status`}
            value={draft.status}
            onChange={(event) => change({ status: event.currentTarget.value })}
          >
            <option value="">Alle statussen</option>
            {CONTRACT_STATUSES.map((status) => (
              <option key={status} value={status}>
                {CONTRACT_STATUS_LABELS[status]}
              </option>
            ))}
          </Select>
        </FormField>
        <FormField id={`${id}-soort`} label="Soort">
          <Select
            id={`${id}-soort`}
            value={draft.kind}
            onChange={(event) => change({ kind: event.currentTarget.value })}
          >
            <option value="">Alle soorten</option>
            {CONTRACT_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {CONTRACT_KIND_LABELS[kind]}
              </option>
            ))}
          </Select>
        </FormField>
        <CheckboxField
          id={`${id}-te-laat`}
          label="Alleen contact te laat (na de termijn, of nog niet)"
          checked={draft.overdue}
          onChange={(event) => change({ overdue: event.currentTarget.checked })}
        />
        <CheckboxField
          id={`${id}-te-beoordelen`}
          label="Alleen met iets te beoordelen"
          checked={draft.awaitingReview}
          onChange={(event) => change({ awaitingReview: event.currentTarget.checked })}
        />
        <Button type="submit">Zoeken</Button>
      </form>
    </search>
  );
}

/** "gemeente Amersfoort, gemeente Soest en gemeente Baarn" */
function listNames(names: string[]): string {
  if (names.length <= 1) return names.join("");
  return `${names.slice(0, -1).join(", ")} en ${names.at(-1)}`;
}
