// Decimal and Date scalars. Money crosses the wire as an exact string ("40000.00") so no client
// ever parses it into a binary float by accident.
import type { Prisma } from "@prisma/client";
import { toIsoDate } from "@sroi/db";
import { isDecimalString } from "@sroi/domain";
import { GraphQLError, Kind } from "graphql";
import { builder } from "../builder.js";

builder.scalarType("Decimal", {
  description: 'Exact decimal number as a string, e.g. "40000.00" (euros) or "0.50" (a share)',
  serialize: (value) => value,
  parseValue: (value) => {
    if (typeof value !== "string" || !isDecimalString(value)) {
      throw new GraphQLError('Decimal must be a string such as "40000.00"');
    }
    return value.trim();
  },
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING || !isDecimalString(ast.value)) {
      throw new GraphQLError('Decimal must be a string such as "40000.00"');
    }
    return ast.value.trim();
  },
});

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

builder.scalarType("Date", {
  description: "Calendar date without time zone, yyyy-mm-dd",
  serialize: (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
  parseValue: (value) => {
    if (typeof value !== "string" || !ISO_DATE.test(value)) {
      throw new GraphQLError("Date must be a string yyyy-mm-dd");
    }
    return value;
  },
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING || !ISO_DATE.test(ast.value)) {
      throw new GraphQLError("Date must be a string yyyy-mm-dd");
    }
    return ast.value;
  },
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
