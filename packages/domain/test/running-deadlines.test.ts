// A closed contract asks nothing more: its deadlines have no state to show.
import { describe, expect, it } from "vitest";
import { CONTRACT_STATUSES, hasRunningDeadlines } from "../src/lifecycle.js";

describe("hasRunningDeadlines", () => {
  it("holds for every status but CLOSED", () => {
    expect(CONTRACT_STATUSES.filter((status) => !hasRunningDeadlines(status))).toEqual(["CLOSED"]);
  });
});
