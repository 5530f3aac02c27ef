// What the contract page shows of a contract. Mutations that change a contract select the same
// fields, so the page (and its audit trail) updates from their answer without another request.
import { graphql } from "../gql";

export const ContractDetailsFields = graphql(`
  fragment ContractDetails on Contract {
    id
    reference
    title
    department
    status
    kind
    valueExclVat
    labourShare
    publicationDate
    awardDate
    startDate
    endDate
    version
    municipality {
      code
      name
      carriedOutBy {
        id
        name
      }
    }
    contractor {
      id
      name
      kvkNumber
      members {
        role
        roleLabel
        user {
          id
          name
          email
          invitationPending
        }
      }
    }
    consultant {
      id
      name
      email
    }
    pso {
      lapsesBeforeEnd
      lapseMessage
    }
    obligation {
      kind
      percentage
      amount
      lines {
        label
        amount
      }
      policy {
        name
        validFrom
        conceptNote
      }
      catalogueVersion {
        key
        name
        validFrom
        conceptNote
      }
    }
    contactDeadline {
      dueDate
      state
      requestedAt
      message
      preferredTimes
      intakeConfirmedAt
    }
    statusChoices
    nextStatusRefusal
    viewerCan {
      correct
      confirmIntake
    }
    auditEventConnection {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...AuditEntry
        }
      }
    }
  }
`);
