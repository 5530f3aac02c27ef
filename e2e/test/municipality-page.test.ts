// A gemeente's public page in the portal: its figures follow the policy in force the moment a new
// one is published, and staff texts go from draft through preview to public in the admin. Baarn,
// because no other suite reads Baarn's policy for today (pso.test.ts plays in 2030).
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
  saveScreenshot,
  type TestPage,
} from "../support/browser.js";
import { graphqlAs, loginViaApi } from "../support/session.js";

const ADMIN = "admin@platform.demo";

async function publishBaarnPolicy(page: TestPage) {
  const { createPolicyDraft } = await graphqlAs<{ createPolicyDraft: { id: string } }>(
    page,
    'mutation { createPolicyDraft(municipalityCode: "GM0308") { ... on Policy { id } } }',
  );
  await graphqlAs(
    page,
    "mutation ($id: ID!, $input: PolicyInput!) { updatePolicyDraft(id: $id, input: $input) { __typename } }",
    {
      id: createPolicyDraft.id,
      input: {
        name: "SR-beleid Baarn (e2e gemeentepagina)",
        percentage: "0.04",
        thresholdWorks: "300000.00",
        thresholdServices: "300000.00",
        thresholdSupplies: "300000.00",
        belowThreshold: "ACTIVITY",
        psoDiscounts: [],
        contactDeadlineDays: 14,
        reportFrequency: "QUARTERLY",
      },
    },
  );
  const { publishPolicy } = await graphqlAs<{ publishPolicy: { __typename: string } }>(
    page,
    "mutation ($id: ID!, $date: Date!) { publishPolicy(id: $id, validFrom: $date) { __typename } }",
    { id: createPolicyDraft.id, date: dutchDate(new Date()) },
  );
  expect(publishPolicy.__typename).toBe("Policy");
}

describe.skipIf(!browserAvailable)("gemeente pages", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("lists the gemeenten, and a page's figures follow a newly published policy", async () => {
    const page = await openPage(browser);
    await page.goto("/portal/gemeenten");
    await page.getByRole("heading", { level: 1, name: "Social return per gemeente" }).waitFor();
    await checkPage(page, "portal-municipalities");
    await page.getByRole("link", { name: "Baarn", exact: true }).click();
    await page.waitForURL("**/portal/gemeenten/baarn");
    await page.getByRole("heading", { level: 1, name: "Social return in Baarn" }).waitFor();
    await checkPage(page, "portal-municipality-baarn");
    const main = page.locator("main");
    await expect(main.textContent()).resolves.toContain(
      "Voor werken vanaf € 200.000,00 (zonder btw) besteedt u 5 % van het bedrag aan social return.",
    );
    await expect(main.textContent()).resolves.toContain("WSP regio Amersfoort");
    const rekenhulp = page.getByRole("link", { name: "Reken uit wat uw opdracht in Baarn vraagt" });
    await expect(rekenhulp.getAttribute("href")).resolves.toBe("/portal/rekenhulp?gemeente=GM0308");

    const admin = await openPage(browser);
    await loginViaApi(admin, ADMIN);
    await publishBaarnPolicy(admin);

    await page.reload();
    await page.getByRole("heading", { level: 1, name: "Social return in Baarn" }).waitFor();
    const text = await main.textContent();
    expect(text).toContain(
      "Voor werken vanaf € 300.000,00 (zonder btw) besteedt u 4 % van het bedrag aan social return.",
    );
    expect(text).toContain("Neem dan binnen 14 dagen contact op met WSP regio Amersfoort.");
    expect(text).toContain("Dit staat in SR-beleid Baarn (e2e gemeentepagina)");
    expect(text).not.toContain("€ 200.000,00");
    await checkPage(page, "portal-municipality-baarn-new-policy");

    // The rekenhulp opens with the gemeente chosen and asks the rest without errors up front.
    await page.getByRole("link", { name: "Reken uit wat uw opdracht in Baarn vraagt" }).click();
    await page.getByRole("heading", { level: 1, name: "Rekenhulp social return" }).waitFor();
    await expect(page.getByLabel("Gemeente").inputValue()).resolves.toBe("GM0308");
    await expect(
      page.getByText("De verplichting kan nog niet worden berekend").count(),
    ).resolves.toBe(0);
    await page.getByRole("button", { name: "Bereken de verplichting" }).click();
    await page.getByText("De verplichting kan nog niet worden berekend").waitFor();
  });

  it("takes texts from draft through preview to the public page", async () => {
    const admin = await openPage(browser);
    await loginViaApi(admin, ADMIN);
    await admin.goto("/admin/beleid");
    await admin.getByRole("link", { name: "Gemeentepagina van Baarn" }).click();
    await admin.waitForURL("**/admin/beleid/pagina/baarn");
    await admin.getByRole("heading", { level: 1, name: "Gemeentepagina Baarn" }).waitFor();
    await checkPage(admin, "admin-municipality-page-editor");

    const intro = "Baarn zoekt bedrijven die mensen uit Baarn een eerste baan geven.";
    await admin.getByLabel("Inleiding").fill(intro);
    await admin.getByRole("button", { name: "Concept opslaan" }).click();
    await admin.getByText("Het concept is opgeslagen.").waitFor();
    const preview = admin.locator(".sroi-preview-frame");
    await expect(preview.textContent()).resolves.toContain(intro);
    await checkPage(admin, "admin-municipality-page-draft");

    // The public still reads the published text.
    const visitor = await openPage(browser);
    await visitor.goto("/portal/gemeenten/baarn");
    await visitor.getByRole("heading", { level: 1, name: "Social return in Baarn" }).waitFor();
    await expect(visitor.locator("main").textContent()).resolves.not.toContain(intro);

    await admin.getByRole("button", { name: "Publiceren" }).click();
    await admin.getByText("De pagina is gepubliceerd.").waitFor();
    await checkPage(admin, "admin-municipality-page-published");

    await visitor.reload();
    await visitor.getByRole("heading", { level: 1, name: "Social return in Baarn" }).waitFor();
    await expect(visitor.locator("main").textContent()).resolves.toContain(intro);
  });

  it("reads on a phone without sideways scrolling", async () => {
    const page = await openPage(browser, PHONE);
    await page.goto("/portal/gemeenten/haarlem");
    await page.getByRole("heading", { level: 1, name: "Social return in Haarlem" }).waitFor();
    await page.getByRole("heading", { level: 2, name: "Vragen en ideeën" }).waitFor();
    await checkPage(page, "portal-municipality-haarlem-phone");
    await expect(pageOverflowsHorizontally(page)).resolves.toBe(false);
    await page.emulateMedia({ media: "print" });
    await saveScreenshot(page, "portal-municipality-haarlem-print", { fullPage: true });
  });
});
