// Exact decimal money. big.js keeps every amount as a base-10 decimal, so 0.1 + 0.2 is 0.3 and a
// catalogue amount of "40000.00" stays exact; binary floating point never enters a money path.
// big.js is chosen over decimal.js for size (the apps ship it to the browser) and because money
// needs only +, −, ×, ÷ and half-up rounding.
import Big from "big.js";

export type Decimal = Big;

/** A private Big constructor, so settings here never leak into callers' own big.js use. */
const Exact = Big();
Exact.DP = 40;
Exact.RM = Exact.roundHalfUp;
Exact.strict = false;

const DECIMAL_PATTERN = /^-?\d+(\.\d+)?$/;

export function isDecimalString(text: string): boolean {
  return DECIMAL_PATTERN.test(text.trim());
}

/**
 * A money amount as the API takes it: not negative, at most 12 whole digits (below a trillion
 * euros, within the database's NUMERIC(14,2)) and at most 2 decimals: "40000", "40000.5", "0.01".
 * The one definition of a valid amount; forms and services ask this, never their own pattern.
 */
export const MONEY_AMOUNT_PATTERN = /^\d{1,12}(\.\d{1,2})?$/;

export function isMoneyAmount(text: string): boolean {
  return MONEY_AMOUNT_PATTERN.test(text.trim());
}

/** Parses a decimal string ("40000.00", "0.5"). Throws on anything that is not a plain decimal. */
export function decimal(value: string | number | Big): Big {
  if (value instanceof Big) return new Exact(value);
  if (typeof value === "number") {
    if (!Number.isSafeInteger(value)) {
      throw new TypeError(`Only whole numbers may be passed as numbers, got ${value}`);
    }
    return new Exact(value);
  }
  const text = value.trim();
  if (!DECIMAL_PATTERN.test(text)) throw new TypeError(`Not a decimal number: "${value}"`);
  return new Exact(text);
}

export const ZERO = decimal(0);

/** Rounds half up (away from zero for .5) to whole cents. */
export function roundToCents(value: Big): Big {
  return new Exact(value).round(2, Exact.roundHalfUp);
}

/**
 * numerator ÷ denominator rounded half up to cents, exactly: big.js rounds a division correctly at
 * the requested number of places, so the one rounding step happens on the true quotient.
 */
export function divideToCents(numerator: Big, denominator: Big): Big {
  if (denominator.eq(0)) throw new RangeError("Division by zero");
  const Cents = Big();
  Cents.DP = 2;
  Cents.RM = Cents.roundHalfUp;
  return new Cents(numerator).div(new Cents(denominator));
}

/** "40000.00": the exact string form used on the wire and in the database. */
export function toMoneyString(value: Big): string {
  return roundToCents(value).toFixed(2);
}

export function sum(values: Iterable<Big>): Big {
  let total = ZERO;
  for (const value of values) total = total.plus(value);
  return total;
}
