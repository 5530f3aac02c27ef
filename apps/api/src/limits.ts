// How much one GraphQL request may ask for. Without these, a 670-byte query that doubles at each
// level answered 7.9 MB and blocked the server for seconds, and 1,000 aliases of a page of
// contracts stalled it for 49 s. The numbers are sized on the apps' own operations
// (test/limits.test.ts checks every one of them against these rules, as the apps send them):
// the deepest is 8 levels, the costliest about 1,050, at most 2 aliases and 1 directive,
// under 300 tokens. Each limit leaves room to grow without leaving room to attack.

import type { ApolloServerPlugin } from "@apollo/server";
import { costLimitRule } from "@escape.tech/graphql-armor-cost-limit";
import { maxAliasesRule } from "@escape.tech/graphql-armor-max-aliases";
import { maxDepthRule } from "@escape.tech/graphql-armor-max-depth";
import { maxDirectivesRule } from "@escape.tech/graphql-armor-max-directives";
import {
  type DocumentNode,
  GraphQLError,
  type GraphQLSchema,
  NoSchemaIntrospectionCustomRule,
  type ParseOptions,
  type ValidationContext,
  type ValidationRule,
  validate,
} from "graphql";
import type { Context } from "./context.js";

export const LIMITS = {
  /** nesting of selections; the apps reach 8 */
  depth: 10,
  /**
   * GraphQL Armor's cost: 2 per object, 1 per scalar, ×1.5 per level, × a literal first/last; the
   * apps reach about 1,050
   */
  cost: 5_000,
  /** the apps use 2 */
  aliases: 10,
  directives: 10,
  /** lexical tokens of the whole document; the apps stay under 300 */
  tokens: 2_000,
} as const;

function refuse(message: string, limit: keyof typeof LIMITS) {
  return (context: ValidationContext | null) => {
    context?.reportError(
      new GraphQLError(message, { extensions: { code: "GRAPHQL_VALIDATION_FAILED", limit } }),
    );
  };
}

/** Armor's rules with our numbers and Dutch refusals; they run with graphql-js's own rules. */
export const limitRules: ValidationRule[] = [
  maxDepthRule({
    n: LIMITS.depth,
    ignoreIntrospection: false,
    flattenFragments: true,
    propagateOnRejection: false,
    onReject: [refuse(`Deze vraag is te diep genest: hooguit ${LIMITS.depth} niveaus.`, "depth")],
  }),
  costLimitRule({
    maxCost: LIMITS.cost,
    ignoreIntrospection: true,
    propagateOnRejection: false,
    onReject: [refuse("Deze vraag vraagt te veel gegevens tegelijk; splits haar op.", "cost")],
  }),
  maxAliasesRule({
    n: LIMITS.aliases,
    propagateOnRejection: false,
    onReject: [
      refuse(`Deze vraag gebruikt te veel aliassen: hooguit ${LIMITS.aliases}.`, "aliases"),
    ],
  }),
  maxDirectivesRule({
    n: LIMITS.directives,
    propagateOnRejection: false,
    onReject: [
      refuse(`Deze vraag gebruikt te veel directives: hooguit ${LIMITS.directives}.`, "directives"),
    ],
  }),
];

/** graphql-js stops parsing past this many tokens, before any document is built. */
export const limitParseOptions: ParseOptions = { maxTokens: LIMITS.tokens };

/** True when the document asks for the schema itself (__schema, __type). */
export function asksForSchema(schema: GraphQLSchema, document: DocumentNode): boolean {
  return validate(schema, document, [NoSchemaIntrospectionCustomRule]).length > 0;
}

/**
 * The schema is published (schema.graphql), but a production server does not hand it, or
 * suggestions of field names, to callers who have not logged in: that only helps someone probing.
 * Development and tests keep introspection open for the tools. Suggestions are stripped in
 * errors-masking.ts.
 */
export function schemaPrivacyPlugin(production: boolean): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, document, schema }) {
          if (!production || contextValue.viewer) return;
          if (asksForSchema(schema, document)) {
            throw new GraphQLError(
              "Het schema is gepubliceerd als schema.graphql; opvragen kan alleen na inloggen.",
              { extensions: { code: "FORBIDDEN", http: { status: 403 } } },
            );
          }
        },
      };
    },
  };
}
