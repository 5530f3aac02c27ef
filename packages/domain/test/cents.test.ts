// Integer cents against big.js: the same rounding (half up, once), comparisons and texts.
import Big from "big.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  centsToMoneyString,
  compareScaled,
  exactCents,
  MAX_CENTS,
  parseScaled,
  safeCents,
  scaled,
  scaledToString,
  sumCents,
} from "../src/cents.js";
import { formatEuro, formatNumber, formatScaledEuro, formatScaledNumber } from "../src/format.js";
import { divideToCents, toMoneyString } from "../src/money.js";

/** Signed decimal text with up to 25 digits and up to 12 decimals: both number and bigint units. */
const decimalText = fc
  .tuple(fc.boolean(), fc.bigInt(0n, 10n ** 25n), fc.integer({ min: 0, max: 12 }))
  .map(([negative, units, decimals]) => {
    const digits = units.toString().padStart(decimals + 1, "0");
    const text =
      decimals === 0 ? digits : `${digits.slice(0, -decimals)}.${digits.slice(-decimals)}`;
    return negative ? `-${text}` : text;
  });
/** Up to 1000 with 2 decimals: a product of two over a third stays below 2^53 in cents. */
const smallDecimalText = fc
  .tuple(fc.integer({ min: 0, max: 100_000 }), fc.integer({ min: 0, max: 2 }))
  .map(([units, decimals]) => new Big(units).div(10 ** decimals).toFixed(decimals));

function product(texts: readonly string[]): Big {
  return texts.reduce((p, t) => p.times(t), new Big(1));
}

describe("exactCents", () => {
  it("rounds half up, away from zero, once", () => {
    const cents = (n: string[], d: string[] = []) => exactCents(n.map(scaled), d.map(scaled));
    expect(cents(["0.005"])).toBe(1);
    expect(cents(["0.00499999"])).toBe(0);
    expect(cents(["-0.005"])).toBe(-1);
    expect(cents(["-0.00499"])).toBe(0);
    // 40000 × 24 × 182 / (36 × 365) = 13296.8036… (docs/domain.md's worked example)
    expect(cents(["40000", "24", "182"], ["36", "365"])).toBe(1_329_680);
    // 1 / 8 = 0.125 → 0.13; 1 / 3 = 0.333… → 0.33
    expect(cents(["1"], ["8"])).toBe(13);
    expect(cents(["1"], ["3"])).toBe(33);
    expect(() => cents(["1"], ["0.00"])).toThrow(RangeError);
  });

  it("equals big.js's division to cents on random products, on numbers and on bigints", () => {
    fc.assert(
      fc.property(
        fc.array(decimalText, { minLength: 1, maxLength: 3 }),
        fc.array(decimalText, { maxLength: 2 }),
        (numerator, denominator) => {
          const bottom = product(denominator);
          fc.pre(!bottom.eq(0));
          const expected = divideToCents(product(numerator), bottom);
          const actual = exactCents(numerator.map(scaled), denominator.map(scaled));
          expect(centsToMoneyString(actual)).toBe(toMoneyString(expected));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it("equals big.js on everyday sizes, where it stays on numbers", () => {
    fc.assert(
      fc.property(smallDecimalText, smallDecimalText, smallDecimalText, (a, b, c) => {
        fc.pre(!new Big(c).eq(0));
        const actual = exactCents([scaled(a), scaled(b)], [scaled(c)]);
        expect(typeof actual).toBe("number");
        expect(centsToMoneyString(actual)).toBe(
          toMoneyString(divideToCents(new Big(a).times(b), new Big(c))),
        );
      }),
      { numRuns: 3000 },
    );
  });
});

describe("the exact range", () => {
  it("keeps 2^53 − 1 cents and refuses one more", () => {
    expect(MAX_CENTS).toBe(9_007_199_254_740_991);
    expect(safeCents(exactCents([scaled("90071992547409.91")]))).toBe(MAX_CENTS);
    expect(centsToMoneyString(MAX_CENTS)).toBe("90071992547409.91");
    expect(exactCents([scaled("90071992547409.92")])).toBe(9_007_199_254_740_992n);
    expect(() => safeCents(exactCents([scaled("90071992547409.92")]))).toThrow(
      /beyond the exact range/,
    );
    expect(sumCents([MAX_CENTS - 1, 1])).toBe(MAX_CENTS);
    expect(() => sumCents([MAX_CENTS, 1])).toThrow(RangeError);
  });
});

describe("parse, compare and write", () => {
  it("reads what money.ts's decimal reads, and nothing else", () => {
    expect(parseScaled(" 12.50 ")).toEqual({ units: 125, scale: 1 });
    expect(parseScaled("40000.00")).toEqual({ units: 40000, scale: 0 });
    expect(parseScaled("-0")).toEqual({ units: 0, scale: 0 });
    expect(parseScaled("12345678901234567890.5")).toEqual({
      units: 123456789012345678905n,
      scale: 1,
    });
    for (const text of ["", "abc", "1,5", "1e3", ".5", "5.", "+1", "1 2"]) {
      expect(parseScaled(text)).toBeNull();
    }
  });

  it("compares and writes as big.js does", () => {
    fc.assert(
      fc.property(decimalText, decimalText, (a, b) => {
        const x = scaled(a);
        const y = scaled(b);
        expect(compareScaled(x, y)).toBe(new Big(a).cmp(b));
        expect(scaledToString(x)).toBe(new Big(a).toString());
        expect(formatScaledNumber(x)).toBe(formatNumber(a));
        expect(formatScaledEuro(x)).toBe(formatEuro(a));
      }),
      { numRuns: 3000 },
    );
    // big.js writes the exponent form from 10⁻⁷ down
    expect(scaledToString(scaled("0.0000001"))).toBe("1e-7");
    expect(scaledToString(scaled("0.000001"))).toBe("0.000001");
  });
});
