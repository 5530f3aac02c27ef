// Gemeenten (public): every gemeente on the platform, each linking to its own page.
import { useReadQuery } from "@apollo/client/react";
import { Heading, Link, PageTitle, Paragraph } from "@sroi/ui";
import { type LoaderFunctionArgs, useLoaderData } from "react-router";
import { preloadQuery } from "../apollo";
import { graphql } from "../gql";

const MunicipalitiesQuery = graphql(`
  query PortalMunicipalities {
    municipalities {
      code
      name
      slug
      carriedOutBy {
        name
      }
    }
  }
`);

export function loader(_: LoaderFunctionArgs) {
  return preloadQuery.toPromise(preloadQuery(MunicipalitiesQuery));
}

export function MunicipalitiesPage() {
  const { data } = useReadQuery(useLoaderData<typeof loader>());
  return (
    <>
      <PageTitle>Gemeenten</PageTitle>
      <Heading level={1}>Social return per gemeente</Heading>
      <Paragraph lead>
        Elke gemeente maakt eigen afspraken over social return. Kies een gemeente en lees wat zij
        van u vraagt, wie u helpt en hoe u contact opneemt.
      </Paragraph>
      <ul className="sroi-link-list">
        {data.municipalities.map((municipality) => (
          <li key={municipality.code}>
            <Link to={`/gemeenten/${municipality.slug}`}>{municipality.name}</Link>
            {municipality.carriedOutBy
              ? ` — uitgevoerd door ${municipality.carriedOutBy.name}`
              : ""}
          </li>
        ))}
      </ul>
    </>
  );
}
