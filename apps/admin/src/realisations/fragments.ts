// A realisation as the review page shows it: the record both apps show (@sroi/ui's
// RealisationRecord), with the person's name (staff only) and whether the reader may review it. The
// review's answer selects the same, so the page updates from the cache.
import { graphql } from "../gql";

export const AdminRealisationFields = graphql(`
  fragment AdminRealisation on Realisation {
    ...RealisationRecord
    ...RealisationDoubleCounts
    personName
    personBirthDate
    judgementReason
    planLine {
      blockCode
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
    evidence {
      id
      fileName
      mimeType
      url
    }
    viewerCan {
      review
    }
  }
`);
