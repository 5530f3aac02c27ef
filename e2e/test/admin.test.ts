import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  browserAvailable,
  checkPage,
  launchBrowser,
  openPage,
  saveScreenshot,
} from "../support/browser.js";
import { SEEDED_KEYS, seededCatalogue } from "../support/catalogues.js";
import { loginViaApi } from "../support/session.js";

// Beheer is for staff only: every page needs a login.
const STAFF = "coordinator@amersfoort.demo";

describe.skipIf(!browserAvailable)("admin app: bouwblokkenmodellen", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("lists every seeded catalogue version with its region", async () => {
    const page = await openPage(browser);
    await loginViaApi(page, STAFF);
    await page.goto("/admin/catalogi");
    await checkPage(page, "admin-catalogues");
    await expect(page.title()).resolves.toBe("Bouwblokkenmodellen – Beheer – Social Return");
    for (const key of SEEDED_KEYS) {
      const catalogue = seededCatalogue(key);
      const link = page.getByRole("link", { name: catalogue.name, exact: true });
      await expect(link.getAttribute("href")).resolves.toBe(`/admin/catalogi/${key}`);
      await expect(
        page.getByRole("heading", { level: 2, name: catalogue.region, exact: true }).count(),
      ).resolves.toBe(1);
    }
    const haaglanden = page.getByRole("row", { name: seededCatalogue("haaglanden-2023").name });
    await expect(haaglanden.textContent()).resolves.toContain("1 juli 2023");
    await expect(haaglanden.textContent()).resolves.toContain("Gepubliceerd");
    const harlingen = page.getByRole("row", { name: seededCatalogue("harlingen").name });
    await expect(harlingen.textContent()).resolves.toContain("niet vermeld");
    // Utrecht's current version is in force; the earlier stored copy is kept as Vervallen.
    const utrechtNow = page.getByRole("row", { name: seededCatalogue("utrecht-current").name });
    await expect(utrechtNow.textContent()).resolves.toContain("Nu geldig");
    const utrechtEarlier = page.getByRole("row", { name: seededCatalogue("utrecht-earlier").name });
    await expect(utrechtEarlier.textContent()).resolves.toContain("Vervallen");
    await expect(utrechtEarlier.textContent()).resolves.not.toContain("Nu geldig");
  });

  it("shows a version's blocks with their valuation in words", async () => {
    const page = await openPage(browser);
    await loginViaApi(page, STAFF);
    await page.goto("/admin/catalogi");
    await page
      .getByRole("link", { name: seededCatalogue("haaglanden-2023").name, exact: true })
      .click();
    await page.waitForURL("**/admin/catalogi/haaglanden-2023");
    await checkPage(page, "admin-catalogue-haaglanden");
    expect(new URL(page.url()).pathname).toBe("/admin/catalogi/haaglanden-2023");

    const participatiewet = page.getByRole("row", { name: /Participatiewet/ });
    await expect(participatiewet.textContent()).resolves.toContain(
      "€ 40.000,00 per fte-jaar (36 uur), telt maximaal 24 maanden",
    );
    // The source was only partly readable; the page says so, and shows the counting rules.
    await expect(
      page.getByRole("heading", { name: "Onvolledig overgenomen" }).count(),
    ).resolves.toBe(1);
    await expect(page.locator("main").textContent()).resolves.toContain(
      "Een kandidaat telt maximaal 12 maanden",
    );
    await expect(
      page.getByRole("link", { name: "denhaag.nl" }).getAttribute("href"),
    ).resolves.toMatch(/^https:\/\/www\.denhaag\.nl\//);
    await expect(page.getByRole("table", { name: "Toeslagen" }).textContent()).resolves.toContain(
      "55+",
    );
    // A new page announces itself: focus moved to its heading.
    await expect(page.evaluate(() => document.activeElement?.tagName)).resolves.toBe("H1");
  });

  it("opens a version page from a shared link", async () => {
    const page = await openPage(browser);
    await loginViaApi(page, STAFF);
    await page.goto("/admin/catalogi/leiden-2023");
    await checkPage(page, "admin-catalogue-leiden");
    await expect(
      page.getByRole("heading", { level: 1, name: seededCatalogue("leiden-2023").name }).count(),
    ).resolves.toBe(1);
    await expect(
      page.getByRole("heading", { name: "Onvolledig overgenomen" }).count(),
    ).resolves.toBe(0);
  });

  it("says so when a version does not exist", async () => {
    const page = await openPage(browser);
    await loginViaApi(page, STAFF);
    await page.goto("/admin/catalogi/bestaat-niet");
    await checkPage(page, "admin-catalogue-not-found");
    await expect(page.locator("h1").textContent()).resolves.toBe("Bouwblokkenmodel niet gevonden");
    await expect(page.title()).resolves.toBe(
      "Bouwblokkenmodel niet gevonden – Beheer – Social Return",
    );
  });

  it("says so while loading, and offers to try again when loading fails", async () => {
    const page = await openPage(browser);
    await loginViaApi(page, STAFF);
    let failing = true;
    await page.route("**/graphql", async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 500));
      if (failing) await route.fulfill({ status: 503, body: "unavailable" });
      else await route.continue();
    });
    await page.goto("/admin/catalogi");
    await page.getByRole("status").filter({ hasText: "Bezig met laden…" }).first().waitFor();
    await saveScreenshot(page, "admin-loading");

    await page.getByRole("heading", { level: 1, name: "Er ging iets mis" }).waitFor();
    expect(page.errors[0]).toMatch(/^HTTP 503 for .*\/graphql$/);
    // The header's own query fails too, possibly after the page's (its code loads on its own):
    // wait until nothing is in flight, then forget only the failures we caused ourselves.
    await page.waitForLoadState("networkidle");
    expect(page.errors.filter((error) => !/^HTTP 503 for .*\/graphql$/.test(error))).toEqual([]);
    page.errors.length = 0;
    await checkPage(page, "admin-error");
    await expect(page.getByRole("alert").textContent()).resolves.toContain(
      "De gegevens konden niet worden geladen.",
    );

    failing = false;
    await page.getByRole("button", { name: "Opnieuw proberen" }).click();
    await page.getByRole("heading", { level: 1, name: "Bouwblokkenmodellen" }).waitFor();
    await checkPage(page, "admin-catalogues-after-retry");
  });

  it("says so when a page does not exist", async () => {
    const page = await openPage(browser);
    await loginViaApi(page, STAFF);
    await page.goto("/admin/onbekend");
    await checkPage(page, "admin-not-found");
    await expect(page.locator("h1").textContent()).resolves.toBe("Pagina niet gevonden");
  });
});
