// What a contractor tripped over on the first day (issue 16): the rekenhulp on an empty form and
// without an obligation, a new line that is not an error yet, the total in view, the menu of a
// medewerker, a closed contract's deadline, the import page's template and codes, and the tables
// on a phone.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  browserAvailable,
  checkPage,
  launchBrowser,
  openPage,
  PHONE,
  saveScreenshot,
  type TestPage,
} from "../support/browser.js";
import { loginViaApi } from "../support/session.js";

const EEMLAND_ADMIN = "admin@bouwbedrijf-eemland.demo";
const EEMLAND_USER = "medewerker@bouwbedrijf-eemland.demo";

async function calculate(page: TestPage, municipality: string, kind: string, value: string) {
  await page.getByLabel("Gemeente").selectOption({ label: municipality });
  await page.getByLabel("Soort opdracht").selectOption({ label: kind });
  await page.getByLabel("Opdrachtwaarde excl. btw").fill(value);
  await page.getByLabel("Peildatum").fill("2026-02-01");
  await page.getByRole("button", { name: "Bereken de verplichting" }).click();
  await page.getByRole("heading", { name: "2. De verplichting" }).waitFor();
}

async function openContract(page: TestPage, reference: string) {
  await page.goto("/portal/opdrachten");
  await page.getByRole("link", { name: new RegExp(reference) }).click();
  await page.waitForURL("**/portal/opdrachten/*");
  // The URL changes before the lazily loaded page renders: wait until the list has gone.
  await page
    .getByRole("heading", { level: 1, name: "Mijn opdrachten" })
    .waitFor({ state: "detached" });
  await page.getByRole("heading", { level: 1 }).waitFor();
}

describe.skipIf(!browserAvailable)("a contractor's first day", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("rekenhulp: Bereken on an empty form says what is missing", async () => {
    const page = await openPage(browser);
    await page.goto("/portal/rekenhulp");
    await page.getByRole("button", { name: "Bereken de verplichting" }).click();
    const summary = page.locator(".sroi-error-summary");
    await summary.waitFor();
    await expect(summary.getByRole("link").allTextContents()).resolves.toEqual(
      expect.arrayContaining(["Kies de gemeente.", "Kies de soort opdracht."]),
    );
    await checkPage(page, "firstday-rekenhulp-empty");
  });

  it("rekenhulp: without an obligation step 3 does not invite bouwblokken", async () => {
    const page = await openPage(browser);
    await page.goto("/portal/rekenhulp");
    await calculate(page, "Haarlem", "Diensten", "80000");
    await expect(page.locator("[data-obligation]").textContent()).resolves.toBe(
      "Geen social return-verplichting",
    );
    await page.getByText("Deze opdracht vraagt geen social return").waitFor();
    await expect(page.getByLabel("Bouwblok voor een nieuwe regel").count()).resolves.toBe(0);
    await checkPage(page, "firstday-rekenhulp-no-obligation");
  });

  it("rekenhulp on a phone: a new invoice line is no error yet, and the total stays in view", async () => {
    const page = await openPage(browser, PHONE);
    await page.goto("/portal/rekenhulp");
    await calculate(page, "Amersfoort", "Werken", "1000000");
    const choose = page.getByLabel("Bouwblok voor een nieuwe regel");
    const options = await choose.locator("option").allTextContents();
    const purchase = options.find((option) => /inkoo?p/i.test(option));
    expect(purchase).toBeDefined();
    await choose.selectOption({ label: purchase ?? "" });
    await page.getByRole("button", { name: "Voeg regel toe" }).click();
    const line = page.getByRole("group", { name: /^Regel 1: / });
    await line.waitFor();
    await expect(line.textContent()).resolves.not.toContain("ontbreekt");
    await expect(line.locator("[aria-invalid=true]").count()).resolves.toBe(0);
    await line.getByLabel("Bedrag excl. btw").fill("10.000");
    const running = page.locator("[data-running-total]");
    await expect.poll(() => running.textContent()).toContain("Totaal € ");
    // Scrolled to the line's top, the total is still on the screen.
    await line.evaluate((element) => element.scrollIntoView({ block: "start" }));
    const box = await running.boundingBox();
    expect(box).not.toBeNull();
    expect((box?.y ?? 0) + (box?.height ?? 0)).toBeLessThanOrEqual(PHONE.height + 1);
    await saveScreenshot(page, "firstday-rekenhulp-running-total-view");
    await checkPage(page, "firstday-rekenhulp-running-total");
  });

  it("a medewerker has no Collega's in the menu", async () => {
    const page = await openPage(browser);
    await loginViaApi(page, EEMLAND_USER);
    await page.goto("/portal/opdrachten");
    const menu = page.getByRole("navigation", { name: "Hoofdmenu" });
    await menu.getByRole("link", { name: /Mijn opdrachten/ }).waitFor();
    await expect(menu.getByRole("link", { name: "Collega's" }).count()).resolves.toBe(0);
  });

  it("a closed contract shows no contact deadline state", async () => {
    const page = await openPage(browser);
    await loginViaApi(page, EEMLAND_ADMIN);
    await page.goto("/portal/opdrachten");
    const card = page
      .getByRole("listitem")
      .filter({ has: page.getByRole("heading", { name: /HLM-2023-015/ }) });
    await card.waitFor();
    await expect(card.textContent()).resolves.toContain("Afgesloten");
    await expect(card.locator(".sroi-deadline").count()).resolves.toBe(0);
    await openContract(page, "HLM-2023-015");
    await expect(page.locator("main .sroi-deadline").count()).resolves.toBe(0);
    await checkPage(page, "firstday-closed-contract");
  });

  it("the import page offers the template as Excel and CSV and lists the codes", async () => {
    const page = await openPage(browser);
    await loginViaApi(page, EEMLAND_ADMIN);
    await openContract(page, "AMF-2026-001");
    await page.goto(`${page.url().replace(/[#?].*$/, "")}/verantwoording/importeren`);
    await page.getByRole("heading", { name: "Verantwoording importeren" }).waitFor();
    const excel = page.getByRole("link", { name: /sjabloon \(Excel\)/ });
    const href = await excel.getAttribute("href");
    expect(href).toBe("/sjablonen/verantwoording.xlsx");
    const answer = await page.request.get(href ?? "");
    expect(answer.status()).toBe(200);
    await page.getByRole("table", { name: /Codes van de toeslagen/ }).waitFor();
    const columns = page.getByRole("table", { name: "Kolommen van het sjabloon" });
    await expect(
      columns.getByRole("row", { name: /factuurnummer/ }).textContent(),
    ).resolves.toContain("nummer van de factuur");
    await checkPage(page, "firstday-import");
  });

  it("on a phone the realisation and report tables keep the status in view", async () => {
    const page = await openPage(browser, PHONE);
    await loginViaApi(page, EEMLAND_ADMIN);
    await openContract(page, "AMF-2025-017");
    for (const label of ["Status", "Stand"]) {
      const cells = page.locator(`td[data-label="${label}"]`);
      await expect.poll(() => cells.count()).toBeGreaterThan(0);
      const box = await cells.first().boundingBox();
      expect(box).not.toBeNull();
      expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(PHONE.width);
      await cells
        .first()
        .evaluate((cell) => cell.scrollIntoView({ block: "center", behavior: "instant" }));
      await saveScreenshot(page, `firstday-phone-${label.toLowerCase()}`);
    }
    await checkPage(page, "firstday-phone-tables");
  });
});
