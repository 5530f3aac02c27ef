// The public calculator (rekenhulp): what a realisation is worth and what a contract owes, before
// anything is registered. Same domain rules as the apps compute in the browser.

import { choosePolicyInForce, toObligationPolicy } from "@sroi/db";
import {
  bonusAppliesTo,
  computeObligation,
  decimal,
  formatDate,
  isIsoDate,
  normaliseKvkNumber,
  psoCertificateForAward,
  valueBlock,
} from "@sroi/domain";
import { canSeeCatalogueVersion } from "../auth/visibility.js";
import { builder } from "../builder.js";
import type { Context } from "../context.js";
import { InputError } from "../errors.js";
import { contractorPsoFacts } from "../services/pso.js";
import { BreakdownLineRef } from "./breakdown.js";
import { findCatalogueInForce } from "./catalogue.js";
import { ContractKind } from "./municipality.js";

const ValuePreviewInput = builder.inputType("ValuePreviewInput", {
  description: "A planned or reported activity; give the inputs the block's valuation kind needs",
  fields: (t) => ({
    catalogueKey: t.string({ required: true }),
    blockCode: t.string({ required: true }),
    startDate: t.field({ type: "Date" }),
    endDate: t.field({ type: "Date" }),
    hoursPerWeek: t.field({ type: "Decimal" }),
    hours: t.field({ type: "Decimal" }),
    days: t.field({ type: "Decimal" }),
    count: t.field({ type: "Decimal" }),
    amountExclVat: t.field({ type: "Decimal" }),
    bonusCodes: t.stringList({ defaultValue: [] }),
    contractStart: t.field({ type: "Date" }),
    contractEnd: t.field({ type: "Date" }),
  }),
});

interface ValuePreviewShape {
  total: string;
  lines: { label: string; amount: string }[];
  countedDays: number | null;
}

const ValuePreview = builder.objectRef<ValuePreviewShape>("ValuePreview").implement({
  description: "The value of one activity with its breakdown",
  fields: (t) => ({
    total: t.field({ type: "Decimal", resolve: (preview) => preview.total }),
    lines: t.field({ type: [BreakdownLineRef], resolve: (preview) => preview.lines }),
    countedDays: t.exposeInt("countedDays", {
      nullable: true,
      description: "Days that count, after the contract window and the maximum counting period",
    }),
  }),
});

const ObligationPreviewInput = builder.inputType("ObligationPreviewInput", {
  fields: (t) => ({
    municipalityCode: t.string({ required: true, description: "CBS code, e.g. GM0307" }),
    contractKind: t.field({ type: ContractKind, required: true }),
    valueExclVat: t.field({ type: "Decimal", required: true }),
    labourShare: t.field({ type: "Decimal", description: "Fraction 0 to 1; matters for supplies" }),
    referenceDate: t.field({
      type: "Date",
      required: true,
      description: "Publication date of the tender, or the award date when unknown",
    }),
    awardDate: t.field({
      type: "Date",
      description: "Decides which PSO certificate applies; the reference date when left out",
    }),
    contractorKvkNumber: t.string({
      description:
        "The contractor's KvK number: its checked PSO certificate gives the discount, as at registration. Used only for those who may register the gemeente's contracts",
    }),
  }),
});

export const ObligationKind = builder.enumType("ObligationKind", {
  description: "PERCENTAGE of the value, one maatschappelijke ACTIVITY, or NONE",
  values: ["PERCENTAGE", "ACTIVITY", "NONE"] as const,
});

interface ObligationPreviewShape {
  kind: "PERCENTAGE" | "ACTIVITY" | "NONE";
  percentage: string | null;
  amount: string;
  lines: { label: string; amount: string }[];
  policyId: string;
  regionId: string;
  referenceDate: string;
}

const ObligationPreview = builder.objectRef<ObligationPreviewShape>("ObligationPreview").implement({
  description: "What a contract would owe under the policy in force on the reference date",
  fields: (t) => ({
    kind: t.field({ type: ObligationKind, resolve: (preview) => preview.kind }),
    percentage: t.field({
      type: "Decimal",
      nullable: true,
      resolve: (preview) => preview.percentage,
    }),
    amount: t.field({ type: "Decimal", resolve: (preview) => preview.amount }),
    lines: t.field({ type: [BreakdownLineRef], resolve: (preview) => preview.lines }),
    policy: t.prismaField({
      type: "Policy",
      description: "The policy version that was applied",
      resolve: (query, preview, _args, ctx) =>
        ctx.prisma.policy.findUniqueOrThrow({ ...query, where: { id: preview.policyId } }),
    }),
    catalogueVersion: t.prismaField({
      type: "CatalogueVersion",
      nullable: true,
      description: "The region's bouwblokken catalogue in force on the reference date",
      resolve: (query, preview, _args, ctx) =>
        findCatalogueInForce(ctx.prisma, preview.regionId, preview.referenceDate, query),
    }),
  }),
});

function requireValidDate(value: string | null | undefined, field: string) {
  if (value != null && !isIsoDate(value)) {
    throw new InputError(`${value} is geen bestaande datum.`, field);
  }
}

builder.queryFields((t) => ({
  valuePreview: t.field({
    authScopes: { public: true },
    type: ValuePreview,
    description: "Value one activity with a block of a catalogue version, with its breakdown",
    errors: { types: [InputError], directResult: true, union: { name: "ValuePreviewResult" } },
    args: { input: t.arg({ type: ValuePreviewInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const found = await ctx.catalogues.get(input.catalogueKey);
      // A draft is valued only for those who may see it (to try out values before publishing).
      const version = found && canSeeCatalogueVersion(ctx.viewer, found) ? found : null;
      if (!version) {
        throw new InputError(`Onbekend bouwblokkenmodel "${input.catalogueKey}".`, "catalogueKey");
      }
      const block = version.blocks.get(input.blockCode);
      if (!block) {
        throw new InputError(
          `Bouwblok "${input.blockCode}" staat niet in ${version.name}.`,
          "blockCode",
        );
      }
      const bonuses = (input.bonusCodes ?? []).map((code) => {
        const bonus = version.bonuses.get(code);
        if (!bonus) {
          throw new InputError(`Toeslag "${code}" staat niet in ${version.name}.`, "bonusCodes");
        }
        return bonus;
      });
      const notApplicable = bonuses.find((bonus) => !bonusAppliesTo(bonus, block));
      if (notApplicable) {
        throw new InputError(
          `Toeslag "${notApplicable.name}" geldt niet voor bouwblok "${block.name}".`,
          "bonusCodes",
        );
      }
      const result = valueBlock({
        block,
        basisHours: version.basisHours,
        bonuses,
        startDate: input.startDate,
        endDate: input.endDate,
        hoursPerWeek: input.hoursPerWeek,
        hours: input.hours,
        days: input.days,
        count: input.count,
        amountExclVat: input.amountExclVat,
        contractStart: input.contractStart,
        contractEnd: input.contractEnd,
      });
      if (!result.ok) throw new InputError(result.message, result.field);
      return { total: result.total, lines: result.lines, countedDays: result.countedDays ?? null };
    },
  }),
  obligationPreview: t.field({
    authScopes: { public: true },
    type: ObligationPreview,
    description: "The obligation a contract would get under the gemeente's policy",
    errors: { types: [InputError], directResult: true, union: { name: "ObligationPreviewResult" } },
    args: { input: t.arg({ type: ObligationPreviewInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      requireValidDate(input.referenceDate, "referenceDate");
      if (input.valueExclVat.startsWith("-")) {
        throw new InputError("De opdrachtwaarde kan niet negatief zijn.", "valueExclVat");
      }
      const share = input.labourShare;
      if (share != null && (share.startsWith("-") || decimal(share).gt(1))) {
        throw new InputError(
          "Het arbeidsaandeel is een deel van het geheel: een getal van 0 tot en met 1 (bijvoorbeeld 0.30).",
          "labourShare",
        );
      }
      const municipality = await ctx.prisma.municipality.findUnique({
        where: { code: input.municipalityCode },
        include: { policies: true },
      });
      if (!municipality) {
        throw new InputError(
          `Onbekende gemeente "${input.municipalityCode}". Gebruik de CBS-code, zoals GM0307.`,
          "municipalityCode",
        );
      }
      const stored = choosePolicyInForce(municipality.policies, input.referenceDate);
      if (!stored) {
        throw new InputError(
          `Gemeente ${municipality.name} had op ${formatDate(input.referenceDate)} nog geen social return-beleid in dit platform.`,
          "referenceDate",
        );
      }
      requireValidDate(input.awardDate, "awardDate");
      const rules = toObligationPolicy(stored);
      const obligation = computeObligation(rules, {
        kind: input.contractKind,
        valueExclVat: input.valueExclVat,
        labourShare: share,
        pso: psoCertificateForAward(
          await previewPsoCertificates(ctx, municipality.id, input.contractorKvkNumber),
          input.awardDate ?? input.referenceDate,
          rules.psoDiscounts,
        ),
      });
      return {
        ...obligation,
        policyId: stored.id,
        regionId: municipality.regionId,
        referenceDate: input.referenceDate,
      };
    },
  }),
}));

/**
 * The certificates registration would weigh, for a viewer who may register this gemeente's
 * contracts (it names the certificate); everyone else previews without a contractor.
 */
async function previewPsoCertificates(
  ctx: Context,
  municipalityId: string,
  kvkNumber: string | null | undefined,
) {
  const kvk = kvkNumber ? normaliseKvkNumber(kvkNumber) : null;
  const viewer = ctx.viewer;
  const mayRegister =
    viewer !== null &&
    (viewer.isPlatformAdmin || viewer.manageableMunicipalityIds.has(municipalityId));
  if (!kvk || !mayRegister) return [];
  const contractor = await ctx.prisma.organisation.findUnique({
    where: { kvkNumber: kvk },
    select: { id: true },
  });
  return contractor ? contractorPsoFacts(ctx.prisma, contractor.id) : [];
}
