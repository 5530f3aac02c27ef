// PSO, end to end: the contractor records its certificate in the portal, a gemeente it works for
// checks it, and a contract registered after that shows the discount line and the flag that the
// certificate ends before the contract does. It plays in 2030, under a Baarn policy with a PSO
// table that the test publishes for that year, so no other test's contracts are touched.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { browserAvailable, checkPage, launchBrowser, openPage } from "../support/browser.js";
import { graphqlAs, loginViaApi } from "../support/session.js";

const EEMLAND_KVK = "90000001";
const NUMBER = "PSO-E2E-2030";

describe.skipIf(!browserAvailable)("PSO certificate: recorded, checked, discounted", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
    const admin = await openPage(browser);
    await loginViaApi(admin, "admin@platform.demo");
    const created = await graphqlAs<{ createPolicyDraft: { id: string } }>(
      admin,
      'mutation { createPolicyDraft(municipalityCode: "GM0308") { ... on Policy { id } } }',
    );
    const id = created.createPolicyDraft.id;
    await graphqlAs(
      admin,
      `mutation ($id: ID!, $input: PolicyInput!) { updatePolicyDraft(id: $id, input: $input) {
        __typename } }`,
      {
        id,
        input: {
          name: "SR-beleid Baarn 2030 (e2e)",
          percentage: "0.05",
          thresholdWorks: "200000.00",
          thresholdServices: "200000.00",
          thresholdSupplies: "200000.00",
          belowThreshold: "ACTIVITY",
          psoDiscounts: [{ level: "trede 2", discount: "0.50" }],
          contactDeadlineDays: 7,
          reportFrequency: "QUARTERLY",
        },
      },
    );
    await graphqlAs(
      admin,
      'mutation ($id: ID!) { publishPolicy(id: $id, validFrom: "2030-01-01") { __typename } }',
      { id },
    );
    await admin.context().close();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("the contractor records its certificate in the portal", async () => {
    const page = await openPage(browser);
    await loginViaApi(page, "admin@bouwbedrijf-eemland.demo");
    await page.goto("/portal/");
    await page
      .getByRole("navigation", { name: "Hoofdmenu" })
      .getByRole("link", { name: "PSO-certificaat" })
      .click();
    await page.waitForURL("**/portal/pso");
    // The demo's checked trede 2 is listed
    await page.getByRole("row", { name: /PSO-2025-10482/ }).waitFor();
    await checkPage(page, "portal-pso");

    const form = page.getByRole("form", { name: /^PSO-certificaat vastleggen/ });
    await form.getByRole("button", { name: "Leg certificaat vast" }).click();
    await page.getByText("Kies de trede op het certificaat.").first().waitFor();
    await checkPage(page, "portal-pso-errors");

    await form.getByLabel("Trede").selectOption({ label: "trede 2" });
    await form.getByLabel("Certificaatnummer").fill(NUMBER);
    await form.getByLabel("Geldig vanaf").fill("2029-07-01");
    await form.getByLabel("Geldig tot en met").fill("2030-12-31");
    await form.getByRole("button", { name: "Leg certificaat vast" }).click();
    await page.getByRole("heading", { name: "Certificaat vastgelegd" }).waitFor();
    const row = page.getByRole("row", { name: new RegExp(NUMBER) });
    await expect(row.textContent()).resolves.toContain("Wacht op controle");
    await checkPage(page, "portal-pso-recorded");
  });

  it("a gemeente working with the contractor checks it", async () => {
    const page = await openPage(browser);
    await loginViaApi(page, "coordinator@amersfoort.demo");
    await page.goto(`/admin/organisaties?zoek=${EEMLAND_KVK}`);
    const button = page.getByRole("button", { name: `Markeer ${NUMBER} als gecontroleerd` });
    await button.waitFor();
    await checkPage(page, "admin-organisation-pso");
    await button.click();
    await page.getByText(`Certificaat ${NUMBER} is gecontroleerd.`).waitFor();
    const row = page.getByRole("row", { name: new RegExp(NUMBER) });
    await expect(row.textContent()).resolves.toContain("Gecontroleerd");
    await checkPage(page, "admin-organisation-pso-checked");
  });

  it("a new contract shows the discount line and that the certificate lapses first", async () => {
    const page = await openPage(browser);
    await loginViaApi(page, "consultant@wsp-amersfoort.demo");
    await page.goto("/admin/opdrachten/nieuw");
    await page.getByLabel("Gemeente").selectOption("GM0308");
    await page.getByLabel("Kenmerk").fill("BRN-2030-PSO");
    await page.getByLabel("Titel").fill("Nieuwbouw brandweerpost Baarn");
    await page.getByLabel("Soort").selectOption({ label: "Werken" });
    await page.getByLabel("Opdrachtwaarde excl. btw").fill("1.000.000");
    await page.getByLabel("Gunningsdatum").fill("2030-02-01");
    await page.getByLabel("Begindatum (niet verplicht)").fill("2030-03-01");
    await page.getByLabel("Einddatum (niet verplicht)").fill("2031-06-30");
    await page.getByLabel("KvK-nummer").fill(EEMLAND_KVK);
    const preview = page.getByRole("region", { name: "SR-verplichting" });
    // 1.000.000 × 5 % = 50.000; 50 % PSO-korting = 25.000
    await preview.getByText("Verplichting: € 25.000,00 (5 % van de opdrachtwaarde).").waitFor();
    await expect(preview.textContent()).resolves.toContain(
      `PSO-korting trede 2 (certificaat ${NUMBER}, geldig t/m 31 december 2030): 50 % van € 50.000,00`,
    );
    await checkPage(page, "admin-contract-new-pso-preview");

    await page.getByRole("button", { name: "Opdracht registreren" }).click();
    await page.getByRole("heading", { level: 1, name: "Nieuwbouw brandweerpost Baarn" }).waitFor();
    const breakdown = page.getByRole("table", { name: "Berekening van de SR-verplichting" });
    await expect(breakdown.textContent()).resolves.toContain(
      `PSO-korting trede 2 (certificaat ${NUMBER}, geldig t/m 31 december 2030)`,
    );
    await expect(breakdown.getByRole("row", { name: /Totaal/ }).textContent()).resolves.toContain(
      "€ 25.000,00",
    );
    await page
      .getByRole("heading", { name: "PSO-certificaat verloopt tijdens de opdracht" })
      .waitFor();
    await expect(page.locator("main").textContent()).resolves.toContain(
      `Het PSO-certificaat ${NUMBER} (trede 2) is geldig tot en met 31 december 2030, vóór het einde van de opdracht op 30 juni 2031.`,
    );
    await checkPage(page, "admin-contract-pso");
  });
});
