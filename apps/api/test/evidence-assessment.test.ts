import { backends } from "@sroi/db/testing/backends";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Client, startTestApi, type TestApi } from "./support.js";

const PDF = Buffer.from(
  "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n",
);

describe.each(backends())("evidence and assessment on $name", (backend) => {
  let api: TestApi;
  let eemland: Client;
  let consultant: Client;
  beforeAll(async () => {
    if (!backend.available) return;
    api = await startTestApi(backend, { demo: true });
    eemland = await api.loginAs("admin@bouwbedrijf-eemland.demo");
    consultant = await api.loginAs("consultant@wsp-amersfoort.demo");
  });
  afterAll(async () => {
    await api?.close();
  });

  const upload = (client: Client, contractId: string, body: Buffer, type = "application/pdf") =>
    fetch(`${api.url}/bewijs?contractId=${contractId}&bestandsnaam=urenstaat.pdf`, {
      method: "POST",
      headers: { "content-type": type, ...(client.cookie ? { cookie: client.cookie } : {}) },
      body,
    });

  it.skipIf(!backend.available)(
    "accepts PDF and images by their content, refuses other types, oversize files and strangers",
    async () => {
      const contract = await api.prisma.contract.findFirstOrThrow({
        where: { reference: "AMF-2026-001" },
      });
      const ok = await upload(eemland, contract.id, PDF);
      expect(ok.status).toBe(201);
      const stored = (await ok.json()) as {
        id: string;
        mimeType: string;
        size: number;
        sha256: string;
      };
      expect(stored).toMatchObject({ mimeType: "application/pdf", size: PDF.length });
      expect(stored.sha256).toMatch(/^[0-9a-f]{64}$/);

      // a text file that claims to be a PDF is refused by its content
      const fake = await upload(eemland, contract.id, Buffer.from("MZ this is not a pdf"));
      expect(fake.status).toBe(415);
      expect(((await fake.json()) as { message: string }).message).toBe(
        "Alleen PDF-, PNG- of JPEG-bestanden zijn toegestaan als bewijs.",
      );
      const big = Buffer.alloc(10 * 1024 * 1024 + 1, 0);
      PDF.copy(big);
      const oversize = await upload(eemland, contract.id, big);
      expect(oversize.status).toBe(413);
      expect(((await oversize.json()) as { message: string }).message).toMatch(
        /te groot; het maximum is 10 MB/,
      );
      const spaarne = await api.loginAs("admin@groen-spaarne.demo");
      expect((await upload(spaarne, contract.id, PDF)).status).toBe(403);
      expect(await api.prisma.evidenceFile.count({ where: { contractId: contract.id } })).toBe(1);

      // attached to a realisation, readable by the WSP, not by another contractor
      const realisation = await eemland.graphql<{
        submitRealisation: { __typename: string; evidence: { id: string; fileName: string }[] };
      }>(
        `mutation ($id: ID!, $evidence: [ID!]) { submitRealisation(contractId: $id, input: { blockCode: "INITIATIEF", hours: "4", evidenceIds: $evidence }) {
        __typename ... on Realisation { evidence { id fileName } } ... on Error { message } } }`,
        { id: contract.id, evidence: [stored.id] },
      );
      expect(realisation.data?.submitRealisation.evidence).toEqual([
        { id: stored.id, fileName: "urenstaat.pdf" },
      ]);
      const download = await fetch(`${api.url}/bewijs/${stored.id}`, {
        headers: { cookie: consultant.cookie ?? "" },
      });
      expect(download.status).toBe(200);
      expect(Buffer.from(await download.arrayBuffer()).equals(PDF)).toBe(true);
      expect(
        (
          await fetch(`${api.url}/bewijs/${stored.id}`, {
            headers: { cookie: spaarne.cookie ?? "" },
          })
        ).status,
      ).toBe(404);
    },
  );

  it.skipIf(!backend.available)(
    "imports realisations from the template all or nothing, with a report per line",
    async () => {
      const contract = await api.prisma.contract.findFirstOrThrow({
        where: { reference: "AMF-2026-001" },
      });
      const template = await (await fetch(`${api.url}/sjablonen/verantwoording.csv`)).text();
      const header = template.replace(/^\uFEFF/, "").split("\r\n")[0] ?? "";
      expect(header.split(",")[0]).toBe("bouwblok");
      const IMPORT = `mutation ($id: ID!, $content: String!, $format: SpreadsheetFormat!) { importRealisations(contractId: $id, format: $format, content: $content) {
      __typename ... on RealisationImport { count realisations { blockCode value } } ... on ImportError { message problems { path message } } } }`;
      type Result = {
        importRealisations: {
          __typename: string;
          count?: number;
          realisations?: { blockCode: string; value: string }[];
          problems?: { path: string; message: string }[];
        };
      };
      const row = (values: Record<string, string>) =>
        header
          .split(",")
          .map((c) => values[c] ?? "")
          .join(",");
      const bad = [
        header,
        row({ bouwblok: "INITIATIEF", uren: "8", omschrijving: "Voorlezen in de bibliotheek" }),
        row({
          bouwblok: "PW",
          kenmerk_persoon: "123456789",
          uren_per_week: "24",
          begindatum: "2026-01-01",
          einddatum: "2026-03-31",
        }),
        row({ bouwblok: "BESTAAT-NIET" }),
        row({ bouwblok: "INKOOP", bedrag_excl_btw: "-5" }),
        row({ bouwblok: "INITIATIEF", uren: "2", begindatum: "31-02-2026" }),
        row({ bouwblok: "INKOOP", bedrag_excl_btw: '"1,234.56"', factuurdatum: "02/15/2026" }),
      ].join("\n");
      const before = await api.prisma.realisation.count();
      const report = await eemland.graphql<Result>(IMPORT, {
        id: contract.id,
        content: bad,
        format: "CSV",
      });
      expect(report.data?.importRealisations.__typename).toBe("ImportError");
      expect(report.data?.importRealisations.problems).toEqual([
        {
          path: "regel 3, kenmerk_persoon",
          message:
            "Gebruik een eigen kenmerk voor de persoon, nooit een BSN of ander nummer van 8 of 9 cijfers.",
        },
        {
          path: "regel 4, bouwblok",
          message: expect.stringContaining("Bouwblok BESTAAT-NIET staat niet in"),
        },
        // the form's own words: the import reads numbers and dates with the form's readers
        {
          path: "regel 5, bedrag_excl_btw",
          message: "Het bedrag excl. btw kan niet negatief zijn.",
        },
        { path: "regel 6, begindatum", message: "31-02-2026 is geen bestaande datum." },
        {
          path: "regel 7, bedrag_excl_btw",
          message: "Schrijf het bedrag excl. btw in euro's, bijvoorbeeld 1.234,56.",
        },
        { path: "regel 7, factuurdatum", message: "02/15/2026 is geen bestaande datum." },
      ]);
      expect(await api.prisma.realisation.count()).toBe(before);

      const good = [
        header,
        row({ bouwblok: "INITIATIEF", uren: "8", omschrijving: "Voorlezen in de bibliotheek" }),
        row({
          bouwblok: "INKOOP",
          bedrag_excl_btw: "1250.00",
          leverancier: "Werkbedrijf Eemvallei",
          factuurnummer: "F-1",
          factuurdatum: "2026-02-01",
        }),
      ].join("\n");
      const imported = await eemland.graphql<Result>(IMPORT, {
        id: contract.id,
        content: good,
        format: "CSV",
      });
      // 8 × 100.00 = 800.00; invoice 1250.00 × 1.00
      expect(imported.data?.importRealisations).toMatchObject({
        __typename: "RealisationImport",
        count: 2,
        realisations: [
          { blockCode: "INITIATIEF", value: "800.00" },
          { blockCode: "INKOOP", value: "1250.00" },
        ],
      });
    },
  );

  it.skipIf(!backend.available)(
    "imports numbers and dates as Dutch Excel saves them, in CSV and XLSX, as the form reads them",
    async () => {
      const contract = await api.prisma.contract.findFirstOrThrow({
        where: { reference: "AMF-2026-001" },
      });
      const template = await (await fetch(`${api.url}/sjablonen/verantwoording.csv`)).text();
      const columns = (template.replace(/^\uFEFF/, "").split("\r\n")[0] ?? "").split(",");
      const IMPORT = `mutation ($id: ID!, $content: String!, $format: SpreadsheetFormat!) { importRealisations(contractId: $id, format: $format, content: $content) {
      __typename ... on RealisationImport { realisations { blockCode value amountExclVat hours hoursPerWeek employees startDate endDate invoiceDate } }
      ... on ImportError { problems { path message } } } }`;
      type Imported = {
        importRealisations: { __typename: string; realisations?: Record<string, unknown>[] };
      };
      // 90 days from the contract's start, the first one written as Dutch Excel pads it, the
      // last as it does not
      const start = contract.startDate ?? contract.awardDate;
      const end = new Date(start.getTime() + 89 * 86_400_000);
      const iso = (date: Date) => date.toISOString().slice(0, 10);
      const [startYear, startMonth, startDay] = iso(start).split("-");
      const [endYear, endMonth, endDay] = iso(end).split("-").map(Number);
      // Dutch Excel writes semicolons, thousands dots, decimal commas and dd-mm-jjjj dates.
      const csv = [
        columns.join(";"),
        ...(
          [
            {
              bouwblok: "PW",
              uren_per_week: "32",
              begindatum: `${startDay}-${startMonth}-${startYear}`,
              einddatum: `${endDay}-${endMonth}-${endYear}`,
            },
            {
              bouwblok: "INKOOP",
              bedrag_excl_btw: "€ 1.234,56",
              leverancier: "Werkbedrijf Eemvallei",
              factuurdatum: "15-02-2026",
            },
            { bouwblok: "INITIATIEF", uren: "7,5", medewerkers: "2" },
          ] as Record<string, string>[]
        ).map((values) => columns.map((c) => values[c] ?? "").join(";")),
      ].join("\r\n");
      const fromCsv = await eemland.graphql<Imported>(IMPORT, {
        id: contract.id,
        content: csv,
        format: "CSV",
      });
      const none = {
        amountExclVat: null,
        hours: null,
        hoursPerWeek: null,
        employees: null,
        startDate: null,
        endDate: null,
        invoiceDate: null,
      };
      expect(fromCsv.data?.importRealisations).toEqual({
        __typename: "RealisationImport",
        realisations: [
          // 40000.00 × 32/36 × 90/365 = 8767.123… → 8767.12
          {
            ...none,
            blockCode: "PW",
            value: "8767.12",
            hoursPerWeek: "32",
            startDate: iso(start),
            endDate: iso(end),
          },
          // 1.00 × 1234.56
          {
            ...none,
            blockCode: "INKOOP",
            value: "1234.56",
            amountExclVat: "1234.56",
            invoiceDate: "2026-02-15",
          },
          // 7.5 hours × 100.00
          { ...none, blockCode: "INITIATIEF", value: "750.00", hours: "7.5", employees: 2 },
        ],
      });

      // In a workbook a number is a number: 1.5 hours is one and a half, never a Dutch 15.
      const workbook = new ExcelJS.Workbook();
      const sheet = workbook.addWorksheet("Verantwoording");
      sheet.addRow(columns);
      const cells = (values: Record<string, string | number | Date>) =>
        columns.map((column) => values[column] ?? null);
      sheet.addRow(cells({ bouwblok: "INITIATIEF", uren: 1.5 }));
      sheet.addRow(
        cells({
          bouwblok: "INKOOP",
          bedrag_excl_btw: 1234.5,
          leverancier: "Werkbedrijf Eemvallei",
          factuurdatum: "1-2-2026",
        }),
      );
      const fromXlsx = await eemland.graphql<Imported>(IMPORT, {
        id: contract.id,
        content: Buffer.from(await workbook.xlsx.writeBuffer()).toString("base64"),
        format: "XLSX",
      });
      expect(fromXlsx.data?.importRealisations).toEqual({
        __typename: "RealisationImport",
        realisations: [
          // 1.5 hours × 100.00
          { ...none, blockCode: "INITIATIEF", value: "150.00", hours: "1.5" },
          {
            ...none,
            blockCode: "INKOOP",
            value: "1234.50",
            amountExclVat: "1234.50",
            invoiceDate: "2026-02-01",
          },
        ],
      });
    },
  );

  it.skipIf(!backend.available)(
    "serves the template as XLSX too: the CSV's columns, dates shown day first, every column explained",
    async () => {
      const answer = await fetch(`${api.url}/sjablonen/verantwoording.xlsx`);
      expect(answer.status).toBe(200);
      expect(answer.headers.get("content-type")).toContain("spreadsheetml");
      const csv = await (await fetch(`${api.url}/sjablonen/verantwoording.csv`)).text();
      const [csvHeader = "", csvExample = ""] = csv.replace(/^\uFEFF/, "").split("\r\n");
      expect(csvExample).toContain(",01-01-2026,30-06-2026,");
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load((await answer.arrayBuffer()) as ArrayBuffer);
      const [sheet, help] = workbook.worksheets;
      if (!sheet || !help) throw new Error("The template has two sheets");
      const header = (sheet.getRow(1).values as unknown[]).slice(1);
      expect(header.join(",")).toBe(csvHeader);
      const startCell = sheet.getRow(2).getCell(header.indexOf("begindatum") + 1);
      expect(startCell.value).toEqual(new Date("2026-01-01T00:00:00Z"));
      expect(startCell.numFmt).toBe("dd-mm-yyyy");
      const explained = new Map<string, string>();
      help.eachRow((row) => {
        const [, name, meaning] = row.values as unknown[];
        explained.set(String(name), String(meaning));
      });
      for (const column of header) expect(explained.get(String(column))).toBeTruthy();
      expect(explained.get("factuurnummer")).toContain("nummer van de factuur");
      expect(explained.get("Schrijfwijze")).toContain("dd-mm-jjjj");
    },
  );

  it.skipIf(!backend.available)(
    "reports import problems as sentences: a capital first, a full stop last",
    async () => {
      const contract = await api.prisma.contract.findFirstOrThrow({
        where: { reference: "AMF-2026-001" },
      });
      const IMPORT = `mutation ($id: ID!, $content: String!) { importRealisations(contractId: $id, format: CSV, content: $content) {
      __typename ... on ImportError { problems { path message } } } }`;
      type Report = { importRealisations: { problems?: { path: string; message: string }[] } };
      const noBlock = await eemland.graphql<Report>(IMPORT, {
        id: contract.id,
        content: "bouwblok,uren\n,8\n",
      });
      expect(noBlock.data?.importRealisations.problems).toEqual([
        { path: "regel 2, bouwblok", message: "Vul de code van het bouwblok in." },
      ]);
      const noColumn = await eemland.graphql<Report>(IMPORT, {
        id: contract.id,
        content: "blok,uren\nPW,8\n",
      });
      expect(noColumn.data?.importRealisations.problems).toEqual([
        { path: "regel 1", message: "De kolom bouwblok ontbreekt." },
      ]);
    },
  );

  it.skipIf(!backend.available)(
    "records the assessment after the end: sanction defaults to the unrealised part; the letter is a PDF",
    async () => {
      const contract = await api.prisma.contract.findFirstOrThrow({
        where: { reference: "AMF-2024-008" },
      });
      const ASSESS = `mutation ($id: ID!, $v: Int!, $outcome: AssessmentOutcome!, $until: Date, $amount: Decimal, $reason: String) {
      assessContract(contractId: $id, version: $v, outcome: $outcome, recoveryUntil: $until, sanctionAmount: $amount, reason: $reason) {
        __typename ... on Assessment { outcome sanctionAmount obligationAmount acceptedAmount letterUrl }
        ... on ValidationError { issues { field message } } ... on Error { message } } }`;
      type Result = {
        assessContract: {
          __typename: string;
          sanctionAmount?: string;
          obligationAmount?: string;
          letterUrl?: string;
          issues?: { field: string }[];
        };
      };
      const fulfilled = await consultant.graphql<Result>(ASSESS, {
        id: contract.id,
        v: contract.version,
        outcome: "FULFILLED",
      });
      expect(fulfilled.data?.assessContract.issues?.map((i) => i.field)).toEqual(["outcome"]);
      const waived = await consultant.graphql<Result>(ASSESS, {
        id: contract.id,
        v: contract.version,
        outcome: "WAIVED",
      });
      expect(waived.data?.assessContract.issues?.map((i) => i.field)).toEqual(["reason"]);
      const lower = await consultant.graphql<Result>(ASSESS, {
        id: contract.id,
        v: contract.version,
        outcome: "SANCTIONED",
        amount: "1000.00",
      });
      expect(lower.data?.assessContract.issues?.map((i) => i.field)).toEqual(["reason"]);
      // 7.800.000 × 5 % = 390.000, nothing accepted: the sanction is 390.000,00
      const sanctioned = await consultant.graphql<Result>(ASSESS, {
        id: contract.id,
        v: contract.version,
        outcome: "SANCTIONED",
      });
      expect(sanctioned.data?.assessContract).toMatchObject({
        __typename: "Assessment",
        sanctionAmount: "390000.00",
        obligationAmount: "390000.00",
      });
      expect(
        (await api.prisma.contract.findUniqueOrThrow({ where: { id: contract.id } })).status,
      ).toBe("CLOSED");

      const letter = await fetch(`${api.url}${sanctioned.data?.assessContract.letterUrl}`, {
        headers: { cookie: eemland.cookie ?? "" },
      });
      expect(letter.status).toBe(200);
      expect(letter.headers.get("content-type")).toBe("application/pdf");
      expect(
        Buffer.from(await letter.arrayBuffer())
          .subarray(0, 5)
          .toString(),
      ).toBe("%PDF-");
      const spaarne = await api.loginAs("admin@groen-spaarne.demo");
      expect(
        (
          await fetch(`${api.url}${sanctioned.data?.assessContract.letterUrl}`, {
            headers: { cookie: spaarne.cookie ?? "" },
          })
        ).status,
      ).toBe(404);

      const recovery = await api.prisma.contract.findFirstOrThrow({
        where: { reference: "SOE-2024-012" },
      });
      const past = await consultant.graphql<Result>(ASSESS, {
        id: recovery.id,
        v: recovery.version,
        outcome: "RECOVERY_PERIOD",
        until: "2020-01-01",
      });
      expect(past.data?.assessContract.issues?.map((i) => i.field)).toEqual(["recoveryUntil"]);
      const granted = await consultant.graphql<Result>(ASSESS, {
        id: recovery.id,
        v: recovery.version,
        outcome: "RECOVERY_PERIOD",
        until: "2099-06-30",
      });
      expect(granted.data?.assessContract.__typename).toBe("Assessment");
      expect(
        (await api.prisma.contract.findUniqueOrThrow({ where: { id: recovery.id } })).status,
      ).toBe("ASSESSMENT");

      const running = await api.prisma.contract.findFirstOrThrow({
        where: { reference: "AMF-2026-001" },
      });
      const early = await consultant.graphql<Result>(ASSESS, {
        id: running.id,
        v: running.version,
        outcome: "WAIVED",
        reason: "x",
      });
      expect(early.data?.assessContract.__typename).toBe("NotAllowedError");
    },
  );
});
