// Verantwoording on the contract page: what the contractor reported, with the WSP's review of each
// entry, and the two ways to report more (one at a time, or a spreadsheet). The list is shared with
// the admin app (@sroi/ui); here are the contractor's words and ways to report.
import {
  ButtonGroup,
  ButtonLink,
  Paragraph,
  RealisationsSection as SharedRealisationsSection,
} from "@sroi/ui";
import { carrierName } from "../carrier";
import { graphql } from "../gql";
import type { PortalRealisationsFragment } from "../gql/graphql";

// Spread into the contract page's query; the block names make the list readable.
export const PortalRealisationsFields = graphql(`
  fragment PortalRealisations on Contract {
    id
    municipality {
      name
      carriedOutBy {
        id
        name
      }
    }
    status
    viewerCan {
      reportRealisation
    }
    obligation {
      catalogueVersion {
        key
        blocks {
          code
          name
        }
      }
    }
    realisations {
      id
      blockCode
      maatwerkDescription
      personRef
      supplierName
      startDate
      endDate
      invoiceDate
      value
      status
      reviewReason
    }
  }
`);

export function RealisationsSection({ contract }: { contract: PortalRealisationsFragment }) {
  const rejected = contract.realisations.filter((row) => row.status === "REJECTED").length;
  const base = `/opdrachten/${encodeURIComponent(contract.id)}/verantwoording`;
  return (
    <SharedRealisationsSection
      contract={contract}
      caption="Uw verantwoordingen, de nieuwste eerst"
      empty="U heeft voor deze opdracht nog niets verantwoord."
      summaryNote={
        rejected > 0 ? ` Bekijk bij een afgewezen verantwoording de reden, en corrigeer haar.` : ""
      }
    >
      <Paragraph>
        Verantwoord wat u heeft gedaan, met bewijs. {carrierName(contract.municipality)} beoordeelt
        elke verantwoording; alleen een geaccepteerde verantwoording telt mee voor de
        SR-verplichting.
      </Paragraph>
      {!contract.viewerCan.reportRealisation ? (
        <Paragraph>Deze opdracht is afgesloten: u kunt niets meer verantwoorden.</Paragraph>
      ) : (
        <ButtonGroup>
          <ButtonLink to={`${base}/nieuw`}>Activiteit verantwoorden</ButtonLink>
          <ButtonLink appearance="secondary-action" to={`${base}/importeren`}>
            Importeren uit Excel of CSV
          </ButtonLink>
        </ButtonGroup>
      )}
    </SharedRealisationsSection>
  );
}
