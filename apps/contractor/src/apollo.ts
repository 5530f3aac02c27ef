// The app's one Apollo Client, and the router's way to start a route's query before it renders.
import {
  ApolloClient,
  ApolloLink,
  CombinedGraphQLErrors,
  HttpLink,
  InMemoryCache,
} from "@apollo/client";
import { ErrorLink } from "@apollo/client/link/error";
import { createQueryPreloader } from "@apollo/client/react";

/** The name of the query that says who is logged in (routes/login-session.tsx). */
const ME_QUERY = "PortalMe";

// A session can end outside this page: "overal uitloggen" elsewhere, or expiry. When the API says
// so, ask again who is logged in, so the header stops naming someone; the page shows "Log opnieuw in".
const sessionEnded = new ErrorLink(({ error, operation }) => {
  if (operation.operationName === ME_QUERY || !CombinedGraphQLErrors.is(error)) return;
  if (error.errors.some((item) => item.extensions?.code === "UNAUTHENTICATED")) {
    void client.refetchQueries({ include: [ME_QUERY] });
  }
});

export const client = new ApolloClient({
  // Relative: in production the API serves this app and GraphQL on the same port.
  link: ApolloLink.from([sessionEnded, new HttpLink({ uri: "/graphql" })]),
  cache: new InMemoryCache({
    typePolicies: {
      Region: { keyFields: ["code"] },
      CatalogueVersion: { keyFields: ["key"] },
      // A block or bonus code is unique only within its catalogue version: keep them inside it.
      Block: { keyFields: false },
      Bonus: { keyFields: false },
      Municipality: { keyFields: ["code"] },
      // Parts of a contract without an identity of their own: a newer answer completes the older.
      ContractObligation: { merge: true },
      ContactDeadline: { merge: true },
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
