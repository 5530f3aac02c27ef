// Beheer → Meldingen: a staff member reaches their choice of e-mails through their own name in the
// header, switches the daily digest and one immediate notice off, and finds the choice kept after
// a reload. Every state is checked with axe. The choice is put back at the end: other files use
// this login's mail.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { browserAvailable, checkPage, launchBrowser, openPage } from "../support/browser.js";
import { loginViaApi } from "../support/session.js";

const STAFF = { email: "coordinator@haarlem.demo" };

describe.skipIf(!browserAvailable)("admin app: meldingen", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("chooses the digest and each notice, kept after a reload", async () => {
    const page = await openPage(browser);
    await loginViaApi(page, STAFF.email);
    await page.goto("/admin/opdrachten");
    await page.getByRole("heading", { level: 1, name: "Opdrachten" }).waitFor();
    await page.locator(".sroi-account__name").click();
    await page.waitForURL("**/admin/meldingen");
    await page.getByRole("heading", { level: 1, name: "Meldingen" }).waitFor();
    await checkPage(page, "admin-notice-preferences");

    const digest = page.getByRole("checkbox", { name: "Stuur mij het dagoverzicht" });
    const plans = page.getByRole("checkbox", { name: "Een plan van aanpak is ingediend" });
    await expect(digest.isChecked()).resolves.toBe(true);
    await expect(plans.isChecked()).resolves.toBe(true);
    await digest.uncheck();
    await plans.uncheck();
    await page.getByRole("button", { name: "Opslaan" }).click();
    await page.getByRole("status").getByText("Uw keuze is opgeslagen.").waitFor();
    await checkPage(page, "admin-notice-preferences-saved");

    await page.reload();
    await page.getByRole("heading", { level: 1, name: "Meldingen" }).waitFor();
    await expect(digest.isChecked()).resolves.toBe(false);
    await expect(plans.isChecked()).resolves.toBe(false);
    await expect(
      page.getByRole("checkbox", { name: "Een verantwoording is ingediend" }).isChecked(),
    ).resolves.toBe(true);

    await digest.check();
    await plans.check();
    await page.getByRole("button", { name: "Opslaan" }).click();
    await page.getByRole("status").getByText("Uw keuze is opgeslagen.").waitFor();
  });
});
