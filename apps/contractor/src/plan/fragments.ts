// What the plan pages show of the contract around a plan; each version is the shared PlanVersion
// fragment of @sroi/ui, the same in every plan page, so the cache holds one complete version.
import { graphql } from "../gql";

/** The contract as the plan pages need it: its obligation, window and pinned catalogue. */
export const PlanContractFields = graphql(`
  fragment PortalPlanContract on Contract {
    id
    reference
    title
    viewerCan {
      editPlan
    }
    municipality {
      ...PortalCarrier
    }
    startDate
    endDate
    obligation {
      kind
      amount
      policy {
        reportFrequency
      }
      catalogueVersion {
        key
        name
        validFrom
        conceptNote
        basisHours
        region {
          code
        }
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
    plans {
      ...PlanVersion
    }
  }
`);
