// Reviewing in Beheer beyond one entry at a time: entries that need no judgement (a bouwblok of the
// approved plan, with evidence, submitted once) are offered as checkboxes and accepted together by
// keyboard; the review page names the plan line an entry fills, shows PDF and image evidence in the
// page with the download beside it, and says why an entry needs the reviewer's judgement. The
// contract page names the contractor's contact persons.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { browserAvailable, checkPage, launchBrowser, type TestPage } from "../support/browser.js";
import {
  asSomeone,
  CONSULTANT,
  COORDINATOR,
  mutate,
  PNG,
  pdf,
  registerSpaarneWorks,
  SPAARNE_ADMIN,
  type WithId,
} from "../support/contracts.js";
import { graphqlAs } from "../support/session.js";

const SAVE_PLAN = `mutation ($contractId: ID!, $lines: [PlanLineInput!]!) {
  savePlan(contractId: $contractId, reportFrequency: QUARTERLY, lines: $lines) {
    __typename ... on PlanVersion { id version } ... on Error { message } } }`;
const SUBMIT_PLAN = `mutation ($id: ID!, $v: Int!) { submitPlan(planId: $id, version: $v) {
  __typename ... on PlanVersion { id version } ... on Error { message } } }`;
const APPROVE_PLAN = `mutation ($id: ID!, $v: Int!) { reviewPlan(planId: $id, version: $v, approve: true) {
  __typename ... on PlanVersion { id version } ... on Error { message } } }`;
const SUBMIT = `mutation ($contractId: ID!, $input: RealisationInput!) {
  submitRealisation(contractId: $contractId, input: $input) {
    __typename ... on Realisation { id version } ... on Error { message } } }`;
const STATUSES = "query ($id: ID!) { contract(id: $id) { realisations { id status } } }";

describe.skipIf(!browserAvailable)(
  "reviewing: accept together, plan line, evidence in the page",
  () => {
    let browser: Browser;
    let consultant: TestPage;
    let contractId: string;
    const ids: Record<"pdf" | "png" | "bare", string> = { pdf: "", png: "", bare: "" };

    beforeAll(async () => {
      browser = await launchBrowser();
      const coordinator = await asSomeone(browser, COORDINATOR);
      consultant = await asSomeone(browser, CONSULTANT);
      const contractor = await asSomeone(browser, SPAARNE_ADMIN);
      contractId = await registerSpaarneWorks(
        coordinator,
        "AMF-E2E-SAMEN",
        "Groenonderhoud parken",
      );
      const year2026 = { startDate: "2026-01-01", endDate: "2026-12-31" };
      const plan = await mutate<WithId>(contractor, "savePlan", SAVE_PLAN, {
        contractId,
        lines: [
          { blockCode: "PW", people: 2, hoursPerWeek: "36", ...year2026 },
          { blockCode: "BBL", hoursPerWeek: "32", ...year2026 },
        ],
      });
      const submitted = await mutate<WithId>(contractor, "submitPlan", SUBMIT_PLAN, {
        id: plan.id,
        v: plan.version,
      });
      await mutate(consultant, "reviewPlan", APPROVE_PLAN, {
        id: submitted.id,
        v: submitted.version,
      });

      const upload = async (name: string, bytes: Buffer) => {
        const response = await contractor.request.post(
          `/bewijs?contractId=${contractId}&bestandsnaam=${name}`,
          { data: bytes },
        );
        return ((await response.json()) as { id: string }).id;
      };
      const report = async (input: Record<string, unknown>) =>
        (await mutate<WithId>(contractor, "submitRealisation", SUBMIT, { contractId, input })).id;
      const pw = (ref: string) => ({
        blockCode: "PW",
        personRef: ref,
        hoursPerWeek: "36",
        ...year2026,
      });
      ids.pdf = await report({
        ...pw("GS-01"),
        evidenceIds: [await upload("urenstaat.pdf", pdf("uren"))],
      });
      ids.png = await report({
        ...pw("GS-02"),
        evidenceIds: [await upload("loonstrook.png", PNG)],
      });
      ids.bare = await report({
        blockCode: "BBL",
        personRef: "GS-03",
        hoursPerWeek: "32",
        ...year2026,
      });
    });
    afterAll(async () => {
      await browser?.close();
    });

    const statuses = async () => {
      const data = await graphqlAs<{
        contract: { realisations: { id: string; status: string }[] };
      }>(consultant, STATUSES, { id: contractId });
      return Object.fromEntries(data.contract.realisations.map((r) => [r.id, r.status]));
    };

    it("offers only the entries without judgement and accepts the chosen ones by keyboard", async () => {
      const page = consultant;
      await page.goto(`/admin/opdrachten/${contractId}`);
      const form = page.getByRole("form", { name: "Verantwoordingen samen accepteren" });
      await form.waitFor();
      await checkPage(page, "admin-realisations-bulk");
      // Whom to call about them: the contractor's contact persons, on the same page.
      await expect(
        page.locator("main").getByText("Contactpersonen opdrachtnemer").locator("..").textContent(),
      ).resolves.toContain(SPAARNE_ADMIN);
      const boxes = form.getByRole("checkbox");
      await expect(boxes.count()).resolves.toBe(2);
      await expect(form.textContent()).resolves.not.toContain("GS-03");

      // Leave GS-02 for later: Space on its checkbox, then Enter on the button.
      const second = form.getByRole("checkbox", { name: /kenmerk GS-02/ });
      await second.focus();
      await page.keyboard.press("Space");
      await expect(second.isChecked()).resolves.toBe(false);
      const button = form.getByRole("button", { name: "Geselecteerde accepteren (1)" });
      await button.focus();
      await page.keyboard.press("Enter");
      await page.getByText("Eén verantwoording is geaccepteerd.").waitFor();
      await checkPage(page, "admin-realisations-bulk-accepted");
      await expect(statuses()).resolves.toMatchObject({
        [ids.pdf]: "ACCEPTED",
        [ids.png]: "SUBMITTED",
        [ids.bare]: "SUBMITTED",
      });
      // Still on offer: the one left unchecked.
      await expect(form.getByRole("checkbox").count()).resolves.toBe(1);
    });

    it("shows the plan line and the image evidence in the page, with the download beside it", async () => {
      const page = consultant;
      await page.goto(`/admin/opdrachten/${contractId}/verantwoording/${ids.png}`);
      await checkPage(page, "admin-realisation-evidence-inline");
      await expect(
        page.getByRole("region", { name: "Plan van aanpak" }).textContent(),
      ).resolves.toContain(
        "Vult de regel Participatiewet (PW) van het goedgekeurde plan: 2 personen, 36 uur per week, 1 januari 2026 t/m 31 december 2026",
      );
      const image = page.getByRole("img", { name: "Bewijs: loonstrook.png" });
      await expect(image.evaluate((img: HTMLImageElement) => img.naturalWidth)).resolves.toBe(1);
      await expect(
        page
          .getByRole("region", { name: "Bewijs bekijken" })
          .getByRole("link", { name: "Downloaden" })
          .getAttribute("href"),
      ).resolves.toMatch(/^\/bewijs\//);
      await expect(page.getByText(/^Vraagt geen oordeel/).count()).resolves.toBe(1);

      // A PDF opens in the browser's own viewer, beside its download.
      await page.goto(`/admin/opdrachten/${contractId}/verantwoording/${ids.pdf}`);
      const view = page
        .getByRole("region", { name: "Bewijs bekijken" })
        .getByRole("link", { name: /^Bekijken/ });
      const href = await view.getAttribute("href");
      expect(href).toMatch(/^\/bewijs\//);
      await expect(view.getAttribute("target")).resolves.toBe("_blank");
      const response = await page.request.get(href ?? "");
      expect(response.headers()["content-disposition"]).toMatch(/^inline/);
      expect(response.headers()["content-type"]).toBe("application/pdf");
      await checkPage(page, "admin-realisation-evidence-pdf");
    });

    it("says why an entry without evidence needs the reviewer's judgement", async () => {
      const page = consultant;
      await page.goto(`/admin/opdrachten/${contractId}/verantwoording/${ids.bare}`);
      await checkPage(page, "admin-realisation-needs-judgement");
      await expect(
        page.getByText("Vraagt uw oordeel: Er is geen bewijs toegevoegd.").count(),
      ).resolves.toBe(1);
      await expect(page.getByRole("region", { name: "Bewijs bekijken" }).count()).resolves.toBe(0);
    });
  },
);
