// A gemeente's public page (/portal/gemeenten/<slug>): its policy in force in plain Dutch, the
// catalogue in force, the texts its staff publish and its documents; and the staff editor's draft,
// preview and publish. Who edits: whoever manages the gemeente's SR policy (canManagePolicy).
import { toObligationPolicy } from "@sroi/db";
import { explainPolicyPlainly, municipalitySlug } from "@sroi/domain";
import { canManagePolicy } from "../auth/viewer.js";
import { builder } from "../builder.js";
import type { Context } from "../context.js";
import { NotAllowedError, refuseInvalid, ValidationError } from "../errors.js";
import {
  cleanPageTexts,
  type PageSources,
  pageSources,
  pageTextIssues,
  publishPage,
  publishRefusal,
  removePageDocument,
  savePageDraft,
} from "../services/municipality-pages.js";
import { viewerOf } from "./errors.js";

/** Where a page document is downloaded (evidence-routes.ts serves it). */
export const documentPath = (id: string) => `/gemeente-documenten/${id}`;

// One look-up per gemeente per request, however many of the page's fields ask for it.
const sourcesByRequest = new WeakMap<Context, Map<string, Promise<PageSources>>>();
function sourcesOf(ctx: Context, municipality: { id: string; regionId: string }) {
  const cache = sourcesByRequest.get(ctx) ?? new Map<string, Promise<PageSources>>();
  sourcesByRequest.set(ctx, cache);
  const sources = cache.get(municipality.id) ?? pageSources(ctx.prisma, municipality);
  cache.set(municipality.id, sources);
  return sources;
}

interface PageTextsShape {
  introduction: string | null;
  localAccents: string | null;
  changedAt: Date | null;
}

const MunicipalityPageTexts = builder.objectRef<PageTextsShape>("MunicipalityPageTexts").implement({
  description:
    "The texts staff write for a gemeente's page: plain text, paragraphs separated by an empty line",
  fields: (t) => ({
    introduction: t.exposeString("introduction", { nullable: true }),
    localAccents: t.exposeString("localAccents", {
      nullable: true,
      description: "What is special here, e.g. a Lokaal Sociaal Akkoord and its partners",
    }),
    changedAt: t.string({
      nullable: true,
      description:
        "ISO timestamp: when published (Municipality.page) or last saved and not yet published (pageDraft); null when the draft equals what is published",
      resolve: (texts) => texts.changedAt?.toISOString() ?? null,
    }),
  }),
});

const PlainPolicyPoint = builder
  .objectRef<{ field: string; text: string }>("PlainPolicyPoint")
  .implement({
    description: "One rule of the policy in force, in a plain Dutch sentence",
    fields: (t) => ({
      field: t.exposeString("field"),
      text: t.exposeString("text"),
    }),
  });

builder.prismaObject("MunicipalityDocument", {
  description: "A PDF on a gemeente's public page; public",
  fields: (t) => ({
    id: t.exposeID("id"),
    title: t.exposeString("title"),
    documentDate: t.expose("documentDate", { type: "Date" }),
    fileName: t.exposeString("fileName"),
    size: t.exposeInt("size", { description: "Bytes" }),
    url: t.string({ description: "Where to download it", resolve: (d) => documentPath(d.id) }),
  }),
});

builder.prismaObjectFields("Municipality", (t) => ({
  slug: t.string({
    description: 'Its address on the portal: /portal/gemeenten/<slug>, e.g. "amersfoort"',
    select: { name: true },
    resolve: (m) => municipalitySlug(m.name),
  }),
  policyInForce: t.prismaField({
    type: "Policy",
    nullable: true,
    description: "The published policy version that applies to contracts awarded today",
    resolve: async (query, m, _args, ctx) => {
      const { policyId } = await sourcesOf(ctx, m);
      return policyId ? ctx.prisma.policy.findUnique({ ...query, where: { id: policyId } }) : null;
    },
  }),
  catalogueInForce: t.prismaField({
    type: "CatalogueVersion",
    nullable: true,
    description: "The region's published bouwblokkenmodel in force today",
    resolve: async (query, m, _args, ctx) => {
      const { catalogueId } = await sourcesOf(ctx, m);
      return catalogueId
        ? ctx.prisma.catalogueVersion.findUnique({ ...query, where: { id: catalogueId } })
        : null;
    },
  }),
  plainPolicy: t.field({
    type: [PlainPolicyPoint],
    description:
      "The policy in force today in plain Dutch sentences (the rules registerContract and the rekenhulp apply); empty without one",
    select: { carriedOutBy: { select: { name: true } } },
    resolve: async (m, _args, ctx) => {
      const { policyId } = await sourcesOf(ctx, m);
      const policy = policyId
        ? await ctx.prisma.policy.findUniqueOrThrow({ where: { id: policyId } })
        : null;
      if (!policy) return [];
      return explainPolicyPlainly(
        {
          ...toObligationPolicy(policy),
          contactDeadlineDays: policy.contactDeadlineDays,
          reportFrequency: policy.reportFrequency,
        },
        m.carriedOutBy?.name ?? null,
      );
    },
  }),
  updatedOn: t.field({
    type: "Date",
    nullable: true,
    description:
      "Bijgewerkt op: the latest day the policy or catalogue in force, or the page's published texts, changed",
    resolve: async (m, _args, ctx) => (await sourcesOf(ctx, m)).updatedOn,
  }),
  page: t.field({
    type: MunicipalityPageTexts,
    nullable: true,
    description: "The published texts; null until staff publish them",
    select: { page: true },
    resolve: ({ page }) =>
      page?.publishedAt
        ? {
            introduction: page.introduction,
            localAccents: page.localAccents,
            changedAt: page.publishedAt,
          }
        : null,
  }),
  pageDraft: t.field({
    type: MunicipalityPageTexts,
    nullable: true,
    description:
      "The texts as staff are editing them (the published ones when nothing changed); null for anyone who may not edit the page",
    select: { page: true },
    resolve: ({ id, page }, _args, ctx) =>
      canManagePolicy(ctx.viewer, id)
        ? {
            introduction: page?.draftIntroduction ?? null,
            localAccents: page?.draftLocalAccents ?? null,
            changedAt: page?.draftChangedAt ?? null,
          }
        : null,
  }),
  documents: t.relation("documents", {
    description: "PDF documents on its public page, newest document date first",
    query: { orderBy: [{ documentDate: "desc" }, { createdAt: "desc" }] },
  }),
}));

const PageTextsInput = builder.inputType("MunicipalityPageTextsInput", {
  fields: (t) => ({
    introduction: t.string(),
    localAccents: t.string(),
  }),
});

const errors = { types: [ValidationError, NotAllowedError], directResult: true };

async function editableMunicipality(ctx: Context, code: string) {
  const viewer = viewerOf(ctx);
  const municipality = await ctx.prisma.municipality.findUnique({
    where: { code },
    include: { page: true },
  });
  if (!municipality || !canManagePolicy(viewer, municipality.id)) {
    throw new NotAllowedError("U kunt de pagina van deze gemeente niet wijzigen.");
  }
  return { viewer, municipality };
}

builder.queryFields((t) => ({
  municipalityBySlug: t.prismaField({
    type: "Municipality",
    nullable: true,
    authScopes: { public: true },
    description: "A gemeente by the address of its public page (Municipality.slug)",
    args: { slug: t.arg.string({ required: true }) },
    resolve: async (query, _root, args, ctx) => {
      const all = await ctx.prisma.municipality.findMany({ select: { id: true, name: true } });
      const found = all.find((m) => municipalitySlug(m.name) === args.slug);
      return found
        ? ctx.prisma.municipality.findUnique({ ...query, where: { id: found.id } })
        : null;
    },
  }),
}));

builder.mutationFields((t) => ({
  saveMunicipalityPageDraft: t.prismaField({
    type: "Municipality",
    description:
      "Saves the texts of the gemeente's public page as a draft; the public keeps seeing the published texts until publishMunicipalityPage",
    authScopes: { staff: true },
    errors: { ...errors, union: { name: "SaveMunicipalityPageDraftResult" } },
    args: {
      municipalityCode: t.arg.string({ required: true }),
      texts: t.arg({ type: PageTextsInput, required: true }),
    },
    resolve: async (query, _root, args, ctx) => {
      const { viewer, municipality } = await editableMunicipality(ctx, args.municipalityCode);
      const texts = cleanPageTexts(args.texts);
      refuseInvalid(pageTextIssues(texts));
      await savePageDraft(ctx.prisma, viewer, municipality.id, texts);
      return ctx.prisma.municipality.findUniqueOrThrow({
        ...query,
        where: { id: municipality.id },
      });
    },
  }),
  publishMunicipalityPage: t.prismaField({
    type: "Municipality",
    description: "Publishes the draft texts of the gemeente's public page",
    authScopes: { staff: true },
    errors: { ...errors, union: { name: "PublishMunicipalityPageResult" } },
    args: { municipalityCode: t.arg.string({ required: true }) },
    resolve: async (query, _root, args, ctx) => {
      const { viewer, municipality } = await editableMunicipality(ctx, args.municipalityCode);
      const refusal = publishRefusal(municipality.page);
      if (refusal !== null || !municipality.page) {
        throw new ValidationError([{ field: "texts", message: refusal ?? "" }]);
      }
      await publishPage(ctx.prisma, viewer, municipality.page);
      return ctx.prisma.municipality.findUniqueOrThrow({
        ...query,
        where: { id: municipality.id },
      });
    },
  }),
  removeMunicipalityDocument: t.prismaField({
    type: "Municipality",
    description: "Takes a document off the gemeente's public page",
    authScopes: { staff: true },
    errors: { ...errors, union: { name: "RemoveMunicipalityDocumentResult" } },
    args: { id: t.arg.id({ required: true }) },
    resolve: async (query, _root, args, ctx) => {
      const viewer = viewerOf(ctx);
      const document = await ctx.prisma.municipalityDocument.findUnique({
        where: { id: String(args.id) },
      });
      if (!document || !canManagePolicy(viewer, document.municipalityId)) {
        throw new NotAllowedError("U kunt dit document niet verwijderen.");
      }
      await removePageDocument(ctx.prisma, viewer, document);
      return ctx.prisma.municipality.findUniqueOrThrow({
        ...query,
        where: { id: document.municipalityId },
      });
    },
  }),
}));
