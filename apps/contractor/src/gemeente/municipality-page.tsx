// Gemeente page (public): social return in one gemeente, as the API generates it from the policy
// and catalogue in force and the texts its staff published. The questions and ideas form comes at
// the end.
import { useReadQuery } from "@apollo/client/react";
import { Heading, Link, MunicipalityPageView, NotFound, PageTitle } from "@sroi/ui";
import { type LoaderFunctionArgs, useLoaderData } from "react-router";
import { preloadQuery } from "../apollo";
import { graphql } from "../gql";
import { IdeasForm } from "./ideas-form";

const MunicipalityPageQuery = graphql(`
  query PortalMunicipalityPage($slug: String!) {
    municipalityBySlug(slug: $slug) {
      code
      ...MunicipalityPageContents
      page {
        introduction
        localAccents
      }
    }
  }
`);

export function loader({ params }: LoaderFunctionArgs) {
  return preloadQuery.toPromise(
    preloadQuery(MunicipalityPageQuery, { variables: { slug: params.slug ?? "" } }),
  );
}

export function MunicipalityPage() {
  const { data } = useReadQuery(useLoaderData<typeof loader>());
  const municipality = data.municipalityBySlug;
  if (!municipality) return <NotFound />;
  return (
    <>
      <PageTitle>{`Social return in ${municipality.name}`}</PageTitle>
      <MunicipalityPageView
        municipality={municipality}
        texts={municipality.page ?? null}
        link={(to, text) => <Link to={to}>{text}</Link>}
      >
        {/* A form means nothing on paper. */}
        <section aria-labelledby="vragen-en-ideeen" className="sroi-no-print">
          <Heading level={2} id="vragen-en-ideeen">
            Vragen en ideeën
          </Heading>
          <IdeasForm municipalityCode={municipality.code} municipalityName={municipality.name} />
        </section>
      </MunicipalityPageView>
    </>
  );
}
