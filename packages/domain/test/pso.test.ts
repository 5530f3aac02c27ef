import { describe, expect, it } from "vitest";
import {
  type PsoCertificateFacts,
  psoCertificateForAward,
  psoDiscountFor,
  psoLapseMessage,
  psoLapsesBefore,
  psoLevelOfKey,
} from "../src/pso.js";

describe("psoLevelOfKey", () => {
  it.each([
    ["2", "TREDE_2"],
    ["trede 2", "TREDE_2"],
    ["Trede 3", "TREDE_3"],
    ["PSO-trede 1", "TREDE_1"],
    [" aspirant ", "ASPIRANT"],
    ["Basistrede", "BASISTREDE"],
    ["30+", "THIRTY_PLUS"],
    ["30 +", "THIRTY_PLUS"],
    ["4", null],
    ["constructor", null],
    ["", null],
  ])("%j names %s", (key, level) => {
    expect(psoLevelOfKey(key)).toBe(level);
  });

  it("finds the discount by whichever key names the level", () => {
    expect(psoDiscountFor({ "trede 2": "0.25", "3": "0.50" }, "TREDE_2")).toBe("0.25");
    expect(psoDiscountFor({ "trede 2": "0.25" }, "TREDE_1")).toBeNull();
    expect(psoDiscountFor(undefined, "TREDE_1")).toBeNull();
  });
});

describe("psoCertificateForAward", () => {
  const discounts = { "1": "0.10", "2": "0.25", "3": "0.50" };
  const cert = (
    certificateNumber: string,
    level: PsoCertificateFacts["level"],
    validFrom: string,
    validUntil: string,
    checked = true,
  ): PsoCertificateFacts => ({ certificateNumber, level, validFrom, validUntil, checked });

  it("takes only a certificate covering the award date, both ends included", () => {
    const certificates = [cert("A", "TREDE_2", "2026-01-01", "2026-12-31")];
    expect(psoCertificateForAward(certificates, "2026-01-01", discounts)?.certificateNumber).toBe(
      "A",
    );
    expect(psoCertificateForAward(certificates, "2026-12-31", discounts)?.certificateNumber).toBe(
      "A",
    );
    expect(psoCertificateForAward(certificates, "2025-12-31", discounts)).toBeNull();
    expect(psoCertificateForAward(certificates, "2027-01-01", discounts)).toBeNull();
  });

  it("prefers a checked certificate to an unchecked one with a higher level", () => {
    const certificates = [
      cert("hoog-ongecontroleerd", "TREDE_3", "2026-01-01", "2028-12-31", false),
      cert("gecontroleerd", "TREDE_1", "2026-01-01", "2026-12-31"),
    ];
    expect(psoCertificateForAward(certificates, "2026-06-01", discounts)?.certificateNumber).toBe(
      "gecontroleerd",
    );
  });

  it("of checked ones the largest discount, then the one valid longest", () => {
    const certificates = [
      cert("trede-1", "TREDE_1", "2026-01-01", "2029-12-31"),
      cert("trede-2-kort", "TREDE_2", "2026-01-01", "2026-12-31"),
      cert("trede-2-lang", "TREDE_2", "2026-01-01", "2027-12-31"),
      cert("dertig-plus", "THIRTY_PLUS", "2026-01-01", "2030-12-31"),
    ];
    expect(psoCertificateForAward(certificates, "2026-06-01", discounts)?.certificateNumber).toBe(
      "trede-2-lang",
    );
  });

  it("returns an unchecked certificate when none is checked, so the breakdown can say so", () => {
    const certificates = [cert("open", "TREDE_2", "2026-01-01", "2026-12-31", false)];
    expect(psoCertificateForAward(certificates, "2026-06-01", discounts)?.checked).toBe(false);
  });
});

describe("psoLapsesBefore", () => {
  it("flags a certificate that ends before the contract does", () => {
    expect(psoLapsesBefore({ validUntil: "2026-12-31" }, "2027-06-30")).toBe(true);
    expect(psoLapsesBefore({ validUntil: "2027-06-30" }, "2027-06-30")).toBe(false);
    expect(psoLapsesBefore({ validUntil: "2027-12-31" }, "2027-06-30")).toBe(false);
    expect(psoLapsesBefore({ validUntil: "2026-12-31" }, null)).toBe(false);
  });
});

describe("psoLapseMessage", () => {
  it("names the certificate, its last day and the contract's end", () => {
    expect(
      psoLapseMessage(
        { level: "TREDE_2", certificateNumber: "PSO-2026-0042", validUntil: "2026-12-31" },
        "2027-06-30",
      ),
    ).toBe(
      "Het PSO-certificaat PSO-2026-0042 (trede 2) is geldig tot en met 31 december 2026, vóór het einde van de opdracht op 30 juni 2027.",
    );
  });
});
