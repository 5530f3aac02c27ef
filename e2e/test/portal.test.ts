import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { browserAvailable, checkPage, launchBrowser, openPage } from "../support/browser.js";
import { seededCatalogue } from "../support/catalogues.js";

describe.skipIf(!browserAvailable)("contractor portal: bouwblokken", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("lets a contractor choose a region and read its blocks", async () => {
    const haaglanden = seededCatalogue("haaglanden-2023");
    const page = await openPage(browser);
    await page.goto("/portal/");
    await checkPage(page, "portal-home");
    await page.getByRole("link", { name: "Bekijk de bouwblokken van uw regio" }).click();
    await page.waitForURL("**/portal/bouwblokken");
    await checkPage(page, "portal-blocks-empty");
    await expect(page.title()).resolves.toBe("Bouwblokken – Portaal – Social Return");

    await page.getByLabel("Regio").selectOption({ label: haaglanden.region });
    await page.getByRole("button", { name: "Toon bouwblokken" }).click();
    await page.waitForURL((url) => url.searchParams.get("versie") === "haaglanden-2023");
    await checkPage(page, "portal-blocks-haaglanden");

    const url = new URL(page.url());
    expect(url.searchParams.get("regio")).toBe(haaglanden.regionCode);
    await expect(
      page.getByRole("heading", { level: 3, name: haaglanden.name }).count(),
    ).resolves.toBe(1);
    await expect(
      page.getByRole("row", { name: /Participatiewet/ }).textContent(),
    ).resolves.toContain("€ 40.000,00 per fte-jaar (36 uur), telt maximaal 24 maanden");
    await expect(page.getByLabel("Regio").inputValue()).resolves.toBe(haaglanden.regionCode);
  });

  it("opens a shared link to a region and switches between its versions", async () => {
    const current = seededCatalogue("utrecht-current");
    const earlier = seededCatalogue("utrecht-earlier");
    const page = await openPage(browser);
    await page.goto(`/portal/bouwblokken?regio=${current.regionCode}`);
    // Without a version in the address, the region's newest version is chosen and added to it.
    await page.waitForURL((url) => url.searchParams.has("versie"));
    await checkPage(page, "portal-blocks-utrecht");
    const shown = await page.getByRole("heading", { level: 3 }).textContent();
    expect([current.name, earlier.name]).toContain(shown);

    const other = shown === current.name ? earlier : current;
    await page.getByRole("link", { name: other.name, exact: true }).click();
    await page.waitForURL((url) => url.searchParams.get("versie") === other.key);
    await checkPage(page, "portal-blocks-utrecht-other-version");
    await expect(page.getByRole("heading", { level: 3 }).textContent()).resolves.toBe(other.name);
  });

  it("says so when the region in the address does not exist", async () => {
    const page = await openPage(browser);
    await page.goto("/portal/bouwblokken?regio=nergens");
    await checkPage(page, "portal-blocks-unknown-region");
    await expect(page.getByRole("heading", { name: "Regio niet gevonden" }).count()).resolves.toBe(
      1,
    );
  });

  it("says so when a page does not exist", async () => {
    const page = await openPage(browser);
    await page.goto("/portal/onbekend");
    await checkPage(page, "portal-not-found");
    await expect(page.locator("h1").textContent()).resolves.toBe("Pagina niet gevonden");
  });
});
