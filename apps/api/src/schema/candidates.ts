// The candidate pool (issue 15): the Candidate type for the staff of the organisation whose pool it
// is, with name and contact details for its consultants only, its consent records, the list with
// filters, and the edits. Who sees what is declared on the types from auth/visibility.ts;
// docs/decisions/0024-candidate-pool.md says why these roles. The contractor's view of a
// candidate, gated by consent field by field, is schema/candidates-shared.ts.
import type { Prisma } from "@prisma/client";
import { toIsoDate } from "@sroi/db";
import {
  AGE_BAND_LABELS,
  AGE_BANDS,
  CONSENT_FIELD_LABELS,
  CONSENT_FIELDS,
  consentInForce,
  dutchDate,
  findCbsMunicipality,
  isVerifiedSource,
  TARGET_GROUP_LABELS,
  TARGET_GROUPS,
  VERIFICATION_SOURCE_LABELS,
  VERIFICATION_SOURCES,
} from "@sroi/domain";
import type { Viewer } from "../auth/viewer.js";
import {
  CANDIDATE_CONSULTANT_ROLES,
  canSeeCandidate,
  isCandidateConsultant,
  poolOrganisationIds,
  visibleCandidatesWhere,
} from "../auth/visibility.js";
import { builder } from "../builder.js";
import { NotAllowedError, ValidationError } from "../errors.js";
import {
  DEFAULT_RETENTION_MONTHS,
  eraseCandidate,
  exportCandidate,
  poolRegionIds,
  retentionRefusal,
  setCandidateRetention,
} from "../services/candidate-privacy.js";
import {
  candidateEditRefusal,
  consentFacts,
  createCandidate,
  recordConsent,
  updateCandidate,
  withdrawConsent,
} from "../services/candidates.js";
import { editErrors, viewerOf } from "./errors.js";
import { optionalDate, optionalDecimal } from "./scalars.js";

export const TargetGroupEnum = builder.enumType("TargetGroup", {
  description: "A target group (doelgroep); labels and sources in docs/domain.md",
  values: TARGET_GROUPS,
});
export const VerificationSourceEnum = builder.enumType("VerificationSource", {
  values: VERIFICATION_SOURCES,
});
export const AgeBandEnum = builder.enumType("AgeBand", { values: AGE_BANDS });
export const ConsentFieldEnum = builder.enumType("ConsentField", {
  description: "A part of a candidate's record that a consent may share with a contractor",
  values: CONSENT_FIELDS,
});

const municipalityName = (code: string | null) =>
  code ? (findCbsMunicipality(code)?.name ?? code) : null;

builder.prismaObject("CandidateTargetGroup", {
  description: "A target group of a candidate, with how and when it was verified",
  fields: (t) => ({
    code: t.field({ type: TargetGroupEnum, resolve: (g) => g.code as never }),
    label: t.string({ resolve: (g) => TARGET_GROUP_LABELS[g.code as never] ?? g.code }),
    verifiedOn: t.field({
      type: "Date",
      nullable: true,
      resolve: (g) => optionalDate(g.verifiedOn),
    }),
    verificationSource: t.field({
      type: VerificationSourceEnum,
      nullable: true,
      resolve: (g) => g.verificationSource as never,
    }),
    verificationSourceLabel: t.string({
      nullable: true,
      resolve: (g) =>
        g.verificationSource
          ? (VERIFICATION_SOURCE_LABELS[g.verificationSource as never] ?? null)
          : null,
    }),
    verified: t.boolean({
      description: "Checked against a source other than the person's own word",
      resolve: (g) => isVerifiedSource(g.verificationSource as never),
    }),
  }),
});

builder.prismaObject("CandidateConsent", {
  description:
    "What of a candidate may be shared with one contractor, or the contractor of one contract",
  fields: (t) => ({
    id: t.exposeID("id"),
    fields: t.field({ type: [ConsentFieldEnum], resolve: (c) => c.fields as never }),
    fieldLabels: t.stringList({
      resolve: (c) => c.fields.map((f) => CONSENT_FIELD_LABELS[f as never] ?? f),
    }),
    sharedWith: t.string({
      description: "The contractor's name, or the contract's reference and title",
      select: {
        contractor: { select: { name: true } },
        contract: { select: { reference: true, title: true } },
      },
      resolve: (c) =>
        c.contractor?.name ??
        (c.contract ? `opdracht ${c.contract.reference} ${c.contract.title}` : ""),
    }),
    givenOn: t.field({ type: "Date", resolve: (c) => toIsoDate(c.givenOn) }),
    validUntil: t.field({
      type: "Date",
      nullable: true,
      resolve: (c) => optionalDate(c.validUntil),
    }),
    withdrawnAt: t.string({ nullable: true, resolve: (c) => c.withdrawnAt?.toISOString() ?? null }),
    inForce: t.boolean({
      resolve: (c) => consentInForce(consentFacts(c), dutchDate(new Date())),
    }),
  }),
});

/** Name and contact details: null for anyone but the pool's consultants (not an error). */
const consultantOnly = {
  authScopes: (c: { organisationId: string }, _args: unknown, ctx: { viewer: Viewer | null }) =>
    isCandidateConsultant(ctx.viewer, c),
  unauthorizedResolver: () => null,
} as const;

builder.prismaObject("Candidate", {
  description:
    "A candidate of the pool of the organisation that carries out a gemeente's social return; for that organisation's staff only",
  // Checked again on every row, however it was reached (auth/visibility.ts).
  authScopes: (candidate, ctx) => canSeeCandidate(ctx.viewer, candidate),
  fields: (t) => ({
    id: t.exposeID("id"),
    reference: t.exposeString("reference", { description: "The organisation's own reference" }),
    name: t.exposeString("name", { nullable: true, ...consultantOnly }),
    email: t.exposeString("email", { nullable: true, ...consultantOnly }),
    phone: t.exposeString("phone", { nullable: true, ...consultantOnly }),
    summary: t.exposeString("summary", { nullable: true }),
    ageBand: t.field({ type: AgeBandEnum, nullable: true, resolve: (c) => c.ageBand as never }),
    ageBandLabel: t.string({
      nullable: true,
      resolve: (c) => (c.ageBand ? (AGE_BAND_LABELS[c.ageBand as never] ?? null) : null),
    }),
    ageBandReferenceDate: t.field({
      type: "Date",
      nullable: true,
      resolve: (c) => optionalDate(c.ageBandReferenceDate),
    }),
    homeMunicipalityCode: t.exposeString("homeMunicipalityCode", { nullable: true }),
    homeMunicipalityName: t.string({
      nullable: true,
      resolve: (c) => municipalityName(c.homeMunicipalityCode),
    }),
    hoursPerWeek: t.field({
      type: "Decimal",
      nullable: true,
      resolve: (c) => optionalDecimal(c.hoursPerWeek),
    }),
    availableFrom: t.field({
      type: "Date",
      nullable: true,
      resolve: (c) => optionalDate(c.availableFrom),
    }),
    skills: t.exposeStringList("skills"),
    wishes: t.exposeStringList("wishes"),
    restrictions: t.exposeStringList("restrictions"),
    lastContactOn: t.field({
      type: "Date",
      nullable: true,
      resolve: (c) => optionalDate(c.lastContactOn),
    }),
    lastPlacementOn: t.field({
      type: "Date",
      nullable: true,
      resolve: (c) => optionalDate(c.lastPlacementOn),
    }),
    anonymised: t.boolean({ resolve: (c) => c.anonymisedAt !== null }),
    regionName: t.string({
      select: { region: { select: { name: true } } },
      resolve: (c) => c.region.name,
    }),
    targetGroups: t.relation("targetGroups", { query: { orderBy: { code: "asc" } } }),
    consents: t.relation("consents", { query: { orderBy: { createdAt: "desc" } } }),
    version: t.exposeInt("version"),
    viewerCanEdit: t.boolean({
      resolve: (c, _args, ctx) => candidateEditRefusal(ctx.viewer, c) === null,
    }),
  }),
});

const CandidateFilter = builder.inputType("CandidateFilter", {
  fields: (t) => ({
    targetGroup: t.field({ type: TargetGroupEnum }),
    availableBy: t.field({
      type: "Date",
      description: "Available on or before this date (no date: available now)",
    }),
    minHoursPerWeek: t.field({ type: "Decimal" }),
    tag: t.string({ description: "A skill, wish or restriction, exactly as written" }),
    search: t.string({ description: "Part of the reference" }),
  }),
});

function candidatesWhere(
  viewer: Viewer | null,
  filter: typeof CandidateFilter.$inferInput | null | undefined,
): Prisma.CandidateWhereInput {
  const and: Prisma.CandidateWhereInput[] = [
    visibleCandidatesWhere(viewer),
    { anonymisedAt: null },
  ];
  if (filter?.targetGroup) and.push({ targetGroups: { some: { code: filter.targetGroup } } });
  if (filter?.availableBy)
    and.push({
      OR: [
        { availableFrom: null },
        { availableFrom: { lte: new Date(`${filter.availableBy}T00:00:00Z`) } },
      ],
    });
  if (filter?.minHoursPerWeek) and.push({ hoursPerWeek: { gte: filter.minHoursPerWeek } });
  const tag = filter?.tag?.trim();
  if (tag)
    and.push({
      OR: [{ skills: { has: tag } }, { wishes: { has: tag } }, { restrictions: { has: tag } }],
    });
  const search = filter?.search?.trim();
  if (search) and.push({ reference: { contains: search, mode: "insensitive" } });
  return { AND: and };
}

interface CandidatePoolShape {
  organisationId: string;
  organisationName: string;
}

interface RetentionShape {
  regionId: string;
  regionName: string;
  months: number;
  isDefault: boolean;
}

const CandidateRetentionRef = builder.objectRef<RetentionShape>("CandidateRetention").implement({
  description:
    "How many months after the last placement or contact a region's candidates are anonymised",
  fields: (t) => ({
    regionId: t.exposeID("regionId"),
    regionName: t.exposeString("regionName"),
    months: t.exposeInt("months"),
    isDefault: t.exposeBoolean("isDefault", {
      description: `Nobody set a term yet: the default of ${DEFAULT_RETENTION_MONTHS} months`,
    }),
    viewerCanChange: t.boolean({
      resolve: async (r, _args, ctx) =>
        retentionRefusal(
          ctx.viewer,
          r.regionId,
          await poolRegionIds(ctx.prisma, ctx.viewer, ["SERVICE_POINT_LEAD", "MUNICIPALITY_ADMIN"]),
        ) === null,
    }),
  }),
});

const CandidatePool = builder.objectRef<CandidatePoolShape>("CandidatePool").implement({
  description: "The candidate pool of an organisation the viewer works for",
  fields: (t) => ({
    organisationId: t.exposeID("organisationId"),
    organisationName: t.exposeString("organisationName"),
    viewerCanAdd: t.boolean({
      resolve: (p, _args, ctx) =>
        isCandidateConsultant(ctx.viewer, { organisationId: p.organisationId }),
    }),
    retention: t.field({
      type: [CandidateRetentionRef],
      description: "The retention term of each region the organisation works in",
      resolve: async (p, _args, ctx) => {
        const regions = await ctx.prisma.region.findMany({
          where: { municipalities: { some: { carriedOutById: p.organisationId } } },
          select: { id: true, name: true, candidateRetention: { select: { months: true } } },
          orderBy: { name: "asc" },
        });
        return regions.map((region) => ({
          regionId: region.id,
          regionName: region.name,
          months: region.candidateRetention?.months ?? DEFAULT_RETENTION_MONTHS,
          isDefault: region.candidateRetention === null,
        }));
      },
    }),
  }),
});

builder.queryFields((t) => ({
  candidates: t.prismaConnection({
    type: "Candidate",
    cursor: "id",
    description:
      "The candidates of the pools the viewer works for (not those anonymised), filtered, by reference",
    authScopes: { staff: true },
    args: { filter: t.arg({ type: CandidateFilter }) },
    defaultSize: 50,
    maxSize: 200,
    totalCount: (_connection, args, ctx) =>
      ctx.prisma.candidate.count({ where: candidatesWhere(ctx.viewer, args.filter) }),
    resolve: (query, _root, args, ctx) =>
      ctx.prisma.candidate.findMany({
        ...query,
        where: candidatesWhere(ctx.viewer, args.filter),
        orderBy: [{ reference: "asc" }, { id: "asc" }],
      }),
  }),
  candidate: t.prismaField({
    type: "Candidate",
    nullable: true,
    description: "One candidate; null when it does not exist or the viewer may not see it",
    authScopes: { staff: true },
    args: { id: t.arg.id({ required: true }) },
    resolve: (query, _root, args, ctx) =>
      ctx.prisma.candidate.findFirst({
        ...query,
        where: { AND: [{ id: String(args.id) }, visibleCandidatesWhere(ctx.viewer)] },
      }),
  }),
  candidatePools: t.field({
    type: [CandidatePool],
    description: "The pools of the carrying-out organisations the viewer works for",
    authScopes: { staff: true },
    resolve: async (_root, _args, ctx) => {
      const ids = poolOrganisationIds(ctx.viewer, [...CANDIDATE_CONSULTANT_ROLES, "READ_ONLY"]);
      const organisations = await ctx.prisma.organisation.findMany({
        where: { id: { in: ids }, carriesOut: { some: {} } },
        select: { id: true, name: true },
        orderBy: { name: "asc" },
      });
      return organisations.map((o) => ({ organisationId: o.id, organisationName: o.name }));
    },
  }),
}));

const CandidateTargetGroupInput = builder.inputType("CandidateTargetGroupInput", {
  fields: (t) => ({
    code: t.field({ type: TargetGroupEnum, required: true }),
    verifiedOn: t.field({ type: "Date" }),
    verificationSource: t.field({ type: VerificationSourceEnum }),
  }),
});

const CandidateInput = builder.inputType("CandidateInput", {
  fields: (t) => ({
    reference: t.string({ required: true }),
    name: t.string(),
    email: t.string(),
    phone: t.string(),
    summary: t.string(),
    ageBand: t.field({ type: AgeBandEnum }),
    ageBandReferenceDate: t.field({ type: "Date" }),
    homeMunicipalityCode: t.string({ description: "CBS gemeentecode, e.g. GM0307" }),
    hoursPerWeek: t.field({ type: "Decimal" }),
    availableFrom: t.field({ type: "Date" }),
    skills: t.stringList(),
    wishes: t.stringList(),
    restrictions: t.stringList(),
    lastContactOn: t.field({ type: "Date" }),
    targetGroups: t.field({ type: [CandidateTargetGroupInput] }),
  }),
});

const CandidateConsentInput = builder.inputType("CandidateConsentInput", {
  fields: (t) => ({
    candidateId: t.id({ required: true }),
    contractorId: t.id({ description: "One contractor organisation, or give contractId" }),
    contractId: t.id({ description: "The contractor of this contract" }),
    fields: t.field({ type: [ConsentFieldEnum], required: true }),
    givenOn: t.field({ type: "Date", required: true }),
    validUntil: t.field({ type: "Date" }),
  }),
});

const refusals = [ValidationError, NotAllowedError];

const CandidateExport = builder
  .objectRef<{ fileName: string; json: string }>("CandidateExport")
  .implement({
    description: "Everything held about one candidate, to hand to the person (inzage)",
    fields: (t) => ({
      fileName: t.exposeString("fileName"),
      json: t.exposeString("json"),
    }),
  });

builder.mutationFields((t) => ({
  createCandidate: t.prismaField({
    type: "Candidate",
    description: "A consultant adds a candidate to the pool of the organisation they work for",
    authScopes: { staff: true },
    errors: { types: refusals, directResult: true, union: { name: "CreateCandidateResult" } },
    args: {
      organisationId: t.arg.id({ required: true }),
      regionId: t.arg.id({ description: "Needed when the organisation works in several regions" }),
      input: t.arg({ type: CandidateInput, required: true }),
    },
    resolve: async (query, _root, args, ctx) => {
      const created = await createCandidate(ctx.prisma, viewerOf(ctx), {
        organisationId: String(args.organisationId),
        regionId: args.regionId ? String(args.regionId) : null,
        fields: args.input,
      });
      return ctx.prisma.candidate.findUniqueOrThrow({ ...query, where: { id: created.id } });
    },
  }),
  updateCandidate: t.prismaField({
    type: "Candidate",
    authScopes: { staff: true },
    errors: { types: editErrors, directResult: true, union: { name: "UpdateCandidateResult" } },
    args: {
      id: t.arg.id({ required: true }),
      version: t.arg.int({ required: true }),
      input: t.arg({ type: CandidateInput, required: true }),
    },
    resolve: async (query, _root, args, ctx) => {
      const id = await visibleCandidateId(ctx, String(args.id));
      await updateCandidate(ctx.prisma, viewerOf(ctx), {
        id,
        version: args.version,
        fields: args.input,
      });
      return ctx.prisma.candidate.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
  recordCandidateConsent: t.prismaField({
    type: "CandidateConsent",
    description: "A consultant records what the candidate agreed may be shared, with whom",
    authScopes: { staff: true },
    errors: {
      types: refusals,
      directResult: true,
      union: { name: "RecordCandidateConsentResult" },
    },
    args: { input: t.arg({ type: CandidateConsentInput, required: true }) },
    resolve: async (query, _root, args, ctx) => {
      const { input } = args;
      const consent = await recordConsent(ctx.prisma, viewerOf(ctx), {
        candidateId: await visibleCandidateId(ctx, String(input.candidateId)),
        contractorId: input.contractorId ? String(input.contractorId) : null,
        contractId: input.contractId ? String(input.contractId) : null,
        fields: input.fields,
        givenOn: input.givenOn,
        validUntil: input.validUntil ?? null,
      });
      return ctx.prisma.candidateConsent.findUniqueOrThrow({ ...query, where: { id: consent.id } });
    },
  }),
  withdrawCandidateConsent: t.prismaField({
    type: "CandidateConsent",
    description: "The consent ends at once: the contractor no longer sees what it covered",
    authScopes: { staff: true },
    errors: {
      types: refusals,
      directResult: true,
      union: { name: "WithdrawCandidateConsentResult" },
    },
    args: { id: t.arg.id({ required: true }) },
    resolve: async (query, _root, args, ctx) => {
      const consent = await ctx.prisma.candidateConsent.findFirst({
        where: { id: String(args.id), candidate: visibleCandidatesWhere(ctx.viewer) },
        select: { id: true },
      });
      if (!consent) throw new NotAllowedError("Deze toestemming bestaat niet of is niet voor u.");
      await withdrawConsent(ctx.prisma, viewerOf(ctx), consent.id);
      return ctx.prisma.candidateConsent.findUniqueOrThrow({ ...query, where: { id: consent.id } });
    },
  }),
  eraseCandidate: t.prismaField({
    type: "Candidate",
    description:
      "Erasure on the person's request: every personal field is removed at once; the anonymous row stays for counting",
    authScopes: { staff: true },
    errors: { types: refusals, directResult: true, union: { name: "EraseCandidateResult" } },
    args: { id: t.arg.id({ required: true }) },
    resolve: async (query, _root, args, ctx) => {
      const id = await visibleCandidateId(ctx, String(args.id));
      await eraseCandidate(ctx.prisma, viewerOf(ctx), id);
      return ctx.prisma.candidate.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
  exportCandidate: t.field({
    type: CandidateExport,
    description:
      "Inzage: everything held about one candidate as JSON (a mutation, since every export is audited)",
    authScopes: { staff: true },
    errors: { types: refusals, directResult: true, union: { name: "ExportCandidateResult" } },
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_root, args, ctx) => {
      const id = await visibleCandidateId(ctx, String(args.id));
      const data = await exportCandidate(ctx.prisma, viewerOf(ctx), id);
      return {
        fileName: `inzage-${data.kandidaat.kenmerk}-${data.uitgevoerdOp.slice(0, 10)}.json`,
        json: JSON.stringify(data, null, 2),
      };
    },
  }),
  setCandidateRetention: t.field({
    type: CandidateRetentionRef,
    description: "The WSP lead or the own team's coordinator sets a region's retention term",
    authScopes: { staff: true },
    errors: { types: refusals, directResult: true, union: { name: "SetCandidateRetentionResult" } },
    args: { regionId: t.arg.id({ required: true }), months: t.arg.int({ required: true }) },
    resolve: async (_root, args, ctx) => {
      const saved = await setCandidateRetention(ctx.prisma, viewerOf(ctx), {
        regionId: String(args.regionId),
        months: args.months,
      });
      const region = await ctx.prisma.region.findUniqueOrThrow({ where: { id: saved.regionId } });
      return {
        regionId: region.id,
        regionName: region.name,
        months: saved.months,
        isDefault: false,
      };
    },
  }),
}));

/** The id of a candidate the viewer may see; a refusal as data otherwise (no hint it exists). */
async function visibleCandidateId(
  ctx: { prisma: import("@prisma/client").PrismaClient; viewer: Viewer | null },
  id: string,
) {
  const found = await ctx.prisma.candidate.findFirst({
    where: { AND: [{ id }, visibleCandidatesWhere(ctx.viewer)] },
    select: { id: true },
  });
  if (!found) throw new NotAllowedError("Deze kandidaat bestaat niet of is niet voor u.");
  return found.id;
}
