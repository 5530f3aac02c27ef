// SR-beleid: per gemeente the person may see, every version of its policy, the one in force today
// marked, and for those who manage it the way to start a new version or back to the draft (the API
// answers both: there is one draft at a time).

import { useReadQuery } from "@apollo/client/react";
import {
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
import { NewPolicyVersion } from "../policy/new-version";

// The gemeenten the person serves; who may manage a gemeente's policy serves it too.
const PoliciesQuery = graphql(`
  query AdminPolicies {
    me {
      id
      readableMunicipalities {
        code
        name
        slug
        viewerCan {
          createPolicyDraft
          managePolicy
        }
        policyDraft {
          id
        }
        policies {
          id
          name
          status
          validFrom
          inForce
          conceptNote
        }
      }
    }
  }
`);

export function loader(_: LoaderFunctionArgs) {
  return preloadQuery.toPromise(preloadQuery(PoliciesQuery));
}

export function PoliciesPage() {
  const { data } = useReadQuery(useLoaderData<typeof loader>());
  const municipalities = data.me?.readableMunicipalities ?? [];

  return (
    <>
      <PageTitle>SR-beleid</PageTitle>
      <Heading level={1}>SR-beleid</Heading>
      <Paragraph lead>
        Per gemeente de versies van het social return-beleid: drempels, percentage en de andere
        regels. Een opdracht houdt de verplichting die bij de gunning is vastgezet, ook als het
        beleid later verandert. Een concept (&ldquo;concept — te bevestigen&rdquo;) is gepubliceerd
        en geldt, met voorlopige waarden, tot de gemeente de echte waarden publiceert als nieuwe
        versie.
      </Paragraph>
      {municipalities.length === 0 ? (
        <EmptyState>Er zijn geen gemeenten waarvan u het beleid kunt zien.</EmptyState>
      ) : (
        municipalities.map((municipality) => {
          const draft = municipality.policyDraft;
          return (
            <section key={municipality.code} aria-labelledby={`gemeente-${municipality.code}`}>
              <Heading level={2} id={`gemeente-${municipality.code}`}>
                {municipality.name}
              </Heading>
              {municipality.viewerCan.createPolicyDraft ? (
                <NewPolicyVersion municipality={municipality} namedInButton />
              ) : draft ? (
                <div className="sroi-button-group">
                  <Link to={`/beleid/${encodeURIComponent(draft.id)}`}>
                    Naar de conceptversie van {municipality.name}
                  </Link>
                </div>
              ) : null}
              <Paragraph>
                <Link to={`/beleid/brief/${encodeURIComponent(municipality.code)}`}>
                  Beoordelingsbrief van {municipality.name}
                </Link>
                : het adres en de teksten van de brief bij de eindbeoordeling.
              </Paragraph>
              {municipality.viewerCan.managePolicy ? (
                <Paragraph>
                  <Link to={`/beleid/pagina/${encodeURIComponent(municipality.slug)}`}>
                    Gemeentepagina van {municipality.name}
                  </Link>
                  : de openbare pagina in het portaal, met uw teksten en documenten.
                </Paragraph>
              ) : null}
              {municipality.policies.length === 0 ? (
                <EmptyState>Deze gemeente heeft nog geen beleid op het platform.</EmptyState>
              ) : (
                <Table caption={`Beleid van ${municipality.name}`} captionHidden fixedLayout>
                  <TableHeader>
                    <TableRow>
                      <TableHeaderCell scope="col" wide>
                        Naam
                      </TableHeaderCell>
                      <TableHeaderCell scope="col">Status</TableHeaderCell>
                      <TableHeaderCell scope="col">Geldig vanaf</TableHeaderCell>
                      <TableHeaderCell scope="col" wide>
                        Toelichting
                      </TableHeaderCell>
                    </TableRow>
                  </TableHeader>
                  <TableBody>
                    {municipality.policies.map((policy) => (
                      <TableRow key={policy.id}>
                        <TableHeaderCell scope="row">
                          <Link to={`/beleid/${encodeURIComponent(policy.id)}`}>{policy.name}</Link>
                        </TableHeaderCell>
                        <TableCell>
                          <span className="sroi-badges">
                            <CatalogueStatusBadge status={policy.status} />
                            {policy.inForce ? (
                              <StatusBadge type="neutral">Nu geldig</StatusBadge>
                            ) : null}
                          </span>
                        </TableCell>
                        <TableCell>
                          {policy.status === "DRAFT"
                            ? "nog niet gepubliceerd"
                            : formatValidFrom(policy.validFrom)}
                        </TableCell>
                        <TableCell>{policy.conceptNote ?? "—"}</TableCell>
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
              )}
            </section>
          );
        })
      )}
    </>
  );
}
