import { describe, expect, it } from "vitest";
import {
  birthDateProblem,
  doubleCountMessage,
  doubleCountRefusal,
  invoiceKey,
  normaliseInvoiceNumber,
  normaliseSupplierName,
  overlappingDays,
  personIdentityText,
  valuesPersonOverPeriod,
} from "../src/count-once.js";

describe("overlapping days", () => {
  it("counts the shared days, start and end included", () => {
    // January (31) + February 2026 (28) shared
    expect(
      overlappingDays(
        { startDate: "2026-01-01", endDate: "2026-04-30" },
        { startDate: "2025-12-01", endDate: "2026-02-28" },
      ),
    ).toBe(59);
    expect(
      overlappingDays(
        { startDate: "2026-01-01", endDate: "2026-01-31" },
        { startDate: "2026-01-31", endDate: "2026-03-01" },
      ),
    ).toBe(1);
  });

  it("is 0 for periods that do not meet or entries without a period", () => {
    expect(
      overlappingDays(
        { startDate: "2026-01-01", endDate: "2026-01-31" },
        { startDate: "2026-02-01", endDate: "2026-02-28" },
      ),
    ).toBe(0);
    expect(
      overlappingDays(
        { startDate: null, endDate: null },
        { startDate: "2026-01-01", endDate: "2026-01-31" },
      ),
    ).toBe(0);
    expect(valuesPersonOverPeriod({ startDate: "2026-01-01", endDate: null })).toBe(false);
    expect(valuesPersonOverPeriod({ startDate: "2026-01-01", endDate: "2026-01-01" })).toBe(true);
  });
});

describe("the identity a person is matched on", () => {
  it("is the same for the ways a name is commonly written", () => {
    const expected = "1990-05-17|j|vries";
    for (const name of [
      "Jan de Vries",
      "J. de Vries",
      "J.P. de Vries",
      "jan  DE  vries",
      "Vries, Jan de",
      "de Vries, J.",
    ]) {
      expect(personIdentityText("1990-05-17", name), name).toBe(expected);
    }
    expect(personIdentityText("1990-05-17", "Ayşe Çelik")).toBe("1990-05-17|a|celik");
  });

  it("differs for another person, another date of birth or another surname", () => {
    expect(personIdentityText("1990-05-18", "Jan de Vries")).toBe("1990-05-18|j|vries");
    expect(personIdentityText("1990-05-17", "Piet de Vries")).toBe("1990-05-17|p|vries");
    expect(personIdentityText("1990-05-17", "Jan Jansen")).toBe("1990-05-17|j|jansen");
  });

  it("is missing without a date of birth or a surname", () => {
    expect(personIdentityText(null, "Jan de Vries")).toBeNull();
    expect(personIdentityText("1990-02-30", "Jan de Vries")).toBeNull();
    expect(personIdentityText("1990-05-17", "Jan")).toBeNull();
    expect(personIdentityText("1990-05-17", "")).toBeNull();
    expect(personIdentityText("1990-05-17", " . ")).toBeNull();
  });
});

describe("the key an invoice is matched on", () => {
  it("uses the KvK number before the name, and normalises the invoice number", () => {
    expect(normaliseInvoiceNumber("F-2026/0001")).toBe("f20260001");
    expect(normaliseInvoiceNumber("000123")).toBe("123");
    expect(
      invoiceKey({ supplierKvk: "12345678", supplierName: "De Brug", invoiceNumber: "F-12" }),
    ).toBe("kvk:12345678|f12");
    expect(
      invoiceKey({ supplierName: "Sociaal Bedrijf De Brug B.V.", invoiceNumber: "f 12" }),
    ).toBe(invoiceKey({ supplierName: "sociaal bedrijf de brug bv", invoiceNumber: "F12" }));
    expect(normaliseSupplierName("Stichting Pàswerk")).toBe("paswerk");
  });

  it("is missing without an invoice number or a supplier", () => {
    expect(invoiceKey({ supplierKvk: "12345678", invoiceNumber: " - " })).toBeNull();
    expect(invoiceKey({ supplierName: "De Brug" })).toBeNull();
    expect(invoiceKey({ supplierName: "B.V.", invoiceNumber: "12" })).toBeNull();
  });
});

describe("what the reviewer is told", () => {
  const other = {
    kind: "SAME_PERSON_IDENTITY" as const,
    status: "ACCEPTED" as const,
    startDate: "2026-01-01",
    endDate: "2026-04-30",
    contractReference: "AMF-2026-001",
    overlapDays: 120,
  };

  it("names the other entry, or only the region when the viewer may not see it", () => {
    expect(doubleCountMessage(other)).toBe(
      "Dezelfde persoon (zelfde geboortedatum, voorletter en achternaam) staat van 1 januari 2026 t/m 30 april 2026 ook in opdracht AMF-2026-001 (geaccepteerd); 120 dagen overlappen.",
    );
    expect(
      doubleCountMessage({
        ...other,
        kind: "SAME_INVOICE",
        status: "SUBMITTED",
        startDate: null,
        endDate: null,
        contractReference: null,
      }),
    ).toBe(
      "Dezelfde factuur (zelfde leverancier en factuurnummer) staat ook in een andere opdracht in de regio (ingediend).",
    );
  });

  it("refuses acceptance only while another is accepted", () => {
    expect(doubleCountRefusal([{ ...other, status: "SUBMITTED" }])).toBeNull();
    expect(doubleCountRefusal([{ ...other, status: "REJECTED" }, other])).toMatch(
      /^Deze verantwoording kan niet worden geaccepteerd: Dezelfde persoon/,
    );
  });

  it("accepts a date of birth that can be true", () => {
    expect(birthDateProblem("1990-05-17", "2026-12-03")).toBeNull();
    expect(birthDateProblem("1990-13-01", "2026-12-03")).toMatch(/bestaande geboortedatum/);
    expect(birthDateProblem("2027-01-01", "2026-12-03")).toMatch(/kan niet kloppen/);
  });
});
