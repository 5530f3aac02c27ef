// The life of one contract across both apps, every step through the screens: the contractor drafts
// and submits a plan van aanpak, the WSP asks for a change, the contractor resubmits and the WSP
// approves; the contractor reports three realisations with evidence, the WSP accepts two and
// rejects one, which the contractor corrects and the WSP then accepts; the progress is right to the
// cent on both sides at each point; after the end date the gemeente records the eindbeoordeling
// and both sides download the assessment letter.
//
// The contract: services of € 800.000,00 for Groenbeheer Spaarne in Amersfoort, 1 January through
// 31 October 2026 (ended before today), 5 % → € 40.000,00 owed. The Amersfoort concept catalogue is
// a copy of Utrecht's: basis 36 hours a week, Participatiewet € 40.000,00 per fte-year, purchases
// from a social enterprise count 100 %, sharing knowledge € 100,00 per hour.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { browserAvailable, checkPage, launchBrowser, type TestPage } from "../support/browser.js";
import {
  addPlanLine,
  asSomeone,
  attached,
  CONSULTANT,
  COORDINATOR,
  confirmIntake,
  dataList,
  isRealisationPage,
  PNG,
  pdf,
  planSummary,
  registerContract,
  rows,
  SPAARNE_ADMIN,
  SPAARNE_KVK,
} from "../support/contracts.js";

const PW = "Participatiewet";
const PURCHASE = "Inkopen bij sociaal ondernemers en/of sociale werkvoorziening";
const KNOWLEDGE = "Delen van kennis, expertise en/of middelen met de doelgroep";

async function attachEvidence(page: TestPage, name: string, mimeType: string, buffer: Buffer) {
  const before = await attached(page).count();
  await page
    .getByLabel("Bewijs toevoegen (niet verplicht)")
    .setInputFiles({ name, mimeType, buffer });
  await expect.poll(() => attached(page).count()).toBe(before + 1);
}

/** Submits the open realisation form and returns the server's value from the entry's page. */
async function submitRealisation(page: TestPage, screenshot: string): Promise<string | null> {
  await checkPage(page, screenshot);
  await page.getByRole("button", { name: "Verantwoording indienen" }).click();
  await page.waitForURL(isRealisationPage);
  await page.getByText("Uw verantwoording is ingediend.", { exact: false }).waitFor();
  return page.locator("main .sroi-realisation-total").getAttribute("data-amount");
}

/** The WSP's review of one entry, from the admin contract page. */
async function review(
  page: TestPage,
  contractId: string,
  blockName: string,
  decision: { accept: true } | { accept: false; reason: string },
) {
  await page.goto(`/admin/opdrachten/${contractId}`);
  const table = page.getByRole("table", { name: /^Verantwoordingen van de opdrachtnemer/ });
  const link = table.getByRole("link", { name: blockName });
  await link.waitFor();
  await link.click();
  await page.waitForURL(isRealisationPage);
  await page.getByRole("button", { name: "Accepteren" }).waitFor();
  if (decision.accept) {
    await page.getByRole("button", { name: "Accepteren" }).click();
    await page.getByText("De verantwoording is geaccepteerd.", { exact: false }).waitFor();
  } else {
    await page.getByLabel("Toelichting of reden").fill(decision.reason);
    await page.getByRole("button", { name: "Afwijzen" }).click();
    await page.getByText("De verantwoording is afgewezen.", { exact: false }).waitFor();
  }
}

/** The Voortgang section's figures on the contract page of either app. */
async function progressFigures(page: TestPage, app: "admin" | "portal", contractId: string) {
  await page.goto(`/${app}/opdrachten/${contractId}`);
  const progress = page.getByRole("region", { name: "Voortgang" });
  await progress.waitFor();
  return dataList(progress);
}

describe.skipIf(!browserAvailable)("a contract from plan to eindbeoordeling", () => {
  let browser: Browser;
  let contractId: string;
  let contractor: TestPage;
  let consultant: TestPage;
  let coordinator: TestPage;
  beforeAll(async () => {
    browser = await launchBrowser();
    coordinator = await asSomeone(browser, COORDINATOR);
    consultant = await asSomeone(browser, CONSULTANT);
    contractor = await asSomeone(browser, SPAARNE_ADMIN);
    // Registration and intake have their own journeys (admin-register, portal-contracts).
    const contract = await registerContract(
      coordinator,
      {
        reference: "AMF-E2E-REIS",
        title: "Groenonderhoud wijkparken Vathorst",
        kind: "SERVICES",
        valueExclVat: "800000.00",
        awardDate: "2025-12-01",
        startDate: "2026-01-01",
        endDate: "2026-10-31",
      },
      SPAARNE_KVK,
    );
    await confirmIntake(consultant, contract);
    contractId = contract.id;
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("the plan van aanpak: drafted, sent back by the WSP, resubmitted and approved", async () => {
    await contractor.goto(`/portal/opdrachten/${contractId}`);
    const section = contractor.getByRole("region", { name: "Plan van aanpak" });
    await section.getByRole("link", { name: "Plan opstellen" }).click();
    await contractor.waitForURL(`**/portal/opdrachten/${contractId}/plan`);

    // 1 person, 36 of 36 hours, 1 January – 30 June 2026 = 181 days:
    // € 40.000,00 × 181/365 = € 19.835,616… → € 19.835,62.
    const employment = await addPlanLine(contractor, PW);
    await employment.getByLabel("Uren per week").fill("36");
    await employment.getByLabel("Begindatum").fill("2026-01-01");
    await employment.getByLabel("Einddatum").fill("2026-06-30");
    // Purchases of € 12.000,00 excl. btw count in full.
    const purchase = await addPlanLine(contractor, PURCHASE);
    await purchase.getByLabel("Bedrag excl. btw").fill("12000");
    // € 31.835,62 of € 40.000,00; € 8.164,38 to go.
    await expect.poll(() => planSummary(contractor, "total")).toBe("31835.62");
    await expect(planSummary(contractor, "gap")).resolves.toBe("8164.38");
    await checkPage(contractor, "journey-plan-v1");
    await contractor
      .getByRole("button", { name: "Opslaan en indienen bij WSP regio Amersfoort" })
      .click();
    await contractor.locator("[data-plan-notice=submitted]").waitFor();
    await expect(
      contractor.locator("[data-plan-notice=submitted]").textContent(),
    ).resolves.toContain(
      "Versie 1 is ingediend bij WSP regio Amersfoort. Totaal € 31.835,62, 79,59 %",
    );

    const comment = "Voeg ook kennisdeling met de doelgroep toe, zodat de verplichting gedekt is.";
    await consultant.goto(`/admin/opdrachten/${contractId}/plan`);
    const firstReview = consultant.getByRole("form", { name: "Versie 1 beoordelen" });
    await firstReview.waitFor();
    await consultant.getByLabel("Opmerking voor de opdrachtnemer").fill(comment);
    await firstReview.getByRole("button", { name: "Wijzigingen vragen" }).click();
    await consultant
      .getByText("U heeft om wijzigingen gevraagd in versie 1.", { exact: false })
      .waitFor();

    await contractor.goto(`/portal/opdrachten/${contractId}`);
    await expect.poll(() => section.textContent()).toContain(comment);
    await section.getByRole("link", { name: "Plan wijzigen" }).click();
    await contractor.waitForURL(`**/portal/opdrachten/${contractId}/plan`);
    await contractor
      .getByRole("heading", { name: "WSP regio Amersfoort vraagt om wijzigingen" })
      .waitFor();
    // 40 hours × € 100,00 = € 4.000,00: € 35.835,62 in all, 89,59 %.
    const knowledge = await addPlanLine(contractor, KNOWLEDGE);
    await knowledge.getByLabel("Aantal uren").fill("40");
    await expect.poll(() => planSummary(contractor, "total")).toBe("35835.62");
    await checkPage(contractor, "journey-plan-v2");
    await contractor
      .getByRole("button", { name: "Opslaan en indienen bij WSP regio Amersfoort" })
      .click();
    await contractor.locator("[data-plan-notice=submitted]").waitFor();
    await expect(
      contractor.locator("[data-plan-notice=submitted]").textContent(),
    ).resolves.toContain(
      "Versie 2 is ingediend bij WSP regio Amersfoort. Totaal € 35.835,62, 89,59 %",
    );
    // The contractor looks at the contract, then moves on to the list while the WSP reviews.
    await contractor.getByRole("link", { name: "Terug naar de opdracht" }).click();
    await expect.poll(() => dataList(section)).toMatchObject({ Versie: "2", Status: "Ingediend" });
    await contractor
      .getByRole("navigation", { name: "Hoofdmenu" })
      .getByRole("link", { name: "Mijn opdrachten" })
      .click();
    await contractor.waitForURL("**/portal/opdrachten");

    await consultant.goto(`/admin/opdrachten/${contractId}/plan`);
    const differences = consultant.getByRole("table", { name: "Verschillen met versie 1" });
    await differences.waitFor();
    await expect(rows(differences).then((found) => found.map((row) => row[0]))).resolves.toEqual([
      "Ongewijzigd",
      "Ongewijzigd",
      "Toegevoegd",
    ]);
    await checkPage(consultant, "journey-plan-review-v2");
    await consultant
      .getByRole("form", { name: "Versie 2 beoordelen" })
      .getByRole("button", { name: "Goedkeuren" })
      .click();
    await consultant
      .getByText("Versie 2 is goedgekeurd. De opdracht is nu In uitvoering.")
      .waitFor();

    // Back to the contract in the same open app (no reload): it shows the approval, not the
    // "Ingediend" it had read before.
    await contractor.getByRole("link", { name: "Groenonderhoud wijkparken Vathorst" }).click();
    await contractor.waitForURL(`**/portal/opdrachten/${contractId}`);
    await expect
      .poll(() => dataList(section))
      .toMatchObject({ Versie: "2", Status: "Goedgekeurd" });
  });

  it("three realisations with evidence: two accepted, one rejected, corrected and accepted", async () => {
    const form = `/portal/opdrachten/${contractId}/verantwoording/nieuw`;
    // Employment, as planned: € 19.835,62.
    await contractor.goto(form);
    await contractor.getByLabel("Wat heeft u gerealiseerd?").selectOption("PW");
    await contractor.getByLabel("Kenmerk van de persoon").fill("GS-2026-01");
    await contractor
      .getByLabel("Woongemeente (niet verplicht)")
      .selectOption({ label: "Amersfoort" });
    await contractor.getByLabel("Uren per week").fill("36");
    await contractor.getByLabel("Begindatum").fill("2026-01-01");
    await contractor.getByLabel("Einddatum").fill("2026-06-30");
    await attachEvidence(contractor, "arbeidsovereenkomst.pdf", "application/pdf", pdf("contract"));
    await expect(submitRealisation(contractor, "journey-realisation-pw")).resolves.toBe("19835.62");

    // An invoice of € 12.345,67 excl. btw from a social enterprise: € 12.345,67.
    await contractor.goto(form);
    await contractor.getByLabel("Wat heeft u gerealiseerd?").selectOption("INKOOP");
    await contractor.getByLabel("Naam van de sociale onderneming").fill("Werkbedrijf Eemvallei");
    await contractor.getByLabel("Factuurnummer").fill("WE-2026-0412");
    await contractor.getByLabel("Factuurdatum").fill("2026-04-12");
    await contractor.getByLabel("Factuurbedrag excl. btw").fill("12.345,67");
    await attachEvidence(contractor, "factuur.png", "image/png", PNG);
    await expect(submitRealisation(contractor, "journey-realisation-inkoop")).resolves.toBe(
      "12345.67",
    );

    // Knowledge shared: 40 hours × € 100,00 = € 4.000,00.
    await contractor.goto(form);
    await contractor.getByLabel("Wat heeft u gerealiseerd?").selectOption("KENNIS");
    await contractor
      .getByLabel(/^Omschrijving van de activiteit/)
      .fill("Gastlessen groenonderhoud op het Vakcollege");
    await contractor.getByLabel(/^Datum/).fill("2026-09-15");
    await contractor.getByLabel(/^Aantal uren/).fill("40");
    await attachEvidence(contractor, "presentielijst.pdf", "application/pdf", pdf("presentie"));
    await expect(submitRealisation(contractor, "journey-realisation-kennis")).resolves.toBe(
      "4000.00",
    );

    // Before any review everything is pending: € 36.181,29.
    await expect(progressFigures(contractor, "portal", contractId)).resolves.toMatchObject({
      "Geaccepteerd (telt mee)": "€ 0,00",
      "Ingediend, nog te beoordelen": "€ 36.181,29",
      "Nog te realiseren": "€ 40.000,00",
    });

    const reason = "Er staan 36 uren op de presentielijst, geen 40. Pas het aantal uren aan.";
    await review(consultant, contractId, PW, { accept: true });
    await review(consultant, contractId, PURCHASE, { accept: true });
    await review(consultant, contractId, KNOWLEDGE, { accept: false, reason });
    await checkPage(consultant, "journey-realisation-rejected");

    // Accepted 19.835,62 + 12.345,67 = 32.181,29 of 40.000 → 80,453… % → 80,45 %;
    // 40.000 − 32.181,29 = 7.818,71 to go; 4.000 rejected.
    const afterReview = {
      "SR-verplichting": "€ 40.000,00",
      "Geaccepteerd (telt mee)": "€ 32.181,29",
      "Ingediend, nog te beoordelen": "€ 0,00",
      Afgewezen: "€ 4.000,00",
      Gerealiseerd: "80,45 % van de verplichting",
      "Nog te realiseren": "€ 7.818,71",
    };
    await expect(progressFigures(contractor, "portal", contractId)).resolves.toEqual({
      ...afterReview,
      "Gepland in uw goedgekeurde plan van aanpak": "€ 35.835,62",
    });
    await checkPage(contractor, "journey-progress-after-review");

    // The contractor reads the reason, corrects the hours and adds the signed list.
    const table = contractor.getByRole("table", { name: /^Uw verantwoordingen/ });
    const rejected = table.getByRole("row", { name: new RegExp(KNOWLEDGE) });
    await expect(rejected.textContent()).resolves.toContain(reason);
    await rejected.getByRole("link").click();
    await contractor.waitForURL(isRealisationPage);
    await contractor.getByRole("link", { name: "Corrigeren" }).click();
    await contractor.waitForURL("**/corrigeren");
    await contractor.getByLabel(/^Aantal uren/).fill("36");
    await attachEvidence(
      contractor,
      "presentielijst-getekend.pdf",
      "application/pdf",
      pdf("getekend"),
    );
    await checkPage(contractor, "journey-realisation-correct");
    await contractor.getByRole("button", { name: "Correctie indienen" }).click();
    await contractor.waitForURL(isRealisationPage);
    await contractor.getByText("Uw correctie is ingediend.", { exact: false }).waitFor();
    // 36 hours × € 100,00 = € 3.600,00, waiting for the WSP again.
    await expect(
      contractor.locator("main .sroi-realisation-total").getAttribute("data-amount"),
    ).resolves.toBe("3600.00");
    await expect(progressFigures(contractor, "portal", contractId)).resolves.toMatchObject({
      "Geaccepteerd (telt mee)": "€ 32.181,29",
      "Ingediend, nog te beoordelen": "€ 3.600,00",
      Afgewezen: "€ 0,00",
      "Nog te realiseren": "€ 7.818,71",
    });

    await review(consultant, contractId, KNOWLEDGE, { accept: true });
    // Both evidence files of the corrected entry are kept with it.
    await expect(
      consultant
        .locator(".sroi-evidence-list li")
        .allTextContents()
        .then((texts) => texts.map((text) => text.replace(/ \(.*$/, "")).sort()),
    ).resolves.toEqual(["presentielijst-getekend.pdf", "presentielijst.pdf"]);

    // Accepted 32.181,29 + 3.600 = 35.781,29 → 89,453… % → 89,45 %; 4.218,71 to go.
    const final = {
      "SR-verplichting": "€ 40.000,00",
      "Geaccepteerd (telt mee)": "€ 35.781,29",
      "Ingediend, nog te beoordelen": "€ 0,00",
      Afgewezen: "€ 0,00",
      Gerealiseerd: "89,45 % van de verplichting",
      "Nog te realiseren": "€ 4.218,71",
    };
    await expect(progressFigures(consultant, "admin", contractId)).resolves.toEqual({
      ...final,
      "Gepland in het goedgekeurde plan van aanpak": "€ 35.835,62",
    });
    await checkPage(consultant, "journey-progress-admin");
    await expect(progressFigures(contractor, "portal", contractId)).resolves.toEqual({
      ...final,
      "Gepland in uw goedgekeurde plan van aanpak": "€ 35.835,62",
    });
  });

  it("the eindbeoordeling: a sanction of the unrealised part, and the letter on both sides", async () => {
    await coordinator.goto(`/admin/opdrachten/${contractId}`);
    const assessment = coordinator.getByRole("region", { name: "Eindbeoordeling" });
    await assessment.getByRole("link", { name: "Eindbeoordeling vastleggen" }).click();
    await coordinator.waitForURL(`**/admin/opdrachten/${contractId}/eindbeoordeling`);
    const standing = coordinator.getByRole("region", { name: "Stand van de verplichting" });
    await expect
      .poll(() => dataList(standing))
      .toEqual({
        "SR-verplichting": "€ 40.000,00",
        Geaccepteerd: "€ 35.781,29",
        "Niet gerealiseerd": "€ 4.218,71",
      });
    await coordinator.getByLabel("Sanctie", { exact: true }).check();
    await expect(coordinator.getByLabel("Bedrag van de sanctie (euro)").inputValue()).resolves.toBe(
      "4218,71",
    );
    await checkPage(coordinator, "journey-assessment-form");
    await coordinator.getByRole("button", { name: "Eindbeoordeling opslaan" }).click();
    // A sanction is asked once more before it is saved.
    await coordinator.getByRole("heading", { name: "Sanctie van € 4.218,71 opleggen?" }).waitFor();
    await checkPage(coordinator, "journey-assessment-confirm");
    await coordinator.getByRole("button", { name: "Ja, sanctie opleggen" }).click();
    await coordinator.waitForURL(`**/admin/opdrachten/${contractId}`);
    await expect
      .poll(() => dataList(assessment))
      .toMatchObject({
        Uitkomst: "Sanctie van € 4.218,71",
        "SR-verplichting": "€ 40.000,00",
        "Geaccepteerd bij de beoordeling": "€ 35.781,29",
      });
    await checkPage(coordinator, "journey-assessment-saved");

    for (const [page, app] of [
      [coordinator, "admin"],
      [contractor, "portal"],
    ] as const) {
      await page.goto(`/${app}/opdrachten/${contractId}`);
      const link = page
        .getByRole("region", { name: "Eindbeoordeling" })
        .getByRole("link", { name: "Beoordelingsbrief downloaden (PDF)" });
      await link.waitFor();
      const letter = await page.request.get((await link.getAttribute("href")) ?? "");
      expect(letter.status()).toBe(200);
      expect(letter.headers()["content-type"]).toBe("application/pdf");
      expect((await letter.body()).subarray(0, 5).toString()).toBe("%PDF-");
    }
    await checkPage(contractor, "journey-assessment-portal");
  });
});
