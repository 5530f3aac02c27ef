// The work queues on a small fixture with a fixed clock: exact counts per queue and per contract,
// who sees what, and a fixed number of queries whatever the number of contracts.
import type {
  ContractStatus,
  PlanStatus,
  PrismaClient,
  RealisationStatus,
  Role,
} from "@prisma/client";
import { seed } from "@sroi/db";
import { backends } from "@sroi/db/testing/backends";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadViewer } from "../src/auth/viewer.js";
import { workQueue } from "../src/services/work-queue.js";

// 15 June 2026, noon in Amsterdam
const NOW = new Date("2026-06-15T10:00:00Z");
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe.each(backends())("work queues on $name", (backend) => {
  let prisma: PrismaClient;
  let dispose: () => Promise<void>;
  const users: Record<string, string> = {};

  beforeAll(async () => {
    if (!backend.available) return;
    const opened = await backend.open();
    prisma = opened.database.prisma;
    dispose = opened.dispose;
    await seed(prisma);
    const municipality = (code: string) =>
      prisma.municipality.findUniqueOrThrow({ where: { code }, include: { policies: true } });
    const amersfoort = await municipality("GM0307");
    const haarlem = await municipality("GM0392");
    const organisation = (
      kind: "MUNICIPALITY" | "CONTRACTOR",
      name: string,
      municipalityId?: string,
    ) => prisma.organisation.create({ data: { kind, name, municipalityId } });
    const amersfoortTeam = await organisation("MUNICIPALITY", "Gemeente Amersfoort", amersfoort.id);
    // Haarlem carries out its own social return: the reference seed made its team.
    const haarlemTeam = await prisma.organisation.findUniqueOrThrow({
      where: { municipalityId: haarlem.id },
    });
    const eemland = await organisation("CONTRACTOR", "Bouwbedrijf Eemland");
    const spaarne = await organisation("CONTRACTOR", "Groenbeheer Spaarne");
    const person = async (key: string, role: Role, organisationId: string | null) => {
      const user = await prisma.user.create({
        data: {
          email: `${key}@test.example`,
          name: key,
          memberships: { create: { role, organisationId } },
        },
      });
      users[key] = user.id;
    };
    await person("coordinator-amersfoort", "MUNICIPALITY_ADMIN", amersfoortTeam.id);
    await person("auditor-amersfoort", "READ_ONLY", amersfoortTeam.id);
    await person("coordinator-haarlem", "MUNICIPALITY_ADMIN", haarlemTeam.id);
    await person("platform", "PLATFORM_ADMIN", null);
    await person("eemland", "CONTRACTOR_USER", eemland.id);
    await person("spaarne", "CONTRACTOR_ADMIN", spaarne.id);

    const contract = async (fields: {
      reference: string;
      municipality: typeof amersfoort;
      contractorId: string;
      status: ContractStatus;
      awardDate: string;
      contactDueDate: string;
      contactRequestedAt?: string;
      intakeConfirmedAt?: string;
      startDate?: string;
      endDate?: string;
      plans?: PlanStatus[];
      realisations?: { status: RealisationStatus; createdAt: string; reviewReason?: string }[];
      assessed?: boolean;
    }) => {
      const policy = fields.municipality.policies[0];
      if (!policy) throw new Error("seed has no policy");
      const created = await prisma.contract.create({
        data: {
          reference: fields.reference,
          title: `Opdracht ${fields.reference}`,
          kind: "WORKS",
          valueExclVat: "400000.00",
          awardDate: day(fields.awardDate),
          startDate: fields.startDate ? day(fields.startDate) : null,
          endDate: fields.endDate ? day(fields.endDate) : null,
          status: fields.status,
          municipalityId: fields.municipality.id,
          contractorId: fields.contractorId,
          policyId: policy.id,
          obligationKind: "PERCENTAGE",
          obligationAmount: "20000.00",
          obligationLines: [],
          contactDueDate: day(fields.contactDueDate),
          contactRequestedAt: fields.contactRequestedAt
            ? new Date(`${fields.contactRequestedAt}T09:00:00Z`)
            : null,
          intakeConfirmedAt: fields.intakeConfirmedAt
            ? new Date(`${fields.intakeConfirmedAt}T09:00:00Z`)
            : null,
        },
      });
      for (const [index, status] of (fields.plans ?? []).entries()) {
        await prisma.planVersion.create({
          data: {
            contractId: created.id,
            number: index + 1,
            status,
            reportFrequency: "QUARTERLY",
            total: "20000.00",
            submittedAt: status === "DRAFT" ? null : day(fields.awardDate),
          },
        });
      }
      for (const realisation of fields.realisations ?? []) {
        await prisma.realisation.create({
          data: {
            contractId: created.id,
            blockCode: null,
            maatwerkDescription: "Gastles",
            value: "1000.00",
            valueLines: [],
            status: realisation.status,
            reviewReason: realisation.reviewReason ?? null,
            submittedById: users.eemland ?? "",
            createdAt: new Date(`${realisation.createdAt}T09:00:00Z`),
          },
        });
      }
      if (fields.assessed) {
        await prisma.assessment.create({
          data: {
            contractId: created.id,
            outcome: "FULFILLED",
            obligationAmount: "20000.00",
            acceptedAmount: "20000.00",
            decidedById: users["coordinator-amersfoort"] ?? "",
          },
        });
      }
    };
    const requested = { contactRequestedAt: "2026-01-05", intakeConfirmedAt: "2026-01-06" };
    // contact deadline 8 June passed without contact
    await contract({
      reference: "AMF-1",
      municipality: amersfoort,
      contractorId: eemland.id,
      status: "AWARDED",
      awardDate: "2026-06-01",
      contactDueDate: "2026-06-08",
    });
    // contact made, intake still to confirm
    await contract({
      reference: "AMF-2",
      municipality: amersfoort,
      contractorId: eemland.id,
      status: "AWARDED",
      awardDate: "2026-05-01",
      contactDueDate: "2026-05-08",
      contactRequestedAt: "2026-05-05",
    });
    // a plan waits for review
    await contract({
      reference: "AMF-3",
      municipality: amersfoort,
      contractorId: eemland.id,
      status: "PLANNING",
      awardDate: "2026-01-01",
      contactDueDate: "2026-01-08",
      ...requested,
      plans: ["CHANGES_REQUESTED", "SUBMITTED"],
    });
    // in execution since October: Q4 reported on 10 January (rejected since), a second report on
    // 12 January awaits review, Q1 (due 14 April) never came in, Q2 runs until 30 June
    await contract({
      reference: "AMF-4",
      municipality: amersfoort,
      contractorId: eemland.id,
      status: "IN_EXECUTION",
      awardDate: "2025-09-01",
      contactDueDate: "2025-09-08",
      ...requested,
      startDate: "2025-10-01",
      endDate: "2026-12-31",
      plans: ["APPROVED"],
      realisations: [
        { status: "REJECTED", createdAt: "2026-01-10", reviewReason: "Geen bewijs" },
        { status: "SUBMITTED", createdAt: "2026-01-12" },
      ],
    });
    // ended 31 May with both quarters reported: due for the eindbeoordeling
    await contract({
      reference: "AMF-5",
      municipality: amersfoort,
      contractorId: eemland.id,
      status: "IN_EXECUTION",
      awardDate: "2025-12-01",
      contactDueDate: "2025-12-08",
      ...requested,
      startDate: "2026-01-01",
      endDate: "2026-05-31",
      plans: ["APPROVED"],
      realisations: [
        { status: "ACCEPTED", createdAt: "2026-04-02" },
        { status: "ACCEPTED", createdAt: "2026-06-01" },
      ],
    });
    // closed: in no queue
    await contract({
      reference: "AMF-6",
      municipality: amersfoort,
      contractorId: eemland.id,
      status: "CLOSED",
      awardDate: "2024-01-01",
      contactDueDate: "2024-01-08",
      startDate: "2024-02-01",
      endDate: "2024-12-31",
      assessed: true,
    });
    // Haarlem, another contractor: contact overdue
    await contract({
      reference: "HLM-1",
      municipality: haarlem,
      contractorId: spaarne.id,
      status: "AWARDED",
      awardDate: "2026-06-01",
      contactDueDate: "2026-06-08",
    });
  });
  afterAll(async () => {
    await dispose?.();
  });

  async function queueOf(key: string, client: PrismaClient = prisma) {
    const viewer = await loadViewer(prisma, users[key] ?? "", "session");
    if (!viewer) throw new Error(`no viewer ${key}`);
    return workQueue(client, viewer, NOW);
  }
  const counts = (queue: Awaited<ReturnType<typeof queueOf>>) =>
    Object.fromEntries(queue.staff.map((q) => [q.kind, q.items.map((i) => i.reference)]));

  it.skipIf(!backend.available)(
    "gives a gemeente coordinator each queue of its own gemeente",
    async () => {
      const queue = await queueOf("coordinator-amersfoort");
      expect(counts(queue)).toEqual({
        INTAKES_TO_CONFIRM: ["AMF-2"],
        PLANS_TO_REVIEW: ["AMF-3"],
        REALISATIONS_TO_REVIEW: ["AMF-4"],
        CONTACTS_OVERDUE: ["AMF-1"],
        REPORTS_OVERDUE: ["AMF-4"],
        ASSESSMENTS_DUE: ["AMF-5"],
        CATALOGUES_TO_PUBLISH: [],
        IDEAS_TO_ANSWER: [],
      });
      expect(queue.staff.map((q) => q.count)).toEqual([1, 1, 1, 1, 1, 1, 0, 0]);
      const reports = queue.staff.find((q) => q.kind === "REPORTS_OVERDUE");
      // Q1 2026 was due 14 days after 31 March
      expect(reports?.items[0]?.date).toBe("2026-04-14");
      expect(queue.contracts).toEqual([]);
      expect(queue.openTaskCount).toBe(6);
    },
  );

  it.skipIf(!backend.available)(
    "keeps other gemeenten out, and read-only staff without tasks",
    async () => {
      const haarlem = await queueOf("coordinator-haarlem");
      expect(counts(haarlem)).toEqual({
        INTAKES_TO_CONFIRM: [],
        PLANS_TO_REVIEW: [],
        REALISATIONS_TO_REVIEW: [],
        CONTACTS_OVERDUE: ["HLM-1"],
        REPORTS_OVERDUE: [],
        ASSESSMENTS_DUE: [],
        CATALOGUES_TO_PUBLISH: [],
        IDEAS_TO_ANSWER: [],
      });
      expect(haarlem.openTaskCount).toBe(1);
      const auditor = await queueOf("auditor-amersfoort");
      expect(auditor).toEqual({ staff: [], contracts: [], openTaskCount: 0 });
      const platform = await queueOf("platform");
      expect(counts(platform).CONTACTS_OVERDUE).toEqual(["AMF-1", "HLM-1"]);
      expect(platform.openTaskCount).toBe(7);
    },
  );

  it.skipIf(!backend.available)(
    "tells a contractor per contract what is due and what was rejected",
    async () => {
      const queue = await queueOf("eemland");
      expect(queue.staff).toEqual([]);
      const byReference = Object.fromEntries(
        queue.contracts.map((c) => [
          c.reference,
          {
            tasks: c.tasks.map((t) => [t.kind, t.dueDate, t.overdue, t.reason]),
            next: c.upcomingReportDue,
          },
        ]),
      );
      expect(byReference).toEqual({
        "AMF-1": {
          tasks: [
            ["CONTACT", "2026-06-08", true, null],
            ["SUBMIT_PLAN", null, false, null],
          ],
          next: null,
        },
        "AMF-2": { tasks: [["SUBMIT_PLAN", null, false, null]], next: null },
        "AMF-3": { tasks: [], next: null },
        "AMF-4": {
          tasks: [
            ["REPORT", "2026-04-14", true, null],
            ["CORRECT_REALISATION", null, false, "Geen bewijs"],
          ],
          // Q2 ends 30 June, due 14 July
          next: "2026-07-14",
        },
        "AMF-5": { tasks: [], next: null },
      });
      expect(queue.openTaskCount).toBe(5);
      const spaarne = await queueOf("spaarne");
      expect(spaarne.contracts.map((c) => c.reference)).toEqual(["HLM-1"]);
      expect(spaarne.openTaskCount).toBe(2);
    },
  );

  it.skipIf(!backend.available)("costs the same queries for one contract as for many", async () => {
    const operations: string[] = [];
    const recording = prisma.$extends({
      query: {
        $allOperations({ model, operation, args, query }) {
          operations.push(`${model ?? "$raw"}.${operation}`);
          return query(args);
        },
      },
    }) as unknown as PrismaClient;
    await queueOf("coordinator-haarlem", recording);
    const few = operations.length;
    operations.length = 0;
    await queueOf("platform", recording);
    // the contracts, the catalogue versions proposed for publication, the questions and ideas
    expect(operations).toEqual([
      "Contract.findMany",
      "CatalogueVersion.findMany",
      "IdeaMessage.findMany",
    ]);
    expect(few).toBe(3);
  });
});
