// Opdracht: one contract with its pinned SR obligation and how it was computed, the contact
// deadline, the status steps the person may take, and the audit trail.
import { useApolloClient, useMutation, useQuery, useReadQuery } from "@apollo/client/react";
import {
  CONTRACT_KIND_LABELS,
  CONTRACT_STATUS_LABELS,
  type ContractStatus,
  formatDate,
  formatEuro,
  formatShare,
} from "@sroi/domain";
import {
  Button,
  ButtonGroup,
  ButtonLink,
  ConceptNote,
  ContractStatusBadge,
  DataList,
  DataListItem,
  DeadlineBadge,
  ExternalLink,
  formatDateTime,
  Heading,
  Link,
  LoadMore,
  ObligationBreakdown,
  PageTitle,
  Paragraph,
  PsoLapseNote,
  SectionNav,
  useLoadMore,
} from "@sroi/ui";
import { useEffect, useRef, useState } from "react";
import { type LoaderFunctionArgs, useLoaderData, useRevalidator } from "react-router";
import { preloadQuery } from "../apollo";
import { AuditTrail } from "../audit/audit-trail";
import { type ActionFeedback, ActionFeedbackMessage, feedbackFrom } from "../contracts/feedback";
import { ContractAssessmentSection, ContractProgressSection } from "../contracts/progress-section";
import { graphql } from "../gql";
import type { AuditEntryFragment, ContractDetailsFragment } from "../gql/graphql";
import { PlanSection } from "../plan/plan-section";
import { RealisationsSection } from "../realisations/realisations-section";

const ContractQuery = graphql(`
  query AdminContract($id: ID!) {
    contract(id: $id) {
      ...ContractDetails
      ...AdminPlanSection
      ...AdminContractProgress
      ...AdminRealisations
    }
  }
`);

const ConsultantNamesQuery = graphql(`
  query AdminConsultantNames($municipalityCode: String!) {
    consultants(municipalityCode: $municipalityCode) {
      id
      name
    }
  }
`);

// "Meer laden" in the audit trail: the next 50 events after the last one shown.
const MoreAuditEventsQuery = graphql(`
  query AdminContractAuditEvents($id: ID!, $after: String!) {
    contract(id: $id) {
      id
      auditEventConnection(after: $after) {
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            ...AuditEntry
          }
        }
      }
    }
  }
`);

const ChangeStatusMutation = graphql(`
  mutation AdminChangeContractStatus($id: ID!, $version: Int!, $status: ContractStatus!) {
    changeContractStatus(id: $id, version: $version, status: $status) {
      __typename
      ... on Contract {
        ...ContractDetails
      }
      ...ErrorMessage
    }
  }
`);

const ConfirmIntakeMutation = graphql(`
  mutation AdminConfirmIntake($contractId: ID!, $version: Int!) {
    confirmIntake(contractId: $contractId, version: $version) {
      __typename
      ... on Contract {
        ...ContractDetails
      }
      ...ErrorMessage
    }
  }
`);

export function loader({ params }: LoaderFunctionArgs) {
  return preloadQuery.toPromise(
    preloadQuery(ContractQuery, {
      variables: { id: params.id ?? "" },
      fetchPolicy: "network-only",
    }),
  );
}

export function ContractPage() {
  const { data } = useReadQuery(useLoaderData<typeof loader>());
  const contract = data.contract;
  if (!contract) return <ContractNotFound />;
  return (
    <>
      <PageTitle>{`${contract.reference} ${contract.title}`}</PageTitle>
      <Paragraph>
        <Link to="/opdrachten">Alle opdrachten</Link>
      </Paragraph>
      <p className="utrecht-paragraph sroi-eyebrow">
        Opdracht <span className="sroi-code">{contract.reference}</span> · gemeente{" "}
        {contract.municipality.name}
      </p>
      <div className="sroi-page-heading">
        <Heading level={1}>{contract.title}</Heading>
        {contract.viewerCan.correct ? (
          <ButtonLink
            appearance="secondary-action"
            to={`/opdrachten/${encodeURIComponent(contract.id)}/corrigeren`}
          >
            Gegevens corrigeren
          </ButtonLink>
        ) : null}
      </div>
      <p className="utrecht-paragraph">
        Status: <ContractStatusBadge status={contract.status} />
      </p>

      <SectionNav
        sections={[
          { id: "verplichting", label: "SR-verplichting" },
          { id: "plan-van-aanpak", label: "Plan van aanpak" },
          { id: "voortgang", label: "Voortgang" },
          { id: "verantwoording", label: "Verantwoording" },
          ...(contract.assessment || contract.assessable || contract.status === "CLOSED"
            ? [{ id: "eindbeoordeling", label: "Eindbeoordeling" }]
            : []),
          { id: "gegevens", label: "Gegevens" },
          { id: "contact", label: "Contact en intake" },
          { id: "status", label: "Status" },
          { id: "audittrail", label: "Audittrail" },
        ]}
      />

      <ObligationSection contract={contract} />
      <PlanSection contract={contract} />
      <ContractProgressSection contract={contract} />
      <RealisationsSection contract={contract} />
      <ContractAssessmentSection contract={contract} />
      <DetailsSection contract={contract} />
      <ContactSection contract={contract} />
      <StatusSection contract={contract} />

      <AuditSection contract={contract} />
    </>
  );
}

function AuditSection({ contract }: { contract: ContractDetailsFragment }) {
  // The trail stores who was assigned by id; the WSP's accountmanagers give the names.
  const { data } = useQuery(ConsultantNamesQuery, {
    variables: { municipalityCode: contract.municipality.code },
  });
  const client = useApolloClient();
  const {
    rows: events,
    hasMore,
    loading,
    failed,
    loadMore,
  } = useLoadMore<AuditEntryFragment>(contract.auditEventConnection, async (after) => {
    const { data } = await client.query({
      query: MoreAuditEventsQuery,
      variables: { id: contract.id, after },
      fetchPolicy: "network-only",
    });
    if (!data?.contract?.auditEventConnection) throw new Error("contract not found");
    return data.contract.auditEventConnection;
  });
  const consultantNames = new Map(
    [...(data?.consultants ?? []), ...(contract.consultant ? [contract.consultant] : [])].map(
      (consultant) => [consultant.id, consultant.name],
    ),
  );
  return (
    <section aria-labelledby="audittrail">
      <Heading level={2} id="audittrail">
        Audittrail
      </Heading>
      <Paragraph>Alle wijzigingen aan deze opdracht, de nieuwste eerst.</Paragraph>
      <AuditTrail events={events} consultantNames={consultantNames} />
      <LoadMore
        shown={events.length}
        total={contract.auditEventConnection.totalCount}
        noun="wijzigingen"
        hasMore={hasMore}
        loading={loading}
        failed={failed}
        onLoadMore={loadMore}
      />
    </section>
  );
}

/** Also for the plan pages below a contract: the same answer for an unknown id. */
export function ContractNotFound() {
  return (
    <>
      <PageTitle>Opdracht niet gevonden</PageTitle>
      <Heading level={1}>Opdracht niet gevonden</Heading>
      <Paragraph>
        Deze opdracht bestaat niet, of u heeft er geen toegang toe: u ziet alleen de opdrachten van
        de gemeenten waarvoor u werkt. Misschien is de link verouderd.
      </Paragraph>
      <Paragraph>
        <Link to="/opdrachten">Naar alle opdrachten</Link>
      </Paragraph>
    </>
  );
}

function ObligationSection({ contract }: { contract: ContractDetailsFragment }) {
  const { obligation } = contract;
  return (
    <section aria-labelledby="verplichting">
      <Heading level={2} id="verplichting">
        SR-verplichting
      </Heading>
      <p className="utrecht-paragraph sroi-obligation-total">
        {obligation.kind === "PERCENTAGE" ? (
          <>
            <strong>{formatEuro(obligation.amount)}</strong>
            {obligation.percentage
              ? ` (${formatShare(obligation.percentage)} van de opdrachtwaarde excl. btw)`
              : null}
          </>
        ) : obligation.kind === "ACTIVITY" ? (
          <strong>1 maatschappelijke activiteit</strong>
        ) : (
          <strong>Geen SR-verplichting</strong>
        )}
      </p>
      <ObligationBreakdown obligation={obligation} />
      <PsoLapseNote pso={contract.pso} />

      <Heading level={3}>SR-beleid</Heading>
      <Paragraph>
        Berekend met {obligation.policy.name}
        {obligation.policy.validFrom
          ? `, geldig vanaf ${formatDate(obligation.policy.validFrom)}`
          : ""}
        ; dat beleid gold op {contract.publicationDate ? "de publicatiedatum" : "de gunningsdatum"}.
      </Paragraph>
      {obligation.policy.conceptNote ? (
        <ConceptNote note={obligation.policy.conceptNote} headingLevel={4} />
      ) : null}

      <Heading level={3}>Bouwblokkenmodel</Heading>
      {obligation.catalogueVersion ? (
        <>
          <Paragraph>
            <Link to={`/catalogi/${encodeURIComponent(obligation.catalogueVersion.key)}`}>
              {obligation.catalogueVersion.name}
            </Link>
          </Paragraph>
          <Paragraph>
            Dit bouwblokkenmodel is bij de registratie aan de opdracht vastgezet. De opdrachtnemer
            vult de verplichting met de bouwblokken en waarden van deze versie, ook als er later een
            nieuwe versie verschijnt.
          </Paragraph>
          {obligation.catalogueVersion.conceptNote ? (
            <ConceptNote note={obligation.catalogueVersion.conceptNote} headingLevel={4} />
          ) : null}
        </>
      ) : (
        <Paragraph>
          Er was op de peildatum geen gepubliceerd bouwblokkenmodel voor de regio van deze gemeente.
        </Paragraph>
      )}
    </section>
  );
}

function DetailsSection({ contract }: { contract: ContractDetailsFragment }) {
  return (
    <section aria-labelledby="gegevens">
      <Heading level={2} id="gegevens">
        Gegevens
      </Heading>
      <DataList>
        <DataListItem label="Kenmerk">
          <span className="sroi-code">{contract.reference}</span>
        </DataListItem>
        <DataListItem label="Gemeente">{contract.municipality.name}</DataListItem>
        <DataListItem label="Afdeling">{contract.department ?? "niet vermeld"}</DataListItem>
        <DataListItem label="Soort">{CONTRACT_KIND_LABELS[contract.kind]}</DataListItem>
        <DataListItem label="Opdrachtwaarde excl. btw">
          {formatEuro(contract.valueExclVat)}
        </DataListItem>
        {contract.labourShare ? (
          <DataListItem label="Arbeidsaandeel">{formatShare(contract.labourShare)}</DataListItem>
        ) : null}
        <DataListItem label="Publicatiedatum">
          {contract.publicationDate ? formatDate(contract.publicationDate) : "niet vermeld"}
        </DataListItem>
        <DataListItem label="Gunningsdatum">{formatDate(contract.awardDate)}</DataListItem>
        <DataListItem label="Looptijd">{period(contract.startDate, contract.endDate)}</DataListItem>
        <DataListItem label="Opdrachtnemer">
          {contract.contractor.name}
          {contract.contractor.kvkNumber ? (
            <>
              <br />
              KvK-nummer <span className="sroi-code">{contract.contractor.kvkNumber}</span>
            </>
          ) : null}
        </DataListItem>
        <DataListItem label="Contactpersonen opdrachtnemer">
          {contract.contractor.members.length === 0 ? (
            "nog niemand op het platform"
          ) : (
            <ul className="sroi-link-list">
              {[...contract.contractor.members]
                // the contractor's admins are whom the gemeente registered as contact: first
                .sort(
                  (a, b) =>
                    Number(b.role === "CONTRACTOR_ADMIN") - Number(a.role === "CONTRACTOR_ADMIN"),
                )
                .map((member) => (
                  <li key={member.user.id}>
                    {member.user.name} ({member.roleLabel.toLowerCase()}
                    {member.user.invitationPending ? ", nog niet ingelogd" : ""})
                    <br />
                    <ExternalLink href={`mailto:${member.user.email}`}>
                      {member.user.email}
                    </ExternalLink>
                  </li>
                ))}
            </ul>
          )}
        </DataListItem>
        <DataListItem label="Accountmanager">
          {contract.consultant ? (
            <>
              {contract.consultant.name}
              <br />
              <ExternalLink href={`mailto:${contract.consultant.email}`}>
                {contract.consultant.email}
              </ExternalLink>
            </>
          ) : (
            "nog niet toegewezen"
          )}
        </DataListItem>
      </DataList>
    </section>
  );
}

function period(start: string | null, end: string | null): string {
  if (start && end) return `${formatDate(start)} tot en met ${formatDate(end)}`;
  if (start) return `vanaf ${formatDate(start)}`;
  if (end) return `tot en met ${formatDate(end)}`;
  return "niet vermeld";
}

function useReloadContract() {
  const revalidator = useRevalidator();
  return {
    reload: () => revalidator.revalidate(),
    reloading: revalidator.state === "loading",
  };
}

function ContactSection({ contract }: { contract: ContractDetailsFragment }) {
  const deadline = contract.contactDeadline;
  const [confirmIntake, { loading }] = useMutation(ConfirmIntakeMutation);
  const [feedback, setFeedback] = useState<ActionFeedback | null>(null);
  const { reload, reloading } = useReloadContract();

  async function confirm() {
    setFeedback(null);
    try {
      const { data } = await confirmIntake({
        variables: { contractId: contract.id, version: contract.version },
      });
      setFeedback(feedbackFrom(data?.confirmIntake, "De intake is bevestigd."));
    } catch {
      setFeedback({
        kind: "failed",
        message: "Het bevestigen is niet gelukt. Probeer het opnieuw.",
      });
    }
  }

  return (
    <section aria-labelledby="contact">
      <Heading level={2} id="contact">
        Contact en intake
      </Heading>
      <Paragraph>
        Na de gunning neemt de opdrachtnemer binnen de termijn van het beleid contact op met{" "}
        {contract.municipality.carriedOutBy?.name ?? `gemeente ${contract.municipality.name}`} voor
        een intake.
      </Paragraph>
      <DataList>
        <DataListItem label="Termijn">
          <DeadlineBadge state={deadline.state} dueDate={deadline.dueDate} />
        </DataListItem>
        <DataListItem label="Contact opgenomen">
          {deadline.requestedAt ? formatDateTime(deadline.requestedAt) : "nog niet"}
        </DataListItem>
        {deadline.message ? (
          <DataListItem label="Bericht van de opdrachtnemer">{deadline.message}</DataListItem>
        ) : null}
        {deadline.preferredTimes ? (
          <DataListItem label="Voorkeurstijden">{deadline.preferredTimes}</DataListItem>
        ) : null}
        <DataListItem label="Intake bevestigd">
          {deadline.intakeConfirmedAt ? formatDateTime(deadline.intakeConfirmedAt) : "nog niet"}
        </DataListItem>
      </DataList>
      {feedback ? (
        <ActionFeedbackMessage feedback={feedback} onReload={reload} reloading={reloading} />
      ) : null}
      {contract.viewerCan.confirmIntake ? (
        <>
          <Paragraph>
            {deadline.requestedAt
              ? "Heeft de intake plaatsgevonden? Bevestig het hier."
              : "De opdrachtnemer heeft nog niet via het portaal contact opgenomen. Vond de intake op een andere manier plaats, bijvoorbeeld telefonisch? Bevestig het dan hier."}{" "}
            {contract.status === "AWARDED" ? "De opdracht gaat dan naar Plan van aanpak." : null}
          </Paragraph>
          <Button onClick={confirm} disabled={loading}>
            Intake bevestigen
          </Button>
        </>
      ) : null}
    </section>
  );
}

function StatusSection({ contract }: { contract: ContractDetailsFragment }) {
  const [changeStatus, { loading }] = useMutation(ChangeStatusMutation);
  const [confirming, setConfirming] = useState<ContractStatus | null>(null);
  const [feedback, setFeedback] = useState<ActionFeedback | null>(null);
  const { reload, reloading } = useReloadContract();
  const section = useRef<HTMLElement>(null);

  if (contract.statusChoices.length === 0) {
    return (
      <section aria-labelledby="status">
        <Heading level={2} id="status">
          Status
        </Heading>
        <Paragraph>
          De opdracht heeft de status <ContractStatusBadge status={contract.status} />.
        </Paragraph>
        {contract.nextStatusRefusal ? <Paragraph>{contract.nextStatusRefusal}</Paragraph> : null}
      </section>
    );
  }

  async function apply(status: ContractStatus) {
    setFeedback(null);
    try {
      const { data } = await changeStatus({
        variables: { id: contract.id, version: contract.version, status },
      });
      setFeedback(
        feedbackFrom(
          data?.changeContractStatus,
          `De status is gewijzigd naar ${CONTRACT_STATUS_LABELS[status]}.`,
        ),
      );
    } catch {
      setFeedback({ kind: "failed", message: "Het wijzigen is niet gelukt. Probeer het opnieuw." });
    }
    setConfirming(null);
  }

  function cancel() {
    const status = confirming;
    setConfirming(null);
    // Back to the button that opened the question, once it is there again.
    requestAnimationFrame(() =>
      section.current?.querySelector<HTMLElement>(`[data-status="${status}"]`)?.focus(),
    );
  }

  return (
    <section aria-labelledby="status" ref={section}>
      <Heading level={2} id="status">
        Status
      </Heading>
      <Paragraph>
        De opdracht heeft de status <ContractStatusBadge status={contract.status} />. Een opdracht
        gaat één stap verder, of één stap terug om een vergissing te herstellen.
      </Paragraph>
      {/* Why the next step is not offered: the domain's lifecycle decides, the API says why. */}
      {contract.nextStatusRefusal ? <Paragraph>{contract.nextStatusRefusal}</Paragraph> : null}
      {feedback ? (
        <ActionFeedbackMessage feedback={feedback} onReload={reload} reloading={reloading} />
      ) : null}
      {confirming ? (
        <ConfirmStatus
          from={contract.status}
          to={confirming}
          busy={loading}
          onConfirm={() => apply(confirming)}
          onCancel={cancel}
        />
      ) : (
        <ButtonGroup>
          {contract.statusChoices.map((status) => (
            <Button
              key={status}
              appearance="secondary-action"
              data-status={status}
              onClick={() => {
                setFeedback(null);
                setConfirming(status);
              }}
            >
              Naar {CONTRACT_STATUS_LABELS[status]}
            </Button>
          ))}
        </ButtonGroup>
      )}
    </section>
  );
}

function ConfirmStatus({
  from,
  to,
  busy,
  onConfirm,
  onCancel,
}: {
  from: ContractStatus;
  to: ContractStatus;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, []);
  return (
    <section className="sroi-panel" aria-labelledby="status-bevestigen">
      <h3 className="utrecht-heading-3" id="status-bevestigen" tabIndex={-1} ref={heading}>
        Status wijzigen naar {CONTRACT_STATUS_LABELS[to]}?
      </h3>
      <Paragraph>
        De opdracht gaat van {CONTRACT_STATUS_LABELS[from]} naar {CONTRACT_STATUS_LABELS[to]}. Dit
        komt in de audittrail.
      </Paragraph>
      <ButtonGroup>
        <Button onClick={onConfirm} disabled={busy}>
          Ja, naar {CONTRACT_STATUS_LABELS[to]}
        </Button>
        <Button appearance="secondary-action" onClick={onCancel} disabled={busy}>
          Annuleren
        </Button>
      </ButtonGroup>
    </section>
  );
}
