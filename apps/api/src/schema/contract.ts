// Contracts (opdrachten) with their pinned obligation, deadlines and lifecycle. Who may read a
// contract is declared once, on the type, and applied as a filter to every list (auth/viewer.ts).
import type { CatalogueVersion, Policy, Prisma, PrismaClient } from "@prisma/client";
import { toIsoDate } from "@sroi/db";
import { CONTRACT_STATUSES, deadlineState, dutchDate } from "@sroi/domain";
import {
  actsForContractor,
  canManageContract,
  canReadContract,
  readableContractsWhere,
} from "../auth/viewer.js";
import { isStaffForContract } from "../auth/visibility.js";
import { builder } from "../builder.js";
import { ConflictError, InputError, NotAllowedError, ValidationError } from "../errors.js";
import { MAX_PAGE_SIZE } from "../pagination.js";
import {
  changeContractStatus,
  confirmIntake,
  correctContract,
  registerContract,
  requestIntake,
} from "../services/contracts.js";
import { BreakdownLineRef } from "./breakdown.js";
import { CatalogueVersionRef } from "./catalogue.js";
import { ContractKind, PolicyRef } from "./municipality.js";
import { ObligationKind } from "./preview.js";
import { decimalOut, optionalDate } from "./scalars.js";

export const ContractStatus = builder.enumType("ContractStatus", {
  description: "AWARDED → PLANNING → IN_EXECUTION → ASSESSMENT → CLOSED",
  values: CONTRACT_STATUSES,
});
export const DeadlineState = builder.enumType("DeadlineState", {
  description: "DUE (still open), MET (done in time), OVERDUE (passed, or done late)",
  values: ["DUE", "MET", "OVERDUE"] as const,
});

const today = () => dutchDate(new Date());

interface ObligationShape {
  kind: "PERCENTAGE" | "ACTIVITY" | "NONE";
  percentage: string | null;
  amount: string;
  lines: { label: string; amount: string }[];
  policy: Policy;
  catalogueVersion: CatalogueVersion | null;
}

const ContractObligation = builder.objectRef<ObligationShape>("ContractObligation").implement({
  description: "The SR obligation as fixed at award, with its explanation",
  fields: (t) => ({
    kind: t.field({ type: ObligationKind, resolve: (o) => o.kind }),
    percentage: t.field({ type: "Decimal", nullable: true, resolve: (o) => o.percentage }),
    amount: t.field({ type: "Decimal", resolve: (o) => o.amount }),
    lines: t.field({ type: [BreakdownLineRef], resolve: (o) => o.lines }),
    // Both loaded by the contract's own query (Contract.obligation selects them).
    policy: t.field({
      type: PolicyRef,
      description: "The policy version in force on the reference date",
      resolve: (o) => o.policy,
    }),
    catalogueVersion: t.field({
      type: CatalogueVersionRef,
      nullable: true,
      description: "The catalogue version the contract is pinned to",
      resolve: (o) => o.catalogueVersion,
    }),
  }),
});

interface ContactShape {
  dueDate: Date;
  requestedAt: Date | null;
  message: string | null;
  preferredTimes: string | null;
  intakeConfirmedAt: Date | null;
}

const ContactDeadline = builder.objectRef<ContactShape>("ContactDeadline").implement({
  description: "The contractor must contact the WSP within the policy's days after award",
  fields: (t) => ({
    dueDate: t.field({ type: "Date", resolve: (c) => c.dueDate }),
    state: t.field({
      type: DeadlineState,
      resolve: (c) =>
        deadlineState(
          toIsoDate(c.dueDate),
          c.requestedAt ? dutchDate(c.requestedAt) : null,
          today(),
        ),
    }),
    requestedAt: t.field({
      type: "String",
      nullable: true,
      description: "ISO timestamp",
      resolve: (c) => c.requestedAt?.toISOString() ?? null,
    }),
    message: t.exposeString("message", { nullable: true }),
    preferredTimes: t.exposeString("preferredTimes", { nullable: true }),
    intakeConfirmedAt: t.field({
      type: "String",
      nullable: true,
      resolve: (c) => c.intakeConfirmedAt?.toISOString() ?? null,
    }),
  }),
});

builder.prismaObject("Contract", {
  description: "Opdracht or subsidie with a social return condition",
  // A contract reached by any path is checked again here: a gemeente sees its own, a WSP those of
  // the gemeenten it serves, a contractor only its own.
  authScopes: (contract, ctx) => canReadContract(ctx.viewer, contract),
  fields: (t) => ({
    id: t.exposeID("id"),
    reference: t.exposeString("reference"),
    title: t.exposeString("title"),
    department: t.exposeString("department", { nullable: true }),
    status: t.expose("status", { type: ContractStatus }),
    kind: t.expose("kind", { type: ContractKind }),
    valueExclVat: t.field({ type: "Decimal", resolve: (c) => decimalOut(c.valueExclVat, 2) }),
    labourShare: t.field({
      type: "Decimal",
      nullable: true,
      resolve: (c) => (c.labourShare ? decimalOut(c.labourShare) : null),
    }),
    publicationDate: t.field({
      type: "Date",
      nullable: true,
      resolve: (c) => optionalDate(c.publicationDate),
    }),
    awardDate: t.expose("awardDate", { type: "Date" }),
    startDate: t.field({ type: "Date", nullable: true, resolve: (c) => optionalDate(c.startDate) }),
    endDate: t.field({ type: "Date", nullable: true, resolve: (c) => optionalDate(c.endDate) }),
    version: t.exposeInt("version", { description: "Send back with a change: optimistic locking" }),
    municipality: t.relation("municipality"),
    contractor: t.relation("contractor"),
    consultant: t.relation("consultant", { nullable: true }),
    obligation: t.field({
      type: ContractObligation,
      // The policy and catalogue with what the query asks of them, in the contract's statement.
      select: (_args, _ctx, nestedSelection) => ({
        obligationKind: true,
        obligationPercentage: true,
        obligationAmount: true,
        obligationLines: true,
        policy: nestedSelection({ select: { id: true } }, ["policy"]),
        catalogueVersion: nestedSelection({ select: { id: true } }, ["catalogueVersion"]),
      }),
      resolve: (c) => ({
        kind: c.obligationKind,
        percentage: c.obligationPercentage ? decimalOut(c.obligationPercentage) : null,
        amount: decimalOut(c.obligationAmount, 2),
        lines: c.obligationLines as unknown as ObligationShape["lines"],
        // Typed as the id the default selects; at run time it holds what the query asks of it.
        policy: c.policy as Policy,
        catalogueVersion: c.catalogueVersion as CatalogueVersion | null,
      }),
    }),
    contactDeadline: t.field({
      type: ContactDeadline,
      resolve: (c) => ({
        dueDate: c.contactDueDate,
        requestedAt: c.contactRequestedAt,
        message: c.contactMessage,
        preferredTimes: c.contactPreferredTimes,
        intakeConfirmedAt: c.intakeConfirmedAt,
      }),
    }),
    viewerCanManage: t.boolean({ resolve: (c, _args, ctx) => canManageContract(ctx.viewer, c) }),
    viewerIsContractor: t.boolean({ resolve: (c, _args, ctx) => actsForContractor(ctx.viewer, c) }),
    auditEvents: t.relation("auditEvents", {
      description:
        "The contract's audit trail, newest first (staff of the contract's gemeente or its WSP only)",
      authScopes: (contract, _args, ctx) => isStaffForContract(ctx.viewer, contract),
      query: { orderBy: { at: "desc" } },
    }),
    auditEventConnection: t.relatedConnection("auditEvents", {
      cursor: "id",
      description:
        "The contract's audit trail a page at a time, newest first (staff of the contract's gemeente or its WSP only)",
      authScopes: (contract, _args, ctx) => isStaffForContract(ctx.viewer, contract),
      defaultSize: 50,
      maxSize: MAX_PAGE_SIZE,
      totalCount: true,
      query: { orderBy: [{ at: "desc" }, { id: "desc" }] },
    }),
  }),
});

const ContractFilter = builder.inputType("ContractFilter", {
  fields: (t) => ({
    search: t.string({ description: "Part of the reference, title or contractor name" }),
    municipalityCode: t.string(),
    status: t.field({ type: ContractStatus }),
    kind: t.field({ type: ContractKind }),
    overdue: t.boolean({
      description:
        "Only contracts whose contact was not made within the deadline: made late, or not yet while the deadline passed (contactDeadline.state OVERDUE)",
    }),
    awaitingReview: t.boolean({
      description:
        "Only contracts with a submitted plan version or realisation the WSP has yet to judge",
    }),
  }),
});

const ContractOrderField = builder.enumType("ContractOrderField", {
  values: ["REFERENCE", "TITLE", "AWARD_DATE", "VALUE", "CONTACT_DUE_DATE", "UPDATED_AT"] as const,
});
const SortDirection = builder.enumType("SortDirection", { values: ["ASC", "DESC"] as const });
const ContractOrder = builder.inputType("ContractOrder", {
  fields: (t) => ({
    field: t.field({ type: ContractOrderField, required: true }),
    direction: t.field({ type: SortDirection, required: true, defaultValue: "ASC" }),
  }),
});

const ORDER_COLUMNS = {
  REFERENCE: "reference",
  TITLE: "title",
  AWARD_DATE: "awardDate",
  VALUE: "valueExclVat",
  CONTACT_DUE_DATE: "contactDueDate",
  UPDATED_AT: "updatedAt",
} as const;

function contractsWhere(
  viewer: Parameters<typeof readableContractsWhere>[0],
  filter:
    | {
        search?: string | null;
        municipalityCode?: string | null;
        status?: string | null;
        kind?: string | null;
        overdue?: boolean | null;
        awaitingReview?: boolean | null;
      }
    | null
    | undefined,
): Prisma.ContractWhereInput {
  const and: Prisma.ContractWhereInput[] = [readableContractsWhere(viewer)];
  const search = filter?.search?.trim();
  if (search) {
    and.push({
      OR: [
        { reference: { contains: search, mode: "insensitive" } },
        { title: { contains: search, mode: "insensitive" } },
        { contractor: { name: { contains: search, mode: "insensitive" } } },
      ],
    });
  }
  if (filter?.municipalityCode) and.push({ municipality: { code: filter.municipalityCode } });
  if (filter?.status) and.push({ status: filter.status as Prisma.ContractWhereInput["status"] });
  if (filter?.kind) and.push({ kind: filter.kind as Prisma.ContractWhereInput["kind"] });
  if (filter?.overdue) {
    // One meaning with the badge (the domain's deadlineState): contact made after the due date,
    // a calendar day in the Netherlands, counts as late too; the database keeps that flag.
    and.push({
      OR: [
        { contactRequestedAt: null, contactDueDate: { lt: new Date(`${today()}T00:00:00Z`) } },
        { contactMadeLate: true },
      ],
    });
  }
  if (filter?.awaitingReview) {
    // The WSP's work queue: what a contractor handed in and nobody has judged yet.
    and.push({
      OR: [
        { planVersions: { some: { status: "SUBMITTED" } } },
        { realisations: { some: { status: "SUBMITTED" } } },
      ],
    });
  }
  return { AND: and };
}

builder.queryFields((t) => ({
  contracts: t.prismaConnection({
    type: "Contract",
    cursor: "id",
    description: "Contracts the viewer may see, filtered and sorted, as a Relay connection",
    authScopes: { authenticated: true },
    args: {
      filter: t.arg({ type: ContractFilter }),
      orderBy: t.arg({ type: ContractOrder }),
    },
    defaultSize: 25,
    maxSize: 100,
    totalCount: (_connection, args, ctx) =>
      ctx.prisma.contract.count({ where: contractsWhere(ctx.viewer, args.filter) }),
    resolve: async (query, _root, args, ctx) => {
      const column = ORDER_COLUMNS[args.orderBy?.field ?? "AWARD_DATE"];
      const direction = (
        args.orderBy?.direction ?? (args.orderBy ? "ASC" : "DESC")
      ).toLowerCase() as "asc" | "desc";
      return ctx.prisma.contract.findMany({
        ...query,
        where: contractsWhere(ctx.viewer, args.filter),
        // the id breaks ties so paging is stable
        orderBy: [{ [column]: direction }, { id: "asc" }],
      });
    },
  }),
  contract: t.prismaField({
    type: "Contract",
    nullable: true,
    description: "One contract; null when it does not exist or the viewer may not see it",
    authScopes: { authenticated: true },
    args: { id: t.arg.id({ required: true }) },
    resolve: (query, _root, args, ctx) =>
      ctx.prisma.contract.findFirst({
        ...query,
        where: { AND: [{ id: String(args.id) }, readableContractsWhere(ctx.viewer)] },
      }),
  }),
}));

const ContractInput = builder.inputType("ContractInput", {
  fields: (t) => ({
    reference: t.string({ required: true, description: "The gemeente's own reference (kenmerk)" }),
    title: t.string({ required: true }),
    department: t.string(),
    kind: t.field({ type: ContractKind, required: true }),
    valueExclVat: t.field({ type: "Decimal", required: true }),
    labourShare: t.field({ type: "Decimal", description: "Fraction 0 to 1" }),
    publicationDate: t.field({ type: "Date" }),
    awardDate: t.field({ type: "Date", required: true }),
    startDate: t.field({ type: "Date" }),
    endDate: t.field({ type: "Date" }),
    consultantId: t.id({ description: "The responsible WSP accountmanager" }),
  }),
});

const ContractorInput = builder.inputType("ContractorInput", {
  fields: (t) => ({
    kvkNumber: t.string({ required: true }),
    name: t.string({ description: "Required when the KvK number is new on the platform" }),
    contactName: t.string({ description: "Gets an invitation when the contractor is new" }),
    contactEmail: t.string(),
  }),
});

const contractErrors = [ValidationError, ConflictError, NotAllowedError, InputError];
const toFields = (input: { consultantId?: string | number | null } & Record<string, unknown>) => ({
  ...(input as unknown as Parameters<typeof correctContract>[2]["contract"]),
  consultantId: input.consultantId == null ? null : String(input.consultantId),
});

builder.mutationFields((t) => ({
  registerContract: t.prismaField({
    type: "Contract",
    description: "Registers an awarded contract; computes and pins its obligation",
    authScopes: { manager: true, contractManager: true },
    errors: {
      types: contractErrors,
      directResult: true,
      union: { name: "RegisterContractResult" },
    },
    args: {
      municipalityCode: t.arg.string({ required: true }),
      contract: t.arg({ type: ContractInput, required: true }),
      contractor: t.arg({ type: ContractorInput, required: true }),
    },
    resolve: async (query, _root, args, ctx) => {
      const viewer = ctx.viewer;
      if (!viewer) throw new NotAllowedError("Log eerst in.");
      const created = await registerContract(
        ctx.prisma,
        viewer,
        {
          municipalityCode: args.municipalityCode,
          contract: toFields(args.contract),
          contractor: args.contractor,
        },
        ctx.settings.publicUrl,
      );
      return ctx.prisma.contract.findUniqueOrThrow({ ...query, where: { id: created.id } });
    },
  }),
  correctContract: t.prismaField({
    type: "Contract",
    description:
      "Corrects a contract's details; a changed value, kind or date recomputes the obligation",
    authScopes: { manager: true, contractManager: true },
    errors: { types: contractErrors, directResult: true, union: { name: "CorrectContractResult" } },
    args: {
      id: t.arg.id({ required: true }),
      version: t.arg.int({ required: true }),
      contract: t.arg({ type: ContractInput, required: true }),
    },
    resolve: async (query, _root, args, ctx) => {
      const viewer = ctx.viewer;
      if (!viewer) throw new NotAllowedError("Log eerst in.");
      const updated = await correctContract(ctx.prisma, viewer, {
        id: String(args.id),
        version: args.version,
        contract: toFields(args.contract),
      });
      return ctx.prisma.contract.findUniqueOrThrow({ ...query, where: { id: updated.id } });
    },
  }),
  changeContractStatus: t.prismaField({
    type: "Contract",
    authScopes: { manager: true },
    errors: {
      types: contractErrors,
      directResult: true,
      union: { name: "ChangeContractStatusResult" },
    },
    args: {
      id: t.arg.id({ required: true }),
      version: t.arg.int({ required: true }),
      status: t.arg({ type: ContractStatus, required: true }),
    },
    resolve: async (query, _root, args, ctx) => {
      const viewer = ctx.viewer;
      if (!viewer) throw new NotAllowedError("Log eerst in.");
      const updated = await changeContractStatus(ctx.prisma, viewer, {
        id: String(args.id),
        version: args.version,
        status: args.status,
      });
      return ctx.prisma.contract.findUniqueOrThrow({ ...query, where: { id: updated.id } });
    },
  }),
  requestIntake: t.prismaField({
    type: "Contract",
    description: "The contractor contacts the WSP (neem contact op): timestamps the contact",
    authScopes: { contractor: true },
    errors: { types: contractErrors, directResult: true, union: { name: "RequestIntakeResult" } },
    args: {
      contractId: t.arg.id({ required: true }),
      message: t.arg.string({ required: true }),
      preferredTimes: t.arg.string(),
    },
    resolve: async (query, _root, args, ctx) => {
      const viewer = ctx.viewer;
      if (!viewer) throw new NotAllowedError("Log eerst in.");
      const updated = await requestIntake(ctx.prisma, viewer, {
        contractId: String(args.contractId),
        message: args.message,
        preferredTimes: args.preferredTimes,
      });
      return ctx.prisma.contract.findUniqueOrThrow({ ...query, where: { id: updated.id } });
    },
  }),
  confirmIntake: t.prismaField({
    type: "Contract",
    description: "The WSP confirms the intake took place; the contract moves to PLANNING",
    authScopes: { manager: true },
    errors: { types: contractErrors, directResult: true, union: { name: "ConfirmIntakeResult" } },
    args: { contractId: t.arg.id({ required: true }), version: t.arg.int({ required: true }) },
    resolve: async (query, _root, args, ctx) => {
      const viewer = ctx.viewer;
      if (!viewer) throw new NotAllowedError("Log eerst in.");
      const updated = await confirmIntake(ctx.prisma, viewer, {
        contractId: String(args.contractId),
        version: args.version,
      });
      return ctx.prisma.contract.findUniqueOrThrow({ ...query, where: { id: updated.id } });
    },
  }),
}));
