import { describe, expect, it } from "vitest";
import { judgementReason, planLineFilled } from "../src/realisation-review.js";

const line = (id: string, blockCode: string, startDate: string | null, endDate: string | null) => ({
  id,
  blockCode,
  startDate,
  endDate,
});

describe("planLineFilled", () => {
  const lines = [
    line("pw-2026", "PW", "2026-01-01", "2026-12-31"),
    line("bbl", "BBL", null, null),
    line("pw-2027", "PW", "2027-01-01", "2027-12-31"),
  ];

  it("is the line of the same block whose period holds the start date", () => {
    expect(planLineFilled({ blockCode: "PW", startDate: "2027-03-01" }, lines)?.id).toBe("pw-2027");
    expect(planLineFilled({ blockCode: "PW", startDate: "2026-12-31" }, lines)?.id).toBe("pw-2026");
  });

  it("falls back to the first line of the block outside every period or without a date", () => {
    expect(planLineFilled({ blockCode: "PW", startDate: "2030-01-01" }, lines)?.id).toBe("pw-2026");
    expect(planLineFilled({ blockCode: "BBL", startDate: null }, lines)?.id).toBe("bbl");
  });

  it("is none for maatwerk or a block the plan does not hold", () => {
    expect(planLineFilled({ blockCode: null, startDate: "2026-03-01" }, lines)).toBeNull();
    expect(planLineFilled({ blockCode: "INKOOP", startDate: null }, lines)).toBeNull();
  });
});

describe("judgementReason", () => {
  const plain = {
    blockCode: "PW",
    evidenceCount: 1,
    corrected: false,
    fillsApprovedPlanLine: true,
  };

  it("is null for a planned block with evidence, submitted once", () => {
    expect(judgementReason(plain)).toBeNull();
  });

  it("names what needs a person", () => {
    expect(judgementReason({ ...plain, blockCode: null })).toMatch(/^Maatwerk/);
    expect(judgementReason({ ...plain, evidenceCount: 0 })).toBe("Er is geen bewijs toegevoegd.");
    expect(judgementReason({ ...plain, corrected: true })).toMatch(/^Gecorrigeerd/);
    expect(judgementReason({ ...plain, fillsApprovedPlanLine: false })).toBe(
      "Het bouwblok staat niet in het goedgekeurde plan van aanpak.",
    );
  });
});
