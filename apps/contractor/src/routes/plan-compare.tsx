// Two versions of a contract's plan van aanpak compared line by line
// (/opdrachten/:id/plan/vergelijk?van=…&naar=…), as the API matches them. The page itself is the
// same in both apps (@sroi/ui); this app only asks for it with its own query.
import { useReadQuery } from "@apollo/client/react";
import { PlanComparePageBody } from "@sroi/ui";
import { type LoaderFunctionArgs, useLoaderData, useSearchParams } from "react-router";
import { preloadQuery } from "../apollo";
import { graphql } from "../gql";
import { ContractNotFound } from "./contract";

const PlanCompareQuery = graphql(`
  query PortalPlanCompare($id: ID!, $before: ID!, $after: ID!) {
    contract(id: $id) {
      ...PortalPlanContract
    }
    comparePlanVersions(beforeId: $before, afterId: $after) {
      blockCode
      status
      before {
        people
        inputs
        value
      }
      after {
        people
        inputs
        value
      }
    }
  }
`);

export function loader({ params, request }: LoaderFunctionArgs) {
  const search = new URL(request.url).searchParams;
  return preloadQuery.toPromise(
    preloadQuery(PlanCompareQuery, {
      variables: {
        id: params.id ?? "",
        before: search.get("van") ?? "",
        after: search.get("naar") ?? "",
      },
      fetchPolicy: "network-only",
    }),
  );
}

export function PlanComparePage() {
  const { data } = useReadQuery(useLoaderData<typeof loader>());
  const [params] = useSearchParams();
  if (!data.contract) return <ContractNotFound />;
  return (
    <PlanComparePageBody
      contract={data.contract}
      differences={data.comparePlanVersions}
      beforeId={params.get("van")}
      afterId={params.get("naar")}
    />
  );
}
