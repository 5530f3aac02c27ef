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

// Spread into the contract page's query: the shared list, with the ways to report and correct.
export const PortalRealisationsFields = graphql(`
  fragment PortalRealisations on Contract {
    ...ContractRealisations
    municipality {
      name
      carriedOutBy {
        id
        name
      }
    }
    viewerCan {
      reportRealisation
    }
    realisations {
      id
      viewerCan {
        correct
      }
    }
  }
`);

export function RealisationsSection({ contract }: { contract: PortalRealisationsFragment }) {
  // Only a rejection the API lets the contractor correct is worth pointing to (not once closed).
  const toCorrect = contract.realisations.filter(
    (row) => row.status === "REJECTED" && row.viewerCan.correct,
  ).length;
  const base = `/opdrachten/${encodeURIComponent(contract.id)}/verantwoording`;
  return (
    <SharedRealisationsSection
      contract={contract}
      caption="Uw verantwoordingen, de nieuwste eerst"
      empty="U heeft voor deze opdracht nog niets verantwoord."
      summaryNote={
        toCorrect > 0 ? ` Bekijk bij een afgewezen verantwoording de reden, en corrigeer haar.` : ""
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
