// The data of a catalogue version that the editing pages need, asked for by their queries and by
// every mutation's answer, so a saved change shows on the page without another request.
import { graphql } from "../gql";

export const CatalogueEditorFields = graphql(`
  fragment CatalogueEditor on CatalogueVersion {
    id
    key
    name
    status
    validFrom
    viewerCanEdit
    viewerCanRetire
    viewerCanManage
    viewerCanPublish
    viewerCanPropose
    viewerCanSendBack
    publishRefusal
    proposal {
      at
      byName
    }
    sentBack {
      at
      byName
      reason
    }
    region {
      code
      name
      viewerCanManage
      cataloguePublisher
      catalogueVersions {
        key
        name
        status
        validFrom
      }
    }
    problems {
      path
      message
    }
    ...CatalogueContents
  }
`);
