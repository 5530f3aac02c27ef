// What the plan pages show of a plan version and of the contract around it. Every plan page selects
// the same fields, so the cache holds one complete version whichever page loaded it.
import { graphql } from "../gql";

export const PlanVersionFields = graphql(`
  fragment AdminPlanVersion on PlanVersion {
    id
    number
    status
    version
    reportFrequency
    total
    submittedAt
    reviewedAt
    reviewComment
    projection {
      total
      percentageCovered
      gap
    }
    lines {
      id
      blockCode
      description
      people
      hoursPerWeek
      startDate
      endDate
      hours
      days
      count
      amountExclVat
      bonusCodes
      value
    }
  }
`);

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
      ...AdminPlanVersion
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
