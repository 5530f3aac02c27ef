// The portal's Mijn opdrachten: a contractor sees its own contracts only, a contract's obligation
// with its breakdown, policy and catalogue, and contacts the organisation that carries out the
// gemeente's social return (the WSP, or Haarlem's own team) from the contract page.
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
import { DEMO_PASSWORD, graphqlAs, loginViaApi } from "../support/session.js";

const EEMLAND_ADMIN = "admin@bouwbedrijf-eemland.demo";
const EEMLAND_USER = "medewerker@bouwbedrijf-eemland.demo";
const SPAARNE_ADMIN = "admin@groen-spaarne.demo";
const EEMLAND_REFERENCES = [
  "AMF-2026-001",
  "AMF-2025-017",
  "SOE-2025-011",
  "AMF-2024-008",
  "SOE-2024-012",
  "BRN-2024-002",
  "HLM-2026-002",
  "HLM-2023-015",
];
// Contracts of Groenbeheer Spaarne B.V., another contractor
// The portal shows at most this many (apps/contractor/src/routes/contracts.tsx)
const MAX_SHOWN = 100;
const SPAARNE_REFERENCES = ["AMF-2026-002", "AMF-2023-031", "SOE-2026-002", "HLM-2026-001"];
const WSP = "WSP regio Amersfoort";
const HAARLEM_TEAM = "Team Social Return gemeente Haarlem";

/** A contract in the list of Mijn opdrachten, by its reference. */
function contractCard(page: TestPage, reference: string) {
  return page
    .getByRole("listitem")
    .filter({ has: page.getByRole("heading", { name: new RegExp(reference) }) });
}

describe.skipIf(!browserAvailable)("contractor portal: mijn opdrachten", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("after logging in, lists the organisation's own contracts and no one else's", async () => {
    const page = await openPage(browser);
    await page.goto("/portal/");
    await page
      .getByRole("navigation", { name: "Hoofdmenu" })
      .getByRole("link", { name: "Mijn opdrachten" })
      .click();
    await page.waitForURL("**/portal/inloggen?terug=%2Fopdrachten");
    await page.getByLabel("E-mailadres").fill(EEMLAND_ADMIN);
    await page.getByLabel("Wachtwoord", { exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Inloggen" }).click();
    await page.waitForURL("**/portal/opdrachten");
    await checkPage(page, "portal-contracts");
    await expect(page.title()).resolves.toBe("Mijn opdrachten – Portaal – Social Return");
    await expect(page.locator(".sroi-account").textContent()).resolves.toContain(
      "Bouwbedrijf Eemland B.V.",
    );

    // The cards themselves: each card holds a list of its open tasks too.
    const cards = page
      .getByRole("list", { name: "Opdrachten van uw organisatie" })
      .locator(":scope > li");
    // Other test files in this server run register contracts for Eemland too: the page shows
    // exactly the contracts the API holds for Eemland (the tenancy tests check the API side), the
    // seeded ones among them, and none of another contractor's.
    const held = await graphqlAs<{ contracts: { totalCount: number } }>(
      page,
      "{ contracts(first: 1) { totalCount } }",
    );
    expect(held.contracts.totalCount).toBeGreaterThanOrEqual(EEMLAND_REFERENCES.length);
    await expect(cards.count()).resolves.toBe(Math.min(held.contracts.totalCount, MAX_SHOWN));
    const text = (await page.locator("main").textContent()) ?? "";
    for (const reference of EEMLAND_REFERENCES) expect(text).toContain(reference);
    for (const reference of SPAARNE_REFERENCES) expect(text).not.toContain(reference);
    expect(text).not.toContain("Groenbeheer Spaarne");

    const zielhorst = contractCard(page, "AMF-2026-001");
    await expect(zielhorst.textContent()).resolves.toContain("Renovatie sporthal Zielhorst");
    await expect(zielhorst.textContent()).resolves.toContain("Amersfoort");
    await expect(zielhorst.textContent()).resolves.toContain("€ 122.500,00");
    await expect(zielhorst.textContent()).resolves.toContain("Gegund");
    // The deadline says its state in words, not only in colour.
    await expect(zielhorst.locator(".utrecht-status-badge").last().textContent()).resolves.toBe(
      "Openstaand",
    );
    await expect(
      contractCard(page, "HLM-2026-002").locator(".utrecht-status-badge").last().textContent(),
    ).resolves.toBe("Te laat");
  });

  it("shows a contract's obligation with its breakdown, policy and catalogue", async () => {
    const page = await openPage(browser);
    await loginViaApi(page, EEMLAND_ADMIN);
    await page.goto("/portal/opdrachten");
    await page.getByRole("link", { name: /AMF-2026-001/ }).click();
    await page.waitForURL("**/portal/opdrachten/*");
    await checkPage(page, "portal-contract");
    await expect(page.locator("h1").textContent()).resolves.toBe("Renovatie sporthal Zielhorst");
    await expect(page.title()).resolves.toBe(
      "AMF-2026-001 Renovatie sporthal Zielhorst – Portaal – Social Return",
    );
    const main = page.locator("main");
    await expect(main.locator(".sroi-big-amount").textContent()).resolves.toBe("€ 122.500,00");
    const breakdown = page.getByRole("table", { name: "Berekening van de SR-verplichting" });
    await expect(breakdown.textContent()).resolves.toContain(
      "5 % van de opdrachtwaarde € 2.450.000,00 excl. btw",
    );
    // Policy and catalogue are concepts: the page says so.
    await expect(main.textContent()).resolves.toContain("Concept — te bevestigen door de gemeente");
    await expect(main.textContent()).resolves.toContain(
      "Het WSP regio Amersfoort moet de waarden nog bevestigen.",
    );
    const blocks = page.getByRole("link", { name: /^Bekijk de bouwblokken van / });
    const href = new URL((await blocks.getAttribute("href")) ?? "", "http://x");
    expect(href.pathname).toBe("/portal/bouwblokken");
    expect(href.searchParams.get("versie")).toBe("regio-amersfoort-concept");
    await blocks.click();
    await page.waitForURL("**/portal/bouwblokken?*");
    await checkPage(page, "portal-contract-blocks");
    await expect(page.locator("main").textContent()).resolves.toContain(
      "Het WSP regio Amersfoort moet de waarden nog bevestigen.",
    );
  });

  it("contacts the WSP from the contract page; afterwards the page says when", async () => {
    const page = await openPage(browser);
    await loginViaApi(page, EEMLAND_ADMIN);
    await page.goto("/portal/opdrachten");
    await page.getByRole("link", { name: /AMF-2026-001/ }).click();
    await page.waitForURL("**/portal/opdrachten/*");
    const form = page.getByRole("form", { name: `Neem contact op met ${WSP}` });
    await form.waitFor();

    await form.getByRole("button", { name: `Neem contact op met ${WSP}` }).click();
    await page.getByText("Schrijf kort waarover u contact wilt.").first().waitFor();
    await checkPage(page, "portal-contact-empty");

    await page
      .getByLabel(`Uw bericht aan ${WSP}`)
      .fill("Wij willen graag twee leerwerkplekken invullen. Contactpersoon: Erik Mulder.");
    await page.getByLabel(/Wanneer komt een gesprek u goed uit/).fill("Dinsdagochtend");
    await form.getByRole("button", { name: `Neem contact op met ${WSP}` }).click();
    await page.getByRole("heading", { name: "Uw bericht is verstuurd" }).waitFor();
    await checkPage(page, "portal-contact-sent");
    await expect(
      page.locator("section[aria-labelledby=contact]").getByRole("status").textContent(),
    ).resolves.toContain(`${WSP} heeft uw bericht ontvangen.`);
    await expect(form.count()).resolves.toBe(0);
    const contact = page.locator("section[aria-labelledby=contact]");
    await expect(contact.textContent()).resolves.toMatch(
      /Contact opgenomen\d{1,2} \w+ \d{4} om \d\d:\d\d/,
    );
    await expect(contact.textContent()).resolves.toContain("Dinsdagochtend");
    await expect(contact.textContent()).resolves.toContain(`Nog niet bevestigd door ${WSP}`);
    await expect(contact.locator(".utrecht-status-badge").textContent()).resolves.toBe("Op tijd");

    // It stays that way, also in the list.
    await page.reload();
    await page.getByText(`Nog niet bevestigd door ${WSP}`, { exact: false }).waitFor();
    await checkPage(page, "portal-contract-after-contact");
    await page.getByRole("link", { name: "Mijn opdrachten" }).first().click();
    await page.waitForURL("**/portal/opdrachten");
    await expect(contractCard(page, "AMF-2026-001").textContent()).resolves.toContain(
      "Contact opgenomen",
    );
  });

  it("a Haarlem contract names Haarlem's own team with its mailbox and phone; the intake request reaches its mailbox", async () => {
    const page = await openPage(browser);
    await loginViaApi(page, EEMLAND_ADMIN);
    await page.goto("/portal/opdrachten");
    await expect(contractCard(page, "HLM-2026-002").textContent()).resolves.toContain(
      `Contact met ${HAARLEM_TEAM}`,
    );
    await page.getByRole("link", { name: /HLM-2026-002/ }).click();
    await page.waitForURL("**/portal/opdrachten/*");
    const contact = page.locator("section[aria-labelledby=contact]");
    await page.getByRole("heading", { name: `Contact met ${HAARLEM_TEAM}` }).waitFor();
    // The task at the top and the link to the section name the team too, not "het WSP".
    await expect(page.locator("section[aria-labelledby=te-doen]").textContent()).resolves.toContain(
      `Neem contact op met ${HAARLEM_TEAM}, uiterlijk`,
    );
    await page.getByRole("link", { name: `Contact met ${HAARLEM_TEAM}` }).waitFor();
    const details = await contact.textContent();
    expect(details).toContain(`Uitvoering social return${HAARLEM_TEAM}`);
    expect(details).toContain("E-mailsocialreturn@haarlem.demo");
    expect(details).toContain("Telefoon023 - 511 38 67");
    expect(details).toContain("Nog niet toegewezen");
    expect(details).not.toMatch(/WSP|werkgeversservicepunt/i);
    await expect(
      contact.getByRole("link", { name: "socialreturn@haarlem.demo" }).getAttribute("href"),
    ).resolves.toBe("mailto:socialreturn@haarlem.demo");
    await checkPage(page, "portal-contact-own-team");

    const form = page.getByRole("form", { name: `Neem contact op met ${HAARLEM_TEAM}` });
    await page
      .getByLabel(`Uw bericht aan ${HAARLEM_TEAM}`)
      .fill("Wij willen graag een intake voor het onderhoud van de wijkcentra.");
    await form.getByRole("button", { name: `Neem contact op met ${HAARLEM_TEAM}` }).click();
    await page.getByRole("heading", { name: "Uw bericht is verstuurd" }).waitFor();
    await expect(contact.getByRole("status").textContent()).resolves.toContain(
      `${HAARLEM_TEAM} heeft uw bericht ontvangen.`,
    );
    await contact.getByText(`Nog niet bevestigd door ${HAARLEM_TEAM}`, { exact: false }).waitFor();
    await checkPage(page, "portal-contact-own-team-sent");

    // No accountmanager yet: the request goes to the team's shared mailbox.
    await page.goto("/dev/mailbox");
    const mail = page
      .getByRole("article")
      .filter({ hasText: "Aan socialreturn@haarlem.demo" })
      .filter({ hasText: "Intakeverzoek: HLM-2026-002" });
    await expect(mail.count()).resolves.toBe(1);
  });

  it("shows the accountmanager's name and e-mail once one is assigned", async () => {
    const page = await openPage(browser);
    await loginViaApi(page, EEMLAND_ADMIN);
    await page.goto("/portal/opdrachten");
    await page.getByRole("link", { name: /AMF-2025-017/ }).click();
    await page.waitForURL("**/portal/opdrachten/*");
    const contact = page.locator("section[aria-labelledby=contact]");
    await page.getByRole("heading", { name: `Contact met ${WSP}` }).waitFor();
    await expect(contact.textContent()).resolves.toContain(
      "Uw accountmanagerWendy Jansen, consultant@wsp-amersfoort.demo",
    );
    await expect(contact.textContent()).resolves.toContain(
      "E-mailsocialreturn@wsp-amersfoort.demo",
    );
  });

  it("gives the API's own reason when contacting is refused, not a general failure", async () => {
    const page = await openPage(browser);
    await loginViaApi(page, SPAARNE_ADMIN);
    await page.goto("/portal/opdrachten");
    await page.getByRole("link", { name: /HLM-2026-001/ }).click();
    await page.waitForURL("**/portal/opdrachten/*");
    const form = page.getByRole("form", { name: `Neem contact op met ${HAARLEM_TEAM}` });
    await form.waitFor();
    // A colleague makes contact meanwhile, from another browser.
    const contractId = new URL(page.url()).pathname.split("/").pop();
    await graphqlAs(
      page,
      'mutation ($id: ID!) { requestIntake(contractId: $id, message: "Via een collega") { __typename } }',
      { id: contractId },
    );

    await page
      .getByLabel(`Uw bericht aan ${HAARLEM_TEAM}`)
      .fill("Wij willen graag een intake plannen.");
    await form.getByRole("button", { name: `Neem contact op met ${HAARLEM_TEAM}` }).click();
    // A NotAllowedError, read through the shared "... on Error" fragment: its Dutch message shows.
    await page.getByText("U heeft voor deze opdracht al contact opgenomen.").waitFor();
    await expect(form.textContent()).resolves.not.toContain("Versturen is niet gelukt");
    await checkPage(page, "portal-contact-refused");
  });

  it("says so for a contract that is not the organisation's, and fits a phone", async () => {
    const page = await openPage(browser, PHONE);
    await loginViaApi(page, EEMLAND_USER);
    await page.goto("/portal/opdrachten/bestaat-niet");
    await checkPage(page, "portal-contract-not-found");
    await expect(page.locator("h1").textContent()).resolves.toBe("Opdracht niet gevonden");

    await page.goto("/portal/opdrachten");
    await checkPage(page, "phone-portal-contracts");
    await expect(pageOverflowsHorizontally(page)).resolves.toBe(false);
    // A medewerker has no Collega's page in the menu, and the page says who may use it.
    await expect(
      page
        .getByRole("navigation", { name: "Hoofdmenu" })
        .getByRole("link", { name: "Collega's" })
        .count(),
    ).resolves.toBe(0);
    await page.goto("/portal/collegas");
    await checkPage(page, "portal-colleagues-not-admin");
    await expect(page.locator("main").textContent()).resolves.toContain(
      "Alleen een beheerder van uw organisatie kan collega's bekijken en uitnodigen.",
    );
  });
});
