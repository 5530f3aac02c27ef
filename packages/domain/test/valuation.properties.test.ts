// Properties every valuation must keep, over generated blocks, periods, hours and bonuses.
import Big from "big.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { BlockDefinition, BonusDefinition } from "../src/catalogue.js";
import { addDays, fromDayNumber, toDayNumber, toIsoDate } from "../src/dates.js";
import type { BlockValuation, ValueBlockInput } from "../src/valuation.js";
import { valueBlock } from "../src/valuation.js";
import { haaglanden, harlingen, leiden, oostNederland, synthetic, utrecht } from "./fixtures.js";

function valued(input: ValueBlockInput): BlockValuation {
  const result = valueBlock(input);
  if (!result.ok) throw new Error(`expected a value, got ${result.field}: ${result.message}`);
  return result;
}

const cents = (text: string): Big => new Big(text);

const periodBlocks: BlockDefinition[] = [
  utrecht.PW,
  utrecht.BOL,
  haaglanden.WW,
  haaglanden.PW,
  haaglanden.BA,
  harlingen.PW_GT2,
  harlingen.WEP,
  oostNederland.WEP,
  oostNederland.WW_LT1,
  leiden.PRO_VSO,
];

const employmentBonuses: BonusDefinition[] = [
  utrecht.bonus50Plus,
  utrecht.bonusStatushouder,
  haaglanden.bonus55Plus,
  synthetic.oneOffBonus,
];

const date = fc
  .integer({ min: toDayNumber("2015-01-01"), max: toDayNumber("2035-12-31") })
  .map((day) => toIsoDate(fromDayNumber(day)));
/** hours per week in tenths, 0 to 60 */
const hoursPerWeek = fc
  .integer({ min: 0, max: 600 })
  .map((tenths) => new Big(tenths).div(10).toString());
const basisHours = fc.constantFrom("36", "38", "40", "32.5");
const length = fc.integer({ min: 0, max: 1500 });
const maxMonths = fc.option(fc.integer({ min: 1, max: 36 }), { nil: null });

/** A period block with generated maximum, minimum hours, bonuses and an optional contract window. */
const periodInput = fc
  .record({
    block: fc.constantFrom(...periodBlocks),
    maxMonths,
    minHoursPerWeek: fc.option(fc.constantFrom("8", "12", "16"), { nil: null }),
    basisHours,
    startDate: date,
    length,
    hoursPerWeek,
    contract: fc.option(fc.record({ offset: fc.integer({ min: -800, max: 800 }), length }), {
      nil: null,
    }),
    bonuses: fc.subarray(employmentBonuses),
  })
  .map((r): ValueBlockInput => {
    const block = { ...r.block, maxMonths: r.maxMonths, minHoursPerWeek: r.minHoursPerWeek };
    const contractStart = r.contract === null ? null : addDays(r.startDate, r.contract.offset);
    return {
      block,
      basisHours: r.basisHours,
      bonuses: block.category === "EMPLOYMENT" ? r.bonuses : [],
      startDate: r.startDate,
      endDate: addDays(r.startDate, r.length),
      hoursPerWeek: r.hoursPerWeek,
      contractStart,
      contractEnd:
        r.contract === null || contractStart === null
          ? null
          : addDays(contractStart, r.contract.length),
    };
  });

const money = fc.integer({ min: 0, max: 100_000_000 }).map((c) => new Big(c).div(100).toFixed(2));
/** up to 4 decimals, to exercise rounding */
const quantity = fc
  .integer({ min: 0, max: 10_000_000 })
  .map((n) => new Big(n).div(10_000).toString());

const otherInput: fc.Arbitrary<ValueBlockInput> = fc.oneof(
  quantity.map((hours) => ({ block: utrecht.INITIATIEF, hours })),
  fc
    .record({ days: quantity, dayCap: fc.option(money, { nil: null }) })
    .map(({ days, dayCap }) => ({ block: leiden.MA, days, dayCap })),
  fc
    .integer({ min: 0, max: 1000 })
    .map((count) => ({ block: synthetic.activity, count: String(count) })),
  money.map((amountExclVat) => ({ block: oostNederland.INKOOP_SENL, amountExclVat })),
  money.map((amountExclVat) => ({ block: leiden.SW_INKOOP, amountExclVat })),
  money.map((amountExclVat) => ({ block: haaglanden.SCHOLING, amountExclVat })),
);

const anyInput = fc.oneof(periodInput, otherInput);

describe("valuation properties", () => {
  it("never negative, and money strings have 2 decimals", () => {
    fc.assert(
      fc.property(anyInput, (input) => {
        const result = valued(input);
        expect(result.total).toMatch(/^\d+\.\d{2}$/);
        for (const line of result.lines) expect(line.amount).toMatch(/^\d+\.\d{2}$/);
      }),
      { numRuns: 500 },
    );
  });

  it("the total equals the sum of the lines", () => {
    fc.assert(
      fc.property(anyInput, (input) => {
        const result = valued(input);
        const sum = result.lines.reduce((acc, line) => acc.plus(line.amount), new Big(0));
        expect(sum.toFixed(2)).toBe(result.total);
      }),
      { numRuns: 500 },
    );
  });

  it("monotone in hours per week", () => {
    fc.assert(
      fc.property(periodInput, hoursPerWeek, (input, other) => {
        const [low, high] = [input.hoursPerWeek ?? "0", other].sort((a, b) =>
          new Big(a).cmp(new Big(b)),
        );
        const lower = valued({ ...input, hoursPerWeek: low });
        const higher = valued({ ...input, hoursPerWeek: high });
        expect(cents(lower.total).lte(cents(higher.total))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it("monotone in days: a later end date never lowers the value", () => {
    fc.assert(
      fc.property(periodInput, fc.integer({ min: 1, max: 800 }), (input, extra) => {
        const shorter = valued(input);
        const longer = valued({ ...input, endDate: addDays(input.endDate ?? "", extra) });
        expect(cents(shorter.total).lte(cents(longer.total))).toBe(true);
        expect(shorter.countedDays ?? 0).toBeLessThanOrEqual(longer.countedDays ?? 0);
      }),
      { numRuns: 300 },
    );
  });

  it("monotone in the quantity of hour, day, activity and invoice blocks", () => {
    fc.assert(
      fc.property(quantity, quantity, (a, b) => {
        const [low, high] = [a, b].sort((x, y) => new Big(x).cmp(new Big(y)));
        for (const [block, field] of [
          [utrecht.INITIATIEF, "hours"],
          [leiden.MA, "days"],
          [oostNederland.INKOOP_SENL, "amountExclVat"],
        ] as const) {
          const lower = valued({ block, [field]: low });
          const higher = valued({ block, [field]: high });
          expect(cents(lower.total).lte(cents(higher.total))).toBe(true);
        }
      }),
    );
  });

  it("hours above the full-time week add nothing", () => {
    fc.assert(
      fc.property(periodInput, fc.integer({ min: 0, max: 400 }), (input, tenthsAbove) => {
        const basis = input.basisHours ?? "36";
        const fullTime = valued({ ...input, hoursPerWeek: basis });
        const above = valued({
          ...input,
          hoursPerWeek: new Big(basis).plus(new Big(tenthsAbove).div(10)).toString(),
        });
        expect(above.total).toBe(fullTime.total);
        expect(above.lines.map((l) => l.amount)).toEqual(fullTime.lines.map((l) => l.amount));
      }),
      { numRuns: 300 },
    );
  });

  it("two adjacent periods add up to the whole within a cent per line when no maximum applies", () => {
    const proRataBonuses = employmentBonuses.filter((bonus) => !bonus.oneOff);
    fc.assert(
      fc.property(
        fc.constantFrom(...periodBlocks),
        basisHours,
        hoursPerWeek,
        date,
        fc.integer({ min: 0, max: 800 }),
        fc.integer({ min: 0, max: 800 }),
        fc.subarray(proRataBonuses),
        (block, basis, hours, start, firstLength, secondLength, chosenBonuses) => {
          const open = { ...block, maxMonths: null };
          const bonuses = block.category === "EMPLOYMENT" ? chosenBonuses : [];
          const common = { block: open, basisHours: basis, hoursPerWeek: hours, bonuses };
          const middle = addDays(start, firstLength);
          const end = addDays(middle, 1 + secondLength);
          const first = valued({ ...common, startDate: start, endDate: middle });
          const second = valued({ ...common, startDate: addDays(middle, 1), endDate: end });
          const whole = valued({ ...common, startDate: start, endDate: end });
          expect((first.countedDays ?? 0) + (second.countedDays ?? 0)).toBe(whole.countedDays);
          whole.lines.forEach((line, index) => {
            const parts = new Big(first.lines[index]?.amount ?? "NaN").plus(
              second.lines[index]?.amount ?? "NaN",
            );
            expect(parts.minus(line.amount).abs().lte("0.01")).toBe(true);
          });
        },
      ),
      { numRuns: 500 },
    );
  });

  it("a contract window never adds value", () => {
    fc.assert(
      fc.property(periodInput, (input) => {
        const within = valued(input);
        const unbounded = valued({ ...input, contractStart: null, contractEnd: null });
        expect(cents(within.total).lte(cents(unbounded.total))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
