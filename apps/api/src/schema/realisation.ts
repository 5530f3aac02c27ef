// Realisations: the activities a contractor reports with their inputs, computed value and
// evidence, corrected when not accepted, and the WSP's review. Reachable through Contract.

import { toIsoDate } from "@sroi/db";
import { type BreakdownLine, doubleCountMessage } from "@sroi/domain";
import { isStaffForContract } from "../auth/visibility.js";
import { builder } from "../builder.js";
import type { Context } from "../context.js";
import { MAX_PAGE_SIZE } from "../pagination.js";
import { type DoubleCount, doubleCountBatcher, doubleCountFor } from "../services/count-once.js";
import {
  acceptRealisations,
  correctRealisation,
  filledPlanLine,
  judgementSelect,
  realisationJudgement,
  reviewRealisation,
  submitRealisation,
} from "../services/realisations.js";
import { BreakdownLineRef } from "./breakdown.js";
import { editErrors, viewerOf } from "./errors.js";
import { PlanLineRef } from "./plan.js";
import { decimalOut, optionalDate, optionalDecimal } from "./scalars.js";

const RealisationStatus = builder.enumType("RealisationStatus", {
  values: ["SUBMITTED", "ACCEPTED", "REJECTED"] as const,
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

const DoubleCountKind = builder.enumType("DoubleCountKind", {
  values: [
    "SAME_CANDIDATE",
    "SAME_PERSON_REFERENCE",
    "SAME_PERSON_IDENTITY",
    "SAME_INVOICE",
  ] as const,
});

const DoubleCountRef = builder.objectRef<{ found: DoubleCount; ctx: Context }>("DoubleCount");
DoubleCountRef.implement({
  description:
    "Another entry in the region that counts the same person's days or the same invoice (docs/decisions/0025-count-once.md)",
  fields: (t) => ({
    kind: t.field({ type: DoubleCountKind, resolve: ({ found }) => found.kind }),
    status: t.field({ type: RealisationStatus, resolve: ({ found }) => found.status }),
    startDate: t.field({
      type: "Date",
      nullable: true,
      resolve: ({ found }) => found.startDate,
    }),
    endDate: t.field({ type: "Date", nullable: true, resolve: ({ found }) => found.endDate }),
    overlapDays: t.int({
      description: "The days both entries claim; 0 for an invoice",
      resolve: ({ found }) => found.overlapDays,
    }),
    contractId: t.id({
      nullable: true,
      description: "The other entry's contract, only when the viewer may read it",
      resolve: ({ found, ctx }) =>
        doubleCountFor(ctx.viewer, found).contractReference ? found.contract.id : null,
    }),
    contractReference: t.string({
      nullable: true,
      resolve: ({ found, ctx }) => doubleCountFor(ctx.viewer, found).contractReference,
    }),
    message: t.string({
      description: "In Dutch: the other entry, named only when the viewer may see it",
      resolve: ({ found, ctx }) => doubleCountMessage(doubleCountFor(ctx.viewer, found)),
    }),
  }),
});

// One batcher per request: the double counts of a whole list of realisations in one query.
const batchers = new WeakMap<Context, ReturnType<typeof doubleCountBatcher>>();
function doubleCountsOf(ctx: Context, realisationId: string) {
  let batcher = batchers.get(ctx);
  if (!batcher) {
    batcher = doubleCountBatcher(ctx.prisma);
    batchers.set(ctx, batcher);
  }
  return batcher(realisationId);
}

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
      description: "Only staff of the contract's gemeente or its WSP see the name",
      select: { personName: true, contract: { select: { municipalityId: true } } },
      resolve: (r, _args, ctx) =>
        isStaffForContract(ctx.viewer, r.contract) ? r.personName : null,
    }),
    personBirthDate: t.string({
      nullable: true,
      description:
        "yyyy-mm-dd; only staff of the contract's gemeente or its WSP see the date of birth",
      select: { personBirthDate: true, contract: { select: { municipalityId: true } } },
      resolve: (r, _args, ctx) =>
        isStaffForContract(ctx.viewer, r.contract) && r.personBirthDate
          ? toIsoDate(r.personBirthDate)
          : null,
    }),
    targetGroup: t.exposeString("targetGroup", { nullable: true }),
    homeMunicipalityCode: t.exposeString("homeMunicipalityCode", { nullable: true }),
    hoursPerWeek: t.field({
      type: "Decimal",
      nullable: true,
      resolve: (r) => optionalDecimal(r.hoursPerWeek),
    }),
    startDate: t.field({ type: "Date", nullable: true, resolve: (r) => optionalDate(r.startDate) }),
    endDate: t.field({ type: "Date", nullable: true, resolve: (r) => optionalDate(r.endDate) }),
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
    invoiceDate: t.field({
      type: "Date",
      nullable: true,
      resolve: (r) => optionalDate(r.invoiceDate),
    }),
    description: t.exposeString("description", { nullable: true }),
    value: t.field({ type: "Decimal", resolve: (r) => decimalOut(r.value, 2) }),
    valueLines: t.field({
      type: [BreakdownLineRef],
      resolve: (r) => r.valueLines as unknown as BreakdownLine[],
    }),
    status: t.expose("status", { type: RealisationStatus }),
    reviewReason: t.exposeString("reviewReason", { nullable: true }),
    submittedAt: t.string({ resolve: (r) => r.createdAt.toISOString() }),
    evidence: t.relation("evidence"),
    version: t.exposeInt("version"),
    planLine: t.field({
      type: PlanLineRef,
      nullable: true,
      description:
        "The line of the contract's approved plan this realisation fills: same bouwblok, the line whose period holds its start date first (null for maatwerk, or when the plan has no such line)",
      select: judgementSelect,
      resolve: (r) => filledPlanLine(r),
    }),
    doubleCounts: t.field({
      type: [DoubleCountRef],
      description:
        "Other entries in the region (not rejected) for the same person on overlapping days, or the same invoice; acceptance is refused while one of them is accepted",
      resolve: async (r, _args, ctx) =>
        (await doubleCountsOf(ctx, r.id)).map((found) => ({ found, ctx })),
    }),
    judgementReason: t.string({
      nullable: true,
      description:
        "Why a reviewer has to judge this realisation himself, in Dutch; null when it may be accepted with others (acceptRealisations). Maatwerk, no evidence, a correction, or a block outside the approved plan need judgement",
      select: judgementSelect,
      resolve: (r) => realisationJudgement(r),
    }),
  }),
});

builder.prismaObjectFields("Contract", (t) => ({
  realisations: t.relation("realisations", { query: { orderBy: { createdAt: "desc" } } }),
  realisationConnection: t.relatedConnection("realisations", {
    cursor: "id",
    description:
      "The realisations a page at a time, newest first (the contract page); realisationCounts counts them all",
    defaultSize: 50,
    maxSize: MAX_PAGE_SIZE,
    totalCount: true,
    query: { orderBy: [{ createdAt: "desc" }, { id: "desc" }] },
  }),
}));

const RealisationInput = builder.inputType("RealisationInput", {
  fields: (t) => ({
    blockCode: t.string({ description: "null for maatwerk" }),
    maatwerkDescription: t.string(),
    personRef: t.string({
      description: "Your own pseudonymous reference for the person; never a BSN",
    }),
    personName: t.string({ description: "Optional; only the WSP sees it" }),
    personBirthDate: t.string({
      description:
        "yyyy-mm-dd (a String: the Date scalar holds the platform's own dates, 1990 to 2099). For an entry over a period: with the name it lets the platform count a person once across contractors; only the WSP sees it",
    }),
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

const realisationFields = (
  input: Record<string, unknown> & { evidenceIds?: (string | number)[] | null },
) => ({
  ...(input as Parameters<typeof submitRealisation>[3]),
  evidenceIds: (input.evidenceIds ?? []).map(String),
});

const RealisationVersionInput = builder.inputType("RealisationVersionInput", {
  description: "A realisation as the reviewer read it: the version guards against a later change",
  fields: (t) => ({
    id: t.id({ required: true }),
    version: t.int({ required: true }),
  }),
});

builder.mutationFields((t) => ({
  acceptRealisations: t.prismaField({
    type: ["Realisation"],
    description:
      "Accepts realisations of one contract that need no judgement (judgementReason null), all or nothing; each is audited, the contractor gets one mail",
    authScopes: { manager: true },
    errors: {
      types: editErrors,
      union: { name: "AcceptRealisationsResult" },
      result: { name: "AcceptRealisationsSuccess" },
    },
    args: {
      contractId: t.arg.id({ required: true }),
      realisations: t.arg({ type: [RealisationVersionInput], required: true }),
    },
    resolve: async (query, _root, args, ctx) => {
      const accepted = await acceptRealisations(
        ctx.prisma,
        viewerOf(ctx),
        {
          contractId: String(args.contractId),
          realisations: args.realisations.map((r) => ({ id: String(r.id), version: r.version })),
        },
        ctx.settings.publicUrl,
      );
      return ctx.prisma.realisation.findMany({
        ...query,
        where: { id: { in: accepted.map((r) => r.id) } },
        orderBy: { createdAt: "desc" },
      });
    },
  }),
  submitRealisation: t.prismaField({
    type: "Realisation",
    description:
      "Reports a realised activity; the server values it with the contract's pinned catalogue",
    authScopes: { contractor: true },
    errors: { types: editErrors, directResult: true, union: { name: "SubmitRealisationResult" } },
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
        ctx.settings.personMatchKey,
      );
      return ctx.prisma.realisation.findUniqueOrThrow({ ...query, where: { id: created.id } });
    },
  }),
  correctRealisation: t.prismaField({
    type: "Realisation",
    description: "Corrects a realisation that is not accepted; it goes back for review",
    authScopes: { contractor: true },
    errors: { types: editErrors, directResult: true, union: { name: "CorrectRealisationResult" } },
    args: {
      id: t.arg.id({ required: true }),
      version: t.arg.int({ required: true }),
      input: t.arg({ type: RealisationInput, required: true }),
    },
    resolve: async (query, _root, args, ctx) => {
      const updated = await correctRealisation(
        ctx.prisma,
        viewerOf(ctx),
        { id: String(args.id), version: args.version, fields: realisationFields(args.input) },
        ctx.settings.personMatchKey,
      );
      return ctx.prisma.realisation.findUniqueOrThrow({ ...query, where: { id: updated.id } });
    },
  }),
  reviewRealisation: t.prismaField({
    type: "Realisation",
    description:
      "The WSP accepts (for maatwerk: with a value and reasoning) or rejects with a reason",
    authScopes: { manager: true },
    errors: { types: editErrors, directResult: true, union: { name: "ReviewRealisationResult" } },
    args: {
      id: t.arg.id({ required: true }),
      version: t.arg.int({ required: true }),
      accept: t.arg.boolean({ required: true }),
      reason: t.arg.string(),
      maatwerkValue: t.arg({ type: "Decimal" }),
    },
    resolve: async (query, _root, args, ctx) => {
      const reviewed = await reviewRealisation(
        ctx.prisma,
        viewerOf(ctx),
        {
          ...args,
          id: String(args.id),
        },
        ctx.settings.publicUrl,
      );
      return ctx.prisma.realisation.findUniqueOrThrow({ ...query, where: { id: reviewed.id } });
    },
  }),
}));
