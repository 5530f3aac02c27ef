// A realisation as the review page shows it: every input, the name (staff only), the value with
// its breakdown, the evidence and the review. The review's answer selects the same, so the page
// updates from the cache.
import { graphql } from "../gql";

export const AdminRealisationFields = graphql(`
  fragment AdminRealisation on Realisation {
    id
    viewerCan {
      review
    }
    blockCode
    maatwerkDescription
    personRef
    personName
    targetGroup
    homeMunicipalityCode
    hoursPerWeek
    startDate
    endDate
    hours
    days
    count
    employees
    amountExclVat
    bonusCodes
    supplierName
    supplierKvk
    invoiceNumber
    invoiceDate
    description
    value
    valueLines {
      label
      amount
    }
    status
    reviewReason
    submittedAt
    version
    evidence {
      id
      fileName
      mimeType
      size
      url
    }
  }
`);
