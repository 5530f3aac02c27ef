// The gemeenten whose contracts the person sees, each with whether the API lets them register its
// contracts: the list and the registration page spread it as "...ViewerMunicipalities".
import { graphql } from "../gql";

export const ViewerMunicipalitiesFields = graphql(`
  fragment ViewerMunicipalities on Query {
    me {
      id
      readableMunicipalities {
        code
        name
        viewerCan {
          registerContract
          registerDepartments
        }
      }
    }
  }
`);
