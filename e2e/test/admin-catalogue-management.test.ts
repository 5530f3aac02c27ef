// Beheer: a gemeente coordinator drafts a new version of the region's bouwblokkenmodel (a copy of
// the one in force), changes values, compares and proposes it; the WSP lead, who publishes for the
// whole region, finds it in Te doen and publishes it from a later date; the rekenhulp then uses it
// for that date while a contract stays pinned to its version. And imports with and without errors.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  browserAvailable,
  checkPage,
  launchBrowser,
  openPage,
  PHONE,
  pageOverflowsHorizontally,
  type TestPage,
} from "../support/browser.js";
import { graphqlAs, loginViaApi } from "../support/session.js";

const COORDINATOR = "coordinator@amersfoort.demo";
const LEAD = "lead@wsp-amersfoort.demo";
const REGION = "WSP regio Amersfoort";
const IN_FORCE = "regio-amersfoort-concept";
// Far enough ahead that no other suite's dates reach it: those keep computing with today's rules.
const VALID_FROM = "2090-01-01";
const AFTER_VALID_FROM = "2090-06-01";

const OBLIGATION_PREVIEW = `query Preview($date: Date!) {
  obligationPreview(input: { municipalityCode: "GM0307", contractKind: WORKS, valueExclVat: "1000000.00", referenceDate: $date }) {
    __typename
    ... on ObligationPreview { catalogueVersion { key } }
  }
}`;

async function catalogueInForceFor(page: TestPage, date: string): Promise<string | undefined> {
  const response = await page.request.post("/graphql", {
    data: { query: OBLIGATION_PREVIEW, variables: { date } },
  });
  const body = (await response.json()) as {
    data?: { obligationPreview?: { catalogueVersion?: { key: string } | null } };
  };
  return body.data?.obligationPreview?.catalogueVersion?.key;
}

/** A spreadsheet as the import expects it: a header row and one row per block or bonus. */
function csv(rows: string[][]): Buffer {
  const header =
    "soort,code,naam,categorie,waardering,bedrag,aandeel,max_maanden,min_uren_per_week,geldt_voor,eenmalig,toelichting";
  return Buffer.from(`${[header, ...rows.map((row) => row.join(","))].join("\n")}\n`, "utf8");
}

describe.skipIf(!browserAvailable)("admin app: bouwblokkenmodellen beheren", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function loggedIn(viewport?: { width: number; height: number }) {
    const page = await openPage(browser, viewport);
    await loginViaApi(page, COORDINATOR);
    return page;
  }

  it("drafts, changes, compares and proposes a new version; the WSP publishes it; contracts keep theirs", async () => {
    let page = await loggedIn();
    const key = `regio-amersfoort-e2e-${Date.now()}`;
    const name = "Bouwblokkenmodel regio Amersfoort 2090";

    await page.goto("/admin/catalogi");
    await checkPage(page, "admin-catalogues-manage");
    const inForceRow = () =>
      page.getByRole("row", {
        name: /Bouwblokkenmodel regio Amersfoort \(concept/,
      });
    await expect(inForceRow().textContent()).resolves.toContain("Nu geldig");
    await page.getByRole("link", { name: `Nieuwe versie voor ${REGION}` }).click();

    // A copy of the version in force is the default start.
    await page.waitForURL("**/admin/catalogi/nieuw?regio=regio-amersfoort");
    await checkPage(page, "admin-catalogue-new");
    const basis = page.getByLabel("Beginnen met");
    await expect(basis.inputValue()).resolves.toBe(IN_FORCE);
    await page.getByLabel("Code", { exact: true }).fill("Niet Goed");
    await page.getByLabel("Naam", { exact: true }).fill(name);
    await page.getByRole("button", { name: "Concept aanmaken" }).click();
    await page.getByRole("heading", { name: "Er is iets niet goed ingevuld" }).waitFor();
    await checkPage(page, "admin-catalogue-new-invalid");
    await page.getByLabel("Code", { exact: true }).fill(key);
    await page.getByRole("button", { name: "Concept aanmaken" }).click();

    await page.waitForURL(`**/admin/catalogi/${key}`);
    await page.getByRole("heading", { level: 1, name }).waitFor();
    await checkPage(page, "admin-catalogue-draft");
    let main = page.locator("main");
    await expect(main.textContent()).resolves.toContain("is aangemaakt");
    await expect(main.textContent()).resolves.toContain("Klaar om te publiceren");
    // The copy has the blocks of the version in force.
    await page.getByRole("row", { name: /Participatiewet/ }).waitFor();

    // First change: the amount of a block.
    await page.getByRole("link", { name: "Wijzigen Participatiewet" }).click();
    await page.waitForURL(`**/admin/catalogi/${key}/bouwblokken/PW`);
    await checkPage(page, "admin-catalogue-block-form");
    const amount = page.getByLabel("Bedrag per fte-jaar (euro)");
    await expect(amount.inputValue()).resolves.toBe("40000");
    // The fields follow the valuation kind: a share for an invoice share, no amount.
    await page.getByLabel("Waardering").selectOption("INVOICE_SHARE");
    await expect(page.getByLabel("Deel van het factuurbedrag (procent)").count()).resolves.toBe(1);
    await expect(page.getByLabel("Bedrag per fte-jaar (euro)").count()).resolves.toBe(0);
    await expect(page.getByLabel(/Maximale telperiode/).count()).resolves.toBe(0);
    await page.getByLabel("Waardering").selectOption("PER_FTE_YEAR");
    await page.getByLabel("Bedrag per fte-jaar (euro)").fill("42.000");
    await page.getByLabel(/Maximale telperiode/).fill("24");
    await expect(page.locator(".sroi-panel").textContent()).resolves.toContain(
      "€ 42.000,00 per fte-jaar (36 uur), telt maximaal 24 maanden",
    );
    await checkPage(page, "admin-catalogue-block-form-changed");
    await page.getByRole("button", { name: "Bouwblok opslaan" }).click();
    await page.waitForURL(`**/admin/catalogi/${key}`);
    await expect(
      page.getByRole("row", { name: /Participatiewet/ }).textContent(),
    ).resolves.toContain("€ 42.000,00 per fte-jaar");

    // Second change: a bonus becomes one-off.
    await page.getByRole("link", { name: "Wijzigen Werkzoekende ouder dan 50 jaar" }).click();
    await page.waitForURL(`**/admin/catalogi/${key}/toeslagen/50PLUS`);
    await checkPage(page, "admin-catalogue-bonus-form");
    await expect(page.getByLabel("Werk (dienstverband)").isChecked()).resolves.toBe(true);
    await page.getByLabel("Bedrag (euro)").fill("12500");
    await page.getByLabel("Eenmalig, het hele bedrag ineens").check();
    await page.getByRole("button", { name: "Toeslag opslaan" }).click();
    await page.waitForURL(`**/admin/catalogi/${key}`);
    await page.getByText("Toeslag 50PLUS is opgeslagen.").waitFor();
    await checkPage(page, "admin-catalogue-draft-changed");

    // Compare with the version in force (the default choice).
    await expect(page.getByLabel("Vergelijk met").inputValue()).resolves.toBe(IN_FORCE);
    await page.getByRole("button", { name: "Vergelijken" }).click();
    await page.waitForURL((url) => url.pathname.endsWith("/catalogi/vergelijk"));
    expect(new URL(page.url()).searchParams.get("voor")).toBe(IN_FORCE);
    expect(new URL(page.url()).searchParams.get("na")).toBe(key);
    await checkPage(page, "admin-catalogue-compare");
    const changedBlock = page.getByRole("row", { name: /Participatiewet/ }).first();
    await expect(changedBlock.textContent()).resolves.toMatch(/Gewijzigd/);
    await expect(changedBlock.textContent()).resolves.toMatch(/€ 40\.000,00.*→.*€ 42\.000,00/);
    const changedBonus = page.getByRole("row", { name: /Werkzoekende ouder dan 50 jaar/ });
    await expect(changedBonus.textContent()).resolves.toMatch(/€ 10\.000,00.*→.*€ 12\.500,00/);
    // What one person full time for a year is worth under each version.
    const typical = page
      .getByRole("table", { name: "Waarde van een typische realisatie per bouwblok" })
      .getByRole("row", { name: /Participatiewet/ });
    await expect(typical.textContent()).resolves.toMatch(
      /€ 40\.000,00.*€ 42\.000,00.*\+€ 2\.000,00/,
    );
    // Unchanged blocks are folded away until asked for.
    await page.getByText(/ongewijzigde bouwblokken tonen/).click();
    await checkPage(page, "admin-catalogue-compare-unchanged-open");
    await page.getByRole("link", { name: `Terug naar ${name}` }).click();

    // The coordinator may not publish the region's catalogue: it proposes it to the WSP.
    await page.waitForURL(`**/admin/catalogi/${key}`);
    await expect(page.getByRole("button", { name: "Publiceren…" }).count()).resolves.toBe(0);
    await expect(main.textContent()).resolves.toContain(
      "WSP regio Amersfoort publiceert het bouwblokkenmodel van WSP regio Amersfoort",
    );
    await page.getByRole("button", { name: "Voorstellen" }).click();
    await page
      .getByRole("heading", { name: "Dit concept voorstellen om te publiceren?" })
      .waitFor();
    await checkPage(page, "admin-catalogue-propose-confirm");
    await page.getByRole("button", { name: "Ja, voorstellen" }).click();
    await page.getByRole("heading", { name: "Voorgesteld om te publiceren" }).waitFor();
    await checkPage(page, "admin-catalogue-proposed");
    await expect(page.getByRole("link", { name: "Bouwblok toevoegen" }).count()).resolves.toBe(0);
    await page.context().close();

    // The WSP lead finds the proposal in Te doen.
    page = await openPage(browser);
    await loginViaApi(page, LEAD);
    main = page.locator("main");
    await page.goto("/admin/te-doen");
    await page.getByRole("heading", { name: "Bouwblokkenmodellen te publiceren (1)" }).waitFor();
    await checkPage(page, "admin-work-queue-catalogue-proposal");
    await page.getByRole("link", { name: new RegExp(name) }).click();
    await page.waitForURL(`**/admin/catalogi/${key}`);
    // The URL changes before the lazily loaded page has rendered: wait for its content.
    await expect.poll(() => main.textContent()).toContain("Anouk de Vries stelde dit concept voor");
    await checkPage(page, "admin-catalogue-proposal-for-publisher");

    // Publish from a later date: the question explains what that means first.
    await page.getByLabel("Geldig vanaf").fill(VALID_FROM);
    await page.getByRole("button", { name: "Publiceren…" }).click();
    const question = page.getByRole("heading", { name: /publiceren, geldig vanaf 1 januari 2090/ });
    await question.waitFor();
    await expect(question.evaluate((element) => element === document.activeElement)).resolves.toBe(
      true,
    );
    await expect(main.textContent()).resolves.toContain("kan niemand deze versie meer wijzigen");
    await checkPage(page, "admin-catalogue-publish-confirm");
    await page.getByRole("button", { name: "Ja, publiceren" }).click();
    await page.getByText(`${name} is gepubliceerd en geldt vanaf 1 januari 2090.`).waitFor();
    await checkPage(page, "admin-catalogue-published");

    // Published: no edit controls any more, and the API refuses changes.
    for (const label of ["Bouwblok toevoegen", "Toeslag toevoegen", "Gegevens opslaan"]) {
      await expect(page.getByRole("button", { name: label }).count()).resolves.toBe(0);
      await expect(page.getByRole("link", { name: label }).count()).resolves.toBe(0);
    }
    await expect(page.getByRole("link", { name: /^Wijzigen/ }).count()).resolves.toBe(0);
    await expect(page.getByRole("button", { name: "Versie intrekken" }).count()).resolves.toBe(1);
    for (const format of ["JSON", "CSV", "XLSX"]) {
      await expect(
        page.getByRole("link", { name: new RegExp(`\\(${format}\\)`) }).count(),
      ).resolves.toBe(1);
    }
    const refused = await graphqlAs<{ deleteBlock: { __typename: string } }>(
      page,
      `mutation { deleteBlock(catalogueKey: "${key}", code: "PW") { __typename } }`,
    );
    expect(refused.deleteBlock.__typename).toBe("NotAllowedError");

    // The public rekenhulp API: the new version from its date on, the old one before.
    await expect(catalogueInForceFor(page, AFTER_VALID_FROM)).resolves.toBe(key);
    await expect(catalogueInForceFor(page, "2026-06-01")).resolves.toBe(IN_FORCE);

    // A contract stays pinned to the version it was awarded under.
    const { contracts } = await graphqlAs<{
      contracts: {
        edges: { node: { id: string; obligation: { catalogueVersion: { key: string } | null } } }[];
      };
    }>(
      page,
      `query { contracts(filter: { search: "AMF-2026-001" }) { edges { node { id obligation { catalogueVersion { key } } } } } }`,
    );
    const contract = contracts.edges[0]?.node;
    expect(contract?.obligation.catalogueVersion?.key).toBe(IN_FORCE);
    await page.goto(`/admin/opdrachten/${contract?.id}`);
    await checkPage(page, "admin-catalogue-pinned-contract");
    await expect(page.locator("main").textContent()).resolves.toContain(
      "Bouwblokkenmodel regio Amersfoort (concept",
    );

    // The list shows the new version as published, the old one still in force today.
    await page.goto("/admin/catalogi");
    await checkPage(page, "admin-catalogues-after-publish");
    const newRow = page.getByRole("row", { name: new RegExp(name) });
    await expect(newRow.textContent()).resolves.toContain("Gepubliceerd");
    await expect(newRow.textContent()).resolves.toContain("1 januari 2090");
    await expect(newRow.textContent()).resolves.not.toContain("Nu geldig");
    await expect(inForceRow().textContent()).resolves.toContain("Nu geldig");
    // A long journey through many pages, each scanned by axe: more than the default minute.
  }, 180_000);

  it("reports an import with errors line by line, and turns a good file into a draft", async () => {
    const page = await loggedIn();
    await page.goto("/admin/catalogi");
    await page.getByRole("link", { name: `Importeren voor ${REGION}` }).click();
    await page.waitForURL("**/admin/catalogi/importeren?regio=regio-amersfoort");
    await checkPage(page, "admin-catalogue-import");
    const template = page.getByRole("link", { name: "Download het sjabloon (CSV)" });
    await expect(template.getAttribute("href")).resolves.toContain("soort%2Ccode%2Cnaam");

    // A spreadsheet with errors: every problem with its line, nothing saved.
    const key = `regio-amersfoort-import-${Date.now()}`;
    await page.getByLabel("Bestand", { exact: true }).setInputFiles({
      name: "bouwblokken.csv",
      mimeType: "text/csv",
      buffer: csv([
        [
          "bouwblok",
          "PW",
          "Participatiewet",
          "EMPLOYMENT",
          "PER_FTE_YEAR",
          "veertig",
          "",
          "",
          "",
          "",
          "",
          "",
        ],
        [
          "bouwblok",
          "BBL",
          "Bbl-leerling",
          "LEARNING",
          "PER_FTE_YEAR",
          "35000",
          "",
          "24",
          "",
          "",
          "",
          "",
        ],
        ["iets", "X", "Onbekend", "", "", "", "", "", "", "", "", ""],
        ["toeslag", "50PLUS", "Ouder dan 50", "", "", "5000", "", "", "", "GEEN", "misschien", ""],
      ]),
    });
    await expect(page.getByLabel("Voltijdbaan (uur per week)").inputValue()).resolves.toBe("36");
    await page.getByLabel("Code van de nieuwe versie").fill(key);
    await page.getByLabel("Naam", { exact: true }).fill("Import met fouten");
    await page.getByRole("button", { name: "Importeren als concept" }).click();
    const report = page.getByRole("table", { name: "Fouten in bouwblokken.csv" });
    await report.waitFor();
    await checkPage(page, "admin-catalogue-import-errors");
    const lines = await report.locator("tbody th[scope=row]").allTextContents();
    expect(lines).toEqual(expect.arrayContaining(["2", "4", "5"]));
    await expect(report.getByRole("row", { name: /^2 / }).first().textContent()).resolves.toContain(
      "bedrag",
    );
    expect(page.url()).toContain("/admin/catalogi/importeren");
    const notSaved = await graphqlAs<{ catalogueVersion: { key: string } | null }>(
      page,
      `query { catalogueVersion(key: "${key}") { key } }`,
    );
    expect(notSaved.catalogueVersion).toBeNull();

    // The corrected spreadsheet becomes a draft, never a published version.
    await page.getByLabel("Bestand", { exact: true }).setInputFiles({
      name: "bouwblokken.csv",
      mimeType: "text/csv",
      buffer: csv([
        [
          "bouwblok",
          "PW",
          "Participatiewet",
          "EMPLOYMENT",
          "PER_FTE_YEAR",
          "40000",
          "",
          "",
          "",
          "",
          "",
          "Voor wie een uitkering had",
        ],
        [
          "bouwblok",
          "BBL",
          "Bbl-leerling",
          "LEARNING",
          "PER_FTE_YEAR",
          "35000",
          "",
          "24",
          "12",
          "",
          "",
          "",
        ],
        [
          "bouwblok",
          "INKOOP",
          "Sociale inkoop",
          "SOCIAL_PURCHASE",
          "INVOICE_SHARE",
          "",
          "0.5",
          "",
          "",
          "",
          "",
          "",
        ],
        ["toeslag", "50PLUS", "Ouder dan 50", "", "", "5000", "", "", "", "EMPLOYMENT", "nee", ""],
      ]),
    });
    await page.getByLabel("Naam", { exact: true }).fill("Import zonder fouten");
    await page.getByRole("button", { name: "Importeren als concept" }).click();
    await page.waitForURL(`**/admin/catalogi/${key}`);
    await page.getByRole("heading", { level: 1, name: "Import zonder fouten" }).waitFor();
    await checkPage(page, "admin-catalogue-imported-csv");
    await expect(page.locator("main").textContent()).resolves.toContain("is geïmporteerd");
    await expect(page.locator("main").textContent()).resolves.toContain("Concept");
    await expect(
      page.getByRole("row", { name: /Sociale inkoop/ }).textContent(),
    ).resolves.toContain("50 % van het factuurbedrag");
    await expect(page.getByRole("link", { name: "Bouwblok toevoegen" }).count()).resolves.toBe(1);

    // The exchange format: an export of another region's version, imported as a draft here.
    const exported = await page.request.get("/export/catalogi/leiden-2023.json");
    expect(exported.status()).toBe(200);
    await page.goto("/admin/catalogi/importeren?regio=regio-amersfoort");
    await page.getByRole("heading", { level: 1 }).waitFor();
    const jsonKey = `regio-amersfoort-json-${Date.now()}`;
    await page.getByLabel("Bestand", { exact: true }).setInputFiles({
      name: "leiden-2023.json",
      mimeType: "application/json",
      buffer: Buffer.from(await exported.body()),
    });
    // The name comes from the file; spreadsheet-only fields stay away.
    await expect
      .poll(() => page.getByLabel("Naam", { exact: true }).inputValue())
      .toBe("Bouwblokkenschema, aanbestedingen gepubliceerd vanaf 1 september 2023");
    await expect(page.getByLabel("Voltijdbaan (uur per week)").count()).resolves.toBe(0);
    await page.getByLabel("Naam", { exact: true }).fill("Leids model, geïmporteerd");
    await page.getByLabel("Code van de nieuwe versie").fill(jsonKey);
    await page.getByRole("button", { name: "Importeren als concept" }).click();
    await page.waitForURL(`**/admin/catalogi/${jsonKey}`);
    await checkPage(page, "admin-catalogue-imported-json");
    await expect(page.locator("main").textContent()).resolves.toContain("Concept");

    // Drafts are the region's own business: leave the list as the other suites expect it.
    for (const draft of [key, jsonKey]) {
      const { deleteCatalogueDraft } = await graphqlAs<{
        deleteCatalogueDraft: { __typename: string };
      }>(page, `mutation { deleteCatalogueDraft(key: "${draft}") { __typename } }`);
      expect(deleteCatalogueDraft.__typename).toBe("DeleteResult");
    }
  });

  it("builds an empty draft on a phone: problems first, then a block, then ready", async () => {
    const page = await loggedIn(PHONE);
    const key = `regio-amersfoort-phone-${Date.now()}`;
    const created = await graphqlAs<{ createCatalogueDraft: { __typename: string } }>(
      page,
      `mutation { createCatalogueDraft(regionCode: "regio-amersfoort", key: "${key}", name: "Telefoonconcept") { __typename } }`,
    );
    expect(created.createCatalogueDraft.__typename).toBe("CatalogueVersion");
    await page.goto(`/admin/catalogi/${key}`);
    await checkPage(page, "phone-admin-catalogue-empty-draft");
    expect(await pageOverflowsHorizontally(page)).toBe(false);
    // What keeps it from publication, linked to where to fix it; no publish button yet.
    await page.getByRole("heading", { name: "Nog op te lossen voor publicatie" }).waitFor();
    await expect(page.getByRole("button", { name: "Publiceren…" }).count()).resolves.toBe(0);
    await page.getByRole("link", { name: "Bevat geen bouwblokken" }).click();
    await page.waitForURL(`**/admin/catalogi/${key}/bouwblokken/nieuw`);
    await checkPage(page, "phone-admin-catalogue-block-new");
    expect(await pageOverflowsHorizontally(page)).toBe(false);

    // Saving an empty form lists what is missing, each linked to its field.
    await page.getByRole("button", { name: "Bouwblok toevoegen" }).click();
    await page.getByRole("heading", { name: "Er is iets niet goed ingevuld" }).waitFor();
    await checkPage(page, "phone-admin-catalogue-block-invalid");
    await page.getByRole("link", { name: "Kies een categorie." }).click();
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe("blok-categorie");

    // Sociale inkoop: a share of the invoice, typed as a percentage.
    await page.getByLabel("Code", { exact: true }).fill("INKOOP");
    await page.getByLabel("Naam", { exact: true }).fill("Inkoop bij een sociale onderneming");
    await page.getByLabel("Categorie").selectOption("SOCIAL_PURCHASE");
    await page.getByLabel("Waardering").selectOption("INVOICE_SHARE");
    await page.getByLabel("Deel van het factuurbedrag (procent)").fill("50");
    await expect(page.locator(".sroi-panel").textContent()).resolves.toContain(
      "50 % van het factuurbedrag excl. btw",
    );
    await page.getByRole("button", { name: "Bouwblok toevoegen" }).click();
    await page.waitForURL(`**/admin/catalogi/${key}`);
    await page.getByRole("heading", { name: "Klaar om te publiceren" }).waitFor();
    await checkPage(page, "phone-admin-catalogue-draft-ready");
    expect(await pageOverflowsHorizontally(page)).toBe(false);
    const { catalogueVersion } = await graphqlAs<{
      catalogueVersion: { blocks: { share: string | null }[] };
    }>(page, `query { catalogueVersion(key: "${key}") { blocks { share } } }`);
    expect(catalogueVersion.blocks[0]?.share).toMatch(/^0\.50?$/);

    // Delete the draft again; the list no longer shows it.
    await page.getByRole("button", { name: "Concept verwijderen" }).click();
    await page.getByRole("heading", { name: "Deze conceptversie verwijderen?" }).waitFor();
    await checkPage(page, "phone-admin-catalogue-delete-confirm");
    await page.getByRole("button", { name: "Ja, verwijderen" }).click();
    await page.waitForURL("**/admin/catalogi");
    await page.getByText("De conceptversie Telefoonconcept is verwijderd.").waitFor();
    await expect(page.getByRole("link", { name: "Telefoonconcept" }).count()).resolves.toBe(0);
  });
});
