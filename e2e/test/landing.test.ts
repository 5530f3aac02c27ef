import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { browserAvailable, checkPage, launchBrowser, openPage } from "../support/browser.js";

describe.skipIf(!browserAvailable)("landing page", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("links to the admin app and the contractor portal", async () => {
    const page = await openPage(browser);
    await page.goto("/");
    await checkPage(page, "landing");
    await expect(page.getByRole("link", { name: "Beheer" }).getAttribute("href")).resolves.toBe(
      "/admin/",
    );
    await expect(
      page.getByRole("link", { name: "Portaal voor opdrachtnemers" }).getAttribute("href"),
    ).resolves.toBe("/portal/");

    await page.getByRole("link", { name: "Beheer" }).click();
    await checkPage(page, "admin-catalogues");
    expect(new URL(page.url()).pathname).toBe("/admin/catalogi");

    await page.goto("/");
    await page.getByRole("link", { name: "Portaal voor opdrachtnemers" }).click();
    await checkPage(page, "portal-home");
    expect(new URL(page.url()).pathname).toBe("/portal/");
  });
});
