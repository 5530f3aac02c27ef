// Two versions of a catalogue side by side (/catalogi/vergelijk?voor=…&na=…): blocks and bonuses
// added, removed and changed with old and new values, and what a typical realisation is worth.
import { useReadQuery } from "@apollo/client/react";
import { decimal, formatEuro } from "@sroi/domain";
import {
  EmptyState,
  Heading,
  Link,
  PageTitle,
  Paragraph,
  StatusBadge,
  type StatusBadgeType,
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
import { displayBonusSummary, displayFieldValue } from "../catalogue/field-values";
import { comparePath } from "../catalogue/version-tools";
import { graphql } from "../gql";
import type { AdminCompareCataloguesQuery } from "../gql/graphql";

const CompareQuery = graphql(`
  query AdminCompareCatalogues($before: String!, $after: String!) {
    compareCatalogueVersions(beforeKey: $before, afterKey: $after) {
      before {
        key
        name
      }
      after {
        key
        name
      }
      basisHours {
        field
        label
        before
        after
      }
      blocks {
        ...ItemDifferenceFields
      }
      bonuses {
        ...ItemDifferenceFields
      }
      typicalValues {
        code
        name
        example
        before
        after
      }
    }
  }
`);

export const ItemDifferenceFields = graphql(`
  fragment ItemDifferenceFields on ItemDifference {
    code
    name
    status
    changes {
      field
      label
      before
      after
    }
    before
    after
  }
`);

type Comparison = NonNullable<AdminCompareCataloguesQuery["compareCatalogueVersions"]>;
type Difference = Comparison["blocks"][number];

export function loader({ request }: LoaderFunctionArgs) {
  const search = new URL(request.url).searchParams;
  const before = search.get("voor") ?? "";
  const after = search.get("na") ?? "";
  return preloadQuery.toPromise(preloadQuery(CompareQuery, { variables: { before, after } }));
}

const STATUS: Record<Difference["status"], { label: string; badge: StatusBadgeType }> = {
  ADDED: { label: "Toegevoegd", badge: "success" },
  REMOVED: { label: "Verwijderd", badge: "danger" },
  CHANGED: { label: "Gewijzigd", badge: "warning" },
  UNCHANGED: { label: "Ongewijzigd", badge: "inactive" },
};

export function CatalogueComparePage() {
  const { data } = useReadQuery(useLoaderData<typeof loader>());
  const [params] = useSearchParams();
  const comparison = data.compareCatalogueVersions;
  if (!comparison) {
    return (
      <>
        <PageTitle>Vergelijking niet mogelijk</PageTitle>
        <Heading level={1}>Vergelijking niet mogelijk</Heading>
        <Paragraph>
          Er is geen bouwblokkenmodel met de code “{params.get("voor") ?? ""}” of “
          {params.get("na") ?? ""}”, of u mag een van beide niet zien. Kies de versies opnieuw vanaf
          de pagina van een bouwblokkenmodel.
        </Paragraph>
        <Paragraph>
          <Link to="/catalogi">Naar de bouwblokkenmodellen</Link>
        </Paragraph>
      </>
    );
  }
  const { before, after } = comparison;
  const title = `${before.name} en ${after.name} vergeleken`;
  return (
    <>
      <PageTitle>{`Vergelijking: ${after.name}`}</PageTitle>
      <Paragraph>
        <Link to={`/catalogi/${encodeURIComponent(after.key)}`}>Terug naar {after.name}</Link>
      </Paragraph>
      <Heading level={1}>Versies vergelijken</Heading>
      <Paragraph lead>{title}.</Paragraph>
      <dl className="utrecht-data-list utrecht-data-list--rows sroi-data-list">
        <div className="utrecht-data-list__item">
          <dt className="utrecht-data-list__item-key">Voor (oud)</dt>
          <dd className="utrecht-data-list__item-value">
            <Link to={`/catalogi/${encodeURIComponent(before.key)}`}>{before.name}</Link>
          </dd>
        </div>
        <div className="utrecht-data-list__item">
          <dt className="utrecht-data-list__item-key">Na (nieuw)</dt>
          <dd className="utrecht-data-list__item-value">
            <Link to={`/catalogi/${encodeURIComponent(after.key)}`}>{after.name}</Link>
          </dd>
        </div>
      </dl>
      <Paragraph>
        <Link to={comparePath(after.key, before.key)}>Andersom vergelijken</Link>
      </Paragraph>
      <Paragraph>{summary(comparison)}</Paragraph>

      {comparison.basisHours ? (
        <Paragraph>
          <strong>Voltijdbaan:</strong>{" "}
          <ChangeText
            field="basisHours"
            before={comparison.basisHours.before}
            after={comparison.basisHours.after}
          />
        </Paragraph>
      ) : null}

      <Heading level={2}>Bouwblokken</Heading>
      <Differences items={comparison.blocks} noun={["bouwblok", "bouwblokken"]} />

      <Heading level={2}>Toeslagen</Heading>
      <Differences
        items={comparison.bonuses.map((bonus) => ({
          ...bonus,
          before: displayBonusSummary(bonus.before),
          after: displayBonusSummary(bonus.after),
        }))}
        noun={["toeslag", "toeslagen"]}
      />

      <Heading level={2}>Wat een typische realisatie waard is</Heading>
      <Paragraph>
        Per bouwblok een voorbeeld, berekend met de regels van elke versie. Zo ziet u wat een
        wijziging betekent voor opdrachtnemers.
      </Paragraph>
      <TypicalValues comparison={comparison} />
    </>
  );
}

function summary(comparison: Comparison): string {
  const count = (items: Difference[], status: Difference["status"]) =>
    items.filter((item) => item.status === status).length;
  const blocks = comparison.blocks;
  const bonuses = comparison.bonuses;
  const changedBonuses = bonuses.filter((item) => item.status !== "UNCHANGED").length;
  return `Bouwblokken: ${count(blocks, "ADDED")} toegevoegd, ${count(blocks, "REMOVED")} verwijderd, ${count(blocks, "CHANGED")} gewijzigd, ${count(blocks, "UNCHANGED")} ongewijzigd. Toeslagen: ${changedBonuses === 0 ? "geen wijzigingen" : `${changedBonuses} ${changedBonuses === 1 ? "wijziging" : "wijzigingen"}`}.`;
}

function ChangeText({ field, before, after }: { field: string; before: string; after: string }) {
  return (
    <>
      <span className="sroi-compare-old">
        <span className="sroi-visually-hidden">was </span>
        {displayFieldValue(field, before)}
      </span>
      {" → "}
      <span className="sroi-compare-new">
        <span className="sroi-visually-hidden">wordt </span>
        {displayFieldValue(field, after)}
      </span>
    </>
  );
}

function Differences({ items, noun }: { items: Difference[]; noun: [string, string] }) {
  const different = items.filter((item) => item.status !== "UNCHANGED");
  const unchanged = items.filter((item) => item.status === "UNCHANGED");
  return (
    <>
      {different.length === 0 ? (
        <EmptyState>Geen {noun[1]} toegevoegd, verwijderd of gewijzigd.</EmptyState>
      ) : (
        <DifferenceTable items={different} caption={`Gewijzigde ${noun[1]}`} noun={noun[0]} />
      )}
      {unchanged.length > 0 ? (
        <details className="sroi-fold">
          <summary>
            {unchanged.length}{" "}
            {unchanged.length === 1 ? `ongewijzigd ${noun[0]}` : `ongewijzigde ${noun[1]}`} tonen
          </summary>
          <DifferenceTable items={unchanged} caption={`Ongewijzigde ${noun[1]}`} noun={noun[0]} />
        </details>
      ) : null}
    </>
  );
}

function DifferenceTable({
  items,
  caption,
  noun,
}: {
  items: Difference[];
  caption: string;
  noun: string;
}) {
  return (
    <Table caption={caption} captionHidden>
      <TableHeader>
        <TableRow>
          <TableHeaderCell scope="col" wide>
            {noun.charAt(0).toUpperCase() + noun.slice(1)}
          </TableHeaderCell>
          <TableHeaderCell scope="col">Wijziging</TableHeaderCell>
          <TableHeaderCell scope="col" wide>
            Wat verandert
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
        {items.map((item) => (
          <TableRow key={item.code}>
            <TableHeaderCell scope="row">
              {item.name} <span className="sroi-code">({item.code})</span>
            </TableHeaderCell>
            <TableCell>
              <StatusBadge type={STATUS[item.status].badge}>
                {STATUS[item.status].label}
              </StatusBadge>
            </TableCell>
            <TableCell>
              {item.changes.length > 0 ? (
                <ul className="sroi-changes">
                  {item.changes.map((change) => (
                    <li key={change.field}>
                      {capitalise(change.label)}:{" "}
                      <ChangeText
                        field={change.field}
                        before={change.before}
                        after={change.after}
                      />
                    </li>
                  ))}
                </ul>
              ) : item.status === "ADDED" ? (
                "Nieuw in deze versie"
              ) : item.status === "REMOVED" ? (
                "Niet meer in deze versie"
              ) : (
                "—"
              )}
            </TableCell>
            <TableCell>{item.before ?? "—"}</TableCell>
            <TableCell>{item.after ?? "—"}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

function TypicalValues({ comparison }: { comparison: Comparison }) {
  if (comparison.typicalValues.length === 0)
    return <EmptyState>Geen bouwblokken om een voorbeeld mee te berekenen.</EmptyState>;
  return (
    <Table caption="Waarde van een typische realisatie per bouwblok" captionHidden>
      <TableHeader>
        <TableRow>
          <TableHeaderCell scope="col" wide>
            Bouwblok
          </TableHeaderCell>
          <TableHeaderCell scope="col" wide>
            Voorbeeld
          </TableHeaderCell>
          <TableHeaderCell scope="col" numeric>
            Voor
          </TableHeaderCell>
          <TableHeaderCell scope="col" numeric>
            Na
          </TableHeaderCell>
          <TableHeaderCell scope="col" numeric>
            Verschil
          </TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {comparison.typicalValues.map((value) => (
          <TableRow key={value.code}>
            <TableHeaderCell scope="row">
              {value.name} <span className="sroi-code">({value.code})</span>
            </TableHeaderCell>
            <TableCell>{value.example}</TableCell>
            <TableCell numeric>{value.before === null ? "—" : formatEuro(value.before)}</TableCell>
            <TableCell numeric>{value.after === null ? "—" : formatEuro(value.after)}</TableCell>
            <TableCell numeric>{difference(value.before, value.after)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

function difference(before: string | null, after: string | null): string {
  if (before === null || after === null) return "—";
  const delta = decimal(after).minus(decimal(before));
  if (delta.eq(0)) return "gelijk";
  return delta.gt(0) ? `+${formatEuro(delta)}` : formatEuro(delta);
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
