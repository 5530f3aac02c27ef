// Exact decimals as integers, for the valuation's hot path (docs/decisions/0005-big-js-for-money.md).
// A decimal is an integer and a power of ten ("12.50" is 125 × 10⁻¹); a product of decimals
// divided by another is rounded half up to whole cents once, in integer arithmetic. JavaScript
// numbers hold every integer exactly up to 2^53 − 1 (Number.MAX_SAFE_INTEGER): as cents that is
// € 90.071.992.547.409,91. Below it the arithmetic runs on numbers; a product beyond it is worked
// out with bigint, so the rounding is exact whatever the inputs, and a money amount beyond it is
// refused (CentsOverflowError) rather than carried as an inexact number. big.js stays at the edge:
// only to write the rare number that big.js itself would write in exponent form.
import Big from "big.js";

/**
 * An exact decimal: `units` × 10^−`scale`, without trailing zeros after the point, so "12.50" and
 * "12.5" are both { units: 125, scale: 1 } and a whole number has scale 0. `units` is a number
 * while it is a safe integer and a bigint beyond.
 */
export interface Scaled {
  readonly units: number | bigint;
  readonly scale: number;
}

/** The largest amount of cents a money amount may have: 2^53 − 1, € 90.071.992.547.409,91. */
export const MAX_CENTS = Number.MAX_SAFE_INTEGER;

/** A money amount beyond MAX_CENTS: it cannot be kept exactly as a number of cents. */
export class CentsOverflowError extends RangeError {
  constructor(cents: number | bigint) {
    super(`${cents} cents is beyond the exact range of ${MAX_CENTS} cents`);
  }
}

const DECIMAL = /^\s*(-?)(\d+)(?:\.(\d+))?\s*$/;

/** Exact powers of ten as numbers: 10^22 is the last one a double holds exactly. */
const POWERS_OF_TEN = Array.from({ length: 23 }, (_, k) => 10 ** k);

/** A plain decimal ("40000.00", " 12.5 ", "-3") as a Scaled, or null when it is not one. */
export function parseScaled(text: string): Scaled | null {
  const match = DECIMAL.exec(text);
  if (match === null) return null;
  const [, sign, whole = "0", fraction = ""] = match;
  let end = fraction.length;
  while (end > 0 && fraction.charCodeAt(end - 1) === 48 /* "0" */) end--;
  const digits = end === 0 ? whole : whole + fraction.slice(0, end);
  const asNumber = Number(digits);
  const units: number | bigint = Number.isSafeInteger(asNumber) ? asNumber : BigInt(digits);
  // "-0" is zero, not negative, as big.js has it
  const negative = sign === "-" && units !== 0;
  return { units: negative ? -units : units, scale: end };
}

/** parseScaled for text that must be a decimal: a TypeError otherwise, as money.ts's decimal. */
export function scaled(text: string): Scaled {
  const value = parseScaled(text);
  if (value === null) throw new TypeError(`Not a decimal number: "${text}"`);
  return value;
}

/** A whole number (a count of days, a constant) as a Scaled. */
export function wholeScaled(value: number): Scaled {
  if (!Number.isSafeInteger(value)) throw new TypeError(`Not a safe whole number: ${value}`);
  return { units: value, scale: 0 };
}

export function isNegative(value: Scaled): boolean {
  return value.units < 0;
}

export function isWhole(value: Scaled): boolean {
  return value.scale === 0;
}

/** −1, 0 or 1 as a is below, equal to or above b. */
export function compareScaled(a: Scaled, b: Scaled): -1 | 0 | 1 {
  const scale = Math.max(a.scale, b.scale);
  let left: number | bigint = a.units;
  let right: number | bigint = b.units;
  if (typeof left === "number" && typeof right === "number") {
    left *= POWERS_OF_TEN[scale - a.scale] ?? Number.POSITIVE_INFINITY;
    right *= POWERS_OF_TEN[scale - b.scale] ?? Number.POSITIVE_INFINITY;
    if (!Number.isSafeInteger(left) || !Number.isSafeInteger(right)) {
      left = BigInt(a.units) * 10n ** BigInt(scale - a.scale);
      right = BigInt(b.units) * 10n ** BigInt(scale - b.scale);
    }
  } else {
    left = BigInt(a.units) * 10n ** BigInt(scale - a.scale);
    right = BigInt(b.units) * 10n ** BigInt(scale - b.scale);
  }
  return left < right ? -1 : left > right ? 1 : 0;
}

/**
 * The product of `numerator` divided by the product of `denominator`, in cents, rounded half up
 * (away from zero) once: what big.js gives for the same division with 2 decimals and half-up
 * rounding. Exact for any inputs; a number while the result fits, else a bigint.
 */
export function exactCents(
  numerator: readonly Scaled[],
  denominator: readonly Scaled[] = [],
): number | bigint {
  // cents are hundredths: 10² over the numerator's powers of ten, times the denominator's
  let exponent = 2;
  let top = 1;
  let bottom = 1;
  let fits = true;
  for (const factor of numerator) {
    if (typeof factor.units !== "number") fits = false;
    else top *= factor.units;
    exponent -= factor.scale;
  }
  for (const factor of denominator) {
    if (typeof factor.units !== "number") fits = false;
    else bottom *= factor.units;
    exponent += factor.scale;
  }
  if (bottom === 0) throw new RangeError("Division by zero");
  const power = POWERS_OF_TEN[Math.abs(exponent)] ?? Number.POSITIVE_INFINITY;
  if (exponent >= 0) top *= power;
  else bottom *= power;
  // A product of safe integers is exact if it is itself safe; once beyond, it cannot come back.
  if (fits && Number.isSafeInteger(top) && Number.isSafeInteger(bottom)) {
    return divideHalfUp(top, bottom);
  }
  return divideHalfUpBig(
    numerator.reduce((product, factor) => product * BigInt(factor.units), 1n),
    denominator.reduce((product, factor) => product * BigInt(factor.units), 1n),
    exponent,
  );
}

function divideHalfUp(top: number, bottom: number): number {
  const negative = top < 0 !== bottom < 0;
  const n = Math.abs(top);
  const d = Math.abs(bottom);
  // For safe integers the floating quotient never crosses a whole number; the remainder check
  // makes that plain rather than assumed.
  let quotient = Math.floor(n / d);
  let remainder = n - quotient * d;
  if (remainder < 0) {
    quotient -= 1;
    remainder += d;
  } else if (remainder >= d) {
    quotient += 1;
    remainder -= d;
  }
  if (2 * remainder >= d) quotient += 1;
  return negative && quotient !== 0 ? -quotient : quotient;
}

function divideHalfUpBig(top: bigint, bottom: bigint, exponent: number): number | bigint {
  let n = top;
  let d = bottom;
  if (exponent >= 0) n *= 10n ** BigInt(exponent);
  else d *= 10n ** BigInt(-exponent);
  if (d === 0n) throw new RangeError("Division by zero");
  const negative = n < 0n !== d < 0n;
  if (n < 0n) n = -n;
  if (d < 0n) d = -d;
  let quotient = n / d;
  if (2n * (n % d) >= d) quotient += 1n;
  if (negative) quotient = -quotient;
  return quotient >= BigInt(-MAX_CENTS) && quotient <= BigInt(MAX_CENTS)
    ? Number(quotient)
    : quotient;
}

/** `cents` as a number, or CentsOverflowError beyond MAX_CENTS either way. */
export function safeCents(cents: number | bigint): number {
  if (typeof cents === "number" && Number.isSafeInteger(cents)) return cents;
  throw new CentsOverflowError(cents);
}

/** The sum of money amounts in cents; CentsOverflowError when it leaves the exact range. */
export function sumCents(values: readonly number[]): number {
  let total = 0;
  for (const value of values) total += value;
  return safeCents(total);
}

/** "40000.00", "-0.05": cents as the money string used on the wire and in the database. */
export function centsToMoneyString(cents: number | bigint): string {
  const negative = cents < 0;
  const digits = String(negative ? -cents : cents).padStart(3, "0");
  return `${negative ? "-" : ""}${digits.slice(0, -2)}.${digits.slice(-2)}`;
}

/** "12.5", "40000", "0.000001": what big.js's toString writes for the same decimal. */
export function scaledToString(value: Scaled): string {
  const negative = value.units < 0;
  const digits = String(negative ? -value.units : value.units);
  if (digits === "0") return "0";
  // big.js writes the exponent form from 10⁻⁷ down and from 10²¹ up
  const exponent = digits.length - 1 - value.scale;
  const plain =
    value.scale === 0
      ? digits
      : digits.length > value.scale
        ? `${digits.slice(0, -value.scale)}.${digits.slice(-value.scale)}`
        : `0.${"0".repeat(value.scale - digits.length)}${digits}`;
  if (exponent <= -7 || exponent >= 21) return new Big(`${negative ? "-" : ""}${plain}`).toString();
  return negative ? `-${plain}` : plain;
}

/** value × 10^k, for k ≥ 0. */
export function shiftScaled(value: Scaled, k: number): Scaled {
  if (value.scale >= k) return { units: value.units, scale: value.scale - k };
  const factor = k - value.scale;
  const shifted = typeof value.units === "number" ? value.units * 10 ** factor : Number.NaN;
  return {
    units: Number.isSafeInteger(shifted) ? shifted : BigInt(value.units) * 10n ** BigInt(factor),
    scale: 0,
  };
}
