// The Pothos builder and its plugins. Defines no types: those live in src/schema/<area>.ts.
import SchemaBuilder from "@pothos/core";
import ErrorsPlugin from "@pothos/plugin-errors";
import PrismaPlugin from "@pothos/plugin-prisma";
import type PrismaTypes from "@sroi/db/pothos-types";
import { getDatamodel } from "@sroi/db/pothos-types";
import type { Context } from "./context.js";

export const builder = new SchemaBuilder<{
  Context: Context;
  PrismaTypes: PrismaTypes;
  DefaultFieldNullability: false;
  Scalars: {
    /** exact decimal as a string, e.g. "40000.00"; never a float */
    Decimal: { Input: string; Output: string };
    /** calendar date as yyyy-mm-dd */
    Date: { Input: string; Output: Date | string };
  };
}>({
  defaultFieldNullability: false,
  plugins: [ErrorsPlugin, PrismaPlugin],
  prisma: {
    client: (ctx) => ctx.prisma,
    dmmf: getDatamodel(),
    exposeDescriptions: true,
    filterConnectionTotalCount: true,
    onUnusedQuery: process.env.NODE_ENV === "production" ? null : "warn",
  },
  errors: { defaultTypes: [] },
});

builder.queryType({});
