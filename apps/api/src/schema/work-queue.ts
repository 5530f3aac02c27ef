// Work queues: "Te doen" for staff, what is due and what was rejected for a contractor, and the
// number of open tasks in both apps' header. The rules live in services/work-queue.ts.
import { dutchDate } from "@sroi/domain";
import { builder } from "../builder.js";
import {
  CONTRACTOR_TASK_KINDS,
  type ContractorTask,
  type ContractTasks,
  contractTasks,
  STAFF_QUEUE_KINDS,
  type StaffQueue,
  type StaffQueueItem,
  TASKS_SELECT,
  type WorkQueue,
  workQueue,
} from "../services/work-queue.js";
import { MeRef } from "./auth.js";

const StaffQueueKind = builder.enumType("StaffQueueKind", {
  description:
    "Intakes to confirm, plans and realisations to review, contacts and reports overdue, contracts due for the eindbeoordeling, catalogue versions proposed for publication, questions and ideas from a gemeente's public page to answer",
  values: STAFF_QUEUE_KINDS,
});

const ContractorTaskKind = builder.enumType("ContractorTaskKind", {
  description:
    "Contact the WSP, submit or revise the plan, report over a period, correct a rejected realisation",
  values: CONTRACTOR_TASK_KINDS,
});

const StaffQueueItemRef = builder.objectRef<StaffQueueItem>("StaffQueueItem").implement({
  description:
    "One contract (and the plan version or realisation), or a proposed catalogue version, waiting in a staff queue",
  fields: (t) => ({
    contractId: t.exposeID("contractId", {
      nullable: true,
      description: "Null for a catalogue proposal",
    }),
    catalogueKey: t.exposeString("catalogueKey", {
      nullable: true,
      description: "The proposed catalogue version, for CATALOGUES_TO_PUBLISH",
    }),
    reference: t.exposeString("reference"),
    title: t.exposeString("title"),
    contractorName: t.exposeString("contractorName", {
      description: "The contractor; for a catalogue proposal, who proposed it",
    }),
    subjectId: t.exposeID("subjectId", {
      nullable: true,
      description:
        "The plan version or realisation to review, or the question or idea (IDEAS_TO_ANSWER)",
    }),
    date: t.field({
      type: "Date",
      nullable: true,
      description: "The deadline that passed, or since when the item waits",
      resolve: (item) => item.date,
    }),
  }),
});

const StaffQueueRef = builder.objectRef<StaffQueue>("StaffQueue").implement({
  fields: (t) => ({
    kind: t.field({ type: StaffQueueKind, resolve: (q) => q.kind }),
    count: t.exposeInt("count"),
    items: t.field({
      type: [StaffQueueItemRef],
      description: "Longest waiting first",
      resolve: (q) => q.items,
    }),
  }),
});

const ContractorTaskRef = builder.objectRef<ContractorTask>("ContractorTask").implement({
  fields: (t) => ({
    kind: t.field({ type: ContractorTaskKind, resolve: (task) => task.kind }),
    dueDate: t.field({ type: "Date", nullable: true, resolve: (task) => task.dueDate }),
    overdue: t.exposeBoolean("overdue"),
    periodFrom: t.field({ type: "Date", nullable: true, resolve: (task) => task.periodFrom }),
    periodThrough: t.field({
      type: "Date",
      nullable: true,
      resolve: (task) => task.periodThrough,
    }),
    realisationId: t.exposeID("realisationId", { nullable: true }),
    reason: t.exposeString("reason", {
      nullable: true,
      description: "Why the realisation was rejected",
    }),
  }),
});

const ContractTasksRef = builder.objectRef<ContractTasks>("ContractTasks").implement({
  description: "What the contractor has to do on one contract now, overdue first",
  fields: (t) => ({
    contractId: t.exposeID("contractId"),
    reference: t.exposeString("reference"),
    title: t.exposeString("title"),
    tasks: t.field({ type: [ContractorTaskRef], resolve: (c) => c.tasks }),
    upcomingReportDue: t.field({
      type: "Date",
      nullable: true,
      description: "When the report over the running period is due",
      resolve: (c) => c.upcomingReportDue,
    }),
  }),
});

const WorkQueueRef = builder.objectRef<WorkQueue>("WorkQueue").implement({
  fields: (t) => ({
    staff: t.field({
      type: [StaffQueueRef],
      description:
        "Staff's queues over the contracts they manage, every kind in a fixed order; empty for others",
      resolve: (q) => q.staff,
    }),
    contracts: t.field({
      type: [ContractTasksRef],
      description: "A contractor's open contracts with their tasks; empty for staff",
      resolve: (q) => q.contracts,
    }),
    openTaskCount: t.exposeInt("openTaskCount"),
  }),
});

builder.objectField(MeRef, "workQueue", (t) =>
  t.field({
    type: WorkQueueRef,
    description: "What this person has to do now",
    resolve: (viewer, _args, ctx) => workQueue(ctx.prisma, viewer, new Date()),
  }),
);

builder.prismaObjectFields("Contract", (t) => ({
  openTasks: t.field({
    type: ContractTasksRef,
    description: "What the contractor has to do on this contract now, and what was rejected",
    select: TASKS_SELECT,
    resolve: (contract) => contractTasks(contract, dutchDate(new Date())),
  }),
}));
