// Whom the contractor deals with: the organisation that carries out the gemeente's social return
// (its WSP or its own team, Municipality.carriedOutBy); the gemeente itself while none is recorded.
import { graphql } from "./gql";

/** What a page selects of the contract's gemeente to name the carrier (carrierName). */
export const CarrierFields = graphql(`
  fragment PortalCarrier on Municipality {
    code
    name
    carriedOutBy {
      id
      name
    }
  }
`);

export function carrierName(municipality: {
  name: string;
  carriedOutBy?: { name: string } | null;
}): string {
  return municipality.carriedOutBy?.name ?? `gemeente ${municipality.name}`;
}
