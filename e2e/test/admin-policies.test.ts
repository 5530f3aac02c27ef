// Beheer: a gemeente's SR policy as a versioned thing. A new version starts as a copy of the one in
// force, is edited (5 → 6 %), compared and published from a later date; contracts keep the
// obligation fixed at award.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  browserAvailable,
  checkPage,
  launchBrowser,
  openPage,
  PHONE,
  pageOverflowsHorizontally,
  type TestPage,
} from "../support/browser.js";
import { graphqlAs, loginViaApi } from "../support/session.js";

const COORDINATOR = "coordinator@amersfoort.demo";
// Far enough ahead that no other suite's dates reach it.
const VALID_FROM = "2091-01-01";

async function previewPercentage(page: TestPage, date: string): Promise<string | null> {
  const { obligationPreview } = await graphqlAs<{
    obligationPreview: { percentage: string | null };
  }>(
    page,
    `query ($date: Date!) { obligationPreview(input: { municipalityCode: "GM0307", contractKind: WORKS, valueExclVat: "1000000.00", referenceDate: $date }) { ... on ObligationPreview { percentage } } }`,
    { date },
  );
  return obligationPreview.percentage;
}

describe.skipIf(!browserAvailable)("admin app: SR-beleid", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("asks before making a draft, and cancelling the new draft removes it again", async () => {
    const page = await openPage(browser);
    await loginViaApi(page, COORDINATOR);
    await page.goto("/admin/beleid");
    await page.getByRole("heading", { level: 2, name: "Amersfoort" }).waitFor();
    const drafts = async () =>
      (
        await graphqlAs<{ municipalities: { code: string; policyDraft: { id: string } | null }[] }>(
          page,
          "{ municipalities { code policyDraft { id } } }",
        )
      ).municipalities.find((m) => m.code === "GM0307")?.policyDraft ?? null;

    // Asked first; "Annuleren" in the question makes nothing and puts focus back on the button.
    const start = page.getByRole("button", { name: "Nieuwe versie van het beleid van Amersfoort" });
    await start.click();
    await page
      .getByRole("heading", { name: "Een nieuwe versie van het beleid van Amersfoort maken?" })
      .waitFor();
    await checkPage(page, "admin-policy-new-version-question");
    await page.getByRole("button", { name: "Annuleren" }).click();
    await expect(start.evaluate((button) => button === document.activeElement)).resolves.toBe(true);
    await expect(drafts()).resolves.toBeNull();

    // Confirmed, the draft opens in the form; "Annuleren" there removes it again.
    await start.click();
    await page.getByRole("button", { name: "Ja, concept maken" }).click();
    await page.waitForURL(/\/admin\/beleid\/[^/]+\/bewerken$/);
    await expect(drafts()).resolves.not.toBeNull();
    await page.getByRole("button", { name: "Annuleren" }).click();
    await page.waitForURL((url) => url.pathname === "/admin/beleid");
    await page.getByText("de nieuwe conceptversie is weer verwijderd").waitFor();
    await checkPage(page, "admin-policy-new-version-cancelled");
    await expect(drafts()).resolves.toBeNull();
  });

  it("drafts a new policy version, edits, compares and publishes it", async () => {
    const page = await openPage(browser);
    await loginViaApi(page, COORDINATOR);
    await page.goto("/admin/beleid");
    await checkPage(page, "admin-policies");
    await expect(
      page
        .getByRole("navigation", { name: "Hoofdmenu" })
        .getByRole("link", { name: "SR-beleid" })
        .count(),
    ).resolves.toBe(1);
    // Amersfoort's own policy, marked as the one in force; not Haarlem's.
    await page.getByRole("heading", { level: 2, name: "Amersfoort" }).waitFor();
    await expect(page.getByRole("heading", { level: 2, name: "Haarlem" }).count()).resolves.toBe(0);
    const current = page.getByRole("row", { name: /1 januari 2013/ });
    await expect(current.textContent()).resolves.toContain("Nu geldig");

    // A new version, once confirmed: a copy of the one in force, opened in the form.
    await page.getByRole("button", { name: "Nieuwe versie van het beleid van Amersfoort" }).click();
    await page.getByRole("button", { name: "Ja, concept maken" }).click();
    await page.waitForURL(/\/admin\/beleid\/[^/]+\/bewerken$/);
    const draftPath = new URL(page.url()).pathname.replace(/\/bewerken$/, "");
    await checkPage(page, "admin-policy-edit");
    const percentage = page.getByLabel("Percentage van de opdrachtwaarde excl. btw");
    await expect(percentage.inputValue()).resolves.toBe("5");
    await expect(
      page.getByLabel("Drempel werken (euro, niet verplicht)").inputValue(),
    ).resolves.toBe("200000");
    await percentage.fill("6");
    await page.getByLabel("Maximum per opdracht (euro, niet verplicht)").fill("250.000");
    await page.getByRole("button", { name: "Kortingsregel toevoegen" }).click();
    await page.getByLabel("Trede (kortingsregel 1)").fill("3");
    await page.getByLabel("Korting in procent (kortingsregel 1)").fill("50");
    await expect(page.locator(".sroi-panel").textContent()).resolves.toContain("€ 60.000,00");
    await checkPage(page, "admin-policy-edit-changed");
    await page.getByRole("button", { name: "Beleid opslaan" }).click();

    await page.waitForURL(`**${draftPath}`);
    await page.getByText("Het beleid is opgeslagen.").waitFor();
    await checkPage(page, "admin-policy-draft");
    const main = page.locator("main");
    await expect(main.textContent()).resolves.toContain("6 %");
    await expect(main.textContent()).resolves.toContain("trede 3: 50 % korting");
    await expect(main.textContent()).resolves.toContain("€ 250.000,00");

    // One draft at a time (the API says so): the list now leads to it instead of a second one.
    await page.goto("/admin/beleid");
    await page.getByRole("link", { name: "Naar de conceptversie van Amersfoort" }).waitFor();
    await expect(page.getByRole("button", { name: /Nieuwe versie/ }).count()).resolves.toBe(0);
    await page.goto(draftPath);

    // Compare with the version in force.
    await page.getByRole("button", { name: "Vergelijken" }).click();
    await page.waitForURL((url) => url.pathname.endsWith("/beleid/vergelijk"));
    await checkPage(page, "admin-policy-compare");
    const changed = page.getByRole("row", { name: /Percentage van de opdrachtwaarde/ }).first();
    await expect(changed.textContent()).resolves.toMatch(/5 %.*6 %/);
    await expect(
      page
        .getByRole("row", { name: /Maximum per opdracht/ })
        .first()
        .textContent(),
    ).resolves.toMatch(/geen maximum.*€ 250\.000,00/);
    await page.getByRole("link", { name: /^Terug naar/ }).click();

    // Publish from a later date.
    await page.waitForURL(`**${draftPath}`);
    await page.getByLabel("Geldig vanaf").fill(VALID_FROM);
    await page.getByRole("button", { name: "Publiceren…" }).click();
    await page.getByRole("heading", { name: /publiceren, geldig vanaf 1 januari 2091/ }).waitFor();
    await checkPage(page, "admin-policy-publish-confirm");
    await page.getByRole("button", { name: "Ja, publiceren" }).click();
    await page.getByText(/is gepubliceerd en geldt vanaf 1 januari 2091/).waitFor();
    await checkPage(page, "admin-policy-published");
    await expect(page.getByRole("link", { name: "Beleid bewerken" }).count()).resolves.toBe(0);
    await expect(page.getByRole("button", { name: "Versie intrekken" }).count()).resolves.toBe(1);

    // The rekenhulp uses the new rules from their date on; a contract keeps what was fixed.
    await expect(previewPercentage(page, "2091-06-01")).resolves.toBe("0.06");
    await expect(previewPercentage(page, "2026-06-01")).resolves.toBe("0.05");
    const { contracts } = await graphqlAs<{
      contracts: { edges: { node: { obligation: { percentage: string | null } } }[] };
    }>(
      page,
      `query { contracts(filter: { search: "AMF-2026-001" }) { edges { node { obligation { percentage } } } } }`,
    );
    expect(contracts.edges[0]?.node.obligation.percentage).toBe("0.05");

    await page.goto("/admin/beleid");
    await checkPage(page, "admin-policies-after-publish");
    const published = page.getByRole("row", { name: /1 januari 2091/ });
    await expect(published.textContent()).resolves.toContain("Gepubliceerd");
    await expect(current.textContent()).resolves.toContain("Nu geldig");
  });

  it("reads on a phone, and a read-only account sees no edit controls", async () => {
    const page = await openPage(browser, PHONE);
    await loginViaApi(page, "auditor@amersfoort.demo");
    await page.goto("/admin/beleid");
    await checkPage(page, "phone-admin-policies-auditor");
    expect(await pageOverflowsHorizontally(page)).toBe(false);
    await expect(page.getByRole("button", { name: /Nieuwe versie/ }).count()).resolves.toBe(0);
    await page
      .getByRole("link", { name: /Social return-beleid WSP regio Amersfoort/ })
      .first()
      .click();
    await page.waitForURL(/\/admin\/beleid\/[^/]+$/);
    await checkPage(page, "phone-admin-policy-auditor");
    expect(await pageOverflowsHorizontally(page)).toBe(false);
    await expect(page.getByText("Percentage van de opdrachtwaarde").count()).resolves.toBe(1);
    await expect(page.getByRole("link", { name: "Beleid bewerken" }).count()).resolves.toBe(0);
    await expect(page.getByRole("button", { name: "Versie intrekken" }).count()).resolves.toBe(0);
  });
});
