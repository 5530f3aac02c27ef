// Verantwoording on the contract page: what the contractor reported, with the WSP's review of each
// entry, and the two ways to report more (one at a time, or a spreadsheet). The list is shared with
// the admin app (@sroi/ui); here are the contractor's words and ways to report.
import { useApolloClient } from "@apollo/client/react";
import {
  ButtonGroup,
  ButtonLink,
  LoadMore,
  Paragraph,
  RealisationsSection as SharedRealisationsSection,
  useLoadMore,
} from "@sroi/ui";
import { carrierName } from "../carrier";
import { graphql } from "../gql";
import type { PortalRealisationRowFragment, PortalRealisationsFragment } from "../gql/graphql";

// Spread into the contract page's query: the counts, the first page of rows, the ways to report;
// "Meer laden" asks PortalContractRealisations for the next pages.
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
    realisationConnection {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...PortalRealisationRow
        }
      }
    }
  }
`);

export const PortalRealisationRowFields = graphql(`
  fragment PortalRealisationRow on Realisation {
    ...ContractRealisationRow
    id
    viewerCan {
      correct
    }
  }
`);

const MoreRealisationsQuery = graphql(`
  query PortalContractRealisations($id: ID!, $after: String!) {
    contract(id: $id) {
      id
      realisationConnection(after: $after) {
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            ...PortalRealisationRow
          }
        }
      }
    }
  }
`);

export function RealisationsSection({ contract }: { contract: PortalRealisationsFragment }) {
  const client = useApolloClient();
  const { rows, hasMore, loading, failed, loadMore } = useLoadMore<PortalRealisationRowFragment>(
    contract.realisationConnection,
    async (after) => {
      const { data } = await client.query({
        query: MoreRealisationsQuery,
        variables: { id: contract.id, after },
        fetchPolicy: "network-only",
      });
      if (!data?.contract) throw new Error("contract not found");
      return data.contract.realisationConnection;
    },
  );
  // Only a rejection the API lets the contractor correct is worth pointing to (not once closed);
  // a rejection further down the list counts too.
  const toCorrect =
    rows.some((row) => row.status === "REJECTED" && row.viewerCan.correct) ||
    (contract.realisationCounts.rejected > 0 && contract.viewerCan.reportRealisation);
  const base = `/opdrachten/${encodeURIComponent(contract.id)}/verantwoording`;
  return (
    <SharedRealisationsSection
      contract={contract}
      rows={rows}
      more={
        <LoadMore
          shown={rows.length}
          total={contract.realisationCounts.total}
          noun="verantwoordingen"
          hasMore={hasMore}
          loading={loading}
          failed={failed}
          onLoadMore={loadMore}
        />
      }
      caption="Uw verantwoordingen, de nieuwste eerst"
      empty="U heeft voor deze opdracht nog niets verantwoord."
      summaryNote={
        toCorrect ? ` Bekijk bij een afgewezen verantwoording de reden, en corrigeer haar.` : ""
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
