// The catalogue and policy forms read numbers with the domain's one reader (tested itself in
// packages/domain). Here: the three texts on which Beheer and the Portaal used to disagree, as
// these forms now read them, and what an edit form shows of a stored value.
import { describe, expect, it } from "vitest";
import { blockFormValues, EMPTY_BLOCK, toBlockValues } from "../src/catalogue/block-form";
import { EMPTY_BONUS, toBonusValues } from "../src/catalogue/bonus-form";
import { type PolicyFormValues, toPolicyInput } from "../src/policy/policy-form";

const bonus = { ...EMPTY_BONUS, code: "50PLUS", name: "50+", appliesTo: ["EMPLOYMENT"] };
const amountOf = (amount: string) => {
  const result = toBonusValues({ ...bonus, amount });
  return result.ok ? result.bonus.amount : result.issues;
};

describe("an amount", () => {
  it('refuses "1.2,5": dots group thousands in threes (this form used to read 12.5)', () => {
    expect(amountOf("1.2,5")).toEqual([
      { field: "amount", message: "Schrijf het bedrag in euro's, bijvoorbeeld 5.000." },
    ]);
  });

  it('reads "EUR 100" as € 100 (this form used to refuse it)', () => {
    expect(amountOf("EUR 100")).toBe("100.00");
    expect(amountOf("€ 5.000,-")).toBe("5000.00");
  });

  it('refuses "5 %" as an amount (this form used to read € 5)', () => {
    expect(amountOf("5 %")).toEqual([
      { field: "amount", message: "Schrijf het bedrag in euro's, bijvoorbeeld 5.000." },
    ]);
  });
});

describe("a block", () => {
  const share = { ...EMPTY_BLOCK, code: "INKOOP", name: "Inkoop", category: "SOCIAL_PURCHASE" };

  it('reads a share typed as "50 %" or "12,5" as the fraction the API stores', () => {
    const read = (typed: string) => {
      const result = toBlockValues({ ...share, kind: "INVOICE_SHARE", share: typed } as const);
      return result.ok ? result.block.share : result.issues;
    };
    expect(read("50 %")).toBe("0.5");
    expect(read("12,5")).toBe("0.125");
    expect(read("150")).toEqual([
      { field: "share", message: "Het deel van het factuurbedrag is hoogstens 100 %." },
    ]);
  });

  it("shows a stored block the way it reads back", () => {
    const stored = {
      code: "PW",
      name: "Participatiewet",
      category: "EMPLOYMENT" as const,
      kind: "PER_FTE_YEAR" as const,
      amount: "40000.00",
      share: null,
      maxMonths: 24,
      minHoursPerWeek: "12.50",
      note: null,
    };
    const values = blockFormValues(stored);
    expect(values).toMatchObject({ amount: "40000", minHoursPerWeek: "12,5", maxMonths: "24" });
    expect(toBlockValues(values)).toEqual({
      ok: true,
      block: { ...stored, minHoursPerWeek: "12.5" },
    });
  });
});

describe("a policy", () => {
  const policy: PolicyFormValues = {
    name: "Beleid 2027",
    percentage: "5 %",
    thresholds: { WORKS: "EUR 200.000", SERVICES: "", SUPPLIES: "", SUBSIDY: "" },
    belowThreshold: "NONE",
    suppliesMinLabourShare: "",
    suppliesReducedPercentage: "",
    cap: "",
    psoDiscounts: [{ id: 0, level: "3", discount: "1.2,5" }],
    contactDeadlineDays: "7",
    reportFrequency: "QUARTERLY",
    source: "",
    conceptNote: "",
  };

  it('reads "5 %" as 0.05 and "EUR 200.000" as a threshold, and names the field it refuses', () => {
    expect(toPolicyInput(policy)).toEqual({
      ok: false,
      issues: [
        {
          field: "psoDiscounts.0.discount",
          message: "De korting voor trede 3 is geen getal; schrijf het bijvoorbeeld als 5 of 2,5.",
        },
      ],
    });
    const fixed = toPolicyInput({
      ...policy,
      psoDiscounts: [{ id: 0, level: "3", discount: "50" }],
    });
    expect(fixed).toMatchObject({
      ok: true,
      input: {
        percentage: "0.05",
        thresholdWorks: "200000.00",
        thresholdServices: null,
        psoDiscounts: [{ level: "3", discount: "0.5" }],
        contactDeadlineDays: 7,
      },
    });
  });

  it("needs a whole number of days of at least 1 to make contact", () => {
    expect(toPolicyInput({ ...policy, contactDeadlineDays: "0", psoDiscounts: [] })).toEqual({
      ok: false,
      issues: [
        {
          field: "contactDeadlineDays",
          message: "De termijn voor contact in dagen is minstens 1.",
        },
      ],
    });
  });
});
