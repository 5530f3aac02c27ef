// The policy mutations more than one page uses, and forgetting the cached lists they change.
import { client } from "../apollo";
import { graphql } from "../gql";

export const CreatePolicyDraftMutation = graphql(`
  mutation AdminCreatePolicyDraft($municipalityCode: String!) {
    createPolicyDraft(municipalityCode: $municipalityCode) {
      __typename
      ... on Policy {
        id
      }
      ... on Error {
        message
      }
    }
  }
`);

/** Gemeenten are not normalised (they have no id): the lists of versions live in the query. */
export function forgetPolicies() {
  client.cache.evict({ id: "ROOT_QUERY", fieldName: "municipalities" });
  client.cache.evict({ id: "ROOT_QUERY", fieldName: "comparePolicies" });
  client.cache.gc();
}
