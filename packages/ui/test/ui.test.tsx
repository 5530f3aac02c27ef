// Server-rendered markup is enough to check the structure that assistive technology relies on.
import type { ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { createStaticHandler, createStaticRouter, StaticRouterProvider } from "react-router";
import { describe, expect, it } from "vitest";
import {
  BonusesTable,
  CatalogueContents,
  type CatalogueDetails,
  CatalogueSource,
  Page,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "../src/index.js";

const haaglanden: CatalogueDetails = {
  status: "PUBLISHED",
  validFrom: "2023-07-01",
  source: "https://www.denhaag.nl/nl/social-return-bouwblokken/",
  retrieved: "2026-11-22",
  complete: false,
  countingNote: null,
  conceptNote: null,
  basisHours: "36",
  blocks: [
    {
      code: "PW",
      name: "Participatiewet",
      category: "EMPLOYMENT",
      kind: "PER_FTE_YEAR",
      amount: "40000.00",
      share: null,
      maxMonths: 24,
      minHoursPerWeek: null,
      note: null,
    },
    {
      code: "BROKEN",
      name: "Zonder bedrag",
      category: "EMPLOYMENT",
      kind: "PER_HOUR",
      amount: null,
      share: null,
      maxMonths: null,
      minHoursPerWeek: null,
      note: null,
    },
  ],
  bonuses: [],
};

async function renderInRouter(element: ReactNode): Promise<string> {
  const routes = [{ path: "/", element }];
  const handler = createStaticHandler(routes);
  const context = await handler.query(new Request("http://localhost/"));
  if (context instanceof Response) throw new Error("unexpected redirect");
  return renderToStaticMarkup(
    <StaticRouterProvider
      router={createStaticRouter(handler.dataRoutes, context)}
      context={context}
    />,
  );
}

describe("Page", () => {
  it("starts with a skip link to the main landmark", async () => {
    const html = await renderInRouter(
      <Page appName="Beheer" navigation={[{ to: "/", label: "Start" }]}>
        <p>inhoud</p>
      </Page>,
    );
    const skipLink = /<a[^>]*href="#(\w+)"[^>]*>Direct naar de inhoud<\/a>/.exec(html);
    expect(skipLink?.index).toBe(html.indexOf("<a"));
    expect(html).toContain(`<main id="${skipLink?.[1]}" tabindex="-1"`);
    expect(html).toContain('<nav class="utrecht-nav-bar sroi-nav" aria-label="Hoofdmenu">');
    expect(html).toContain('aria-current="page"');
  });
});

describe("Table", () => {
  it("has a caption and scoped header cells", () => {
    const html = renderToStaticMarkup(
      <Table caption="Versies">
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">Naam</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          <TableRow>
            <TableCell>Leiden</TableCell>
          </TableRow>
        </TableBody>
      </Table>,
    );
    expect(html).toMatch(/<caption id="[^"]+" class="utrecht-table__caption">Versies<\/caption>/);
    expect(html).toContain('<th scope="col" class="utrecht-table__header-cell">Naam</th>');
  });
});

describe("CatalogueContents", () => {
  const html = renderToStaticMarkup(<CatalogueContents catalogue={haaglanden} />);

  it("describes each block's valuation in words", () => {
    expect(html).toContain("€ 40.000,00 per fte-jaar (36 uur), telt maximaal 24 maanden");
  });

  it("keeps showing the catalogue when one block cannot be described", () => {
    expect(html).toContain("Waardering onbekend");
  });

  it("warns when the source was only partly readable", () => {
    expect(html).toContain("Onvolledig overgenomen");
    expect(
      renderToStaticMarkup(<CatalogueContents catalogue={{ ...haaglanden, complete: true }} />),
    ).not.toContain("Onvolledig");
  });

  it("formats the dates and says when there are no bonuses", () => {
    expect(html).toContain("1 juli 2023");
    expect(html).toContain("geraadpleegd op 22 november 2026");
    expect(html).toContain("Dit bouwblokkenmodel heeft geen toeslagen.");
  });
});

describe("BonusesTable", () => {
  it("names the categories and blocks a bonus applies to", () => {
    const html = renderToStaticMarkup(
      <BonusesTable
        blocks={[{ code: "PRO-VSO", name: "Pro/Vso-leerling" }]}
        bonuses={[
          {
            code: "X",
            name: "Na stage",
            amount: "10000.00",
            appliesTo: ["PRO-VSO", "EMPLOYMENT"],
            oneOff: true,
          },
        ]}
      />,
    );
    expect(html).toContain("Pro/Vso-leerling (PRO-VSO), Werk (dienstverband)");
    expect(html).toContain("€ 10.000,00");
    expect(html).toContain("Eenmalig");
  });
});

describe("CatalogueSource", () => {
  it("links the address and keeps a remark after it as text", () => {
    const html = renderToStaticMarkup(
      <CatalogueSource source="https://www.utrecht.nl/bouwblokken/ (earlier stored copy)" />,
    );
    expect(html).toBe(
      '<a class="utrecht-link utrecht-link--html-a" href="https://www.utrecht.nl/bouwblokken/">utrecht.nl</a> (earlier stored copy)',
    );
  });

  it("says so when there is no source", () => {
    expect(renderToStaticMarkup(<CatalogueSource source={null} />)).toBe("niet vermeld");
  });
});
