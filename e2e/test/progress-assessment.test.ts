// Voortgang and eindbeoordeling across both apps: a contract with an approved plan and accepted,
// pending and rejected realisations shows the same figures to the cent in the portal and in the
// admin app, with its report periods; the gemeente then assesses it (refusals in Dutch, a
// conflicting change that loses nothing, the sanction defaulting to the gap) and both sides get
// the letter as a PDF. A small contract's one community activity fulfils its obligation.
import { fileURLToPath } from "node:url";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  browserAvailable,
  checkPage,
  launchBrowser,
  PHONE,
  pageOverflowsHorizontally,
  type TestPage,
} from "../support/browser.js";
import {
  asSomeone,
  CONSULTANT,
  COORDINATOR,
  confirmIntake,
  dataList,
  mutate,
  registerContract,
  rows,
  SPAARNE_ADMIN,
  SPAARNE_KVK,
  type WithId,
} from "../support/contracts.js";
import { graphqlAs } from "../support/session.js";

// Dates as the API sees them: calendar days in the Netherlands.
const isoDay = (moment: Date) =>
  new Intl.DateTimeFormat("en-CA", {
    timeZone: "Europe/Amsterdam",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(moment);
const TODAY = isoDay(new Date());
const addDays = (iso: string, days: number) => {
  const [year, month, day] = iso.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
};
const YESTERDAY = addDays(TODAY, -1);
const MONTHS =
  "januari februari maart april mei juni juli augustus september oktober november december".split(
    " ",
  );
/** "22 november 2026", as the apps write a date */
const dutch = (iso: string) => {
  const [year, month, day] = iso.split("-").map(Number) as [number, number, number];
  return `${day} ${MONTHS[month - 1]} ${year}`;
};

const SAVE_PLAN = `mutation ($contractId: ID!, $lines: [PlanLineInput!]!) {
  savePlan(contractId: $contractId, reportFrequency: QUARTERLY, lines: $lines) {
    __typename ... on PlanVersion { id version total } ... on Error { message } } }`;
const SUBMIT_PLAN = `mutation ($id: ID!, $v: Int!) { submitPlan(planId: $id, version: $v) {
  __typename ... on PlanVersion { id version } ... on Error { message } } }`;
const APPROVE_PLAN = `mutation ($id: ID!, $v: Int!) { reviewPlan(planId: $id, version: $v, approve: true) {
  __typename ... on PlanVersion { id version status } ... on Error { message } } }`;
const SUBMIT_REALISATION = `mutation ($contractId: ID!, $input: RealisationInput!) {
  submitRealisation(contractId: $contractId, input: $input) {
    __typename ... on Realisation { id version value } ... on Error { message } } }`;
const REVIEW_REALISATION = `mutation ($id: ID!, $v: Int!, $accept: Boolean!, $reason: String) {
  reviewRealisation(id: $id, version: $v, accept: $accept, reason: $reason) {
    __typename ... on Realisation { id version status } ... on Error { message } } }`;
const CONTRACT_VERSION = "query ($id: ID!) { contract(id: $id) { version status } }";

/** The rows of the report periods table, each as its cells' texts. */
const reportRows = (page: TestPage) =>
  rows(page.getByRole("table", { name: /^Rapportageperiodes/ }));

describe.skipIf(!browserAvailable)("voortgang and eindbeoordeling", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  describe("an amount obligation with accepted, pending and rejected realisations", () => {
    let coordinator: TestPage;
    let consultant: TestPage;
    let contractor: TestPage;
    let contract: WithId;
    beforeAll(async () => {
      coordinator = await asSomeone(browser, COORDINATOR);
      consultant = await asSomeone(browser, CONSULTANT);
      contractor = await asSomeone(browser, SPAARNE_ADMIN);

      // Works of € 5.200.000,00 for Groenbeheer Spaarne, January to June 2025: long ended, so it can
      // be assessed. Obligation 5.200.000 × 5 % = € 260.000,00.
      contract = await registerContract(
        coordinator,
        {
          reference: "AMF-E2E-VOORTGANG",
          title: "Onderhoud kades Eem",
          kind: "WORKS",
          valueExclVat: "5200000.00",
          awardDate: "2024-12-01",
          startDate: "2025-01-01",
          endDate: "2025-06-30",
        },
        SPAARNE_KVK,
      );
      // The contract goes into execution once the intake is confirmed and the plan approved.
      await confirmIntake(consultant, contract);
      // Plan, quarterly reports: PW 1 person 36 h/week 1 Jan–30 Jun 2025 = 40.000 × 36/36 ×
      // 181/365 = 19.835,616… → 19.835,62; social purchase 5.000,00 × 100 % = 5.000,00.
      // Planned 24.835,62.
      const plan = await mutate<WithId & { total: string }>(contractor, "savePlan", SAVE_PLAN, {
        contractId: contract.id,
        lines: [
          {
            blockCode: "PW",
            people: 1,
            hoursPerWeek: "36",
            startDate: "2025-01-01",
            endDate: "2025-06-30",
          },
          { blockCode: "INKOOP", amountExclVat: "5000.00" },
        ],
      });
      expect(plan.total).toBe("24835.62");
      const submitted = await mutate<WithId>(contractor, "submitPlan", SUBMIT_PLAN, {
        id: plan.id,
        v: plan.version,
      });
      await mutate(consultant, "reviewPlan", APPROVE_PLAN, {
        id: submitted.id,
        v: submitted.version,
      });

      const report = (input: Record<string, unknown>) =>
        mutate<WithId & { value: string }>(contractor, "submitRealisation", SUBMIT_REALISATION, {
          contractId: contract.id,
          input,
        });
      const review = (r: WithId, accept: boolean, reason?: string) =>
        mutate(consultant, "reviewRealisation", REVIEW_REALISATION, {
          id: r.id,
          v: r.version,
          accept,
          reason,
        });
      // PW 24 h/week 1 Jan–31 Mar 2025 (90 days): 40.000 × 24/36 × 90/365 = 6.575,342… → 6.575,34
      const employment = await report({
        blockCode: "PW",
        personRef: "K-101",
        hoursPerWeek: "24",
        startDate: "2025-01-01",
        endDate: "2025-03-31",
      });
      expect(employment.value).toBe("6575.34");
      // Invoice of a social enterprise: 2.500,50 × 100 % = 2.500,50
      const purchase = await report({
        blockCode: "INKOOP",
        amountExclVat: "2500.50",
        supplierName: "Werkbedrijf Eemvallei",
        invoiceNumber: "F-2025-17",
        invoiceDate: "2025-05-12",
      });
      expect(purchase.value).toBe("2500.50");
      // Community activity: 12 h × € 100,00 = 1.200,00, left for review
      const pending = await report({
        blockCode: "INITIATIEF",
        hours: "12",
        description: "Schilderen buurthuis",
      });
      expect(pending.value).toBe("1200.00");
      // 5 h × € 100,00 = 500,00, rejected
      const rejected = await report({
        blockCode: "INITIATIEF",
        hours: "5",
        description: "Opruimen speeltuin",
      });
      expect(rejected.value).toBe("500.00");
      await review(employment, true);
      await review(purchase, true);
      await review(rejected, false, "Geen urenstaat bijgevoegd.");
    });

    // Accepted 6.575,34 + 2.500,50 = 9.075,84 of 260.000 → 3,490… % → 3,49 %;
    // still to realise 260.000 − 9.075,84 = 250.924,16. Pending 1.200, rejected 500.
    const FIGURES = {
      "SR-verplichting": "€ 260.000,00",
      "Geaccepteerd (telt mee)": "€ 9.075,84",
      "Ingediend, nog te beoordelen": "€ 1.200,00",
      Afgewezen: "€ 500,00",
      Gerealiseerd: "3,49 % van de verplichting",
      "Nog te realiseren": "€ 250.924,16",
    };
    // Two quarters ended long ago; the four realisations came in today, so the first two count as
    // the (late) reports for Q1 and Q2. A quarter is due 14 days after it ends.
    const PERIODS = [
      ["1 januari 2025 t/m 31 maart 2025", "Te laat ingediend", "14 april 2025", dutch(TODAY)],
      ["1 april 2025 t/m 30 juni 2025", "Te laat ingediend", "14 juli 2025", dutch(TODAY)],
    ];

    it("the portal shows the progress to the cent and the report periods, also on a phone", async () => {
      await contractor.goto(`/portal/opdrachten/${contract.id}`);
      const portalProgress = contractor.getByRole("region", { name: "Voortgang" });
      await portalProgress.waitFor();
      await checkPage(contractor, "portal-progress");
      await expect(dataList(portalProgress)).resolves.toEqual({
        ...FIGURES,
        "Gepland in uw goedgekeurde plan van aanpak": "€ 24.835,62",
      });
      const meter = portalProgress.getByRole("meter");
      await expect(meter.getAttribute("aria-label")).resolves.toBe(
        "Gerealiseerd: 3,49 % van de SR-verplichting",
      );
      await expect(meter.getAttribute("value")).resolves.toBe("3.49");
      await expect(reportRows(contractor)).resolves.toEqual(PERIODS);
      await expect(portalProgress.textContent()).resolves.toContain(
        "Afgesproken: rapporteren per kwartaal.",
      );
      const portalAssessment = contractor.getByRole("region", { name: "Eindbeoordeling" });
      await expect(portalAssessment.textContent()).resolves.toContain("Dat is nog niet gebeurd.");

      // On a phone the figures stack and the table scrolls in its own box, not the page.
      const phone = await asSomeone(browser, SPAARNE_ADMIN, PHONE);
      await phone.goto(`/portal/opdrachten/${contract.id}`);
      const phoneProgress = phone.getByRole("region", { name: "Voortgang" });
      await phoneProgress.waitFor();
      await checkPage(phone, "phone-portal-progress");
      await expect(pageOverflowsHorizontally(phone)).resolves.toBe(false);
      // The section on its own, to look at
      await phoneProgress.screenshot({
        path: fileURLToPath(
          new URL("../screenshots/phone-portal-progress-section.png", import.meta.url),
        ),
      });
    });

    it("the admin app shows the same figures", async () => {
      await coordinator.goto(`/admin/opdrachten/${contract.id}`);
      const adminProgress = coordinator.getByRole("region", { name: "Voortgang" });
      await adminProgress.waitFor();
      await checkPage(coordinator, "admin-progress");
      await expect(dataList(adminProgress)).resolves.toEqual({
        ...FIGURES,
        "Gepland in het goedgekeurde plan van aanpak": "€ 24.835,62",
      });
      await expect(reportRows(coordinator)).resolves.toEqual(PERIODS);
    });

    it("the gemeente assesses it: refusals in Dutch, a conflict loses nothing, the sanction defaults to the gap", async () => {
      await coordinator.goto(`/admin/opdrachten/${contract.id}`);
      const adminAssessment = coordinator.getByRole("region", { name: "Eindbeoordeling" });
      await adminAssessment.waitFor();
      await expect(adminAssessment.textContent()).resolves.toContain(
        "Er is nog geen eindbeoordeling vastgelegd. De einddatum van de opdracht is 30 juni 2025.",
      );
      await adminAssessment.getByRole("link", { name: "Eindbeoordeling vastleggen" }).click();
      await coordinator.waitForURL(`**/admin/opdrachten/${contract.id}/eindbeoordeling`);
      const standing = coordinator.getByRole("region", { name: "Stand van de verplichting" });
      await standing.waitFor();
      await checkPage(coordinator, "admin-assessment-form");
      await expect(coordinator.locator("h1").textContent()).resolves.toBe(
        "Eindbeoordeling AMF-E2E-VOORTGANG",
      );
      await expect(dataList(standing)).resolves.toEqual({
        "SR-verplichting": "€ 260.000,00",
        Geaccepteerd: "€ 9.075,84",
        "Niet gerealiseerd": "€ 250.924,16",
      });
      await expect(standing.textContent()).resolves.toContain(
        "Er liggen nog verantwoordingen ter waarde van € 1.200,00 ter beoordeling.",
      );

      const save = coordinator.getByRole("button", { name: "Eindbeoordeling opslaan" });
      const summary = coordinator.locator(".sroi-error-summary");
      await save.click();
      await expect
        .poll(() => summary.textContent())
        .toContain("Kies de uitkomst van de eindbeoordeling.");
      await checkPage(coordinator, "admin-assessment-no-outcome");

      // A waiver without a reason is refused, in Dutch, at the field and in the summary.
      await coordinator.getByLabel("Kwijtgescholden", { exact: true }).check();
      await save.click();
      await expect
        .poll(() => summary.textContent())
        .toContain("Leg uit waarom de verplichting wordt kwijtgescholden.");
      await expect(coordinator.locator("#toelichting-fout").textContent()).resolves.toBe(
        "Leg uit waarom de verplichting wordt kwijtgescholden.",
      );
      await expect(coordinator.locator("#toelichting").getAttribute("aria-invalid")).resolves.toBe(
        "true",
      );
      await expect(
        coordinator.evaluate(() => document.activeElement?.className),
      ).resolves.toContain("sroi-error-summary");
      await checkPage(coordinator, "admin-assessment-waived-no-reason");

      // Someone else moves the contract on meanwhile: the save is refused, nothing typed is lost.
      const reason = "De opdracht is in maart stopgezet; de verplichting vervalt.";
      await coordinator.locator("#toelichting").fill(reason);
      const before = await graphqlAs<{ contract: { version: number } }>(
        coordinator,
        CONTRACT_VERSION,
        { id: contract.id },
      );
      await mutate(
        consultant,
        "changeContractStatus",
        `mutation ($id: ID!, $v: Int!) { changeContractStatus(id: $id, version: $v, status: ASSESSMENT) {
          __typename ... on Contract { id } ... on Error { message } } }`,
        { id: contract.id, v: before.contract.version },
      );
      await save.click();
      const conflict = coordinator.getByRole("alert").filter({
        hasText: "Iemand anders heeft deze opdracht gewijzigd",
      });
      await conflict.waitFor();
      await expect(conflict.textContent()).resolves.toContain("Uw invoer is bewaard");
      await expect(
        coordinator.getByLabel("Kwijtgescholden", { exact: true }).isChecked(),
      ).resolves.toBe(true);
      await expect(coordinator.locator("#toelichting").inputValue()).resolves.toBe(reason);
      await checkPage(coordinator, "admin-assessment-conflict");
      await conflict.getByRole("button", { name: "Laad de nieuwe gegevens" }).click();
      await coordinator.getByText("De nieuwe gegevens zijn geladen").waitFor();
      await expect(coordinator.locator("#toelichting").inputValue()).resolves.toBe(reason);

      // A sanction starts at the unrealised part; another amount needs a reason.
      await coordinator.getByLabel("Sanctie", { exact: true }).check();
      const amount = coordinator.getByLabel("Bedrag van de sanctie (euro)");
      await expect(amount.inputValue()).resolves.toBe("250924,16");
      await coordinator.locator("#toelichting").fill("");
      await amount.fill("1000");
      await save.click();
      await expect
        .poll(() => summary.textContent())
        .toContain(
          "De sanctie wijkt af van het niet-gerealiseerde deel (€ 250.924,16): leg uit waarom.",
        );
      await checkPage(coordinator, "admin-assessment-sanction-changed");
      await amount.fill("250.924,16");
      await save.click();
      await coordinator.getByRole("button", { name: "Ja, sanctie opleggen" }).click();

      // Back on the contract page: the outcome, its figures and the letter.
      await coordinator.waitForURL(`**/admin/opdrachten/${contract.id}`);
      await expect
        .poll(() => coordinator.locator(".sroi-flash").textContent())
        .toBe(
          "De eindbeoordeling is vastgelegd: Sanctie van € 250.924,16. De beoordelingsbrief staat bij de eindbeoordeling.",
        );
      const assessed = coordinator.getByRole("region", { name: "Eindbeoordeling" });
      await expect
        .poll(() => dataList(assessed))
        .toMatchObject({
          Uitkomst: "Sanctie van € 250.924,16",
          "SR-verplichting": "€ 260.000,00",
          "Geaccepteerd bij de beoordeling": "€ 9.075,84",
          Toelichting: "geen",
        });
      await expect(dataList(assessed)).resolves.toHaveProperty(
        "Vastgelegd op",
        expect.stringMatching(new RegExp(`^${dutch(TODAY)} om \\d\\d:\\d\\d$`)),
      );
      await expect(
        assessed.getByRole("link", { name: "Eindbeoordeling vastleggen" }).count(),
      ).resolves.toBe(0);
      await checkPage(coordinator, "admin-assessment-saved");
      const letterLink = assessed.getByRole("link", { name: "Beoordelingsbrief downloaden (PDF)" });
      const letterUrl = await letterLink.getAttribute("href");
      expect(letterUrl).toBe(`/brieven/eindbeoordeling/${contract.id}`);
      const letter = await coordinator.request.get(letterUrl ?? "");
      expect(letter.status()).toBe(200);
      expect(letter.headers()["content-type"]).toBe("application/pdf");
      expect((await letter.body()).subarray(0, 5).toString()).toBe("%PDF-");

      // Assessed once: the form says so instead of offering a second outcome.
      await coordinator.goto(`/admin/opdrachten/${contract.id}/eindbeoordeling`);
      await checkPage(coordinator, "admin-assessment-already");
      await expect(coordinator.locator("main").textContent()).resolves.toContain(
        "Deze opdracht is al beoordeeld: Sanctie van € 250.924,16.",
      );
    });

    it("the contractor sees the outcome and gets the letter as a PDF", async () => {
      await contractor.goto(`/portal/opdrachten/${contract.id}`);
      const outcome = contractor.getByRole("region", { name: "Eindbeoordeling" });
      const letterLink = outcome.getByRole("link", { name: "Beoordelingsbrief downloaden (PDF)" });
      await letterLink.waitFor();
      await checkPage(contractor, "portal-assessment");
      await expect(dataList(outcome)).resolves.toMatchObject({
        Uitkomst: "Sanctie van € 250.924,16",
        "SR-verplichting": "€ 260.000,00",
        "Geaccepteerd bij de beoordeling": "€ 9.075,84",
      });
      const letterUrl = await letterLink.getAttribute("href");
      expect(letterUrl).toBe(`/brieven/eindbeoordeling/${contract.id}`);
      const letter = await contractor.request.get(letterUrl ?? "");
      expect(letter.status()).toBe(200);
      expect(letter.headers()["content-type"]).toBe("application/pdf");
      expect((await letter.body()).subarray(0, 5).toString()).toBe("%PDF-");
    });
  });

  it("fulfils an activity obligation with one accepted community activity", async () => {
    const coordinator = await asSomeone(browser, COORDINATOR);
    const consultant = await asSomeone(browser, CONSULTANT);
    const contractor = await asSomeone(browser, SPAARNE_ADMIN);

    // € 150.000,00 is below Amersfoort's € 200.000,00 threshold: one maatschappelijke activiteit. One
    // day, yesterday: it has ended, and it has exactly one report period, due in 14 days.
    const contract = await registerContract(
      coordinator,
      {
        reference: "AMF-E2E-ACTIVITEIT",
        title: "Herinrichting schoolplein",
        kind: "WORKS",
        valueExclVat: "150000.00",
        awardDate: YESTERDAY,
        startDate: YESTERDAY,
        endDate: YESTERDAY,
      },
      SPAARNE_KVK,
    );
    await confirmIntake(consultant, contract);
    const period = `${dutch(YESTERDAY)} t/m ${dutch(YESTERDAY)}`;
    const due = dutch(addDays(YESTERDAY, 14));

    // Before anything is planned or reported: a helpful empty state, and the report still due.
    await contractor.goto(`/portal/opdrachten/${contract.id}`);
    const progress = contractor.getByRole("region", { name: "Voortgang" });
    await progress.waitFor();
    await checkPage(contractor, "portal-progress-empty");
    await expect(progress.textContent()).resolves.toContain(
      "U heeft nog geen plan van aanpak en nog niets verantwoord.",
    );
    await expect(reportRows(contractor)).resolves.toEqual([
      [period, "Nog in te dienen", due, "nog niet"],
    ]);

    // 8 h × € 100,00 = € 800,00; what counts is that the WSP accepted a community activity.
    const activity = await mutate<WithId>(contractor, "submitRealisation", SUBMIT_REALISATION, {
      contractId: contract.id,
      input: { blockCode: "INITIATIEF", hours: "8", description: "Voorlezen in de bibliotheek" },
    });
    await mutate(consultant, "reviewRealisation", REVIEW_REALISATION, {
      id: activity.id,
      v: activity.version,
      accept: true,
    });

    await contractor.reload();
    await progress.waitFor();
    await expect
      .poll(() => dataList(progress))
      .toEqual({
        "SR-verplichting": "1 maatschappelijke activiteit",
        "Geaccepteerde maatschappelijke activiteiten": "1",
        "Ingediend, nog te beoordelen": "geen",
        Stand: "Vervuld",
      });
    await expect(reportRows(contractor)).resolves.toEqual([
      [period, "Op tijd ingediend", due, dutch(TODAY)],
    ]);
    await checkPage(contractor, "portal-progress-activity");

    // The WSP consultant records it as fulfilled.
    await consultant.goto(`/admin/opdrachten/${contract.id}`);
    const section = consultant.getByRole("region", { name: "Eindbeoordeling" });
    await section.getByRole("link", { name: "Eindbeoordeling vastleggen" }).click();
    await consultant.waitForURL(`**/admin/opdrachten/${contract.id}/eindbeoordeling`);
    const standing = consultant.getByRole("region", { name: "Stand van de verplichting" });
    await standing.waitFor();
    await checkPage(consultant, "admin-assessment-activity");
    await expect(standing.textContent()).resolves.toContain(
      "Een maatschappelijke activiteit die is geaccepteerd, vult de verplichting",
    );
    await expect(dataList(standing)).resolves.toEqual({
      "SR-verplichting": "1 maatschappelijke activiteit",
      "Geaccepteerde maatschappelijke activiteiten": "1",
      "Ingediend, nog te beoordelen": "geen",
    });
    await consultant.getByLabel("Nagekomen", { exact: true }).check();
    await consultant.getByRole("button", { name: "Eindbeoordeling opslaan" }).click();
    await consultant.waitForURL(`**/admin/opdrachten/${contract.id}`);
    const assessed = consultant.getByRole("region", { name: "Eindbeoordeling" });
    await expect
      .poll(() => dataList(assessed))
      .toMatchObject({
        Uitkomst: "Nagekomen",
        "SR-verplichting": "1 maatschappelijke activiteit",
        "Geaccepteerd bij de beoordeling": "€ 800,00",
      });
    await expect(consultant.locator(".sroi-flash").textContent()).resolves.toBe(
      "De eindbeoordeling is vastgelegd: Nagekomen. De beoordelingsbrief staat bij de eindbeoordeling.",
    );
    await checkPage(consultant, "admin-assessment-activity-saved");
  });
});
