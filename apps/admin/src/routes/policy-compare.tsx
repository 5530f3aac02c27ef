// Two versions of a gemeente's policy side by side (/beleid/vergelijk?voor=…&na=…): the rules that
// differ, and every rule of both for reference.
import { useReadQuery } from "@apollo/client/react";
import {
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
import { type LoaderFunctionArgs, useLoaderData, useSearchParams } from "react-router";
import { preloadQuery } from "../apollo";
import "../catalogue/catalogue.css";
import { graphql } from "../gql";
import { policyRules } from "../policy/policy-details";
import { findPolicy } from "./policy";

const ComparePoliciesQuery = graphql(`
  query AdminComparePolicies($before: ID!, $after: ID!) {
    comparePolicies(beforeId: $before, afterId: $after) {
      field
      label
      before
      after
    }
    municipalities {
      code
      name
      policies {
        ...PolicyDetails
      }
    }
  }
`);

export function loader({ request }: LoaderFunctionArgs) {
  const search = new URL(request.url).searchParams;
  return preloadQuery.toPromise(
    preloadQuery(ComparePoliciesQuery, {
      variables: { before: search.get("voor") ?? "", after: search.get("na") ?? "" },
    }),
  );
}

const describe = (policy: { name: string; status: string; validFrom: string | null }) =>
  `${policy.name} (${policy.status === "DRAFT" ? "concept" : `geldig vanaf ${formatValidFrom(policy.validFrom)}`})`;

export function PolicyComparePage() {
  const { data } = useReadQuery(useLoaderData<typeof loader>());
  const [params] = useSearchParams();
  const before = findPolicy(data.municipalities, params.get("voor") ?? "");
  const after = findPolicy(data.municipalities, params.get("na") ?? "");
  const changes = data.comparePolicies;
  if (!before || !after || !changes) {
    return (
      <>
        <PageTitle>Vergelijking niet mogelijk</PageTitle>
        <Heading level={1}>Vergelijking niet mogelijk</Heading>
        <Paragraph>Een van beide versies bestaat niet (meer). Kies ze opnieuw.</Paragraph>
        <Paragraph>
          <Link to="/beleid">Naar het SR-beleid</Link>
        </Paragraph>
      </>
    );
  }
  const oldRules = new Map(policyRules(before.policy).map((rule) => [rule.field, rule.value]));
  const newRules = policyRules(after.policy);
  return (
    <>
      <PageTitle>{`Vergelijking: ${after.policy.name}`}</PageTitle>
      <Paragraph>
        <Link to={`/beleid/${encodeURIComponent(after.policy.id)}`}>
          Terug naar {after.policy.name}
        </Link>
      </Paragraph>
      <Heading level={1}>Beleid vergelijken</Heading>
      <Paragraph lead>Gemeente {after.municipality.name}.</Paragraph>
      <dl className="utrecht-data-list utrecht-data-list--rows sroi-data-list">
        <div className="utrecht-data-list__item">
          <dt className="utrecht-data-list__item-key">Voor (oud)</dt>
          <dd className="utrecht-data-list__item-value">
            <Link to={`/beleid/${encodeURIComponent(before.policy.id)}`}>
              {describe(before.policy)}
            </Link>
          </dd>
        </div>
        <div className="utrecht-data-list__item">
          <dt className="utrecht-data-list__item-key">Na (nieuw)</dt>
          <dd className="utrecht-data-list__item-value">
            <Link to={`/beleid/${encodeURIComponent(after.policy.id)}`}>
              {describe(after.policy)}
            </Link>
          </dd>
        </div>
      </dl>

      <Heading level={2}>Wat verandert</Heading>
      {changes.length === 0 ? (
        <EmptyState>De regels van beide versies zijn gelijk.</EmptyState>
      ) : (
        <Table caption="Regels die verschillen" captionHidden>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col" wide>
                Regel
              </TableHeaderCell>
              <TableHeaderCell scope="col" wide>
                Voor
              </TableHeaderCell>
              <TableHeaderCell scope="col" wide>
                Na
              </TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {changes.map((change) => (
              <TableRow key={change.field}>
                <TableHeaderCell scope="row">{change.label}</TableHeaderCell>
                <TableCell>
                  <span className="sroi-compare-old">{change.before}</span>
                </TableCell>
                <TableCell>
                  <span className="sroi-compare-new">{change.after}</span>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}

      <details className="sroi-fold">
        <summary>Alle regels van beide versies tonen</summary>
        <Table caption="Alle regels" captionHidden>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col" wide>
                Regel
              </TableHeaderCell>
              <TableHeaderCell scope="col" wide>
                Voor
              </TableHeaderCell>
              <TableHeaderCell scope="col" wide>
                Na
              </TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {newRules.map((rule) => (
              <TableRow key={rule.field}>
                <TableHeaderCell scope="row">{rule.label}</TableHeaderCell>
                <TableCell>{oldRules.get(rule.field) ?? "—"}</TableCell>
                <TableCell>{rule.value}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </details>
    </>
  );
}
