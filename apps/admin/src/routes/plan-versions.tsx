// Every version of a contract's plan van aanpak (/opdrachten/:id/plan/versies), newest first, and
// the choice of two to compare. The page itself is the same in both apps (@sroi/ui); this app asks
// for it with its own query and says what to do when there is no plan yet.
import { useReadQuery } from "@apollo/client/react";
import { PlanVersionsPageBody } from "@sroi/ui";
import { type LoaderFunctionArgs, useLoaderData } from "react-router";
import { preloadQuery } from "../apollo";
import { graphql } from "../gql";
import { ContractNotFound } from "./contract";

const PlanVersionsQuery = graphql(`
  query AdminPlanVersions($id: ID!) {
    contract(id: $id) {
      ...AdminPlanContract
    }
  }
`);

export function loader({ params }: LoaderFunctionArgs) {
  return preloadQuery.toPromise(
    preloadQuery(PlanVersionsQuery, {
      variables: { id: params.id ?? "" },
      fetchPolicy: "network-only",
    }),
  );
}

export function PlanVersionsPage() {
  const { data } = useReadQuery(useLoaderData<typeof loader>());
  if (!data.contract) return <ContractNotFound />;
  return (
    <PlanVersionsPageBody
      contract={data.contract}
      noPlan="De opdrachtnemer heeft nog geen plan van aanpak opgesteld."
    />
  );
}
