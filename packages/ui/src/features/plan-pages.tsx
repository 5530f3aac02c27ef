// The pages around a plan van aanpak that read the same for the contractor and the WSP: every
// version, one version, and two versions compared. Each app asks for the data with its own query
// (its own codegen types it) and renders one of these with the answer; only what really differs
// between the apps comes in as a prop. The addresses are the same in both apps, below their base.
import { formatEuro, type ObligationKind } from "@sroi/domain";
import type { ReactNode } from "react";
import { Link } from "../primitives/link.js";
import { PageTitle } from "../primitives/page.js";
import { Heading, Paragraph } from "../primitives/typography.js";
import {
  type PlanBlockName,
  PlanCompareForm,
  PlanDifferencesTable,
  type PlanDifferenceView,
  type PlanVersionData,
  PlanVersionDetails,
  PlanVersionsTable,
} from "./plan.js";

/** "/opdrachten/<id>/plan": the plan page; its versions and the comparison live below it. */
export const planPath = (contractId: string) =>
  `/opdrachten/${encodeURIComponent(contractId)}/plan`;

/** The contract as the plan pages show it: named, with its obligation and every version, newest first. */
export interface PlanPageContract {
  id: string;
  reference: string;
  title: string;
  obligation: {
    kind: ObligationKind;
    amount: string;
    catalogueVersion?: { blocks: readonly PlanBlockName[] } | null;
  };
  plans: readonly PlanVersionData[];
}

/** Every version of the plan and the choice of two to compare (/opdrachten/:id/plan/versies). */
export function PlanVersionsPageBody({
  contract,
  noPlan,
}: {
  contract: PlanPageContract;
  /** what to say when there is no version yet: who writes the plan differs per app */
  noPlan: ReactNode;
}) {
  const base = planPath(contract.id);
  return (
    <>
      <PlanPageHeader
        contract={contract}
        title={`Versies van het plan van aanpak ${contract.reference}`}
        back={<Link to={base}>Terug naar het plan van aanpak</Link>}
      >
        Versies van het plan van aanpak
      </PlanPageHeader>
      {contract.plans.length === 0 ? (
        <Paragraph>{noPlan}</Paragraph>
      ) : (
        <>
          <Paragraph>
            Elke versie blijft bewaard, met de beoordeling ervan. Open een versie om de regels te
            zien.
          </Paragraph>
          <PlanVersionsTable
            versions={contract.plans}
            versionPath={(version) => `${base}/versies/${encodeURIComponent(version.id)}`}
            captionHidden
          />
          {contract.plans.length > 1 ? (
            <section aria-labelledby="versies-vergelijken">
              <Heading level={2} id="versies-vergelijken">
                Twee versies vergelijken
              </Heading>
              <PlanCompareForm versions={contract.plans} action={`${base}/vergelijk`} />
            </section>
          ) : null}
        </>
      )}
    </>
  );
}

/**
 * One version of the plan, read-only (/opdrachten/:id/plan/versies/:planId): its lines, its
 * figures against the obligation and what the WSP said about it.
 */
export function PlanVersionPageBody({
  contract,
  planId,
}: {
  contract: PlanPageContract;
  /** the :planId of the address; a version of another contract is not found here */
  planId: string | undefined;
}) {
  const base = planPath(contract.id);
  const index = contract.plans.findIndex((plan) => plan.id === planId);
  const version = contract.plans[index];
  if (!version) {
    return (
      <>
        <PageTitle>Versie niet gevonden</PageTitle>
        <Heading level={1}>Versie niet gevonden</Heading>
        <Paragraph>Deze versie hoort niet bij het plan van aanpak van deze opdracht.</Paragraph>
        <Paragraph>
          <Link to={`${base}/versies`}>Naar alle versies</Link>
        </Paragraph>
      </>
    );
  }
  // Newest first: the version after this one in the list is the one before it in time.
  const previous = contract.plans[index + 1];
  return (
    <>
      <PlanPageHeader
        contract={contract}
        title={`Versie ${version.number} van het plan van aanpak ${contract.reference}`}
        back={<Link to={`${base}/versies`}>Alle versies van het plan</Link>}
      >
        Plan van aanpak, versie {version.number}
      </PlanPageHeader>
      <PlanVersionDetails
        version={version}
        blocks={contract.obligation.catalogueVersion?.blocks ?? []}
        obligation={contract.obligation}
      />
      {previous ? (
        <Paragraph>
          <Link
            to={`${base}/vergelijk?${new URLSearchParams({ van: previous.id, naar: version.id })}`}
          >
            Vergelijk met versie {previous.number}
          </Link>
        </Paragraph>
      ) : null}
    </>
  );
}

/**
 * Two versions compared line by line, as the API matched them (/opdrachten/:id/plan/vergelijk
 * ?van=…&naar=…), and the choice of two others.
 */
export function PlanComparePageBody({
  contract,
  differences,
  beforeId,
  afterId,
}: {
  contract: PlanPageContract;
  /** the API's comparison; null when it could not compare the two */
  differences: readonly PlanDifferenceView[] | null | undefined;
  /** ?van and ?naar of the address */
  beforeId: string | null;
  afterId: string | null;
}) {
  const base = planPath(contract.id);
  const before = contract.plans.find((plan) => plan.id === beforeId);
  const after = contract.plans.find((plan) => plan.id === afterId);
  return (
    <>
      <PlanPageHeader
        contract={contract}
        title={`Versies vergelijken: plan van aanpak ${contract.reference}`}
        back={<Link to={`${base}/versies`}>Alle versies van het plan</Link>}
      >
        Versies vergelijken
      </PlanPageHeader>
      {before && after && differences ? (
        <>
          <Paragraph lead>
            Versie {before.number} ({formatEuro(before.total)}) en versie {after.number} (
            {formatEuro(after.total)}) van het plan van aanpak, regel voor regel.
          </Paragraph>
          <PlanDifferencesTable
            differences={differences}
            blocks={contract.obligation.catalogueVersion?.blocks ?? []}
            caption={`Verschillen van versie ${before.number} naar versie ${after.number}`}
          />
        </>
      ) : (
        <Paragraph>Kies twee versies van het plan van deze opdracht om te vergelijken.</Paragraph>
      )}
      {contract.plans.length > 1 ? (
        <section aria-labelledby="andere-versies">
          <Heading level={2} id="andere-versies">
            Andere versies vergelijken
          </Heading>
          <PlanCompareForm
            versions={contract.plans}
            action={`${base}/vergelijk`}
            before={before?.id}
            after={after?.id}
          />
        </section>
      ) : null}
    </>
  );
}

/** The top of each plan page: the way back, which contract it is about, and the page's heading. */
function PlanPageHeader({
  contract,
  title,
  back,
  children,
}: {
  contract: { reference: string; title: string };
  /** the document's title */
  title: string;
  back: ReactNode;
  /** the page's h1 */
  children: ReactNode;
}) {
  return (
    <>
      <PageTitle>{title}</PageTitle>
      <Paragraph>{back}</Paragraph>
      <p className="utrecht-paragraph sroi-eyebrow">
        Opdracht <span className="sroi-code">{contract.reference}</span> · {contract.title}
      </p>
      <Heading level={1}>{children}</Heading>
    </>
  );
}
