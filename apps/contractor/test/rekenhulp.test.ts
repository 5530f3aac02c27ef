// The rekenhulp's own logic, without a browser: the address format and the valuation of a line.
// The valuation rules themselves are tested in packages/domain; here, what the rekenhulp adds.
import { describe, expect, it } from "vitest";
import {
  emptyLine,
  formatLine,
  obligationKey,
  parseLine,
  readState,
  searchWithLines,
  writeSearch,
} from "../src/rekenhulp/state";
import { fieldsFor, readObligationDraft, valueLine } from "../src/rekenhulp/valuation";
import { catalogue } from "./catalogue-fixture";

describe("the address", () => {
  it("round-trips a calculation, with the line fields as typed", () => {
    const state = {
      obligation: {
        municipalityCode: "GM0307",
        contractKind: "SUPPLIES" as const,
        value: "1.000.000",
        labourSharePercent: "35",
        referenceDate: "2026-01-15",
      },
      lines: [
        {
          ...emptyLine("PW"),
          people: "2",
          hoursPerWeek: "24,5",
          startDate: "2024-01-01",
          endDate: "2024-12-31",
          bonusCodes: ["50PLUS", "VAST"],
        },
        { ...emptyLine("INKOOP"), amount: "12.345,67" },
      ],
    };
    const search = writeSearch(state);
    expect(search).toBe(
      "?gemeente=GM0307&soort=leveringen&waarde=1.000.000&arbeid=35&datum=2026-01-15" +
        "&regel=PW~n2~w24%2C5~s2024-01-01~e2024-12-31~t50PLUS.VAST&regel=INKOOP~b12.345%2C67",
    );
    expect(readState(new URLSearchParams(search))).toEqual(state);
  });

  it("leaves the labour share out unless the contract is a supply", () => {
    const search = writeSearch({
      obligation: {
        municipalityCode: "GM0307",
        contractKind: "WORKS",
        value: "1",
        labourSharePercent: "35",
        referenceDate: "",
      },
      lines: [],
    });
    expect(search).toBe("?gemeente=GM0307&soort=werken&waarde=1");
  });

  it("reads the enum name as well as the Dutch word, and ignores what it does not know", () => {
    const state = readState(new URLSearchParams("soort=WORKS&regel=&regel=PW~x1~n3"));
    expect(state.obligation.contractKind).toBe("WORKS");
    expect(state.lines).toEqual([{ ...emptyLine("PW"), people: "3" }]);
    expect(readState(new URLSearchParams("soort=bouw")).obligation.contractKind).toBe("");
  });

  it("drops the separator from typed values rather than break the line apart", () => {
    expect(formatLine({ ...emptyLine("PW"), people: "2~3" })).toBe("PW~n23");
    expect(parseLine("")).toBeNull();
  });

  it("changes the lines without touching the obligation's parameters", () => {
    const params = new URLSearchParams("soort=WORKS&gemeente=GM0307&regel=PW~n1");
    const search = searchWithLines(params, [{ ...emptyLine("INKOOP"), amount: "5" }]);
    expect(search).toBe("?soort=WORKS&gemeente=GM0307&regel=INKOOP~b5");
    expect(obligationKey(new URLSearchParams(search))).toBe(obligationKey(params));
  });
});

describe("the obligation's inputs", () => {
  it("converts the labour share from percent to a fraction, exactly", () => {
    const checked = readObligationDraft({
      municipalityCode: "GM0392",
      contractKind: "SUPPLIES",
      value: "500.000",
      labourSharePercent: "33,3",
      referenceDate: "2026-02-01",
    });
    expect(checked).toEqual({
      ok: true,
      input: {
        municipalityCode: "GM0392",
        contractKind: "SUPPLIES",
        valueExclVat: "500000.00",
        labourShare: "0.333",
        referenceDate: "2026-02-01",
      },
    });
  });

  it("reads the value and the share with the domain's reader: a unit, Dutch grouping", () => {
    const draft = {
      municipalityCode: "GM0392",
      contractKind: "SUPPLIES" as const,
      value: "EUR 1.250.000,-",
      labourSharePercent: "5 %",
      referenceDate: "2026-02-01",
    };
    expect(readObligationDraft(draft)).toMatchObject({
      ok: true,
      input: { valueExclVat: "1250000.00", labourShare: "0.05" },
    });
    expect(readObligationDraft({ ...draft, value: "1.2,5" })).toMatchObject({
      ok: false,
      errors: {
        value: "Schrijf de opdrachtwaarde in euro's, bijvoorbeeld 1.250.000 of 1250000,00.",
      },
    });
    expect(readObligationDraft({ ...draft, value: "5 %" })).toMatchObject({ ok: false });
  });

  it("says what is missing or wrong, and that an empty form is just empty", () => {
    const empty = readObligationDraft({
      municipalityCode: "",
      contractKind: "",
      value: "",
      labourSharePercent: "",
      referenceDate: "",
    });
    expect(empty).toMatchObject({ ok: false, empty: true });
    const wrong = readObligationDraft({
      municipalityCode: "GM0307",
      contractKind: "SUPPLIES",
      value: "veel",
      labourSharePercent: "120",
      referenceDate: "2026-02-30",
    });
    expect(wrong).toEqual({
      ok: false,
      empty: false,
      errors: {
        value: "Schrijf de opdrachtwaarde in euro's, bijvoorbeeld 1.250.000 of 1250000,00.",
        labourSharePercent: "Het arbeidsaandeel is hoogstens 100 %.",
        referenceDate: "De peildatum is geen bestaande datum.",
      },
    });
  });
});

describe("a line", () => {
  const pw = {
    ...emptyLine("PW"),
    people: "2",
    hoursPerWeek: "36",
    startDate: "2024-01-01",
    endDate: "2024-12-31",
  };

  it("counts several identical people: the breakdown of one, and a line for the others", () => {
    const result = valueLine(pw, catalogue);
    expect(result).toMatchObject({
      ok: true,
      people: 2,
      total: "80219.18",
      lines: [
        { label: "Participatiewet: € 40.000,00 × 36/36 uur × 366/365 dagen", amount: "40109.59" },
        {
          label: "Dezelfde inzet voor nog 1 persoon: 1 × € 40.109,59",
          amount: "40109.59",
        },
      ],
    });
  });

  it("reads hours with a decimal comma, and passes the API's inputs along", () => {
    const result = valueLine({ ...pw, people: "1", hoursPerWeek: "18,5" }, catalogue);
    expect(result.ok && result.input).toEqual({
      blockCode: "PW",
      startDate: "2024-01-01",
      endDate: "2024-12-31",
      hoursPerWeek: "18.5",
      hours: null,
      days: null,
      count: null,
      amountExclVat: null,
      bonusCodes: [],
    });
  });

  it("names the field at fault, in Dutch", () => {
    expect(valueLine({ ...pw, people: "1,5" }, catalogue)).toEqual({
      ok: false,
      field: "people",
      message: "Het aantal personen is een heel getal van 1 tot 1000.",
    });
    expect(valueLine({ ...pw, endDate: "" }, catalogue)).toEqual({
      ok: false,
      field: "endDate",
      message: "De einddatum ontbreekt.",
    });
    expect(valueLine({ ...pw, hoursPerWeek: "veel" }, catalogue)).toMatchObject({
      field: "hoursPerWeek",
    });
    expect(valueLine({ ...emptyLine("INKOOP"), amount: "" }, catalogue)).toEqual({
      ok: false,
      field: "amount",
      message: "Het bedrag excl. btw ontbreekt.",
    });
    expect(valueLine({ ...pw, bonusCodes: ["ONBEKEND"] }, catalogue)).toMatchObject({
      field: "bonusCodes",
    });
    expect(valueLine({ ...emptyLine("WEG") }, catalogue)).toMatchObject({ field: "block" });
  });

  it("ignores what an old link typed in fields the block does not ask for", () => {
    const result = valueLine({ ...emptyLine("INKOOP"), amount: "1000", hours: "veel" }, catalogue);
    expect(result).toMatchObject({ ok: true, total: "500.00" });
  });

  it("asks for hours only where the valuation needs them", () => {
    expect(fieldsFor({ kind: "PER_FTE_YEAR", minHoursPerWeek: null })).toEqual([
      "people",
      "hoursPerWeek",
      "startDate",
      "endDate",
    ]);
    expect(fieldsFor({ kind: "PER_MONTH", minHoursPerWeek: null })).toEqual([
      "people",
      "startDate",
      "endDate",
    ]);
    expect(fieldsFor({ kind: "PER_MONTH", minHoursPerWeek: "12" })).toContain("hoursPerWeek");
    expect(fieldsFor({ kind: "PER_DAY", minHoursPerWeek: null })).toEqual(["days"]);
    expect(fieldsFor({ kind: "ACTUAL_COST", minHoursPerWeek: null })).toEqual(["amount"]);
  });
});
