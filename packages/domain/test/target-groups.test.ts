import { describe, expect, it } from "vitest";
import {
  type ConsentFacts,
  fieldsSharedWith,
  firstNameOf,
  initialsOf,
} from "../src/candidate-consent.js";
import { retentionCutoff } from "../src/retention.js";
import {
  AGE_BAND_LABELS,
  AGE_BANDS,
  ageAtLeastOn,
  ageBandForAge,
  containsBsn,
  isBsn,
  isVerifiedSource,
  TARGET_GROUP_LABELS,
  TARGET_GROUPS,
  wholeYearsBetween,
} from "../src/target-groups.js";

describe("target groups", () => {
  it("has a Dutch label for every code", () => {
    for (const code of TARGET_GROUPS) expect(TARGET_GROUP_LABELS[code]).toMatch(/\S/);
    for (const band of AGE_BANDS) expect(AGE_BAND_LABELS[band]).toMatch(/\S/);
  });

  it("counts only a source someone checked as verification", () => {
    expect(isVerifiedSource("DOELGROEPREGISTER")).toBe(true);
    expect(isVerifiedSource("UITKERING_GEMEENTE")).toBe(true);
    expect(isVerifiedSource("EIGEN_VERKLARING")).toBe(false);
    expect(isVerifiedSource(null)).toBe(false);
  });
});

describe("age bands", () => {
  it.each([
    [17, "UNDER_27"],
    [26, "UNDER_27"],
    [27, "FROM_27_TO_49"],
    [49, "FROM_27_TO_49"],
    [50, "FROM_50_TO_54"],
    [54, "FROM_50_TO_54"],
    [55, "FROM_55"],
  ] as const)("age %i is band %s", (age, band) => {
    expect(ageBandForAge(age)).toBe(band);
  });

  it("counts whole years, a leap day included", () => {
    expect(wholeYearsBetween("2024-03-01", "2026-02-28")).toBe(1);
    expect(wholeYearsBetween("2024-03-01", "2026-03-01")).toBe(2);
    expect(wholeYearsBetween("2024-02-29", "2025-02-28")).toBe(1);
    expect(wholeYearsBetween("2026-01-01", "2025-01-01")).toBe(0);
  });

  it("answers 55+ from a band on a reference date: yes, no or unknown", () => {
    // 50–54 on 2026-01-01: the youngest is 55 five years later, the oldest may be 55 the next day
    expect(ageAtLeastOn("FROM_50_TO_54", "2026-01-01", "2026-01-01", 55)).toBe("unknown");
    expect(ageAtLeastOn("FROM_50_TO_54", "2026-01-01", "2031-01-01", 55)).toBe("yes");
    expect(ageAtLeastOn("FROM_50_TO_54", "2026-01-01", "2030-12-31", 55)).toBe("unknown");
    expect(ageAtLeastOn("FROM_55", "2026-01-01", "2026-01-01", 55)).toBe("yes");
    // 27–49: the oldest is 49, at most 50 a day later, so 55 is impossible within four years
    expect(ageAtLeastOn("FROM_27_TO_49", "2026-01-01", "2029-12-31", 55)).toBe("no");
    expect(ageAtLeastOn("FROM_27_TO_49", "2026-01-01", "2026-06-01", 50)).toBe("unknown");
    expect(ageAtLeastOn("UNDER_27", "2026-01-01", "2026-06-01", 50)).toBe("no");
  });
});

describe("BSN", () => {
  it("applies the elfproef", () => {
    // 9·1+8·2+7·3+6·4+5·5+4·6+3·7+2·8 − 2 = 154 = 14·11
    expect(isBsn("123456782")).toBe(true);
    // … − 9 = 147, not a multiple of 11
    expect(isBsn("123456789")).toBe(false);
    expect(isBsn("12345678")).toBe(false);
    expect(isBsn("000000000")).toBe(false);
  });

  it("finds a BSN in free text, also written in groups, and not in longer numbers", () => {
    expect(containsBsn("BSN 123456782, bellen na 10 uur")).toBe(true);
    expect(containsBsn("nummer 123.456.782")).toBe(true);
    expect(containsBsn("1234 56 782")).toBe(true);
    expect(containsBsn("heftruckcertificaat 123456789")).toBe(false);
    expect(containsBsn("NL91ABNA0417164300 of 0031612345678")).toBe(false);
    expect(containsBsn("36 uur per week vanaf 1 maart")).toBe(false);
  });
});

describe("consent", () => {
  const base: ConsentFacts = {
    fields: ["INITIALS", "AVAILABILITY"],
    contractorId: "eemland",
    contractId: null,
    givenOn: "2026-01-01",
    validUntil: "2026-06-30",
    withdrawn: false,
  };
  const eemland = { id: "eemland", contractIds: new Set(["c1"]) };

  it("shares the fields of a consent in force with the contractor it names", () => {
    expect([...fieldsSharedWith([base], eemland, "2026-03-01")]).toEqual([
      "INITIALS",
      "AVAILABILITY",
    ]);
    expect(
      fieldsSharedWith([base], { id: "spaarne", contractIds: new Set() }, "2026-03-01").size,
    ).toBe(0);
  });

  it("shares nothing before it is given, after it ends, or once withdrawn", () => {
    expect(fieldsSharedWith([base], eemland, "2025-12-31").size).toBe(0);
    expect(fieldsSharedWith([base], eemland, "2026-06-30").size).toBe(2);
    expect(fieldsSharedWith([base], eemland, "2026-07-01").size).toBe(0);
    expect(fieldsSharedWith([{ ...base, withdrawn: true }], eemland, "2026-03-01").size).toBe(0);
  });

  it("covers the contractor of a contract the consent names, and joins several consents", () => {
    const byContract = { ...base, contractorId: null, contractId: "c1", fields: ["SUMMARY"] };
    expect([...fieldsSharedWith([base, byContract], eemland, "2026-03-01")].sort()).toEqual([
      "AVAILABILITY",
      "INITIALS",
      "SUMMARY",
    ]);
  });

  it("writes initials and a first name", () => {
    expect(initialsOf("Jan Willem de Vries")).toBe("J.W.d.V.");
    expect(initialsOf(" Anne-Fleur Bos ")).toBe("A.F.B.");
    expect(firstNameOf(" Jan Willem de Vries")).toBe("Jan");
  });
});

describe("retention cut-off", () => {
  it("keeps an activity exactly the term ago, and clamps to a shorter month", () => {
    expect(retentionCutoff("2026-03-15", 24)).toBe("2024-03-15");
    expect(retentionCutoff("2026-03-31", 1)).toBe("2026-02-28");
    expect(retentionCutoff("2024-03-31", 1)).toBe("2024-02-29");
    expect(retentionCutoff("2026-01-10", 13)).toBe("2024-12-10");
  });
});
