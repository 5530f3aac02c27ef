// The realisation form's own rules, without a browser: which fields a block asks for, reading what
// was typed, and the estimate with the domain rules (tested themselves in packages/domain).
import { describe, expect, it } from "vitest";
import {
  checkBeforeSending,
  EMPTY_VALUES,
  liveEstimate,
  MAATWERK,
  type PinnedCatalogue,
  valuesFromRealisation,
  visibleFields,
} from "../src/realisations/form-values";

// A few blocks as in the Utrecht model the Amersfoort concept copies.
const catalogue: PinnedCatalogue = {
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
      name: "Inkopen bij sociaal ondernemers",
      category: "SOCIAL_PURCHASE",
      kind: "INVOICE_SHARE",
      amount: null,
      share: "1.00",
      maxMonths: null,
      minHoursPerWeek: null,
    },
    {
      code: "INITIATIEF",
      name: "Hulp aan een sociaal initiatief",
      category: "COMMUNITY_ACTIVITY",
      kind: "PER_HOUR",
      amount: "100.00",
      share: null,
      maxMonths: null,
      minHoursPerWeek: null,
    },
  ],
  bonuses: [
    {
      code: "50PLUS",
      name: "Ouder dan 50",
      amount: "10000.00",
      appliesTo: ["EMPLOYMENT"],
      oneOff: false,
    },
  ],
};
const contract = { startDate: "2026-01-01", endDate: "2027-12-31" };

describe("the fields a choice asks for", () => {
  it("asks about the person and the period for an employment block", () => {
    expect(visibleFields("PW", catalogue)).toEqual([
      "personRef",
      "personName",
      "personBirthDate",
      "targetGroup",
      "homeMunicipalityCode",
      "hoursPerWeek",
      "startDate",
      "endDate",
      "description",
    ]);
  });

  it("asks about the supplier and the invoice for social purchase", () => {
    expect(visibleFields("INKOOP", catalogue)).toEqual([
      "supplierName",
      "supplierKvk",
      "invoiceNumber",
      "invoiceDate",
      "amountExclVat",
      "description",
    ]);
  });

  it("asks what was done, when, the hours and the employees for a community activity", () => {
    expect(visibleFields("INITIATIEF", catalogue)).toEqual([
      "description",
      "startDate",
      "endDate",
      "hours",
      "employees",
    ]);
  });

  it("asks only for a description of maatwerk, and nothing before a choice", () => {
    expect(visibleFields(MAATWERK, catalogue)).toEqual(["maatwerkDescription"]);
    expect(visibleFields("", catalogue)).toEqual([]);
    expect(visibleFields("ONBEKEND", catalogue)).toEqual([]);
  });
});

describe("checking before sending", () => {
  it("asks for a choice first", () => {
    expect(checkBeforeSending(EMPTY_VALUES, catalogue, contract)).toEqual({
      ok: false,
      issues: [
        {
          field: "choice",
          message: "Kies wat u verantwoordt: een bouwblok uit de lijst, of maatwerk.",
        },
      ],
    });
  });

  it("sends the date of birth when given, so the person is counted once, and refuses one that does not exist", () => {
    const person = {
      ...EMPTY_VALUES,
      choice: "PW",
      personRef: "K-001",
      hoursPerWeek: "36",
      startDate: "2026-01-01",
      endDate: "2026-04-30",
    };
    const sent = checkBeforeSending(
      { ...person, personBirthDate: "1990-05-17" },
      catalogue,
      contract,
    );
    expect(sent.ok && sent.input.personBirthDate).toBe("1990-05-17");
    const left = checkBeforeSending(person, catalogue, contract);
    expect(left.ok && left.input.personBirthDate).toBeUndefined();
    expect(
      checkBeforeSending({ ...person, personBirthDate: "1990-02-30" }, catalogue, contract),
    ).toEqual({
      ok: false,
      issues: [
        {
          field: "personBirthDate",
          message: "Vul een bestaande datum in, bijvoorbeeld 31-01-2026.",
        },
      ],
    });
  });

  it("reads Dutch numbers, sends only the fields of the choice, and estimates like the API", () => {
    const checked = checkBeforeSending(
      {
        ...EMPTY_VALUES,
        choice: "PW",
        personRef: " K-001 ",
        personName: "Sam de Boer",
        homeMunicipalityCode: "GM0307",
        hoursPerWeek: "24,0",
        startDate: "2026-01-01",
        endDate: "2026-06-30",
        bonusCodes: ["50PLUS"],
        // typed for another choice before switching: not sent
        supplierName: "Werkbedrijf",
        amountExclVat: "100",
      },
      catalogue,
      contract,
    );
    if (!checked.ok) throw new Error(JSON.stringify(checked.issues));
    expect(checked.input).toEqual({
      blockCode: "PW",
      bonusCodes: ["50PLUS"],
      personRef: "K-001",
      personName: "Sam de Boer",
      homeMunicipalityCode: "GM0307",
      hoursPerWeek: "24",
      startDate: "2026-01-01",
      endDate: "2026-06-30",
    });
    // 40000 × 24/36 × 181/365 = 13223.744… → 13223.74; the 50+ bonus 10000 × 24/36 × 181/365 =
    // 3305.936… → 3305.94; total 16529.68.
    expect(checked.estimate).toMatchObject({ ok: true, total: "16529.68" });
  });

  it("says which field is wrong, in Dutch, also when the domain finds it", () => {
    const base = { ...EMPTY_VALUES, choice: "PW", personRef: "K-002", startDate: "2026-03-01" };
    expect(
      checkBeforeSending(
        { ...base, hoursPerWeek: "twaalf", endDate: "2026-04-01" },
        catalogue,
        contract,
      ),
    ).toEqual({
      ok: false,
      issues: [
        {
          field: "hoursPerWeek",
          message:
            "Het aantal uren per week is geen getal; schrijf het bijvoorbeeld als 24 of 12,5.",
        },
      ],
    });
    expect(
      checkBeforeSending(
        { ...base, hoursPerWeek: "12", endDate: "2026-02-01" },
        catalogue,
        contract,
      ),
    ).toEqual({
      ok: false,
      issues: [{ field: "endDate", message: "De einddatum ligt vóór de begindatum." }],
    });
    expect(checkBeforeSending({ ...base, personRef: "" }, catalogue, contract)).toMatchObject({
      ok: false,
      issues: [
        {
          field: "personRef",
          message: "Vul uw eigen kenmerk voor de persoon in, bijvoorbeeld K-001.",
        },
        { field: "endDate", message: "Vul de einddatum in." },
      ],
    });
  });

  it("requires the supplier, the invoice and a whole number of employees where they apply", () => {
    const purchase = checkBeforeSending(
      { ...EMPTY_VALUES, choice: "INKOOP", amountExclVat: "2.500,50" },
      catalogue,
      contract,
    );
    expect(purchase).toMatchObject({
      ok: false,
      issues: [{ field: "supplierName" }, { field: "invoiceNumber" }, { field: "invoiceDate" }],
    });
    const community = checkBeforeSending(
      {
        ...EMPTY_VALUES,
        choice: "INITIATIEF",
        description: "Schilderen buurthuis",
        startDate: "2026-05-01",
        hours: "12",
        employees: "2,5",
      },
      catalogue,
      contract,
    );
    expect(community).toEqual({
      ok: false,
      issues: [
        { field: "employees", message: "Het aantal medewerkers is een heel getal, zonder komma." },
      ],
    });
  });
});

describe("a block valued at actual cost", () => {
  // A training (LEARNING) paid at cost: the person's questions and the amount the valuation needs.
  // The form used to leave the amount out, so such a block could not be reported at all.
  const training: PinnedCatalogue = {
    ...catalogue,
    blocks: [
      {
        code: "SCHOLING",
        name: "Scholing",
        category: "LEARNING",
        kind: "ACTUAL_COST",
        amount: null,
        share: null,
        maxMonths: null,
        minHoursPerWeek: null,
      },
    ],
  };

  it("asks for the amount, and values it", () => {
    expect(visibleFields("SCHOLING", training)).toContain("amountExclVat");
    const values = {
      ...EMPTY_VALUES,
      choice: "SCHOLING",
      personRef: "K-002",
      startDate: "2026-02-01",
      endDate: "2026-03-31",
      amountExclVat: "€ 1.250,-",
    };
    const checked = checkBeforeSending(values, training, contract);
    expect(checked).toMatchObject({
      ok: true,
      input: { amountExclVat: "1250.00" },
      estimate: { ok: true, total: "1250.00" },
    });
  });
});

describe("the live estimate", () => {
  it("values what is typed so far, and says what is missing", () => {
    const values = { ...EMPTY_VALUES, choice: "INKOOP", amountExclVat: "2.500,50" };
    // 100 % of € 2.500,50
    expect(liveEstimate(values, catalogue, contract)).toMatchObject({
      kind: "value",
      total: "2500.50",
    });
    expect(liveEstimate({ ...values, amountExclVat: "" }, catalogue, contract)).toEqual({
      kind: "incomplete",
      message: "Het bedrag excl. btw ontbreekt.",
    });
    expect(liveEstimate({ ...values, choice: MAATWERK }, catalogue, contract)).toEqual({
      kind: "maatwerk",
    });
  });
});

describe("a realisation to correct", () => {
  it("becomes form values as typed, without the name the portal never sees", () => {
    const values = valuesFromRealisation({
      blockCode: null,
      maatwerkDescription: "Gastlessen",
      personRef: null,
      targetGroup: null,
      homeMunicipalityCode: null,
      hoursPerWeek: "12.5",
      startDate: "2026-01-01",
      endDate: null,
      hours: null,
      days: null,
      count: null,
      employees: 3,
      amountExclVat: "2500.50",
      bonusCodes: [],
      supplierName: null,
      supplierKvk: null,
      invoiceNumber: null,
      invoiceDate: null,
      description: null,
    });
    expect(values).toMatchObject({
      choice: MAATWERK,
      maatwerkDescription: "Gastlessen",
      personName: "",
      hoursPerWeek: "12,5",
      employees: "3",
      amountExclVat: "2500,50",
    });
  });
});
