// Bouwblokken catalogues: regions, catalogue versions, blocks and bonuses. Public and read-only
// here; outside dashboards rely on these field names, so they are a contract.
import type { Prisma, PrismaClient } from "@prisma/client";
import { chooseCatalogueInForce } from "@sroi/db";
import { BLOCK_CATEGORIES, CATALOGUE_STATUSES, VALUATION_KINDS } from "@sroi/domain";
import { canSeeCatalogueVersion, visibleCatalogueVersionsWhere } from "../auth/visibility.js";
import { builder } from "../builder.js";
import { decimalOut } from "./scalars.js";

const CatalogueStatus = builder.enumType("CatalogueStatus", {
  description: "DRAFT → PUBLISHED (immutable) → RETIRED",
  values: CATALOGUE_STATUSES,
});
export const BlockCategory = builder.enumType("BlockCategory", { values: BLOCK_CATEGORIES });
export const ValuationKind = builder.enumType("ValuationKind", {
  description:
    "How a block's value is computed (docs/domain.md, section The valuation of a bouwblok)",
  values: VALUATION_KINDS,
});

builder.prismaObject("Region", {
  description: "Arbeidsmarktregio or WSP region; owns catalogue versions",
  fields: (t) => ({
    code: t.exposeString("code"),
    name: t.exposeString("name"),
    catalogueVersions: t.relation("catalogueVersions", {
      description:
        "Latest validFrom first; versions without a date last. Drafts only for those who may manage the region",
      query: (_args, ctx) => ({
        where: visibleCatalogueVersionsWhere(ctx.viewer),
        orderBy: [{ validFrom: { sort: "desc", nulls: "last" } }, { key: "asc" }],
      }),
    }),
    municipalities: t.relation("municipalities", { query: { orderBy: { name: "asc" } } }),
    catalogueInForce: t.prismaField({
      type: "CatalogueVersion",
      nullable: true,
      description:
        "The published version in force on a date: latest validFrom not after it (undated versions count as in force from the start)",
      args: { date: t.arg({ type: "Date", required: true }) },
      resolve: (query, region, args, ctx) =>
        findCatalogueInForce(ctx.prisma, region.id, args.date, query),
    }),
  }),
});

export const CatalogueVersionRef = builder.prismaObject("CatalogueVersion", {
  description: "One version of a region's bouwblokkenmodel",
  // Checked again on every path: a list that forgot visibleCatalogueVersionsWhere fails, it does
  // not leak a draft.
  authScopes: (version, ctx) => canSeeCatalogueVersion(ctx.viewer, version),
  fields: (t) => ({
    key: t.exposeString("key", { description: 'Stable human-readable key, e.g. "leiden-2023"' }),
    name: t.exposeString("name"),
    region: t.relation("region"),
    validFrom: t.expose("validFrom", { type: "Date", nullable: true }),
    status: t.expose("status", { type: CatalogueStatus }),
    source: t.exposeString("source", {
      nullable: true,
      description: "Where the values were published",
    }),
    retrieved: t.expose("retrieved", { type: "Date", nullable: true }),
    complete: t.exposeBoolean("complete", {
      description: "False when the source was only partly readable",
    }),
    countingNote: t.exposeString("countingNote", {
      nullable: true,
      description: "Counting rules the source states in prose",
    }),
    conceptNote: t.exposeString("conceptNote", {
      nullable: true,
      description: "Shown wherever the version is shown, e.g. that its values await confirmation",
    }),
    basisHours: t.field({
      type: "Decimal",
      description: "Full-time week in hours",
      select: { basisHours: true },
      resolve: (version) => decimalOut(version.basisHours),
    }),
    blocks: t.relation("blocks", { query: { orderBy: { position: "asc" } } }),
    bonuses: t.relation("bonuses", { query: { orderBy: { position: "asc" } } }),
  }),
});

builder.prismaObject("Block", {
  description: "Bouwblok: an activity with a transparent effort value",
  fields: (t) => ({
    code: t.exposeString("code"),
    name: t.exposeString("name"),
    category: t.expose("category", { type: BlockCategory }),
    kind: t.expose("kind", { type: ValuationKind }),
    amount: t.field({
      type: "Decimal",
      nullable: true,
      description: "Euros per unit of the valuation kind; null for INVOICE_SHARE and ACTUAL_COST",
      select: { amount: true },
      resolve: (block) => (block.amount === null ? null : decimalOut(block.amount, 2)),
    }),
    share: t.field({
      type: "Decimal",
      nullable: true,
      description: "Share of the invoice amount (0 to 1) for INVOICE_SHARE",
      select: { share: true },
      resolve: (block) =>
        block.share === null ? null : decimalOut(block.share.toDecimalPlaces(4), 2),
    }),
    maxMonths: t.exposeInt("maxMonths", {
      nullable: true,
      description: "Longest counting period; null = counts for as long as it runs",
    }),
    minHoursPerWeek: t.field({
      type: "Decimal",
      nullable: true,
      select: { minHoursPerWeek: true },
      resolve: (block) =>
        block.minHoursPerWeek === null ? null : decimalOut(block.minHoursPerWeek),
    }),
    note: t.exposeString("note", { nullable: true }),
  }),
});

builder.prismaObject("Bonus", {
  description: "Toeslag: adds to an employment block (e.g. 50+, permanent contract)",
  fields: (t) => ({
    code: t.exposeString("code"),
    name: t.exposeString("name"),
    amount: t.field({
      type: "Decimal",
      select: { amount: true },
      resolve: (bonus) => decimalOut(bonus.amount, 2),
    }),
    appliesTo: t.exposeStringList("appliesTo", {
      description: "Block codes or block categories this bonus may be added to",
    }),
    oneOff: t.exposeBoolean("oneOff", {
      description: "Added once rather than pro rata with the block's hours and days",
    }),
  }),
});

builder.queryFields((t) => ({
  regions: t.prismaField({
    authScopes: { public: true },
    type: ["Region"],
    description: "All regions with their catalogue versions",
    resolve: (query, _root, _args, ctx) =>
      ctx.prisma.region.findMany({ ...query, orderBy: { name: "asc" } }),
  }),
  catalogueVersion: t.prismaField({
    authScopes: { public: true },
    type: "CatalogueVersion",
    nullable: true,
    description:
      "One catalogue version by its key; null when there is none (or it is a draft you may not see)",
    args: { key: t.arg.string({ required: true }) },
    resolve: (query, _root, args, ctx) =>
      ctx.prisma.catalogueVersion.findFirst({
        ...query,
        where: { AND: [{ key: args.key }, visibleCatalogueVersionsWhere(ctx.viewer)] },
      }),
  }),
}));

/** The catalogue version in force for a region on a date (rules in @sroi/domain). */
export async function findCatalogueInForce(
  prisma: PrismaClient,
  regionId: string,
  date: string,
  query: { include?: Prisma.CatalogueVersionInclude; select?: Prisma.CatalogueVersionSelect } = {},
) {
  const candidates = await prisma.catalogueVersion.findMany({
    where: { regionId, status: "PUBLISHED" },
    select: { id: true, status: true, validFrom: true },
    orderBy: { createdAt: "asc" },
  });
  const chosen = chooseCatalogueInForce(candidates, date);
  if (!chosen) return null;
  return prisma.catalogueVersion.findUnique({ ...query, where: { id: chosen.id } });
}
