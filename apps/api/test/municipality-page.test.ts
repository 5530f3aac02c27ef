// A gemeente's public page: generated from the policy in force (so it says what the rekenhulp
// computes), staff texts that stay drafts until published, audited changes, and PDF documents
// checked like evidence. Over real HTTP on both databases, with the demo data.
import { backends } from "@sroi/db/testing/backends";
import { dutchDate } from "@sroi/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Client, startTestApi, type TestApi } from "./support.js";

const PAGE = `query ($slug: String!) { municipalityBySlug(slug: $slug) {
  code name slug updatedOn
  policyInForce { name percentage }
  catalogueInForce { key }
  carriedOutBy { name email }
  plainPolicy { field text }
  page { introduction localAccents }
  pageDraft { introduction changedAt }
  documents { title documentDate fileName url }
} }`;

interface PageAnswer {
  municipalityBySlug: {
    code: string;
    slug: string;
    updatedOn: string | null;
    policyInForce: { name: string; percentage: string } | null;
    catalogueInForce: { key: string } | null;
    carriedOutBy: { name: string; email: string | null } | null;
    plainPolicy: { field: string; text: string }[];
    page: { introduction: string | null; localAccents: string | null } | null;
    pageDraft: { introduction: string | null; changedAt: string | null } | null;
    documents: { title: string; documentDate: string; fileName: string; url: string }[];
  } | null;
}

const PDF = Buffer.from("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);

describe.each(backends())("gemeente pages on $name", (backend) => {
  let api: TestApi;
  let coordinator: Client;
  let haarlemCoordinator: Client;
  let contractor: Client;
  beforeAll(async () => {
    if (!backend.available) return;
    api = await startTestApi(backend, { demo: true });
    coordinator = await api.loginAs("coordinator@amersfoort.demo");
    haarlemCoordinator = await api.loginAs("coordinator@haarlem.demo");
    contractor = await api.loginAs("admin@bouwbedrijf-eemland.demo");
  });
  afterAll(async () => {
    await api?.close();
  });

  const page = async (client: Client = api, slug = "amersfoort") =>
    (await client.graphql<PageAnswer>(PAGE, { slug })).data?.municipalityBySlug;

  const auditActions = async () =>
    (
      await api.prisma.auditEvent.findMany({
        where: { action: { startsWith: "policy." }, entityType: "Municipality" },
        orderBy: [{ at: "asc" }, { id: "asc" }],
      })
    ).map(({ action, actorEmail, before, after }) => ({ action, actorEmail, before, after }));

  it.skipIf(!backend.available)(
    "states the policy in force and follows a newly published one, as the rekenhulp does",
    async () => {
      const before = await page();
      expect(before).toMatchObject({
        code: "GM0307",
        slug: "amersfoort",
        carriedOutBy: { name: "WSP regio Amersfoort" },
        policyInForce: { percentage: "0.05" },
        pageDraft: null,
      });
      expect(before?.catalogueInForce).not.toBeNull();
      expect(before?.plainPolicy.map(({ text }) => text)).toContain(
        "Voor werken vanaf € 200.000,00 (zonder btw) besteedt u 5 % van het bedrag aan social return.",
      );
      expect(before?.plainPolicy.at(-1)?.text).toBe(
        "Heeft u de opdracht gekregen? Neem dan binnen 7 dagen contact op met WSP regio Amersfoort. Samen maakt u een plan.",
      );

      const today = dutchDate(new Date());
      const draft = await coordinator.graphql<{ createPolicyDraft: { id: string } }>(
        'mutation { createPolicyDraft(municipalityCode: "GM0307") { ... on Policy { id } } }',
      );
      const id = draft.data?.createPolicyDraft.id;
      await coordinator.graphql(
        "mutation ($id: ID!, $input: PolicyInput!) { updatePolicyDraft(id: $id, input: $input) { __typename } }",
        {
          id,
          input: {
            name: "SR-beleid Amersfoort pagina-test",
            percentage: "0.06",
            thresholdWorks: "150000.00",
            thresholdServices: "150000.00",
            thresholdSupplies: "150000.00",
            belowThreshold: "NONE",
            psoDiscounts: [],
            contactDeadlineDays: 10,
            reportFrequency: "QUARTERLY",
          },
        },
      );
      const published = await coordinator.graphql<{ publishPolicy: { __typename: string } }>(
        "mutation ($id: ID!, $date: Date!) { publishPolicy(id: $id, validFrom: $date) { __typename } }",
        { id, date: today },
      );
      expect(published.data?.publishPolicy.__typename).toBe("Policy");

      const after = await page();
      expect(after?.policyInForce).toEqual({
        name: "SR-beleid Amersfoort pagina-test",
        percentage: "0.06",
      });
      expect(after?.updatedOn).toBe(today);
      const texts = after?.plainPolicy.map(({ text }) => text);
      expect(texts).toContain(
        "Voor werken vanaf € 150.000,00 (zonder btw) besteedt u 6 % van het bedrag aan social return.",
      );
      expect(texts).toContain("Is het bedrag lager? Dan hoeft u niets te doen voor social return.");
      expect(texts?.at(-1)).toBe(
        "Heeft u de opdracht gekregen? Neem dan binnen 10 dagen contact op met WSP regio Amersfoort. Samen maakt u een plan.",
      );
      // The rekenhulp on the same day: 150000.00 × 6 % = 9000.00
      const preview = await api.graphql<{ obligationPreview: { amount: string } }>(
        `query ($date: Date!) { obligationPreview(input: { municipalityCode: "GM0307", contractKind: WORKS,
          valueExclVat: "150000.00", referenceDate: $date }) { ... on ObligationPreview { amount } } }`,
        { date: today },
      );
      expect(preview.data?.obligationPreview.amount).toBe("9000.00");
    },
  );

  it.skipIf(!backend.available)(
    "keeps a draft from the public until it is published, and audits both",
    async () => {
      const published = (await page())?.page;
      expect(published?.localAccents).toContain("duurzaam werk");
      const saved = await coordinator.graphql<{
        saveMunicipalityPageDraft: { __typename: string; pageDraft?: { introduction: string } };
      }>(
        `mutation ($texts: MunicipalityPageTextsInput!) { saveMunicipalityPageDraft(municipalityCode: "GM0307", texts: $texts) {
          __typename ... on Municipality { pageDraft { introduction } } } }`,
        {
          texts: {
            introduction: "  Nieuwe inleiding voor Amersfoort.\r\n\r\nTweede alinea.  ",
            localAccents: published?.localAccents,
          },
        },
      );
      expect(saved.data?.saveMunicipalityPageDraft).toEqual({
        __typename: "Municipality",
        pageDraft: { introduction: "Nieuwe inleiding voor Amersfoort.\n\nTweede alinea." },
      });
      // The public, a contractor and another gemeente's coordinator still read the published text.
      for (const client of [api, contractor, haarlemCoordinator]) {
        const seen = await page(client);
        expect(seen?.page?.introduction).toBe(published?.introduction);
        expect(seen?.pageDraft).toBeNull();
      }
      expect((await page(coordinator))?.pageDraft?.changedAt).not.toBeNull();

      const publish = await coordinator.graphql<{
        publishMunicipalityPage: { __typename: string };
      }>('mutation { publishMunicipalityPage(municipalityCode: "GM0307") { __typename } }');
      expect(publish.data?.publishMunicipalityPage.__typename).toBe("Municipality");
      expect((await page())?.page?.introduction).toBe(
        "Nieuwe inleiding voor Amersfoort.\n\nTweede alinea.",
      );
      expect((await page(coordinator))?.pageDraft?.changedAt).toBeNull();
      // Nothing left to publish
      const again = await coordinator.graphql<{
        publishMunicipalityPage: { __typename: string; message?: string };
      }>(
        'mutation { publishMunicipalityPage(municipalityCode: "GM0307") { __typename ... on Error { message } } }',
      );
      expect(again.data?.publishMunicipalityPage).toEqual({
        __typename: "ValidationError",
        message: "Er zijn geen wijzigingen om te publiceren.",
      });
      // Haarlem's coordinator may not save Amersfoort's draft
      const foreign = await haarlemCoordinator.graphql<{
        saveMunicipalityPageDraft: { __typename: string };
      }>(
        'mutation { saveMunicipalityPageDraft(municipalityCode: "GM0307", texts: { introduction: "x" }) { __typename } }',
      );
      expect(foreign.data?.saveMunicipalityPageDraft.__typename).toBe("NotAllowedError");

      expect(await auditActions()).toEqual([
        {
          action: "policy.savePageDraft",
          actorEmail: "coordinator@amersfoort.demo",
          before: { introduction: published?.introduction },
          after: { introduction: "Nieuwe inleiding voor Amersfoort.\n\nTweede alinea." },
        },
        {
          action: "policy.publishPage",
          actorEmail: "coordinator@amersfoort.demo",
          before: { introduction: published?.introduction },
          after: { introduction: "Nieuwe inleiding voor Amersfoort.\n\nTweede alinea." },
        },
      ]);
    },
  );

  const upload = (
    client: Client,
    body: Buffer,
    query = "gemeente=GM0307&titel=Beleidsregels%20social%20return&datum=2024-03-01&bestandsnaam=beleidsregels.pdf",
  ) =>
    fetch(`${api.url}/gemeente-documenten?${query}`, {
      method: "POST",
      headers: { "content-type": "application/pdf", cookie: client.cookie ?? "" },
      body,
    });

  it.skipIf(!backend.available)(
    "takes a PDF from staff who manage the policy, refuses anything else, and serves it to all",
    async () => {
      expect(await (await upload(coordinator, PNG)).json()).toEqual({
        message: "Alleen PDF-bestanden kunnen op de pagina.",
      });
      expect((await upload(coordinator, Buffer.from("gewoon tekst"))).status).toBe(415);
      for (const client of [api, contractor, haarlemCoordinator]) {
        expect((await upload(client, PDF)).status).toBe(403);
      }
      expect(
        (await upload(coordinator, PDF, "gemeente=GM0307&titel=&datum=2024-03-01")).status,
      ).toBe(400);
      expect(
        (await upload(coordinator, PDF, "gemeente=GM0307&titel=X&datum=2024-02-30")).status,
      ).toBe(400);

      const stored = await upload(coordinator, PDF);
      expect(stored.status).toBe(201);
      const documents = (await page())?.documents ?? [];
      expect(documents).toEqual([
        {
          title: "Beleidsregels social return",
          documentDate: "2024-03-01",
          fileName: "beleidsregels.pdf",
          url: expect.stringMatching(/^\/gemeente-documenten\/\w+$/),
        },
      ]);
      const download = await fetch(`${api.url}${documents[0]?.url}`);
      expect(download.headers.get("content-type")).toBe("application/pdf");
      expect(Buffer.from(await download.arrayBuffer()).equals(PDF)).toBe(true);

      const id = documents[0]?.url.split("/").at(-1);
      const refused = await contractor.graphql<{
        removeMunicipalityDocument: { __typename: string };
      }>("mutation ($id: ID!) { removeMunicipalityDocument(id: $id) { __typename } }", { id });
      expect(refused.data?.removeMunicipalityDocument).toBeUndefined();
      const removed = await coordinator.graphql<{
        removeMunicipalityDocument: { __typename: string };
      }>("mutation ($id: ID!) { removeMunicipalityDocument(id: $id) { __typename } }", { id });
      expect(removed.data?.removeMunicipalityDocument.__typename).toBe("Municipality");
      expect((await page())?.documents).toEqual([]);
      const trail = (await auditActions()).filter(({ action }) => action.endsWith("Document"));
      expect(trail).toEqual([
        {
          action: "policy.addDocument",
          actorEmail: "coordinator@amersfoort.demo",
          before: null,
          after: {
            title: "Beleidsregels social return",
            documentDate: "2024-03-01",
            fileName: "beleidsregels.pdf",
            size: PDF.length,
            sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
          },
        },
        {
          action: "policy.removeDocument",
          actorEmail: "coordinator@amersfoort.demo",
          before: { title: "Beleidsregels social return", fileName: "beleidsregels.pdf" },
          after: null,
        },
      ]);
    },
  );

  it.skipIf(!backend.available)("finds every demo gemeente by its slug, and no other", async () => {
    const { data } = await api.graphql<{ municipalities: { slug: string; code: string }[] }>(
      "{ municipalities { code slug } }",
    );
    for (const { slug, code } of data?.municipalities ?? []) {
      expect((await page(api, slug))?.code).toBe(code);
    }
    expect(await page(api, "bestaat-niet")).toBeNull();
    expect((await page(api, "haarlem"))?.page?.localAccents).toContain("Lokaal Sociaal Akkoord");
  });
});
