// The portal's Collega's: a contractor admin invites a colleague, who follows the e-mailed link
// (through the demo mailbox), chooses a password and is then logged in as themselves.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { browserAvailable, checkPage, launchBrowser, openPage } from "../support/browser.js";
import { acceptInvitation } from "../support/mailbox.js";
import { graphqlAs, loginViaApi } from "../support/session.js";

const EEMLAND_ADMIN = "admin@bouwbedrijf-eemland.demo";

describe.skipIf(!browserAvailable)("contractor portal: collega's", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("invites a colleague, who accepts by choosing a password and is then logged in", async () => {
    const colleague = {
      name: "Joris Bakker",
      email: `joris-${Date.now()}@bouwbedrijf-eemland.demo`,
    };
    const admin = await openPage(browser);
    await loginViaApi(admin, EEMLAND_ADMIN);
    await admin.goto("/portal/");
    await admin
      .getByRole("navigation", { name: "Hoofdmenu" })
      .getByRole("link", { name: "Collega's" })
      .click();
    await admin.waitForURL("**/portal/collegas");
    await checkPage(admin, "portal-colleagues");
    const members = admin.getByRole("table", { name: "Collega's bij Bouwbedrijf Eemland B.V." });
    await expect(
      members.getByRole("row", { name: /Erik Mulder/ }).textContent(),
    ).resolves.toContain("Actief");
    await expect(
      members.getByRole("row", { name: /Fatima El Amrani/ }).textContent(),
    ).resolves.toContain("Medewerker opdrachtnemer");

    const invite = admin.getByRole("form", { name: /^Collega uitnodigen/ });
    await invite.getByRole("button", { name: "Stuur uitnodiging" }).click();
    await admin.getByText("Vul de naam van uw collega in.").first().waitFor();
    await admin.getByLabel("Naam").fill(colleague.name);
    await admin.getByLabel("E-mailadres").fill("medewerker@bouwbedrijf-eemland.demo");
    await invite.getByRole("button", { name: "Stuur uitnodiging" }).click();
    // The API's answer, next to the field it is about
    await admin.getByText("Dit e-mailadres heeft al een account.").first().waitFor();
    await expect(admin.getByLabel("E-mailadres").getAttribute("aria-invalid")).resolves.toBe(
      "true",
    );
    await checkPage(admin, "portal-colleagues-errors");

    await admin.getByLabel("E-mailadres").fill(colleague.email);
    await invite.getByRole("button", { name: "Stuur uitnodiging" }).click();
    await admin.getByRole("heading", { name: "Uitnodiging verstuurd" }).waitFor();
    const row = members.getByRole("row", { name: new RegExp(colleague.name) });
    await row.waitFor();
    await expect(row.textContent()).resolves.toContain("Uitnodiging verstuurd");
    await expect(row.textContent()).resolves.toContain(colleague.email);
    await checkPage(admin, "portal-colleagues-invited");

    // The colleague, in a browser of their own
    const page = await openPage(browser);
    await acceptInvitation(
      page,
      colleague.email,
      "portal",
      "bouwen aan kansen",
      "portal-colleague-invitation",
    );
    await page.waitForURL("**/portal/opdrachten");
    await checkPage(page, "portal-colleague-logged-in");
    await expect(page.locator(".sroi-account").textContent()).resolves.toContain(colleague.name);
    await expect(
      page.getByRole("heading", { name: /AMF-2026-001 Renovatie sporthal Zielhorst/ }).count(),
    ).resolves.toBe(1);
    const me = await graphqlAs<{ me: { email: string } | null }>(page, "{ me { email } }");
    expect(me.me?.email).toBe(colleague.email);

    await page.getByRole("button", { name: "Uitloggen" }).click();
    await page.waitForURL((url) => /^\/portal\/?$/.test(url.pathname));
    await page.getByText("U bent uitgelogd.").waitFor();
    await checkPage(page, "portal-colleague-logged-out");
    const after = await graphqlAs<{ me: { email: string } | null }>(page, "{ me { email } }");
    expect(after.me).toBeNull();

    // For the admin the colleague is now active.
    await admin.reload();
    await expect(
      admin
        .getByRole("table", { name: "Collega's bij Bouwbedrijf Eemland B.V." })
        .getByRole("row", { name: new RegExp(colleague.name) })
        .textContent(),
    ).resolves.toContain("Actief");
  });
});
