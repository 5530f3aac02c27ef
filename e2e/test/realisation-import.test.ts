// Verantwoording importeren in the portal: the template downloads; a good CSV imports every row; a
// CSV with one wrong row among good ones shows the report line by line and imports nothing; an
// Excel workbook (built here with exceljs, which the API uses to read it) imports too.
import ExcelJS from "exceljs";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { browserAvailable, checkPage, launchBrowser, type TestPage } from "../support/browser.js";
import {
  asSomeone,
  COORDINATOR,
  registerSpaarneWorks,
  SPAARNE_ADMIN,
} from "../support/contracts.js";
import { graphqlAs } from "../support/session.js";

const REALISATIONS = `query ($id: ID!) { contract(id: $id) {
  realisations { blockCode personRef status value } } }`;

const HEADER =
  "bouwblok,kenmerk_persoon,naam_persoon,geboortedatum,doelgroep,woongemeente,uren_per_week,begindatum,einddatum,uren,dagen,aantal,medewerkers,bedrag_excl_btw,toeslagen,leverancier,kvk_leverancier,factuurnummer,factuurdatum,omschrijving";

/** A CSV row in the template's column order, from the columns that are filled. */
function row(values: Record<string, string>): string {
  return HEADER.split(",")
    .map((column) => {
      const value = values[column] ?? "";
      return /[",\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
    })
    .join(",");
}

type Stored = { blockCode: string; personRef: string | null; status: string; value: string };

async function realisationsOf(page: TestPage, contractId: string): Promise<Stored[]> {
  const data = await graphqlAs<{ contract: { realisations: Stored[] } }>(page, REALISATIONS, {
    id: contractId,
  });
  return data.contract.realisations;
}

const byBlockAndRef = (a: Stored, b: Stored) =>
  `${a.blockCode}${a.personRef}`.localeCompare(`${b.blockCode}${b.personRef}`);

describe.skipIf(!browserAvailable)("verantwoording importeren", () => {
  let browser: Browser;
  let page: TestPage;
  let contractId: string;
  beforeAll(async () => {
    browser = await launchBrowser();
    const coordinator = await asSomeone(browser, COORDINATOR);
    contractId = await registerSpaarneWorks(coordinator, "AMF-E2E-IMPORT", "Onderhoud fietspaden");
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function openImport() {
    page = await asSomeone(browser, SPAARNE_ADMIN);
    await page.goto(`/portal/opdrachten/${contractId}`);
    await page.getByRole("link", { name: "Importeren uit Excel of CSV" }).click();
    await page.waitForURL("**/verantwoording/importeren");
    await page.getByLabel("Bestand", { exact: true }).waitFor();
  }

  async function upload(name: string, mimeType: string, buffer: Buffer) {
    await page.getByLabel("Bestand", { exact: true }).setInputFiles({ name, mimeType, buffer });
    await page.getByRole("button", { name: "Importeren", exact: true }).click();
  }

  it("offers the template to download, with the columns the import reads", async () => {
    await openImport();
    await checkPage(page, "portal-realisation-import");
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "het sjabloon als CSV" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("verantwoording-sjabloon.csv");
    const path = await download.path();
    const { readFile } = await import("node:fs/promises");
    const text = await readFile(path, "utf8");
    // With a BOM, so Excel reads it as UTF-8; then the header and one example row.
    expect(text.startsWith("\uFEFF")).toBe(true);
    const [header, example] = text.slice(1).split("\r\n");
    expect(header).toBe(HEADER);
    // The example writes its dates as Dutch Excel saves them.
    expect(example?.startsWith("PW,K-001,,,Participatiewet,GM0307,32,01-01-2026,30-06-2026")).toBe(
      true,
    );
    const [workbook] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "Download het sjabloon (Excel)" }).click(),
    ]);
    expect(workbook.suggestedFilename()).toBe("verantwoording-sjabloon.xlsx");
  });

  it("imports every row of a good CSV file", async () => {
    await openImport();
    const csv = [
      HEADER,
      row({
        bouwblok: "PW",
        kenmerk_persoon: "K-101",
        woongemeente: "GM0307",
        uren_per_week: "36",
        begindatum: "2026-01-01",
        einddatum: "2026-03-31",
      }),
      row({
        bouwblok: "INKOOP",
        bedrag_excl_btw: "1000,00",
        leverancier: "Werkbedrijf Eemvallei",
        kvk_leverancier: "90000010",
        factuurnummer: "F-88",
        factuurdatum: "2026-02-15",
      }),
      row({ bouwblok: "INITIATIEF", uren: "8", medewerkers: "2", omschrijving: "Buurtmoestuin" }),
    ].join("\r\n");
    await upload("goed.csv", "text/csv", Buffer.from(csv));
    await page.getByRole("heading", { name: "Geïmporteerd" }).waitFor();
    await checkPage(page, "portal-realisation-import-done");
    await expect(page.locator("main").textContent()).resolves.toContain(
      "3 verantwoordingen uit goed.csv zijn ingediend.",
    );
    // PW: 40.000 × 36/36 × 90/365 (1 January to 31 March) = 9.863,013… → 9.863,01;
    // INKOOP: 100 % of 1.000,00; INITIATIEF: 8 hours × € 100,00 = 800,00.
    expect((await realisationsOf(page, contractId)).sort(byBlockAndRef)).toEqual([
      { blockCode: "INITIATIEF", personRef: null, status: "SUBMITTED", value: "800.00" },
      { blockCode: "INKOOP", personRef: null, status: "SUBMITTED", value: "1000.00" },
      { blockCode: "PW", personRef: "K-101", status: "SUBMITTED", value: "9863.01" },
    ]);

    await page.getByRole("link", { name: "Bekijk ze bij de opdracht" }).click();
    const rows = page.getByRole("table", { name: /^Uw verantwoordingen/ }).locator("tbody tr");
    await expect.poll(() => rows.count()).toBe(3);
  });

  it("imports nothing from a CSV with one wrong row, and says what is wrong where", async () => {
    await openImport();
    const csv = [
      HEADER,
      row({
        bouwblok: "PW",
        kenmerk_persoon: "K-201",
        uren_per_week: "20",
        begindatum: "2026-04-01",
        einddatum: "2026-04-30",
      }),
      row({
        bouwblok: "BBL",
        kenmerk_persoon: "123456782",
        uren_per_week: "32",
        begindatum: "2026-04-01",
        einddatum: "2026-04-30",
      }),
      row({ bouwblok: "INITIATIEF", uren: "4", omschrijving: "Voorlezen op basisschool" }),
    ].join("\r\n");
    await upload("fout.csv", "text/csv", Buffer.from(csv));
    await page.getByRole("heading", { name: "Er is niets geïmporteerd" }).waitFor();
    await checkPage(page, "portal-realisation-import-report");
    const report = page.getByRole("table", { name: "Fouten in fout.csv" });
    await expect(
      report
        .locator("tbody tr")
        .evaluateAll((trs) =>
          trs.map((tr) => Array.from(tr.querySelectorAll("th, td"), (cell) => cell.textContent)),
        ),
    ).resolves.toEqual([
      [
        "3",
        "kenmerk_persoon",
        "Gebruik een eigen kenmerk voor de persoon, nooit een BSN of ander nummer van 8 of 9 cijfers.",
      ],
    ]);
    // Still the three of the good file: the two good rows of this one were not imported either.
    await expect(realisationsOf(page, contractId)).resolves.toHaveLength(3);
  });

  it("imports an Excel workbook, with dates typed as dates", async () => {
    await openImport();
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Verantwoording");
    sheet.addRow(HEADER.split(","));
    const columns = HEADER.split(",");
    const cells = (values: Record<string, string | number | Date>) =>
      columns.map((column) => values[column] ?? null);
    sheet.addRow(
      cells({
        bouwblok: "BBL",
        kenmerk_persoon: "K-301",
        uren_per_week: 32,
        begindatum: new Date(Date.UTC(2026, 0, 1)),
        einddatum: new Date(Date.UTC(2026, 11, 31)),
        toeslagen: "",
      }),
    );
    sheet.addRow(cells({ bouwblok: "KENNIS", uren: 6, omschrijving: "Gastles veilig werken" }));
    const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
    await upload(
      "verantwoording.xlsx",
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      buffer,
    );
    await page.getByRole("heading", { name: "Geïmporteerd" }).waitFor();
    await checkPage(page, "portal-realisation-import-xlsx");
    await expect(page.locator("main").textContent()).resolves.toContain(
      "2 verantwoordingen uit verantwoording.xlsx zijn ingediend.",
    );
    // BBL: 35.000 × 32/36 × 365/365 = 31.111,111… → 31.111,11; KENNIS: 6 hours × € 100,00 = 600,00.
    const stored = await realisationsOf(page, contractId);
    expect(stored).toHaveLength(5);
    expect(
      stored.filter((r) => r.blockCode === "BBL" || r.blockCode === "KENNIS").sort(byBlockAndRef),
    ).toEqual([
      { blockCode: "BBL", personRef: "K-301", status: "SUBMITTED", value: "31111.11" },
      { blockCode: "KENNIS", personRef: null, status: "SUBMITTED", value: "600.00" },
    ]);
  });

  it("refuses a file that is not a spreadsheet before sending it", async () => {
    await openImport();
    await upload("foto.png", "image/png", Buffer.from("geen spreadsheet"));
    await page.locator("#import-bestand-fout").waitFor();
    await expect(page.locator("#import-bestand-fout").textContent()).resolves.toBe(
      "Kies een CSV- of Excel-bestand: de bestandsnaam eindigt op .csv of .xlsx.",
    );
    await checkPage(page, "portal-realisation-import-wrong-file");
  });
});
