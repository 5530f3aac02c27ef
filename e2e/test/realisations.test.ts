// Verantwoording across both apps: the contractor reports an employment entry and a social
// purchase with evidence (refused uploads and a BSN as person reference say why in Dutch, and lose
// nothing), the WSP accepts one and rejects the other with a reason, the contractor corrects and
// resubmits (a conflicting change in between is reported and loses nothing), an accepted entry is
// closed, and a maatwerk entry is accepted with a value and its reasoning. Also by keyboard and on
// a phone.
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
  attached,
  CONSULTANT,
  COORDINATOR,
  isRealisationPage,
  PNG,
  pdf,
  registerSpaarneWorks,
  SPAARNE_ADMIN,
} from "../support/contracts.js";
import { graphqlAs } from "../support/session.js";

const REALISATIONS = `query ($id: ID!) { contract(id: $id) {
  realisations { id blockCode status value version reviewReason evidence { fileName } } } }`;
const SUBMIT = `mutation ($contractId: ID!, $input: RealisationInput!) {
  submitRealisation(contractId: $contractId, input: $input) {
    __typename ... on Realisation { id version } ... on Error { message } } }`;
const CORRECT = `mutation ($id: ID!, $v: Int!, $input: RealisationInput!) {
  correctRealisation(id: $id, version: $v, input: $input) { __typename ... on Error { message } } }`;

interface Realisation {
  id: string;
  blockCode: string | null;
  status: string;
  value: string;
  version: number;
  reviewReason: string | null;
  evidence: { fileName: string }[];
}

async function realisationsOf(page: TestPage, contractId: string): Promise<Realisation[]> {
  const data = await graphqlAs<{ contract: { realisations: Realisation[] } }>(page, REALISATIONS, {
    id: contractId,
  });
  return data.contract.realisations;
}

/** A refused upload is an HTTP error on purpose: take it out of the page's error list. */
function forgetRefusedUploads(page: TestPage, status: number) {
  page.errors = page.errors.filter(
    (error) => !new RegExp(`^HTTP ${status} for .*/bewijs\\?`).test(error),
  );
}

/** Presses Tab until the control with this id has focus; fails after a few presses. */
async function tabTo(page: TestPage, id: string) {
  for (let presses = 0; presses < 8; presses++) {
    await page.keyboard.press("Tab");
    if ((await page.evaluate(() => document.activeElement?.id)) === id) return;
  }
  throw new Error(`Tab never reached #${id}`);
}

const evidenceInput = (page: TestPage) => page.getByLabel("Bewijs toevoegen (niet verplicht)");
const estimate = (page: TestPage) =>
  page.locator(".sroi-estimate .sroi-realisation-total").getAttribute("data-amount");
const shownValue = (page: TestPage) =>
  page.locator("main .sroi-realisation-total").getAttribute("data-amount");

describe.skipIf(!browserAvailable)("verantwoording: report, review, correct", () => {
  let browser: Browser;
  let contractId: string;
  beforeAll(async () => {
    browser = await launchBrowser();
    const coordinator = await asSomeone(browser, COORDINATOR);
    contractId = await registerSpaarneWorks(
      coordinator,
      "AMF-E2E-VERANTW",
      "Groenonderhoud brede school Vathorst",
    );
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("the contractor reports an employment entry: a BSN and refused uploads say why, nothing is lost", async () => {
    const page = await asSomeone(browser, SPAARNE_ADMIN);
    await page.goto(`/portal/opdrachten/${contractId}`);
    await page.getByRole("heading", { name: "Verantwoording", level: 2 }).waitFor();
    await checkPage(page, "portal-realisations-empty");
    await expect(
      page.locator("section[aria-labelledby=verantwoording]").textContent(),
    ).resolves.toContain("U heeft voor deze opdracht nog niets verantwoord.");
    await page.getByRole("link", { name: "Activiteit verantwoorden" }).click();
    await page.waitForURL("**/verantwoording/nieuw");
    await checkPage(page, "portal-realisation-new");

    await page.getByLabel("Wat heeft u gerealiseerd?").selectOption("PW");
    await page.getByLabel("Kenmerk van de persoon").fill("123.456.782");
    await page.getByLabel("Naam (niet verplicht)").fill("Sam de Boer");
    await page.getByLabel("Doelgroep (niet verplicht)").fill("Participatiewet");
    await page.getByLabel("Woongemeente (niet verplicht)").selectOption({ label: "Amersfoort" });
    await page.getByLabel("Uren per week").fill("24");
    await page.getByLabel("Begindatum").fill("2026-01-01");
    await page.getByLabel("Einddatum").fill("2026-06-30");
    await page.getByLabel(/^Werkzoekende ouder dan 50 jaar/).check();
    // 40.000 × 24/36 × 181/365 = 13.223,744… → 13.223,74; the 50+ bonus 10.000 × 24/36 × 181/365
    // = 3.305,936… → 3.305,94; together 16.529,68.
    await expect.poll(() => estimate(page)).toBe("16529.68");
    await expect(page.locator(".sroi-estimate").textContent()).resolves.toContain("€ 16.529,68");

    // Text named .pdf: the server looks at the bytes and refuses it.
    await evidenceInput(page).setInputFiles({
      name: "urenstaat.pdf",
      mimeType: "application/pdf",
      buffer: Buffer.from("Dit is geen PDF maar platte tekst."),
    });
    await page
      .getByText("urenstaat.pdf: Alleen PDF-, PNG- of JPEG-bestanden zijn toegestaan als bewijs.")
      .waitFor();
    await expect(attached(page).count()).resolves.toBe(0);
    forgetRefusedUploads(page, 415);
    await checkPage(page, "portal-realisation-wrong-type");

    // One byte over 10 MB, with a PDF's first bytes: refused for its size.
    const oversize = Buffer.alloc(10 * 1024 * 1024 + 1, 0x20);
    pdf("groot").copy(oversize);
    await evidenceInput(page).setInputFiles({
      name: "scan.pdf",
      mimeType: "application/pdf",
      buffer: oversize,
    });
    await page.getByText("scan.pdf: Het bestand is te groot; het maximum is 10 MB.").waitFor();
    await expect(attached(page).count()).resolves.toBe(0);
    forgetRefusedUploads(page, 413);
    await checkPage(page, "portal-realisation-too-large");
    // Submitting now names the refused file in the error summary too, not only at the field.
    await page.getByRole("button", { name: "Verantwoording indienen" }).click();
    await expect
      .poll(() => page.locator(".sroi-error-summary").getByRole("link").allTextContents())
      .toContain("scan.pdf is niet toegevoegd: Het bestand is te groot; het maximum is 10 MB.");
    await checkPage(page, "portal-realisation-refused-in-summary");

    const contract = pdf("arbeidsovereenkomst Sam de Boer");
    await evidenceInput(page).setInputFiles({
      name: "arbeidsovereenkomst.pdf",
      mimeType: "application/pdf",
      buffer: contract,
    });
    await expect.poll(() => attached(page).count()).toBe(1);
    await expect(attached(page).first().textContent()).resolves.toBe(
      `arbeidsovereenkomst.pdf (PDF, ${contract.length} bytes)Verwijderen arbeidsovereenkomst.pdf`,
    );
    // The refusal is gone once a file was accepted.
    await expect(page.getByText("Het bestand is te groot").count()).resolves.toBe(0);

    await page.getByRole("button", { name: "Verantwoording indienen" }).click();
    const fieldError = page.locator("#verantwoording-kenmerk-fout");
    await fieldError.waitFor();
    await expect(fieldError.textContent()).resolves.toBe(
      "Gebruik een eigen kenmerk voor de persoon, nooit een BSN of ander nummer van 8 of 9 cijfers.",
    );
    await expect(
      page.locator(".sroi-error-summary").getByRole("link").allTextContents(),
    ).resolves.toEqual([
      "Gebruik een eigen kenmerk voor de persoon, nooit een BSN of ander nummer van 8 of 9 cijfers.",
    ]);
    await checkPage(page, "portal-realisation-bsn");
    // Everything typed and attached is still there.
    await expect(page.getByLabel("Naam (niet verplicht)").inputValue()).resolves.toBe(
      "Sam de Boer",
    );
    await expect(page.getByLabel("Einddatum").inputValue()).resolves.toBe("2026-06-30");
    await expect(attached(page).count()).resolves.toBe(1);

    await page.getByLabel("Kenmerk van de persoon").fill("K-001");
    await page.getByRole("button", { name: "Verantwoording indienen" }).click();
    await page.waitForURL(isRealisationPage);
    await page.getByText("Uw verantwoording is ingediend.", { exact: false }).waitFor();
    await checkPage(page, "portal-realisation-submitted");
    await expect(page.locator("h1").textContent()).resolves.toBe("Participatiewet");
    await expect(shownValue(page)).resolves.toBe("16529.68");
    const main = (await page.locator("main").textContent()) ?? "";
    expect(main).toContain("Ingediend");
    expect(main).toContain("K-001");
    expect(main).toContain("1 januari 2026 t/m 30 juni 2026");
    expect(main).toContain("Amersfoort");
    // The name is for the WSP only: the portal does not show it back.
    expect(main).not.toContain("Sam de Boer");
    // The evidence downloads as it was uploaded.
    const link = page.getByRole("link", { name: "arbeidsovereenkomst.pdf" });
    const download = await page.request.get((await link.getAttribute("href")) ?? "");
    expect(download.status()).toBe(200);
    expect(Buffer.from(await download.body()).equals(contract)).toBe(true);
  });

  it("the contractor reports a social purchase with an image as evidence", async () => {
    const page = await asSomeone(browser, SPAARNE_ADMIN);
    await page.goto(`/portal/opdrachten/${contractId}/verantwoording/nieuw`);
    await page.getByLabel("Wat heeft u gerealiseerd?").waitFor();
    await page.getByLabel("Wat heeft u gerealiseerd?").selectOption("INKOOP");
    await page.getByLabel("Naam van de sociale onderneming").fill("Werkbedrijf Eemvallei");
    await page.getByLabel("KvK-nummer van de leverancier (niet verplicht)").fill("90000010");
    await page.getByLabel("Factuurnummer").fill("F-2026-017");
    await page.getByLabel("Factuurdatum").fill("2026-03-01");
    await page.getByLabel("Factuurbedrag excl. btw").fill("2.500,50");
    // 100 % of € 2.500,50 excl. btw
    await expect.poll(() => estimate(page)).toBe("2500.50");
    await evidenceInput(page).setInputFiles({
      name: "factuur.png",
      mimeType: "image/png",
      buffer: PNG,
    });
    await expect.poll(() => attached(page).count()).toBe(1);
    await checkPage(page, "portal-realisation-purchase");
    await page.getByRole("button", { name: "Verantwoording indienen" }).click();
    await page.waitForURL(isRealisationPage);
    await page.getByText("Uw verantwoording is ingediend.", { exact: false }).waitFor();
    await expect(shownValue(page)).resolves.toBe("2500.50");
    await expect(page.locator("main").textContent()).resolves.toContain("factuur.png (PNG, ");

    await page.getByRole("link", { name: "Terug naar de opdracht" }).click();
    const rows = page.getByRole("table", { name: /^Uw verantwoordingen/ }).locator("tbody tr");
    await expect.poll(() => rows.count()).toBe(2);
    await checkPage(page, "portal-realisations-two");
    await expect(
      page.locator("section[aria-labelledby=verantwoording]").textContent(),
    ).resolves.toContain("2 verantwoordingen: 2 ingediend.");
  });

  it("the WSP accepts the employment entry and rejects the purchase with a reason", async () => {
    const page = await asSomeone(browser, CONSULTANT);
    await page.goto(`/admin/opdrachten/${contractId}`);
    const table = page.getByRole("table", { name: /^Verantwoordingen van de opdrachtnemer/ });
    await expect.poll(() => table.locator("tbody tr").count()).toBe(2);
    await checkPage(page, "admin-realisations");
    // Staff see the name; the count says what waits for review.
    await expect(table.textContent()).resolves.toContain("Sam de Boer");
    await expect(
      page.locator("section[aria-labelledby=verantwoording]").textContent(),
    ).resolves.toContain("2 verantwoordingen: 2 ingediend. 2 wachten op uw beoordeling.");

    await table.getByRole("link", { name: "Participatiewet" }).click();
    await page.waitForURL(isRealisationPage);
    await page.getByRole("button", { name: "Accepteren" }).waitFor();
    await checkPage(page, "admin-realisation-review");
    const main = (await page.locator("main").textContent()) ?? "";
    expect(main).toContain("Sam de Boer");
    expect(main).toContain("Werkzoekende ouder dan 50 jaar");
    await expect(shownValue(page)).resolves.toBe("16529.68");
    await expect(
      page.getByRole("link", { name: "arbeidsovereenkomst.pdf" }).getAttribute("href"),
    ).resolves.toMatch(/^\/bewijs\/.+/);
    await page.getByRole("button", { name: "Accepteren" }).click();
    await page.getByText("De verantwoording is geaccepteerd.", { exact: false }).waitFor();
    await expect
      .poll(() => page.locator("main .utrecht-status-badge").first().textContent())
      .toBe("Geaccepteerd");
    await expect
      .poll(() => page.locator(".sroi-timeline").textContent())
      .toContain("Geaccepteerd op");
    await checkPage(page, "admin-realisation-accepted");
    await expect(page.getByRole("button", { name: "Accepteren" }).count()).resolves.toBe(0);

    await page.getByRole("link", { name: "Terug naar de opdracht" }).click();
    await table
      .getByRole("link", { name: "Inkopen bij sociaal ondernemers en/of sociale werkvoorziening" })
      .click();
    await page.waitForURL(isRealisationPage);
    await page.getByRole("button", { name: "Afwijzen" }).click();
    await page.locator("#beoordeling-reden-fout").waitFor();
    await expect(page.locator("#beoordeling-reden-fout").textContent()).resolves.toBe(
      "Schrijf waarom u de verantwoording afwijst.",
    );
    await checkPage(page, "admin-realisation-reject-no-reason");
    await page
      .getByLabel("Toelichting of reden")
      .fill("De factuur is niet leesbaar. Stuur een scan van de hele factuur.");
    await page.getByRole("button", { name: "Afwijzen" }).click();
    await page.getByText("De verantwoording is afgewezen.", { exact: false }).waitFor();
    await expect
      .poll(() => page.locator("main .utrecht-status-badge").first().textContent())
      .toBe("Afgewezen");
    await checkPage(page, "admin-realisation-rejected");

    const stored = await realisationsOf(page, contractId);
    expect(stored.map((r) => [r.blockCode, r.status, r.value]).sort()).toEqual([
      ["INKOOP", "REJECTED", "2500.50"],
      ["PW", "ACCEPTED", "16529.68"],
    ]);
  });

  it("the contractor sees the reason, corrects and resubmits; a conflicting change loses nothing", async () => {
    const page = await asSomeone(browser, SPAARNE_ADMIN);
    await page.goto(`/portal/opdrachten/${contractId}`);
    const table = page.getByRole("table", { name: /^Uw verantwoordingen/ });
    await expect.poll(() => table.locator("tbody tr").count()).toBe(2);
    const purchaseRow = table.getByRole("row", { name: /Inkopen bij sociaal ondernemers/ });
    await expect(purchaseRow.textContent()).resolves.toContain(
      "De factuur is niet leesbaar. Stuur een scan van de hele factuur.",
    );
    await expect(purchaseRow.textContent()).resolves.toContain("Afgewezen");

    await purchaseRow.getByRole("link").click();
    await page.waitForURL(isRealisationPage);
    await page.getByRole("heading", { name: "Afgewezen door WSP regio Amersfoort" }).waitFor();
    await checkPage(page, "portal-realisation-rejected");
    await page.getByRole("link", { name: "Corrigeren" }).click();
    await page.waitForURL("**/corrigeren");
    await checkPage(page, "portal-realisation-correct");
    await expect(page.getByLabel("Naam van de sociale onderneming").inputValue()).resolves.toBe(
      "Werkbedrijf Eemvallei",
    );
    await expect(page.getByLabel("Factuurbedrag excl. btw").inputValue()).resolves.toBe("2500,50");
    await page.getByLabel("Factuurbedrag excl. btw").fill("2.400");
    const scan = pdf("volledige factuur F-2026-017");
    await evidenceInput(page).setInputFiles({
      name: "factuur-volledig.pdf",
      mimeType: "application/pdf",
      buffer: scan,
    });
    await expect.poll(() => attached(page).count()).toBe(1);
    // 100 % of € 2.400,00
    await expect.poll(() => estimate(page)).toBe("2400.00");

    // Meanwhile a colleague corrects the same entry.
    const [purchase] = (await realisationsOf(page, contractId)).filter(
      (r) => r.blockCode === "INKOOP",
    );
    await graphqlAs(page, CORRECT, {
      id: purchase?.id,
      v: purchase?.version,
      input: {
        blockCode: "INKOOP",
        amountExclVat: "2500.50",
        supplierName: "Werkbedrijf Eemvallei",
        invoiceNumber: "F-2026-017",
        invoiceDate: "2026-03-01",
      },
    });
    await page.getByRole("button", { name: "Correctie indienen" }).click();
    await page
      .getByRole("heading", { name: "Iemand anders heeft deze verantwoording intussen gewijzigd" })
      .waitFor();
    await checkPage(page, "portal-realisation-conflict");
    await expect(page.getByLabel("Factuurbedrag excl. btw").inputValue()).resolves.toBe("2.400");
    await expect(attached(page).count()).resolves.toBe(1);
    await page.getByRole("button", { name: "Laad de nieuwe gegevens" }).click();
    await page.getByText("De nieuwe gegevens zijn geladen", { exact: false }).waitFor();
    await expect(page.getByLabel("Factuurbedrag excl. btw").inputValue()).resolves.toBe("2.400");
    await page.getByRole("button", { name: "Correctie indienen" }).click();
    await page.waitForURL(isRealisationPage);
    await page.getByText("Uw correctie is ingediend.", { exact: false }).waitFor();
    await checkPage(page, "portal-realisation-corrected");
    await expect(shownValue(page)).resolves.toBe("2400.00");
    await expect(page.locator("main .utrecht-status-badge").first().textContent()).resolves.toBe(
      "Ingediend",
    );
    const evidence = page.locator(".sroi-evidence-list li");
    await expect(evidence.allTextContents().then((texts) => texts.sort())).resolves.toEqual([
      `factuur-volledig.pdf (PDF, ${scan.length} bytes)`,
      `factuur.png (PNG, ${PNG.length} bytes)`,
    ]);
  });

  it("an accepted entry has no edit action and cannot be corrected", async () => {
    const page = await asSomeone(browser, SPAARNE_ADMIN);
    const accepted = (await realisationsOf(page, contractId)).find((r) => r.blockCode === "PW");
    const path = `/portal/opdrachten/${contractId}/verantwoording/${accepted?.id}`;
    await page.goto(path);
    await page.getByRole("heading", { name: "Geaccepteerd door WSP regio Amersfoort" }).waitFor();
    await checkPage(page, "portal-realisation-accepted");
    await expect(page.getByRole("link", { name: "Corrigeren" }).count()).resolves.toBe(0);
    await expect(page.locator("main").textContent()).resolves.toContain(
      "Een geaccepteerde verantwoording kunt u niet meer wijzigen",
    );
    await page.goto(`${path}/corrigeren`);
    await checkPage(page, "portal-realisation-accepted-correct");
    await expect(page.locator("h1").textContent()).resolves.toBe(
      "Verantwoording niet te corrigeren",
    );
    // The reason is the API's (Realisation.correctRefusal), as correctRealisation would refuse.
    await expect(page.locator("main").textContent()).resolves.toContain(
      "WSP regio Amersfoort heeft deze verantwoording geaccepteerd. Een geaccepteerde verantwoording kan niet meer worden gewijzigd; klopt er iets niet, neem dan contact op met WSP regio Amersfoort.",
    );
    await expect(page.getByRole("form").count()).resolves.toBe(0);
  });

  it("maatwerk is reported without a value and accepted with one and its reasoning", async () => {
    const contractor = await asSomeone(browser, SPAARNE_ADMIN);
    await contractor.goto(`/portal/opdrachten/${contractId}/verantwoording/nieuw`);
    await contractor.getByLabel("Wat heeft u gerealiseerd?").selectOption("maatwerk");
    await contractor
      .getByLabel("Beschrijving van de maatwerkbijdrage")
      .fill("Vier gastlessen bouwtechniek op het vmbo in Vathorst, elk een dagdeel.");
    await expect(contractor.locator(".sroi-estimate").textContent()).resolves.toContain(
      "WSP regio Amersfoort stelt de waarde vast",
    );
    await checkPage(contractor, "portal-realisation-maatwerk");
    await contractor.getByRole("button", { name: "Verantwoording indienen" }).click();
    await contractor.waitForURL(isRealisationPage);
    await contractor.getByText("Uw verantwoording is ingediend.", { exact: false }).waitFor();
    const maatwerkPath = new URL(contractor.url()).pathname.replace("/portal/", "/admin/");

    const consultant = await asSomeone(browser, CONSULTANT);
    await consultant.goto(maatwerkPath);
    await consultant.getByRole("button", { name: "Accepteren" }).click();
    await consultant.locator("#beoordeling-waarde-fout").waitFor();
    await expect(
      consultant.locator(".sroi-error-summary").getByRole("link").allTextContents(),
    ).resolves.toEqual([
      "Stel de waarde van de maatwerkbijdrage vast in euro's, bijvoorbeeld 2.500 of 2500,00.",
      "Leg uit hoe u tot deze waarde komt.",
    ]);
    await checkPage(consultant, "admin-realisation-maatwerk-errors");
    await consultant
      .getByLabel("Vastgestelde waarde in euro's (alleen bij accepteren)")
      .fill("3.000");
    await consultant
      .getByLabel("Onderbouwing of reden")
      .fill("Vier dagdelen van 7,5 uur, gewaardeerd als 30 uur × € 100,00 per uur.");
    await consultant.getByRole("button", { name: "Accepteren" }).click();
    await consultant
      .getByText("De verantwoording is geaccepteerd met een waarde van € 3.000,00.")
      .waitFor();
    await expect.poll(() => shownValue(consultant)).toBe("3000.00");
    await checkPage(consultant, "admin-realisation-maatwerk-accepted");

    await contractor.reload();
    await contractor
      .getByRole("heading", { name: "Geaccepteerd door WSP regio Amersfoort" })
      .waitFor();
    await expect(shownValue(contractor)).resolves.toBe("3000.00");
    await expect(contractor.locator("main").textContent()).resolves.toContain(
      "Vier dagdelen van 7,5 uur, gewaardeerd als 30 uur × € 100,00 per uur.",
    );
  });

  it("the WSP's review after a change by the contractor is refused, and the reason typed stays", async () => {
    const contractor = await asSomeone(browser, SPAARNE_ADMIN);
    const input = { blockCode: "KENNIS", hours: "3", description: "Workshop veilig werken" };
    const { submitRealisation: entry } = await graphqlAs<{
      submitRealisation: { id: string; version: number };
    }>(contractor, SUBMIT, { contractId, input });

    const consultant = await asSomeone(browser, CONSULTANT);
    await consultant.goto(`/admin/opdrachten/${contractId}/verantwoording/${entry.id}`);
    await consultant.getByRole("button", { name: "Afwijzen" }).waitFor();
    const reason = "Stuur de presentielijst van de workshop mee.";
    await consultant.getByLabel("Toelichting of reden").fill(reason);
    // Meanwhile the contractor corrects the hours.
    await graphqlAs(contractor, CORRECT, {
      id: entry.id,
      v: entry.version,
      input: { ...input, hours: "4" },
    });
    await consultant.getByRole("button", { name: "Afwijzen" }).click();
    await consultant
      .getByRole("heading", { name: "Iemand anders heeft deze verantwoording intussen gewijzigd" })
      .waitFor();
    await checkPage(consultant, "admin-realisation-conflict");
    await expect(consultant.getByLabel("Toelichting of reden").inputValue()).resolves.toBe(reason);
    await consultant.getByRole("button", { name: "Laad de nieuwe gegevens" }).click();
    // The corrected value: 4 hours × € 100,00
    await expect.poll(() => shownValue(consultant)).toBe("400.00");
    await expect(consultant.getByLabel("Toelichting of reden").inputValue()).resolves.toBe(reason);
    await consultant.getByRole("button", { name: "Afwijzen" }).click();
    await consultant.getByText("De verantwoording is afgewezen.", { exact: false }).waitFor();
    const stored = (await realisationsOf(contractor, contractId)).find((r) => r.id === entry.id);
    expect(stored).toMatchObject({ status: "REJECTED", value: "400.00", reviewReason: reason });
  });

  it("the form works with the keyboard alone", async () => {
    const page = await asSomeone(browser, SPAARNE_ADMIN);
    await page.goto(`/portal/opdrachten/${contractId}/verantwoording/nieuw`);
    const choice = page.getByLabel("Wat heeft u gerealiseerd?");
    await choice.focus();
    await choice.selectOption("INITIATIEF");
    // The fields follow the choice in reading order.
    await page.keyboard.press("Tab");
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe(
      "verantwoording-omschrijving",
    );
    await page.keyboard.type("Schilderen van buurthuis De Kapel");
    await page.keyboard.press("Tab");
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe(
      "verantwoording-begindatum",
    );
    // The same day whichever order Chromium's date field uses (day or month first)
    await page.keyboard.type("05052026");
    // Past the optional last day (a date field takes a Tab per part) to the hours.
    await tabTo(page, "verantwoording-uren");
    await page.keyboard.type("12");
    await page.keyboard.press("Tab");
    await page.keyboard.type("3");
    // 12 hours × € 100,00 per hour
    await expect.poll(() => estimate(page)).toBe("1200.00");
    await page.keyboard.press("Enter");
    await page.waitForURL(isRealisationPage);
    await page.getByText("Uw verantwoording is ingediend.", { exact: false }).waitFor();
    await checkPage(page, "portal-realisation-keyboard");
    await expect(shownValue(page)).resolves.toBe("1200.00");
    const main = (await page.locator("main").textContent()) ?? "";
    expect(main).toContain("5 mei 2026");
    expect(main).toContain("Aantal medewerkers3");
  });

  it("the form fits a phone", async () => {
    const page = await asSomeone(browser, SPAARNE_ADMIN, PHONE);
    await page.goto(`/portal/opdrachten/${contractId}/verantwoording/nieuw`);
    await page.getByLabel("Wat heeft u gerealiseerd?").selectOption("PW");
    await page.getByLabel("Uren per week").fill("36");
    await page.getByLabel("Begindatum").fill("2026-01-01");
    await page.getByLabel("Einddatum").fill("2026-12-31");
    await evidenceInput(page).setInputFiles({
      name: "arbeidsovereenkomst-met-een-heel-lange-bestandsnaam-zonder-spaties.pdf",
      mimeType: "application/pdf",
      buffer: pdf("telefoon"),
    });
    await expect.poll(() => attached(page).count()).toBe(1);
    // 40.000 × 36/36 × 365/365
    await expect.poll(() => estimate(page)).toBe("40000.00");
    await checkPage(page, "phone-portal-realisation-new");
    await expect(pageOverflowsHorizontally(page)).resolves.toBe(false);

    await page.getByLabel("Kenmerk van de persoon").fill("K-PHONE");
    await page.getByRole("button", { name: "Verantwoording indienen" }).click();
    await page.waitForURL(isRealisationPage);
    await page.getByText("Uw verantwoording is ingediend.", { exact: false }).waitFor();
    await checkPage(page, "phone-portal-realisation");
    await expect(pageOverflowsHorizontally(page)).resolves.toBe(false);

    await page.getByRole("link", { name: "Terug naar de opdracht" }).click();
    await page.getByRole("table", { name: /^Uw verantwoordingen/ }).waitFor();
    await checkPage(page, "phone-portal-realisations");
    await expect(pageOverflowsHorizontally(page)).resolves.toBe(false);
  });
});
