import { describe, expect, it } from "vitest";
import {
  checkBeforeSending,
  EMPTY_FORM,
  previewInput,
  toContractInput,
} from "../src/contracts/form-values";

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

describe("the value and the labour share as typed", () => {
  const supplies = {
    ...EMPTY_FORM,
    kind: "SUPPLIES" as const,
    valueExclVat: "EUR 480.000,-",
    labourShare: "0,30",
    awardDate: "2026-11-01",
  };

  it("reads them with the domain's reader: a unit before the value, a share up to 1", () => {
    expect(checkBeforeSending(supplies, { needsMunicipality: false })).toEqual({});
    expect(toContractInput(supplies)).toMatchObject({
      valueExclVat: "480000.00",
      labourShare: "0.3",
    });
  });

  it("refuses grouping that is not in threes, a percentage as euros, and a share above 1", () => {
    expect(
      checkBeforeSending(
        { ...supplies, valueExclVat: "1.2,5", labourShare: "30 %" },
        { needsMunicipality: false },
      ),
    ).toEqual({
      valueExclVat:
        "Schrijf de opdrachtwaarde excl. btw in euro's, bijvoorbeeld 250000 of 250.000,00.",
      labourShare: "Het arbeidsaandeel is geen getal; schrijf het bijvoorbeeld als 0,30.",
    });
    expect(
      checkBeforeSending(
        { ...supplies, valueExclVat: "5 %", labourShare: "1,5" },
        { needsMunicipality: false },
      ),
    ).toMatchObject({
      valueExclVat: expect.any(String),
      labourShare: "Het arbeidsaandeel is hoogstens 1.",
    });
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
      valueExclVat: "480000.00",
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
      valueExclVat: "480000.00",
      labourShare: null,
      referenceDate: "2026-11-20",
      // a PSO certificate is weighed on the award date, for the contractor named by KvK number
      awardDate: "2026-11-20",
      contractorKvkNumber: null,
    });
    expect(previewInput({ ...values, kvkNumber: " 12345678 " })?.contractorKvkNumber).toBe(
      "12345678",
    );
    expect(previewInput({ ...values, publicationDate: "2026-10-01" })?.referenceDate).toBe(
      "2026-10-01",
    );
    expect(previewInput({ ...values, valueExclVat: "veel" })).toBeNull();
  });
});
