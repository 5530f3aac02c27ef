// The audit trail, readable per contract (on Contract.auditEvents) and across the platform here.
import type { Prisma } from "@prisma/client";
import type { Viewer } from "../auth/viewer.js";
import { visibleAuditEventsWhere } from "../auth/visibility.js";
import { builder } from "../builder.js";

builder.prismaObject("AuditEvent", {
  description: "Who changed what, when, with the values before and after",
  fields: (t) => ({
    id: t.exposeID("id"),
    at: t.field({
      type: "String",
      description: "ISO timestamp",
      resolve: (e) => e.at.toISOString(),
    }),
    actorEmail: t.exposeString("actorEmail", { nullable: true }),
    action: t.exposeString("action"),
    entityType: t.exposeString("entityType"),
    entityId: t.exposeString("entityId"),
    contract: t.relation("contract", { nullable: true }),
    before: t.field({
      type: "String",
      nullable: true,
      description: "JSON",
      resolve: (e) => (e.before === null ? null : JSON.stringify(e.before)),
    }),
    after: t.field({
      type: "String",
      nullable: true,
      description: "JSON",
      resolve: (e) => (e.after === null ? null : JSON.stringify(e.after)),
    }),
  }),
});

const AuditFilter = builder.inputType("AuditFilter", {
  fields: (t) => ({
    action: t.string({ description: "Exact action or its prefix, e.g. contract. or user.invite" }),
    actorEmail: t.string(),
    entityType: t.string(),
    from: t.field({ type: "Date" }),
    until: t.field({ type: "Date" }),
  }),
});

builder.queryFields((t) => ({
  auditEvents: t.prismaConnection({
    type: "AuditEvent",
    cursor: "id",
    description:
      "Audit events across the platform, newest first. Platform admins see all; gemeente and WSP staff the events of the contracts of the gemeenten they serve and of their regions' catalogue versions",
    authScopes: { staff: true },
    args: { filter: t.arg({ type: AuditFilter }) },
    defaultSize: 50,
    maxSize: 200,
    totalCount: (_connection, args, ctx) =>
      ctx.prisma.auditEvent.count({ where: auditWhere(ctx.viewer, args.filter) }),
    resolve: (query, _root, args, ctx) =>
      ctx.prisma.auditEvent.findMany({
        ...query,
        where: auditWhere(ctx.viewer, args.filter),
        orderBy: [{ at: "desc" }, { id: "desc" }],
      }),
  }),
}));

interface AuditFilterValues {
  action?: string | null;
  actorEmail?: string | null;
  entityType?: string | null;
  from?: string | null;
  until?: string | null;
}

function auditWhere(
  viewer: Viewer | null,
  filter: AuditFilterValues | null | undefined,
): Prisma.AuditEventWhereInput {
  const and: Prisma.AuditEventWhereInput[] = [visibleAuditEventsWhere(viewer)];
  if (filter?.action) and.push({ action: { startsWith: filter.action } });
  if (filter?.actorEmail) and.push({ actorEmail: { contains: filter.actorEmail.toLowerCase() } });
  if (filter?.entityType) and.push({ entityType: filter.entityType });
  if (filter?.from) and.push({ at: { gte: new Date(`${filter.from}T00:00:00Z`) } });
  if (filter?.until) {
    and.push({
      at: { lt: new Date(new Date(`${filter.until}T00:00:00Z`).getTime() + 86_400_000) },
    });
  }
  return { AND: and };
}
