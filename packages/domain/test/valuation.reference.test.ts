// The integer-cent valuation against the big.js valuation it replaced (test/reference/): on random
// blocks, amounts, quantities, periods and bonuses, including text that is no number, negative,
// with many decimals or far too large, both give the same result to the cent and to the letter.
// The only difference allowed is the guard: a line or total beyond 2^53 − 1 cents is refused.
import Big from "big.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type BlockDefinition, type BonusDefinition, bonusAppliesTo } from "../src/catalogue.js";
import { MAX_CENTS } from "../src/cents.js";
import { addDays, fromDayNumber, toDayNumber, toIsoDate } from "../src/dates.js";
import { type ValueBlockInput, valueBlock } from "../src/valuation.js";
import { haaglanden, harlingen, leiden, oostNederland, synthetic, utrecht } from "./fixtures.js";
import { valueBlockWithBigJs } from "./reference/valuation-bigjs.js";

const blocks: BlockDefinition[] = [
  utrecht.PW,
  utrecht.INITIATIEF,
  haaglanden.SCHOLING,
  harlingen.WEP,
  oostNederland.WEP,
  oostNederland.INKOOP_SENL,
  leiden.MA,
  leiden.PRO_VSO,
  synthetic.activity,
  synthetic.monthWithMinimum,
];
const bonuses: BonusDefinition[] = [
  utrecht.bonus50Plus,
  utrecht.bonusStatushouder,
  haaglanden.bonus55Plus,
  leiden.bonusProVsoNaStage,
  synthetic.oneOffBonus,
];

/** units × 10^−decimals as a plain decimal string: (123n, 6) is "0.000123". */
function decimalText(units: bigint, decimals: number): string {
  const digits = units.toString().padStart(decimals + 1, "0");
  return decimals === 0 ? digits : `${digits.slice(0, -decimals)}.${digits.slice(-decimals)}`;
}

/**
 * Mostly everyday numbers up to `maxWhole`, some with up to `maxDecimals` decimals, a few far too
 * large, written oddly (spaces, trailing zeros) or wrong.
 */
const numberText = (maxWhole: bigint, maxDecimals: number) =>
  fc
    .oneof(
      { weight: 16, arbitrary: fc.integer({ min: 0, max: 2 }) },
      { weight: 4, arbitrary: fc.integer({ min: 0, max: maxDecimals }) },
    )
    .chain((decimals) =>
      fc
        .oneof(
          { weight: 20, arbitrary: fc.bigInt(0n, maxWhole * 10n ** BigInt(decimals)) },
          { weight: 1, arbitrary: fc.bigInt(0n, 10n ** 30n) },
        )
        .map((units) => decimalText(units, decimals)),
    )
    .chain((text) =>
      fc.oneof(
        { weight: 20, arbitrary: fc.constant(text) },
        { weight: 1, arbitrary: fc.constant(` ${text}${text.includes(".") ? "0" : ".0"} `) },
        { weight: 1, arbitrary: fc.constant(`-${text}`) },
        { weight: 1, arbitrary: fc.constantFrom("", "abc", "1,5", "1e3", ".5", "-0", "0.00") },
      ),
    );

const date = fc
  .integer({ min: toDayNumber("2015-01-01"), max: toDayNumber("2035-12-31") })
  .map((day) => toIsoDate(fromDayNumber(day)));

const input: fc.Arbitrary<ValueBlockInput> = fc
  .record({
    block: fc.constantFrom(...blocks),
    amount: fc.option(numberText(10n ** 6n, 6), { nil: undefined }),
    share: fc.option(numberText(2n, 6), { nil: undefined }),
    maxMonths: fc.option(fc.integer({ min: 1, max: 36 }), { nil: null }),
    bonuses: fc.subarray(bonuses),
    /** now and then a bonus the block does not take, which both must refuse alike */
    strayBonuses: fc.integer({ min: 0, max: 9 }).map((n) => n === 0),
    bonusAmount: fc.option(numberText(10n ** 5n, 4), { nil: undefined }),
    basisHours: fc.option(numberText(168n, 4), { nil: null }),
    hoursPerWeek: numberText(60n, 9),
    quantity: numberText(10n ** 4n, 9),
    dayCap: fc.option(numberText(10n ** 4n, 4), { nil: null }),
    startDate: date,
    length: fc.integer({ min: -5, max: 4000 }),
    contract: fc.option(
      fc.record({
        offset: fc.integer({ min: -800, max: 800 }),
        length: fc.integer({ min: -30, max: 3000 }),
      }),
      { nil: null },
    ),
  })
  .map((r): ValueBlockInput => {
    const contractStart = r.contract === null ? null : addDays(r.startDate, r.contract.offset);
    return {
      block: {
        ...r.block,
        maxMonths: r.maxMonths,
        ...(r.amount === undefined ? {} : { amount: r.amount }),
        ...(r.share === undefined ? {} : { share: r.share }),
      },
      basisHours: r.basisHours,
      bonuses: r.bonuses
        .filter((bonus) => r.strayBonuses || bonusAppliesTo(bonus, r.block))
        .map((bonus) =>
          r.bonusAmount === undefined ? bonus : { ...bonus, amount: r.bonusAmount },
        ),
      startDate: r.startDate,
      endDate: addDays(r.startDate, r.length),
      hoursPerWeek: r.hoursPerWeek,
      hours: r.quantity,
      days: r.quantity,
      count: r.quantity,
      amountExclVat: r.quantity,
      dayCap: r.dayCap,
      contractStart,
      contractEnd:
        contractStart === null || r.contract === null
          ? null
          : addDays(contractStart, r.contract.length),
    };
  });

const beyondGuard = (amount: string) => new Big(amount).times(100).abs().gt(MAX_CENTS);

describe("integer-cent valuation against the big.js reference", () => {
  it("gives the reference's result, to the cent and to the letter, or refuses beyond 2^53 cents", () => {
    fc.assert(
      fc.property(input, (valuationInput) => {
        const expected = valueBlockWithBigJs(valuationInput);
        const actual = valueBlock(valuationInput);
        if (
          expected.ok &&
          (beyondGuard(expected.total) || expected.lines.some((l) => beyondGuard(l.amount)))
        ) {
          expect(actual.ok).toBe(false);
          if (!actual.ok) expect(actual.message).toContain("te groot om tot op de cent");
        } else {
          expect(actual).toEqual(expected);
        }
      }),
      { numRuns: 10_000 },
    );
  }, 120_000);
});

describe("the guard at 2^53 − 1 cents", () => {
  const perHour = (amount: string) => ({ ...utrecht.INITIATIEF, amount });

  it("values a line of exactly € 90.071.992.547.409,91", () => {
    const result = valueBlock({ block: perHour("90071992547409.91"), hours: "1" });
    // 9007199254740991 cents = Number.MAX_SAFE_INTEGER
    expect(result).toEqual(
      valueBlockWithBigJs({ block: perHour("90071992547409.91"), hours: "1" }),
    );
    expect(result.ok && result.total).toBe("90071992547409.91");
  });

  it("refuses one cent more, naming the quantity", () => {
    const result = valueBlock({ block: perHour("90071992547409.92"), hours: "1" });
    expect(result).toEqual({
      ok: false,
      field: "hours",
      message:
        "Het bedrag wordt te groot om tot op de cent te rekenen: hoogstens € 90.071.992.547.409,91 per regel en in totaal.",
    });
  });

  it("refuses a total beyond it when every line is within", () => {
    // 90071992547409.91 + 0.01: each line fits, the sum does not
    const bonus = { ...synthetic.oneOffBonus, amount: "0.01", appliesTo: ["COMMUNITY_ACTIVITY"] };
    const within = valueBlock({
      block: perHour("90071992547409.90"),
      hours: "1",
      bonuses: [bonus],
    });
    expect(within.ok && within.total).toBe("90071992547409.91");
    const beyond = valueBlock({
      block: perHour("90071992547409.91"),
      hours: "1",
      bonuses: [bonus],
    });
    expect(beyond.ok).toBe(false);
    expect(!beyond.ok && beyond.field).toBe("hours");
  });

  it("rounds exactly where the products leave the range of numbers (bigint inside)", () => {
    // 40000 × 23.123456789 × 365 × 100 cents exceeds 2^53 before the division by 36 × 365:
    // 40000 × 23.123456789 / 36 = 25692.729765555… → 25692.73
    const valuationInput = {
      block: utrecht.PW,
      startDate: "2023-01-01",
      endDate: "2023-12-31",
      hoursPerWeek: "23.123456789",
    };
    const result = valueBlock(valuationInput);
    expect(result).toEqual(valueBlockWithBigJs(valuationInput));
    expect(result.ok && result.total).toBe("25692.73");
  });
});
