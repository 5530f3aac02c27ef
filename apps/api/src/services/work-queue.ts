// The work queue per role: what staff have to do for the contracts they manage, and what a
// contractor owes on each of its contracts. A plain function of (prisma, viewer, now), so the staff
// daily digest can use it too. One contract query with its relations, whatever the number of
// contracts; every deadline is decided by the domain's rules (lifecycle, progress).
import type { Prisma, PrismaClient } from "@prisma/client";
import { toIsoDate } from "@sroi/db";
import {
  compareIsoDates,
  deadlineState,
  dutchDate,
  isDueForAssessment,
  reportSchedule,
  upcomingReportPeriod,
} from "@sroi/domain";
import type { Viewer } from "../auth/viewer.js";
import { canPublishCatalogue, PUBLISHING_SELECT } from "./catalogue-publication.js";
import { ideasToAnswer } from "./ideas.js";

export const STAFF_QUEUE_KINDS = [
  "INTAKES_TO_CONFIRM",
  "PLANS_TO_REVIEW",
  "REALISATIONS_TO_REVIEW",
  "CONTACTS_OVERDUE",
  "REPORTS_OVERDUE",
  "ASSESSMENTS_DUE",
  "CATALOGUES_TO_PUBLISH",
  "IDEAS_TO_ANSWER",
] as const;
export type StaffQueueKind = (typeof STAFF_QUEUE_KINDS)[number];

export interface StaffQueueItem {
  /** null for a catalogue proposal or a question or idea from a gemeente's page */
  contractId: string | null;
  /** the proposed catalogue version, for CATALOGUES_TO_PUBLISH */
  catalogueKey: string | null;
  reference: string;
  title: string;
  /** for a catalogue proposal: who proposed it */
  contractorName: string;
  /** the plan version or realisation to review, or the question or idea, for the queues of those */
  subjectId: string | null;
  /** the deadline that passed, or since when the item waits */
  date: string | null;
  /** the moment an intake request, plan or realisation came in (the digest tells what is new) */
  receivedAt: Date | null;
}

export interface StaffQueue {
  kind: StaffQueueKind;
  count: number;
  items: StaffQueueItem[];
}

export const CONTRACTOR_TASK_KINDS = [
  "CONTACT",
  "SUBMIT_PLAN",
  "REVISE_PLAN",
  "REPORT",
  "CORRECT_REALISATION",
] as const;
export type ContractorTaskKind = (typeof CONTRACTOR_TASK_KINDS)[number];

export interface ContractorTask {
  kind: ContractorTaskKind;
  dueDate: string | null;
  overdue: boolean;
  /** the report period, for REPORT */
  periodFrom: string | null;
  periodThrough: string | null;
  /** the rejected realisation and why, for CORRECT_REALISATION */
  realisationId: string | null;
  reason: string | null;
}

/** What a contractor owes on one contract: the tasks open now, most urgent first. */
export interface ContractTasks {
  contractId: string;
  reference: string;
  title: string;
  tasks: ContractorTask[];
  /** the next report to come when nothing is open, so "what is due next" always has an answer */
  upcomingReportDue: string | null;
}

export interface WorkQueue {
  staff: StaffQueue[];
  contracts: ContractTasks[];
  /** shown in the header of both apps */
  openTaskCount: number;
}

/** The columns the rules below read; the Contract.openTasks field selects the same. */
export const TASKS_SELECT = {
  id: true,
  reference: true,
  title: true,
  status: true,
  startDate: true,
  awardDate: true,
  endDate: true,
  contactDueDate: true,
  contactRequestedAt: true,
  intakeConfirmedAt: true,
  policy: { select: { reportFrequency: true } },
  planVersions: {
    orderBy: { number: "desc" },
    select: { id: true, status: true, reportFrequency: true, submittedAt: true },
  },
  realisations: {
    orderBy: { createdAt: "asc" },
    select: { id: true, status: true, createdAt: true, updatedAt: true, reviewReason: true },
  },
  assessment: { select: { outcome: true, recoveryUntil: true } },
} satisfies Prisma.ContractSelect;

type TaskContract = Prisma.ContractGetPayload<{ select: typeof TASKS_SELECT }>;

const iso = (date: Date | null) => (date ? toIsoDate(date) : null);

function reportFrequency(contract: TaskContract) {
  const plan =
    contract.planVersions.find((p) => p.status === "APPROVED") ?? contract.planVersions[0];
  return plan?.reportFrequency ?? contract.policy.reportFrequency;
}

/** The report periods that passed their deadline without a report, as the reminders see them. */
function overdueReports(contract: TaskContract, today: string) {
  if (contract.status !== "IN_EXECUTION") return [];
  return reportSchedule({
    start: toIsoDate(contract.startDate ?? contract.awardDate),
    end: iso(contract.endDate),
    frequency: reportFrequency(contract),
    today,
    reportDates: contract.realisations.map((r) => dutchDate(r.createdAt)),
  }).filter((period) => period.reportedOn === null && period.state !== "MET");
}

function contactOverdue(contract: TaskContract, today: string) {
  return (
    contract.contactRequestedAt === null &&
    contract.status !== "CLOSED" &&
    deadlineState(toIsoDate(contract.contactDueDate), null, today) === "OVERDUE"
  );
}

const task = (kind: ContractorTaskKind, fields: Partial<ContractorTask> = {}): ContractorTask => ({
  kind,
  dueDate: null,
  overdue: false,
  periodFrom: null,
  periodThrough: null,
  realisationId: null,
  reason: null,
  ...fields,
});

/** What the contractor has to do on one contract now, overdue first, then by due date. */
export function contractTasks(contract: TaskContract, today: string): ContractTasks {
  const tasks: ContractorTask[] = [];
  if (contract.status !== "CLOSED" && contract.contactRequestedAt === null) {
    tasks.push(
      task("CONTACT", {
        dueDate: toIsoDate(contract.contactDueDate),
        overdue: contactOverdue(contract, today),
      }),
    );
  }
  const latestPlan = contract.planVersions[0];
  const planOpen =
    (contract.status === "AWARDED" || contract.status === "PLANNING") &&
    !contract.planVersions.some((p) => p.status === "APPROVED");
  if (planOpen && latestPlan?.status === "CHANGES_REQUESTED") tasks.push(task("REVISE_PLAN"));
  else if (planOpen && latestPlan?.status !== "SUBMITTED") tasks.push(task("SUBMIT_PLAN"));
  for (const period of overdueReports(contract, today)) {
    tasks.push(
      task("REPORT", {
        dueDate: period.dueDate,
        overdue: period.state === "OVERDUE",
        periodFrom: period.from,
        periodThrough: period.through,
      }),
    );
  }
  for (const realisation of contract.realisations) {
    if (realisation.status !== "REJECTED") continue;
    tasks.push(
      task("CORRECT_REALISATION", {
        realisationId: realisation.id,
        reason: realisation.reviewReason,
      }),
    );
  }
  // Overdue first; then dated by date; undated (a plan, a correction) keep their order at the end.
  const rank = (t: ContractorTask) => (t.overdue ? 0 : t.dueDate ? 1 : 2);
  tasks.sort(
    (a, b) =>
      rank(a) - rank(b) || (a.dueDate && b.dueDate ? compareIsoDates(a.dueDate, b.dueDate) : 0),
  );
  const upcoming =
    contract.status === "IN_EXECUTION"
      ? upcomingReportPeriod({
          start: toIsoDate(contract.startDate ?? contract.awardDate),
          end: iso(contract.endDate),
          frequency: reportFrequency(contract),
          today,
        })
      : null;
  return {
    contractId: contract.id,
    reference: contract.reference,
    title: contract.title,
    tasks,
    upcomingReportDue: upcoming?.dueDate ?? null,
  };
}

/** Contracts the viewer manages as gemeente or WSP staff; read-only staff have nothing to do. */
function managedContractsWhere(viewer: Viewer): Prisma.ContractWhereInput {
  if (viewer.isPlatformAdmin) return {};
  return { municipalityId: { in: [...viewer.manageableMunicipalityIds] } };
}

async function staffQueues(
  prisma: PrismaClient,
  viewer: Viewer,
  today: string,
): Promise<StaffQueue[]> {
  if (!viewer.isPlatformAdmin && viewer.manageableMunicipalityIds.size === 0) return [];
  const contracts = await prisma.contract.findMany({
    where: { AND: [managedContractsWhere(viewer), { status: { not: "CLOSED" } }] },
    orderBy: [{ reference: "asc" }, { id: "asc" }],
    select: { ...TASKS_SELECT, contractor: { select: { name: true } } },
  });
  const queues = Object.fromEntries(
    STAFF_QUEUE_KINDS.map((kind) => [kind, [] as StaffQueueItem[]]),
  ) as Record<StaffQueueKind, StaffQueueItem[]>;
  for (const contract of contracts) {
    const item = (
      subjectId: string | null,
      date: string | null,
      receivedAt: Date | null = null,
    ): StaffQueueItem => ({
      contractId: contract.id,
      catalogueKey: null,
      reference: contract.reference,
      title: contract.title,
      contractorName: contract.contractor.name,
      subjectId,
      date,
      receivedAt,
    });
    if (contract.contactRequestedAt && !contract.intakeConfirmedAt)
      queues.INTAKES_TO_CONFIRM.push(
        item(null, dutchDate(contract.contactRequestedAt), contract.contactRequestedAt),
      );
    for (const plan of contract.planVersions.filter((p) => p.status === "SUBMITTED"))
      queues.PLANS_TO_REVIEW.push(
        item(plan.id, plan.submittedAt && dutchDate(plan.submittedAt), plan.submittedAt),
      );
    for (const realisation of contract.realisations.filter((r) => r.status === "SUBMITTED"))
      queues.REALISATIONS_TO_REVIEW.push(
        item(realisation.id, dutchDate(realisation.updatedAt), realisation.updatedAt),
      );
    if (contactOverdue(contract, today))
      queues.CONTACTS_OVERDUE.push(item(null, toIsoDate(contract.contactDueDate)));
    for (const period of overdueReports(contract, today).filter((p) => p.state === "OVERDUE"))
      queues.REPORTS_OVERDUE.push(item(null, period.dueDate));
    const assessment = contract.assessment
      ? {
          outcome: contract.assessment.outcome,
          recoveryUntil: iso(contract.assessment.recoveryUntil),
        }
      : null;
    if (
      isDueForAssessment(
        { status: contract.status, endDate: iso(contract.endDate), assessment },
        today,
      )
    )
      queues.ASSESSMENTS_DUE.push(item(null, iso(contract.endDate)));
  }
  queues.CATALOGUES_TO_PUBLISH.push(...(await cataloguesToPublish(prisma, viewer)));
  queues.IDEAS_TO_ANSWER.push(...(await ideasToAnswer(prisma, viewer)));
  // Oldest first within a queue: who waited longest is served first, also by "Volgende".
  return STAFF_QUEUE_KINDS.map((kind) => {
    const items = queues[kind].sort((a, b) =>
      a.date && b.date ? compareIsoDates(a.date, b.date) : 0,
    );
    return { kind, count: items.length, items };
  });
}

/** Drafts proposed for publication in the regions whose catalogue the viewer publishes. */
async function cataloguesToPublish(
  prisma: PrismaClient,
  viewer: Viewer,
): Promise<StaffQueueItem[]> {
  const proposed = await prisma.catalogueVersion.findMany({
    where: {
      status: "DRAFT",
      proposedAt: { not: null },
      ...(viewer.isPlatformAdmin ? {} : { regionId: { in: [...viewer.catalogueRegionIds] } }),
    },
    orderBy: [{ proposedAt: "asc" }, { id: "asc" }],
    select: { ...PUBLISHING_SELECT, key: true, name: true, proposedBy: { select: { name: true } } },
  });
  return proposed
    .filter((version) => canPublishCatalogue(viewer, version.region))
    .map((version) => ({
      contractId: null,
      catalogueKey: version.key,
      reference: version.key,
      title: version.name,
      contractorName: version.proposedBy?.name ?? "",
      subjectId: null,
      date: version.proposedAt && dutchDate(version.proposedAt),
      receivedAt: version.proposedAt,
    }));
}

async function contractorQueues(
  prisma: PrismaClient,
  viewer: Viewer,
  today: string,
): Promise<ContractTasks[]> {
  if (viewer.contractorIds.size === 0) return [];
  const contracts = await prisma.contract.findMany({
    where: { contractorId: { in: [...viewer.contractorIds] }, status: { not: "CLOSED" } },
    orderBy: [{ awardDate: "desc" }, { id: "asc" }],
    select: TASKS_SELECT,
  });
  return contracts.map((contract) => contractTasks(contract, today));
}

/** Open tasks: what is overdue or can be done now (a report still running is not counted). */
export function countOpenTasks(queue: Pick<WorkQueue, "staff" | "contracts">): number {
  return (
    queue.staff.reduce((total, q) => total + q.count, 0) +
    queue.contracts.reduce((total, c) => total + c.tasks.length, 0)
  );
}

export async function workQueue(
  prisma: PrismaClient,
  viewer: Viewer,
  now: Date,
): Promise<WorkQueue> {
  const today = dutchDate(now);
  const staff = await staffQueues(prisma, viewer, today);
  const contracts = await contractorQueues(prisma, viewer, today);
  return { staff, contracts, openTaskCount: countOpenTasks({ staff, contracts }) };
}
