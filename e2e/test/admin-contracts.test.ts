// Beheer: the contract list (search, filters, sorting, paging, all in the address), a contract's
// page with its obligation and audit trail, and what each role may do there.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  browserAvailable,
  checkPage,
  launchBrowser,
  openPage,
  PHONE,
  pageOverflowsHorizontally,
  saveScreenshot,
  type TestPage,
} from "../support/browser.js";
import { loginViaApi } from "../support/session.js";

const COORDINATOR = "coordinator@amersfoort.demo";

/** The kenmerken of the rows shown, top to bottom. */
function references(page: TestPage): Promise<string[]> {
  return page.locator("main tbody th[scope=row]").allTextContents();
}

async function submitFilters(page: TestPage) {
  await page.getByRole("button", { name: "Zoeken", exact: true }).click();
}

describe.skipIf(!browserAvailable)("admin app: opdrachten", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function loggedIn(email = COORDINATOR, viewport?: { width: number; height: number }) {
    const page = await openPage(browser, viewport);
    await loginViaApi(page, email);
    return page;
  }

  it("lists the contracts of the coordinator's own gemeente", async () => {
    const page = await loggedIn();
    await page.goto("/admin/opdrachten");
    await checkPage(page, "admin-contracts");
    await expect(page.title()).resolves.toBe("Opdrachten – Beheer – Social Return");
    const shown = await references(page);
    expect(shown.length).toBeGreaterThanOrEqual(10);
    expect(shown.every((reference) => reference.startsWith("AMF-"))).toBe(true);
    // Haarlem's and Soest's contracts are not Amersfoort's business.
    await expect(page.locator("main").textContent()).resolves.not.toMatch(/HLM-|SOE-|BRN-/);
    await expect(
      page.getByRole("status").filter({ hasText: "opdrachten gevonden" }).textContent(),
    ).resolves.toBe(`${shown.length} opdrachten gevonden.`);
    // Every row says what the contractor owes and where its contact deadline stands, in words.
    const row = page.getByRole("row", { name: /AMF-2026-001/ });
    await expect(row.textContent()).resolves.toContain("€ 122.500,00");
    await expect(row.textContent()).resolves.toContain("Gegund");
    await expect(row.textContent()).resolves.toMatch(/Openstaand|Te laat|Op tijd/);
    await expect(page.getByRole("row", { name: /AMF-2026-004/ }).textContent()).resolves.toContain(
      "1 maatschappelijke activiteit",
    );
    await expect(page.getByRole("link", { name: "Opdracht registreren" }).count()).resolves.toBe(1);
    // The navigation of the admin app
    const navigation = page.getByRole("navigation", { name: "Hoofdmenu" });
    for (const label of ["Opdrachten", "Bouwblokkenmodellen", "Organisaties", "Audittrail"]) {
      await expect(navigation.getByRole("link", { name: label }).count()).resolves.toBe(1);
    }
  });

  it("searches, filters and sorts through the address", async () => {
    const page = await loggedIn();
    await page.goto("/admin/opdrachten");
    await checkPage(page, "admin-contracts-before-search");
    const all = await references(page);

    await page.getByRole("searchbox", { name: "Zoeken" }).fill("groen");
    await submitFilters(page);
    await page.waitForURL((url) => url.searchParams.get("zoek") === "groen");
    await checkPage(page, "admin-contracts-search");
    const found = await references(page);
    expect(found.length).toBeGreaterThan(0);
    expect(found.length).toBeLessThan(all.length);
    for (const reference of found) {
      await expect(page.getByRole("row", { name: reference }).textContent()).resolves.toMatch(
        /groen/i,
      );
    }

    // A filter on top of the search, still in the address; a reload shows the same.
    await page.getByLabel("Status").selectOption({ label: "Afgesloten" });
    await submitFilters(page);
    await page.waitForURL((url) => url.searchParams.get("status") === "CLOSED");
    expect(new URL(page.url()).searchParams.get("zoek")).toBe("groen");
    await page.reload();
    await checkPage(page, "admin-contracts-search-status");
    const closed = await references(page);
    expect(closed.length).toBeGreaterThan(0);
    expect(closed.length).toBeLessThan(found.length);
    for (const reference of closed) {
      expect(found).toContain(reference);
      await expect(page.getByRole("row", { name: reference }).textContent()).resolves.toContain(
        "Afgesloten",
      );
    }
    await expect(page.getByLabel("Status").inputValue()).resolves.toBe("CLOSED");

    // Nothing matches: say so, and offer the way back.
    await page.getByRole("searchbox", { name: "Zoeken" }).fill("bestaat-niet-xyz");
    await submitFilters(page);
    await page.waitForURL((url) => url.searchParams.get("zoek") === "bestaat-niet-xyz");
    await checkPage(page, "admin-contracts-empty");
    await expect(page.locator("main").textContent()).resolves.toContain(
      "Geen opdrachten gevonden.",
    );
    await page.getByRole("link", { name: "Alle filters wissen" }).click();
    await page.waitForURL((url) => url.search === "");
    await page.getByRole("row", { name: /AMF-2026-001/ }).waitFor();

    // Sorting: the header's button sorts, aria-sort says how, a second press turns it around.
    const header = page.getByRole("columnheader", { name: "Kenmerk" });
    await expect(header.getAttribute("aria-sort")).resolves.toBe("none");
    await expect(
      page.getByRole("columnheader", { name: "Gegund" }).getAttribute("aria-sort"),
    ).resolves.toBe("descending");
    await header.getByRole("button").click();
    await page.waitForURL((url) => url.searchParams.get("sorteer") === "kenmerk");
    await expect.poll(() => header.getAttribute("aria-sort")).toBe("ascending");
    const ascending = await references(page);
    expect(ascending).toEqual([...ascending].sort());
    await checkPage(page, "admin-contracts-sorted");
    await header.getByRole("button").click();
    await page.waitForURL((url) => url.searchParams.get("richting") === "aflopend");
    await expect.poll(() => header.getAttribute("aria-sort")).toBe("descending");
    await expect.poll(() => references(page)).toEqual([...ascending].reverse());
    // The focus stays on the button that was pressed.
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe("Kenmerk");
  });

  it("shows only the contracts whose contact was not made within the term", async () => {
    const page = await loggedIn();
    await page.goto("/admin/opdrachten");
    await page.getByRole("columnheader", { name: "Eerste contact binnen termijn" }).waitFor();
    await page.getByLabel("Alleen contact te laat (na de termijn, of nog niet)").check();
    await submitFilters(page);
    await page.waitForURL((url) => url.searchParams.get("te-laat") === "ja");
    await checkPage(page, "admin-contracts-overdue");
    const overdue = await references(page);
    expect(overdue.length).toBeGreaterThan(0);
    for (const reference of overdue) {
      const text = await page
        .locator("main tbody tr")
        .filter({ has: page.locator("th[scope=row]", { hasText: new RegExp(`^${reference}$`) }) })
        .textContent();
      expect(text).toContain("Te laat");
    }
    // AMF-2026-001 was awarded three days ago: not overdue.
    expect(overdue).not.toContain("AMF-2026-001");
    // One meaning with the badge: contact made on day 12 of a 7-day term is late too.
    expect(overdue).toContain("AMF-2025-015");
    expect(overdue).toContain("AMF-2026-002");
  });

  it("shows the WSP's work queue: contracts with a plan or realisation to judge", async () => {
    const page = await loggedIn("consultant@wsp-amersfoort.demo");
    await page.goto("/admin/opdrachten");
    await page.getByLabel("Alleen met iets te beoordelen").check();
    await submitFilters(page);
    await page.waitForURL((url) => url.searchParams.get("te-beoordelen") === "ja");
    await checkPage(page, "admin-contracts-awaiting-review");
    // In the demo: a submitted plan (SOE-2025-011) and a submitted realisation (AMF-2025-017).
    // Other test files of this run may add their own contracts (references with E2E).
    await expect
      .poll(async () => (await references(page)).filter((reference) => !reference.includes("E2E")))
      .toEqual(expect.arrayContaining(["AMF-2025-017", "SOE-2025-011"]));
    const seeded = (await references(page)).filter((reference) => !reference.includes("E2E"));
    expect(seeded.sort()).toEqual(["AMF-2025-017", "SOE-2025-011"]);
  });

  it("pages through 25 contracts at a time", async () => {
    const page = await loggedIn("admin@platform.demo");
    await page.goto("/admin/opdrachten?sorteer=kenmerk&richting=oplopend");
    await checkPage(page, "admin-contracts-page-1");
    const position = page.getByRole("navigation", { name: "Opdrachten: pagina's" });
    const firstPage = await references(page);
    expect(firstPage).toHaveLength(25);
    const total = Number(/van (\d+)/.exec((await position.textContent()) ?? "")?.[1]);
    expect(total).toBeGreaterThanOrEqual(30);
    await expect(position.textContent()).resolves.toContain(`1–25 van ${total}`);
    await expect(position.getByRole("link", { name: "Vorige" }).count()).resolves.toBe(0);

    await position.getByRole("link", { name: "Volgende" }).click();
    await page.waitForURL((url) => url.searchParams.get("pagina") === "2");
    // the address changes before the new rows arrive: wait for the rows themselves
    await expect.poll(() => references(page)).toHaveLength(total - 25);
    await checkPage(page, "admin-contracts-page-2");
    expect(new URL(page.url()).searchParams.get("sorteer")).toBe("kenmerk");
    const secondPage = await references(page);
    expect(secondPage).toHaveLength(total - 25);
    expect(secondPage.some((reference) => firstPage.includes(reference))).toBe(false);
    expect([...firstPage, ...secondPage]).toEqual([...firstPage, ...secondPage].sort());
    await expect(position.textContent()).resolves.toContain(`26–${total} van ${total}`);
    await expect(position.getByRole("link", { name: "Volgende" }).count()).resolves.toBe(0);

    await position.getByRole("link", { name: "Vorige" }).click();
    await page.waitForURL((url) => !url.searchParams.has("pagina"));
    await expect.poll(() => references(page)).toEqual(firstPage);
    // A platform admin sees every gemeente, and can filter on one.
    await page.getByLabel("Gemeente").selectOption({ label: "Soest" });
    await submitFilters(page);
    await page.waitForURL((url) => url.searchParams.get("gemeente") === "GM0342");
    await expect
      .poll(async () => {
        const soest = await references(page);
        return soest.length > 0 && soest.every((reference) => reference.startsWith("SOE-"));
      })
      .toBe(true);
  });

  it("shows a contract's obligation, its breakdown, the pinned catalogue and the audit trail", async () => {
    const page = await loggedIn();
    await page.goto("/admin/opdrachten?zoek=AMF-2026-001");
    await checkPage(page, "admin-contracts-search-reference");
    await expect(references(page)).resolves.toEqual(["AMF-2026-001"]);
    await page.getByRole("link", { name: "AMF-2026-001" }).click();
    await page.getByRole("heading", { level: 1, name: "Renovatie sporthal Zielhorst" }).waitFor();
    await checkPage(page, "admin-contract");
    await expect(page.title()).resolves.toBe(
      "AMF-2026-001 Renovatie sporthal Zielhorst – Beheer – Social Return",
    );
    const breakdown = page.getByRole("table", { name: "Berekening van de SR-verplichting" });
    await expect(breakdown.textContent()).resolves.toContain(
      "5 % van de opdrachtwaarde € 2.450.000,00 excl. btw",
    );
    await expect(breakdown.getByRole("row", { name: /Totaal/ }).textContent()).resolves.toContain(
      "€ 122.500,00",
    );
    // The concept policy and catalogue say so, right where they appear.
    const main = page.locator("main");
    await expect(main.textContent()).resolves.toContain("Concept — te bevestigen door de gemeente");
    await expect(main.textContent()).resolves.toContain(
      "Het WSP regio Amersfoort moet de waarden nog bevestigen",
    );
    await expect(main.textContent()).resolves.toContain(
      "bij de registratie aan de opdracht vastgezet",
    );
    await expect(
      page.getByRole("link", { name: /Bouwblokkenmodel regio Amersfoort/ }).getAttribute("href"),
    ).resolves.toBe("/admin/catalogi/regio-amersfoort-concept");
    await expect(main.textContent()).resolves.toContain("Bouwbedrijf Eemland B.V.");
    await expect(main.textContent()).resolves.toContain("90000001");
    await expect(main.textContent()).resolves.toContain("Wendy Jansen");
    // The audit trail names who registered it and what was pinned.
    const trail = page.getByRole("region", { name: "Audittrail" });
    await expect(
      trail.getByRole("heading", { name: "Opdracht geregistreerd" }).count(),
    ).resolves.toBe(1);
    await expect(trail.textContent()).resolves.toContain("door coordinator@amersfoort.demo");
    await expect(trail.textContent()).resolves.toContain(
      "Opdrachtwaarde excl. btw: € 2.450.000,00",
    );
    // A manager sees the next status step.
    await expect(page.getByRole("button", { name: "Naar Plan van aanpak" }).count()).resolves.toBe(
      1,
    );
    await expect(page.getByRole("link", { name: "Gegevens corrigeren" }).count()).resolves.toBe(1);
  });

  it("says so when a contract does not exist or is another gemeente's", async () => {
    const page = await loggedIn("coordinator@haarlem.demo");
    await page.goto("/admin/opdrachten?zoek=HLM-2026-003");
    await page.getByRole("link", { name: "HLM-2026-003" }).click();
    await page.getByRole("heading", { level: 1, name: "Drukwerk en verzending" }).waitFor();
    const haarlemPath = new URL(page.url()).pathname;
    const amersfoort = await loggedIn();
    await amersfoort.goto(haarlemPath);
    await checkPage(amersfoort, "admin-contract-not-visible");
    await expect(amersfoort.locator("h1").textContent()).resolves.toBe("Opdracht niet gevonden");
    await amersfoort.goto("/admin/opdrachten/bestaat-niet");
    await checkPage(amersfoort, "admin-contract-not-found");
    await expect(amersfoort.locator("h1").textContent()).resolves.toBe("Opdracht niet gevonden");
  });

  it("shows a read-only auditor no write actions", async () => {
    const page = await loggedIn("auditor@amersfoort.demo");
    await page.goto("/admin/opdrachten");
    await checkPage(page, "admin-contracts-auditor");
    await expect(page.getByRole("link", { name: "Opdracht registreren" }).count()).resolves.toBe(0);
    await page.getByRole("link", { name: "AMF-2026-001" }).click();
    await page.getByRole("heading", { level: 1, name: "Renovatie sporthal Zielhorst" }).waitFor();
    await checkPage(page, "admin-contract-auditor");
    await expect(page.getByRole("link", { name: "Gegevens corrigeren" }).count()).resolves.toBe(0);
    await expect(page.getByRole("button", { name: /^Naar / }).count()).resolves.toBe(0);
    await expect(page.getByRole("button", { name: "Intake bevestigen" }).count()).resolves.toBe(0);
    // The audit trail is there to read.
    await expect(
      page
        .getByRole("region", { name: "Audittrail" })
        .getByRole("heading", { name: "Opdracht geregistreerd" })
        .count(),
    ).resolves.toBe(1);
    // Typing the address of the form does not help either.
    await page.goto("/admin/opdrachten/nieuw");
    await checkPage(page, "admin-contract-new-auditor");
    await expect(page.locator("main").textContent()).resolves.toContain(
      "U kunt geen opdrachten registreren",
    );
    await expect(page.getByRole("button", { name: "Opdracht registreren" }).count()).resolves.toBe(
      0,
    );
  });

  it("lets a WSP consultant confirm an intake, which moves the contract to planning", async () => {
    const page = await loggedIn("consultant@wsp-amersfoort.demo");
    await page.goto("/admin/opdrachten?te-laat=ja&zoek=AMF-2026-002");
    await checkPage(page, "admin-contracts-consultant");
    await page.getByRole("link", { name: "AMF-2026-002" }).click();
    await page
      .getByRole("heading", { level: 1, name: "Onderhoud openbaar groen Vathorst" })
      .waitFor();
    await checkPage(page, "admin-contract-intake-before");
    const contact = page.getByRole("region", { name: "Contact en intake" });
    await expect(contact.textContent()).resolves.toContain("Te laat");
    await contact.getByRole("button", { name: "Intake bevestigen" }).click();
    await contact.getByRole("status").filter({ hasText: "De intake is bevestigd." }).waitFor();
    await checkPage(page, "admin-contract-intake-confirmed");
    await expect(contact.getByRole("button", { name: "Intake bevestigen" }).count()).resolves.toBe(
      0,
    );
    await expect(contact.textContent()).resolves.not.toContain("nog niet");
    await expect(page.getByRole("region", { name: "Status" }).textContent()).resolves.toContain(
      "Plan van aanpak",
    );
    const trail = page.getByRole("region", { name: "Audittrail" });
    await expect(trail.locator("h3").first().textContent()).resolves.toBe("Intake bevestigd");
    await expect(trail.locator("li").first().textContent()).resolves.toContain(
      "door consultant@wsp-amersfoort.demo",
    );
    await expect(trail.locator("li").first().textContent()).resolves.toMatch(
      /Status:.*Gegund.*Plan van aanpak/,
    );
  });

  it("says so when the list cannot be loaded", async () => {
    const page = await loggedIn();
    await page.route("**/graphql", (route) => route.fulfill({ status: 503, body: "unavailable" }));
    await page.goto("/admin/opdrachten");
    await page.getByRole("heading", { level: 1, name: "Er ging iets mis" }).waitFor();
    // The header's own query fails too, possibly after the page's (its code loads on its own):
    // wait until nothing is in flight, then forget only the failures we caused ourselves.
    await page.waitForLoadState("networkidle");
    expect(page.errors.filter((error) => !/^HTTP 503 for .*\/graphql$/.test(error))).toEqual([]);
    page.errors.length = 0;
    await checkPage(page, "admin-contracts-error");
  });

  it("fits a phone", async () => {
    const page = await loggedIn(COORDINATOR, PHONE);
    await page.goto("/admin/opdrachten");
    await checkPage(page, "phone-admin-contracts");
    await expect(pageOverflowsHorizontally(page)).resolves.toBe(false);
    await page.getByRole("link", { name: "AMF-2026-001" }).click();
    await page.getByRole("heading", { level: 1, name: "Renovatie sporthal Zielhorst" }).waitFor();
    await checkPage(page, "phone-admin-contract");
    await expect(pageOverflowsHorizontally(page)).resolves.toBe(false);
    await saveScreenshot(page, "phone-admin-contract-top");
  });
});
