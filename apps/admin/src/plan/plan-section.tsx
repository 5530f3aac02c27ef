// "Plan van aanpak" on the contract page: the latest version and where it stands, and the way to
// the page where the WSP reviews it.
import { formatEuro, formatPercentage } from "@sroi/domain";
import {
  ButtonLink,
  DataList,
  DataListItem,
  formatDateTime,
  Heading,
  Link,
  Paragraph,
  PlanStatusBadge,
  planPath,
} from "@sroi/ui";
import { graphql } from "../gql";
import type { AdminPlanSectionFragment } from "../gql/graphql";

// The contract page spreads it into its query as "...AdminPlanSection".
export const PlanSectionFields = graphql(`
  fragment AdminPlanSection on Contract {
    id
    viewerCan {
      reviewPlan
    }
    plans {
      id
      number
      status
      total
      submittedAt
      projection {
        total
        percentageCovered
        gap
      }
    }
  }
`);

export function PlanSection({ contract }: { contract: AdminPlanSectionFragment }) {
  const latest = contract.plans[0] ?? null;
  const base = planPath(contract.id);
  return (
    <section aria-labelledby="plan-van-aanpak">
      <Heading level={2} id="plan-van-aanpak">
        Plan van aanpak
      </Heading>
      {latest ? (
        <>
          <DataList>
            <DataListItem label="Laatste versie">{latest.number}</DataListItem>
            <DataListItem label="Status">
              <PlanStatusBadge status={latest.status} />
            </DataListItem>
            <DataListItem label="Ingediend">
              {latest.submittedAt ? formatDateTime(latest.submittedAt) : "nog niet"}
            </DataListItem>
            <DataListItem label="Totaal van het plan">
              {formatEuro(latest.total)}
              {latest.projection.percentageCovered !== null
                ? ` (${formatPercentage(latest.projection.percentageCovered)} van de verplichting)`
                : ""}
            </DataListItem>
          </DataList>
          <Paragraph>
            {contract.viewerCan.reviewPlan ? (
              <ButtonLink to={base}>Plan beoordelen</ButtonLink>
            ) : (
              <Link to={base}>Bekijk het plan van aanpak</Link>
            )}
          </Paragraph>
          <Paragraph>
            <Link to={`${base}/versies`}>Alle versies</Link>
          </Paragraph>
        </>
      ) : (
        <Paragraph>
          De opdrachtnemer heeft nog geen plan van aanpak opgesteld. Het plan verschijnt hier zodra
          de opdrachtnemer het in het portaal opslaat.
        </Paragraph>
      )}
    </section>
  );
}
