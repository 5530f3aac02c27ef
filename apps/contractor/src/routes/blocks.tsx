// Bouwblokken: a contractor picks the region of the contract and reads its catalogue. The choice
// lives in the address (?regio=…&versie=…), so it can be bookmarked and shared.
import { useReadQuery } from "@apollo/client/react";
import { STATUS_LABELS } from "@sroi/domain";
import {
  Alert,
  Button,
  CatalogueContents,
  describeValidFrom,
  EmptyState,
  FormField,
  Heading,
  Link,
  PageTitle,
  Paragraph,
  Select,
} from "@sroi/ui";
import {
  Form,
  type LoaderFunctionArgs,
  Navigate,
  useLoaderData,
  useSearchParams,
} from "react-router";
import { preloadQuery } from "../apollo";
import { graphql } from "../gql";
import type { PortalBlocksQuery } from "../gql/graphql";

const REGION_PARAM = "regio";
const VERSION_PARAM = "versie";

const BlocksQuery = graphql(`
  query PortalBlocks($versionKey: String!, $withVersion: Boolean!) {
    regions {
      code
      name
      catalogueVersions {
        key
        name
        status
        validFrom
      }
    }
    catalogueVersion(key: $versionKey) @include(if: $withVersion) {
      key
      name
      region {
        code
      }
      ...CatalogueContents
    }
  }
`);

export function loader({ request }: LoaderFunctionArgs) {
  const versionKey = new URL(request.url).searchParams.get(VERSION_PARAM);
  const variables = { versionKey: versionKey ?? "", withVersion: versionKey !== null };
  return preloadQuery.toPromise(preloadQuery(BlocksQuery, { variables }));
}

function search(regionCode: string, versionKey: string): string {
  return `?${new URLSearchParams({ [REGION_PARAM]: regionCode, [VERSION_PARAM]: versionKey })}`;
}

export function BlocksPage() {
  const { data } = useReadQuery(useLoaderData<typeof loader>());
  const [searchParams] = useSearchParams();
  const regionCode = searchParams.get(REGION_PARAM) ?? data.catalogueVersion?.region.code;
  const region = data.regions.find((candidate) => candidate.code === regionCode);
  const version = data.catalogueVersion;

  // A region without a (matching) version opens its newest; the API lists that one first.
  const newest = region?.catalogueVersions[0];
  if (region && newest && !region.catalogueVersions.some(({ key }) => key === version?.key)) {
    return <Navigate replace to={search(region.code, newest.key)} />;
  }

  return (
    <>
      <PageTitle>{region ? `Bouwblokken ${region.name}` : "Bouwblokken"}</PageTitle>
      <Heading level={1}>Bouwblokken</Heading>
      <Paragraph lead>
        Elke regio heeft een eigen bouwblokkenmodel. Kies de regio van de gemeente die de opdracht
        gaf: u ziet dan welke activiteiten meetellen en wat ze waard zijn.
      </Paragraph>
      {data.regions.length === 0 ? (
        <EmptyState>Er zijn nog geen bouwblokkenmodellen gepubliceerd.</EmptyState>
      ) : (
        <Form method="get" className="sroi-form">
          <FormField id="regio" label="Regio">
            {/* key: a new address resets the choice shown to the one in the address */}
            <Select
              id="regio"
              name={REGION_PARAM}
              defaultValue={region?.code ?? ""}
              key={region?.code}
              required
            >
              <option value="" disabled>
                Kies een regio
              </option>
              {data.regions.map((option) => (
                <option key={option.code} value={option.code}>
                  {option.name}
                </option>
              ))}
            </Select>
          </FormField>
          <Button type="submit">Toon bouwblokken</Button>
        </Form>
      )}
      {regionCode && !region ? (
        <Alert type="warning" role="status" heading="Regio niet gevonden">
          <p className="utrecht-paragraph">
            Er is geen regio met de code “{regionCode}”. Kies een regio uit de lijst.
          </p>
        </Alert>
      ) : null}
      {region ? (
        <>
          <Heading level={2}>{region.name}</Heading>
          {version ? (
            <>
              {region.catalogueVersions.length > 1 ? (
                <VersionChoice
                  regionCode={region.code}
                  versions={region.catalogueVersions}
                  selectedKey={version.key}
                />
              ) : null}
              <Heading level={3}>{version.name}</Heading>
              <CatalogueContents catalogue={version} headingLevel={4} />
            </>
          ) : (
            <EmptyState>Voor deze regio is nog geen bouwblokkenmodel gepubliceerd.</EmptyState>
          )}
        </>
      ) : null}
    </>
  );
}

type VersionOption = PortalBlocksQuery["regions"][number]["catalogueVersions"][number];

function VersionChoice({
  regionCode,
  versions,
  selectedKey,
}: {
  regionCode: string;
  versions: VersionOption[];
  selectedKey: string;
}) {
  return (
    <>
      <Paragraph>Deze regio heeft meer dan één versie van het bouwblokkenmodel:</Paragraph>
      <ul className="sroi-link-list">
        {versions.map((option) => (
          <li key={option.key}>
            {option.key === selectedKey ? (
              <strong aria-current="true">{option.name}</strong>
            ) : (
              <Link to={search(regionCode, option.key)} preventScrollReset>
                {option.name}
              </Link>
            )}{" "}
            ({STATUS_LABELS[option.status].toLowerCase()}, {describeValidFrom(option.validFrom)})
          </li>
        ))}
      </ul>
    </>
  );
}
