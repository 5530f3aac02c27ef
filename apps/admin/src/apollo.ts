// The app's one Apollo Client, and the router's way to start a route's query before it renders.
import { ApolloClient, HttpLink, InMemoryCache, type StoreObject } from "@apollo/client";
import { createQueryPreloader } from "@apollo/client/react";
import { POSSIBLE_TYPES } from "./possible-types";

export const client = new ApolloClient({
  // Relative: in production the API serves this app and GraphQL on the same port.
  link: new HttpLink({ uri: "/graphql" }),
  cache: new InMemoryCache({
    possibleTypes: POSSIBLE_TYPES,
    typePolicies: {
      Region: { keyFields: ["code"] },
      CatalogueVersion: { keyFields: ["key"] },
      // A block or bonus code is unique only within its catalogue version: keep them inside it.
      Block: { keyFields: false },
      Bonus: { keyFields: false },
      Me: {
        fields: {
          // Memberships have no id of their own: queries that select different fields of them
          // (the login guard, a page's scope) add to each other instead of replacing the list,
          // which would leave the other query incomplete in the cache.
          memberships: {
            merge(existing: StoreObject[] | undefined, incoming: StoreObject[], { mergeObjects }) {
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

export const preloadQuery = createQueryPreloader(client);
