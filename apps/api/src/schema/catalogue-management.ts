// Drafting, editing, proposing, publishing, retiring, comparing, importing and exporting catalogue
// versions. Who may publish is decided in services/catalogue-publication.ts.

import { toBlockDefinition, toBonusDefinition, toIsoDate } from "@sroi/db";
import { compareCatalogues, dutchDate } from "@sroi/domain";
import { canManageCatalogue } from "../auth/viewer.js";
import { visibleCatalogueVersionsWhere } from "../auth/visibility.js";
import { builder } from "../builder.js";
import { ImportError, NotAllowedError, ValidationError } from "../errors.js";
import {
  catalogueProblems,
  createCatalogueDraft,
  deleteCatalogueDraft,
  importCatalogueFile,
  updateCatalogueDraft,
} from "../services/catalogue-drafts.js";
import { deleteBlock, deleteBonus, saveBlock, saveBonus } from "../services/catalogue-items.js";
import {
  catalogueProposeRefusal,
  cataloguePublishRefusal,
  catalogueRetireRefusal,
  catalogueSendBackRefusal,
  PUBLISHING_SELECT,
  proposeCatalogueVersion,
  publishCatalogueVersion,
  regionPublisher,
  retireCatalogueVersion,
  sendBackCatalogueVersion,
} from "../services/catalogue-publication.js";
import { BlockCategory, ValuationKind } from "./catalogue.js";
import { CatalogueProblem, viewerOf } from "./errors.js";

const CatalogueProposal = builder
  .objectRef<{ at: Date; byName: string | null }>("CatalogueProposal")
  .implement({
    description: "A draft proposed for publication to the region's publisher",
    fields: (t) => ({
      at: t.string({ description: "ISO timestamp", resolve: (p) => p.at.toISOString() }),
      byName: t.exposeString("byName", { nullable: true }),
    }),
  });

const CatalogueSendBack = builder
  .objectRef<{ at: Date; byName: string | null; reason: string }>("CatalogueSendBack")
  .implement({
    description: "The publisher returned the last proposal, with the reason",
    fields: (t) => ({
      at: t.string({ description: "ISO timestamp", resolve: (s) => s.at.toISOString() }),
      byName: t.exposeString("byName", { nullable: true }),
      reason: t.exposeString("reason"),
    }),
  });

builder.prismaObjectFields("CatalogueVersion", (t) => ({
  id: t.exposeID("id"),
  createdAt: t.string({ resolve: (v) => v.createdAt.toISOString() }),
  problems: t.field({
    type: [CatalogueProblem],
    description: "What stops this version from being published; empty when it is publishable",
    select: { region: true, blocks: true, bonuses: true },
    resolve: (version) => catalogueProblems(version),
  }),
  viewerCanManage: t.boolean({
    description: "The viewer may draft, publish and retire versions of this region",
    resolve: (version, _args, ctx) => canManageCatalogue(ctx.viewer, version.regionId),
  }),
  viewerCanRetire: t.boolean({
    description: "The viewer may retire this version now (retireCatalogueVersion)",
    select: PUBLISHING_SELECT,
    resolve: (version, _args, ctx) => catalogueRetireRefusal(ctx.viewer, version) === null,
  }),
  viewerCanPublish: t.boolean({
    description: "The viewer may publish this draft now (publishCatalogueVersion)",
    select: PUBLISHING_SELECT,
    resolve: (version, _args, ctx) => cataloguePublishRefusal(ctx.viewer, version) === null,
  }),
  publishRefusal: t.string({
    nullable: true,
    description: "Why the viewer may not publish this version, in Dutch; null when it may",
    select: PUBLISHING_SELECT,
    resolve: (version, _args, ctx) => cataloguePublishRefusal(ctx.viewer, version),
  }),
  viewerCanPropose: t.boolean({
    description: "The viewer may propose this draft for publication (proposeCatalogueVersion)",
    select: PUBLISHING_SELECT,
    resolve: (version, _args, ctx) => catalogueProposeRefusal(ctx.viewer, version) === null,
  }),
  viewerCanSendBack: t.boolean({
    description: "The viewer may send this proposal back (sendBackCatalogueVersion)",
    select: PUBLISHING_SELECT,
    resolve: (version, _args, ctx) => catalogueSendBackRefusal(ctx.viewer, version) === null,
  }),
  viewerCanEdit: t.boolean({
    description: "A draft the viewer may edit: not while it is proposed for publication",
    select: { status: true, regionId: true, proposedAt: true },
    resolve: (version, _args, ctx) =>
      version.status === "DRAFT" &&
      version.proposedAt === null &&
      canManageCatalogue(ctx.viewer, version.regionId),
  }),
  proposal: t.field({
    type: CatalogueProposal,
    nullable: true,
    description: "Who proposed this draft for publication and when; null when it is not proposed",
    select: { status: true, proposedAt: true, proposedBy: { select: { name: true } } },
    resolve: (version) =>
      version.status === "DRAFT" && version.proposedAt
        ? { at: version.proposedAt, byName: version.proposedBy?.name ?? null }
        : null,
  }),
  sentBack: t.field({
    type: CatalogueSendBack,
    nullable: true,
    description: "The last proposal the publisher sent back, while the version is a draft",
    select: {
      status: true,
      sentBackAt: true,
      sentBackReason: true,
      sentBackBy: { select: { name: true } },
    },
    resolve: (version) =>
      version.status === "DRAFT" && version.sentBackAt && version.sentBackReason
        ? {
            at: version.sentBackAt,
            byName: version.sentBackBy?.name ?? null,
            reason: version.sentBackReason,
          }
        : null,
  }),
}));

builder.prismaObjectFields("Region", (t) => ({
  viewerCanManage: t.boolean({
    description: "The viewer may draft versions of this region's catalogue and propose them",
    resolve: (region, _args, ctx) => canManageCatalogue(ctx.viewer, region.id),
  }),
  cataloguePublisher: t.string({
    nullable: true,
    description:
      "The organisation that carries out the policy of every gemeente of the region and publishes its catalogue; null when only the platform admin does",
    select: PUBLISHING_SELECT.region.select,
    resolve: (region) => regionPublisher(region)?.name ?? null,
  }),
}));
builder.prismaObjectFields("Block", (t) => ({ id: t.exposeID("id") }));
builder.prismaObjectFields("Bonus", (t) => ({ id: t.exposeID("id") }));

const FieldChangeRef = builder
  .objectRef<{ field: string; label: string; before: string; after: string }>("FieldChange")
  .implement({
    fields: (t) => ({
      field: t.exposeString("field"),
      label: t.exposeString("label", { description: "Dutch name of the field" }),
      before: t.exposeString("before"),
      after: t.exposeString("after"),
    }),
  });

export const DifferenceStatus = builder.enumType("DifferenceStatus", {
  values: ["ADDED", "REMOVED", "CHANGED", "UNCHANGED"] as const,
});

const ItemDifferenceRef = builder
  .objectRef<ReturnType<typeof compareCatalogues>["blocks"][number]>("ItemDifference")
  .implement({
    fields: (t) => ({
      code: t.exposeString("code"),
      name: t.exposeString("name"),
      status: t.field({ type: DifferenceStatus, resolve: (d) => d.status }),
      changes: t.field({ type: [FieldChangeRef], resolve: (d) => d.changes }),
      before: t.exposeString("before", {
        nullable: true,
        description: "Valuation in words in the earlier version",
      }),
      after: t.exposeString("after", { nullable: true }),
    }),
  });

const TypicalValueRef = builder
  .objectRef<ReturnType<typeof compareCatalogues>["typicalValues"][number]>("TypicalValue")
  .implement({
    description: "What a typical realisation is worth under each version",
    fields: (t) => ({
      code: t.exposeString("code"),
      name: t.exposeString("name"),
      example: t.exposeString("example"),
      before: t.field({ type: "Decimal", nullable: true, resolve: (v) => v.before }),
      after: t.field({ type: "Decimal", nullable: true, resolve: (v) => v.after }),
    }),
  });

interface ComparisonShape extends ReturnType<typeof compareCatalogues> {
  before: { key: string; name: string };
  after: { key: string; name: string };
}

const VersionLabel = builder.objectRef<{ key: string; name: string }>("VersionLabel").implement({
  fields: (t) => ({ key: t.exposeString("key"), name: t.exposeString("name") }),
});

const CatalogueComparison = builder.objectRef<ComparisonShape>("CatalogueComparison").implement({
  fields: (t) => ({
    before: t.field({ type: VersionLabel, resolve: (c) => c.before }),
    after: t.field({ type: VersionLabel, resolve: (c) => c.after }),
    basisHours: t.field({ type: FieldChangeRef, nullable: true, resolve: (c) => c.basisHours }),
    blocks: t.field({ type: [ItemDifferenceRef], resolve: (c) => c.blocks }),
    bonuses: t.field({ type: [ItemDifferenceRef], resolve: (c) => c.bonuses }),
    typicalValues: t.field({ type: [TypicalValueRef], resolve: (c) => c.typicalValues }),
  }),
});

builder.queryFields((t) => ({
  compareCatalogueVersions: t.field({
    type: CatalogueComparison,
    nullable: true,
    description: "Two versions side by side; null when either key is unknown",
    authScopes: { public: true },
    args: {
      beforeKey: t.arg.string({ required: true }),
      afterKey: t.arg.string({ required: true }),
    },
    resolve: async (_root, args, ctx) => {
      const load = (key: string) =>
        ctx.prisma.catalogueVersion.findFirst({
          where: { AND: [{ key }, visibleCatalogueVersionsWhere(ctx.viewer)] },
          include: {
            blocks: { orderBy: { position: "asc" } },
            bonuses: { orderBy: { position: "asc" } },
          },
        });
      const [before, after] = await Promise.all([load(args.beforeKey), load(args.afterKey)]);
      if (!before || !after) return null;
      const side = (v: NonNullable<typeof before>) => ({
        key: v.key,
        name: v.name,
        basisHours: v.basisHours.toString(),
        blocks: v.blocks.map(toBlockDefinition),
        bonuses: v.bonuses.map(toBonusDefinition),
      });
      return {
        // The year the newer version starts in; one without a date is for the present.
        ...compareCatalogues(
          side(before),
          side(after),
          Number(
            (after.validFrom ? toIsoDate(after.validFrom) : dutchDate(new Date())).slice(0, 4),
          ),
        ),
        before: { key: before.key, name: before.name },
        after: { key: after.key, name: after.name },
      };
    },
  }),
}));

const CatalogueDraftInput = builder.inputType("CatalogueDraftInput", {
  fields: (t) => ({
    name: t.string({ required: true }),
    basisHours: t.field({
      type: "Decimal",
      required: true,
      description: "Full-time week in hours",
    }),
    source: t.string(),
    countingNote: t.string(),
    conceptNote: t.string(),
  }),
});

const BlockInput = builder.inputType("BlockInput", {
  fields: (t) => ({
    code: t.string({ required: true }),
    name: t.string({ required: true }),
    category: t.field({ type: BlockCategory, required: true }),
    kind: t.field({ type: ValuationKind, required: true }),
    amount: t.field({ type: "Decimal" }),
    share: t.field({ type: "Decimal" }),
    maxMonths: t.int(),
    minHoursPerWeek: t.field({ type: "Decimal" }),
    note: t.string({ description: "Description for contractors" }),
  }),
});

const BonusInput = builder.inputType("BonusInput", {
  fields: (t) => ({
    code: t.string({ required: true }),
    name: t.string({ required: true }),
    amount: t.field({ type: "Decimal", required: true }),
    appliesTo: t.stringList({ required: true, description: "Block codes or block categories" }),
    oneOff: t.boolean({ required: true }),
  }),
});

const CatalogueFileFormat = builder.enumType("CatalogueFileFormat", {
  values: ["JSON", "CSV", "XLSX"] as const,
});

const DeleteResult = builder.objectRef<{ deleted: boolean }>("DeleteResult").implement({
  fields: (t) => ({ deleted: t.exposeBoolean("deleted") }),
});

const errors = [ValidationError, NotAllowedError];

builder.mutationFields((t) => ({
  createCatalogueDraft: t.prismaField({
    type: "CatalogueVersion",
    description: "Starts a new version of a region's catalogue as a DRAFT: empty, or a copy",
    authScopes: { manager: true },
    errors: { types: errors, directResult: true, union: { name: "CreateCatalogueDraftResult" } },
    args: {
      regionCode: t.arg.string({ required: true }),
      key: t.arg.string({ required: true }),
      name: t.arg.string({ required: true }),
      copyFromKey: t.arg.string(),
    },
    resolve: async (query, _root, args, ctx) => {
      const draft = await createCatalogueDraft(ctx.prisma, viewerOf(ctx), args);
      return ctx.prisma.catalogueVersion.findUniqueOrThrow({ ...query, where: { id: draft.id } });
    },
  }),
  updateCatalogueDraft: t.prismaField({
    type: "CatalogueVersion",
    authScopes: { manager: true },
    errors: { types: errors, directResult: true, union: { name: "UpdateCatalogueDraftResult" } },
    args: {
      key: t.arg.string({ required: true }),
      input: t.arg({ type: CatalogueDraftInput, required: true }),
    },
    resolve: async (query, _root, args, ctx) => {
      const draft = await updateCatalogueDraft(ctx.prisma, viewerOf(ctx), args.key, args.input);
      return ctx.prisma.catalogueVersion.findUniqueOrThrow({ ...query, where: { id: draft.id } });
    },
  }),
  saveBlock: t.prismaField({
    type: "CatalogueVersion",
    description: "Adds a block to a draft, or changes one (originalCode)",
    authScopes: { manager: true },
    errors: { types: errors, directResult: true, union: { name: "SaveBlockResult" } },
    args: {
      catalogueKey: t.arg.string({ required: true }),
      originalCode: t.arg.string(),
      block: t.arg({ type: BlockInput, required: true }),
    },
    resolve: async (query, _root, args, ctx) => {
      const version = await saveBlock(ctx.prisma, viewerOf(ctx), args);
      return ctx.prisma.catalogueVersion.findUniqueOrThrow({ ...query, where: { id: version.id } });
    },
  }),
  deleteBlock: t.prismaField({
    type: "CatalogueVersion",
    authScopes: { manager: true },
    errors: { types: errors, directResult: true, union: { name: "DeleteBlockResult" } },
    args: {
      catalogueKey: t.arg.string({ required: true }),
      code: t.arg.string({ required: true }),
    },
    resolve: async (query, _root, args, ctx) => {
      const version = await deleteBlock(ctx.prisma, viewerOf(ctx), args.catalogueKey, args.code);
      return ctx.prisma.catalogueVersion.findUniqueOrThrow({ ...query, where: { id: version.id } });
    },
  }),
  saveBonus: t.prismaField({
    type: "CatalogueVersion",
    authScopes: { manager: true },
    errors: { types: errors, directResult: true, union: { name: "SaveBonusResult" } },
    args: {
      catalogueKey: t.arg.string({ required: true }),
      originalCode: t.arg.string(),
      bonus: t.arg({ type: BonusInput, required: true }),
    },
    resolve: async (query, _root, args, ctx) => {
      const version = await saveBonus(ctx.prisma, viewerOf(ctx), args);
      return ctx.prisma.catalogueVersion.findUniqueOrThrow({ ...query, where: { id: version.id } });
    },
  }),
  deleteBonus: t.prismaField({
    type: "CatalogueVersion",
    authScopes: { manager: true },
    errors: { types: errors, directResult: true, union: { name: "DeleteBonusResult" } },
    args: {
      catalogueKey: t.arg.string({ required: true }),
      code: t.arg.string({ required: true }),
    },
    resolve: async (query, _root, args, ctx) => {
      const version = await deleteBonus(ctx.prisma, viewerOf(ctx), args.catalogueKey, args.code);
      return ctx.prisma.catalogueVersion.findUniqueOrThrow({ ...query, where: { id: version.id } });
    },
  }),
  proposeCatalogueVersion: t.prismaField({
    type: "CatalogueVersion",
    description:
      "A gemeente coordinator proposes a finished draft to the region's publisher; it cannot change until published or sent back",
    authScopes: { manager: true },
    errors: { types: errors, directResult: true, union: { name: "ProposeCatalogueVersionResult" } },
    args: { key: t.arg.string({ required: true }) },
    resolve: async (query, _root, args, ctx) => {
      const version = await proposeCatalogueVersion(ctx.prisma, viewerOf(ctx), args.key);
      return ctx.prisma.catalogueVersion.findUniqueOrThrow({ ...query, where: { id: version.id } });
    },
  }),
  sendBackCatalogueVersion: t.prismaField({
    type: "CatalogueVersion",
    description: "The publisher returns a proposal with its reason; the proposer is mailed",
    authScopes: { manager: true },
    errors: {
      types: errors,
      directResult: true,
      union: { name: "SendBackCatalogueVersionResult" },
    },
    args: {
      key: t.arg.string({ required: true }),
      reason: t.arg.string({ required: true }),
    },
    resolve: async (query, _root, args, ctx) => {
      const version = await sendBackCatalogueVersion(
        ctx.prisma,
        viewerOf(ctx),
        args.key,
        args.reason,
        ctx.settings.publicUrl,
      );
      return ctx.prisma.catalogueVersion.findUniqueOrThrow({ ...query, where: { id: version.id } });
    },
  }),
  publishCatalogueVersion: t.prismaField({
    type: "CatalogueVersion",
    description:
      "Publishes a draft from validFrom on; from then on it cannot change. Announced by mail to the staff of the region's gemeenten",
    authScopes: { manager: true },
    errors: { types: errors, directResult: true, union: { name: "PublishCatalogueVersionResult" } },
    args: {
      key: t.arg.string({ required: true }),
      validFrom: t.arg({ type: "Date", required: true }),
    },
    resolve: async (query, _root, args, ctx) => {
      const version = await publishCatalogueVersion(
        ctx.prisma,
        viewerOf(ctx),
        args.key,
        args.validFrom,
        ctx.settings.publicUrl,
      );
      return ctx.prisma.catalogueVersion.findUniqueOrThrow({ ...query, where: { id: version.id } });
    },
  }),
  retireCatalogueVersion: t.prismaField({
    type: "CatalogueVersion",
    description: "Retires a published version; contracts pinned to it keep it",
    authScopes: { manager: true },
    errors: { types: errors, directResult: true, union: { name: "RetireCatalogueVersionResult" } },
    args: { key: t.arg.string({ required: true }) },
    resolve: async (query, _root, args, ctx) => {
      const version = await retireCatalogueVersion(ctx.prisma, viewerOf(ctx), args.key);
      return ctx.prisma.catalogueVersion.findUniqueOrThrow({ ...query, where: { id: version.id } });
    },
  }),
  deleteCatalogueDraft: t.field({
    type: DeleteResult,
    authScopes: { manager: true },
    errors: { types: errors, directResult: true, union: { name: "DeleteCatalogueDraftResult" } },
    args: { key: t.arg.string({ required: true }) },
    resolve: async (_root, args, ctx) => {
      await deleteCatalogueDraft(ctx.prisma, viewerOf(ctx), args.key);
      return { deleted: true };
    },
  }),
  importCatalogue: t.prismaField({
    type: "CatalogueVersion",
    description:
      "Imports a catalogue file (JSON exchange format, CSV, or XLSX as base64) as a DRAFT",
    authScopes: { manager: true },
    errors: {
      types: [ImportError, ...errors],
      directResult: true,
      union: { name: "ImportCatalogueResult" },
    },
    args: {
      regionCode: t.arg.string({ required: true }),
      key: t.arg.string({ required: true }),
      name: t.arg.string({ required: true }),
      format: t.arg({ type: CatalogueFileFormat, required: true }),
      content: t.arg.string({ required: true, description: "File text; base64 for XLSX" }),
      basisHours: t.arg({
        type: "Decimal",
        description: "Full-time week for spreadsheets (default 36)",
      }),
      validFrom: t.arg({ type: "Date" }),
    },
    resolve: async (query, _root, args, ctx) => {
      const draft = await importCatalogueFile(ctx.prisma, viewerOf(ctx), args);
      return ctx.prisma.catalogueVersion.findUniqueOrThrow({ ...query, where: { id: draft.id } });
    },
  }),
}));

export { CatalogueProblem, DeleteResult, FieldChangeRef };
