// The plan editor's own logic, without a browser: saved lines back into the form, the request the
// browser sends, the API's issues sorted by line, and the valuation with the contract's window.
import { describe, expect, it } from "vitest";
import { draftFromSaved, requestFor, sortIssues } from "../src/plan/plan-draft";
import { emptyLine } from "../src/rekenhulp/state";
import { type Catalogue, newLineDefaults, valueLine } from "../src/rekenhulp/valuation";

const catalogue: Catalogue = {
  key: "test",
  basisHours: "36",
  blocks: [
    {
      code: "PW",
      name: "Participatiewet",
      category: "EMPLOYMENT",
      kind: "PER_FTE_YEAR",
      amount: "40000.00",
      share: null,
      maxMonths: null,
      minHoursPerWeek: null,
    },
    {
      code: "INKOOP",
      name: "Inkoop",
      category: "SOCIAL_PURCHASE",
      kind: "INVOICE_SHARE",
      amount: null,
      share: "1.00",
      maxMonths: null,
      minHoursPerWeek: null,
    },
  ],
  bonuses: [
    { code: "50PLUS", name: "50+", amount: "10000.00", appliesTo: ["EMPLOYMENT"], oneOff: false },
  ],
};

describe("a saved line back in the editor", () => {
  const saved = {
    blockCode: "PW",
    description: "Timmerman",
    people: 2,
    hoursPerWeek: "24.5",
    startDate: "2026-03-01",
    endDate: "2026-12-31",
    hours: null,
    days: null,
    count: null,
    amountExclVat: null,
    bonusCodes: ["50PLUS"],
  };

  it("becomes a draft with the values as a person would type them", () => {
    expect(draftFromSaved(saved)).toEqual({
      ...emptyLine("PW"),
      description: "Timmerman",
      people: "2",
      hoursPerWeek: "24,5",
      startDate: "2026-03-01",
      endDate: "2026-12-31",
      bonusCodes: ["50PLUS"],
    });
  });

  it("is sent back unchanged: the same inputs the API stored", () => {
    const draft = draftFromSaved(saved);
    expect(requestFor(draft, valueLine(draft, catalogue))).toEqual({
      ...saved,
      bonusCodes: ["50PLUS"],
    });
  });

  it("keeps an invoice amount with its cents", () => {
    const draft = draftFromSaved({
      blockCode: "INKOOP",
      people: 1,
      amountExclVat: "12345.60",
      bonusCodes: [],
    });
    expect(draft.amount).toBe("12345,60");
    expect(requestFor(draft, valueLine(draft, catalogue))).toMatchObject({
      amountExclVat: "12345.60",
      description: null,
    });
  });

  it("sends nothing for a line with an error", () => {
    const draft = { ...draftFromSaved(saved), hoursPerWeek: "veel" };
    expect(requestFor(draft, valueLine(draft, catalogue))).toBeNull();
  });
});

describe("valueLine with the contract's counting window", () => {
  it("counts only the days inside the contract, as the API does for a plan", () => {
    const line = {
      ...emptyLine("PW"),
      people: "1",
      hoursPerWeek: "36",
      startDate: "2025-07-01",
      endDate: "2026-06-30",
    };
    // Without a window: 365 days, 40000 × 365/365 = 40000.00.
    const free = valueLine(line, catalogue);
    expect(free.ok && free.total).toBe("40000.00");
    // The contract starts 2026-01-01: 181 days count, 40000 × 181/365 = 19835.616… → 19835.62.
    const counted = valueLine(line, catalogue, {
      contractStart: "2026-01-01",
      contractEnd: "2027-12-31",
    });
    expect(counted.ok && counted.total).toBe("19835.62");
  });
});

describe("newLineDefaults", () => {
  it("starts a period block with one person, full time, for a year", () => {
    expect(
      newLineDefaults({ kind: "PER_FTE_YEAR", minHoursPerWeek: null }, "36", "2026-03-15"),
    ).toEqual({
      people: "1",
      hoursPerWeek: "36",
      startDate: "2026-03-15",
      endDate: "2027-03-14",
    });
  });

  it("asks nothing in advance of a block valued by invoice", () => {
    expect(
      newLineDefaults({ kind: "INVOICE_SHARE", minHoursPerWeek: null }, "36", "2026-03-15"),
    ).toEqual({});
  });
});

describe("sortIssues", () => {
  it("puts the API's messages at the line and draft field they are about", () => {
    const sorted = sortIssues([
      { field: "lines.0.startDate", message: "Vul de begindatum in." },
      { field: "lines.2.amountExclVat", message: "Vul het bedrag in." },
      { field: "lines.2.blockCode", message: "Bouwblok X staat niet in het model." },
      { field: "lines", message: "Een plan heeft hoogstens 200 regels." },
    ]);
    expect([...sorted.lines.entries()]).toEqual([
      [0, { startDate: "Vul de begindatum in." }],
      [2, { amount: "Vul het bedrag in.", block: "Bouwblok X staat niet in het model." }],
    ]);
    expect(sorted.general).toEqual(["Een plan heeft hoogstens 200 regels."]);
  });
});
