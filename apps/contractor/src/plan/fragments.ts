// What the plan pages show of a plan version and of the contract's pinned catalogue. Every plan page
// selects the same fields, so the cache holds one complete version whichever page loaded it.
import { graphql } from "../gql";

export const PlanVersionFields = graphql(`
  fragment PortalPlanVersion on PlanVersion {
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

/** The contract as the plan pages need it: its obligation, window and pinned catalogue. */
export const PlanContractFields = graphql(`
  fragment PortalPlanContract on Contract {
    id
    reference
    title
    status
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
      ...PortalPlanVersion
    }
  }
`);
