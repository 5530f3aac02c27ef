// The work of a contract's life: the plan van aanpak (versions, review), realisations (reported
// activities, review) and progress with the periodic reports due. Reachable through Contract,
// whose type-level rule decides who may read it.
import { toIsoDate } from "@sroi/db";
import {
  comparePlanLines,
  contractProgress,
  describePlannedInputs,
  dutchDate,
  projectPlan,
  reportSchedule,
} from "@sroi/domain";
import { canReadContract, isStaff } from "../auth/viewer.js";
import { builder } from "../builder.js";
import { ConflictError, ImportError, NotAllowedError, ValidationError } from "../errors.js";
import { assessContract } from "../services/assessment.js";
import { reviewPlan, savePlan, submitPlan } from "../services/plans.js";
import { importRealisations } from "../services/realisation-import.js";
import {
  correctRealisation,
  reviewRealisation,
  submitRealisation,
} from "../services/realisations.js";
import { BreakdownLineRef } from "./breakdown.js";
import { decimalOut } from "./scalars.js";

const PlanStatus = builder.enumType("PlanStatus", {
  description: "DRAFT → SUBMITTED → APPROVED, or CHANGES_REQUESTED (then a new version)",
  values: ["DRAFT", "SUBMITTED", "APPROVED", "CHANGES_REQUESTED"] as const,
});
const RealisationStatus = builder.enumType("RealisationStatus", {
  values: ["SUBMITTED", "ACCEPTED", "REJECTED"] as const,
});
const ReportFrequencyEnum = builder.enumType("PlanReportFrequency", {
  values: ["MONTHLY", "QUARTERLY", "HALF_YEARLY"] as const,
});

const iso = (value: Date | null) => (value ? toIsoDate(value) : null);
const optionalDecimal = (value: { toString(): string } | null) =>
  value === null ? null : value.toString();
type Lines = { label: string; amount: string }[];

builder.prismaObject("PlanLine", {
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
    startDate: t.field({ type: "Date", nullable: true, resolve: (l) => iso(l.startDate) }),
    endDate: t.field({ type: "Date", nullable: true, resolve: (l) => iso(l.endDate) }),
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
      resolve: (l) => l.valueLines as unknown as Lines,
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
    reportFrequency: t.expose("reportFrequency", { type: ReportFrequencyEnum }),
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

builder.prismaObject("EvidenceFile", {
  fields: (t) => ({
    id: t.exposeID("id"),
    fileName: t.exposeString("fileName"),
    mimeType: t.exposeString("mimeType"),
    size: t.exposeInt("size"),
    sha256: t.exposeString("sha256"),
    url: t.string({ resolve: (f) => `/bewijs/${f.id}` }),
  }),
});

builder.prismaObject("Realisation", {
  description: "A reported activity with its inputs, computed value, evidence and review",
  fields: (t) => ({
    id: t.exposeID("id"),
    blockCode: t.exposeString("blockCode", { nullable: true }),
    maatwerkDescription: t.exposeString("maatwerkDescription", { nullable: true }),
    personRef: t.exposeString("personRef", {
      nullable: true,
      description: "Pseudonymous reference; never a BSN",
    }),
    personName: t.string({
      nullable: true,
      description: "Only gemeente and WSP staff see the name",
      resolve: (r, _args, ctx) => (isStaff(ctx.viewer) ? r.personName : null),
    }),
    targetGroup: t.exposeString("targetGroup", { nullable: true }),
    homeMunicipalityCode: t.exposeString("homeMunicipalityCode", { nullable: true }),
    hoursPerWeek: t.field({
      type: "Decimal",
      nullable: true,
      resolve: (r) => optionalDecimal(r.hoursPerWeek),
    }),
    startDate: t.field({ type: "Date", nullable: true, resolve: (r) => iso(r.startDate) }),
    endDate: t.field({ type: "Date", nullable: true, resolve: (r) => iso(r.endDate) }),
    hours: t.field({ type: "Decimal", nullable: true, resolve: (r) => optionalDecimal(r.hours) }),
    days: t.field({ type: "Decimal", nullable: true, resolve: (r) => optionalDecimal(r.days) }),
    count: t.field({ type: "Decimal", nullable: true, resolve: (r) => optionalDecimal(r.count) }),
    employees: t.exposeInt("employees", { nullable: true }),
    amountExclVat: t.field({
      type: "Decimal",
      nullable: true,
      resolve: (r) => (r.amountExclVat ? decimalOut(r.amountExclVat, 2) : null),
    }),
    bonusCodes: t.exposeStringList("bonusCodes"),
    supplierName: t.exposeString("supplierName", { nullable: true }),
    supplierKvk: t.exposeString("supplierKvk", { nullable: true }),
    invoiceNumber: t.exposeString("invoiceNumber", { nullable: true }),
    invoiceDate: t.field({ type: "Date", nullable: true, resolve: (r) => iso(r.invoiceDate) }),
    description: t.exposeString("description", { nullable: true }),
    value: t.field({ type: "Decimal", resolve: (r) => decimalOut(r.value, 2) }),
    valueLines: t.field({
      type: [BreakdownLineRef],
      resolve: (r) => r.valueLines as unknown as Lines,
    }),
    status: t.expose("status", { type: RealisationStatus }),
    reviewReason: t.exposeString("reviewReason", { nullable: true }),
    submittedAt: t.string({ resolve: (r) => r.createdAt.toISOString() }),
    evidence: t.relation("evidence"),
    version: t.exposeInt("version"),
  }),
});

const DeadlineStateEnum = builder.enumType("ReportState", {
  values: ["DUE", "MET", "OVERDUE"] as const,
});

const ReportPeriodRef = builder
  .objectRef<ReturnType<typeof reportSchedule>[number]>("ReportPeriod")
  .implement({
    fields: (t) => ({
      from: t.field({ type: "Date", resolve: (p) => p.from }),
      through: t.field({ type: "Date", resolve: (p) => p.through }),
      dueDate: t.field({ type: "Date", resolve: (p) => p.dueDate }),
      reportedOn: t.field({ type: "Date", nullable: true, resolve: (p) => p.reportedOn }),
      state: t.field({ type: DeadlineStateEnum, resolve: (p) => p.state }),
    }),
  });

const ProgressRef = builder
  .objectRef<
    ReturnType<typeof contractProgress> & {
      reports: ReturnType<typeof reportSchedule>;
      reportFrequency: string;
    }
  >("ContractProgress")
  .implement({
    description: "Obligation against accepted, pending and rejected realisations and the plan",
    fields: (t) => ({
      obligation: t.field({ type: "Decimal", resolve: (p) => p.obligation }),
      accepted: t.field({ type: "Decimal", resolve: (p) => p.accepted }),
      pending: t.field({ type: "Decimal", resolve: (p) => p.pending }),
      rejected: t.field({ type: "Decimal", resolve: (p) => p.rejected }),
      planned: t.field({ type: "Decimal", resolve: (p) => p.planned }),
      percentageAccepted: t.field({
        type: "Decimal",
        nullable: true,
        resolve: (p) => p.percentageAccepted,
      }),
      gap: t.field({ type: "Decimal", resolve: (p) => p.gap }),
      reportFrequency: t.field({
        type: ReportFrequencyEnum,
        resolve: (p) => p.reportFrequency as "QUARTERLY",
      }),
      reports: t.field({ type: [ReportPeriodRef], resolve: (p) => p.reports }),
    }),
  });

builder.prismaObjectFields("Contract", (t) => ({
  plans: t.relation("planVersions", {
    description: "Every plan version, newest first",
    query: { orderBy: { number: "desc" } },
  }),
  realisations: t.relation("realisations", { query: { orderBy: { createdAt: "desc" } } }),
  progress: t.field({
    type: ProgressRef,
    select: {
      obligationAmount: true,
      startDate: true,
      awardDate: true,
      endDate: true,
      policy: { select: { reportFrequency: true } },
      realisations: { select: { status: true, value: true, createdAt: true } },
      planVersions: {
        orderBy: { number: "desc" },
        select: { status: true, total: true, reportFrequency: true },
      },
    },
    resolve: (c) => {
      // The approved plan counts; before approval, the latest plan shows what is intended.
      const plan = c.planVersions.find((p) => p.status === "APPROVED") ?? c.planVersions[0];
      const frequency = plan?.reportFrequency ?? c.policy.reportFrequency;
      return {
        ...contractProgress(
          c.obligationAmount.toFixed(2),
          c.realisations.map((r) => ({ status: r.status, value: r.value.toFixed(2) })),
          plan ? plan.total.toFixed(2) : "0",
        ),
        reportFrequency: frequency,
        reports: reportSchedule({
          start: toIsoDate(c.startDate ?? c.awardDate),
          end: c.endDate ? toIsoDate(c.endDate) : null,
          frequency,
          today: dutchDate(new Date()),
          reportDates: c.realisations.map((r) => dutchDate(r.createdAt)),
        }),
      };
    },
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

const RealisationInput = builder.inputType("RealisationInput", {
  fields: (t) => ({
    blockCode: t.string({ description: "null for maatwerk" }),
    maatwerkDescription: t.string(),
    personRef: t.string({
      description: "Your own pseudonymous reference for the person; never a BSN",
    }),
    personName: t.string({ description: "Optional; only the WSP sees it" }),
    targetGroup: t.string(),
    homeMunicipalityCode: t.string({ description: "CBS code of the person's home gemeente" }),
    hoursPerWeek: t.field({ type: "Decimal" }),
    startDate: t.field({ type: "Date" }),
    endDate: t.field({ type: "Date" }),
    hours: t.field({ type: "Decimal" }),
    days: t.field({ type: "Decimal" }),
    count: t.field({ type: "Decimal" }),
    employees: t.int(),
    amountExclVat: t.field({ type: "Decimal" }),
    bonusCodes: t.stringList({ defaultValue: [] }),
    supplierName: t.string(),
    supplierKvk: t.string(),
    invoiceNumber: t.string(),
    invoiceDate: t.field({ type: "Date" }),
    description: t.string(),
    evidenceIds: t.idList({ defaultValue: [] }),
  }),
});

const errors = [ValidationError, ConflictError, NotAllowedError];
const viewerOf = (ctx: { viewer: import("../auth/viewer.js").Viewer | null }) => {
  if (!ctx.viewer) throw new NotAllowedError("Log eerst in.");
  return ctx.viewer;
};
const realisationFields = (
  input: Record<string, unknown> & { evidenceIds?: (string | number)[] | null },
) => ({
  ...(input as Parameters<typeof submitRealisation>[3]),
  evidenceIds: (input.evidenceIds ?? []).map(String),
});

builder.mutationFields((t) => ({
  savePlan: t.prismaField({
    type: "PlanVersion",
    description: "Saves the contractor's plan: updates the draft, or starts a new version",
    authScopes: { contractor: true },
    errors: { types: errors, directResult: true, union: { name: "SavePlanResult" } },
    args: {
      contractId: t.arg.id({ required: true }),
      basedOn: t.arg({ type: PlanRef }),
      reportFrequency: t.arg({ type: ReportFrequencyEnum, required: true }),
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
    errors: { types: errors, directResult: true, union: { name: "SubmitPlanResult" } },
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
    errors: { types: errors, directResult: true, union: { name: "ReviewPlanResult" } },
    args: {
      planId: t.arg.id({ required: true }),
      version: t.arg.int({ required: true }),
      approve: t.arg.boolean({ required: true }),
      comment: t.arg.string(),
    },
    resolve: async (query, _root, args, ctx) => {
      const plan = await reviewPlan(ctx.prisma, viewerOf(ctx), {
        ...args,
        planId: String(args.planId),
      });
      return ctx.prisma.planVersion.findUniqueOrThrow({ ...query, where: { id: plan.id } });
    },
  }),
  submitRealisation: t.prismaField({
    type: "Realisation",
    description:
      "Reports a realised activity; the server values it with the contract's pinned catalogue",
    authScopes: { contractor: true },
    errors: { types: errors, directResult: true, union: { name: "SubmitRealisationResult" } },
    args: {
      contractId: t.arg.id({ required: true }),
      input: t.arg({ type: RealisationInput, required: true }),
    },
    resolve: async (query, _root, args, ctx) => {
      const created = await submitRealisation(
        ctx.prisma,
        viewerOf(ctx),
        String(args.contractId),
        realisationFields(args.input),
      );
      return ctx.prisma.realisation.findUniqueOrThrow({ ...query, where: { id: created.id } });
    },
  }),
  correctRealisation: t.prismaField({
    type: "Realisation",
    description: "Corrects a realisation that is not accepted; it goes back for review",
    authScopes: { contractor: true },
    errors: { types: errors, directResult: true, union: { name: "CorrectRealisationResult" } },
    args: {
      id: t.arg.id({ required: true }),
      version: t.arg.int({ required: true }),
      input: t.arg({ type: RealisationInput, required: true }),
    },
    resolve: async (query, _root, args, ctx) => {
      const updated = await correctRealisation(ctx.prisma, viewerOf(ctx), {
        id: String(args.id),
        version: args.version,
        fields: realisationFields(args.input),
      });
      return ctx.prisma.realisation.findUniqueOrThrow({ ...query, where: { id: updated.id } });
    },
  }),
  reviewRealisation: t.prismaField({
    type: "Realisation",
    description:
      "The WSP accepts (for maatwerk: with a value and reasoning) or rejects with a reason",
    authScopes: { manager: true },
    errors: { types: errors, directResult: true, union: { name: "ReviewRealisationResult" } },
    args: {
      id: t.arg.id({ required: true }),
      version: t.arg.int({ required: true }),
      accept: t.arg.boolean({ required: true }),
      reason: t.arg.string(),
      maatwerkValue: t.arg({ type: "Decimal" }),
    },
    resolve: async (query, _root, args, ctx) => {
      const reviewed = await reviewRealisation(ctx.prisma, viewerOf(ctx), {
        ...args,
        id: String(args.id),
      });
      return ctx.prisma.realisation.findUniqueOrThrow({ ...query, where: { id: reviewed.id } });
    },
  }),
}));

const AssessmentOutcomeEnum = builder.enumType("AssessmentOutcome", {
  values: ["FULFILLED", "RECOVERY_PERIOD", "SANCTIONED", "WAIVED"] as const,
});

builder.prismaObject("Assessment", {
  description: "Eindbeoordeling: the outcome recorded after the contract's end",
  fields: (t) => ({
    outcome: t.expose("outcome", { type: AssessmentOutcomeEnum }),
    recoveryUntil: t.field({ type: "Date", nullable: true, resolve: (a) => iso(a.recoveryUntil) }),
    sanctionAmount: t.field({
      type: "Decimal",
      nullable: true,
      resolve: (a) => (a.sanctionAmount ? decimalOut(a.sanctionAmount, 2) : null),
    }),
    reason: t.exposeString("reason", { nullable: true }),
    obligationAmount: t.field({
      type: "Decimal",
      resolve: (a) => decimalOut(a.obligationAmount, 2),
    }),
    acceptedAmount: t.field({ type: "Decimal", resolve: (a) => decimalOut(a.acceptedAmount, 2) }),
    decidedAt: t.string({ resolve: (a) => a.decidedAt.toISOString() }),
    letterUrl: t.string({
      description: "The assessment letter as PDF",
      resolve: (a) => `/brieven/eindbeoordeling/${a.contractId}`,
    }),
  }),
});

builder.prismaObjectFields("Contract", (t) => ({
  assessment: t.relation("assessment", { nullable: true }),
}));

builder.mutationFields((t) => ({
  assessContract: t.prismaField({
    type: "Assessment",
    description:
      "Records the outcome after the end date; a sanction defaults to the unrealised part",
    authScopes: { manager: true },
    errors: { types: errors, directResult: true, union: { name: "AssessContractResult" } },
    args: {
      contractId: t.arg.id({ required: true }),
      version: t.arg.int({ required: true }),
      outcome: t.arg({ type: AssessmentOutcomeEnum, required: true }),
      recoveryUntil: t.arg({ type: "Date" }),
      sanctionAmount: t.arg({
        type: "Decimal",
        description: "Default: the unrealised part of the obligation",
      }),
      reason: t.arg.string(),
    },
    resolve: async (query, _root, args, ctx) => {
      const assessment = await assessContract(ctx.prisma, viewerOf(ctx), {
        ...args,
        contractId: String(args.contractId),
      });
      return ctx.prisma.assessment.findUniqueOrThrow({ ...query, where: { id: assessment.id } });
    },
  }),
}));

const RealisationImport = builder
  .objectRef<{ realisationIds: string[] }>("RealisationImport")
  .implement({
    fields: (t) => ({
      count: t.int({ resolve: (r) => r.realisationIds.length }),
      realisations: t.prismaField({
        type: ["Realisation"],
        resolve: (query, r, _args, ctx) =>
          ctx.prisma.realisation.findMany({
            ...query,
            where: { id: { in: r.realisationIds } },
            orderBy: { createdAt: "asc" },
          }),
      }),
    }),
  });

const SpreadsheetFormat = builder.enumType("SpreadsheetFormat", {
  values: ["CSV", "XLSX"] as const,
});

builder.mutationFields((t) => ({
  importRealisations: t.field({
    type: RealisationImport,
    description:
      "Imports realisations from the template (CSV, or XLSX as base64): all rows, or none",
    authScopes: { contractor: true },
    errors: {
      types: [ImportError, ...errors],
      directResult: true,
      union: { name: "ImportRealisationsResult" },
    },
    args: {
      contractId: t.arg.id({ required: true }),
      format: t.arg({ type: SpreadsheetFormat, required: true }),
      content: t.arg.string({ required: true }),
    },
    resolve: async (_root, args, ctx) => {
      const created = await importRealisations(ctx.prisma, viewerOf(ctx), {
        ...args,
        contractId: String(args.contractId),
      });
      return { realisationIds: created.map((r) => r.id) };
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
      status: t.string({
        description: "ADDED, REMOVED, CHANGED or UNCHANGED",
        resolve: (d) => d.status,
      }),
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
          startDate: iso(line.startDate),
          endDate: iso(line.endDate),
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
