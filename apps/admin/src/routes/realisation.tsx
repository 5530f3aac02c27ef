// Verantwoording beoordelen: one realisation with every input, the computed value and its breakdown,
// the evidence and what happened to it so far; a submitted one can be accepted or rejected by those
// who manage the contract (the API's rule, shown by viewerCan.review).
import { useReadQuery } from "@apollo/client/react";
import { describePlannedInputs, formatEuro } from "@sroi/domain";
import {
  DoubleCountNotice,
  FocusedAlert,
  formatDateTime,
  Heading,
  Link,
  namesByCode,
  PageTitle,
  Paragraph,
  RealisationRecord,
  RealisationStatusBadge,
  realisationTitle,
} from "@sroi/ui";
import { useState } from "react";
import { type LoaderFunctionArgs, useLoaderData, useParams, useRevalidator } from "react-router";
import { preloadQuery } from "../apollo";
import { graphql } from "../gql";
import type { AdminRealisationFragment, AdminRealisationPageQuery } from "../gql/graphql";
import { ReviewForm } from "../realisations/review-form";
import { nextItemPath } from "./work-queue";
import "../realisations/realisation.css";

const RealisationPageQuery = graphql(`
  query AdminRealisationPage($id: ID!) {
    contract(id: $id) {
      id
      reference
      title
      contractor {
        id
        name
      }
      obligation {
        catalogueVersion {
          key
          name
          blocks {
            code
            name
          }
          bonuses {
            code
            name
          }
        }
      }
      realisations {
        ...AdminRealisation
      }
      auditEvents {
        ...AuditEntry
        entityId
      }
    }
    municipalities {
      code
      name
    }
  }
`);

export function loader({ params }: LoaderFunctionArgs) {
  return preloadQuery.toPromise(
    preloadQuery(RealisationPageQuery, {
      variables: { id: params.id ?? "" },
      fetchPolicy: "network-only",
    }),
  );
}

export function RealisationReviewPage() {
  const { data } = useReadQuery(useLoaderData<typeof loader>());
  const { realisationId } = useParams();
  const revalidator = useRevalidator();
  // The confirmation belongs to the realisation it was given for, not to the next one opened here.
  const [reviewed, setReviewed] = useState<{ id: string; message: string } | null>(null);
  const contract = data.contract;
  const realisation = contract?.realisations.find((r) => r.id === realisationId);
  if (!contract || !realisation) return <NotFound contractId={contract?.id ?? null} />;
  const contractPath = `/opdrachten/${encodeURIComponent(contract.id)}`;
  const catalogue = contract.obligation.catalogueVersion;
  const blockNames = namesByCode(catalogue?.blocks);
  const title = realisationTitle(realisation, blockNames);

  return (
    <>
      <PageTitle>{`${title} – ${contract.reference}`}</PageTitle>
      <Paragraph>
        <Link to={`${contractPath}#verantwoording`}>Terug naar de opdracht</Link>
      </Paragraph>
      <p className="utrecht-paragraph sroi-eyebrow">
        Verantwoording bij <span className="sroi-code">{contract.reference}</span> ·{" "}
        {contract.contractor.name}
      </p>
      <Heading level={1}>{title}</Heading>
      <Paragraph>
        Status: <RealisationStatusBadge status={realisation.status} /> · ingediend op{" "}
        {formatDateTime(realisation.submittedAt)}
      </Paragraph>
      {reviewed?.id === realisation.id ? (
        <Reviewed message={reviewed.message} realisationId={realisation.id} />
      ) : null}
      {realisation.reviewReason ? (
        <Paragraph>
          {realisation.status === "REJECTED"
            ? "Reden van afwijzing"
            : "Toelichting bij de acceptatie"}
          : <span className="sroi-preserve-lines">{realisation.reviewReason}</span>
        </Paragraph>
      ) : null}

      {realisation.status === "SUBMITTED" ? (
        <DoubleCountNotice
          doubleCounts={realisation.doubleCounts}
          contractPath={(id) => `/opdrachten/${encodeURIComponent(id)}`}
          intro="Dezelfde persoon op dezelfde dagen, of dezelfde factuur, staat ook in een andere verantwoording in de regio. Die dagen of die factuur tellen maar één keer: is de andere al geaccepteerd, dan kunt u deze niet accepteren."
        />
      ) : null}
      <RealisationRecord
        realisation={realisation}
        blockNames={blockNames}
        bonusNames={namesByCode(catalogue?.bonuses)}
        municipalityNames={namesByCode(data.municipalities)}
        showPersonName
        valueIntro={
          realisation.blockCode === null
            ? "Maatwerk heeft geen waarde in het bouwblokkenmodel: wie de bijdrage accepteert, stelt de waarde vast."
            : `Berekend met ${catalogue?.name ?? "het bouwblokkenmodel van de opdracht"}, het bouwblokkenmodel dat aan de opdracht is vastgezet.`
        }
      />

      <PlanLineFilled realisation={realisation} blockNames={blockNames} />
      <EvidencePreview files={realisation.evidence} />

      <section aria-labelledby="beoordelen">
        <Heading level={2} id="beoordelen">
          {realisation.status === "SUBMITTED" ? "Beoordelen" : "Beoordeling"}
        </Heading>
        {realisation.status !== "SUBMITTED" ? (
          <Paragraph>
            Deze verantwoording is{" "}
            {realisation.status === "ACCEPTED" ? "geaccepteerd" : "afgewezen"}.{" "}
            {realisation.status === "REJECTED"
              ? "Corrigeert de opdrachtnemer haar, dan kunt u haar opnieuw beoordelen."
              : "Zij telt mee voor de SR-verplichting en kan niet meer worden gewijzigd."}
          </Paragraph>
        ) : realisation.viewerCan.review ? (
          <>
            <Paragraph>
              {realisation.judgementReason
                ? `Vraagt uw oordeel: ${realisation.judgementReason}`
                : "Vraagt geen oordeel: een bouwblok uit het goedgekeurde plan, met bewijs. U kunt haar ook met andere samen accepteren op de pagina van de opdracht."}
            </Paragraph>
            <ReviewForm
              // Typed text survives a reload of the same realisation, not a switch to another one.
              key={realisation.id}
              realisation={realisation}
              onReviewed={(message) => {
                setReviewed({ id: realisation.id, message });
                // The history and the contract's figures change with a review: read them again.
                revalidator.revalidate();
              }}
              onReload={() => revalidator.revalidate()}
            />
          </>
        ) : (
          <Paragraph>
            U kunt deze verantwoording alleen bekijken. Een accountmanager of coördinator van deze
            opdracht beoordeelt haar.
          </Paragraph>
        )}
      </section>

      <Heading level={2}>Geschiedenis</Heading>
      <History realisation={realisation} events={contract.auditEvents} />
    </>
  );
}

/** Which line of the approved plan the realisation fills (the API's rule, Realisation.planLine). */
function PlanLineFilled({
  realisation,
  blockNames,
}: {
  realisation: AdminRealisationFragment;
  blockNames: ReadonlyMap<string, string>;
}) {
  const line = realisation.planLine;
  return (
    <section aria-labelledby="planregel">
      <Heading level={2} id="planregel">
        Plan van aanpak
      </Heading>
      <Paragraph>
        {line
          ? `Vult de regel ${blockNames.get(line.blockCode) ?? line.blockCode} (${line.blockCode}) van het goedgekeurde plan: ${line.people === 1 ? "1 persoon" : `${line.people} personen`}${describePlannedInputs(line) ? `, ${describePlannedInputs(line)}` : ""}, gepland voor ${formatEuro(line.value)}.`
          : realisation.blockCode === null
            ? "Maatwerk vult geen regel van het plan van aanpak."
            : "Vult geen regel van het goedgekeurde plan van aanpak: het plan heeft dit bouwblok niet, of er is nog geen goedgekeurd plan."}
      </Paragraph>
    </section>
  );
}

/**
 * Images shown in the page; a PDF opens in the browser's own viewer ("Bekijken", served inline),
 * not in a frame: an embedded PDF viewer took the pointer from the review buttons below it in
 * Chromium, and a frame is harder to read with a screen reader than the viewer's own tab.
 * Each file has its download beside it.
 */
function EvidencePreview({ files }: { files: AdminRealisationFragment["evidence"] }) {
  if (files.length === 0) return null;
  return (
    <section aria-labelledby="bewijs-bekijken">
      <Heading level={2} id="bewijs-bekijken">
        Bewijs bekijken
      </Heading>
      {files.map((file) => (
        <figure key={file.id} className="sroi-evidence-preview">
          {file.mimeType === "application/pdf" ? null : (
            <img src={file.url} alt={`Bewijs: ${file.fileName}`} />
          )}
          <figcaption>
            {file.fileName} ·{" "}
            {file.mimeType === "application/pdf" ? (
              <>
                <a className="utrecht-link" href={file.url} target="_blank" rel="noopener">
                  Bekijken
                  <span className="sroi-visually-hidden"> (opent in een nieuw tabblad)</span>
                </a>{" "}
                ·{" "}
              </>
            ) : null}
            <a className="utrecht-link" href={file.url} download={file.fileName}>
              Downloaden
            </a>
          </figcaption>
        </figure>
      ))}
    </section>
  );
}

function Reviewed({ message, realisationId }: { message: string; realisationId: string }) {
  return (
    <FocusedAlert type="ok" role="status">
      <p className="utrecht-paragraph">{message}</p>
      <p className="utrecht-paragraph">
        <Link to={nextItemPath("REALISATIONS_TO_REVIEW", realisationId)}>
          Volgende verantwoording
        </Link>
      </p>
    </FocusedAlert>
  );
}

const HISTORY_ACTIONS: Record<string, string> = {
  "realisation.submit": "Ingediend",
  "realisation.correct": "Gecorrigeerd en opnieuw ingediend",
  "realisation.accept": "Geaccepteerd",
  "realisation.reject": "Afgewezen",
};

type AuditEvents = NonNullable<AdminRealisationPageQuery["contract"]>["auditEvents"];

/** What happened to the realisation, oldest first, from the contract's audit trail. */
function History({
  realisation,
  events,
}: {
  realisation: AdminRealisationFragment;
  events: AuditEvents;
}) {
  const own = events
    .filter((event) => event.entityId === realisation.id && event.action in HISTORY_ACTIONS)
    .sort((a, b) => a.at.localeCompare(b.at));
  const entries = [
    // An imported realisation has no event of its own: the import is recorded on the contract.
    ...(own.some((event) => event.action === "realisation.submit")
      ? []
      : [
          {
            id: "ingediend",
            label: "Ingediend met een import uit een spreadsheet",
            at: realisation.submittedAt,
            actor: null,
            reason: null,
          },
        ]),
    ...own.map((event) => ({
      id: event.id,
      label: HISTORY_ACTIONS[event.action] ?? event.action,
      at: event.at,
      actor: event.actorEmail ?? null,
      reason: reasonOf(event.after),
    })),
  ];
  return (
    <ol className="sroi-timeline">
      {entries.map((entry) => (
        <li key={entry.id} className="sroi-timeline__entry">
          <strong>{entry.label}</strong> op{" "}
          <time dateTime={entry.at}>{formatDateTime(entry.at)}</time>
          {entry.actor ? ` door ${entry.actor}` : ""}
          {entry.reason ? (
            <>
              <br />
              <span className="sroi-preserve-lines">{entry.reason}</span>
            </>
          ) : null}
        </li>
      ))}
    </ol>
  );
}

function reasonOf(after: string | null | undefined): string | null {
  if (!after) return null;
  try {
    const parsed: unknown = JSON.parse(after);
    return parsed && typeof parsed === "object" && "reason" in parsed
      ? ((parsed as { reason: unknown }).reason as string | null)
      : null;
  } catch {
    return null;
  }
}

function NotFound({ contractId }: { contractId: string | null }) {
  return (
    <>
      <PageTitle>Verantwoording niet gevonden</PageTitle>
      <Heading level={1}>Verantwoording niet gevonden</Heading>
      <Paragraph>
        Deze verantwoording bestaat niet, of u heeft geen toegang tot de opdracht. Misschien is de
        link verouderd.
      </Paragraph>
      <Paragraph>
        <Link to={contractId ? `/opdrachten/${encodeURIComponent(contractId)}` : "/opdrachten"}>
          {contractId ? "Terug naar de opdracht" : "Naar alle opdrachten"}
        </Link>
      </Paragraph>
    </>
  );
}
