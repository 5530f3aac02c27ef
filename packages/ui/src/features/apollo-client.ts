// The Apollo Client of both apps: one cache configuration, so a shared feature reads the same
// entries in either app, and the schema's possible types, generated from schema.graphql.
import {
  ApolloClient,
  ApolloLink,
  CombinedGraphQLErrors,
  HttpLink,
  InMemoryCache,
  type StoreObject,
} from "@apollo/client";
import { ErrorLink } from "@apollo/client/link/error";
import { createQueryPreloader, type PreloadQueryFunction } from "@apollo/client/react";
import { getOperationAST } from "graphql";
import possibleTypesResult from "../gql/possible-types.js";
import { MeQuery } from "./auth/operations.js";

export interface ApolloClientOptions {
  /**
   * What sends the operations to the API. By default relative "/graphql": in production the API
   * serves both apps and GraphQL on one port, and in development Vite proxies it.
   */
  link?: ApolloLink;
}

export interface AppApolloClient {
  client: ApolloClient;
  /** The router's way to start a route's query before it renders */
  preloadQuery: PreloadQueryFunction;
}

/**
 * Types the cache identifies by a field other than id: every query that selects one must select
 * that field too (checked over the apps' documents by src/testing/cache-keys.ts).
 */
export const CACHE_KEY_FIELDS: Readonly<Record<string, readonly string[]>> = {
  Region: ["code"],
  Municipality: ["code"],
  CatalogueVersion: ["key"],
};

export function createApolloClient({
  link = new HttpLink({ uri: "/graphql" }),
}: ApolloClientOptions = {}): AppApolloClient {
  const meOperation = getOperationAST(MeQuery)?.name?.value;
  // A session can end outside this page: "overal uitloggen" elsewhere, or expiry. When the API
  // says so, ask again who is logged in, so the header stops naming someone; the page shows
  // "Log opnieuw in".
  const sessionEnded = new ErrorLink(({ error, operation }) => {
    if (operation.operationName === meOperation || !CombinedGraphQLErrors.is(error)) return;
    if (error.errors.some((item) => item.extensions?.code === "UNAUTHENTICATED")) {
      void client.refetchQueries({ include: [MeQuery] });
    }
  });
  const client: ApolloClient = new ApolloClient({
    link: ApolloLink.from([sessionEnded, link]),
    cache: new InMemoryCache({
      possibleTypes: possibleTypesResult.possibleTypes,
      typePolicies: {
        ...Object.fromEntries(
          Object.entries(CACHE_KEY_FIELDS).map(([type, keys]) => [type, { keyFields: [...keys] }]),
        ),
        // A block or bonus code is unique only within its catalogue version: keep them inside it.
        Block: { keyFields: false },
        Bonus: { keyFields: false },
        // Parts of a contract without an identity of their own: a newer answer completes the older.
        ContractObligation: { merge: true },
        ContactDeadline: { merge: true },
        Me: {
          fields: {
            // Memberships have no id of their own: queries that select different fields of them
            // (the login guard, a page's scope) add to each other instead of replacing the list,
            // which would leave the other query incomplete in the cache.
            memberships: {
              merge(
                existing: StoreObject[] | undefined,
                incoming: StoreObject[],
                { mergeObjects },
              ) {
                return incoming.map((membership, index) => {
                  const before = existing?.[index];
                  return before === undefined ? membership : mergeObjects(before, membership);
                });
              },
            },
          },
        },
        Query: {
          fields: {
            // A version already in the cache (e.g. from the list) answers what it can without a
            // request; fields it lacks, such as its blocks, are still fetched.
            catalogueVersion(existing, { args, toReference }) {
              if (existing !== undefined || typeof args?.key !== "string") return existing;
              return toReference({ __typename: "CatalogueVersion", key: args.key });
            },
          },
        },
      },
    }),
  });
  return { client, preloadQuery: createQueryPreloader(client) };
}
