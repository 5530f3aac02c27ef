// Mijn opdrachten: the contracts of the contractor's own organisation. The API shows a contractor
// only its own; this page never filters for that itself.
import { useReadQuery } from "@apollo/client/react";
import { CONTRACT_KIND_LABELS, formatShare, hasRunningDeadlines } from "@sroi/domain";
import {
  ContractStatusBadge,
  DataList,
  DataListItem,
  DeadlineBadge,
  EmptyState,
  Heading,
  Link,
  obligationText,
  PageTitle,
  Paragraph,
} from "@sroi/ui";
import { type LoaderFunctionArgs, useLoaderData } from "react-router";
import { preloadQuery } from "../apollo";
import { carrierName } from "../carrier";
import { graphql } from "../gql";
import { OpenTasks } from "../open-tasks";

/** More than any contractor has today; the page says so when there are more. */
const MAX_SHOWN = 100;

const ContractsQuery = graphql(`
  query PortalContracts($first: Int!) {
    contracts(first: $first, orderBy: { field: AWARD_DATE, direction: DESC }) {
      totalCount
      edges {
        node {
          id
          reference
          title
          status
          kind
          municipality {
            code
            name
            carriedOutBy {
              id
              name
            }
          }
          obligation {
            kind
            amount
            percentage
          }
          contactDeadline {
            dueDate
            state
            requestedAt
          }
          ...PortalOpenTasks
        }
      }
    }
  }
`);

export function loader(_: LoaderFunctionArgs) {
  // From the server each time, like the contract page: statuses change by the WSP's hand.
  return preloadQuery.toPromise(
    preloadQuery(ContractsQuery, { variables: { first: MAX_SHOWN }, fetchPolicy: "network-only" }),
  );
}

export function ContractsPage() {
  const { data } = useReadQuery(useLoaderData<typeof loader>());
  const contracts = data.contracts.edges.map((edge) => edge.node);
  return (
    <>
      <PageTitle>Mijn opdrachten</PageTitle>
      <Heading level={1}>Mijn opdrachten</Heading>
      <Paragraph lead>
        De opdrachten en subsidies van uw organisatie met een social return-verplichting. Neem na de
        gunning binnen de termijn contact op met wie de social return van de gemeente uitvoert: het
        werkgeversservicepunt (WSP) of het eigen team van de gemeente.
      </Paragraph>
      {contracts.length === 0 ? (
        <EmptyState>Uw organisatie heeft nog geen opdrachten met social return.</EmptyState>
      ) : (
        <>
          {/* Cards rather than a table: a contractor has a handful, and they read on a phone too */}
          <ul className="sroi-card-list" aria-label="Opdrachten van uw organisatie">
            {contracts.map((contract) => (
              <li key={contract.id} className="sroi-card" data-reference={contract.reference}>
                <h2 className="utrecht-heading-3 sroi-card__title">
                  <Link to={`/opdrachten/${encodeURIComponent(contract.id)}`}>
                    <span className="sroi-code">{contract.reference}</span> {contract.title}
                  </Link>
                </h2>
                <DataList>
                  <DataListItem label="Gemeente">
                    {contract.municipality.name} (
                    {CONTRACT_KIND_LABELS[contract.kind].toLowerCase()})
                  </DataListItem>
                  <DataListItem label="Status">
                    <ContractStatusBadge status={contract.status} />
                  </DataListItem>
                  <DataListItem label="SR-verplichting">
                    {obligationText(contract.obligation)}
                    {contract.obligation.percentage
                      ? ` (${formatShare(contract.obligation.percentage)} van de waarde)`
                      : null}
                  </DataListItem>
                  <DataListItem label={<span id={`taken-${contract.id}`}>Te doen</span>}>
                    <OpenTasks contract={contract} headingId={`taken-${contract.id}`} />
                  </DataListItem>
                  {hasRunningDeadlines(contract.status) ? (
                    <DataListItem label={`Contact met ${carrierName(contract.municipality)}`}>
                      <DeadlineBadge
                        state={contract.contactDeadline.state}
                        dueDate={contract.contactDeadline.dueDate}
                      />
                      {contract.contactDeadline.requestedAt ? (
                        <span className="sroi-cell-note">Contact opgenomen</span>
                      ) : null}
                    </DataListItem>
                  ) : null}
                </DataList>
              </li>
            ))}
          </ul>
          {data.contracts.totalCount > contracts.length ? (
            <Paragraph>
              De {contracts.length} meest recent gegunde van {data.contracts.totalCount} opdrachten.
            </Paragraph>
          ) : null}
        </>
      )}
    </>
  );
}
