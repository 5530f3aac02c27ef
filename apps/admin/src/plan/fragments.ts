// What the plan pages show of the contract around a plan; each version is the shared PlanVersion
// fragment of @sroi/ui, the same in every plan page, so the cache holds one complete version.
import { graphql } from "../gql";

/** The contract as the plan pages need it: its obligation, pinned catalogue and every version. */
export const PlanContractFields = graphql(`
  fragment AdminPlanContract on Contract {
    id
    reference
    title
    status
    viewerCan {
      reviewPlan
    }
    municipality {
      code
      name
    }
    contractor {
      id
      name
    }
    obligation {
      kind
      amount
      catalogueVersion {
        key
        name
        blocks {
          code
          name
          kind
        }
      }
    }
    plans {
      ...PlanVersion
    }
  }
`);

export const PlanDifferencesFields = graphql(`
  fragment AdminPlanDifference on PlanLineDifference {
    blockCode
    status
    before {
      people
      inputs
      value
    }
    after {
      people
      inputs
      value
    }
  }
`);
