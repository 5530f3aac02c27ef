// The policy mutations more than one page uses, and forgetting the cached lists they change.
import { useMutation } from "@apollo/client/react";
import type { FlashState } from "@sroi/ui";
import { useNavigate } from "react-router";
import { client } from "../apollo";
import { outcomeOf } from "../forms/outcome";
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

export const DeletePolicyDraftMutation = graphql(`
  mutation AdminDeletePolicyDraft($id: ID!) {
    deletePolicyDraft(id: $id) {
      __typename
      ... on DeleteResult {
        deleted
      }
      ...ErrorMessage
    }
  }
`);

/** The edit page of a draft just made: "Annuleren" there removes the draft again. */
export interface NewPolicyDraftState extends FlashState {
  newDraft?: boolean;
}

/**
 * Makes a draft for the gemeente and opens it in the form, marked as new; for a ConfirmAction:
 * resolves to the message when it was refused, null when done.
 */
export function useStartPolicyDraft(): (municipalityCode: string) => Promise<string | null> {
  const navigate = useNavigate();
  const [createDraft] = useMutation(CreatePolicyDraftMutation);
  return async (municipalityCode) => {
    const { data } = await createDraft({ variables: { municipalityCode } });
    const outcome = outcomeOf(data?.createPolicyDraft, "Policy");
    if (outcome.kind !== "ok") return outcome.message;
    forgetPolicies();
    const state: NewPolicyDraftState = {
      flash: "Er is een nieuwe conceptversie gemaakt, als kopie van het beleid dat nu geldt.",
      newDraft: true,
    };
    navigate(`/beleid/${encodeURIComponent(outcome.value.id)}/bewerken`, { state });
    return null;
  };
}

/** Deletes a policy draft; resolves to the message when it failed, null when done. */
export function useDeletePolicyDraft(): (id: string) => Promise<string | null> {
  const [deleteDraft] = useMutation(DeletePolicyDraftMutation);
  return async (id) => {
    const { data } = await deleteDraft({ variables: { id } });
    const result = data?.deletePolicyDraft;
    if (result?.__typename !== "DeleteResult" || !result.deleted) {
      return result && "message" in result
        ? result.message
        : "Het verwijderen is niet gelukt. Probeer het opnieuw.";
    }
    forgetPolicies();
    return null;
  };
}
