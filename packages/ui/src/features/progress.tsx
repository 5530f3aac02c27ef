// How far a contract is and how it ended, the same in the admin app and the portal: the obligation
// against what was accepted, the periodic reports with their deadlines, and the eindbeoordeling.
// Both apps spread the ContractProgress fragment below (their codegen reads this file), so the
// sections' fields are asked for once. The figures come from the API (the domain's
// contractProgress); nothing here adds or compares money. The two sections of the contract page are here too; each app gives them its own words (staff read about
// "de opdrachtnemer", the contractor is spoken to as "u") and its own rule for showing them.
import {
  type AssessmentOutcomeFacts,
  type ContractStatus,
  describeAssessmentOutcome,
  formatDate,
  formatEuro,
  formatPercentage,
  type ObligationKind,
  REPORT_FREQUENCY_LABELS,
  REPORT_STANDING_LABELS,
  type ReportFrequency,
  type ReportStanding,
} from "@sroi/domain";
import { type ReactNode, useId } from "react";
import { graphql } from "../gql/index.js";
import {
  DataList,
  DataListItem,
  StatusBadge,
  type StatusBadgeType,
} from "../primitives/data-list.js";
import { formatDateTime } from "../primitives/date-time.js";
import { EmptyState } from "../primitives/feedback.js";
import { ExternalLink } from "../primitives/link.js";
import {
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "../primitives/table.js";
import { Heading, Paragraph } from "../primitives/typography.js";

/** What the Voortgang and Eindbeoordeling sections read of a contract. */
export const ContractProgressFields = graphql(`
  fragment ContractProgress on Contract {
    id
    status
    endDate
    assessable
    obligation {
      kind
    }
    plans {
      id
      status
    }
    realisations {
      id
    }
    progress {
      obligation
      accepted
      pending
      rejected
      planned
      percentageAccepted
      gap
      acceptedActivities
      pendingActivities
      reportFrequency
      reports {
        from
        through
        dueDate
        reportedOn
        standing
      }
    }
    assessment {
      outcome
      recoveryUntil
      sanctionAmount
      reason
      obligationAmount
      acceptedAmount
      decidedAt
      letterUrl
    }
  }
`);

/** A report period's standing as a badge: said by its text, never by its colour alone. */
const REPORT_STANDING_BADGES: Record<ReportStanding, StatusBadgeType> = {
  DUE: "warning",
  ON_TIME: "success",
  LATE: "warning",
  MISSED: "danger",
};

/**
 * Progress is shown from PLANNING onward; a contract still AWARDED shows it only once a plan or a
 * realisation exists, which the API allows before the intake is confirmed.
 */
export function showsProgress(status: ContractStatus, hasPlanOrRealisations: boolean): boolean {
  return status !== "AWARDED" || hasPlanOrRealisations;
}

export interface ProgressFigures {
  obligation: string;
  accepted: string;
  pending: string;
  rejected: string;
  planned: string;
  percentageAccepted: string | null;
  gap: string;
}

export interface ProgressSummaryProps {
  progress: ProgressFigures;
  /** What the planned amount is, e.g. "Gepland in het goedgekeurde plan van aanpak" */
  plannedLabel: string;
}

/** An amount obligation: the figures, each with its meaning in the label, and how far it is. */
export function ProgressSummary({ progress, plannedLabel }: ProgressSummaryProps) {
  return (
    <DataList>
      <DataListItem label="SR-verplichting">{formatEuro(progress.obligation)}</DataListItem>
      <DataListItem label="Geaccepteerd (telt mee)">{formatEuro(progress.accepted)}</DataListItem>
      <DataListItem label="Ingediend, nog te beoordelen">
        {formatEuro(progress.pending)}
      </DataListItem>
      <DataListItem label="Afgewezen">{formatEuro(progress.rejected)}</DataListItem>
      <DataListItem label={plannedLabel}>{formatEuro(progress.planned)}</DataListItem>
      <DataListItem label="Gerealiseerd">
        {progress.percentageAccepted === null ? (
          "niet te berekenen"
        ) : (
          <ProgressMeter percentage={progress.percentageAccepted} />
        )}
      </DataListItem>
      <DataListItem label="Nog te realiseren">{formatEuro(progress.gap)}</DataListItem>
    </DataList>
  );
}

/**
 * The percentage as text, with a bar for the eye. The native meter carries the same figure, named,
 * for assistive technology; past 100 % the bar is full and the text says how far past.
 */
export function ProgressMeter({ percentage }: { percentage: string }) {
  const text = formatPercentage(percentage);
  // Display only: the figure itself was computed exactly by the API.
  const value = Math.min(Math.max(Number(percentage), 0), 100);
  return (
    <span className="sroi-progress">
      <span className="sroi-progress__text">{text} van de verplichting</span>
      <meter
        className="sroi-progress__meter"
        min={0}
        max={100}
        value={value}
        aria-label={`Gerealiseerd: ${text} van de SR-verplichting`}
      />
    </span>
  );
}

export interface ActivityProgressProps {
  accepted: number;
  pending: number;
}

/** A small contract owes one community activity: one accepted activity fulfils it. */
export function ActivityProgress({ accepted, pending }: ActivityProgressProps) {
  return (
    <DataList>
      <DataListItem label="SR-verplichting">1 maatschappelijke activiteit</DataListItem>
      <DataListItem label="Geaccepteerde maatschappelijke activiteiten">
        {accepted === 0 ? "nog geen" : accepted}
      </DataListItem>
      <DataListItem label="Ingediend, nog te beoordelen">
        {pending === 0 ? "geen" : pending}
      </DataListItem>
      <DataListItem label="Stand">
        {accepted > 0 ? (
          <StatusBadge type="success">Vervuld</StatusBadge>
        ) : (
          <StatusBadge type="warning">Nog niet vervuld</StatusBadge>
        )}
      </DataListItem>
    </DataList>
  );
}

export interface ReportPeriodFacts {
  from: string;
  through: string;
  dueDate: string;
  reportedOn: string | null;
  standing: ReportStanding;
}

export interface ReportPeriodsProps {
  reports: readonly ReportPeriodFacts[];
  frequency: ReportFrequency;
  /** Heading level of the part's own heading */
  headingLevel?: 3 | 4;
}

/** The periodic reports the agreed frequency asks for, each with its deadline and state. */
export function ReportPeriods({ reports, frequency, headingLevel = 3 }: ReportPeriodsProps) {
  const HeadingTag = `h${headingLevel}` as const;
  const headingId = useId();
  return (
    <section aria-labelledby={headingId}>
      <HeadingTag className={`utrecht-heading-${headingLevel}`} id={headingId}>
        Rapportages
      </HeadingTag>
      <p className="utrecht-paragraph">
        Afgesproken: rapporteren {REPORT_FREQUENCY_LABELS[frequency]}. Na elke periode is er twee
        weken om te rapporteren. Een apart verslag is niet nodig: elke ingediende verantwoording
        telt als rapportage, voor de oudste afgelopen periode die er nog geen heeft. Komt die
        verantwoording na de uiterste datum, dan is de periode “Te laat ingediend”; komt er geen,
        dan “Niet ingediend”.
      </p>
      {reports.length === 0 ? (
        <EmptyState>Er is nog geen rapportageperiode afgelopen.</EmptyState>
      ) : (
        <Table caption={`Rapportageperiodes (${REPORT_FREQUENCY_LABELS[frequency]})`} stackOnPhone>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">Periode</TableHeaderCell>
              <TableHeaderCell scope="col">Stand</TableHeaderCell>
              <TableHeaderCell scope="col">Uiterlijk rapporteren</TableHeaderCell>
              <TableHeaderCell scope="col">Gerapporteerd op</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {reports.map((report) => (
              <TableRow key={report.from}>
                <TableHeaderCell scope="row">
                  {formatDate(report.from)} t/m {formatDate(report.through)}
                </TableHeaderCell>
                {/* The state next to the period: on a phone it shows before the table scrolls */}
                <TableCell>
                  <StatusBadge type={REPORT_STANDING_BADGES[report.standing]}>
                    {REPORT_STANDING_LABELS[report.standing]}
                  </StatusBadge>
                </TableCell>
                <TableCell>{formatDate(report.dueDate)}</TableCell>
                <TableCell>
                  {report.reportedOn ? formatDate(report.reportedOn) : "nog niet"}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </section>
  );
}

export interface AssessmentFacts extends AssessmentOutcomeFacts {
  reason: string | null;
  obligationAmount: string;
  acceptedAmount: string;
  decidedAt: string;
  letterUrl: string;
}

/** The recorded eindbeoordeling, with the figures it was based on and its letter. */
export function AssessmentDetails({
  assessment,
  obligationKind,
}: {
  assessment: AssessmentFacts;
  obligationKind: ObligationKind;
}) {
  return (
    <>
      <DataList>
        <DataListItem label="Uitkomst">
          <strong>{describeAssessmentOutcome(assessment)}</strong>
        </DataListItem>
        <DataListItem label="SR-verplichting">
          {obligationKind === "ACTIVITY"
            ? "1 maatschappelijke activiteit"
            : formatEuro(assessment.obligationAmount)}
        </DataListItem>
        <DataListItem label="Geaccepteerd bij de beoordeling">
          {formatEuro(assessment.acceptedAmount)}
        </DataListItem>
        <DataListItem label="Toelichting">
          {assessment.reason ? (
            <span className="sroi-preserve-lines">{assessment.reason}</span>
          ) : (
            "geen"
          )}
        </DataListItem>
        <DataListItem label="Vastgelegd op">{formatDateTime(assessment.decidedAt)}</DataListItem>
      </DataList>
      <p className="utrecht-paragraph">
        <ExternalLink href={assessment.letterUrl} type="application/pdf">
          Beoordelingsbrief downloaden (PDF)
        </ExternalLink>
      </p>
    </>
  );
}

/** The contract as the Voortgang section reads it. */
export interface ProgressSectionContract {
  status: ContractStatus;
  obligation: { kind: ObligationKind };
  plans: readonly { status: string }[];
  realisations: readonly unknown[];
  progress: ProgressFigures & {
    /** community activities, counted by the API */
    acceptedActivities: number;
    pendingActivities: number;
    reportFrequency: ReportFrequency;
    reports: readonly ReportPeriodFacts[];
  };
}

/** What the Voortgang section says, in the words of the app's reader. */
export interface ProgressSectionTexts {
  /** no plan and nothing reported yet */
  notStarted: ReactNode;
  /** how an obligation of one community activity is fulfilled */
  activityRule: ReactNode;
  /** that only accepted realisations count */
  amountRule: ReactNode;
  /** the label of the planned amount, once the plan is approved and before */
  plannedApproved: string;
  plannedNotApproved: string;
  /** said for a contract without an obligation; null leaves the section out */
  noObligation: ReactNode | null;
}

/** Voortgang, from PLANNING onward (or earlier, once there is a plan or a realisation). */
export function ProgressSection({
  contract,
  texts,
}: {
  contract: ProgressSectionContract;
  texts: ProgressSectionTexts;
}) {
  const { obligation, progress } = contract;
  const started = contract.plans.length > 0 || contract.realisations.length > 0;
  if (!showsProgress(contract.status, started)) return null;
  if (obligation.kind === "NONE") {
    if (texts.noObligation === null) return null;
    return (
      <section aria-labelledby="voortgang">
        <Heading level={2} id="voortgang">
          Voortgang
        </Heading>
        <Paragraph>{texts.noObligation}</Paragraph>
      </section>
    );
  }
  const approved = contract.plans.some((plan) => plan.status === "APPROVED");
  return (
    <section aria-labelledby="voortgang">
      <Heading level={2} id="voortgang">
        Voortgang
      </Heading>
      {!started ? (
        <EmptyState>{texts.notStarted}</EmptyState>
      ) : obligation.kind === "ACTIVITY" ? (
        <>
          <Paragraph>{texts.activityRule}</Paragraph>
          <ActivityProgress
            accepted={progress.acceptedActivities}
            pending={progress.pendingActivities}
          />
        </>
      ) : (
        <>
          <Paragraph>{texts.amountRule}</Paragraph>
          <ProgressSummary
            progress={progress}
            plannedLabel={approved ? texts.plannedApproved : texts.plannedNotApproved}
          />
        </>
      )}
      <ReportPeriods reports={progress.reports} frequency={progress.reportFrequency} />
    </section>
  );
}

/**
 * Eindbeoordeling: the recorded outcome with its letter, or what the reader can expect before
 * there is one. It shows once there is an outcome or the API calls the contract assessable, in
 * both apps alike; whether the reader may record it the API answers too (Contract.viewerCan.assess).
 */
export function AssessmentSection({
  assessment,
  assessable,
  obligationKind,
  notAssessed,
  aboutOutcome,
  children,
}: {
  assessment: AssessmentFacts | null;
  /** Contract.assessable */
  assessable: boolean;
  obligationKind: ObligationKind;
  /** said while nothing is recorded */
  notAssessed: ReactNode;
  /** said above a recorded outcome, e.g. what a recovery period asks of the contractor */
  aboutOutcome?: ReactNode;
  /** what the reader can do next, e.g. record it */
  children?: ReactNode;
}) {
  if (!assessment && !assessable) return null;
  return (
    <section aria-labelledby="eindbeoordeling">
      <Heading level={2} id="eindbeoordeling">
        Eindbeoordeling
      </Heading>
      {assessment ? (
        <>
          {aboutOutcome}
          <AssessmentDetails assessment={assessment} obligationKind={obligationKind} />
        </>
      ) : (
        <Paragraph>{notAssessed}</Paragraph>
      )}
      {children}
    </section>
  );
}
