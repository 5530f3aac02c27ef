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

    // Beheer is for staff: it starts at its login page.
    await page.getByRole("link", { name: "Beheer" }).click();
    await page.waitForURL("**/admin/inloggen");
    await checkPage(page, "admin-login-from-landing");

    await page.goto("/");
    await page.getByRole("link", { name: "Portaal voor opdrachtnemers" }).click();
    await checkPage(page, "portal-home");
    expect(new URL(page.url()).pathname).toBe("/portal/");
  });
});
