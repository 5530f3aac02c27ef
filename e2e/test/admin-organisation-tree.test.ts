// Beheer → Organisaties → Regio's en gemeenten: the platform admin adds gemeente Zeist (GM0355)
// from the CBS list to regio Amersfoort and sees it in the tree; a region name already in use is
// refused at its field. Other staff get no link to the page.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { browserAvailable, checkPage, launchBrowser, openPage } from "../support/browser.js";
import { loginViaApi } from "../support/session.js";

const PLATFORM_ADMIN = "admin@platform.demo";

describe.skipIf(!browserAvailable)("admin app: regio's en gemeenten", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("adds Zeist to regio Amersfoort from the CBS list and shows it in the tree", async () => {
    const page = await openPage(browser);
    await loginViaApi(page, PLATFORM_ADMIN);
    await page.goto("/admin/organisaties");
    await page.getByRole("link", { name: "Regio's en gemeenten beheren" }).click();
    await page.waitForURL("**/admin/organisaties/regios");
    await page.getByRole("heading", { level: 1, name: "Regio's en gemeenten" }).waitFor();
    const amersfoort = page.getByRole("region", { name: "WSP regio Amersfoort" });
    await expect(amersfoort.getByRole("row", { name: /Soest/ }).textContent()).resolves.toContain(
      "GM0342",
    );
    await expect(amersfoort.getByRole("row", { name: /Zeist/ }).count()).resolves.toBe(0);
    await expect(page.locator("main").textContent()).resolves.toContain(
      "Bron: Centraal Bureau voor de Statistiek (CBS), Gemeentelijke indeling op 1 januari 2025",
    );
    await checkPage(page, "admin-organisation-tree");

    const adding = page.getByRole("form", { name: "Gemeente toevoegen" });
    await adding.getByLabel("Zoek een gemeente op naam of CBS-code").fill("zeis");
    await adding.getByText("1 gemeente gevonden.").waitFor();
    await expect(
      adding.getByLabel("Gemeente", { exact: true }).locator("option:checked").textContent(),
    ).resolves.toBe("Zeist (GM0355, Utrecht)");
    await adding.getByLabel("In regio").selectOption({ label: "WSP regio Amersfoort" });
    await checkPage(page, "admin-organisation-tree-choosing");
    await adding.getByRole("button", { name: "Gemeente toevoegen" }).click();

    await page
      .getByText("Gemeente Zeist (GM0355) is toegevoegd aan regio WSP regio Amersfoort.")
      .waitFor();
    const zeist = amersfoort.getByRole("row", { name: /Zeist/ });
    await zeist.waitFor();
    await expect(zeist.textContent()).resolves.toContain("GM0355");
    // Zeist is on the platform now, so the list no longer offers it.
    await adding.getByLabel("Zoek een gemeente op naam of CBS-code").fill("GM0355");
    await adding.getByText("0 gemeenten gevonden.").waitFor();
    await checkPage(page, "admin-organisation-tree-added");

    // A region name in use is refused by the API, shown at the field.
    const newRegion = page.getByRole("form", { name: "Regio toevoegen" });
    await newRegion.getByLabel("Naam van de regio").fill("wsp regio amersfoort");
    await newRegion.getByRole("button", { name: "Regio toevoegen" }).click();
    await newRegion
      .getByRole("link", { name: "Er is al een regio met de naam WSP regio Amersfoort." })
      .waitFor();
    await checkPage(page, "admin-organisation-tree-refused");
    await page.close();
  });

  it("offers the page to the platform admin only", async () => {
    const page = await openPage(browser);
    await loginViaApi(page, "coordinator@amersfoort.demo");
    await page.goto("/admin/organisaties");
    await page.getByRole("heading", { level: 1, name: "Organisaties" }).waitFor();
    await expect(
      page.getByRole("link", { name: "Regio's en gemeenten beheren" }).count(),
    ).resolves.toBe(0);
    await page.close();
  });
});
