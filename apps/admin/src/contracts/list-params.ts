// The contract list's state lives in the address, in Dutch, so a filtered, sorted page can be
// bookmarked and shared: ?zoek=groen&status=AWARDED&sorteer=kenmerk&richting=oplopend&pagina=2&na=…
import {
  CONTRACT_KINDS,
  CONTRACT_STATUSES,
  type ContractKind,
  type ContractStatus,
} from "@sroi/domain";
import type { ContractOrderField, SortDirection } from "../gql/graphql";

export const PAGE_SIZE = 25;

export const SORT_COLUMNS = {
  kenmerk: "REFERENCE",
  titel: "TITLE",
  gunning: "AWARD_DATE",
  waarde: "VALUE",
  contact: "CONTACT_DUE_DATE",
  gewijzigd: "UPDATED_AT",
} as const satisfies Record<string, ContractOrderField>;

export type SortColumn = keyof typeof SORT_COLUMNS;
export type Direction = "oplopend" | "aflopend";

/** Newest award first, as the API sorts when asked nothing. */
export const DEFAULT_SORT: { column: SortColumn; direction: Direction } = {
  column: "gunning",
  direction: "aflopend",
};

export interface ContractListState {
  search: string;
  municipalityCode: string;
  status: ContractStatus | null;
  kind: ContractKind | null;
  overdue: boolean;
  /** Only contracts with a plan or realisation waiting for the WSP's judgement */
  awaitingReview: boolean;
  sort: { column: SortColumn; direction: Direction };
  /** 1-based; the cursor says where the page starts, the number only how to count */
  page: number;
  after: string | null;
  before: string | null;
}

const oneOf = <T extends string>(values: readonly T[], value: string | null): T | null =>
  value !== null && (values as readonly string[]).includes(value) ? (value as T) : null;

export function readListState(params: URLSearchParams): ContractListState {
  const column = params.get("sorteer");
  const page = Number(params.get("pagina"));
  const after = params.get("na");
  const before = params.get("voor");
  return {
    search: params.get("zoek")?.trim() ?? "",
    municipalityCode: params.get("gemeente") ?? "",
    status: oneOf(CONTRACT_STATUSES, params.get("status")),
    kind: oneOf(CONTRACT_KINDS, params.get("soort")),
    overdue: params.get("te-laat") === "ja",
    awaitingReview: params.get("te-beoordelen") === "ja",
    sort:
      column !== null && column in SORT_COLUMNS
        ? {
            column: column as SortColumn,
            direction: params.get("richting") === "aflopend" ? "aflopend" : "oplopend",
          }
        : DEFAULT_SORT,
    // A page number without a cursor means nothing: that is the first page.
    page: (after || before) && Number.isInteger(page) && page > 1 ? page : 1,
    after: before ? null : after || null,
    before: before || null,
  };
}

/** The address of a state; filters and sorting that are at their default stay out of it. */
export function writeListState(state: ContractListState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.search) params.set("zoek", state.search);
  if (state.municipalityCode) params.set("gemeente", state.municipalityCode);
  if (state.status) params.set("status", state.status);
  if (state.kind) params.set("soort", state.kind);
  if (state.overdue) params.set("te-laat", "ja");
  if (state.awaitingReview) params.set("te-beoordelen", "ja");
  if (
    state.sort.column !== DEFAULT_SORT.column ||
    state.sort.direction !== DEFAULT_SORT.direction
  ) {
    params.set("sorteer", state.sort.column);
    params.set("richting", state.sort.direction);
  }
  if (state.page > 1 && (state.after || state.before)) {
    params.set("pagina", String(state.page));
    if (state.before) params.set("voor", state.before);
    else if (state.after) params.set("na", state.after);
  }
  return params;
}

/** Another filter or order starts again at the first page. */
export function firstPage(state: ContractListState): ContractListState {
  return { ...state, page: 1, after: null, before: null };
}

/** A click on a column header: sort by it, or turn the order around when it already is. */
export function sortBy(state: ContractListState, column: SortColumn): ContractListState {
  const direction: Direction =
    state.sort.column === column
      ? state.sort.direction === "oplopend"
        ? "aflopend"
        : "oplopend"
      : "oplopend";
  return firstPage({ ...state, sort: { column, direction } });
}

/** The variables of the list query for a state. */
export function listVariables(state: ContractListState) {
  const direction: SortDirection = state.sort.direction === "aflopend" ? "DESC" : "ASC";
  return {
    filter: {
      search: state.search || null,
      municipalityCode: state.municipalityCode || null,
      status: state.status,
      kind: state.kind,
      overdue: state.overdue || null,
      awaitingReview: state.awaitingReview || null,
    },
    orderBy: { field: SORT_COLUMNS[state.sort.column], direction },
    ...(state.before
      ? { last: PAGE_SIZE, before: state.before }
      : { first: PAGE_SIZE, after: state.after }),
  };
}
