// Decimal and Date scalars. Money crosses the wire as an exact string ("40000.00") so no client
// ever parses it into a binary float by accident. Both refuse what the database would mangle or
// choke on (a 13th month, 30 February, a number wider than any column) before a resolver runs;
// the ranges per field (hours, amounts) are the services' business.
import type { Prisma } from "@prisma/client";
import { toIsoDate } from "@sroi/db";
import { DATE_RANGE, isDecimalString } from "@sroi/domain";
import { Kind, type ValueNode } from "graphql";
import { builder } from "../builder.js";

/**
 * A scalar value that is not acceptable. Its message is Dutch; graphql-js wraps it in English
 * ("Variable "$x" got invalid value…"), and the error formatter (errors-masking.ts) finds it as
 * the original error and answers it instead. A plain Error, so graphql-js keeps it as original.
 */
export class ScalarInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ScalarInputError";
  }
}

/** Wider than every NUMERIC column (14,2 at most) and finer than any rule needs. */
const DECIMAL_SHAPE = /^-?\d{1,12}(\.\d{1,6})?$/;

export function parseDecimalInput(value: unknown): string {
  if (typeof value !== "string" || !isDecimalString(value)) {
    throw new ScalarInputError('Een getal of bedrag moet als tekst komen, zoals "40000.00".');
  }
  const trimmed = value.trim();
  if (!DECIMAL_SHAPE.test(trimmed)) {
    throw new ScalarInputError(
      "Dit getal is te groot of te precies: hooguit 12 cijfers voor en 6 na de komma.",
    );
  }
  return trimmed;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function parseDateInput(value: unknown): string {
  const match = typeof value === "string" ? ISO_DATE.exec(value) : null;
  if (!match) throw new ScalarInputError("Een datum moet de vorm jjjj-mm-dd hebben.");
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < DATE_RANGE.firstYear || year > DATE_RANGE.lastYear) {
    throw new ScalarInputError(
      `Een datum moet tussen ${DATE_RANGE.firstYear} en ${DATE_RANGE.lastYear} liggen.`,
    );
  }
  // Date.UTC rolls 30 February over into March; a real date survives the round trip unchanged.
  const date = new Date(Date.UTC(year, month - 1, day));
  if (
    date.getUTCFullYear() !== year ||
    date.getUTCMonth() !== month - 1 ||
    date.getUTCDate() !== day
  ) {
    throw new ScalarInputError(`${value} is geen bestaande datum.`);
  }
  return value as string;
}

function literal(ast: ValueNode): unknown {
  return ast.kind === Kind.STRING ? ast.value : undefined;
}

builder.scalarType("Decimal", {
  description: 'Exact decimal number as a string, e.g. "40000.00" (euros) or "0.50" (a share)',
  serialize: (value) => value,
  parseValue: parseDecimalInput,
  parseLiteral: (ast) => parseDecimalInput(literal(ast)),
});

builder.scalarType("Date", {
  description: `Calendar date without time zone, yyyy-mm-dd, in the years ${DATE_RANGE.firstYear}–${DATE_RANGE.lastYear}`,
  serialize: (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
  parseValue: parseDateInput,
  parseLiteral: (ast) => parseDateInput(literal(ast)),
});

/**
 * Prisma hands numeric columns back as decimal.js values, whose toString drops trailing zeros;
 * money always goes out with two places, other decimals as written.
 */
export function decimalOut(value: Prisma.Decimal, minPlaces = 0): string {
  return value.decimalPlaces() < minPlaces ? value.toFixed(minPlaces) : value.toString();
}

/** A nullable date column as yyyy-mm-dd. */
export const optionalDate = (value: Date | null) => (value ? toIsoDate(value) : null);

/** A nullable decimal column as written (hours, days, counts). */
export const optionalDecimal = (value: { toString(): string } | null) =>
  value === null ? null : value.toString();
