// The app's one Apollo Client, and the router's way to start a route's query before it renders.
import { ApolloClient, HttpLink, InMemoryCache } from "@apollo/client";
import { createQueryPreloader } from "@apollo/client/react";

export const client = new ApolloClient({
  // Relative: in production the API serves this app and GraphQL on the same port.
  link: new HttpLink({ uri: "/graphql" }),
  cache: new InMemoryCache({
    typePolicies: {
      Region: { keyFields: ["code"] },
      CatalogueVersion: { keyFields: ["key"] },
      // A block or bonus code is unique only within its catalogue version: keep them inside it.
      Block: { keyFields: false },
      Bonus: { keyFields: false },
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
