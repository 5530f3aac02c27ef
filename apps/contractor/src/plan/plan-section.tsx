// "Plan van aanpak" on the contract page: where the plan stands, what the reviewer (the WSP or the
// gemeente's own team) asked for, and the
// next step the contractor can take with it.
import { formatEuro, formatPercentage } from "@sroi/domain";
import {
  Alert,
  ButtonLink,
  DataList,
  DataListItem,
  Heading,
  Link,
  Paragraph,
  PlanStatusBadge,
  planPath,
} from "@sroi/ui";
import { carrierName } from "../carrier";
import { graphql } from "../gql";
import type { PortalPlanSectionFragment } from "../gql/graphql";
import { NEW_VERSION_PARAM } from "../routes/plan";

// The contract page spreads it into its query as "...PortalPlanSection".
export const PlanSectionFields = graphql(`
  fragment PortalPlanSection on Contract {
    id
    municipality {
      name
      carriedOutBy {
        id
        name
      }
    }
    viewerCan {
      editPlan
    }
    obligation {
      kind
      amount
    }
    plans {
      id
      number
      status
      total
      reviewComment
      projection {
        total
        percentageCovered
        gap
      }
    }
  }
`);

export function PlanSection({ contract }: { contract: PortalPlanSectionFragment }) {
  const latest = contract.plans[0] ?? null;
  const carrier = carrierName(contract.municipality);
  const base = planPath(contract.id);
  // A next step where the API lets the plan change; a submitted plan can at least be looked at.
  const showNextStep = contract.viewerCan.editPlan || latest?.status === "SUBMITTED";
  return (
    <section aria-labelledby="plan-van-aanpak">
      <Heading level={2} id="plan-van-aanpak">
        Plan van aanpak
      </Heading>
      {latest ? (
        <>
          <DataList>
            <DataListItem label="Versie">{latest.number}</DataListItem>
            <DataListItem label="Status">
              <PlanStatusBadge status={latest.status} />
            </DataListItem>
            <DataListItem label="Totaal van het plan">{formatEuro(latest.total)}</DataListItem>
            {latest.projection.percentageCovered !== null ? (
              <DataListItem label="Gedekt">
                {formatPercentage(latest.projection.percentageCovered)} van de verplichting
                {contract.obligation.kind === "PERCENTAGE" && latest.projection.gap !== "0.00"
                  ? `; nog in te vullen ${formatEuro(latest.projection.gap)}`
                  : ""}
              </DataListItem>
            ) : null}
          </DataList>
          {latest.status === "CHANGES_REQUESTED" && latest.reviewComment ? (
            <Alert type="warning" heading={`${carrier} vraagt om wijzigingen`} headingLevel={3}>
              <p className="utrecht-paragraph sroi-preserve-lines">{latest.reviewComment}</p>
            </Alert>
          ) : null}
          {latest.status === "SUBMITTED" ? (
            <Paragraph>Het plan ligt ter beoordeling bij {carrier}.</Paragraph>
          ) : null}
        </>
      ) : (
        <Paragraph>
          Er is nog geen plan van aanpak. Stel het samen met de bouwblokken van deze opdracht;{" "}
          {carrier} beoordeelt het daarna.
        </Paragraph>
      )}
      {showNextStep ? (
        <Paragraph>
          <NextStep base={base} status={latest?.status ?? null} />
        </Paragraph>
      ) : null}
      {latest ? (
        <Paragraph>
          <Link to={`${base}/versies`}>Alle versies</Link>
        </Paragraph>
      ) : null}
    </section>
  );
}

function NextStep({
  base,
  status,
}: {
  base: string;
  status: PortalPlanSectionFragment["plans"][number]["status"] | null;
}) {
  switch (status) {
    case null:
      return <ButtonLink to={base}>Plan opstellen</ButtonLink>;
    case "DRAFT":
    case "CHANGES_REQUESTED":
      return <ButtonLink to={base}>Plan wijzigen</ButtonLink>;
    case "APPROVED":
      return (
        <ButtonLink appearance="secondary-action" to={`${base}?${NEW_VERSION_PARAM}`}>
          Nieuwe versie maken
        </ButtonLink>
      );
    case "SUBMITTED":
      return <Link to={base}>Bekijk het ingediende plan</Link>;
  }
}
