// Verantwoording on the contract page: every realisation the contractor reported, with the person's
// name (staff only), how many await review, and a link to review each. The list is shared with the
// portal (@sroi/ui); here are the staff's words.
import { RealisationsSection as SharedRealisationsSection } from "@sroi/ui";
import { graphql } from "../gql";
import type { AdminRealisationsFragment } from "../gql/graphql";
import { BulkAccept } from "./bulk-accept";

// Spread into the contract page's query: the shared list, with the person's name and the review.
export const AdminRealisationsFields = graphql(`
  fragment AdminRealisations on Contract {
    ...ContractRealisations
    realisations {
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
  }
`);

export function RealisationsSection({ contract }: { contract: AdminRealisationsFragment }) {
  const waiting = contract.realisations.filter((row) => row.viewerCan.review).length;
  return (
    <>
      <SharedRealisationsSection
        contract={contract}
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
      <BulkAccept contract={contract} />
    </>
  );
}
