// The Apollo client both apps use, against the API's printed schema executed in-process: what the
// cache keeps of an answer depends on its configuration, so the test goes through a real client.
import { readFileSync } from "node:fs";
import { gql, HttpLink } from "@apollo/client";
import { buildSchema, graphql } from "graphql";
import { describe, expect, it } from "vitest";
import { createApolloClient } from "../src/index.js";

const schema = buildSchema(
  readFileSync(new URL("../../../apps/api/schema.graphql", import.meta.url), "utf8"),
);

/** A client whose requests are answered by the schema with these root values, over HttpLink. */
function clientAnswering(rootValue: Record<string, unknown>) {
  const link = new HttpLink({
    uri: "http://localhost/graphql",
    fetch: async (_url, init) => {
      const { query, variables } = JSON.parse(String(init?.body));
      const result = await graphql({ schema, source: query, variableValues: variables, rootValue });
      return new Response(JSON.stringify(result), {
        headers: { "content-type": "application/json" },
      });
    },
  });
  return createApolloClient({ link }).client;
}

// As the portal's contact form asks it, with the shared fragment (error-fragment.ts).
const RequestIntake = gql`
  mutation RequestIntake($contractId: ID!, $message: String!) {
    requestIntake(contractId: $contractId, message: $message) {
      __typename
      ... on Contract {
        id
      }
      ...ErrorMessage
    }
  }
  fragment ErrorMessage on Error {
    message
  }
`;

describe("createApolloClient", () => {
  it("keeps the Dutch message of an error type read through the Error interface", async () => {
    const reason = "U heeft voor deze opdracht al contact opgenomen met het WSP.";
    const client = clientAnswering({
      requestIntake: () => ({ __typename: "NotAllowedError", message: reason }),
    });
    const { data } = await client.mutate({
      mutation: RequestIntake,
      variables: { contractId: "c1", message: "Graag een intake" },
    });
    expect(data).toEqual({ requestIntake: { __typename: "NotAllowedError", message: reason } });
  });
});
