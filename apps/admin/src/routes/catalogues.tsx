// Bouwblokkenmodellen: every region with the versions of its catalogue.
import { useReadQuery } from "@apollo/client/react";
import {
  CatalogueSource,
  CatalogueStatusBadge,
  EmptyState,
  formatValidFrom,
  Heading,
  Link,
  PageTitle,
  Paragraph,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@sroi/ui";
import { type LoaderFunctionArgs, useLoaderData } from "react-router";
import { preloadQuery } from "../apollo";
import { graphql } from "../gql";

const CataloguesQuery = graphql(`
  query AdminCatalogues {
    regions {
      code
      name
      catalogueVersions {
        key
        name
        status
        validFrom
        source
      }
    }
  }
`);

// The arguments make it a client loader to useLoaderData<typeof loader>, which then passes the
// query reference through as it is instead of as serialised data.
export function loader(_: LoaderFunctionArgs) {
  return preloadQuery.toPromise(preloadQuery(CataloguesQuery));
}

export function CataloguesPage() {
  const { data } = useReadQuery(useLoaderData<typeof loader>());
  return (
    <>
      <PageTitle>Bouwblokkenmodellen</PageTitle>
      <Heading level={1}>Bouwblokkenmodellen</Heading>
      <Paragraph lead>
        Per regio de bouwblokkenmodellen: welke activiteiten meetellen voor social return en wat ze
        waard zijn.
      </Paragraph>
      {data.regions.length === 0 ? (
        <EmptyState>Er zijn nog geen regio's met een bouwblokkenmodel.</EmptyState>
      ) : (
        data.regions.map((region) => (
          <section key={region.code}>
            <Heading level={2}>{region.name}</Heading>
            {region.catalogueVersions.length === 0 ? (
              <EmptyState>Deze regio heeft nog geen bouwblokkenmodel.</EmptyState>
            ) : (
              <Table caption={`Bouwblokkenmodellen van ${region.name}`} captionHidden fixedLayout>
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell scope="col" wide>
                      Naam
                    </TableHeaderCell>
                    <TableHeaderCell scope="col">Status</TableHeaderCell>
                    <TableHeaderCell scope="col">Geldig vanaf</TableHeaderCell>
                    <TableHeaderCell scope="col">Bron</TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {region.catalogueVersions.map((version) => (
                    <TableRow key={version.key}>
                      <TableHeaderCell scope="row">
                        <Link to={`/catalogi/${encodeURIComponent(version.key)}`}>
                          {version.name}
                        </Link>
                      </TableHeaderCell>
                      <TableCell>
                        <CatalogueStatusBadge status={version.status} />
                      </TableCell>
                      <TableCell>{formatValidFrom(version.validFrom)}</TableCell>
                      <TableCell>
                        <CatalogueSource source={version.source} />
                      </TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            )}
          </section>
        ))
      )}
    </>
  );
}
