// Logging in and out in both apps: the guard that sends to the login page and back, Dutch error
// messages (also when the login is throttled), the wrong app, a forgotten password followed
// through the demo mailbox, and logging out here or everywhere.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  browserAvailable,
  checkPage,
  launchBrowser,
  openPage,
  type TestPage,
} from "../support/browser.js";
import { followMailLink } from "../support/mailbox.js";
import { DEMO_PASSWORD, graphqlAs, loginViaApi } from "../support/session.js";

const COORDINATOR = { email: "coordinator@amersfoort.demo", organisation: "Gemeente Amersfoort" };
const CONTRACTOR_ADMIN = "admin@bouwbedrijf-eemland.demo";
const SPAARNE_ADMIN = "admin@groen-spaarne.demo";
const RESET_REQUESTED =
  "Als dit e-mailadres bij ons bekend is, ontvangt u binnen een paar minuten een e-mail met een link om een nieuw wachtwoord te kiezen.";

async function fillLogin(page: TestPage, email: string, password: string) {
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByLabel("Wachtwoord", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Inloggen" }).click();
}

/** The "Ingelogd als" part of the header. */
function account(page: TestPage) {
  return page.locator(".sroi-account");
}

async function whoAmI(page: TestPage): Promise<string | null> {
  const data = await graphqlAs<{ me: { email: string } | null }>(page, "{ me { email } }");
  return data.me?.email ?? null;
}

describe.skipIf(!browserAvailable)("logging in and out", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("Beheer sends staff to the login page first and back to the page they asked for", async () => {
    const page = await openPage(browser);
    await page.goto("/admin/catalogi");
    await page.waitForURL("**/admin/inloggen?terug=%2Fcatalogi");
    await checkPage(page, "admin-login");
    await expect(page.title()).resolves.toBe("Inloggen – Beheer – Social Return");
    // Nothing of Beheer shows before logging in: no navigation to pages that need a login.
    await expect(page.getByRole("navigation", { name: "Hoofdmenu" }).count()).resolves.toBe(0);

    await fillLogin(page, COORDINATOR.email, DEMO_PASSWORD);
    await page.waitForURL("**/admin/catalogi");
    await checkPage(page, "admin-after-login");
    await expect(account(page).textContent()).resolves.toContain(COORDINATOR.organisation);
    await expect(account(page).textContent()).resolves.toMatch(/^Ingelogd als /);
    await expect(page.getByRole("button", { name: "Uitloggen" }).count()).resolves.toBe(1);
  });

  it("says in Dutch what is wrong: empty fields, a wrong password, too many attempts", async () => {
    const page = await openPage(browser);
    await page.goto("/portal/inloggen");
    await checkPage(page, "portal-login");
    await page.getByRole("button", { name: "Inloggen" }).click();
    const summary = page.locator(".sroi-error-summary");
    await expect(summary.textContent()).resolves.toContain("Vul uw e-mailadres in.");
    await expect(summary.textContent()).resolves.toContain("Vul uw wachtwoord in.");
    // The summary takes focus, so a screen reader reads what to fix.
    await expect(
      page.evaluate(() => document.activeElement?.classList.contains("sroi-error-summary")),
    ).resolves.toBe(true);
    await checkPage(page, "portal-login-empty");

    await fillLogin(page, CONTRACTOR_ADMIN, "niet-het-wachtwoord");
    await page
      .getByText("Deze combinatie van e-mailadres en wachtwoord kennen we niet.")
      .first()
      .waitFor();
    await expect(
      page.getByLabel("Wachtwoord", { exact: true }).getAttribute("aria-invalid"),
    ).resolves.toBe("true");
    // Failed logins are answered with 200 and an error as data; nothing else went wrong.
    await checkPage(page, "portal-login-wrong-password");

    // Five failures for one address lock it for a while, with a message saying so.
    const unknown = `onbekend-${Date.now()}@voorbeeld.nl`;
    for (let attempt = 1; attempt <= 4; attempt++) {
      await page.request.post("/graphql", {
        data: {
          query: 'mutation($e: String!) { login(email: $e, password: "fout") { __typename } }',
          variables: { e: unknown },
        },
      });
    }
    await fillLogin(page, unknown, "fout");
    await page
      .getByText(/Te veel mislukte inlogpogingen\. Probeer het over \d+ minuten opnieuw/)
      .waitFor();
    await expect(
      page.getByRole("link", { name: "Nieuw wachtwoord aanvragen" }).count(),
    ).resolves.toBe(1);
    await checkPage(page, "portal-login-throttled");
  });

  it("sends a contractor in Beheer to the portal, and staff in the portal to Beheer", async () => {
    const admin = await openPage(browser);
    await admin.goto("/admin/inloggen");
    await fillLogin(admin, CONTRACTOR_ADMIN, DEMO_PASSWORD);
    await admin
      .getByRole("heading", { name: "Uw account hoort bij een andere omgeving" })
      .waitFor();
    await checkPage(admin, "admin-login-contractor");
    await expect(
      admin
        .getByRole("link", { name: "Ga naar het portaal voor opdrachtnemers" })
        .getAttribute("href"),
    ).resolves.toBe("/portal/");
    // The pages behind the login say the same.
    await admin.goto("/admin/catalogi");
    await admin
      .getByRole("heading", { name: "Uw account hoort bij een andere omgeving" })
      .waitFor();
    await checkPage(admin, "admin-contractor-blocked");
    await expect(admin.locator("main").textContent()).resolves.not.toContain("Bouwblokkenmodellen");

    const portal = await openPage(browser);
    await portal.goto("/portal/opdrachten");
    await portal.waitForURL("**/portal/inloggen?terug=%2Fopdrachten");
    await fillLogin(portal, COORDINATOR.email, DEMO_PASSWORD);
    await portal
      .getByRole("heading", { name: "Uw account hoort bij een andere omgeving" })
      .waitFor();
    await checkPage(portal, "portal-login-staff");
    await expect(
      portal.getByRole("link", { name: "Ga naar Beheer" }).getAttribute("href"),
    ).resolves.toBe("/admin/");
  });

  it("a forgotten password: the same answer for any address, and the mailed link logs in", async () => {
    // A person of its own, so the demo logins keep their password.
    const setup = await openPage(browser);
    await loginViaApi(setup, SPAARNE_ADMIN);
    const { organisations } = await graphqlAs<{ organisations: { id: string }[] }>(
      setup,
      "{ organisations { id } }",
    );
    const email = `vergeten-${Date.now()}@groen-spaarne.demo`;
    await graphqlAs(
      setup,
      `mutation($o: ID!, $e: String!) { inviteColleague(organisationId: $o, name: "Sanne de Vries", email: $e, role: CONTRACTOR_USER) { __typename } }`,
      { o: organisations[0]?.id, e: email },
    );

    const page = await openPage(browser);
    await page.goto("/portal/inloggen");
    await page.getByRole("link", { name: "Wachtwoord vergeten?" }).click();
    await page.waitForURL("**/portal/wachtwoord-vergeten");
    await checkPage(page, "portal-forgot-password");
    await page.getByLabel("E-mailadres").fill("niemand@voorbeeld.nl");
    await page.getByRole("button", { name: "Stuur mij een link" }).click();
    await page.getByText(RESET_REQUESTED).waitFor();
    await checkPage(page, "portal-forgot-password-sent");
    const answerForUnknown = await page.locator("main .utrecht-alert").textContent();

    await page.goto("/portal/wachtwoord-vergeten");
    await page.getByLabel("E-mailadres").fill(email);
    await page.getByRole("button", { name: "Stuur mij een link" }).click();
    await page.getByText(RESET_REQUESTED).waitFor();
    await expect(page.locator("main .utrecht-alert").textContent()).resolves.toBe(answerForUnknown);

    const link = await followMailLink(page, email, /^Nieuw wachtwoord/, "mailbox-reset");
    expect(new URL(link).pathname).toBe("/portal/wachtwoord");
    await page.waitForURL("**/portal/wachtwoord?token=*");
    await checkPage(page, "portal-choose-password");

    await page.getByLabel("Nieuw wachtwoord", { exact: true }).fill("kort");
    await page.getByRole("button", { name: "Wachtwoord opslaan" }).click();
    await page
      .getByText("Kies een wachtwoord van minstens 10 tekens; dit zijn er 4.")
      .first()
      .waitFor();
    await page.getByLabel("Nieuw wachtwoord", { exact: true }).fill("lang genoeg en geheim");
    await page.getByLabel("Herhaal het nieuwe wachtwoord").fill("lang genoeg en anders");
    await page.getByRole("button", { name: "Wachtwoord opslaan" }).click();
    await page
      .getByText("De twee wachtwoorden zijn niet gelijk.", { exact: false })
      .first()
      .waitFor();
    await checkPage(page, "portal-choose-password-errors");

    await page.getByLabel("Herhaal het nieuwe wachtwoord").fill("lang genoeg en geheim");
    await page.getByRole("button", { name: "Wachtwoord opslaan" }).click();
    await page.waitForURL("**/portal/opdrachten");
    await page
      .getByText("Uw wachtwoord is opgeslagen. U bent ingelogd als Sanne de Vries.")
      .waitFor();
    await checkPage(page, "portal-after-reset");
    await expect(account(page).textContent()).resolves.toContain("Sanne de Vries");
    await expect(whoAmI(page)).resolves.toBe(email);

    // A link works once.
    await page.goto(link);
    await page.getByLabel("Nieuw wachtwoord", { exact: true }).fill("nog een wachtwoord");
    await page.getByLabel("Herhaal het nieuwe wachtwoord").fill("nog een wachtwoord");
    await page.getByRole("button", { name: "Wachtwoord opslaan" }).click();
    await page
      .getByText("Deze link is verlopen of al gebruikt.", { exact: false })
      .first()
      .waitFor();
    await checkPage(page, "portal-choose-password-used-link");
  });

  it("asks to log in again when the session ended meanwhile, and returns to the page", async () => {
    const page = await openPage(browser);
    await loginViaApi(page, SPAARNE_ADMIN);
    // The contract page's code is not loaded yet: while it loads, the header's own query may
    // notice the ended session before the page's loader does. The login guard then says the same
    // as the page would ("Log opnieuw in"), for the page clicked.
    await page.goto("/portal/opdrachten");
    await page.getByRole("link", { name: /AMF-2026-002/ }).waitFor();
    await checkPage(page, "portal-contracts-spaarne");
    // The session ends behind the page's back (as after "overal uitloggen" elsewhere).
    await graphqlAs(page, "mutation { logout }");
    const contractLink = page.getByRole("link", { name: /AMF-2026-002/ });
    const contractPath = (await contractLink.getAttribute("href")) ?? "";
    await contractLink.click();
    await page.waitForURL(`**${contractPath}`);
    await page.getByRole("heading", { level: 1, name: "Log opnieuw in" }).waitFor();
    // The header no longer names someone either.
    await account(page).getByRole("link", { name: "Inloggen" }).waitFor();
    await checkPage(page, "portal-session-ended");
    await page.getByRole("main").getByRole("link", { name: "Inloggen" }).click();
    await page.waitForURL("**/portal/inloggen?terug=*");
    await fillLogin(page, SPAARNE_ADMIN, DEMO_PASSWORD);
    await page.waitForURL(`**${contractPath}`);
    await page
      .getByRole("heading", { level: 1, name: "Onderhoud openbaar groen Vathorst" })
      .waitFor();
    await checkPage(page, "portal-contract-after-login-again");
  });

  it("logs out here, or everywhere: other sessions of the person end too", async () => {
    const person = "medewerker@bouwbedrijf-eemland.demo";
    // Other test files in this server run log in as this person too: end those sessions first,
    // so the count below is of this test's two.
    const earlier = await openPage(browser);
    await loginViaApi(earlier, person);
    await graphqlAs(earlier, "mutation { logoutEverywhere }");
    await earlier.context().close();
    const elsewhere = await openPage(browser);
    await loginViaApi(elsewhere, person);
    await expect(whoAmI(elsewhere)).resolves.toBe(person);

    const page = await openPage(browser);
    await page.goto("/portal/inloggen?terug=%2Faccount");
    await fillLogin(page, person, DEMO_PASSWORD);
    await page.waitForURL("**/portal/account");
    await checkPage(page, "portal-account");
    await expect(page.locator("main").textContent()).resolves.toContain(person);

    await page.getByRole("button", { name: "Overal uitloggen" }).click();
    await page.waitForURL((url) => /^\/portal\/?$/.test(url.pathname));
    await page.getByText("U bent overal uitgelogd: 2 sessies beëindigd.").waitFor();
    await checkPage(page, "portal-logged-out-everywhere");
    await expect(whoAmI(page)).resolves.toBeNull();
    await expect(whoAmI(elsewhere)).resolves.toBeNull();
    await expect(account(page).getByRole("link", { name: "Inloggen" }).count()).resolves.toBe(1);

    // Logging out of Beheer ends on its login page; pages behind it ask again.
    const admin = await openPage(browser);
    await loginViaApi(admin, COORDINATOR.email);
    await admin.goto("/admin/catalogi/leiden-2023");
    await admin.getByRole("button", { name: "Uitloggen" }).click();
    await admin.waitForURL("**/admin/inloggen");
    await admin.getByText("U bent uitgelogd.").waitFor();
    await checkPage(admin, "admin-logged-out");
    await expect(whoAmI(admin)).resolves.toBeNull();
    await admin.goto("/admin/catalogi/leiden-2023");
    await admin.waitForURL("**/admin/inloggen?terug=%2Fcatalogi%2Fleiden-2023");
  });
});
