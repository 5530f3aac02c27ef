// Voortgang and Eindbeoordeling for the contractor: how much of the obligation was accepted,
// which reports are due, and, after the end date, the outcome with its letter. The sections are
// shared with the admin app (@sroi/ui); here are the contractor's words.
import { formatDate } from "@sroi/domain";
import { AssessmentSection, Paragraph, ProgressSection, type ProgressSectionTexts } from "@sroi/ui";
import type { ContractProgressFragment } from "../gql/graphql";

// The contract page spreads @sroi/ui's ContractProgress fragment: all that these sections read.
type Contract = ContractProgressFragment;

/** The contractor's words, naming who reviews (carrierName: the gemeente's WSP or its own team). */
const progressTexts = (carrier: string): ProgressSectionTexts => ({
  notStarted: `U heeft nog geen plan van aanpak en nog niets verantwoord. Maak samen met ${carrier} een plan en verantwoord daarna wat u heeft gerealiseerd: hier ziet u dan hoeveel van de verplichting al is ingevuld.`,
  activityRule: `U vult de verplichting in met één maatschappelijke activiteit. Zodra ${carrier} een activiteit die u verantwoordt accepteert, is de verplichting vervuld.`,
  amountRule: `Alleen wat ${carrier} heeft geaccepteerd, telt mee voor de verplichting. Afgewezen verantwoordingen kunt u verbeteren en opnieuw indienen.`,
  plannedApproved: "Gepland in uw goedgekeurde plan van aanpak",
  plannedNotApproved: "Gepland in uw plan van aanpak (nog niet goedgekeurd)",
  // Without an obligation the contractor has nothing to report: the section stays out.
  noObligation: null,
});

/** Voortgang, from PLANNING onward (or earlier, once there is a plan or a realisation). */
export function ContractProgressSection({
  contract,
  carrier,
}: {
  contract: Contract;
  carrier: string;
}) {
  return <ProgressSection contract={contract} texts={progressTexts(carrier)} />;
}

/** Eindbeoordeling, once the contract has ended or is being assessed. */
export function ContractAssessmentSection({
  contract,
  carrier,
}: {
  contract: Contract;
  carrier: string;
}) {
  const { assessment } = contract;
  return (
    <AssessmentSection
      assessment={assessment ?? null}
      assessable={contract.assessable}
      obligationKind={contract.obligation.kind}
      aboutOutcome={
        assessment?.outcome === "RECOVERY_PERIOD" && assessment.recoveryUntil ? (
          <Paragraph>
            U heeft tot {formatDate(assessment.recoveryUntil)} de tijd om het tekort alsnog in te
            vullen. Verantwoord wat u realiseert zoals u gewend bent; daarna beoordeelt de gemeente
            de opdracht opnieuw.
          </Paragraph>
        ) : null
      }
      notAssessed={`Na de einddatum beoordeelt de gemeente of ${carrier} of u de verplichting bent nagekomen. Dat is nog niet gebeurd. U ziet de uitkomst hier, met een brief om te downloaden.`}
    />
  );
}
