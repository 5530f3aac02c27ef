// The plan van aanpak across both apps: the contractor composes a plan from the contract's pinned
// catalogue with live values, saves a draft and submits it; the WSP asks for a change (an empty
// comment is refused), the contractor answers with a new version, the WSP sees the difference and
// approves, and the contract is in execution on both sides. Also: a conflicting change keeps the
// lines, the editor on a phone, and the editor with the keyboard only.
import type { Browser, Locator } from "playwright-core";
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
  addPlanLine,
  asSomeone,
  CONSULTANT,
  COORDINATOR,
  confirmIntake,
  dataList,
  EEMLAND_ADMIN,
  EEMLAND_KVK,
  mutate,
  planLine,
  planSummary,
  registerContract,
  rows,
  type WithId,
} from "../support/contracts.js";
import { graphqlAs } from "../support/session.js";

// The Amersfoort concept catalogue is a copy of Utrecht's: basis 36 hours a week,
// Participatiewet € 40.000,00 per fte-year, the social initiative € 100,00 per hour.
const PW = "Participatiewet";
const INITIATIVE = "Hulp, steun of kennis bieden aan een sociaal initiatief";

const SAVE_PLAN = `mutation ($contractId: ID!, $basedOn: PlanVersionRef, $lines: [PlanLineInput!]!) {
  savePlan(contractId: $contractId, basedOn: $basedOn, reportFrequency: QUARTERLY, lines: $lines) {
    __typename ... on PlanVersion { id version total } ... on Error { message } } }`;

/**
 * A works contract of € 1.000.000,00 for Bouwbedrijf Eemland in Amersfoort (5 %: € 50.000,00 owed),
 * running through 2026 and 2027, in Plan van aanpak after the intake.
 */
async function contractInPlanning(browser: Browser, reference: string): Promise<string> {
  const coordinator = await asSomeone(browser, COORDINATOR);
  const contract = await registerContract(
    coordinator,
    {
      reference,
      title: "Nieuwbouw brede school",
      kind: "WORKS",
      valueExclVat: "1000000.00",
      awardDate: "2025-12-01",
      startDate: "2026-01-01",
      endDate: "2027-12-31",
    },
    EEMLAND_KVK,
  );
  await confirmIntake(coordinator, contract);
  await coordinator.context().close();
  return contract.id;
}

const lineValue = (row: Locator) => row.locator(".sroi-line-total").getAttribute("data-amount");
const coverage = (page: TestPage) =>
  page.locator("[data-summary=coverage]").getAttribute("data-percentage");

describe.skipIf(!browserAvailable)("plan van aanpak", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("is drafted, submitted, sent back, resubmitted as version 2 and approved", async () => {
    const contractId = await contractInPlanning(browser, "AMF-E2E-PLAN");
    const contractor = await asSomeone(browser, EEMLAND_ADMIN);

    // The contract page says there is no plan yet and offers to draw one up.
    await contractor.goto(`/portal/opdrachten/${contractId}`);
    const section = contractor.getByRole("region", { name: "Plan van aanpak" });
    await section.waitFor();
    await checkPage(contractor, "portal-plan-section-empty");
    await expect(section.textContent()).resolves.toContain("Er is nog geen plan van aanpak.");
    await section.getByRole("link", { name: "Plan opstellen" }).click();
    await contractor.waitForURL(`**/portal/opdrachten/${contractId}/plan`);
    await contractor.getByRole("heading", { name: "Bouwblokken in het plan" }).waitFor();
    await checkPage(contractor, "portal-plan-new");
    await expect(contractor.locator("main").textContent()).resolves.toContain(
      "Bouwblokkenmodel regio Amersfoort (concept op basis van het Utrechtse model)",
    );
    // The policy's report frequency is the default.
    await expect(contractor.getByLabel("Rapportagefrequentie").inputValue()).resolves.toBe(
      "QUARTERLY",
    );

    // Line 1: one person on Participatiewet, 24 of 36 hours, 1 March to 31 December 2026:
    // 306 days. € 40.000,00 × 24/36 × 306/365 = € 22.356,164… → € 22.356,16.
    const first = await addPlanLine(contractor, PW);
    await first.getByLabel("Aantal personen").fill("1");
    await first.getByLabel("Uren per week").fill("24");
    await first.getByLabel("Begindatum").fill("2026-03-01");
    await first.getByLabel("Einddatum").fill("2026-12-31");
    await first.getByLabel("Toelichting (niet verplicht)").fill("Timmerman in opleiding");
    await expect.poll(() => lineValue(first)).toBe("22356.16");
    // Line 2: 40 hours for a social initiative × € 100,00 = € 4.000,00.
    const second = await addPlanLine(contractor, INITIATIVE);
    await second.getByLabel("Aantal uren").fill("40");
    await expect.poll(() => lineValue(second)).toBe("4000.00");
    // Total € 26.356,16 of € 50.000,00: 52,71 %; € 23.643,84 still to fill.
    await expect.poll(() => planSummary(contractor, "total")).toBe("26356.16");
    await expect(coverage(contractor)).resolves.toBe("52.71");
    await expect(planSummary(contractor, "gap")).resolves.toBe("23643.84");
    await checkPage(contractor, "portal-plan-lines");

    // A line with an error is not saved: the summary names it, nothing is sent.
    await second.getByLabel("Aantal uren").fill("veertig");
    await contractor.getByRole("button", { name: "Concept opslaan" }).click();
    const errors = contractor.getByRole("region", { name: "Het plan is niet opgeslagen" });
    await errors.waitFor();
    await checkPage(contractor, "portal-plan-error");
    await expect(errors.textContent()).resolves.toContain(
      "Regel 2: Het aantal uren is geen getal; schrijf het bijvoorbeeld als 8 of 7,5.",
    );
    await expect(
      graphqlAs<{ contract: { plans: unknown[] } }>(
        contractor,
        "query ($id: ID!) { contract(id: $id) { plans { id } } }",
        { id: contractId },
      ),
    ).resolves.toEqual({ contract: { plans: [] } });
    await second.getByLabel("Aantal uren").fill("40");

    // The draft is saved; the server's figures are the browser's.
    await contractor.getByRole("button", { name: "Concept opslaan" }).click();
    const saved = contractor.locator("[data-plan-notice=saved]");
    await saved.waitFor();
    await expect(saved.textContent()).resolves.toBe(
      "Het concept is opgeslagen als versie 1. Totaal € 26.356,16, 52,71 % van de verplichting.",
    );
    await expect(contractor.locator("main").textContent()).resolves.toContain(
      "U werkt aan het concept van versie 1. Opgeslagen totaal: € 26.356,16, 52,71 % van de verplichting.",
    );
    await expect.poll(() => lineValue(planLine(contractor, 1))).toBe("22356.16");
    await expect(planLine(contractor, 1).getByLabel("Uren per week").inputValue()).resolves.toBe(
      "24",
    );
    await expect(
      planLine(contractor, 1).getByLabel("Toelichting (niet verplicht)").inputValue(),
    ).resolves.toBe("Timmerman in opleiding");
    await expect(planSummary(contractor, "total")).resolves.toBe("26356.16");
    await checkPage(contractor, "portal-plan-draft-saved");

    // Submitted: read-only until the WSP has judged it.
    await contractor
      .getByRole("button", { name: "Opslaan en indienen bij WSP regio Amersfoort" })
      .click();
    const submitted = contractor.locator("[data-plan-notice=submitted]");
    await submitted.waitFor();
    await checkPage(contractor, "portal-plan-submitted");
    await expect(submitted.textContent()).resolves.toContain(
      "Versie 1 is ingediend bij WSP regio Amersfoort. Totaal € 26.356,16, 52,71 % van de verplichting.",
    );
    await expect(contractor.getByRole("button", { name: "Concept opslaan" }).count()).resolves.toBe(
      0,
    );
    await expect(dataList(contractor.locator(".sroi-plan-version"))).resolves.toMatchObject({
      Versie: "1",
      Status: "Ingediend",
      Rapportage: "Per kwartaal",
      "Totaal van het plan": "€ 26.356,16",
      Gedekt: "52,71 %",
      "Nog in te vullen": "€ 23.643,84",
    });
    await expect(
      rows(contractor.getByRole("table", { name: "Regels van versie 1" })),
    ).resolves.toEqual([
      [
        "1",
        "Participatiewet (PW)Timmerman in opleiding",
        "1 persoon, 24 uur per week, 1 maart 2026 t/m 31 december 2026",
        "€ 22.356,16",
      ],
      ["2", `${INITIATIVE} (INITIATIEF)`, "40 uur", "€ 4.000,00"],
      ["Totaal", "", "", "€ 26.356,16"],
    ]);

    // The WSP consultant reviews it from the contract page.
    const consultant = await asSomeone(browser, CONSULTANT);
    await consultant.goto(`/admin/opdrachten/${contractId}`);
    const adminSection = consultant.getByRole("region", { name: "Plan van aanpak" });
    await adminSection.waitFor();
    await checkPage(consultant, "admin-plan-section-submitted");
    await expect(dataList(adminSection)).resolves.toMatchObject({
      "Laatste versie": "1",
      Status: "Ingediend",
      "Totaal van het plan": "€ 26.356,16 (52,71 % van de verplichting)",
    });
    await adminSection.getByRole("link", { name: "Plan beoordelen" }).click();
    await consultant.waitForURL(`**/admin/opdrachten/${contractId}/plan`);
    const reviewForm = consultant.getByRole("form", { name: "Versie 1 beoordelen" });
    await reviewForm.waitFor();
    await checkPage(consultant, "admin-plan-review");
    // Asking for changes needs a comment.
    await reviewForm.getByRole("button", { name: "Wijzigingen vragen" }).click();
    const reviewErrors = consultant.getByRole("region", {
      name: "De beoordeling is niet opgeslagen",
    });
    await reviewErrors.waitFor();
    await checkPage(consultant, "admin-plan-review-empty-comment");
    await expect(reviewErrors.textContent()).resolves.toContain(
      "Schrijf welke wijzigingen u vraagt.",
    );
    await expect(
      consultant.getByLabel("Opmerking voor de opdrachtnemer").getAttribute("aria-invalid"),
    ).resolves.toBe("true");
    const comment = "Zet meer uren in voor het sociaal initiatief: 100 in plaats van 40.";
    await consultant.getByLabel("Opmerking voor de opdrachtnemer").fill(comment);
    await reviewForm.getByRole("button", { name: "Wijzigingen vragen" }).click();
    await consultant
      .getByText("U heeft om wijzigingen gevraagd in versie 1.", { exact: false })
      .waitFor();
    await expect.poll(() => reviewForm.count()).toBe(0);
    await checkPage(consultant, "admin-plan-changes-requested");

    // The contractor sees the comment on the contract page and in the editor.
    await contractor.goto(`/portal/opdrachten/${contractId}`);
    await section.waitFor();
    await expect.poll(() => section.textContent()).toContain(comment);
    await expect(dataList(section)).resolves.toMatchObject({ Status: "Wijzigingen gevraagd" });
    await checkPage(contractor, "portal-plan-section-changes-requested");
    await section.getByRole("link", { name: "Plan wijzigen" }).click();
    await contractor.waitForURL(`**/portal/opdrachten/${contractId}/plan`);
    await contractor
      .getByRole("heading", { name: "WSP regio Amersfoort vraagt om wijzigingen" })
      .waitFor();
    await expect(contractor.locator("[data-review-comment]").textContent()).resolves.toBe(comment);
    await checkPage(contractor, "portal-plan-changes-requested");
    // 100 hours × € 100,00 = € 10.000,00; total € 32.356,16: 64,71 %, € 17.643,84 to go.
    await planLine(contractor, 2).getByLabel("Aantal uren").fill("100");
    await expect.poll(() => lineValue(planLine(contractor, 2))).toBe("10000.00");
    await expect.poll(() => planSummary(contractor, "total")).toBe("32356.16");
    await expect(coverage(contractor)).resolves.toBe("64.71");
    await expect(planSummary(contractor, "gap")).resolves.toBe("17643.84");
    await contractor
      .getByRole("button", { name: "Opslaan en indienen bij WSP regio Amersfoort" })
      .click();
    await contractor.locator("[data-plan-notice=submitted]").waitFor();
    await expect(
      contractor.locator("[data-plan-notice=submitted]").textContent(),
    ).resolves.toContain(
      "Versie 2 is ingediend bij WSP regio Amersfoort. Totaal € 32.356,16, 64,71 % van de verplichting.",
    );

    // The consultant sees what changed, and approves. The portal's comparison shows the same rows.
    const changesFromV1 = [
      [
        "Ongewijzigd",
        "Participatiewet (PW)",
        "1 persoon, 24 uur per week, 1 maart 2026 t/m 31 december 2026",
        "1 persoon, 24 uur per week, 1 maart 2026 t/m 31 december 2026",
        "€ 22.356,16",
      ],
      [
        "Gewijzigd",
        `${INITIATIVE} (INITIATIEF)`,
        "40 uur",
        "100 uur",
        "€ 4.000,00 → wordt € 10.000,00",
      ],
    ];
    await consultant.goto(`/admin/opdrachten/${contractId}/plan`);
    const differences = consultant.getByRole("table", { name: "Verschillen met versie 1" });
    await differences.waitFor();
    await checkPage(consultant, "admin-plan-review-v2");
    await expect(rows(differences)).resolves.toEqual(changesFromV1);
    await consultant
      .getByRole("form", { name: "Versie 2 beoordelen" })
      .getByRole("button", { name: "Goedkeuren" })
      .click();
    await consultant
      .getByText("Versie 2 is goedgekeurd. De opdracht is nu In uitvoering.")
      .waitFor();
    await checkPage(consultant, "admin-plan-approved");
    await consultant.goto(`/admin/opdrachten/${contractId}`);
    await consultant.locator("h1").waitFor();
    await expect(
      consultant
        .locator("main p", { hasText: /^Status: / })
        .first()
        .textContent(),
    ).resolves.toBe("Status: In uitvoering");
    await expect(dataList(adminSection)).resolves.toMatchObject({ Status: "Goedgekeurd" });

    // The contractor: in execution, the approved plan read-only, a new version possible.
    await contractor.goto(`/portal/opdrachten/${contractId}`);
    await section.waitFor();
    await expect(
      contractor.locator("main .utrecht-paragraph--lead .utrecht-status-badge").textContent(),
    ).resolves.toBe("In uitvoering");
    await expect(dataList(section)).resolves.toMatchObject({
      Versie: "2",
      Status: "Goedgekeurd",
      "Totaal van het plan": "€ 32.356,16",
    });
    await checkPage(contractor, "portal-plan-section-approved");
    await section.getByRole("link", { name: "Alle versies" }).click();
    await contractor.waitForURL(`**/portal/opdrachten/${contractId}/plan/versies`);
    const versions = contractor.getByRole("table", { name: "Versies van het plan van aanpak" });
    await versions.waitFor();
    await checkPage(contractor, "portal-plan-versions");
    const versionRows = await rows(versions);
    expect(versionRows.map((row) => [row[0], row[1], row[4], row[5]])).toEqual([
      ["Versie 2", "Goedgekeurd", "—", "€ 32.356,16"],
      ["Versie 1", "Wijzigingen gevraagd", comment, "€ 26.356,16"],
    ]);
    // Compare version 1 with version 2 (the form's defaults).
    await contractor.getByRole("button", { name: "Vergelijk" }).click();
    await contractor.waitForURL(`**/portal/opdrachten/${contractId}/plan/vergelijk?*`);
    const compared = contractor.getByRole("table", {
      name: "Verschillen van versie 1 naar versie 2",
    });
    await compared.waitFor();
    await checkPage(contractor, "portal-plan-compare");
    await expect(rows(compared)).resolves.toEqual(changesFromV1);
    // One version on its own page.
    await contractor.goto(`/portal/opdrachten/${contractId}/plan/versies`);
    await versions.getByRole("link", { name: "Versie 1" }).click();
    await contractor.getByRole("heading", { name: "Plan van aanpak, versie 1" }).waitFor();
    await checkPage(contractor, "portal-plan-version-1");
    await expect(dataList(contractor.locator(".sroi-plan-version"))).resolves.toMatchObject({
      Status: "Wijzigingen gevraagd",
      "Opmerking bij de beoordeling": comment,
    });

    // In the admin app the same versions, compared the other way round.
    await consultant.goto(`/admin/opdrachten/${contractId}/plan/versies`);
    await consultant.getByRole("table", { name: "Versies van het plan van aanpak" }).waitFor();
    await checkPage(consultant, "admin-plan-versions");
    await consultant.getByLabel("Van versie").selectOption({ label: "Versie 2" });
    await consultant.getByLabel("Naar versie").selectOption({ label: "Versie 1" });
    await consultant.getByRole("button", { name: "Vergelijk" }).click();
    const reversed = consultant.getByRole("table", {
      name: "Verschillen van versie 2 naar versie 1",
    });
    await reversed.waitFor();
    await checkPage(consultant, "admin-plan-compare");
    await expect(rows(reversed)).resolves.toContainEqual([
      "Gewijzigd",
      `${INITIATIVE} (INITIATIEF)`,
      "100 uur",
      "40 uur",
      "€ 10.000,00 → wordt € 4.000,00",
    ]);
    // Two people in two apps through every state, each page scanned: longer than one page's test.
  }, 180_000);

  it("keeps every line when someone else changed the plan meanwhile", async () => {
    const contractId = await contractInPlanning(browser, "AMF-E2E-PLAN-CONFLICT");
    const contractor = await asSomeone(browser, EEMLAND_ADMIN);
    // A draft with one line: 40 hours for a social initiative, € 4.000,00.
    const draft = await mutate<WithId>(contractor, "savePlan", SAVE_PLAN, {
      contractId,
      basedOn: null,
      lines: [{ blockCode: "INITIATIEF", hours: "40" }],
    });
    await contractor.goto(`/portal/opdrachten/${contractId}/plan`);
    await planLine(contractor, 1).waitFor();
    await expect(planLine(contractor, 1).getByLabel("Aantal uren").inputValue()).resolves.toBe(
      "40",
    );

    // A colleague saves the draft with 60 hours while this page is open.
    await mutate(contractor, "savePlan", SAVE_PLAN, {
      contractId,
      basedOn: { planId: draft.id, version: draft.version },
      lines: [{ blockCode: "INITIATIEF", hours: "60" }],
    });

    await planLine(contractor, 1).getByLabel("Aantal uren").fill("80");
    await addPlanLine(contractor, PW);
    await contractor.getByRole("button", { name: "Concept opslaan" }).click();
    const conflict = contractor.getByRole("alert").filter({
      hasText: "Iemand anders heeft het plan intussen gewijzigd",
    });
    await conflict.waitFor();
    await checkPage(contractor, "portal-plan-conflict");
    await expect(conflict.textContent()).resolves.toContain(
      "Het plan is intussen gewijzigd of beoordeeld. Uw regels staan nog in het formulier",
    );
    // Nothing the user typed is lost.
    await expect(contractor.locator("fieldset.sroi-line").count()).resolves.toBe(2);
    await expect(planLine(contractor, 1).getByLabel("Aantal uren").inputValue()).resolves.toBe(
      "80",
    );
    await expect(planLine(contractor, 2).getByLabel("Uren per week").inputValue()).resolves.toBe(
      "36",
    );

    // Loading the saved plan shows the colleague's version.
    await conflict.getByRole("button", { name: "Laad het opgeslagen plan" }).click();
    await expect.poll(() => contractor.locator("fieldset.sroi-line").count()).toBe(1);
    await expect(planLine(contractor, 1).getByLabel("Aantal uren").inputValue()).resolves.toBe(
      "60",
    );
    await expect(conflict.count()).resolves.toBe(0);
    await checkPage(contractor, "portal-plan-reloaded");
  });

  it("fits a phone", async () => {
    const contractId = await contractInPlanning(browser, "AMF-E2E-PLAN-TELEFOON");
    const phone = await asSomeone(browser, EEMLAND_ADMIN, PHONE);
    await phone.goto(`/portal/opdrachten/${contractId}/plan`);
    await phone.getByRole("heading", { name: "Bouwblokken in het plan" }).waitFor();
    const added = await addPlanLine(phone, PW);
    await added.getByLabel("Uren per week").fill("18");
    // 18 of 36 hours for 2026 (365 days): € 40.000,00 × 18/36 × 365/365 = € 20.000,00.
    await expect.poll(() => lineValue(added)).toBe("20000.00");
    await checkPage(phone, "phone-portal-plan-editor");
    await expect(pageOverflowsHorizontally(phone)).resolves.toBe(false);
  });

  it("can be composed and submitted with the keyboard only", async () => {
    const contractId = await contractInPlanning(browser, "AMF-E2E-PLAN-TOETSENBORD");
    const contractor = await asSomeone(browser, EEMLAND_ADMIN);
    await contractor.goto(`/portal/opdrachten/${contractId}/plan`);
    await contractor.getByRole("heading", { name: "Bouwblokken in het plan" }).waitFor();

    /** Presses Tab until the element with this accessible name has focus. */
    async function tabTo(name: string) {
      for (let step = 0; step < 80; step += 1) {
        await contractor.keyboard.press("Tab");
        const focused = await contractor.evaluate(() => {
          const element = document.activeElement as HTMLElement | null;
          if (!element) return "";
          const label = element.id
            ? document.querySelector(`label[for="${element.id}"]`)?.textContent
            : null;
          return (label ?? element.textContent ?? "").trim();
        });
        if (focused === name) return;
      }
      throw new Error(`"${name}" never got focus`);
    }

    await tabTo("Bouwblok voor een nieuwe regel");
    // A closed select chooses with the arrow keys.
    await contractor.keyboard.press("ArrowDown");
    await expect(
      contractor.getByLabel("Bouwblok voor een nieuwe regel").inputValue(),
    ).resolves.toBe("PW");
    await tabTo("Voeg regel toe");
    await contractor.keyboard.press("Enter");
    // Focus moves into the new line's first field.
    await planLine(contractor, 1).waitFor();
    await expect
      .poll(() => contractor.evaluate(() => document.activeElement?.id ?? ""))
      .toMatch(/^regel-\d+-people$/);
    await contractor.keyboard.press("Tab");
    await contractor.keyboard.press("ControlOrMeta+A");
    await contractor.keyboard.type("18");
    // One person, 18 of 36 hours through 2026: € 40.000,00 × 18/36 × 365/365 = € 20.000,00; 40 %.
    await expect.poll(() => lineValue(planLine(contractor, 1))).toBe("20000.00");
    await expect(coverage(contractor)).resolves.toBe("40.00");

    await tabTo("Opslaan en indienen bij WSP regio Amersfoort");
    await contractor.keyboard.press("Enter");
    const submitted = contractor.locator("[data-plan-notice=submitted]");
    await submitted.waitFor();
    // The outcome takes focus, so it is read out and the keyboard continues from there.
    await expect
      .poll(() =>
        contractor.evaluate(() => document.activeElement?.getAttribute("data-plan-notice")),
      )
      .toBe("submitted");
    await expect(submitted.textContent()).resolves.toContain(
      "Versie 1 is ingediend bij WSP regio Amersfoort. Totaal € 20.000,00, 40,00 % van de verplichting.",
    );
    await checkPage(contractor, "portal-plan-keyboard-submitted");
  });
});
