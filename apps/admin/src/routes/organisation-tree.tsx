// Regio's en gemeenten (/organisaties/regios): the platform admin's organisation tree. Each region
// with its gemeenten and each gemeente's own organisation on the platform; forms to add a region,
// rename one, add a gemeente from the CBS list and move a gemeente to another region.
import { useReadQuery } from "@apollo/client/react";
import { formatDate } from "@sroi/domain";
import {
  EmptyState,
  ExternalLink,
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
import type { AdminOrganisationTreeQuery } from "../gql/graphql";
import {
  AddMunicipalityForm,
  CreateRegionForm,
  MoveMunicipalityForm,
  type RegionOption,
  RenameRegionForm,
} from "../organisation-tree/forms";
import { useAnnounce } from "../organisation-tree/tree-mutation";
import "../organisation-tree/organisation-tree.css";

const OrganisationTreeQuery = graphql(`
  query AdminOrganisationTree {
    regions {
      code
      name
      municipalities {
        code
        name
        organisation {
          id
          name
        }
        carriedOutBy {
          id
          name
        }
      }
    }
    cbsMunicipalities {
      title
      publisher
      referenceDate
      source
      municipalities {
        code
        name
        province
      }
    }
  }
`);

type Region = AdminOrganisationTreeQuery["regions"][number];

export function loader(_: LoaderFunctionArgs) {
  return preloadQuery.toPromise(
    preloadQuery(OrganisationTreeQuery, { fetchPolicy: "network-only" }),
  );
}

export function OrganisationTreePage() {
  const { data } = useReadQuery(useLoaderData<typeof loader>());
  const announce = useAnnounce();
  const list = data.cbsMunicipalities;
  const source = `${list.publisher}, ${list.title}`;
  const present = new Set(
    data.regions.flatMap((region) =>
      region.municipalities.map((municipality) => municipality.code),
    ),
  );
  const choices = list.municipalities.filter((gemeente) => !present.has(gemeente.code));
  const regionOptions: RegionOption[] = data.regions.map(({ code, name }) => ({ code, name }));

  return (
    <>
      <PageTitle>Regio's en gemeenten</PageTitle>
      <Paragraph>
        <Link to="/organisaties">Alle organisaties</Link>
      </Paragraph>
      <Heading level={1}>Regio's en gemeenten</Heading>
      <Paragraph lead>
        Elke gemeente op het platform hoort bij één regio. De regio bepaalt welk bouwblokkenmodel
        geldt. Per gemeente kiest u de organisatie die het social return-beleid uitvoert: een
        werkgeversservicepunt of het eigen team van de gemeente.
      </Paragraph>
      <Paragraph>
        <a className="utrecht-link" href="#gemeente-toevoegen">
          Gemeente toevoegen
        </a>{" "}
        ·{" "}
        <a className="utrecht-link" href="#regio-toevoegen">
          Regio toevoegen
        </a>
      </Paragraph>

      {data.regions.length === 0 ? (
        <EmptyState>Er zijn nog geen regio's. Voeg hieronder de eerste regio toe.</EmptyState>
      ) : (
        data.regions.map((region) => (
          <RegionSection
            key={region.code}
            region={region}
            regions={regionOptions}
            announce={announce}
          />
        ))
      )}

      <section aria-labelledby="gemeente-toevoegen" className="sroi-organisation-tree__form">
        <Heading level={2} id="gemeente-toevoegen">
          Gemeente toevoegen
        </Heading>
        <Paragraph>
          Kies de gemeente uit de lijst van het CBS ({list.municipalities.length} gemeenten op{" "}
          {formatDate(list.referenceDate)}): de naam en de CBS-code komen uit die lijst.{" "}
          <ExternalLink href={list.source}>Bron: {source}</ExternalLink>.
        </Paragraph>
        {regionOptions.length === 0 ? (
          <Paragraph>Voeg eerst een regio toe.</Paragraph>
        ) : (
          <AddMunicipalityForm regions={regionOptions} choices={choices} announce={announce} />
        )}
      </section>

      <section aria-labelledby="regio-toevoegen" className="sroi-organisation-tree__form">
        <Heading level={2} id="regio-toevoegen">
          Regio toevoegen
        </Heading>
        <CreateRegionForm announce={announce} />
      </section>
    </>
  );
}

function RegionSection({
  region,
  regions,
  announce,
}: {
  region: Region;
  regions: RegionOption[];
  announce: (message: string) => void;
}) {
  const headingId = `regio-${region.code}`;
  const count = region.municipalities.length;
  return (
    <section aria-labelledby={headingId} className="sroi-organisation-tree__region">
      <Heading level={2} id={headingId}>
        {region.name}
      </Heading>
      <p className="utrecht-paragraph sroi-timeline__meta">
        Code {region.code} · {count === 1 ? "1 gemeente" : `${count} gemeenten`}
      </p>
      {count === 0 ? (
        <EmptyState>Nog geen gemeenten in deze regio.</EmptyState>
      ) : (
        <Table caption={`Gemeenten in ${region.name}`} captionHidden>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">Gemeente</TableHeaderCell>
              <TableHeaderCell scope="col">CBS-code</TableHeaderCell>
              <TableHeaderCell scope="col">Uitvoerende organisatie</TableHeaderCell>
              <TableHeaderCell scope="col">Andere regio</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {region.municipalities.map((municipality) => (
              <TableRow key={municipality.code}>
                <TableHeaderCell scope="row">{municipality.name}</TableHeaderCell>
                <TableCell>{municipality.code}</TableCell>
                <TableCell>
                  {municipality.carriedOutBy ? (
                    municipality.carriedOutBy.name
                  ) : (
                    <span className="sroi-timeline__meta">Nog geen uitvoerende organisatie</span>
                  )}
                  <br />
                  <Link to={`/organisaties/regios/${municipality.code}/uitvoering`}>
                    {municipality.carriedOutBy ? "Wijzigen" : "Kiezen"}
                    <span className="sroi-visually-hidden"> voor gemeente {municipality.name}</span>
                  </Link>
                </TableCell>
                <TableCell>
                  <MoveMunicipalityForm
                    municipality={municipality}
                    regions={regions}
                    currentRegionCode={region.code}
                    announce={announce}
                  />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      <details className="sroi-organisation-tree__rename">
        <summary>Naam van {region.name} wijzigen</summary>
        <RenameRegionForm region={region} announce={announce} />
      </details>
    </section>
  );
}
