// Verantwoording on the contract page: the realisations the contractor reported, 50 at a time,
// with the person's name (staff only), how many await review, and a link to review each. The list
// is shared with the portal (@sroi/ui); here are the staff's words.
import { useApolloClient } from "@apollo/client/react";
import { LoadMore, RealisationsSection as SharedRealisationsSection, useLoadMore } from "@sroi/ui";
import { graphql } from "../gql";
import type { AdminRealisationRowFragment, AdminRealisationsFragment } from "../gql/graphql";
import { BulkAccept } from "./bulk-accept";

// Spread into the contract page's query: the counts, the first page of rows with the person's name
// and the review; "Meer laden" asks AdminContractRealisations for the next pages.
export const AdminRealisationsFields = graphql(`
  fragment AdminRealisations on Contract {
    ...ContractRealisations
    realisationConnection {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...AdminRealisationRow
        }
      }
    }
  }
`);

export const AdminRealisationRowFields = graphql(`
  fragment AdminRealisationRow on Realisation {
    ...ContractRealisationRow
    id
    version
    personName
    doubleCounts {
      kind
    }
    viewerCan {
      review
      acceptWithoutJudgement
    }
  }
`);

const MoreRealisationsQuery = graphql(`
  query AdminContractRealisations($id: ID!, $after: String!) {
    contract(id: $id) {
      id
      realisationConnection(after: $after) {
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            ...AdminRealisationRow
          }
        }
      }
    }
  }
`);

export function RealisationsSection({ contract }: { contract: AdminRealisationsFragment }) {
  const client = useApolloClient();
  const { rows, hasMore, loading, failed, loadMore } = useLoadMore<AdminRealisationRowFragment>(
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
  // Whether this reader reviews is the same for every entry of the contract: one row tells, and
  // the count says how many wait over all of them (the newest, shown first, are the ones waiting).
  const reviews = rows.some((row) => row.viewerCan.review);
  const waiting = reviews ? contract.realisationCounts.submitted : 0;
  return (
    <>
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
        caption="Verantwoordingen van de opdrachtnemer, de nieuwste eerst"
        empty="De opdrachtnemer heeft nog niets verantwoord."
        summaryNote={
          <>
            {waiting > 0
              ? ` ${waiting === 1 ? "Eén wacht" : `${waiting} wachten`} op uw beoordeling.`
              : ""}{" "}
            Alleen geaccepteerde verantwoordingen tellen mee voor de SR-verplichting.
          </>
        }
        showPersonName
      />
      <BulkAccept contract={contract} rows={rows} />
    </>
  );
}
