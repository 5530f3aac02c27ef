// Beheer → Kandidaten: a WSP consultant filters the pool, adds a candidate (a BSN is refused at
// the field, in Dutch), records a consent for a contractor and withdraws it, and erases the
// person's data on request. Staff of a gemeente whose social return the WSP carries out see no
// pool. Every state is checked with axe.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { browserAvailable, checkPage, launchBrowser, openPage } from "../support/browser.js";
import { loginViaApi } from "../support/session.js";

describe.skipIf(!browserAvailable)("admin app: kandidaten", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("filters the pool, adds a candidate, records and withdraws consent, erases", async () => {
    const page = await openPage(browser);
    await loginViaApi(page, "consultant@wsp-amersfoort.demo");
    await page.goto("/admin/kandidaten");
    await page.getByRole("heading", { level: 1, name: "Kandidaten" }).waitFor();
    await page.getByRole("link", { name: "WSP-2026-0141" }).waitFor();
    await expect(page.getByRole("cell", { name: "Joris van Leusden" }).count()).resolves.toBe(1);
    await checkPage(page, "admin-candidates");

    await page.getByLabel("Doelgroep").selectOption("STATUSHOUDER");
    await page.getByRole("button", { name: "Filteren" }).click();
    await page.waitForURL("**/admin/kandidaten?doelgroep=STATUSHOUDER");
    await page.getByRole("status").getByText("1 kandidaat.").waitFor();
    await page.getByRole("link", { name: "WSP-2026-0170" }).waitFor();
    await checkPage(page, "admin-candidates-filtered");

    await page.getByRole("link", { name: "Kandidaat toevoegen" }).click();
    await page.waitForURL("**/admin/kandidaten/nieuw");
    await page.getByRole("heading", { level: 1, name: "Kandidaat toevoegen" }).waitFor();
    await page.getByLabel("Eigen kenmerk").fill("123456782");
    await page.getByLabel("Naam").fill("Eva Testkandidaat");
    await page.getByRole("checkbox", { name: "Participatiewet (bijstand)" }).check();
    await page.getByRole("button", { name: "Kandidaat toevoegen" }).click();
    await page
      .locator("#kandidaat-kenmerk-fout")
      .getByText("Vul hier geen burgerservicenummer (BSN) in", { exact: false })
      .waitFor();
    await checkPage(page, "admin-candidate-new-bsn");
    await page.getByLabel("Eigen kenmerk").fill("WSP-E2E-1");
    await page.getByRole("button", { name: "Kandidaat toevoegen" }).click();
    await page.getByRole("heading", { level: 1, name: "Kandidaat WSP-E2E-1" }).waitFor();
    await page.getByText("Er is nog geen toestemming vastgelegd").waitFor();
    await checkPage(page, "admin-candidate");

    await page.getByLabel("Opdrachtnemer").selectOption({ label: "Bouwbedrijf Eemland B.V." });
    await page.getByRole("button", { name: "Toestemming vastleggen" }).click();
    const row = page.getByRole("row", { name: /Bouwbedrijf Eemland/ });
    await row.getByText("geldig").waitFor();
    await checkPage(page, "admin-candidate-consent");
    await page
      .getByRole("button", { name: "Toestemming voor Bouwbedrijf Eemland B.V. intrekken" })
      .click();
    await row.getByText("ingetrokken").waitFor();

    await page.getByRole("button", { name: "Persoonsgegevens wissen" }).click();
    await page
      .getByRole("heading", { name: "De persoonsgegevens van deze kandidaat wissen?" })
      .waitFor();
    await checkPage(page, "admin-candidate-erase-confirm");
    await page.getByRole("button", { name: "Ja, wissen" }).click();
    await page.getByText("De persoonsgegevens van deze kandidaat zijn gewist.").waitFor();
    await expect(page.getByText("Eva Testkandidaat").count()).resolves.toBe(0);
    await checkPage(page, "admin-candidate-erased");
  });

  it("shows a gemeente coordinator whose WSP keeps the pool no candidates", async () => {
    const page = await openPage(browser);
    await loginViaApi(page, "coordinator@amersfoort.demo");
    await page.goto("/admin/kandidaten");
    await page.getByRole("heading", { level: 1, name: "Kandidaten" }).waitFor();
    await page.getByText("U werkt niet voor zo'n organisatie.", { exact: false }).waitFor();
    await checkPage(page, "admin-candidates-no-pool");
  });
});
