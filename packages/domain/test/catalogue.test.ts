import { describe, expect, it } from "vitest";
import {
  bonusAppliesTo,
  describeBlockValuation,
  selectCatalogueInForce,
} from "../src/catalogue.js";
import { parseCatalogueFile, slugify } from "../src/catalogue-file.js";
import { formatDate, formatEuro, formatNumber, formatShare } from "../src/format.js";

const block = {
  code: "X",
  kind: "PER_FTE_YEAR" as const,
  amount: "40000.00",
  share: null,
  maxMonths: 24 as number | null,
  minHoursPerWeek: null as string | null,
};

describe("describeBlockValuation", () => {
  it("says in words how each kind is valued", () => {
    expect(describeBlockValuation(block, "36")).toBe(
      "€ 40.000,00 per fte-jaar (36 uur), telt maximaal 24 maanden",
    );
    expect(describeBlockValuation({ ...block, maxMonths: null }, "40")).toBe(
      "€ 40.000,00 per fte-jaar (40 uur), telt zolang het duurt",
    );
    expect(describeBlockValuation({ ...block, maxMonths: 1, minHoursPerWeek: "12" }, "36")).toBe(
      "€ 40.000,00 per fte-jaar (36 uur), minimaal 12 uur per week, telt maximaal 1 maand",
    );
    expect(
      describeBlockValuation(
        { ...block, kind: "PER_MONTH", amount: "750.00", maxMonths: null },
        "36",
      ),
    ).toBe("€ 750,00 per maand, telt zolang het duurt");
    expect(describeBlockValuation({ ...block, kind: "PER_HOUR", amount: "100.00" }, "36")).toBe(
      "€ 100,00 per uur",
    );
    expect(describeBlockValuation({ ...block, kind: "PER_DAY", amount: "1000.00" }, "36")).toBe(
      "€ 1.000,00 per dag",
    );
    expect(
      describeBlockValuation({ ...block, kind: "PER_ACTIVITY", amount: "2500.50" }, "36"),
    ).toBe("€ 2.500,50 per activiteit");
    expect(
      describeBlockValuation(
        { ...block, kind: "INVOICE_SHARE", amount: null, share: "0.50" },
        "36",
      ),
    ).toBe("50 % van het factuurbedrag excl. btw");
    expect(describeBlockValuation({ ...block, kind: "ACTUAL_COST", amount: null }, "36")).toBe(
      "werkelijke kosten excl. btw",
    );
  });

  it("refuses a block without the amount its kind needs", () => {
    expect(() => describeBlockValuation({ ...block, amount: null }, "36")).toThrow(/no amount/);
    expect(() =>
      describeBlockValuation({ ...block, kind: "INVOICE_SHARE", share: null }, "36"),
    ).toThrow(/no share/);
  });
});

describe("bonusAppliesTo", () => {
  it("matches by block code or by category", () => {
    const bbl = { code: "BBL", category: "LEARNING" as const };
    expect(bonusAppliesTo({ appliesTo: ["EMPLOYMENT"] }, bbl)).toBe(false);
    expect(bonusAppliesTo({ appliesTo: ["LEARNING"] }, bbl)).toBe(true);
    expect(bonusAppliesTo({ appliesTo: ["PRO-VSO", "BBL"] }, bbl)).toBe(true);
  });
});

describe("selectCatalogueInForce", () => {
  const versions = [
    { key: "undated", status: "PUBLISHED" as const, validFrom: null },
    { key: "2023", status: "PUBLISHED" as const, validFrom: "2023-07-01" },
    { key: "2025", status: "PUBLISHED" as const, validFrom: "2025-01-01" },
    { key: "draft", status: "DRAFT" as const, validFrom: "2024-01-01" },
    { key: "retired", status: "RETIRED" as const, validFrom: "2024-06-01" },
  ];
  it("takes the published version with the latest validFrom not after the date", () => {
    expect(selectCatalogueInForce(versions, "2023-06-30")?.key).toBe("undated");
    expect(selectCatalogueInForce(versions, "2023-07-01")?.key).toBe("2023");
    expect(selectCatalogueInForce(versions, "2024-12-31")?.key).toBe("2023");
    expect(selectCatalogueInForce(versions, "2025-01-01")?.key).toBe("2025");
  });
  it("answers null when nothing is in force", () => {
    expect(selectCatalogueInForce(versions.slice(1), "2020-01-01")).toBeNull();
    expect(selectCatalogueInForce([], "2020-01-01")).toBeNull();
  });
});

describe("Dutch formatting", () => {
  it("formats euros with thousands dots and always with cents", () => {
    expect(formatEuro("40000.00")).toBe("€ 40.000,00");
    expect(formatEuro("1234567.5")).toBe("€ 1.234.567,50");
    expect(formatEuro("-617.29")).toBe("-€ 617,29");
    expect(formatEuro("0")).toBe("€ 0,00");
  });
  it("writes the cents of every amount in messages", () => {
    expect(formatEuro("390000")).toBe("€ 390.000,00");
    expect(formatEuro("1234567.5")).toBe("€ 1.234.567,50");
    expect(formatEuro("-617.29")).toBe("-€ 617,29");
  });
  it("formats numbers, shares and dates", () => {
    expect(formatNumber("36")).toBe("36");
    expect(formatNumber("12.5")).toBe("12,5");
    expect(formatShare("0.50")).toBe("50 %");
    expect(formatShare("0.055")).toBe("5,5 %");
    expect(formatDate("2023-07-01")).toBe("1 juli 2023");
  });
});

describe("parseCatalogueFile", () => {
  const valid = {
    format: "sroi-catalogue/1",
    region: "Regio Voorbeeld",
    name: "Voorbeeld",
    validFrom: "2024-01-01",
    basisHours: 36,
    blocks: [
      {
        code: "PW",
        name: "Participatiewet",
        category: "EMPLOYMENT",
        kind: "PER_FTE_YEAR",
        amount: "40000.00",
      },
      {
        code: "SO",
        name: "Sociale inkoop",
        category: "SOCIAL_PURCHASE",
        kind: "INVOICE_SHARE",
        share: "0.50",
      },
    ],
    bonuses: [{ code: "50PLUS", name: "50+", amount: "5000.00", appliesTo: ["EMPLOYMENT"] }],
  };

  it("reads a valid file and derives the region code when none is given", () => {
    const result = parseCatalogueFile(valid);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.catalogue.regionCode).toBe("regio-voorbeeld");
    expect(result.catalogue.basisHours).toBe("36");
    expect(result.catalogue.blocks[1]).toMatchObject({
      kind: "INVOICE_SHARE",
      share: "0.50",
      amount: null,
    });
    expect(result.catalogue.bonuses[0]?.oneOff).toBe(false);
  });

  it("reports every problem with its path, in Dutch", () => {
    const result = parseCatalogueFile({
      ...valid,
      validFrom: "1-1-2024",
      blocks: [
        { code: "PW", name: "Participatiewet", category: "EMPLOYMENT", kind: "PER_FTE_YEAR" },
        { code: "PW", name: "Dubbel", category: "WORK", kind: "PER_HOUR", amount: "-5" },
        {
          code: "SO",
          name: "Sociale inkoop",
          category: "SOCIAL_PURCHASE",
          kind: "INVOICE_SHARE",
          share: "1.5",
        },
      ],
      bonuses: [{ code: "B", name: "B", amount: "1.00", appliesTo: ["NOPE"] }],
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual(
      expect.arrayContaining([
        { path: "validFrom", message: "moet een datum zijn als jjjj-mm-dd" },
        { path: "blocks[0].amount", message: "bedrag ontbreekt (PER_FTE_YEAR)" },
        { path: "blocks[1].category", message: "onbekende categorie" },
        {
          path: "blocks[1].amount",
          message: 'moet een positief decimaal getal zijn, zoals "40000.00"',
        },
        { path: "blocks[2].share", message: "aandeel moet tussen 0 en 1 liggen" },
      ]),
    );
  });

  it("reports duplicate codes and bonuses that point nowhere once the shape is right", () => {
    const result = parseCatalogueFile({
      ...valid,
      blocks: [valid.blocks[0], { ...valid.blocks[0], name: "Dubbel" }],
      bonuses: [{ code: "B", name: "B", amount: "1.00", appliesTo: ["NOPE"] }],
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual([
      { path: "blocks[1].code", message: "code PW komt dubbel voor" },
      {
        path: "bonuses[0].appliesTo[0]",
        message: "NOPE is geen bouwblok of categorie in deze catalogus",
      },
    ]);
  });

  it("rejects what is not a catalogue at all", () => {
    const result = parseCatalogueFile({ hello: "world" });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((p) => p.path)).toContain("format");
  });

  it("slugifies region names", () => {
    expect(slugify("Zuid-Kennemerland en IJmond")).toBe("zuid-kennemerland-en-ijmond");
    expect(slugify("Súdwest-Fryslân")).toBe("sudwest-fryslan");
  });
});
