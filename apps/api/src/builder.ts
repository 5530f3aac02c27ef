// The Pothos builder and its plugins. Defines no types: those live in src/schema/<area>.ts.
import SchemaBuilder from "@pothos/core";
import ErrorsPlugin from "@pothos/plugin-errors";
import PrismaPlugin from "@pothos/plugin-prisma";
import RelayPlugin from "@pothos/plugin-relay";
import ScopeAuthPlugin from "@pothos/plugin-scope-auth";
import type PrismaTypes from "@sroi/db/pothos-types";
import { getDatamodel } from "@sroi/db/pothos-types";
import { GraphQLError } from "graphql";
import {
  isContractManager,
  isContractor,
  isManager,
  isPeopleManager,
  isStaff,
  managesOrganisationTree,
} from "./auth/viewer.js";
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
  /**
   * Who may do what, declared on each type and root field (tests/authorization.test.ts checks that
   * every root field declares one). `public` is granted to everyone, including anonymous callers.
   */
  AuthScopes: {
    public: boolean;
    authenticated: boolean;
    platformAdmin: boolean;
    /** gemeente or WSP staff, read-only included */
    staff: boolean;
    /** may change contracts: SR coordinator, WSP consultant, platform admin */
    manager: boolean;
    /** works for a contractor */
    contractor: boolean;
    /** administers a contractor organisation */
    contractorAdmin: boolean;
    /** registers contracts of its own department (contract manager) */
    contractManager: boolean;
    /** manages the people of an organisation (coordinator, WSP lead, contractor admin, platform admin) */
    peopleManager: boolean;
  };
}>({
  defaultFieldNullability: false,
  plugins: [ScopeAuthPlugin, ErrorsPlugin, RelayPlugin, PrismaPlugin],
  scopeAuth: {
    authScopes: (ctx) => ({
      public: true,
      authenticated: ctx.viewer !== null,
      platformAdmin: managesOrganisationTree(ctx.viewer),
      staff: isStaff(ctx.viewer),
      manager: isManager(ctx.viewer),
      contractor: isContractor(ctx.viewer),
      contractorAdmin: (ctx.viewer?.adminOfContractorIds.size ?? 0) > 0,
      contractManager: isContractManager(ctx.viewer),
      peopleManager: isPeopleManager(ctx.viewer),
    }),
    unauthorizedError: (_parent, ctx) =>
      ctx.viewer
        ? new GraphQLError("Je hebt geen toegang tot dit onderdeel.", {
            extensions: { code: "FORBIDDEN" },
          })
        : new GraphQLError("Log eerst in.", { extensions: { code: "UNAUTHENTICATED" } }),
  },
  relay: { clientMutationId: "omit", cursorType: "String" },
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
builder.mutationType({});
