// Beheer → Medewerkers: gemeente Amersfoort's coordinator invites a contract manager for department
// Vastgoed (by keyboard, after the API's refusals), who follows the e-mailed link, chooses a
// password and registers contracts for Vastgoed only. The coordinator then deactivates that
// person, whose open page is logged out on its next request. What the API refuses (a role above
// one's own, removing the last coordinator) is refused with its Dutch message.
import { dutchDate } from "@sroi/domain";
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
import { acceptInvitation } from "../support/mailbox.js";
import { graphqlAs, loginViaApi } from "../support/session.js";

const COORDINATOR = "coordinator@amersfoort.demo";
const AMERSFOORT = "Gemeente Amersfoort";
const MANAGER = { name: "Mirjam Vastgoed-Kok", email: "mirjam.kok@amersfoort.demo" };
const PASSWORD = "vastgoed voor iedereen";

/** yyyy-mm-dd, days from today in the Netherlands */
function day(offset: number): string {
  return dutchDate(new Date(Date.now() + offset * 86_400_000));
}

describe.skipIf(!browserAvailable)("admin app: medewerkers", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function staffPage(email: string, viewport?: { width: number; height: number }) {
    const page = await openPage(browser, viewport);
    await loginViaApi(page, email);
    await page.goto("/admin/");
    await page
      .getByRole("navigation", { name: "Hoofdmenu" })
      .getByRole("link", { name: "Medewerkers" })
      .click();
    await page.waitForURL("**/admin/medewerkers");
    await page.getByRole("heading", { level: 1, name: "Medewerkers" }).waitFor();
    return page;
  }

  const members = (page: TestPage) =>
    page.getByRole("table", { name: `Medewerkers van ${AMERSFOORT}` });

  it("is in the menu only for who manages people", async () => {
    const page = await openPage(browser);
    for (const [email, shown] of [
      ["auditor@amersfoort.demo", false],
      ["consultant@wsp-amersfoort.demo", false],
      ["lead@wsp-amersfoort.demo", true],
      ["admin@platform.demo", true],
    ] as const) {
      await loginViaApi(page, email);
      await page.goto("/admin/opdrachten");
      await page.getByRole("heading", { level: 1, name: "Opdrachten" }).waitFor();
      const link = page
        .getByRole("navigation", { name: "Hoofdmenu" })
        .getByRole("link", { name: "Medewerkers" });
      await expect(link.count(), email).resolves.toBe(shown ? 1 : 0);
    }
    // The platform admin sees every gemeente and WSP, and may invite each one's first member.
    await page.goto("/admin/medewerkers");
    await checkPage(page, "admin-staff-platform-admin");
    for (const name of [
      AMERSFOORT,
      "Team Social Return gemeente Haarlem",
      "WSP regio Amersfoort",
    ]) {
      await expect(page.getByRole("heading", { level: 2, name }).count(), name).resolves.toBe(1);
      await expect(
        page.getByText(`Collega uitnodigen bij ${name}`, { exact: true }).count(),
      ).resolves.toBe(1);
    }
  });

  it("invites a contract manager, who registers for its own department only and is logged out when deactivated", async () => {
    const coordinator = await staffPage(COORDINATOR);
    await checkPage(coordinator, "admin-staff");
    await expect(
      members(coordinator)
        .getByRole("row", { name: /Coen Hendriks/ })
        .textContent(),
    ).resolves.toContain("Afdeling: Vastgoed");
    await expect(
      members(coordinator)
        .getByRole("row", { name: /Anouk de Vries/ })
        .textContent(),
    ).resolves.toContain("Actief");

    // By keyboard: open the form, then the API's refusals at their fields.
    await coordinator.getByText(`Collega uitnodigen bij ${AMERSFOORT}`).focus();
    await coordinator.keyboard.press("Enter");
    const form = coordinator.getByRole("form", { name: `Collega uitnodigen bij ${AMERSFOORT}` });
    await form.waitFor();
    await coordinator.keyboard.press("Tab");
    await expect(coordinator.evaluate(() => document.activeElement?.id)).resolves.toMatch(/-naam$/);
    await form.getByRole("button", { name: "Stuur uitnodiging" }).focus();
    await coordinator.keyboard.press("Enter");
    await form.getByText("Vul de naam van uw collega in.").first().waitFor();
    await expect(form.getByText("Vul een geldig e-mailadres in.").count()).resolves.toBe(2);
    await checkPage(coordinator, "admin-staff-invite-errors");

    await form.getByLabel("Naam").focus();
    await coordinator.keyboard.type(MANAGER.name);
    await coordinator.keyboard.press("Tab");
    await coordinator.keyboard.type(MANAGER.email);
    await coordinator.keyboard.press("Tab");
    // The roles the API lets this coordinator give, in its words
    const role = form.getByLabel("Rol");
    await expect(role.locator("option").allTextContents()).resolves.toEqual([
      "SR-coördinator gemeente",
      "Contractmanager afdeling",
      "Alleen lezen",
    ]);
    await expect(form.getByLabel("Afdeling").count()).resolves.toBe(0);
    await coordinator.keyboard.press("ArrowDown");
    await expect(role.inputValue()).resolves.toBe("CONTRACT_MANAGER");
    await form.getByLabel("Afdeling").waitFor();
    await coordinator.keyboard.press("Tab");
    await coordinator.keyboard.press("Tab");
    await coordinator.keyboard.press("Enter");
    await form.getByText("Vul de afdeling van de contractmanager in.").first().waitFor();
    await expect(form.getByLabel("Afdeling").getAttribute("aria-invalid")).resolves.toBe("true");
    await checkPage(coordinator, "admin-staff-invite-department");
    await form.getByLabel("Afdeling").focus();
    await coordinator.keyboard.type("Vastgoed");
    await coordinator.keyboard.press("Tab");
    await coordinator.keyboard.press("Enter");
    await coordinator
      .getByText(`${MANAGER.name} is uitgenodigd bij ${AMERSFOORT}`, { exact: false })
      .waitFor();
    const invitedRow = members(coordinator).getByRole("row", { name: new RegExp(MANAGER.name) });
    await invitedRow.waitFor();
    await expect(invitedRow.textContent()).resolves.toContain("Uitnodiging verstuurd");
    await expect(invitedRow.textContent()).resolves.toContain("Afdeling: Vastgoed");
    await checkPage(coordinator, "admin-staff-invited");

    // The contract manager, in a browser of their own
    const manager = await openPage(browser);
    await acceptInvitation(manager, MANAGER.email, "admin", PASSWORD, "admin-staff-invitation");
    // Staff start on Te doen; the contract manager opens the contracts from there.
    await manager.waitForURL("**/admin/te-doen");
    await manager.goto("/admin/opdrachten");
    await checkPage(manager, "admin-staff-manager-contracts");
    await expect(manager.locator(".sroi-account").textContent()).resolves.toContain(MANAGER.name);
    await manager.getByRole("row", { name: /AMF-2026-002/ }).waitFor();
    // Not a people manager: no Medewerkers in the menu
    await expect(
      manager
        .getByRole("navigation", { name: "Hoofdmenu" })
        .getByRole("link", { name: "Medewerkers" })
        .count(),
    ).resolves.toBe(0);

    // Registering: another department is refused at the field, Vastgoed goes through.
    await manager.getByRole("link", { name: "Opdracht registreren" }).click();
    await manager.waitForURL("**/admin/opdrachten/nieuw");
    await manager.getByLabel("Kenmerk").fill("AMF-2026-VG1");
    await manager.getByLabel("Titel").fill("Schilderwerk stadhuis");
    // The API says the department is the manager's own: the form says so and fills it in.
    const department = manager.getByLabel("Afdeling", { exact: true });
    await expect(department.inputValue()).resolves.toBe("Vastgoed");
    await manager.getByText("U registreert opdrachten van uw eigen afdeling: Vastgoed.").waitFor();
    await department.fill("Stadsbeheer");
    await manager.getByLabel("Soort").selectOption({ label: "Werken" });
    await manager.getByLabel("Opdrachtwaarde excl. btw").fill("350.000");
    await manager.getByLabel("Gunningsdatum").fill(day(-3));
    await manager.getByLabel("KvK-nummer").fill("93456781");
    await manager.getByLabel("Naam opdrachtnemer").fill("Schildersbedrijf Vathorst B.V.");
    await manager.getByLabel("Naam contactpersoon").fill("Ruud Schilder");
    await manager.getByLabel("E-mailadres contactpersoon").fill("ruud@schilders-vathorst.demo");
    await manager.getByRole("button", { name: "Opdracht registreren" }).click();
    const refusal = "U registreert alleen opdrachten van uw eigen afdeling (Vastgoed).";
    await manager.locator("#afdeling-fout").getByText(refusal).waitFor();
    await checkPage(manager, "admin-staff-manager-refused");
    await department.fill("Vastgoed");
    await manager.getByRole("button", { name: "Opdracht registreren" }).click();
    await manager.getByRole("heading", { level: 1, name: "Schilderwerk stadhuis" }).waitFor();
    await expect(manager.locator("main").textContent()).resolves.toContain(
      "Opdracht AMF-2026-VG1 is geregistreerd",
    );
    // Corrigeren on its own department's contract, not on another department's
    await expect(manager.getByRole("link", { name: "Gegevens corrigeren" }).count()).resolves.toBe(
      1,
    );
    await checkPage(manager, "admin-staff-manager-registered");
    await manager.goto("/admin/opdrachten");
    await manager
      .getByRole("row", { name: /AMF-2026-002/ })
      .getByRole("link")
      .first()
      .click();
    await manager
      .getByRole("heading", { level: 1, name: "Onderhoud openbaar groen Vathorst" })
      .waitFor();
    await expect(manager.getByRole("link", { name: "Gegevens corrigeren" }).count()).resolves.toBe(
      0,
    );
    await checkPage(manager, "admin-staff-manager-other-department");

    // The coordinator deactivates the contract manager, after a confirmation.
    await coordinator.reload();
    const row = members(coordinator).getByRole("row", { name: new RegExp(MANAGER.name) });
    await expect(row.textContent()).resolves.toContain("Actief");
    await row.getByText("Wijzigen").click();
    await row.getByRole("button", { name: `Account van ${MANAGER.name} deactiveren` }).click();
    const question = coordinator.getByRole("heading", {
      name: `Het account van ${MANAGER.name} deactiveren?`,
    });
    await question.waitFor();
    await expect(coordinator.evaluate(() => document.activeElement?.tagName)).resolves.toBe("H3");
    await checkPage(coordinator, "admin-staff-deactivate-confirm");
    await coordinator.getByRole("button", { name: "Ja, deactiveren" }).click();
    await coordinator
      .getByText(`Het account van ${MANAGER.name} is gedeactiveerd`, { exact: false })
      .waitFor();
    await expect(
      members(coordinator)
        .getByRole("row", { name: new RegExp(MANAGER.name) })
        .textContent(),
    ).resolves.toContain("Gedeactiveerd");
    await checkPage(coordinator, "admin-staff-deactivated");
    // Organisaties says the same
    await coordinator.goto("/admin/organisaties");
    await expect(
      coordinator
        .getByRole("table", { name: `Medewerkers van ${AMERSFOORT}` })
        .getByRole("row", { name: new RegExp(MANAGER.name) })
        .textContent(),
    ).resolves.toContain("Gedeactiveerd");

    // The manager's open page: its next request finds the session gone.
    await manager
      .getByRole("navigation", { name: "Hoofdmenu" })
      .getByRole("link", { name: "Opdrachten" })
      .click();
    await manager.getByRole("heading", { level: 1, name: "Log opnieuw in" }).waitFor();
    // The header asks again who is logged in once the API said the session ended; that answer
    // may come just after the page's.
    await expect
      .poll(() => manager.locator(".sroi-account").textContent())
      .not.toContain(MANAGER.name);
    const me = await graphqlAs<{ me: { email: string } | null }>(manager, "{ me { email } }");
    expect(me.me).toBeNull();
    // Logging in again is refused as well.
    const login = await graphqlAs<{ login: { __typename: string } }>(
      manager,
      `mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { __typename } }`,
      { email: MANAGER.email, password: PASSWORD },
    );
    expect(login.login.__typename).not.toBe("Me");
    manager.errors.length = 0; // the refused requests above are the point of this step
    await checkPage(manager, "admin-staff-manager-logged-out");
  });

  it("refuses a role above one's own and removing the last coordinator, in Dutch", async () => {
    const coordinator = await staffPage(COORDINATOR);
    // The form offers no role above the coordinator's own; the API refuses it when asked anyway.
    const { staffOrganisations } = await graphqlAs<{
      staffOrganisations: { id: string; name: string }[];
    }>(coordinator, "{ staffOrganisations { id name } }");
    const amersfoort = staffOrganisations.find((o) => o.name === AMERSFOORT);
    expect(staffOrganisations.map((o) => o.name)).toEqual([AMERSFOORT]);
    const above = await graphqlAs<{ inviteStaffMember: { __typename: string; message: string } }>(
      coordinator,
      `mutation ($org: ID!) { inviteStaffMember(organisationId: $org, name: "Te veel", email: "te-veel@amersfoort.demo", role: PLATFORM_ADMIN) { __typename ... on Error { message } } }`,
      { org: amersfoort?.id },
    );
    expect(above.inviteStaffMember).toEqual({
      __typename: "NotAllowedError",
      message:
        "U kunt de rol Platformbeheerder niet toekennen: niemand geeft een rol die meer mag dan de eigen rol.",
    });

    // Anouk de Vries is Amersfoort's only coordinator: she cannot make herself read-only.
    const own = members(coordinator).getByRole("row", { name: /Anouk de Vries/ });
    await own.getByText("Wijzigen").click();
    await own.getByRole("combobox", { name: "Rol" }).selectOption({ label: "Alleen lezen" });
    await own.getByRole("button", { name: "Rol opslaan" }).click();
    const message =
      "De organisatie houdt dan geen actieve SR-coördinator gemeente over. Geef eerst iemand anders die rol.";
    await own.getByRole("alert").getByText(message).waitFor();
    await expect(
      coordinator.evaluate(() => document.activeElement?.classList.contains("sroi-focus-target")),
    ).resolves.toBe(true);
    await checkPage(coordinator, "admin-staff-last-coordinator");
    // Nor deactivate herself
    await own.getByRole("button", { name: "Account van Anouk de Vries deactiveren" }).click();
    await coordinator.getByRole("button", { name: "Ja, deactiveren" }).click();
    await own.getByRole("alert").getByText(message).last().waitFor();
    await expect(own.textContent()).resolves.toContain("SR-coördinator gemeente");
  });

  it("fits a phone", async () => {
    const page = await staffPage(COORDINATOR, PHONE);
    await checkPage(page, "admin-staff-phone");
    await expect(pageOverflowsHorizontally(page)).resolves.toBe(false);
    await page.getByText(`Collega uitnodigen bij ${AMERSFOORT}`).click();
    await checkPage(page, "admin-staff-phone-invite");
    await expect(pageOverflowsHorizontally(page)).resolves.toBe(false);
  });
});
