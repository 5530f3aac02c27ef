// Drafting, editing, publishing, retiring and comparing a gemeente's SR policy versions.
import { choosePolicyInForce, toObligationPolicy } from "@sroi/db";
import { comparePolicyRules, dutchDate } from "@sroi/domain";
import { canManagePolicy } from "../auth/viewer.js";
import { visiblePoliciesWhere } from "../auth/visibility.js";
import { builder } from "../builder.js";
import { NotAllowedError, ValidationError } from "../errors.js";
import {
  createPolicyDraft,
  deletePolicyDraft,
  policyFieldsOf,
  publishPolicy,
  retirePolicy,
  retireRefusal,
  updatePolicyDraft,
  validatePolicy,
} from "../services/policies.js";
import { CatalogueProblem, DeleteResult, FieldChangeRef } from "./catalogue-management.js";
import { viewerOf } from "./errors.js";
import { BelowThreshold, PolicyRef, ReportFrequency } from "./municipality.js";

const PolicyStatus = builder.enumType("PolicyStatus", {
  values: ["DRAFT", "PUBLISHED", "RETIRED"] as const,
});

const PsoDiscount = builder
  .objectRef<{ level: string; discount: string }>("PsoDiscount")
  .implement({
    fields: (t) => ({
      level: t.exposeString("level"),
      discount: t.field({
        type: "Decimal",
        description: "Fraction, 0.50 is half",
        resolve: (d) => d.discount,
      }),
    }),
  });

const ruleSettings = (policy: Parameters<typeof toObligationPolicy>[0]) => ({
  ...toObligationPolicy(policy),
  contactDeadlineDays: policy.contactDeadlineDays,
  reportFrequency: policy.reportFrequency,
});

builder.prismaObjectFields("Policy", (t) => ({
  id: t.exposeID("id"),
  status: t.expose("status", { type: PolicyStatus }),
  psoDiscounts: t.field({
    type: [PsoDiscount],
    resolve: (policy) =>
      Object.entries(toObligationPolicy(policy).psoDiscounts ?? {}).map(([level, discount]) => ({
        level,
        discount,
      })),
  }),
  viewerCanEdit: t.boolean({
    resolve: (policy, _args, ctx) =>
      policy.status === "DRAFT" && canManagePolicy(ctx.viewer, policy.municipalityId),
  }),
  viewerCanManage: t.boolean({
    resolve: (policy, _args, ctx) => canManagePolicy(ctx.viewer, policy.municipalityId),
  }),
  viewerCanRetire: t.boolean({
    description: "Retire this published version (retirePolicy)",
    resolve: (policy, _args, ctx) => retireRefusal(ctx.viewer, policy) === null,
  }),
  inForce: t.boolean({
    description:
      "The published version that applies to contracts awarded today (the server's date), as registerContract chooses it",
    select: {
      id: true,
      municipality: {
        select: {
          policies: {
            where: { status: "PUBLISHED" },
            select: { id: true, status: true, validFrom: true },
          },
        },
      },
    },
    resolve: (policy) =>
      choosePolicyInForce(policy.municipality.policies, dutchDate(new Date()))?.id === policy.id,
  }),
  problems: t.field({
    type: [CatalogueProblem],
    description: "What stops this draft from being published; empty when publishable",
    resolve: (policy) =>
      validatePolicy(policyFieldsOf(policy)).map((issue) => ({
        path: issue.field,
        message: issue.message,
      })),
  }),
}));

builder.prismaObjectFields("Municipality", (t) => ({
  policyDraft: t.field({
    type: PolicyRef,
    nullable: true,
    description:
      "The draft version of its policy, if there is one (there is at most one); only for those who may manage it",
    select: (_args, ctx, nestedSelection) => ({
      policies: nestedSelection({
        where: { AND: [{ status: "DRAFT" as const }, visiblePoliciesWhere(ctx.viewer)] },
        take: 1,
      }),
    }),
    resolve: (municipality) => municipality.policies[0] ?? null,
  }),
}));

const PsoDiscountInput = builder.inputType("PsoDiscountInput", {
  fields: (t) => ({
    level: t.string({ required: true }),
    discount: t.field({ type: "Decimal", required: true }),
  }),
});

const PolicyInput = builder.inputType("PolicyInput", {
  fields: (t) => ({
    name: t.string({ required: true }),
    percentage: t.field({ type: "Decimal", required: true, description: "Fraction: 0.05 is 5 %" }),
    thresholdWorks: t.field({ type: "Decimal", description: "null: no SR for works" }),
    thresholdServices: t.field({ type: "Decimal" }),
    thresholdSupplies: t.field({ type: "Decimal" }),
    thresholdSubsidy: t.field({ type: "Decimal" }),
    belowThreshold: t.field({ type: BelowThreshold, required: true }),
    suppliesMinLabourShare: t.field({ type: "Decimal" }),
    suppliesReducedPercentage: t.field({
      type: "Decimal",
      description: "null: none below the labour share",
    }),
    cap: t.field({ type: "Decimal" }),
    psoDiscounts: t.field({ type: [PsoDiscountInput], required: true }),
    contactDeadlineDays: t.int({ required: true }),
    reportFrequency: t.field({ type: ReportFrequency, required: true }),
    source: t.string(),
    conceptNote: t.string(),
  }),
});

const errors = [ValidationError, NotAllowedError];

builder.queryFields((t) => ({
  policy: t.prismaField({
    type: "Policy",
    nullable: true,
    description: "One policy version; drafts only for those who may manage the gemeente's policy",
    authScopes: { public: true },
    args: { id: t.arg.id({ required: true }) },
    resolve: (query, _root, args, ctx) =>
      ctx.prisma.policy.findFirst({
        ...query,
        where: { AND: [{ id: String(args.id) }, visiblePoliciesWhere(ctx.viewer)] },
      }),
  }),
  comparePolicies: t.field({
    type: [FieldChangeRef],
    nullable: true,
    description:
      "The rules that differ between two policy versions, in words; null when either is unknown or a draft you may not see",
    authScopes: { staff: true },
    args: { beforeId: t.arg.id({ required: true }), afterId: t.arg.id({ required: true }) },
    resolve: async (_root, args, ctx) => {
      const load = (id: string | number) =>
        ctx.prisma.policy.findFirst({
          where: { AND: [{ id: String(id) }, visiblePoliciesWhere(ctx.viewer)] },
        });
      const [before, after] = await Promise.all([load(args.beforeId), load(args.afterId)]);
      if (!before || !after) return null;
      return comparePolicyRules(ruleSettings(before), ruleSettings(after));
    },
  }),
}));

builder.mutationFields((t) => ({
  createPolicyDraft: t.prismaField({
    type: "Policy",
    description: "A new policy version as DRAFT, copied from the one in force",
    authScopes: { manager: true },
    errors: { types: errors, directResult: true, union: { name: "CreatePolicyDraftResult" } },
    args: { municipalityCode: t.arg.string({ required: true }) },
    resolve: async (query, _root, args, ctx) => {
      const draft = await createPolicyDraft(ctx.prisma, viewerOf(ctx), args.municipalityCode);
      return ctx.prisma.policy.findUniqueOrThrow({ ...query, where: { id: draft.id } });
    },
  }),
  updatePolicyDraft: t.prismaField({
    type: "Policy",
    authScopes: { manager: true },
    errors: { types: errors, directResult: true, union: { name: "UpdatePolicyDraftResult" } },
    args: { id: t.arg.id({ required: true }), input: t.arg({ type: PolicyInput, required: true }) },
    resolve: async (query, _root, args, ctx) => {
      const updated = await updatePolicyDraft(
        ctx.prisma,
        viewerOf(ctx),
        String(args.id),
        args.input,
      );
      return ctx.prisma.policy.findUniqueOrThrow({ ...query, where: { id: updated.id } });
    },
  }),
  publishPolicy: t.prismaField({
    type: "Policy",
    description: "Publishes a draft from validFrom on; from then on it cannot change",
    authScopes: { manager: true },
    errors: { types: errors, directResult: true, union: { name: "PublishPolicyResult" } },
    args: { id: t.arg.id({ required: true }), validFrom: t.arg({ type: "Date", required: true }) },
    resolve: async (query, _root, args, ctx) => {
      const published = await publishPolicy(
        ctx.prisma,
        viewerOf(ctx),
        String(args.id),
        args.validFrom,
      );
      return ctx.prisma.policy.findUniqueOrThrow({ ...query, where: { id: published.id } });
    },
  }),
  retirePolicy: t.prismaField({
    type: "Policy",
    authScopes: { manager: true },
    errors: { types: errors, directResult: true, union: { name: "RetirePolicyResult" } },
    args: { id: t.arg.id({ required: true }) },
    resolve: async (query, _root, args, ctx) => {
      const retired = await retirePolicy(ctx.prisma, viewerOf(ctx), String(args.id));
      return ctx.prisma.policy.findUniqueOrThrow({ ...query, where: { id: retired.id } });
    },
  }),
  deletePolicyDraft: t.field({
    type: DeleteResult,
    authScopes: { manager: true },
    errors: { types: errors, directResult: true, union: { name: "DeletePolicyDraftResult" } },
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_root, args, ctx) => {
      await deletePolicyDraft(ctx.prisma, viewerOf(ctx), String(args.id));
      return { deleted: true };
    },
  }),
}));
