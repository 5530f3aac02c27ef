// Voortgang and Eindbeoordeling on the contract page: how much of the obligation the WSP accepted,
// the periodic reports with their deadlines, and, after the end date, the assessment with its
// letter (or the way to record it, for those the API lets). The sections are shared with the
// portal (@sroi/ui); here are the staff's words.
import { formatDate } from "@sroi/domain";
import {
  AssessmentSection,
  ButtonLink,
  Paragraph,
  ProgressSection,
  type ProgressSectionTexts,
} from "@sroi/ui";
import { graphql } from "../gql";
import type { AdminContractProgressFragment } from "../gql/graphql";

// The sections' fields are @sroi/ui's ContractProgress; staff also learn whether they may assess.
export const AdminContractProgressFields = graphql(`
  fragment AdminContractProgress on Contract {
    ...ContractProgress
    viewerCan {
      assess
    }
  }
`);

type Contract = AdminContractProgressFragment;

const PROGRESS_TEXTS: ProgressSectionTexts = {
  notStarted:
    "Er is nog geen plan van aanpak en de opdrachtnemer heeft nog niets verantwoord. Zodra dat er is, ziet u hier hoeveel van de verplichting is gerealiseerd.",
  activityRule:
    "Deze opdracht vraagt één maatschappelijke activiteit. Een maatschappelijke activiteit die is geaccepteerd, vult de verplichting.",
  amountRule: "Alleen geaccepteerde verantwoordingen tellen mee voor de verplichting.",
  plannedApproved: "Gepland in het goedgekeurde plan van aanpak",
  plannedNotApproved: "Gepland in het plan van aanpak (nog niet goedgekeurd)",
  // Staff see that there is nothing to follow, rather than wonder where the section went.
  noObligation: "Voor deze opdracht geldt geen SR-verplichting: er is niets te volgen.",
};

/** Voortgang, from PLANNING onward (or earlier, once there is a plan or a realisation). */
export function ContractProgressSection({ contract }: { contract: Contract }) {
  return <ProgressSection contract={contract} texts={PROGRESS_TEXTS} />;
}

/** Eindbeoordeling, once the contract has ended or is being assessed. */
export function ContractAssessmentSection({ contract }: { contract: Contract }) {
  const { assessment } = contract;
  const mayAssess = contract.viewerCan.assess;
  const formPath = `/opdrachten/${encodeURIComponent(contract.id)}/eindbeoordeling`;
  return (
    <AssessmentSection
      assessment={assessment ?? null}
      assessable={contract.assessable}
      obligationKind={contract.obligation.kind}
      notAssessed={
        <>
          Er is nog geen eindbeoordeling vastgelegd.
          {contract.endDate
            ? ` De einddatum van de opdracht is ${formatDate(contract.endDate)}.`
            : ""}
        </>
      }
    >
      {mayAssess ? (
        <>
          <Paragraph>
            {assessment
              ? "Na de herstelperiode legt u de uitkomst opnieuw vast."
              : "Leg vast of de opdrachtnemer de verplichting is nagekomen. Daarna kunnen de gemeente en de opdrachtnemer de beoordelingsbrief downloaden."}
          </Paragraph>
          <ButtonLink to={formPath}>
            {assessment ? "Opnieuw beoordelen" : "Eindbeoordeling vastleggen"}
          </ButtonLink>
        </>
      ) : null}
    </AssessmentSection>
  );
}
