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
      ...ErrorMessage
    }
  }
`);

/** The lists of versions: the gemeenten's (cached by code) and the lists that hold them. */
export function forgetPolicies() {
  for (const id of Object.keys(client.cache.extract() as Record<string, unknown>)) {
    if (id.startsWith("Municipality:")) client.cache.evict({ id, fieldName: "policies" });
  }
  client.cache.evict({ id: "ROOT_QUERY", fieldName: "municipalities" });
  client.cache.evict({ id: "ROOT_QUERY", fieldName: "comparePolicies" });
  client.cache.gc();
}
