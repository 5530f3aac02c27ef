// The one reader of numbers and amounts typed in a Dutch form: exact tables of what it accepts and
// refuses, and the property that what the platform shows reads back to the same value.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type DutchNumberField,
  type DutchNumberProblem,
  readDutchNumber,
  toDutchInput,
} from "../src/dutch-number.js";
import { formatEuro, formatNumber, formatShare } from "../src/format.js";
import { decimal, toMoneyString } from "../src/money.js";

const value = (text: string, field: DutchNumberField) => {
  const result = readDutchNumber(text, field);
  return result.ok ? result.value : `refused: ${result.problem}`;
};

const MONEY: DutchNumberField = { kind: "money" };
const PERCENTAGE: DutchNumberField = { kind: "percentage" };
const HOURS: DutchNumberField = { kind: "hours" };
const WHOLE: DutchNumberField = { kind: "whole" };

describe("the three readers that disagreed now give one answer", () => {
  it('refuses "1.2,5": dots group thousands in threes (admin read it as 12.5)', () => {
    for (const field of [MONEY, PERCENTAGE, HOURS, { kind: "number" } as const]) {
      expect(value("1.2,5", field)).toBe("refused: malformed");
    }
  });

  it('reads "EUR 100" as an amount (admin refused it), and only as an amount', () => {
    expect(value("EUR 100", MONEY)).toBe("100.00");
    expect(value("EUR 100", HOURS)).toBe("refused: malformed");
  });

  it('reads "5 %" as a percentage (the portal refused it), never as euros or hours', () => {
    expect(value("5 %", PERCENTAGE)).toBe("0.05");
    expect(value("5 %", MONEY)).toBe("refused: malformed");
    expect(value("5 %", HOURS)).toBe("refused: malformed");
  });
});

describe("money", () => {
  it.each([
    ["40000", "40000.00"],
    ["40.000", "40000.00"],
    ["40.000,50", "40000.50"],
    ["40000,50", "40000.50"],
    ["40000,5", "40000.50"],
    ["40000.50", "40000.50"],
    ["40000.5", "40000.50"],
    ["1.000", "1000.00"],
    ["12.345", "12345.00"],
    ["1.250.000", "1250000.00"],
    ["€ 1.250.000,00", "1250000.00"],
    ["€ 1.234,56", "1234.56"],
    ["€40.000", "40000.00"],
    ["EUR 100", "100.00"],
    ["eur100", "100.00"],
    ["€ 40.000,-", "40000.00"],
    ["40.000,--", "40000.00"],
    ["  250 000 ", "250000.00"],
    ["1\u00a0250\u00a0000", "1250000.00"],
    ["0,01", "0.01"],
    ["0", "0.00"],
    ["007", "7.00"],
    ["999.999.999.999,99", "999999999999.99"],
  ])("reads %j as %j", (typed, expected) => {
    expect(value(typed, MONEY)).toBe(expected);
  });

  it.each<[string, DutchNumberProblem]>([
    ["", "empty"],
    ["   ", "empty"],
    ["veel", "malformed"],
    ["vijf ton", "malformed"],
    ["1,2,3", "malformed"],
    ["1.234.5", "malformed"],
    ["12.34.5", "malformed"],
    ["1.00.0", "malformed"],
    ["1.000,00,0", "malformed"],
    ["1,234.56", "malformed"],
    ["1.000 000", "malformed"],
    ["40 00", "malformed"],
    [",5", "malformed"],
    ["12,", "malformed"],
    ["100 EUR", "malformed"],
    ["+5", "malformed"],
    ["-5", "negative"],
    ["€ -5", "negative"],
    ["1,234", "decimals"],
    ["1,500", "decimals"],
  ])("refuses %j (%s)", (typed, problem) => {
    expect(value(typed, MONEY)).toBe(`refused: ${problem}`);
  });

  it("refuses an amount of a trillion euros or more", () => {
    const result = readDutchNumber("1.000.000.000.000", { kind: "money", label: "de waarde" });
    expect(result).toEqual({
      ok: false,
      problem: "tooLarge",
      message: "De waarde is te groot: hoogstens € 999.999.999.999,99.",
    });
  });
});

describe("percentages, hours and whole numbers", () => {
  it.each([
    ["5", PERCENTAGE, "0.05"],
    ["5%", PERCENTAGE, "0.05"],
    ["5 %", PERCENTAGE, "0.05"],
    ["12,5", PERCENTAGE, "0.125"],
    ["33,33 %", PERCENTAGE, "0.3333"],
    ["100", PERCENTAGE, "1"],
    ["0", PERCENTAGE, "0"],
    ["12,5", HOURS, "12.5"],
    ["12.5", HOURS, "12.5"],
    ["7,25", HOURS, "7.25"],
    ["1.000", HOURS, "1000"],
    [" 36 ", HOURS, "36"],
    ["7", WHOLE, "7"],
    ["1.000", WHOLE, "1000"],
    ["0,125", { kind: "number", decimals: 4 }, "0.125"],
    ["0.125", { kind: "number", decimals: 4 }, "0.125"],
  ] as const)("reads %j (%o) as %j", (typed, field, expected) => {
    expect(value(typed, field)).toBe(expected);
  });

  it.each<[string, DutchNumberField, DutchNumberProblem]>([
    ["5 €", PERCENTAGE, "malformed"],
    ["€ 5", PERCENTAGE, "malformed"],
    ["5 %%", PERCENTAGE, "malformed"],
    ["100,01", PERCENTAGE, "aboveMax"],
    ["12,125", PERCENTAGE, "decimals"],
    ["-1", PERCENTAGE, "negative"],
    ["7,125", HOURS, "decimals"],
    ["7,500", HOURS, "decimals"],
    ["acht", HOURS, "malformed"],
    ["7,5", WHOLE, "whole"],
    ["7,0", WHOLE, "whole"],
    ["7.5", WHOLE, "whole"],
    ["0", { kind: "whole", min: "1" }, "belowMin"],
    ["1,01", { kind: "number", decimals: 4, max: "1" }, "aboveMax"],
  ])("refuses %j (%o) as %s", (typed, field, problem) => {
    expect(value(typed, field)).toBe(`refused: ${problem}`);
  });
});

describe("the messages", () => {
  it("name the field and show how to write it", () => {
    const hours = { kind: "hours", label: "het aantal uren per week", example: "24 of 12,5" };
    expect(readDutchNumber("veertig", hours as DutchNumberField)).toEqual({
      ok: false,
      problem: "malformed",
      message: "Het aantal uren per week is geen getal; schrijf het bijvoorbeeld als 24 of 12,5.",
    });
    expect(readDutchNumber("vijf ton", { kind: "money", label: "de opdrachtwaarde" })).toEqual({
      ok: false,
      problem: "malformed",
      message: "Schrijf de opdrachtwaarde in euro's, bijvoorbeeld 1.250 of 1.250,50.",
    });
  });

  it.each<[string, DutchNumberField, string]>([
    ["", MONEY, "Vul het bedrag in."],
    ["-5", MONEY, "Het bedrag kan niet negatief zijn."],
    ["1,234", MONEY, "Het bedrag heeft hoogstens 2 cijfers achter de komma."],
    [
      "2,5",
      { kind: "whole", label: "het aantal dagen" },
      "Het aantal dagen is een heel getal, zonder komma.",
    ],
    [
      "0",
      { kind: "whole", min: "1", label: "het aantal medewerkers" },
      "Het aantal medewerkers is minstens 1.",
    ],
    [
      "150",
      { kind: "percentage", label: "het arbeidsaandeel" },
      "Het arbeidsaandeel is hoogstens 100 %.",
    ],
    [
      "0,12345",
      { kind: "number", decimals: 4 },
      "Het getal heeft hoogstens 4 cijfers achter de komma.",
    ],
    [
      "0,12",
      { kind: "number", decimals: 1 },
      "Het getal heeft hoogstens 1 cijfer achter de komma.",
    ],
  ])("%j (%o): %s", (typed, field, message) => {
    const result = readDutchNumber(typed, field);
    expect(result.ok ? null : result.message).toBe(message);
  });
});

describe("what a form shows to edit a value", () => {
  it.each([
    ["40000.00", "money", "40000"],
    ["1234.5", "money", "1234,50"],
    ["2500.50", "money", "2500,50"],
    ["0.05", "percentage", "5"],
    ["0.125", "percentage", "12,5"],
    ["12.50", "hours", "12,5"],
    ["1500", "hours", "1500"],
    ["0.3000", "number", "0,3"],
    [null, "money", ""],
    ["", "hours", ""],
  ] as const)("%j (%s) as %j", (stored, kind, shown) => {
    expect(toDutchInput(stored, kind)).toBe(shown);
  });
});

// Values as the API stores them: cents below a trillion euros, shares with 4 decimals, hours with 2.
const centsArbitrary = fc.bigInt({ min: 0n, max: 99_999_999_999_999n });
const asDecimal = (units: bigint, places: number) =>
  decimal(units.toString())
    .div(10 ** places)
    .toFixed(places);

describe("format, then read, gives the value back", () => {
  it("for money shown with formatEuro and with toDutchInput", () => {
    fc.assert(
      fc.property(centsArbitrary, (cents) => {
        const amount = asDecimal(cents, 2);
        expect(value(formatEuro(amount), MONEY)).toBe(toMoneyString(decimal(amount)));
        expect(value(toDutchInput(amount, "money"), MONEY)).toBe(amount);
        expect(value(amount, MONEY)).toBe(amount); // the API's own form reads as it is
      }),
    );
  });

  it("for percentages shown with formatShare and with toDutchInput", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000 }), (basisPoints) => {
        const fraction = asDecimal(BigInt(basisPoints), 4);
        const expected = decimal(fraction).toFixed();
        expect(value(formatShare(fraction), PERCENTAGE)).toBe(expected);
        expect(value(toDutchInput(fraction, "percentage"), PERCENTAGE)).toBe(expected);
      }),
    );
  });

  it("for hours and whole numbers shown with formatNumber", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 99_999_999n }), (hundredths) => {
        const hours = asDecimal(hundredths, 2);
        expect(value(formatNumber(hours), HOURS)).toBe(decimal(hours).toFixed());
        expect(value(toDutchInput(hours, "hours"), HOURS)).toBe(decimal(hours).toFixed());
      }),
    );
    fc.assert(
      fc.property(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), (count) => {
        expect(value(formatNumber(String(count)), WHOLE)).toBe(String(count));
      }),
    );
  });
});
