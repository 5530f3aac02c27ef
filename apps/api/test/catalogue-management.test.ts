import { backends } from "@sroi/db/testing/backends";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Client, startTestApi, type TestApi } from "./support.js";

const VERSION_FIELDS = `__typename
  ... on CatalogueVersion { key status validFrom viewerCanEdit problems { path message } blocks { code amount } bonuses { code appliesTo } }
  ... on ValidationError { message issues { field message } }
  ... on Error { message }`;
const IMPORT_FIELDS = `${VERSION_FIELDS}
  ... on ImportError { problems { path message } }`;

interface VersionResult {
  __typename: string;
  key?: string;
  status?: string;
  validFrom?: string | null;
  viewerCanEdit?: boolean;
  problems?: { path: string; message: string }[];
  blocks?: { code: string; amount: string | null }[];
  bonuses?: { code: string; appliesTo: string[] }[];
  message?: string;
  issues?: { field: string; message: string }[];
}

const OBLIGATION = `query ($date: Date!) { obligationPreview(input: { municipalityCode: "GM0307", contractKind: WORKS,
  valueExclVat: "1000000.00", referenceDate: $date }) { ... on ObligationPreview { amount percentage catalogueVersion { key } } } }`;

describe.each(backends())("managing catalogues and policies on $name", (backend) => {
  let api: TestApi;
  let coordinator: Client;
  beforeAll(async () => {
    if (!backend.available) return;
    api = await startTestApi(backend, { demo: true });
    coordinator = await api.loginAs("coordinator@amersfoort.demo");
  });
  afterAll(async () => {
    await api?.close();
  });

  async function run(
    query: string,
    variables: Record<string, unknown>,
    key: string,
    as: Client = coordinator,
  ): Promise<VersionResult> {
    const result = await as.graphql<Record<string, VersionResult>>(query, variables);
    expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
    const value = result.data?.[key];
    if (!value) throw new Error(`no ${key} in ${JSON.stringify(result)}`);
    return value;
  }

  it.skipIf(!backend.available)(
    "drafts a copy, edits two values, compares, publishes; new dates use it, pinned contracts keep the old one",
    async () => {
      const draft = await run(
        `mutation { createCatalogueDraft(regionCode: "regio-amersfoort", key: "regio-amersfoort-2027",
          name: "Bouwblokken regio Amersfoort 2027", copyFromKey: "regio-amersfoort-concept") { ${VERSION_FIELDS} } }`,
        {},
        "createCatalogueDraft",
      );
      expect(draft).toMatchObject({
        __typename: "CatalogueVersion",
        status: "DRAFT",
        viewerCanEdit: true,
        problems: [],
      });
      expect(draft.blocks).toHaveLength(11);

      const saveBlock = `mutation ($block: BlockInput!, $original: String) { saveBlock(catalogueKey: "regio-amersfoort-2027",
        originalCode: $original, block: $block) { ${VERSION_FIELDS} } }`;
      const pw = await run(
        saveBlock,
        {
          original: "PW",
          block: {
            code: "PW",
            name: "Participatiewet",
            category: "EMPLOYMENT",
            kind: "PER_FTE_YEAR",
            amount: "45000.00",
          },
        },
        "saveBlock",
      );
      expect(pw.blocks?.find((b) => b.code === "PW")?.amount).toBe("45000.00");
      const invalid = await run(
        saveBlock,
        {
          original: null,
          block: {
            code: "ww",
            name: "",
            category: "EMPLOYMENT",
            kind: "PER_FTE_YEAR",
            amount: "1.555",
          },
        },
        "saveBlock",
      );
      expect(invalid.__typename).toBe("ValidationError");
      expect(invalid.issues?.map((i) => i.field)).toEqual(["name", "amount"]);
      await run(
        saveBlock,
        {
          original: "BOL",
          block: {
            code: "BOL",
            name: "Mbo bol niveau 2, 3 en 4",
            category: "LEARNING",
            kind: "PER_FTE_YEAR",
            amount: "22500.00",
          },
        },
        "saveBlock",
      );

      const comparison = await coordinator.graphql<{
        compareCatalogueVersions: {
          blocks: {
            code: string;
            status: string;
            changes: { field: string; before: string; after: string }[];
          }[];
          typicalValues: { code: string; before: string; after: string }[];
        };
      }>(`{ compareCatalogueVersions(beforeKey: "regio-amersfoort-concept", afterKey: "regio-amersfoort-2027") {
          blocks { code status changes { field before after } } typicalValues { code before after } } }`);
      const changed = comparison.data?.compareCatalogueVersions.blocks.filter(
        (b) => b.status !== "UNCHANGED",
      );
      expect(changed).toEqual([
        {
          code: "PW",
          status: "CHANGED",
          changes: [{ field: "amount", before: "40000.00", after: "45000.00" }],
        },
        {
          code: "BOL",
          status: "CHANGED",
          changes: [{ field: "amount", before: "20000.00", after: "22500.00" }],
        },
      ]);
      expect(
        comparison.data?.compareCatalogueVersions.typicalValues.find((v) => v.code === "PW"),
      ).toEqual({
        code: "PW",
        before: "40000.00",
        after: "45000.00",
      });

      // The region's catalogue is the WSP's to publish (catalogue-publication.test.ts): its lead.
      const lead = await api.loginAs("lead@wsp-amersfoort.demo");
      const published = await run(
        `mutation { publishCatalogueVersion(key: "regio-amersfoort-2027", validFrom: "2027-01-01") { ${VERSION_FIELDS} } }`,
        {},
        "publishCatalogueVersion",
        lead,
      );
      expect(published).toMatchObject({
        status: "PUBLISHED",
        validFrom: "2027-01-01",
        viewerCanEdit: false,
      });

      const later = await api.graphql<{ obligationPreview: { catalogueVersion: { key: string } } }>(
        OBLIGATION,
        { date: "2027-03-01" },
      );
      expect(later.data?.obligationPreview.catalogueVersion.key).toBe("regio-amersfoort-2027");
      const earlier = await api.graphql<{
        obligationPreview: { catalogueVersion: { key: string } };
      }>(OBLIGATION, { date: "2026-12-31" });
      expect(earlier.data?.obligationPreview.catalogueVersion.key).toBe("regio-amersfoort-concept");
      const pinned = await api.prisma.contract.findFirstOrThrow({
        where: { reference: "AMF-2026-001" },
        include: { catalogueVersion: true },
      });
      expect(pinned.catalogueVersion?.key).toBe("regio-amersfoort-concept");
      // the rekenhulp values with the new version's amount: 45000 × 365/365
      const value = await api.graphql<{ valuePreview: { total: string } }>(
        `{ valuePreview(input: { catalogueKey: "regio-amersfoort-2027", blockCode: "PW", startDate: "2027-01-01", endDate: "2027-12-31", hoursPerWeek: "36" }) { ... on ValuePreview { total } } }`,
      );
      expect(value.data?.valuePreview.total).toBe("45000.00");

      // published means immutable, through every mutation
      const attempts: [string, string][] = [
        [
          `mutation { saveBlock(catalogueKey: "regio-amersfoort-2027", originalCode: "PW", block: { code: "PW", name: "PW", category: EMPLOYMENT, kind: PER_FTE_YEAR, amount: "1.00" }) { ${VERSION_FIELDS} } }`,
          "saveBlock",
        ],
        [
          `mutation { deleteBlock(catalogueKey: "regio-amersfoort-2027", code: "PW") { ${VERSION_FIELDS} } }`,
          "deleteBlock",
        ],
        [
          `mutation { saveBonus(catalogueKey: "regio-amersfoort-2027", originalCode: "VAST", bonus: { code: "VAST", name: "Vast", amount: "1.00", appliesTo: ["EMPLOYMENT"], oneOff: true }) { ${VERSION_FIELDS} } }`,
          "saveBonus",
        ],
        [
          `mutation { deleteBonus(catalogueKey: "regio-amersfoort-2027", code: "VAST") { ${VERSION_FIELDS} } }`,
          "deleteBonus",
        ],
        [
          `mutation { updateCatalogueDraft(key: "regio-amersfoort-2027", input: { name: "Anders", basisHours: "40" }) { ${VERSION_FIELDS} } }`,
          "updateCatalogueDraft",
        ],
        [
          `mutation { publishCatalogueVersion(key: "regio-amersfoort-2027", validFrom: "2026-01-01") { ${VERSION_FIELDS} } }`,
          "publishCatalogueVersion",
        ],
        [
          `mutation { deleteCatalogueDraft(key: "regio-amersfoort-2027") { __typename ... on Error { message } } }`,
          "deleteCatalogueDraft",
        ],
      ];
      for (const [mutation, field] of attempts) {
        const result = await run(mutation, {}, field);
        expect(result.__typename, field).toBe("NotAllowedError");
      }
      const unchanged = await api.prisma.catalogueVersion.findUniqueOrThrow({
        where: { key: "regio-amersfoort-2027" },
        include: { blocks: true },
      });
      expect(unchanged.name).toBe("Bouwblokken regio Amersfoort 2027");
      expect(unchanged.blocks.find((b) => b.code === "PW")?.amount?.toFixed(2)).toBe("45000.00");

      const retired = await run(
        `mutation { retireCatalogueVersion(key: "regio-amersfoort-2027") { ${VERSION_FIELDS} } }`,
        {},
        "retireCatalogueVersion",
        lead,
      );
      expect(retired.status).toBe("RETIRED");
      const afterRetire = await api.graphql<{
        obligationPreview: { catalogueVersion: { key: string } };
      }>(OBLIGATION, { date: "2027-03-01" });
      expect(afterRetire.data?.obligationPreview.catalogueVersion.key).toBe(
        "regio-amersfoort-concept",
      );

      const trail = await api.prisma.auditEvent.findMany({
        where: { entityId: unchanged.id },
        orderBy: { at: "asc" },
      });
      expect(trail.map((e) => e.action)).toEqual([
        "catalogue.createDraft",
        "catalogue.updateBlock",
        "catalogue.updateBlock",
        "catalogue.publish",
        "catalogue.retire",
      ]);
    },
  );

  it.skipIf(!backend.available)(
    "shows what blocks publication, and refuses to propose it until it is fixed",
    async () => {
      await run(
        `mutation { createCatalogueDraft(regionCode: "regio-amersfoort", key: "leeg-concept", name: "Leeg") { ${VERSION_FIELDS} } }`,
        {},
        "createCatalogueDraft",
      );
      // The coordinator proposes it (the WSP publishes): both check the same problems.
      const empty = await run(
        `mutation { proposeCatalogueVersion(key: "leeg-concept") { ${VERSION_FIELDS} } }`,
        {},
        "proposeCatalogueVersion",
      );
      expect(empty.__typename).toBe("ValidationError");
      expect(empty.issues).toEqual([{ field: "blocks", message: "bevat geen bouwblokken" }]);
      const bonus = await run(
        `mutation { saveBonus(catalogueKey: "leeg-concept", bonus: { code: "X", name: "X", amount: "5.00", appliesTo: ["PW"], oneOff: false }) { ${VERSION_FIELDS} } }`,
        {},
        "saveBonus",
      );
      expect(bonus.issues).toEqual([
        { field: "appliesTo", message: "Onbekend in deze versie: PW." },
      ]);
      // a draft is the region's work in progress: the public sees nothing of it
      const anonymous = await api.graphql<{
        catalogueVersion: unknown;
        regions: { catalogueVersions: { key: string }[] }[];
        compareCatalogueVersions: unknown;
        valuePreview: { __typename: string };
      }>(
        `{ catalogueVersion(key: "leeg-concept") { key } regions { catalogueVersions { key } }
         compareCatalogueVersions(beforeKey: "leeg-concept", afterKey: "leiden-2023") { blocks { code } }
         valuePreview(input: { catalogueKey: "leeg-concept", blockCode: "PW" }) { __typename } }`,
      );
      expect(anonymous.data?.catalogueVersion).toBeNull();
      expect(
        anonymous.data?.regions.flatMap((r) => r.catalogueVersions.map((v) => v.key)),
      ).not.toContain("leeg-concept");
      expect(anonymous.data?.compareCatalogueVersions).toBeNull();
      expect(anonymous.data?.valuePreview.__typename).toBe("InputError");
      const own = await coordinator.graphql<{ catalogueVersion: { key: string } }>(
        '{ catalogueVersion(key: "leeg-concept") { key } }',
      );
      expect(own.data?.catalogueVersion.key).toBe("leeg-concept");
      const deleted = await coordinator.graphql<{ deleteCatalogueDraft: { deleted: boolean } }>(
        'mutation { deleteCatalogueDraft(key: "leeg-concept") { ... on DeleteResult { deleted } } }',
      );
      expect(deleted.data?.deleteCatalogueDraft.deleted).toBe(true);
    },
  );

  it.skipIf(!backend.available)(
    "a gemeente of another region cannot touch this region's catalogue",
    async () => {
      const haarlem = await api.loginAs("coordinator@haarlem.demo");
      const result = await haarlem.graphql<{ createCatalogueDraft: { __typename: string } }>(
        'mutation { createCatalogueDraft(regionCode: "regio-amersfoort", key: "poging", name: "Poging") { __typename } }',
      );
      expect(result.data?.createCatalogueDraft.__typename).toBe("NotAllowedError");
    },
  );

  it.skipIf(!backend.available)(
    "imports CSV with a line-by-line report, and XLSX and JSON as drafts; exports all three",
    async () => {
      const importMutation = `mutation ($key: String!, $format: CatalogueFileFormat!, $content: String!) {
      importCatalogue(regionCode: "regio-amersfoort", key: $key, name: "Import", format: $format, content: $content, basisHours: "36") { ${IMPORT_FIELDS} } }`;
      const bad = [
        "soort,code,naam,categorie,waardering,bedrag,aandeel,max_maanden,min_uren_per_week,geldt_voor,eenmalig,toelichting",
        "bouwblok,PW,Participatiewet,EMPLOYMENT,PER_FTE_YEAR,40000.00,,24,,,,",
        "bouwblok,WW,WW,EMPLOYMENT,PER_YEAR,20000.00,,,,,,",
        "toeslag,50PLUS,50+,,,abc,,,,EMPLOYMENT,nee,",
      ].join("\n");
      const report = await run(
        importMutation,
        { key: "import-fout", format: "CSV", content: bad },
        "importCatalogue",
      );
      expect(report.__typename).toBe("ImportError");
      expect(report.problems).toEqual([
        { path: "regel 3, waardering", message: "onbekende waarderingswijze" },
        // in the words of the catalogue forms, whose number reader the import uses
        {
          path: "regel 4, bedrag",
          message: "Schrijf het bedrag in euro's, bijvoorbeeld 40.000 of 40000,00.",
        },
      ]);
      expect(await api.prisma.catalogueVersion.count({ where: { key: "import-fout" } })).toBe(0);

      const csv = await fetch(`${api.url}/export/catalogi/leiden-2023.csv`);
      expect(csv.headers.get("content-type")).toMatch(/text\/csv/);
      const csvDraft = await run(
        importMutation,
        { key: "import-csv", format: "CSV", content: await csv.text() },
        "importCatalogue",
      );
      expect(csvDraft).toMatchObject({
        __typename: "CatalogueVersion",
        status: "DRAFT",
        problems: [],
      });
      expect(csvDraft.blocks).toHaveLength(13);

      const xlsx = await fetch(`${api.url}/export/catalogi/haaglanden-2023.xlsx`);
      const buffer = Buffer.from(await xlsx.arrayBuffer());
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
      expect(workbook.worksheets[0]?.getRow(2).getCell(2).value).toBe("ZU");
      const xlsxDraft = await run(
        importMutation,
        { key: "import-xlsx", format: "XLSX", content: buffer.toString("base64") },
        "importCatalogue",
      );
      expect(xlsxDraft.blocks?.find((b) => b.code === "PW")?.amount).toBe("40000.00");

      const json = await (
        await fetch(`${api.url}/export/catalogi/oost-nederland-v05-2023.json`)
      ).text();
      const jsonDraft = await run(
        importMutation,
        { key: "import-json", format: "JSON", content: json },
        "importCatalogue",
      );
      expect(jsonDraft).toMatchObject({ status: "DRAFT", validFrom: null });
      expect(jsonDraft.blocks).toHaveLength(10);

      // A concept stays a concept through CSV and XLSX: its marking is a row of its own.
      const concept = await api.prisma.catalogueVersion.findUniqueOrThrow({
        where: { key: "regio-amersfoort-concept" },
      });
      expect(concept.conceptNote).toBeTruthy();
      const conceptCsv = await (
        await fetch(`${api.url}/export/catalogi/regio-amersfoort-concept.csv`)
      ).text();
      // quoted: the note holds a comma
      expect(conceptCsv.split("\r\n")[1]).toBe(`concept,,,,,,,,,,,"${concept.conceptNote}"`);
      const conceptXlsx = Buffer.from(
        await (
          await fetch(`${api.url}/export/catalogi/regio-amersfoort-concept.xlsx`)
        ).arrayBuffer(),
      );
      for (const [key, format, content] of [
        ["concept-csv", "CSV", conceptCsv],
        ["concept-xlsx", "XLSX", conceptXlsx.toString("base64")],
      ] as const) {
        const imported = await run(importMutation, { key, format, content }, "importCatalogue");
        expect(imported).toMatchObject({ __typename: "CatalogueVersion", status: "DRAFT" });
        const stored = await api.prisma.catalogueVersion.findUniqueOrThrow({ where: { key } });
        expect(stored.conceptNote).toBe(concept.conceptNote);
      }
      // a version that is no concept exports no such row and imports without a marking
      expect(csvDraft.key).toBe("import-csv");
      expect(
        (await api.prisma.catalogueVersion.findUniqueOrThrow({ where: { key: "import-csv" } }))
          .conceptNote,
      ).toBeNull();

      // drafts are not public downloads
      expect((await fetch(`${api.url}/export/catalogi/import-json.json`)).status).toBe(404);
    },
  );

  it.skipIf(!backend.available)(
    "drafts, compares and publishes a policy; contracts keep theirs",
    async () => {
      const draft = await coordinator.graphql<{
        createPolicyDraft: { id: string; status: string; percentage: string };
      }>(
        'mutation { createPolicyDraft(municipalityCode: "GM0307") { ... on Policy { id status percentage } } }',
      );
      const id = draft.data?.createPolicyDraft.id;
      expect(draft.data?.createPolicyDraft).toMatchObject({ status: "DRAFT", percentage: "0.05" });
      const input = {
        name: "SR-beleid Amersfoort 2027",
        percentage: "0.06",
        thresholdWorks: "200000.00",
        thresholdServices: "200000.00",
        thresholdSupplies: "200000.00",
        belowThreshold: "ACTIVITY",
        psoDiscounts: [{ level: "3", discount: "0.50" }],
        contactDeadlineDays: 10,
        reportFrequency: "QUARTERLY",
      };
      const updated = await coordinator.graphql<{ updatePolicyDraft: { __typename: string } }>(
        "mutation ($id: ID!, $input: PolicyInput!) { updatePolicyDraft(id: $id, input: $input) { __typename } }",
        { id, input },
      );
      expect(updated.data?.updatePolicyDraft.__typename).toBe("Policy");
      const current = await api.prisma.policy.findFirstOrThrow({
        where: { municipality: { code: "GM0307" }, status: "PUBLISHED" },
      });
      const compared = await coordinator.graphql<{
        comparePolicies: { label: string; before: string; after: string }[];
      }>(
        "query ($a: ID!, $b: ID!) { comparePolicies(beforeId: $a, afterId: $b) { label before after } }",
        { a: current.id, b: id },
      );
      expect(compared.data?.comparePolicies).toEqual([
        { label: "Percentage van de opdrachtwaarde", before: "5 %", after: "6 %" },
        { label: "Korting voor PSO-trede", before: "geen", after: "trede 3: 50 % korting" },
        {
          label: "Contact na gunning",
          before: "binnen 7 dagen na gunning",
          after: "binnen 10 dagen na gunning",
        },
      ]);
      const published = await coordinator.graphql<{
        publishPolicy: { status: string; validFrom: string };
      }>(
        'mutation ($id: ID!) { publishPolicy(id: $id, validFrom: "2027-01-01") { ... on Policy { status validFrom } } }',
        { id },
      );
      expect(published.data?.publishPolicy).toEqual({
        status: "PUBLISHED",
        validFrom: "2027-01-01",
      });
      // 1000000.00 × 6 % = 60000.00 from 2027 on; 5 % before
      const later = await api.graphql<{
        obligationPreview: { amount: string; percentage: string };
      }>(OBLIGATION, { date: "2027-01-01" });
      expect(later.data?.obligationPreview).toMatchObject({
        amount: "60000.00",
        percentage: "0.06",
      });
      const before = await api.graphql<{ obligationPreview: { amount: string } }>(OBLIGATION, {
        date: "2026-12-31",
      });
      expect(before.data?.obligationPreview.amount).toBe("50000.00");
      const pinned = await api.prisma.contract.findFirstOrThrow({
        where: { reference: "AMF-2025-014" },
      });
      expect(pinned.obligationAmount.toFixed(2)).toBe("260000.00");
      const again = await coordinator.graphql<{ updatePolicyDraft: { __typename: string } }>(
        "mutation ($id: ID!, $input: PolicyInput!) { updatePolicyDraft(id: $id, input: $input) { __typename } }",
        { id, input: { ...input, percentage: "0.07" } },
      );
      expect(again.data?.updatePolicyDraft.__typename).toBe("NotAllowedError");
      const consultant = await api.loginAs("consultant@wsp-amersfoort.demo");
      const notTheirs = await consultant.graphql<{ createPolicyDraft: { __typename: string } }>(
        'mutation { createPolicyDraft(municipalityCode: "GM0307") { __typename } }',
      );
      expect(notTheirs.data?.createPolicyDraft.__typename).toBe("NotAllowedError");
    },
  );
});
