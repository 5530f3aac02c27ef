import Big from "big.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  comparePlanLines,
  describePlannedInputs,
  projectPlan,
  valuePlannedLine,
} from "../src/plan.js";

describe("projectPlan", () => {
  it("adds the lines and shows what is covered and what is missing", () => {
    // 2500.00 + 5000.00 = 7500.00; 7500 / 10000 = 75.00 %; 10000 − 7500 = 2500.00
    expect(projectPlan("10000.00", ["2500.00", "5000.00"])).toEqual({
      total: "7500.00",
      percentageCovered: "75.00",
      gap: "2500.00",
    });
  });

  it("more than covered: above 100 % and no negative gap", () => {
    // 12000 / 10000 = 120.00 %
    expect(projectPlan("10000.00", ["12000.00"])).toEqual({
      total: "12000.00",
      percentageCovered: "120.00",
      gap: "0.00",
    });
  });

  it("exactly covered", () => {
    expect(projectPlan("10000.01", ["5000.00", "5000.01"])).toEqual({
      total: "10000.01",
      percentageCovered: "100.00",
      gap: "0.00",
    });
  });

  it("no obligation: no percentage", () => {
    expect(projectPlan("0.00", ["1500.00"])).toEqual({
      total: "1500.00",
      percentageCovered: null,
      gap: "0.00",
    });
    expect(projectPlan("0", [])).toEqual({ total: "0.00", percentageCovered: null, gap: "0.00" });
  });

  it("an empty plan", () => {
    expect(projectPlan("10000.00", [])).toEqual({
      total: "0.00",
      percentageCovered: "0.00",
      gap: "10000.00",
    });
  });

  it("rounds the percentage half up to 2 decimals", () => {
    // 1/3 = 33.333… % → 33.33; 2/3 = 66.666… % → 66.67; 10/8000 = 0.125 % → 0.13
    expect(projectPlan("3.00", ["1.00"]).percentageCovered).toBe("33.33");
    expect(projectPlan("3.00", ["2.00"]).percentageCovered).toBe("66.67");
    expect(projectPlan("8000.00", ["10.00"]).percentageCovered).toBe("0.13");
  });

  it("total + gap covers the obligation exactly while the plan falls short", () => {
    const cents = fc
      .integer({ min: 0, max: 10_000_000_00 })
      .map((c) => new Big(c).div(100).toFixed(2));
    fc.assert(
      fc.property(cents, fc.array(cents, { maxLength: 10 }), (obligation, lines) => {
        const result = projectPlan(obligation, lines);
        expect(new Big(result.gap).gte(0)).toBe(true);
        const total = new Big(result.total);
        if (total.lt(obligation))
          expect(total.plus(result.gap).toFixed(2)).toBe(new Big(obligation).toFixed(2));
        else expect(result.gap).toBe("0.00");
      }),
    );
  });
});

describe("valuePlannedLine", () => {
  const pw = {
    code: "PW",
    name: "Participatiewet",
    category: "EMPLOYMENT" as const,
    kind: "PER_FTE_YEAR" as const,
    amount: "40000.00",
    share: null,
    maxMonths: null,
    minHoursPerWeek: null,
  };
  it("multiplies one placement by the number of people, as its own line", () => {
    // one person 24 h for 2024: 40000 × 24/36 × 366/365 = 26739.726… → 26739.73; two more: 53479.46
    const result = valuePlannedLine({
      block: pw,
      basisHours: "36",
      startDate: "2024-01-01",
      endDate: "2024-12-31",
      hoursPerWeek: "24",
      people: 3,
    });
    expect(result.ok && result.lines.map((l) => l.amount)).toEqual(["26739.73", "53479.46"]);
    expect(result.ok && result.total).toBe("80219.19");
    expect(result.ok && result.lines[1]?.label).toBe(
      "Dezelfde inzet voor nog 2 personen: 2 × € 26.739,73",
    );
  });
  it("refuses a number of people that is not a whole number from 1", () => {
    expect(valuePlannedLine({ block: pw, people: 0 })).toMatchObject({
      ok: false,
      field: "people",
    });
    expect(valuePlannedLine({ block: pw, people: 1.5 })).toMatchObject({
      ok: false,
      field: "people",
    });
  });
});

describe("comparePlanLines", () => {
  it("matches lines by block code in order and says what changed", () => {
    const pw = { blockCode: "PW", people: 2, inputs: "36 uur per week, 2026", value: "80000.00" };
    const ww = { blockCode: "WW", people: 1, inputs: "36 uur per week, 2026", value: "20000.00" };
    const diff = comparePlanLines(
      [pw, ww],
      [
        { ...pw, people: 3, value: "120000.00" },
        { blockCode: "BBL", people: 1, inputs: "32 uur per week, 2026", value: "31111.11" },
      ],
    );
    expect(
      diff.map((d) => [d.blockCode, d.status, d.before?.value ?? null, d.after?.value ?? null]),
    ).toEqual([
      ["PW", "CHANGED", "80000.00", "120000.00"],
      ["BBL", "ADDED", null, "31111.11"],
      ["WW", "REMOVED", "20000.00", null],
    ]);
  });
});

describe("describePlannedInputs", () => {
  it("reads like a sentence", () => {
    expect(
      describePlannedInputs({
        hoursPerWeek: "32",
        startDate: "2026-01-01",
        endDate: "2026-12-31",
        bonusCodes: ["50PLUS"],
      }),
    ).toBe("32 uur per week, 1 januari 2026 t/m 31 december 2026, toeslagen 50PLUS");
    expect(describePlannedInputs({ amountExclVat: "2500.50" })).toBe("€ 2.500,50 excl. btw");
  });
});
