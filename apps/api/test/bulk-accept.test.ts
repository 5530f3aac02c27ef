// Accepting realisations that need no judgement together (acceptRealisations), over real HTTP:
// which ones qualify and why not, which plan line each fills, all or nothing, one audit entry per
// realisation and one mail to the contractor.
import { backends } from "@sroi/db/testing/backends";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Client, startTestApi, type TestApi } from "./support.js";

const PDF = Buffer.from(
  "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n",
);

const ACCEPT = `mutation ($contractId: ID!, $realisations: [RealisationVersionInput!]!) {
  acceptRealisations(contractId: $contractId, realisations: $realisations) {
    __typename
    ... on AcceptRealisationsSuccess { data { id status version } }
    ... on Error { message } } }`;

interface Row {
  id: string;
  status: string;
  version: number;
  blockCode: string | null;
  judgementReason: string | null;
  viewerCan: { acceptWithoutJudgement: boolean };
  planLine: { blockCode: string; startDate: string | null } | null;
}

describe.each(backends())("accepting realisations without judgement on $name", (backend) => {
  let api: TestApi;
  let eemland: Client;
  let consultant: Client;
  let contractId: string;
  beforeAll(async () => {
    if (!backend.available) return;
    api = await startTestApi(backend, { demo: true });
    eemland = await api.loginAs("admin@bouwbedrijf-eemland.demo");
    consultant = await api.loginAs("consultant@wsp-amersfoort.demo");
    const coordinator = await api.loginAs("coordinator@amersfoort.demo");
    const registered = await coordinator.graphql<{ registerContract: { id: string } }>(
      `mutation { registerContract(municipalityCode: "GM0307",
        contract: { reference: "AMF-TEST-BULK", title: "Renovatie sporthal", kind: WORKS, valueExclVat: "5200000.00",
          awardDate: "2025-12-01", startDate: "2026-01-01", endDate: "2027-12-31" },
        contractor: { kvkNumber: "90000001" }) { ... on Contract { id } } }`,
    );
    contractId = registered.data?.registerContract.id ?? "";
    // An approved plan: PW in 2026 and in 2027, BBL in 2026.
    const year = (y: number) => ({ startDate: `${y}-01-01`, endDate: `${y}-12-31` });
    const saved = await eemland.graphql<{ savePlan: { id: string; version: number } }>(
      `mutation ($id: ID!, $lines: [PlanLineInput!]!) { savePlan(contractId: $id, reportFrequency: QUARTERLY, lines: $lines) {
        ... on PlanVersion { id version } } }`,
      {
        id: contractId,
        lines: [
          { blockCode: "PW", hoursPerWeek: "36", ...year(2026) },
          { blockCode: "BBL", hoursPerWeek: "32", ...year(2026) },
          { blockCode: "PW", hoursPerWeek: "36", ...year(2027) },
        ],
      },
    );
    const plan = saved.data?.savePlan;
    const submitted = await eemland.graphql<{ submitPlan: { version: number } }>(
      "mutation ($id: ID!, $v: Int!) { submitPlan(planId: $id, version: $v) { ... on PlanVersion { version } } }",
      { id: plan?.id, v: plan?.version },
    );
    const approved = await consultant.graphql<{ reviewPlan: { status: string } }>(
      "mutation ($id: ID!, $v: Int!) { reviewPlan(planId: $id, version: $v, approve: true) { ... on PlanVersion { status } } }",
      { id: plan?.id, v: submitted.data?.submitPlan.version },
    );
    expect(approved.data?.reviewPlan.status).toBe("APPROVED");
  });
  afterAll(async () => {
    await api?.close();
  });

  async function evidence(): Promise<string> {
    const response = await fetch(
      `${api.url}/bewijs?contractId=${contractId}&bestandsnaam=contract.pdf`,
      { method: "POST", headers: { cookie: eemland.cookie ?? "" }, body: PDF },
    );
    return ((await response.json()) as { id: string }).id;
  }

  async function submit(input: Record<string, unknown>): Promise<string> {
    const result = await eemland.graphql<{ submitRealisation: { id: string } }>(
      `mutation ($id: ID!, $input: RealisationInput!) { submitRealisation(contractId: $id, input: $input) {
        ... on Realisation { id } ... on Error { message } } }`,
      { id: contractId, input },
    );
    const id = result.data?.submitRealisation.id;
    if (!id) throw new Error(JSON.stringify(result));
    return id;
  }

  async function rows(): Promise<Map<string, Row>> {
    const result = await consultant.graphql<{ contract: { realisations: Row[] } }>(
      `query ($id: ID!) { contract(id: $id) { realisations { id status version blockCode judgementReason
        viewerCan { acceptWithoutJudgement } planLine { blockCode startDate } } } }`,
      { id: contractId },
    );
    expect(result.errors).toBeUndefined();
    return new Map((result.data?.contract.realisations ?? []).map((r) => [r.id, r]));
  }

  const mailsSince = async (before: Set<string>) =>
    (await api.prisma.outboxMessage.findMany({ orderBy: { to: "asc" } })).filter(
      (m) => !before.has(m.id),
    );

  it.skipIf(!backend.available)(
    "says which need judgement and why, and accepts the others together, all or nothing",
    async () => {
      const fullYear = { hoursPerWeek: "36", startDate: "2027-01-01", endDate: "2027-12-31" };
      const pw2027 = await submit({
        blockCode: "PW",
        ...fullYear,
        evidenceIds: [await evidence()],
      });
      const bbl = await submit({
        blockCode: "BBL",
        hoursPerWeek: "32",
        startDate: "2026-01-01",
        endDate: "2026-12-31",
        evidenceIds: [await evidence()],
      });
      const withoutEvidence = await submit({ blockCode: "PW", ...fullYear });
      const maatwerk = await submit({
        maatwerkDescription: "Gastlessen op het mbo",
        evidenceIds: [await evidence()],
      });
      const unplanned = await submit({
        blockCode: "INITIATIEF",
        hours: "4",
        evidenceIds: [await evidence()],
      });

      api.operations.length = 0;
      const before = await rows();
      // The rule's inputs (plan lines, evidence) come in the one query tree, not per realisation.
      // (the session comes with its user and their memberships: one query, decision 0018)
      expect(api.operations).toEqual(["Session.findUnique", "Contract.findFirst"]);
      // The 2027 PW entry fills the 2027 line, not the first PW line of the plan.
      expect(before.get(pw2027)).toMatchObject({
        judgementReason: null,
        viewerCan: { acceptWithoutJudgement: true },
        planLine: { blockCode: "PW", startDate: "2027-01-01" },
      });
      expect(before.get(bbl)?.planLine).toEqual({ blockCode: "BBL", startDate: "2026-01-01" });
      expect(before.get(bbl)?.viewerCan.acceptWithoutJudgement).toBe(true);
      expect(before.get(withoutEvidence)?.judgementReason).toBe("Er is geen bewijs toegevoegd.");
      expect(before.get(maatwerk)).toMatchObject({
        judgementReason: "Maatwerk: de waarde stelt u vast bij het accepteren.",
        planLine: null,
        viewerCan: { acceptWithoutJudgement: false },
      });
      expect(before.get(unplanned)).toMatchObject({
        judgementReason: "Het bouwblok staat niet in het goedgekeurde plan van aanpak.",
        planLine: null,
      });
      // The contractor sees the same reasons but may not accept anything.
      const own = await eemland.graphql<{
        contract: { realisations: { viewerCan: { acceptWithoutJudgement: boolean } }[] };
      }>(
        "query ($id: ID!) { contract(id: $id) { realisations { viewerCan { acceptWithoutJudgement } } } }",
        {
          id: contractId,
        },
      );
      expect(own.data?.contract.realisations.some((r) => r.viewerCan.acceptWithoutJudgement)).toBe(
        false,
      );

      const version = (id: string) => ({ id, version: before.get(id)?.version });
      const outboxBefore = new Set((await api.prisma.outboxMessage.findMany()).map((m) => m.id));

      // One entry that needs judgement refuses the whole request: nothing accepted, nobody mailed.
      const mixed = await consultant.graphql<{
        acceptRealisations: { __typename: string; message?: string };
      }>(ACCEPT, { contractId, realisations: [version(pw2027), version(withoutEvidence)] });
      expect(mixed.data?.acceptRealisations).toEqual({
        __typename: "NotAllowedError",
        message:
          "Niet alle gekozen verantwoordingen kunnen zonder beoordeling worden geaccepteerd. Er is geen bewijs toegevoegd.",
      });
      // A version read before a change is refused as a conflict.
      const stale = await consultant.graphql<{ acceptRealisations: { __typename: string } }>(
        ACCEPT,
        { contractId, realisations: [{ id: pw2027, version: 7 }] },
      );
      expect(stale.data?.acceptRealisations.__typename).toBe("ConflictError");
      const contractor = await eemland.graphql<{ acceptRealisations: unknown }>(ACCEPT, {
        contractId,
        realisations: [version(pw2027)],
      });
      expect(contractor.errors?.[0]?.message).toBe("Je hebt geen toegang tot dit onderdeel.");
      expect((await rows()).get(pw2027)?.status).toBe("SUBMITTED");
      expect(await mailsSince(outboxBefore)).toEqual([]);

      const accepted = await consultant.graphql<{
        acceptRealisations: { __typename: string; data: { id: string; status: string }[] };
      }>(ACCEPT, { contractId, realisations: [version(pw2027), version(bbl)] });
      expect(accepted.data?.acceptRealisations.__typename).toBe("AcceptRealisationsSuccess");
      expect(accepted.data?.acceptRealisations.data.map((r) => r.status)).toEqual([
        "ACCEPTED",
        "ACCEPTED",
      ]);
      const after = await rows();
      expect([pw2027, bbl, withoutEvidence].map((id) => after.get(id)?.status)).toEqual([
        "ACCEPTED",
        "ACCEPTED",
        "SUBMITTED",
      ]);

      const audited = await api.prisma.auditEvent.findMany({
        where: { action: "realisation.accept", entityId: { in: [pw2027, bbl] } },
      });
      expect(audited.map((event) => event.entityId).sort()).toEqual([pw2027, bbl].sort());

      // One mail per contractor reader, naming both: PW 40000 × 36/36 × 365/365 = 40000.00,
      // BBL 35000 × 32/36 × 365/365 = 31111.11, together 71111.11.
      const mails = await mailsSince(outboxBefore);
      expect(mails.map((m) => m.to)).toEqual([
        "admin@bouwbedrijf-eemland.demo",
        "medewerker@bouwbedrijf-eemland.demo",
      ]);
      for (const mail of mails) {
        expect(mail.subject).toBe(
          "2 verantwoordingen geaccepteerd: AMF-TEST-BULK Renovatie sporthal",
        );
        expect(mail.text).toContain("Samen tellen zij mee voor € 71.111,11");
        expect(mail.text).toContain("- Participatiewet (PW): € 40.000,00");
        expect(mail.text).toContain("(BBL): € 31.111,11");
      }
    },
  );
});
