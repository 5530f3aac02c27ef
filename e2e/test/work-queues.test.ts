// The work queues in the browser: staff start on "Te doen" with a count per queue and a link to
// where each item is done, and "Volgende" after a review opens the next item; a contractor's card
// and contract page say what is due and what was rejected; the contract page has jump links; a
// sanction asks for confirmation. Every page state is scanned with axe.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  browserAvailable,
  checkPage,
  launchBrowser,
  openPage,
  PHONE,
  pageOverflowsHorizontally,
} from "../support/browser.js";
import { CONSULTANT, EEMLAND_ADMIN } from "../support/contracts.js";
import { graphqlAs, loginViaApi } from "../support/session.js";

interface Queue {
  kind: string;
  count: number;
  items: { reference: string; subjectId: string | null }[];
}

const QUEUES =
  "{ me { workQueue { openTaskCount staff { kind count items { reference subjectId } } } } }";

describe.skipIf(!browserAvailable)("work queues", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  // First: the next test hands in reports on the same contract, which makes them no longer late.
  it("a contractor's card and contract page say what is late and what was rejected", async () => {
    const page = await openPage(browser);
    await loginViaApi(page, EEMLAND_ADMIN);
    await page.goto("/portal/opdrachten");
    await checkPage(page, "portal-cards-tasks");
    // AMF-2025-017 is in execution with a quarter whose report never came in.
    const card = page
      .getByRole("listitem")
      .filter({ has: page.getByRole("heading", { name: /AMF-2025-017/ }) });
    const late = card.locator('[data-task="REPORT"]').first();
    await expect(late.textContent()).resolves.toMatch(
      /^Te laat\. Verantwoord wat u realiseerde van .+, uiterlijk .+\. Realisatie toevoegen$/,
    );
    await expect(
      page.getByRole("link", { name: /Mijn opdrachten \(\d+ te doen\)/ }).count(),
    ).resolves.toBe(1);

    await card.getByRole("link", { name: /AMF-2025-017/ }).click();
    await page.getByRole("heading", { name: "Te doen", level: 2 }).waitFor();
    await checkPage(page, "portal-contract-tasks");
    const tasks = page.getByRole("list", { name: "Te doen" });
    await expect(tasks.locator('[data-task="REPORT"]').count()).resolves.toBeGreaterThan(0);
    // The sections are one jump away.
    const jump = page.getByRole("navigation", { name: "Op deze pagina" });
    await jump.getByRole("link", { name: "Voortgang" }).click();
    await page.waitForURL("**#voortgang");
    // Scrolled to the heading, which has focus (the router does not move it back to the h1).
    await expect
      .poll(() =>
        page.evaluate(
          () => document.getElementById("voortgang")?.getBoundingClientRect().top ?? -1,
        ),
      )
      .toBeLessThan(200);
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe("voortgang");

    const phone = await openPage(browser, PHONE);
    await loginViaApi(phone, EEMLAND_ADMIN);
    await phone.goto(page.url());
    await checkPage(phone, "portal-contract-tasks-phone");
    await expect(pageOverflowsHorizontally(phone)).resolves.toBe(false);
  });

  it("staff start on Te doen, open an item and go on with Volgende", async () => {
    // Two maatwerk entries of our own on Eemland's contract in execution, to review one by one.
    const contractor = await openPage(browser);
    await loginViaApi(contractor, EEMLAND_ADMIN);
    const { contracts } = await graphqlAs<{
      contracts: { edges: { node: { id: string } }[] };
    }>(
      contractor,
      '{ contracts(first: 1, filter: { search: "AMF-2025-017" }) { edges { node { id } } } }',
    );
    const contractId = contracts.edges[0]?.node.id ?? "";
    const submitted: string[] = [];
    for (const text of ["Werkqueue gastles A", "Werkqueue gastles B"]) {
      const answer = await graphqlAs<{ submitRealisation: { __typename: string; id?: string } }>(
        contractor,
        `mutation ($id: ID!, $text: String!) { submitRealisation(contractId: $id,
          input: { maatwerkDescription: $text, description: $text }) { __typename ... on Realisation { id } } }`,
        { id: contractId, text },
      );
      expect(answer.submitRealisation.__typename).toBe("Realisation");
      submitted.push(answer.submitRealisation.id ?? "");
    }

    const page = await openPage(browser);
    await loginViaApi(page, CONSULTANT);
    await page.goto("/admin/");
    await page.waitForURL("**/admin/te-doen");
    await checkPage(page, "admin-te-doen");
    const { me } = await graphqlAs<{
      me: { workQueue: { openTaskCount: number; staff: Queue[] } };
    }>(page, QUEUES);
    // The header says the count in words, the page each queue's count.
    const navigation = page.getByRole("navigation", { name: "Hoofdmenu" });
    await expect(
      navigation
        .getByRole("link", { name: `Te doen (${me.workQueue.openTaskCount} open)` })
        .count(),
    ).resolves.toBe(1);
    const realisations = me.workQueue.staff.find((q) => q.kind === "REALISATIONS_TO_REVIEW");
    expect(realisations?.count).toBeGreaterThanOrEqual(2);
    await page
      .getByRole("heading", { name: `Verantwoordingen te beoordelen (${realisations?.count})` })
      .waitFor();

    // Our first entry: its link opens the review page, where it is rejected.
    const first = submitted[0] ?? "";
    await page.locator(`main a[href$="/verantwoording/${first}"]`).click();
    await page.waitForURL(`**/admin/opdrachten/${contractId}/verantwoording/${first}`);
    await page.getByRole("button", { name: "Afwijzen" }).waitFor();
    await page.getByLabel("Onderbouwing of reden").fill("Graag het programma van de gastles.");
    await page.getByRole("button", { name: "Afwijzen" }).click();
    await page.getByText("De verantwoording is afgewezen.", { exact: false }).waitFor();
    await checkPage(page, "admin-review-volgende");

    // Volgende: the next entry waiting in the same queue, not the one just judged.
    await page.getByRole("link", { name: "Volgende verantwoording" }).click();
    await page.waitForURL(
      (url) => /\/verantwoording\/[^/]+$/.test(url.pathname) && !url.pathname.endsWith(first),
    );
    await page.getByRole("button", { name: "Accepteren" }).waitFor();
    await checkPage(page, "admin-review-next");
  });

  it("a sanction asks for confirmation, and Annuleren saves nothing", async () => {
    const page = await openPage(browser);
    await loginViaApi(page, CONSULTANT);
    const { me } = await graphqlAs<{ me: { workQueue: { staff: Queue[] } } }>(page, QUEUES);
    expect(me.workQueue.staff.find((q) => q.kind === "ASSESSMENTS_DUE")?.count).toBeGreaterThan(0);
    await page.goto("/admin/te-doen");
    await page.locator('main a[href$="/eindbeoordeling"]').first().click();
    await page.waitForURL("**/eindbeoordeling");
    await page.getByLabel("Sanctie", { exact: true }).check();
    await page.getByRole("button", { name: "Eindbeoordeling opslaan" }).click();
    const question = page.getByRole("heading", { name: /^Sanctie van € [\d.]+,\d\d opleggen\?$/ });
    await question.waitFor();
    await checkPage(page, "admin-sanction-confirm");
    await page.getByRole("button", { name: "Annuleren" }).click();
    const save = page.getByRole("button", { name: "Eindbeoordeling opslaan" });
    await save.waitFor();
    await expect(save.evaluate((button) => button === document.activeElement)).resolves.toBe(true);
    expect(page.url()).toMatch(/\/eindbeoordeling$/);
  });
});
