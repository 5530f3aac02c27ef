// The plan van aanpak: its versions with their lines and projection, the contractor saving and
// submitting one, the WSP reviewing it, and two versions side by side. Reachable through
// Contract, whose type-level rule decides who may read it.
import type { BreakdownLine } from "@sroi/domain";
import { comparePlanLines, describePlannedInputs, projectPlan } from "@sroi/domain";
import { canReadContract } from "../auth/viewer.js";
import { builder } from "../builder.js";
import { reviewPlan, savePlan, submitPlan } from "../services/plans.js";
import { BreakdownLineRef } from "./breakdown.js";
import { DifferenceStatus } from "./catalogue-management.js";
import { editErrors, viewerOf } from "./errors.js";
import { ReportFrequency } from "./municipality.js";
import { decimalOut, optionalDate, optionalDecimal } from "./scalars.js";

const PlanStatus = builder.enumType("PlanStatus", {
  description: "DRAFT → SUBMITTED → APPROVED, or CHANGES_REQUESTED (then a new version)",
  values: ["DRAFT", "SUBMITTED", "APPROVED", "CHANGES_REQUESTED"] as const,
});

export const PlanLineRef = builder.prismaObject("PlanLine", {
  fields: (t) => ({
    id: t.exposeID("id"),
    blockCode: t.exposeString("blockCode"),
    description: t.exposeString("description", { nullable: true }),
    people: t.exposeInt("people"),
    hoursPerWeek: t.field({
      type: "Decimal",
      nullable: true,
      resolve: (l) => optionalDecimal(l.hoursPerWeek),
    }),
    startDate: t.field({ type: "Date", nullable: true, resolve: (l) => optionalDate(l.startDate) }),
    endDate: t.field({ type: "Date", nullable: true, resolve: (l) => optionalDate(l.endDate) }),
    hours: t.field({ type: "Decimal", nullable: true, resolve: (l) => optionalDecimal(l.hours) }),
    days: t.field({ type: "Decimal", nullable: true, resolve: (l) => optionalDecimal(l.days) }),
    count: t.field({ type: "Decimal", nullable: true, resolve: (l) => optionalDecimal(l.count) }),
    amountExclVat: t.field({
      type: "Decimal",
      nullable: true,
      resolve: (l) => (l.amountExclVat ? decimalOut(l.amountExclVat, 2) : null),
    }),
    bonusCodes: t.exposeStringList("bonusCodes"),
    value: t.field({
      type: "Decimal",
      description: "Projected value, all people",
      resolve: (l) => decimalOut(l.value, 2),
    }),
    valueLines: t.field({
      type: [BreakdownLineRef],
      resolve: (l) => l.valueLines as unknown as BreakdownLine[],
    }),
  }),
});

const PlanProjectionRef = builder
  .objectRef<{ total: string; percentageCovered: string | null; gap: string }>("PlanProjection")
  .implement({
    fields: (t) => ({
      total: t.field({ type: "Decimal", resolve: (p) => p.total }),
      percentageCovered: t.field({
        type: "Decimal",
        nullable: true,
        resolve: (p) => p.percentageCovered,
      }),
      gap: t.field({ type: "Decimal", resolve: (p) => p.gap }),
    }),
  });

builder.prismaObject("PlanVersion", {
  description: "One version of a plan van aanpak; every version is kept",
  fields: (t) => ({
    id: t.exposeID("id"),
    number: t.exposeInt("number"),
    status: t.expose("status", { type: PlanStatus }),
    reportFrequency: t.expose("reportFrequency", { type: ReportFrequency }),
    total: t.field({ type: "Decimal", resolve: (p) => decimalOut(p.total, 2) }),
    lines: t.relation("lines", { query: { orderBy: { position: "asc" } } }),
    projection: t.field({
      type: PlanProjectionRef,
      description: "The plan against the contract's obligation",
      select: { contract: { select: { obligationAmount: true } } },
      resolve: (p) => projectPlan(p.contract.obligationAmount.toFixed(2), [p.total.toFixed(2)]),
    }),
    submittedAt: t.field({
      type: "String",
      nullable: true,
      resolve: (p) => p.submittedAt?.toISOString() ?? null,
    }),
    reviewedAt: t.field({
      type: "String",
      nullable: true,
      resolve: (p) => p.reviewedAt?.toISOString() ?? null,
    }),
    reviewComment: t.exposeString("reviewComment", { nullable: true }),
    version: t.exposeInt("version"),
  }),
});

builder.prismaObjectFields("Contract", (t) => ({
  plans: t.relation("planVersions", {
    description: "Every plan version, newest first",
    query: { orderBy: { number: "desc" } },
  }),
}));

const PlanLineInput = builder.inputType("PlanLineInput", {
  fields: (t) => ({
    blockCode: t.string({ required: true }),
    description: t.string(),
    people: t.int({ defaultValue: 1 }),
    hoursPerWeek: t.field({ type: "Decimal" }),
    startDate: t.field({ type: "Date" }),
    endDate: t.field({ type: "Date" }),
    hours: t.field({ type: "Decimal" }),
    days: t.field({ type: "Decimal" }),
    count: t.field({ type: "Decimal" }),
    amountExclVat: t.field({ type: "Decimal" }),
    bonusCodes: t.stringList({ defaultValue: [] }),
  }),
});

const PlanRef = builder.inputType("PlanVersionRef", {
  description:
    "The plan version the edit started from (optimistic locking); null for the first plan",
  fields: (t) => ({ planId: t.id({ required: true }), version: t.int({ required: true }) }),
});

builder.mutationFields((t) => ({
  savePlan: t.prismaField({
    type: "PlanVersion",
    description: "Saves the contractor's plan: updates the draft, or starts a new version",
    authScopes: { contractor: true },
    errors: { types: editErrors, directResult: true, union: { name: "SavePlanResult" } },
    args: {
      contractId: t.arg.id({ required: true }),
      basedOn: t.arg({ type: PlanRef }),
      reportFrequency: t.arg({ type: ReportFrequency, required: true }),
      lines: t.arg({ type: [PlanLineInput], required: true }),
    },
    resolve: async (query, _root, args, ctx) => {
      const plan = await savePlan(ctx.prisma, viewerOf(ctx), {
        contractId: String(args.contractId),
        expectedVersion: args.basedOn
          ? { planId: String(args.basedOn.planId), version: args.basedOn.version }
          : null,
        reportFrequency: args.reportFrequency,
        lines: args.lines,
      });
      return ctx.prisma.planVersion.findUniqueOrThrow({ ...query, where: { id: plan.id } });
    },
  }),
  submitPlan: t.prismaField({
    type: "PlanVersion",
    authScopes: { contractor: true },
    errors: { types: editErrors, directResult: true, union: { name: "SubmitPlanResult" } },
    args: { planId: t.arg.id({ required: true }), version: t.arg.int({ required: true }) },
    resolve: async (query, _root, args, ctx) => {
      const plan = await submitPlan(ctx.prisma, viewerOf(ctx), String(args.planId), args.version);
      return ctx.prisma.planVersion.findUniqueOrThrow({ ...query, where: { id: plan.id } });
    },
  }),
  reviewPlan: t.prismaField({
    type: "PlanVersion",
    description: "The WSP approves the plan, or asks for changes with a comment",
    authScopes: { manager: true },
    errors: { types: editErrors, directResult: true, union: { name: "ReviewPlanResult" } },
    args: {
      planId: t.arg.id({ required: true }),
      version: t.arg.int({ required: true }),
      approve: t.arg.boolean({ required: true }),
      comment: t.arg.string(),
    },
    resolve: async (query, _root, args, ctx) => {
      const plan = await reviewPlan(
        ctx.prisma,
        viewerOf(ctx),
        {
          ...args,
          planId: String(args.planId),
        },
        ctx.settings.publicUrl,
      );
      return ctx.prisma.planVersion.findUniqueOrThrow({ ...query, where: { id: plan.id } });
    },
  }),
}));

const PlanLineSummaryRef = builder
  .objectRef<{ blockCode: string; people: number; inputs: string; value: string }>(
    "PlanLineSummary",
  )
  .implement({
    fields: (t) => ({
      blockCode: t.exposeString("blockCode"),
      people: t.exposeInt("people"),
      inputs: t.exposeString("inputs", { description: "The planned inputs in words" }),
      value: t.field({ type: "Decimal", resolve: (l) => l.value }),
    }),
  });

const PlanLineDifferenceRef = builder
  .objectRef<ReturnType<typeof comparePlanLines>[number]>("PlanLineDifference")
  .implement({
    fields: (t) => ({
      blockCode: t.exposeString("blockCode"),
      status: t.field({ type: DifferenceStatus, resolve: (d) => d.status }),
      before: t.field({ type: PlanLineSummaryRef, nullable: true, resolve: (d) => d.before }),
      after: t.field({ type: PlanLineSummaryRef, nullable: true, resolve: (d) => d.after }),
    }),
  });

builder.queryFields((t) => ({
  comparePlanVersions: t.field({
    type: [PlanLineDifferenceRef],
    description:
      "Two versions of one contract's plan, line by line; null when you may not see them",
    nullable: true,
    authScopes: { authenticated: true },
    args: { beforeId: t.arg.id({ required: true }), afterId: t.arg.id({ required: true }) },
    resolve: async (_root, args, ctx) => {
      const load = (id: string) =>
        ctx.prisma.planVersion.findUnique({
          where: { id },
          include: { lines: { orderBy: { position: "asc" } }, contract: true },
        });
      const [before, after] = await Promise.all([
        load(String(args.beforeId)),
        load(String(args.afterId)),
      ]);
      if (
        !before ||
        !after ||
        before.contractId !== after.contractId ||
        !canReadContract(ctx.viewer, before.contract)
      ) {
        return null;
      }
      const summary = (line: (typeof before.lines)[number]) => ({
        blockCode: line.blockCode,
        people: line.people,
        inputs: describePlannedInputs({
          hoursPerWeek: optionalDecimal(line.hoursPerWeek),
          startDate: optionalDate(line.startDate),
          endDate: optionalDate(line.endDate),
          hours: optionalDecimal(line.hours),
          days: optionalDecimal(line.days),
          count: optionalDecimal(line.count),
          amountExclVat: line.amountExclVat ? line.amountExclVat.toFixed(2) : null,
          bonusCodes: line.bonusCodes,
        }),
        value: line.value.toFixed(2),
      });
      return comparePlanLines(before.lines.map(summary), after.lines.map(summary));
    },
  }),
}));
