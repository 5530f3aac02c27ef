import { describe, expect, it } from "vitest";
import {
  DEFAULT_SORT,
  listVariables,
  readListState,
  sortBy,
  writeListState,
} from "../src/contracts/list-params";

const read = (query: string) => readListState(new URLSearchParams(query));

describe("the contract list's address", () => {
  it("reads filters, sorting and the page, and ignores what it does not know", () => {
    const state = read(
      "zoek=groen&gemeente=GM0307&status=CLOSED&soort=NOPE&te-laat=ja&te-beoordelen=ja&sorteer=kenmerk&richting=aflopend&pagina=2&na=abc",
    );
    expect(state).toEqual({
      search: "groen",
      municipalityCode: "GM0307",
      status: "CLOSED",
      kind: null,
      overdue: true,
      awaitingReview: true,
      sort: { column: "kenmerk", direction: "aflopend" },
      page: 2,
      after: "abc",
      before: null,
    });
    expect(read("").sort).toEqual(DEFAULT_SORT);
    // A page number without a cursor is the first page.
    expect(read("pagina=3").page).toBe(1);
  });

  it("writes only what differs from the default, and reads back the same", () => {
    expect(writeListState(read("")).toString()).toBe("");
    const query = "zoek=groen&te-laat=ja&sorteer=titel&richting=oplopend&pagina=2&voor=xyz";
    expect(writeListState(read(query)).toString()).toBe(query);
  });

  it("sorts by a column, turns the order around on a second click, and starts at page 1", () => {
    const first = sortBy(read("pagina=2&na=abc"), "kenmerk");
    expect(first.sort).toEqual({ column: "kenmerk", direction: "oplopend" });
    expect(first.page).toBe(1);
    expect(first.after).toBeNull();
    expect(sortBy(first, "kenmerk").sort.direction).toBe("aflopend");
  });

  it("asks the API for 25 rows forwards, or backwards before a cursor", () => {
    expect(listVariables(read("te-laat=ja"))).toEqual({
      filter: {
        search: null,
        municipalityCode: null,
        status: null,
        kind: null,
        overdue: true,
        awaitingReview: null,
      },
      orderBy: { field: "AWARD_DATE", direction: "DESC" },
      first: 25,
      after: null,
    });
    expect(listVariables(read("pagina=2&voor=xyz"))).toMatchObject({ last: 25, before: "xyz" });
  });
});
