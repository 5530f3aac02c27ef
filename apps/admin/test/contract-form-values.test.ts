import { describe, expect, it } from "vitest";
import {
  checkBeforeSending,
  EMPTY_FORM,
  parseEuros,
  parseShare,
  previewInput,
  toContractInput,
} from "../src/contracts/form-values";

describe("parseEuros", () => {
  it.each([
    ["480000", "480000"],
    ["480.000", "480000"],
    ["480.000,50", "480000.50"],
    ["€ 1.250.000,00", "1250000.00"],
    ["480000,5", "480000.5"],
    ["480000.50", "480000.50"],
    ["  250 000 ", "250000"],
  ])("reads %j as %j", (typed, expected) => {
    expect(parseEuros(typed)).toBe(expected);
  });

  it.each(["", "veel", "1,2,3", "-5", "12.34.5"])("refuses %j", (typed) => {
    expect(parseEuros(typed)).toBeNull();
  });
});

describe("parseShare", () => {
  it("reads a comma or a point", () => {
    expect(parseShare("0,30")).toBe("0.30");
    expect(parseShare("0.3")).toBe("0.3");
    expect(parseShare("30 %")).toBeNull();
  });
});

describe("checkBeforeSending", () => {
  it("asks only what the API could not even be sent", () => {
    expect(checkBeforeSending(EMPTY_FORM, { needsMunicipality: true })).toEqual({
      municipalityCode: "Kies de gemeente van de opdracht.",
      kind: "Kies de soort opdracht.",
      valueExclVat: "Vul de opdrachtwaarde excl. btw in.",
      awardDate: "Vul de gunningsdatum in.",
    });
    // An empty title is the API's to refuse, with its own message.
    expect(
      checkBeforeSending(
        { ...EMPTY_FORM, kind: "WORKS", valueExclVat: "1.000", awardDate: "2026-11-01" },
        { needsMunicipality: false },
      ),
    ).toEqual({});
  });
});

describe("toContractInput and previewInput", () => {
  const values = {
    ...EMPTY_FORM,
    municipalityCode: "GM0307",
    reference: " AMF-1 ",
    title: "Titel",
    kind: "SERVICES" as const,
    valueExclVat: "480.000",
    labourShare: "0,3",
    awardDate: "2026-11-20",
  };

  it("sends a labour share only for supplies, and empty optional fields as null", () => {
    expect(toContractInput(values)).toMatchObject({
      reference: "AMF-1",
      valueExclVat: "480000",
      labourShare: null,
      department: null,
      publicationDate: null,
      consultantId: null,
    });
    expect(toContractInput({ ...values, kind: "SUPPLIES" }).labourShare).toBe("0.3");
  });

  it("previews with the publication date when there is one, else the award date", () => {
    expect(previewInput(values)).toEqual({
      municipalityCode: "GM0307",
      contractKind: "SERVICES",
      valueExclVat: "480000",
      labourShare: null,
      referenceDate: "2026-11-20",
    });
    expect(previewInput({ ...values, publicationDate: "2026-10-01" })?.referenceDate).toBe(
      "2026-10-01",
    );
    expect(previewInput({ ...values, valueExclVat: "veel" })).toBeNull();
  });
});
