// The demo data `npm start` seeds for the life of a contract: plans in every state, realisations
// in every state with evidence, an overdue report and an assessment, valued by the domain rules.
import { createHash } from "node:crypto";
import { backends } from "@sroi/db/testing/backends";
import { addDays, dutchDate } from "@sroi/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sendDueReminders } from "../src/services/reminders.js";
import { type Client, startTestApi, type TestApi } from "./support.js";

const CONTRACT = `query ($id: ID!) { contract(id: $id) {
  status startDate
  plans { number status total reviewComment lines { blockCode value } }
  realisations { blockCode status value reviewReason personRef submittedAt evidence { id fileName mimeType sha256 } }
  progress { obligation accepted pending rejected planned percentageAccepted gap reportFrequency reports { through state standing reportedOn } }
  assessment { outcome obligationAmount acceptedAmount }
} }`;

interface ContractData {
  status: string;
  startDate: string;
  plans: {
    number: number;
    status: string;
    total: string;
    reviewComment: string | null;
    lines: { blockCode: string; value: string }[];
  }[];
  realisations: {
    blockCode: string;
    status: string;
    value: string;
    reviewReason: string | null;
    personRef: string | null;
    submittedAt: string;
    evidence: { id: string; fileName: string; mimeType: string; sha256: string }[];
  }[];
  progress: {
    obligation: string;
    accepted: string;
    pending: string;
    rejected: string;
    planned: string;
    percentageAccepted: string | null;
    gap: string;
    reportFrequency: string;
    reports: { through: string; state: string; standing: string; reportedOn: string | null }[];
  };
  assessment: { outcome: string; obligationAmount: string; acceptedAmount: string } | null;
}

describe.each(backends())(
  "demo data for plans, realisations and assessment on $name",
  (backend) => {
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

    async function contract(client: Client, reference: string): Promise<ContractData> {
      const { id } = await api.prisma.contract.findFirstOrThrow({ where: { reference } });
      const result = await client.graphql<{ contract: ContractData }>(CONTRACT, { id });
      expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
      if (!result.data) throw new Error(JSON.stringify(result));
      return result.data.contract;
    }

    it.skipIf(!backend.available)(
      "a contract in execution has an approved plan and a realisation in every state",
      async () => {
        const today = dutchDate(new Date());
        const data = await contract(eemland, "AMF-2025-017");
        expect(data.status).toBe("IN_EXECUTION");
        expect(data.startDate).toBe(addDays(today, -300));
        // PW 40000 × 32/36 = 35555.56; BBL 35000.00; INKOOP 12000.00 → 82555.56
        expect(data.plans).toEqual([
          {
            number: 1,
            status: "APPROVED",
            total: "82555.56",
            reviewComment: null,
            lines: [
              { blockCode: "PW", value: "35555.56" },
              { blockCode: "BBL", value: "35000.00" },
              { blockCode: "INKOOP", value: "12000.00" },
            ],
          },
        ]);
        const byBlock = [...data.realisations].sort((a, b) =>
          a.blockCode.localeCompare(b.blockCode),
        );
        expect(
          byBlock.map(({ blockCode, status, value, reviewReason, personRef }) => ({
            blockCode,
            status,
            value,
            reviewReason,
            personRef,
          })),
        ).toEqual([
          // 35000 × 182/365 = 17452.054… → 17452.05, waiting for review
          {
            blockCode: "BBL",
            status: "SUBMITTED",
            value: "17452.05",
            reviewReason: null,
            personRef: "EEM-02",
          },
          // 100 × 16 hours = 1600.00
          {
            blockCode: "INITIATIEF",
            status: "REJECTED",
            value: "1600.00",
            reviewReason:
              "Er zit geen urenstaat of bevestiging van de buurtvereniging bij. Voeg die toe en dien de verantwoording opnieuw in.",
            personRef: null,
          },
          {
            blockCode: "INKOOP",
            status: "ACCEPTED",
            value: "4250.00",
            reviewReason: null,
            personRef: null,
          },
          // 40000 × 32/36 × 90/365 = 8767.123… → 8767.12
          {
            blockCode: "PW",
            status: "ACCEPTED",
            value: "8767.12",
            reviewReason: null,
            personRef: "EEM-01",
          },
        ]);
        // reported on the dates of the story, not on the day the demo was seeded: the first
        // quarter's report five days after it ended (on time), the employment after its 90 days,
        // the apprenticeship three days ago
        const [firstQuarter] = data.progress.reports;
        const onTime = addDays(firstQuarter?.through ?? "", 5);
        expect(byBlock.map((r) => r.submittedAt.slice(0, 10))).toEqual([
          addDays(today, -3),
          onTime,
          onTime,
          addDays(today, -200),
        ]);
        // accepted 8767.12 + 4250.00 = 13017.12 of 80000.00 (5 % of 1.600.000) → 16.27 %
        expect(data.progress).toMatchObject({
          obligation: "80000.00",
          accepted: "13017.12",
          pending: "17452.05",
          rejected: "1600.00",
          planned: "82555.56",
          percentageAccepted: "16.27",
          gap: "66982.88",
          reportFrequency: "QUARTERLY",
        });
        expect(firstQuarter).toMatchObject({
          state: "MET",
          standing: "ON_TIME",
          reportedOn: onTime,
        });
        // at least one quarter without a report is overdue (whatever the day of the year: a quarter
        // that ended less than two weeks ago is merely due)
        const unreported = data.progress.reports.filter((r) => r.reportedOn === null);
        expect(unreported.map((r) => r.state)).toContain("OVERDUE");
        // overdue without a report is said apart from a report that came in late
        expect(unreported.map((r) => r.standing)).toContain("MISSED");
        expect(unreported.map((r) => r.standing)).not.toContain("LATE");

        // the evidence is a real PDF, stored with its checksum, readable by the WSP
        const [evidence] = byBlock.find((r) => r.blockCode === "PW")?.evidence ?? [];
        expect(evidence).toMatchObject({
          fileName: "arbeidsovereenkomst-EEM-01.pdf",
          mimeType: "application/pdf",
        });
        const download = await fetch(`${api.url}/bewijs/${evidence?.id}`, {
          headers: { cookie: consultant.cookie ?? "" },
        });
        expect(download.status).toBe(200);
        const bytes = Buffer.from(await download.arrayBuffer());
        expect(bytes.subarray(0, 5).toString()).toBe("%PDF-");
        expect(bytes.subarray(-6).toString()).toMatch(/%%EOF/);
        expect(createHash("sha256").update(bytes).digest("hex")).toBe(evidence?.sha256);
      },
    );

    it.skipIf(!backend.available)(
      "one plan waits for the WSP, another was sent back with a comment",
      async () => {
        const soest = await contract(consultant, "SOE-2025-011");
        expect(soest.status).toBe("PLANNING");
        // BBL 35000.00 + PW 40000 × 24/36 × 182/365 = 13296.80 + 100 × 40 = 4000.00 → 52296.80
        expect(soest.plans).toEqual([
          {
            number: 1,
            status: "SUBMITTED",
            total: "52296.80",
            reviewComment: null,
            lines: [
              { blockCode: "BBL", value: "35000.00" },
              { blockCode: "PW", value: "13296.80" },
              { blockCode: "INITIATIEF", value: "4000.00" },
            ],
          },
        ]);
        const spaarne = await api.loginAs("admin@groen-spaarne.demo");
        const baarn = await contract(spaarne, "BRN-2025-006");
        expect(baarn.status).toBe("PLANNING");
        expect(baarn.plans).toEqual([
          {
            number: 1,
            status: "CHANGES_REQUESTED",
            total: "10000.00",
            reviewComment:
              "Het plan dekt € 10.000 van de € 15.500. Voeg een leerwerkplek toe, bijvoorbeeld een bbl-leerling in het groenonderhoud; het WSP kan kandidaten voordragen.",
            lines: [
              { blockCode: "INKOOP", value: "6000.00" },
              { blockCode: "INITIATIEF", value: "4000.00" },
            ],
          },
        ]);
      },
    );

    it.skipIf(!backend.available)(
      "a closed contract was assessed as fulfilled; one in assessment waits for its outcome",
      async () => {
        const closed = await contract(eemland, "BRN-2024-002");
        expect(closed.status).toBe("CLOSED");
        // 50000.00 + (40000.00 + 50+ bonus 10000.00) + 35000.00 + 4500.00 = 139500.00 ≥ 137500.00
        expect(closed.assessment).toEqual({
          outcome: "FULFILLED",
          obligationAmount: "137500.00",
          acceptedAmount: "139500.00",
        });
        expect(closed.realisations.every((r) => r.status === "ACCEPTED")).toBe(true);
        const waiting = await contract(eemland, "AMF-2024-008");
        expect(waiting).toMatchObject({ status: "ASSESSMENT", assessment: null, realisations: [] });
      },
    );

    it.skipIf(!backend.available)(
      "went through the services: audit events were written and reminders follow",
      async () => {
        const ids = await api.prisma.contract.findMany({
          where: { reference: { in: ["AMF-2025-017", "BRN-2024-002", "BRN-2025-006"] } },
          select: { id: true },
        });
        const actions = await api.prisma.auditEvent.groupBy({
          by: ["action"],
          where: { contractId: { in: ids.map((c) => c.id) } },
          _count: true,
          orderBy: { action: "asc" },
        });
        expect(Object.fromEntries(actions.map((a) => [a.action, a._count]))).toEqual({
          "contract.assess": 1,
          "contract.register": 3,
          "evidence.upload": 1,
          "plan.approve": 2,
          "plan.requestChanges": 1,
          "plan.save": 3,
          "plan.submit": 3,
          "realisation.accept": 6,
          "realisation.reject": 1,
          "realisation.submit": 8,
        });
        await sendDueReminders(api.prisma, "http://sroi.test");
        const reminders = await api.prisma.outboxMessage.findMany({
          where: { subject: { contains: "AMF-2025-017" } },
        });
        expect(reminders.map((m) => m.to)).toContain("admin@bouwbedrijf-eemland.demo");
      },
    );
  },
);
