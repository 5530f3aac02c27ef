import Big from "big.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  CONTRACT_KINDS,
  type ContractKind,
  computeObligation,
  type ObligationPolicy,
  selectPolicyInForce,
} from "../src/obligation.js";
import { PSO_LEVELS, type PsoCertificateFacts, type PsoLevel } from "../src/pso.js";

/** A checked certificate of this level, valid through 2027. */
const certificate = (level: PsoLevel): PsoCertificateFacts => ({
  level,
  certificateNumber: "PSO-2026-0042",
  validFrom: "2026-01-01",
  validUntil: "2027-12-31",
  checked: true,
});

/** WSP regio Amersfoort: 5 % from € 200.000,00 (the 2012-13 amount), below that one activity, not for subsidies. */
const amersfoort: ObligationPolicy = {
  thresholds: { WORKS: "200000.00", SERVICES: "200000.00", SUPPLIES: "200000.00", SUBSIDY: null },
  percentage: "0.05",
  belowThreshold: "ACTIVITY",
};

/** Bloemendaal/Haarlem: 5 % from € 200.000,00, also for subsidies; supplies only with ≥ 30 % labour. */
const haarlem: ObligationPolicy = {
  thresholds: { WORKS: "200000", SERVICES: "200000", SUPPLIES: "200000", SUBSIDY: "200000" },
  percentage: "0.05",
  belowThreshold: "NONE",
  suppliesMinLabourShare: "0.30",
  suppliesBelowLabourShare: { kind: "NONE" },
};

const sum = (lines: { amount: string }[]): string =>
  lines.reduce((acc, line) => acc.plus(line.amount), new Big(0)).toFixed(2);

describe("thresholds, Amersfoort-style policy", () => {
  it.each(["WORKS", "SERVICES", "SUPPLIES"] as const)(
    "%s: at the threshold the percentage applies",
    (kind) => {
      const result = computeObligation(amersfoort, {
        kind,
        valueExclVat: "200000.00",
        labourShare: "0.5",
      });
      // 200000.00 × 0.05 = 10000.00
      expect(result).toMatchObject({ kind: "PERCENTAGE", percentage: "0.05", amount: "10000.00" });
    },
  );

  it.each(["WORKS", "SERVICES", "SUPPLIES"] as const)("%s: above the threshold", (kind) => {
    const result = computeObligation(amersfoort, { kind, valueExclVat: "250000.00" });
    // 250000 × 0.05 = 12500.00
    expect(result).toMatchObject({ kind: "PERCENTAGE", amount: "12500.00" });
  });

  it.each(["WORKS", "SERVICES", "SUPPLIES"] as const)(
    "%s: one cent below means one activity",
    (kind) => {
      const result = computeObligation(amersfoort, { kind, valueExclVat: "199999.99" });
      expect(result).toMatchObject({ kind: "ACTIVITY", percentage: null, amount: "0.00" });
      expect(result.lines).toHaveLength(1);
      expect(result.lines[0]?.amount).toBe("0.00");
    },
  );

  it("labels the threshold step in Dutch", () => {
    expect(
      computeObligation(amersfoort, { kind: "WORKS", valueExclVat: "150000" }).lines[0]?.label,
    ).toBe(
      "Opdrachtwaarde € 150.000,00 excl. btw is lager dan de drempel van € 200.000,00 voor werken: één maatschappelijke activiteit",
    );
    expect(computeObligation(amersfoort, { kind: "WORKS", valueExclVat: "250000" }).lines).toEqual([
      { label: "5 % van de opdrachtwaarde € 250.000,00 excl. btw", amount: "12500.00" },
    ]);
  });

  it("SUBSIDY never has an obligation, whatever the value", () => {
    for (const value of ["0", "150000", "200000", "5000000"]) {
      const result = computeObligation(amersfoort, { kind: "SUBSIDY", valueExclVat: value });
      expect(result).toMatchObject({ kind: "NONE", percentage: null, amount: "0.00" });
      expect(result.lines[0]?.label).toBe("Social return geldt in dit beleid niet voor subsidies");
    }
  });
});

describe("Bloemendaal/Haarlem-style policy", () => {
  it.each([
    ["WORKS", "200000", "PERCENTAGE", "10000.00"],
    ["SERVICES", "199999.99", "NONE", "0.00"],
    ["SUBSIDY", "200000", "PERCENTAGE", "10000.00"], // 200000 × 0.05
    ["SUBSIDY", "150000", "NONE", "0.00"],
    ["SUPPLIES", "150000", "NONE", "0.00"],
  ] as const)("%s of %s → %s %s", (kind, value, expectedKind, amount) => {
    const result = computeObligation(haarlem, { kind, valueExclVat: value, labourShare: "0.40" });
    expect(result).toMatchObject({ kind: expectedKind, amount });
  });

  it("supplies with a labour share of exactly 30 % owe the percentage", () => {
    const result = computeObligation(haarlem, {
      kind: "SUPPLIES",
      valueExclVat: "300000",
      labourShare: "0.30",
    });
    // 300000 × 0.05 = 15000.00
    expect(result).toMatchObject({ kind: "PERCENTAGE", percentage: "0.05", amount: "15000.00" });
  });

  it("supplies with less than 30 % labour owe nothing, and the breakdown says why", () => {
    const result = computeObligation(haarlem, {
      kind: "SUPPLIES",
      valueExclVat: "300000",
      labourShare: "0.29",
    });
    expect(result).toMatchObject({ kind: "NONE", percentage: null, amount: "0.00" });
    // 15000.00 − 15000.00 = 0.00
    expect(result.lines).toEqual([
      { label: "5 % van de opdrachtwaarde € 300.000,00 excl. btw", amount: "15000.00" },
      {
        label:
          "Levering met een arbeidsaandeel van 29 %, minder dan 30 %: geen social return-verplichting",
        amount: "-15000.00",
      },
    ]);
  });

  it("supplies with an unknown labour share keep the full percentage, with a note", () => {
    const result = computeObligation(haarlem, { kind: "SUPPLIES", valueExclVat: "300000" });
    expect(result).toMatchObject({ kind: "PERCENTAGE", amount: "15000.00" });
    expect(result.lines[1]).toEqual({
      label:
        "Arbeidsaandeel van de levering onbekend: het volledige percentage geldt, tenzij het arbeidsaandeel lager blijkt dan 30 %",
      amount: "0.00",
    });
  });

  it("the labour share does not matter for works", () => {
    const result = computeObligation(haarlem, {
      kind: "WORKS",
      valueExclVat: "300000",
      labourShare: "0.10",
    });
    expect(result).toMatchObject({ kind: "PERCENTAGE", amount: "15000.00" });
    expect(result.lines).toHaveLength(1);
  });
});

describe("optional rules", () => {
  it("a reduced percentage for supplies with little labour (Leidschendam-Voorburg: 2 % under 30 %)", () => {
    const policy: ObligationPolicy = {
      ...haarlem,
      suppliesBelowLabourShare: { kind: "PERCENTAGE", percentage: "0.02" },
    };
    const result = computeObligation(policy, {
      kind: "SUPPLIES",
      valueExclVat: "500000",
      labourShare: "0.20",
    });
    // 500000 × 0.05 = 25000.00; 500000 × 0.02 = 10000.00; 10000.00 − 25000.00 = −15000.00
    expect(result).toMatchObject({ kind: "PERCENTAGE", percentage: "0.02", amount: "10000.00" });
    expect(result.lines).toEqual([
      { label: "5 % van de opdrachtwaarde € 500.000,00 excl. btw", amount: "25000.00" },
      {
        label:
          "Levering met een arbeidsaandeel van 20 %, minder dan 30 %: 2 % in plaats van 5 % (€ 10.000,00)",
        amount: "-15000.00",
      },
    ]);
  });

  it("a cap on the amount (Súdwest-Fryslân: at most € 300.000,00)", () => {
    const policy: ObligationPolicy = { ...amersfoort, percentage: "0.02", cap: "300000.00" };
    const result = computeObligation(policy, { kind: "WORKS", valueExclVat: "20000000" });
    // 20000000 × 0.02 = 400000.00, capped at 300000.00: −100000.00
    expect(result.amount).toBe("300000.00");
    expect(result.lines).toEqual([
      { label: "2 % van de opdrachtwaarde € 20.000.000,00 excl. btw", amount: "400000.00" },
      { label: "Maximum per opdracht volgens het beleid: € 300.000,00", amount: "-100000.00" },
    ]);
    // below the cap nothing changes: 1000000 × 0.02 = 20000.00
    expect(
      computeObligation(policy, { kind: "WORKS", valueExclVat: "1000000" }).lines,
    ).toHaveLength(1);
  });

  const pso: ObligationPolicy = {
    ...amersfoort,
    psoDiscounts: { "1": "0.10", "2": "0.25", "3": "0.50" },
  };

  it("a PSO discount for the level of a checked certificate, which the line names", () => {
    const result = computeObligation(pso, {
      kind: "SERVICES",
      valueExclVat: "1000000",
      pso: certificate("TREDE_2"),
    });
    // 1000000 × 0.05 = 50000.00; 25 % of 50000.00 = 12500.00; 50000.00 − 12500.00 = 37500.00
    expect(result).toMatchObject({ kind: "PERCENTAGE", percentage: "0.05", amount: "37500.00" });
    expect(result.lines[1]).toEqual({
      label:
        "PSO-korting trede 2 (certificaat PSO-2026-0042, geldig t/m 31 december 2027): 25 % van € 50.000,00",
      amount: "-12500.00",
    });
  });

  it("€ 1.000.000 at 5 % with 50 % discount owes € 25.000,00", () => {
    const result = computeObligation(
      { ...amersfoort, psoDiscounts: { "trede 2": "0.50" } },
      { kind: "WORKS", valueExclVat: "1000000.00", pso: certificate("TREDE_2") },
    );
    // 1000000.00 × 0.05 = 50000.00; 50 % of 50000.00 = 25000.00 → 25000.00
    expect(result.lines.map((line) => line.amount)).toEqual(["50000.00", "-25000.00"]);
    expect(result.amount).toBe("25000.00");
  });

  it("no discount for a level missing from the policy's table, and the line says so", () => {
    const result = computeObligation(pso, {
      kind: "SERVICES",
      valueExclVat: "1000000",
      pso: certificate("THIRTY_PLUS"),
    });
    expect(result.amount).toBe("50000.00");
    expect(result.lines[1]).toEqual({
      label:
        "Geen PSO-korting: 30+ (certificaat PSO-2026-0042) staat niet in de kortingstabel van dit beleid",
      amount: "0.00",
    });
  });

  it("no discount for a certificate nobody checked yet, and the line says so", () => {
    const result = computeObligation(pso, {
      kind: "SERVICES",
      valueExclVat: "1000000",
      pso: { ...certificate("TREDE_3"), checked: false },
    });
    expect(result.amount).toBe("50000.00");
    expect(result.lines[1]).toEqual({
      label: "Geen PSO-korting: certificaat PSO-2026-0042 (trede 3) is nog niet gecontroleerd",
      amount: "0.00",
    });
  });

  it("the discount applies to the capped amount", () => {
    const result = computeObligation(
      { ...amersfoort, cap: "300000", psoDiscounts: { "2": "0.50" } },
      { kind: "WORKS", valueExclVat: "10000000.00", pso: certificate("TREDE_2") },
    );
    // 10000000.00 × 0.05 = 500000.00; cap 300000.00 (−200000.00); 50 % of 300000.00 = 150000.00
    expect(result.lines.map((line) => line.amount)).toEqual([
      "500000.00",
      "-200000.00",
      "-150000.00",
    ]);
    expect(result.lines[2]?.label).toContain("50 % van € 300.000");
    expect(result.amount).toBe("150000.00");
  });

  it("no PSO line without a certificate, nor below the threshold", () => {
    for (const none of [null, undefined]) {
      const result = computeObligation(pso, {
        kind: "SERVICES",
        valueExclVat: "1000000",
        pso: none,
      });
      expect(result.amount).toBe("50000.00");
      expect(result.lines).toHaveLength(1);
    }
    const small = computeObligation(pso, {
      kind: "SERVICES",
      valueExclVat: "1000",
      pso: certificate("TREDE_3"),
    });
    expect(small.lines).toHaveLength(1);
  });

  it("applies the rules in order: supplies reduction, then cap, then PSO discount", () => {
    const policy: ObligationPolicy = {
      ...haarlem,
      suppliesBelowLabourShare: { kind: "PERCENTAGE", percentage: "0.03" },
      cap: "50000",
      psoDiscounts: { "3": "0.50" },
    };
    const result = computeObligation(policy, {
      kind: "SUPPLIES",
      valueExclVat: "4000000",
      labourShare: "0.10",
      pso: certificate("TREDE_3"),
    });
    // 4000000 × 0.05 = 200000.00; at 3 %: 120000.00 (−80000.00); cap 50000.00 (−70000.00);
    // PSO 50 % of 50000.00 = 25000.00 (−25000.00) → 25000.00
    expect(result.lines.map((line) => line.amount)).toEqual([
      "200000.00",
      "-80000.00",
      "-70000.00",
      "-25000.00",
    ]);
    expect(result).toMatchObject({ kind: "PERCENTAGE", percentage: "0.03", amount: "25000.00" });
  });

  it("rejects a discount outside 0..1", () => {
    const policy: ObligationPolicy = { ...amersfoort, psoDiscounts: { "1": "1.5" } };
    expect(() =>
      computeObligation(policy, {
        kind: "WORKS",
        valueExclVat: "1000000",
        pso: certificate("TREDE_1"),
      }),
    ).toThrow(RangeError);
  });
});

describe("rounding", () => {
  it("rounds half up to cents: 5 % of 200000.10 = 10000.005 → 10000.01", () => {
    expect(computeObligation(amersfoort, { kind: "WORKS", valueExclVat: "200000.10" }).amount).toBe(
      "10000.01",
    );
  });

  it("rounds each step half up: 25 % PSO discount on 10000.01 = 2500.0025 → 2500.00", () => {
    const policy: ObligationPolicy = { ...amersfoort, psoDiscounts: { "2": "0.25" } };
    const result = computeObligation(policy, {
      kind: "WORKS",
      valueExclVat: "200000.10",
      pso: certificate("TREDE_2"),
    });
    // 10000.01 − 2500.00 = 7500.01
    expect(result.lines.map((line) => line.amount)).toEqual(["10000.01", "-2500.00"]);
    expect(result.amount).toBe("7500.01");
  });

  it("the amount is always the sum of the lines and never negative", () => {
    const policy: ObligationPolicy = {
      ...haarlem,
      suppliesBelowLabourShare: { kind: "PERCENTAGE", percentage: "0.02" },
      cap: "300000",
      psoDiscounts: { "1": "0.10", "2": "0.25", "3": "0.50" },
    };
    fc.assert(
      fc.property(
        fc.constantFrom<ContractKind>(...CONTRACT_KINDS),
        fc.integer({ min: 0, max: 5_000_000_000 }),
        fc.option(fc.integer({ min: 0, max: 100 }), { nil: null }),
        fc.option(fc.constantFrom(...PSO_LEVELS), { nil: null }),
        (kind, valueCents, labourPercent, psoLevel) => {
          const result = computeObligation(policy, {
            kind,
            valueExclVat: new Big(valueCents).div(100).toFixed(2),
            labourShare: labourPercent === null ? null : new Big(labourPercent).div(100).toString(),
            pso: psoLevel === null ? null : certificate(psoLevel),
          });
          expect(result.amount).toBe(sum(result.lines));
          expect(new Big(result.amount).gte(0)).toBe(true);
          expect(new Big(result.amount).lte("300000")).toBe(true);
          if (result.kind !== "PERCENTAGE") expect(result.amount).toBe("0.00");
        },
      ),
    );
  });
});

describe("selectPolicyInForce", () => {
  const versions = [
    { id: "2021", validFrom: "2021-04-01" },
    { id: "2012", validFrom: "2012-01-01" },
    { id: "2025", validFrom: "2025-01-01" },
  ];

  it.each([
    ["2011-12-31", null],
    ["2012-01-01", "2012"],
    ["2021-03-31", "2012"],
    ["2021-04-01", "2021"],
    ["2024-12-31", "2021"],
    ["2025-01-01", "2025"],
    ["2030-06-15", "2025"],
  ])("on %s the version from %s is in force", (date, id) => {
    expect(selectPolicyInForce(versions, date)?.id ?? null).toBe(id);
  });

  it("returns null for no versions", () => {
    expect(selectPolicyInForce([], "2024-01-01")).toBeNull();
  });

  it("of two versions with the same date the later in the list wins", () => {
    const twins = [
      { id: "first", validFrom: "2024-01-01" },
      { id: "second", validFrom: "2024-01-01" },
    ];
    expect(selectPolicyInForce(twins, "2024-06-01")?.id).toBe("second");
  });
});
