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

  it("links the accessibility statement, privacy statement and contact page from every footer", async () => {
    const page = await openPage(browser);
    for (const start of ["/", "/portal/", "/admin/inloggen"]) {
      await page.goto(start);
      const footer = page.getByRole("navigation", { name: "Over deze website" });
      for (const [name, href] of [
        ["Toegankelijkheid", "/toegankelijkheid"],
        ["Privacy", "/privacy"],
        ["Contact", "/contact"],
      ] as const) {
        await expect(footer.getByRole("link", { name }).getAttribute("href")).resolves.toBe(href);
      }
    }
    await page
      .getByRole("navigation", { name: "Over deze website" })
      .getByRole("link", { name: "Toegankelijkheid" })
      .click();
    await page.waitForURL("**/toegankelijkheid");
    await checkPage(page, "accessibility-statement");
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe(
      "Toegankelijkheidsverklaring",
    );
    await expect(page.getByText("C: eerste maatregelen genomen").count()).resolves.toBe(1);
    for (const [path, heading, name] of [
      ["/privacy", "Privacyverklaring", "privacy-statement"],
      ["/contact", "Contact", "contact-page"],
    ] as const) {
      await page.goto(path);
      await checkPage(page, name);
      await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe(heading);
    }
    const icon = await page.request.get("/favicon.svg");
    expect(icon.headers()["content-type"]).toMatch(/^image\/svg\+xml/);
  });
});
