// What the realisation pages select: the contract with its pinned catalogue (to choose a block and
// estimate the value) and a realisation with everything that was entered and reviewed.
import type { ApolloCache } from "@apollo/client";
import { graphql } from "../gql";
import type { PortalRealisationContextFragment } from "../gql/graphql";
import type { PinnedCatalogue } from "./form-values";

export const PortalRealisationContextFields = graphql(`
  fragment PortalRealisationContext on Contract {
    id
    reference
    title
    status
    viewerCan {
      reportRealisation
    }
    municipality {
      ...PortalCarrier
    }
    startDate
    endDate
    obligation {
      catalogueVersion {
        key
        name
        basisHours
        blocks {
          code
          name
          category
          kind
          amount
          share
          maxMonths
          minHoursPerWeek
        }
        bonuses {
          code
          name
          amount
          appliesTo
          oneOff
        }
      }
    }
  }
`);

// The record both apps show (@sroi/ui's RealisationRecord); whether it may be corrected, or why not.
export const PortalRealisationFields = graphql(`
  fragment PortalRealisation on Realisation {
    ...RealisationRecord
    ...RealisationDoubleCounts
    viewerCan {
      correct
    }
    correctRefusal
  }
`);

/** The pinned catalogue in the shape the form and the domain rules take. */
export function pinnedCatalogue(
  contract: PortalRealisationContextFragment,
): (PinnedCatalogue & { name: string }) | null {
  return contract.obligation.catalogueVersion ?? null;
}

/**
 * A new or changed realisation changes the contract's list and its progress: drop both from the
 * cache, so the contract page asks the API again instead of showing the old figures.
 */
export function forgetContractRealisations(cache: ApolloCache, contractId: string) {
  const id = cache.identify({ __typename: "Contract", id: contractId });
  cache.evict({ id, fieldName: "realisations" });
  cache.evict({ id, fieldName: "realisationConnection" });
  cache.evict({ id, fieldName: "realisationCounts" });
  cache.evict({ id, fieldName: "progress" });
  cache.gc();
}
