// Beheer, the coordinator's journey: register a contract for a new contractor (a validation error
// first), see the obligation pinned to the cent, correct its value, survive a colleague's edit in
// between, move it on, and find the invitation the new contractor's contact got by e-mail, whose
// link the contact follows to choose a password and see the obligation in the portal.
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
import { graphqlAs, loginViaApi } from "../support/session.js";

const COORDINATOR = "coordinator@amersfoort.demo";
const NEW_CONTRACT = {
  reference: "AMF-2026-E2E",
  title: "Glasbewassing wijkcentra",
  value: "480.000",
  kvkNumber: "91234567",
  contractor: "Glashelder Eemland B.V.",
  contactName: "Ilse Nieuwenhuis",
  contactEmail: "ilse@glashelder-eemland.demo",
};

/** yyyy-mm-dd, days from today in the Netherlands */
function day(offset: number): string {
  return dutchDate(new Date(Date.now() + offset * 86_400_000));
}

describe.skipIf(!browserAvailable)("admin app: registering and correcting a contract", () => {
  let browser: Browser;
  let contractPath = "";
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

  async function fillContract(page: TestPage, title: string) {
    await page.getByLabel("Kenmerk").fill(NEW_CONTRACT.reference);
    await page.getByLabel("Titel").fill(title);
    await page.getByLabel("Afdeling (niet verplicht)").fill("Facilitair");
    await page.getByLabel("Soort").selectOption({ label: "Diensten" });
    await page.getByLabel("Opdrachtwaarde excl. btw").fill(NEW_CONTRACT.value);
    await page.getByLabel("Publicatiedatum (niet verplicht)").fill(day(-40));
    await page.getByLabel("Gunningsdatum").fill(day(-2));
    await page.getByLabel("Begindatum (niet verplicht)").fill(day(30));
    await page.getByLabel("Einddatum (niet verplicht)").fill(day(760));
    await page
      .getByLabel("Accountmanager (niet verplicht)")
      .selectOption({ label: "Wendy Jansen" });
    await page.getByLabel("KvK-nummer").fill(NEW_CONTRACT.kvkNumber);
    await page.getByLabel("Naam opdrachtnemer").fill(NEW_CONTRACT.contractor);
    await page.getByLabel("Naam contactpersoon").fill(NEW_CONTRACT.contactName);
    await page.getByLabel("E-mailadres contactpersoon").fill(NEW_CONTRACT.contactEmail);
  }

  it("registers a contract for a new contractor after a validation error", async () => {
    const page = await loggedIn();
    await page.goto("/admin/opdrachten");
    await page.getByRole("link", { name: "Opdracht registreren" }).click();
    await page.waitForURL("**/admin/opdrachten/nieuw");
    await checkPage(page, "admin-contract-new");
    // Amersfoort is the only gemeente this coordinator registers for.
    await expect(page.getByLabel("Gemeente").inputValue()).resolves.toBe("GM0307");

    await fillContract(page, "");
    // While typing: the obligation that registering will pin, with the concept notes.
    const preview = page.getByRole("region", { name: "SR-verplichting" });
    await preview.getByText("Verplichting: € 24.000,00 (5 % van de opdrachtwaarde).").waitFor();
    await expect(preview.textContent()).resolves.toContain(
      "5 % van de opdrachtwaarde € 480.000,00 excl. btw",
    );
    await expect(preview.textContent()).resolves.toContain("te bevestigen door de gemeente");
    await page.getByText("Dit KvK-nummer is nieuw op het platform").waitFor();
    await checkPage(page, "admin-contract-new-preview");

    // The API refuses the empty title: a summary at the top, the message at the field, input kept.
    await page.getByRole("button", { name: "Opdracht registreren" }).click();
    const summary = page.getByRole("region", { name: "Er is iets niet goed ingevuld" });
    await summary.waitFor();
    await expect(
      page.evaluate(() => document.activeElement?.classList.contains("sroi-error-summary")),
    ).resolves.toBe(true);
    await checkPage(page, "admin-contract-new-invalid");
    const title = page.getByLabel("Titel");
    await expect(title.getAttribute("aria-invalid")).resolves.toBe("true");
    await expect(title.getAttribute("aria-describedby")).resolves.toBe("titel-fout");
    await expect(page.locator("#titel-fout").textContent()).resolves.toBe(
      "Vul de naam van de opdracht in.",
    );
    await expect(page.getByLabel("Kenmerk").inputValue()).resolves.toBe(NEW_CONTRACT.reference);
    await expect(page.getByLabel("E-mailadres contactpersoon").inputValue()).resolves.toBe(
      NEW_CONTRACT.contactEmail,
    );
    // The summary's link takes you to the field.
    await summary.getByRole("link", { name: "Vul de naam van de opdracht in." }).click();
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe("titel");
    await page.keyboard.type(NEW_CONTRACT.title);

    await page.getByRole("button", { name: "Opdracht registreren" }).click();
    await page.getByRole("heading", { level: 1, name: NEW_CONTRACT.title }).waitFor();
    contractPath = new URL(page.url()).pathname;
    expect(contractPath).toMatch(/^\/admin\/opdrachten\/[^/]+$/);
    await checkPage(page, "admin-contract-registered");
    const main = page.locator("main");
    await expect(main.textContent()).resolves.toContain(
      `Opdracht ${NEW_CONTRACT.reference} is geregistreerd en de SR-verplichting is vastgezet.`,
    );
    await expect(main.textContent()).resolves.toContain(
      `${NEW_CONTRACT.contactName} (${NEW_CONTRACT.contactEmail}) krijgt een uitnodiging`,
    );
    const breakdown = page.getByRole("table", { name: "Berekening van de SR-verplichting" });
    await expect(breakdown.getByRole("row", { name: /Totaal/ }).textContent()).resolves.toContain(
      "€ 24.000,00",
    );
    await expect(main.textContent()).resolves.toContain(NEW_CONTRACT.contractor);
    await expect(main.textContent()).resolves.toContain(NEW_CONTRACT.kvkNumber);
  });

  it("corrects the value: the obligation is recomputed and the audit trail shows before → after", async () => {
    const page = await loggedIn();
    await page.goto(contractPath);
    await page.getByRole("link", { name: "Gegevens corrigeren" }).click();
    await page
      .getByRole("heading", { level: 1, name: `${NEW_CONTRACT.reference} corrigeren` })
      .waitFor();
    await checkPage(page, "admin-contract-correct");
    await expect(page.getByLabel("Opdrachtwaarde excl. btw").inputValue()).resolves.toBe(
      "480000.00",
    );
    await page.getByLabel("Opdrachtwaarde excl. btw").fill("520.000,50");
    await page
      .getByRole("region", { name: "SR-verplichting" })
      .getByText("Verplichting: € 26.000,03 (5 % van de opdrachtwaarde).")
      .waitFor();
    await page.getByRole("button", { name: "Correctie opslaan" }).click();
    await page.getByRole("heading", { level: 1, name: NEW_CONTRACT.title }).waitFor();
    await checkPage(page, "admin-contract-corrected");
    await expect(page.locator("main").textContent()).resolves.toContain(
      "de SR-verplichting is opnieuw berekend: was € 24.000,00, nu € 26.000,03",
    );
    const breakdown = page.getByRole("table", { name: "Berekening van de SR-verplichting" });
    await expect(breakdown.textContent()).resolves.toContain(
      "5 % van de opdrachtwaarde € 520.000,50 excl. btw",
    );
    const latest = page.getByRole("region", { name: "Audittrail" }).locator("li").first();
    await expect(latest.locator("h3").textContent()).resolves.toBe(
      "Gegevens gecorrigeerd en SR-verplichting opnieuw berekend",
    );
    const text = (await latest.textContent()) ?? "";
    expect(text).toMatch(/Opdrachtwaarde excl\. btw:.*€ 480\.000,00.*€ 520\.000,50/);
    expect(text).toMatch(/SR-verplichting:.*€ 24\.000,00.*€ 26\.000,03/);
    expect(text).toContain("door coordinator@amersfoort.demo");
  });

  it("keeps the input when a colleague changed the contract meanwhile, and offers the new data", async () => {
    const page = await loggedIn();
    await page.goto(`${contractPath}/corrigeren`);
    await page
      .getByRole("heading", { level: 1, name: `${NEW_CONTRACT.reference} corrigeren` })
      .waitFor();
    await page.getByLabel("Afdeling (niet verplicht)").fill("Vastgoed");

    // A colleague saves a correction first.
    const id = decodeURIComponent(contractPath.split("/").at(-1) ?? "");
    const { contract } = await graphqlAs<{ contract: { version: number } }>(
      page,
      "query ($id: ID!) { contract(id: $id) { version } }",
      { id },
    );
    const colleagueTitle = `${NEW_CONTRACT.title} en sporthallen`;
    const answer = await graphqlAs<{ correctContract: { __typename: string } }>(
      page,
      `mutation ($id: ID!, $version: Int!, $contract: ContractInput!) {
        correctContract(id: $id, version: $version, contract: $contract) { __typename }
      }`,
      {
        id,
        version: contract.version,
        contract: {
          reference: NEW_CONTRACT.reference,
          title: colleagueTitle,
          department: "Facilitair",
          kind: "SERVICES",
          valueExclVat: "520000.50",
          publicationDate: day(-40),
          awardDate: day(-2),
          startDate: day(30),
          endDate: day(760),
        },
      },
    );
    expect(answer.correctContract.__typename).toBe("Contract");

    await page.getByRole("button", { name: "Correctie opslaan" }).click();
    const conflict = page.getByRole("alert").filter({ hasText: "Iemand anders heeft" });
    await conflict.waitFor();
    await checkPage(page, "admin-contract-correct-conflict");
    await expect(page.getByLabel("Afdeling (niet verplicht)").inputValue()).resolves.toBe(
      "Vastgoed",
    );
    await conflict.getByRole("button", { name: "Laad de nieuwe gegevens" }).click();
    await page.getByRole("status").filter({ hasText: "De nieuwe gegevens zijn geladen" }).waitFor();
    await checkPage(page, "admin-contract-correct-reloaded");
    await expect(page.getByLabel("Titel").inputValue()).resolves.toBe(colleagueTitle);
    await expect(page.getByLabel("Afdeling (niet verplicht)").inputValue()).resolves.toBe(
      "Facilitair",
    );
  });

  it("moves the contract to the next status after a confirmation", async () => {
    const page = await loggedIn();
    await page.goto(contractPath);
    await page.getByRole("button", { name: "Naar Plan van aanpak" }).click();
    const question = page.getByRole("region", { name: "Status wijzigen naar Plan van aanpak?" });
    await question.waitFor();
    await checkPage(page, "admin-contract-status-confirm");
    // Cancelling changes nothing and returns to the button.
    await question.getByRole("button", { name: "Annuleren" }).click();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent))
      .toBe("Naar Plan van aanpak");
    await page.getByRole("button", { name: "Naar Plan van aanpak" }).click();
    await page.getByRole("button", { name: "Ja, naar Plan van aanpak" }).click();
    await page
      .getByRole("status")
      .filter({ hasText: "De status is gewijzigd naar Plan van aanpak." })
      .waitFor();
    await checkPage(page, "admin-contract-status-changed");
    await expect(page.getByRole("button", { name: "Naar Gegund" }).count()).resolves.toBe(1);
    // The domain's lifecycle: no execution before the intake is confirmed, and the page says so.
    await expect(page.getByRole("button", { name: "Naar In uitvoering" }).count()).resolves.toBe(0);
    await page
      .getByRole("region", { name: "Status" })
      .getByText("de intake is nog niet bevestigd")
      .waitFor();
    await expect(
      page.getByRole("region", { name: "Audittrail" }).locator("h3").first().textContent(),
    ).resolves.toBe("Status gewijzigd");
  });

  it("lists the new contractor with its contact's open invitation", async () => {
    const page = await loggedIn();
    await page.goto("/admin/organisaties");
    await checkPage(page, "admin-organisations");
    await page.getByLabel("Soort organisatie").selectOption({ label: "Opdrachtnemer" });
    await page.getByLabel("Naam of KvK-nummer").fill(NEW_CONTRACT.kvkNumber);
    await page.getByRole("button", { name: "Zoeken" }).click();
    await page.waitForURL((url) => url.searchParams.get("zoek") === NEW_CONTRACT.kvkNumber);
    await checkPage(page, "admin-organisations-search");
    const organisation = page.getByRole("article", { name: NEW_CONTRACT.contractor });
    const member = organisation.getByRole("row", { name: new RegExp(NEW_CONTRACT.contactName) });
    await expect(member.textContent()).resolves.toContain(NEW_CONTRACT.contactEmail);
    await expect(member.textContent()).resolves.toContain("Beheerder opdrachtnemer");
    await expect(member.textContent()).resolves.toContain("Uitnodiging verstuurd");
    await expect(page.getByRole("article").count()).resolves.toBe(1);
  });

  it("shows the platform's audit trail, filtered and paged", async () => {
    const page = await loggedIn("admin@platform.demo");
    await page.goto("/admin/audit");
    await checkPage(page, "admin-audit");
    await expect(page.locator("main tbody tr").count()).resolves.toBe(25);
    const navigation = page.getByRole("navigation", { name: "Audittrail: pagina's" });
    await navigation.getByRole("link", { name: "Volgende" }).click();
    await page.waitForURL((url) => url.searchParams.get("pagina") === "2");
    await checkPage(page, "admin-audit-page-2");
    await expect(navigation.textContent()).resolves.toMatch(/^26–\d+/);

    await page.getByLabel("Gebeurtenis").selectOption({
      label: "Gegevens gecorrigeerd en SR-verplichting opnieuw berekend",
    });
    await page.getByLabel("Door (e-mailadres)").fill("coordinator@amersfoort");
    await page.getByLabel("Vanaf").fill(day(-1));
    await page.getByRole("button", { name: "Filteren" }).click();
    await page.waitForURL(
      (url) => url.searchParams.get("actie") === "contract.correct.recomputeObligation",
    );
    await checkPage(page, "admin-audit-filtered");
    expect(new URL(page.url()).searchParams.has("pagina")).toBe(false);
    const rows = page.locator("main tbody tr");
    await expect(rows.count()).resolves.toBeGreaterThanOrEqual(1);
    const first = rows.first();
    await expect(first.textContent()).resolves.toContain(NEW_CONTRACT.reference);
    await first.getByText(/\d+ velden/).click();
    await expect(first.textContent()).resolves.toMatch(/€ 480\.000,00.*€ 520\.000,50/);
    await checkPage(page, "admin-audit-details-open");
  });

  it("fits a phone: the form and the organisations", async () => {
    const page = await loggedIn(COORDINATOR, PHONE);
    for (const [path, name] of [
      ["/admin/opdrachten/nieuw", "phone-admin-contract-new"],
      ["/admin/organisaties", "phone-admin-organisations"],
      ["/admin/audit", "phone-admin-audit"],
    ] as const) {
      await page.goto(path);
      await checkPage(page, name);
      await expect(pageOverflowsHorizontally(page)).resolves.toBe(false);
    }
  });

  it("e-mails the new contractor's contact an invitation into the portal", async () => {
    const page = await openPage(browser);
    await page.goto("/dev/mailbox");
    const mail = page
      .getByRole("article")
      .filter({ hasText: `Aan ${NEW_CONTRACT.contactEmail}` })
      .filter({ hasText: "Uitnodiging voor het Social Return platform" });
    await expect(mail.count()).resolves.toBe(1);
    await expect(mail.textContent()).resolves.toContain(`Beste ${NEW_CONTRACT.contactName},`);
    await expect(mail.textContent()).resolves.toContain(NEW_CONTRACT.contractor);
    const link = (await mail.getByRole("link").getAttribute("href")) ?? "";
    const url = new URL(link);
    expect(url.pathname).toBe("/portal/wachtwoord");
    expect(url.searchParams.get("token")).toMatch(/.{20,}/);

    // The contact follows the link, chooses a password and is logged in to the portal.
    await page.goto(`${url.pathname}${url.search}`);
    await checkPage(page, "journey-portal-choose-password");
    await page.getByLabel("Nieuw wachtwoord").fill("glashelder wijkcentra 2026");
    await page.getByLabel("Herhaal het nieuwe wachtwoord").fill("glashelder wijkcentra 2026");
    await page.getByRole("button", { name: "Wachtwoord opslaan" }).click();
    await page.waitForURL((address) => !address.pathname.endsWith("/wachtwoord"));
    await page.goto("/portal/opdrachten");
    await checkPage(page, "journey-portal-contracts");
    // The contract, with the obligation as the coordinator corrected it, to the cent.
    await page.getByRole("link", { name: new RegExp(NEW_CONTRACT.reference) }).waitFor();
    await expect(page.locator("main").textContent()).resolves.toContain("€ 26.000,03");
  });
});
