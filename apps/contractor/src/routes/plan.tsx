// Plan van aanpak of one contract (/opdrachten/:id/plan). A draft, or a version the reviewer (the
// gemeente's WSP or own team, carrierName) sent back, opens in the editor; a submitted version is
// read-only until judged; an approved one is shown as agreed, with the way to start a new version
// (?nieuwe-versie).
import { useReadQuery } from "@apollo/client/react";
import { formatEuro, formatPercentage } from "@sroi/domain";
import {
  Alert,
  ButtonLink,
  ConceptNote,
  Heading,
  Link,
  PageTitle,
  Paragraph,
  PlanVersionDetails,
  planPath,
  useFocusOnMount,
} from "@sroi/ui";
import { useState } from "react";
import {
  type LoaderFunctionArgs,
  useLoaderData,
  useNavigate,
  useRevalidator,
  useSearchParams,
} from "react-router";
import { preloadQuery } from "../apollo";
import { carrierName } from "../carrier";
import { graphql } from "../gql";
import type { PortalPlanContractFragment } from "../gql/graphql";
import { PlanEditor, type SaveOutcome } from "../plan/plan-editor";
import type { Catalogue } from "../rekenhulp/valuation";
import { ContractNotFound } from "./contract";

const PlanQuery = graphql(`
  query PortalPlan($id: ID!) {
    contract(id: $id) {
      ...PortalPlanContract
    }
  }
`);

/** ?nieuwe-versie: edit an approved plan, which saves as the next version. */
export const NEW_VERSION_PARAM = "nieuwe-versie";

export function loader({ params }: LoaderFunctionArgs) {
  // Always the plan as saved now: the WSP may have judged it since this page was last open.
  return preloadQuery.toPromise(
    preloadQuery(PlanQuery, { variables: { id: params.id ?? "" }, fetchPolicy: "network-only" }),
  );
}

export function PlanPage() {
  const { data } = useReadQuery(useLoaderData<typeof loader>());
  const contract = data.contract;
  const [searchParams] = useSearchParams();
  const navigate = useNavigate();
  const revalidator = useRevalidator();
  const [notice, setNotice] = useState<{ outcome: SaveOutcome; count: number } | null>(null);

  if (!contract) return <ContractNotFound />;

  async function reload() {
    // Back to the plain address too: a new version was made, there is nothing to start any more.
    if (searchParams.size > 0) await navigate({ search: "" }, { replace: true });
    else await revalidator.revalidate();
  }

  async function saved(outcome: SaveOutcome) {
    // The outcome shows once the page shows the plan as saved, so the two never disagree.
    await reload();
    setNotice((shown) => ({ outcome, count: (shown?.count ?? 0) + 1 }));
  }

  return (
    <>
      <PageTitle>{`Plan van aanpak ${contract.reference}`}</PageTitle>
      <Paragraph>
        <Link to={`/opdrachten/${encodeURIComponent(contract.id)}`}>Terug naar de opdracht</Link>
      </Paragraph>
      <p className="utrecht-paragraph sroi-eyebrow">
        Opdracht <span className="sroi-code">{contract.reference}</span> · {contract.title}
      </p>
      <Heading level={1}>Plan van aanpak</Heading>
      {notice ? (
        <SavedNotice
          key={notice.count}
          outcome={notice.outcome}
          carrier={carrierName(contract.municipality)}
        />
      ) : null}
      <PlanBody
        contract={contract}
        editNewVersion={searchParams.has(NEW_VERSION_PARAM)}
        onSaved={saved}
        onReload={() => void reload()}
      />
      {contract.plans.length > 0 ? (
        <Paragraph>
          <Link to={`${planPath(contract.id)}/versies`}>Alle versies van het plan</Link>
        </Paragraph>
      ) : null}
    </>
  );
}

type Contract = PortalPlanContractFragment;

function PlanBody({
  contract,
  editNewVersion,
  onSaved,
  onReload,
}: {
  contract: Contract;
  editNewVersion: boolean;
  onSaved: (outcome: SaveOutcome) => Promise<void>;
  onReload: () => void;
}) {
  const version = contract.obligation.catalogueVersion;
  const latest = contract.plans[0] ?? null;
  const carrier = carrierName(contract.municipality);
  const details = latest ? (
    <PlanVersionDetails
      version={latest}
      blocks={version?.blocks ?? []}
      obligation={contract.obligation}
    />
  ) : null;

  // Whether the plan may change is the API's answer (viewerCan.editPlan); why not, the page tells
  // from the plan's status where it can: a submitted version waits for the WSP.
  if (!contract.viewerCan.editPlan) {
    return (
      <>
        {latest?.status === "SUBMITTED" ? (
          <Paragraph>
            Versie {latest.number} ligt ter beoordeling bij {carrier}. U kunt het plan weer wijzigen
            zodra {carrier} het heeft goedgekeurd of om wijzigingen heeft gevraagd.
          </Paragraph>
        ) : (
          <Paragraph>Het plan van aanpak van deze opdracht kan niet meer veranderen.</Paragraph>
        )}
        {details ?? <Paragraph>Er is geen plan van aanpak opgesteld.</Paragraph>}
      </>
    );
  }
  if (!version) {
    return (
      <Alert type="warning" heading="Geen bouwblokkenmodel" headingLevel={2}>
        <p className="utrecht-paragraph">
          Bij deze opdracht hoort (nog) geen gepubliceerd bouwblokkenmodel, dus er is niets om een
          plan mee samen te stellen. Vraag {carrier} welke activiteiten meetellen.
        </p>
      </Alert>
    );
  }
  if (latest?.status === "APPROVED" && !editNewVersion) {
    return (
      <>
        <Paragraph>
          {carrier} heeft versie {latest.number} goedgekeurd: dit is het plan waarmee u de opdracht
          uitvoert. Verandert er iets, maak dan een nieuwe versie en dien die opnieuw in.
        </Paragraph>
        <Paragraph>
          <ButtonLink appearance="secondary-action" to={`?${NEW_VERSION_PARAM}`}>
            Nieuwe versie maken
          </ButtonLink>
        </Paragraph>
        {details}
      </>
    );
  }

  const catalogue: Catalogue = {
    key: version.key,
    basisHours: version.basisHours,
    blocks: version.blocks,
    bonuses: version.bonuses,
  };
  return (
    <>
      <EditorIntroduction contract={contract} />
      {version.conceptNote ? <ConceptNote note={version.conceptNote} headingLevel={2} /> : null}
      <PlanEditor
        // A saved or reloaded plan starts the editor again from what the API has.
        key={latest ? `${latest.id}-${latest.version}` : "nieuw"}
        contractId={contract.id}
        countingWindow={{ contractStart: contract.startDate, contractEnd: contract.endDate }}
        catalogue={catalogue}
        obligation={contract.obligation}
        latest={latest}
        defaultFrequency={contract.obligation.policy.reportFrequency}
        carrier={carrier}
        onSaved={onSaved}
        onReload={onReload}
      />
    </>
  );
}

function EditorIntroduction({ contract }: { contract: Contract }) {
  const latest = contract.plans[0] ?? null;
  const version = contract.obligation.catalogueVersion;
  const carrier = carrierName(contract.municipality);
  const catalogueText = version ? (
    <>
      U kiest de bouwblokken uit <strong>{version.name}</strong>, het bouwblokkenmodel dat bij deze
      opdracht hoort.{" "}
      <Link
        to={`/bouwblokken?${new URLSearchParams({ regio: version.region.code, versie: version.key })}`}
      >
        Bekijk de bouwblokken en voorwaarden
      </Link>
    </>
  ) : null;
  if (latest?.status === "CHANGES_REQUESTED") {
    return (
      <>
        <Alert type="warning" heading={`${carrier} vraagt om wijzigingen`} headingLevel={2}>
          <p className="utrecht-paragraph sroi-preserve-lines" data-review-comment>
            {latest.reviewComment}
          </p>
          <p className="utrecht-paragraph">
            Pas het plan hieronder aan en dien het opnieuw in. Opslaan maakt versie{" "}
            {latest.number + 1}; versie {latest.number} blijft bewaard.
          </p>
        </Alert>
        <Paragraph>{catalogueText}</Paragraph>
      </>
    );
  }
  if (latest?.status === "DRAFT") {
    return (
      <>
        <Paragraph>
          U werkt aan het concept van versie {latest.number}. Opgeslagen totaal:{" "}
          {formatEuro(latest.total)}
          {latest.projection.percentageCovered !== null
            ? `, ${formatPercentage(latest.projection.percentageCovered)} van de verplichting`
            : ""}
          .
        </Paragraph>
        <Paragraph>{catalogueText}</Paragraph>
      </>
    );
  }
  if (latest?.status === "APPROVED") {
    return (
      <>
        <Paragraph>
          U maakt versie {latest.number + 1}, te beginnen met de regels van de goedgekeurde versie{" "}
          {latest.number}. Die blijft gelden tot {carrier} de nieuwe versie heeft goedgekeurd.
        </Paragraph>
        <Paragraph>{catalogueText}</Paragraph>
      </>
    );
  }
  return (
    <>
      <Paragraph>
        In het plan van aanpak legt u vast met welke bouwblokken u de SR-verplichting invult.{" "}
        {carrier} beoordeelt het plan en keurt het goed of vraagt om wijzigingen.
      </Paragraph>
      <Paragraph>{catalogueText}</Paragraph>
    </>
  );
}

function SavedNotice({ outcome, carrier }: { outcome: SaveOutcome; carrier: string }) {
  // The buttons that were pressed are gone or far below: the outcome takes focus and is read out.
  const ref = useFocusOnMount<HTMLDivElement>();
  const { plan } = outcome;
  const figures = `Totaal ${formatEuro(plan.total)}${
    plan.projection.percentageCovered !== null
      ? `, ${formatPercentage(plan.projection.percentageCovered)} van de verplichting`
      : ""
  }.`;
  return (
    <div ref={ref} tabIndex={-1} className="sroi-feedback" data-plan-notice={outcome.kind}>
      {outcome.kind === "saved-not-submitted" ? (
        <Alert type="error" role="alert" heading="Opgeslagen, maar niet ingediend" headingLevel={2}>
          <p className="utrecht-paragraph">
            Het concept is opgeslagen als versie {plan.number}, maar indienen bij {carrier} lukte
            niet: {outcome.message}
          </p>
        </Alert>
      ) : (
        <Alert type="ok" role="status">
          <p className="utrecht-paragraph">
            {outcome.kind === "submitted"
              ? `Versie ${plan.number} is ingediend bij ${carrier}. ${figures} ${carrier} beoordeelt het plan; u krijgt bericht per e-mail.`
              : `Het concept is opgeslagen als versie ${plan.number}. ${figures}`}
          </p>
        </Alert>
      )}
    </div>
  );
}
