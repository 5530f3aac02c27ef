// Bouwblokkenmodellen: every region with the versions of its catalogue, the one in force today
// marked, and for those who manage a region the way to start a new version or import one.

import { useReadQuery } from "@apollo/client/react";
import { dutchDate } from "@sroi/domain";
import {
  ButtonLink,
  CatalogueSource,
  CatalogueStatusBadge,
  EmptyState,
  formatValidFrom,
  Heading,
  Link,
  PageTitle,
  Paragraph,
  StatusBadge,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@sroi/ui";
import { type LoaderFunctionArgs, useLoaderData } from "react-router";
import { preloadQuery } from "../apollo";
import "../catalogue/catalogue.css";
import { graphql } from "../gql";

const CataloguesQuery = graphql(`
  query AdminCatalogues($today: Date!) {
    regions {
      code
      name
      viewerCanManage
      catalogueInForce(date: $today) {
        key
      }
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
  return preloadQuery.toPromise(
    preloadQuery(CataloguesQuery, { variables: { today: dutchDate(new Date()) } }),
  );
}

export function CataloguesPage() {
  const { data } = useReadQuery(useLoaderData<typeof loader>());
  return (
    <>
      <PageTitle>Bouwblokkenmodellen</PageTitle>
      <Heading level={1}>Bouwblokkenmodellen</Heading>
      <Paragraph lead>
        Per regio de bouwblokkenmodellen: welke activiteiten meetellen voor social return en wat ze
        waard zijn. Op een datum geldt de gepubliceerde versie met de laatste ingangsdatum tot en
        met die dag. Een concept (&ldquo;concept — te bevestigen&rdquo;) is gepubliceerd en geldt,
        met voorlopige waarden, tot de regio de echte waarden publiceert als nieuwe versie.
      </Paragraph>
      {data.regions.length === 0 ? (
        <EmptyState>Er zijn nog geen regio's met een bouwblokkenmodel.</EmptyState>
      ) : (
        data.regions.map((region) => (
          <section key={region.code} aria-labelledby={`regio-${region.code}`}>
            <Heading level={2} id={`regio-${region.code}`}>
              {region.name}
            </Heading>
            {region.viewerCanManage ? (
              <div className="sroi-button-group">
                <ButtonLink
                  appearance="secondary-action"
                  to={`/catalogi/nieuw?${new URLSearchParams({ regio: region.code })}`}
                  aria-label={`Nieuwe versie voor ${region.name}`}
                >
                  Nieuwe versie
                </ButtonLink>
                <ButtonLink
                  appearance="secondary-action"
                  to={`/catalogi/importeren?${new URLSearchParams({ regio: region.code })}`}
                  aria-label={`Importeren voor ${region.name}`}
                >
                  Importeren
                </ButtonLink>
              </div>
            ) : null}
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
                        <span className="sroi-badges">
                          <CatalogueStatusBadge status={version.status} />
                          {region.catalogueInForce?.key === version.key ? (
                            <StatusBadge type="neutral">Nu geldig</StatusBadge>
                          ) : null}
                        </span>
                      </TableCell>
                      <TableCell>
                        {version.status === "DRAFT"
                          ? "nog niet gepubliceerd"
                          : formatValidFrom(version.validFrom)}
                      </TableCell>
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
