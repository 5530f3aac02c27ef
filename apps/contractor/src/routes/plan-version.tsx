// One version of a contract's plan van aanpak (/opdrachten/:id/plan/versies/:planId), read-only:
// its lines, its figures against the obligation and what the WSP said about it. The page itself is
// the same in both apps (@sroi/ui); this app only asks for it with its own query.
import { useReadQuery } from "@apollo/client/react";
import { PlanVersionPageBody } from "@sroi/ui";
import { type LoaderFunctionArgs, useLoaderData, useParams } from "react-router";
import { preloadQuery } from "../apollo";
import { graphql } from "../gql";
import { ContractNotFound } from "./contract";

const PlanVersionQuery = graphql(`
  query PortalPlanVersionPage($id: ID!) {
    contract(id: $id) {
      ...PortalPlanContract
    }
  }
`);

export function loader({ params }: LoaderFunctionArgs) {
  return preloadQuery.toPromise(
    preloadQuery(PlanVersionQuery, {
      variables: { id: params.id ?? "" },
      fetchPolicy: "network-only",
    }),
  );
}

export function PlanVersionPage() {
  const { data } = useReadQuery(useLoaderData<typeof loader>());
  const { planId } = useParams();
  if (!data.contract) return <ContractNotFound />;
  return <PlanVersionPageBody contract={data.contract} planId={planId} />;
}
