// Gemeenten and their versioned social return policies. Public: bidders read the rules too.
import type { Prisma } from "@prisma/client";
import { CONTRACT_KINDS } from "@sroi/domain";
import { canSeePolicy, visiblePoliciesWhere } from "../auth/visibility.js";
import { builder } from "../builder.js";
import { decimalOut } from "./scalars.js";

export const ContractKind = builder.enumType("ContractKind", {
  description: "WORKS (werken), SERVICES (diensten), SUPPLIES (leveringen), SUBSIDY (subsidie)",
  values: CONTRACT_KINDS,
});
export const BelowThreshold = builder.enumType("BelowThreshold", {
  description: "What a contract below the threshold owes: one activity, or nothing",
  values: ["ACTIVITY", "NONE"] as const,
});
export const ReportFrequency = builder.enumType("ReportFrequency", {
  values: ["MONTHLY", "QUARTERLY", "HALF_YEARLY"] as const,
});

builder.prismaObject("Municipality", {
  description: "Gemeente, identified by its CBS code (e.g. GM0307)",
  fields: (t) => ({
    code: t.exposeString("code"),
    name: t.exposeString("name"),
    region: t.relation("region"),
    policies: t.relation("policies", {
      description:
        "Every version of the gemeente's policy, latest validFrom first; drafts only for those who may manage it",
      query: (_args, ctx) => ({
        where: visiblePoliciesWhere(ctx.viewer),
        orderBy: { validFrom: "desc" },
      }),
    }),
  }),
});

const money = (value: Prisma.Decimal | null) => (value === null ? null : decimalOut(value, 2));
const fraction = (value: Prisma.Decimal | null) => (value === null ? null : decimalOut(value));

export const PolicyRef = builder.prismaObject("Policy", {
  description: "SR-beleid: one version of a gemeente's social return policy",
  // Checked again on every path: a list that forgot visiblePoliciesWhere fails, it does not leak.
  authScopes: (policy, ctx) => canSeePolicy(ctx.viewer, policy),
  fields: (t) => ({
    name: t.exposeString("name"),
    validFrom: t.expose("validFrom", {
      type: "Date",
      nullable: true,
      description: "Set when published",
    }),
    percentage: t.field({
      type: "Decimal",
      description: "Fraction of the contract value excl. VAT; 5 % is 0.05",
      select: { percentage: true },
      resolve: (policy) => decimalOut(policy.percentage),
    }),
    thresholdWorks: t.field({
      type: "Decimal",
      nullable: true,
      description: "Contract value excl. VAT from which the percentage applies; null: never",
      resolve: (policy) => money(policy.thresholdWorks),
    }),
    thresholdServices: t.field({
      type: "Decimal",
      nullable: true,
      resolve: (policy) => money(policy.thresholdServices),
    }),
    thresholdSupplies: t.field({
      type: "Decimal",
      nullable: true,
      resolve: (policy) => money(policy.thresholdSupplies),
    }),
    thresholdSubsidy: t.field({
      type: "Decimal",
      nullable: true,
      resolve: (policy) => money(policy.thresholdSubsidy),
    }),
    belowThreshold: t.expose("belowThreshold", { type: BelowThreshold }),
    suppliesMinLabourShare: t.field({
      type: "Decimal",
      nullable: true,
      description: "Supplies with a lower labour share get the reduced percentage, or none",
      resolve: (policy) => fraction(policy.suppliesMinLabourShare),
    }),
    suppliesReducedPercentage: t.field({
      type: "Decimal",
      nullable: true,
      description: "null: supplies below the minimum labour share owe nothing",
      resolve: (policy) => fraction(policy.suppliesReducedPercentage),
    }),
    cap: t.field({
      type: "Decimal",
      nullable: true,
      description: "Maximum obligation per contract",
      resolve: (policy) => money(policy.cap),
    }),
    contactDeadlineDays: t.exposeInt("contactDeadlineDays"),
    reportFrequency: t.expose("reportFrequency", { type: ReportFrequency }),
    source: t.exposeString("source", { nullable: true }),
    conceptNote: t.exposeString("conceptNote", {
      nullable: true,
      description: "Shown wherever the policy is shown while it is a concept",
    }),
  }),
});

builder.queryFields((t) => ({
  municipalities: t.prismaField({
    authScopes: { public: true },
    type: ["Municipality"],
    description: "All gemeenten on the platform, by name",
    resolve: (query, _root, _args, ctx) =>
      ctx.prisma.municipality.findMany({ ...query, orderBy: { name: "asc" } }),
  }),
}));
