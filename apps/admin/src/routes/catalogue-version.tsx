// One catalogue version: its facts, blocks and bonuses.
import { useReadQuery } from "@apollo/client/react";
import { Heading, Link, PageTitle, Paragraph } from "@sroi/ui";
import { type LoaderFunctionArgs, useLoaderData, useParams } from "react-router";
import { preloadQuery } from "../apollo";
import { CatalogueVersionContents } from "../catalogue-contents";
import { graphql } from "../gql";

const CatalogueVersionQuery = graphql(`
  query AdminCatalogueVersion($key: String!) {
    catalogueVersion(key: $key) {
      key
      name
      region {
        code
        name
      }
      ...CatalogueContents
    }
  }
`);

export function loader({ params }: LoaderFunctionArgs) {
  const key = params.key ?? "";
  return preloadQuery.toPromise(preloadQuery(CatalogueVersionQuery, { variables: { key } }));
}

export function CatalogueVersionPage() {
  const { data } = useReadQuery(useLoaderData<typeof loader>());
  const { key } = useParams();
  const version = data.catalogueVersion;
  if (!version) {
    return (
      <>
        <PageTitle>Bouwblokkenmodel niet gevonden</PageTitle>
        <Heading level={1}>Bouwblokkenmodel niet gevonden</Heading>
        <Paragraph>
          Er is geen bouwblokkenmodel met de code “{key}”. Misschien is de link verouderd.
        </Paragraph>
        <Paragraph>
          <Link to="/catalogi">Bekijk alle bouwblokkenmodellen</Link>
        </Paragraph>
      </>
    );
  }
  return (
    <>
      <PageTitle>{version.name}</PageTitle>
      <Paragraph>
        <Link to="/catalogi">Alle bouwblokkenmodellen</Link>
      </Paragraph>
      <Heading level={1}>{version.name}</Heading>
      <Paragraph lead>{version.region.name}</Paragraph>
      <CatalogueVersionContents version={version} />
    </>
  );
}
