// One contract of the contractor: what it owes and why, under which policy and catalogue, and the
// first step after award: contacting the organisation that carries out the gemeente's social return
// (its WSP or its own team), whose contact details and accountmanager the page shows.
import { useReadQuery } from "@apollo/client/react";
import {
  CONTRACT_KIND_LABELS,
  formatDate,
  formatEuro,
  formatShare,
  hasRunningDeadlines,
  phoneDigits,
} from "@sroi/domain";
import {
  Alert,
  CatalogueSource,
  ConceptNote,
  ContractStatusBadge,
  DataList,
  DataListItem,
  DeadlineBadge,
  describeValidFrom,
  formatDateTime,
  Heading,
  Link,
  ObligationBreakdown,
  obligationText,
  PageTitle,
  Paragraph,
  PsoLapseNote,
  SectionNav,
} from "@sroi/ui";
import { useState } from "react";
import { type LoaderFunctionArgs, useLoaderData } from "react-router";
import { preloadQuery } from "../apollo";
import { carrierName } from "../carrier";
import { ContactForm } from "../contact-form";
import { graphql } from "../gql";
import type { PortalContractDetailsFragment } from "../gql/graphql";
import { OpenTasks } from "../open-tasks";
import { PlanSection } from "../plan/plan-section";
import { ContractAssessmentSection, ContractProgressSection } from "../progress/progress-section";
import { RealisationsSection } from "../realisations/realisations-section";

// The contact form's mutation answers with the same fields, so the page updates from the cache.
export const ContractDetailsFields = graphql(`
  fragment PortalContractDetails on Contract {
    id
    reference
    title
    department
    status
    kind
    valueExclVat
    labourShare
    publicationDate
    awardDate
    startDate
    endDate
    municipality {
      code
      name
      carriedOutBy {
        id
        name
        email
        phone
      }
    }
    consultant {
      id
      name
      email
      phone
    }
    pso {
      lapsesBeforeEnd
      lapseMessage
    }
    obligation {
      kind
      percentage
      amount
      lines {
        label
        amount
      }
      policy {
        name
        validFrom
        source
        conceptNote
      }
      catalogueVersion {
        key
        name
        validFrom
        conceptNote
        region {
          code
          name
        }
      }
    }
    viewerCan {
      requestIntake
    }
    contactDeadline {
      dueDate
      state
      requestedAt
      message
      preferredTimes
      intakeConfirmedAt
    }
  }
`);

const ContractQuery = graphql(`
  query PortalContract($id: ID!) {
    contract(id: $id) {
      ...PortalContractDetails
      ...PortalPlanSection
      ...ContractProgress
      ...PortalRealisations
      ...PortalOpenTasks
    }
  }
`);

export function loader({ params }: LoaderFunctionArgs) {
  const id = params.id ?? "";
  // Always from the server: the WSP reviews plans and realisations elsewhere, and a page read from
  // the cache would keep showing "Ingediend" after they were judged.
  return preloadQuery.toPromise(
    preloadQuery(ContractQuery, { variables: { id }, fetchPolicy: "network-only" }),
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
        <Link to="/opdrachten">Mijn opdrachten</Link>
      </Paragraph>
      <Heading level={1}>{contract.title}</Heading>
      <Paragraph lead>
        <span className="sroi-code">{contract.reference}</span>, gemeente{" "}
        {contract.municipality.name} <ContractStatusBadge status={contract.status} />
      </Paragraph>

      <section aria-labelledby="te-doen" className="sroi-panel">
        <Heading level={2} id="te-doen">
          Te doen
        </Heading>
        <OpenTasks contract={contract} headingId="te-doen" />
      </section>
      <SectionNav
        sections={[
          { id: "contact", label: `Contact met ${carrierName(contract.municipality)}` },
          { id: "verplichting", label: "SR-verplichting" },
          { id: "plan-van-aanpak", label: "Plan van aanpak" },
          { id: "voortgang", label: "Voortgang" },
          { id: "verantwoording", label: "Verantwoording" },
          ...(contract.assessment || contract.assessable
            ? [{ id: "eindbeoordeling", label: "Eindbeoordeling" }]
            : []),
          { id: "gegevens", label: "Gegevens" },
        ]}
      />

      <ContactSection contract={contract} />
      <ObligationSection contract={contract} />
      <PlanSection contract={contract} />
      <ContractProgressSection contract={contract} carrier={carrierName(contract.municipality)} />
      <RealisationsSection contract={contract} />
      <ContractAssessmentSection contract={contract} carrier={carrierName(contract.municipality)} />
      <section aria-labelledby="gegevens">
        <Heading level={2} id="gegevens">
          Gegevens van de opdracht
        </Heading>
        <ContractFacts contract={contract} />
      </section>
    </>
  );
}

type Contract = PortalContractDetailsFragment;

/** Also for the pages below a contract (plan, realisations): the same answer for an unknown id. */
export function ContractNotFound() {
  return (
    <>
      <PageTitle>Opdracht niet gevonden</PageTitle>
      <Heading level={1}>Opdracht niet gevonden</Heading>
      <Paragraph>
        Deze opdracht bestaat niet of hoort niet bij uw organisatie. Misschien is de link verouderd.
      </Paragraph>
      <Paragraph>
        <Link to="/opdrachten">Naar mijn opdrachten</Link>
      </Paragraph>
    </>
  );
}

function ContactSection({ contract }: { contract: Contract }) {
  const deadline = contract.contactDeadline;
  const carrier = carrierName(contract.municipality);
  const [sent, setSent] = useState(false);
  return (
    <section aria-labelledby="contact">
      <Heading level={2} id="contact">
        Contact met {carrier}
      </Heading>
      {/* In the page before the form is sent, so a screen reader announces the confirmation */}
      <div role="status">
        {sent ? (
          <Alert type="ok" heading="Uw bericht is verstuurd" headingLevel={3}>
            <p className="utrecht-paragraph">
              {carrier} heeft uw bericht ontvangen. Hieronder staat wat u stuurde.
            </p>
          </Alert>
        ) : null}
      </div>
      <ContactDetails contract={contract} />
      {hasRunningDeadlines(contract.status) ? (
        <Paragraph>
          <DeadlineBadge state={deadline.state} dueDate={deadline.dueDate} />
        </Paragraph>
      ) : null}
      {deadline.requestedAt ? (
        <ContactRequested contract={contract} requestedAt={deadline.requestedAt} />
      ) : !contract.viewerCan.requestIntake ? null : (
        <>
          <Paragraph>
            Neem {deadline.state === "OVERDUE" ? "zo snel mogelijk" : "uiterlijk"}{" "}
            {deadline.state === "OVERDUE" ? "" : `${formatDate(deadline.dueDate)} `}
            contact op met {carrier}. Samen maakt u een plan van aanpak: welke bouwblokken u inzet
            om de verplichting in te vullen. {carrier} kan ook kandidaten voorstellen.
          </Paragraph>
          <ContactForm contractId={contract.id} carrier={carrier} onSent={() => setSent(true)} />
        </>
      )}
    </section>
  );
}

/** Who carries out the gemeente's social return, its shared mailbox and phone, and the accountmanager. */
function ContactDetails({ contract }: { contract: Contract }) {
  const organisation = contract.municipality.carriedOutBy;
  const consultant = contract.consultant;
  return (
    <DataList>
      <DataListItem label="Uitvoering social return">
        {carrierName(contract.municipality)}
      </DataListItem>
      {organisation?.email ? (
        <DataListItem label="E-mail">
          <a className="utrecht-link" href={`mailto:${organisation.email}`}>
            {organisation.email}
          </a>
        </DataListItem>
      ) : null}
      {organisation?.phone ? (
        <DataListItem label="Telefoon">
          <a className="utrecht-link" href={`tel:${phoneDigits(organisation.phone)}`}>
            {organisation.phone}
          </a>
        </DataListItem>
      ) : null}
      <DataListItem label="Uw accountmanager">
        {consultant ? (
          <>
            {consultant.name},{" "}
            <a className="utrecht-link" href={`mailto:${consultant.email}`}>
              {consultant.email}
            </a>
            {consultant.phone ? (
              <>
                ,{" "}
                <a className="utrecht-link" href={`tel:${phoneDigits(consultant.phone)}`}>
                  {consultant.phone}
                </a>
              </>
            ) : null}
          </>
        ) : (
          "Nog niet toegewezen; uw bericht gaat naar het algemene adres hierboven."
        )}
      </DataListItem>
    </DataList>
  );
}

function ContactRequested({ contract, requestedAt }: { contract: Contract; requestedAt: string }) {
  const deadline = contract.contactDeadline;
  const carrier = carrierName(contract.municipality);
  return (
    <DataList>
      <DataListItem label="Contact opgenomen">{formatDateTime(requestedAt)}</DataListItem>
      {deadline.message ? (
        <DataListItem label="Uw bericht">
          <span className="sroi-preserve-lines">{deadline.message}</span>
        </DataListItem>
      ) : null}
      {deadline.preferredTimes ? (
        <DataListItem label="Voorkeur voor een gesprek">{deadline.preferredTimes}</DataListItem>
      ) : null}
      <DataListItem label="Intake">
        {deadline.intakeConfirmedAt
          ? `Bevestigd door ${carrier} op ${formatDateTime(deadline.intakeConfirmedAt)}`
          : `Nog niet bevestigd door ${carrier}, die contact met u opneemt voor een intakegesprek.`}
      </DataListItem>
    </DataList>
  );
}

function ObligationSection({ contract }: { contract: Contract }) {
  const { obligation } = contract;
  const { policy, catalogueVersion } = obligation;
  return (
    <section aria-labelledby="verplichting">
      <Heading level={2} id="verplichting">
        SR-verplichting
      </Heading>
      <p className="utrecht-paragraph sroi-big-amount">
        {obligation.kind === "PERCENTAGE"
          ? formatEuro(obligation.amount)
          : capitalise(obligationText(obligation))}
      </p>
      <ObligationBreakdown obligation={obligation} />
      <PsoLapseNote pso={contract.pso} />

      <Heading level={3}>Beleid</Heading>
      {policy.conceptNote ? <ConceptNote note={policy.conceptNote} headingLevel={4} /> : null}
      <DataList>
        <DataListItem label="Beleid">{policy.name}</DataListItem>
        {policy.validFrom ? (
          <DataListItem label="Geldig vanaf">{formatDate(policy.validFrom)}</DataListItem>
        ) : null}
        <DataListItem label="Bron">
          <CatalogueSource source={policy.source ?? null} />
        </DataListItem>
      </DataList>

      <Heading level={3}>Bouwblokkenmodel</Heading>
      {catalogueVersion ? (
        <>
          {catalogueVersion.conceptNote ? (
            <ConceptNote note={catalogueVersion.conceptNote} headingLevel={4} />
          ) : null}
          <Paragraph>
            Deze opdracht valt onder <strong>{catalogueVersion.name}</strong> (
            {describeValidFrom(catalogueVersion.validFrom)}). Met de bouwblokken daaruit vult u de
            verplichting in.
          </Paragraph>
          <Paragraph>
            <Link
              to={`/bouwblokken?${new URLSearchParams({
                regio: catalogueVersion.region.code,
                versie: catalogueVersion.key,
              })}`}
            >
              Bekijk de bouwblokken van {catalogueVersion.name}
            </Link>
          </Paragraph>
        </>
      ) : (
        <Alert type="warning" headingLevel={4} heading="Geen bouwblokkenmodel">
          <p className="utrecht-paragraph">
            Bij deze opdracht hoort (nog) geen gepubliceerd bouwblokkenmodel. Vraag{" "}
            {carrierName(contract.municipality)} welke activiteiten meetellen.
          </p>
        </Alert>
      )}
    </section>
  );
}

function ContractFacts({ contract }: { contract: Contract }) {
  return (
    <DataList>
      <DataListItem label="Kenmerk">
        <span className="sroi-code">{contract.reference}</span>
      </DataListItem>
      <DataListItem label="Gemeente">{contract.municipality.name}</DataListItem>
      {contract.department ? (
        <DataListItem label="Afdeling">{contract.department}</DataListItem>
      ) : null}
      <DataListItem label="Soort">{CONTRACT_KIND_LABELS[contract.kind]}</DataListItem>
      <DataListItem label="Opdrachtwaarde">
        {formatEuro(contract.valueExclVat)} excl. btw
      </DataListItem>
      {contract.labourShare ? (
        <DataListItem label="Arbeidsaandeel">{formatShare(contract.labourShare)}</DataListItem>
      ) : null}
      {contract.publicationDate ? (
        <DataListItem label="Publicatiedatum">{formatDate(contract.publicationDate)}</DataListItem>
      ) : null}
      <DataListItem label="Gunningsdatum">{formatDate(contract.awardDate)}</DataListItem>
      {contract.startDate || contract.endDate ? (
        <DataListItem label="Looptijd">
          {contract.startDate ? formatDate(contract.startDate) : "onbekend"} t/m{" "}
          {contract.endDate ? formatDate(contract.endDate) : "onbekend"}
        </DataListItem>
      ) : null}
    </DataList>
  );
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
