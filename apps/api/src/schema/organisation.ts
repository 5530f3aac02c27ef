// Organisations and the people in them; contractor admins invite their colleagues.
// Staff management (roles, deactivation) is in schema/staff.ts.
import type { Prisma } from "@prisma/client";
import { ROLE_LABELS } from "@sroi/domain";
import {
  visibleMembershipsWhere,
  visiblePeopleWhere,
  worksWithOrganisation,
} from "../auth/visibility.js";
import { builder } from "../builder.js";
import { NotAllowedError, ValidationError } from "../errors.js";
import { accountmanagerMembershipWhere } from "../services/carrying-out.js";
import { inviteMember } from "../services/staff.js";
import { OrganisationKind, Role } from "./auth.js";

builder.prismaObject("Organisation", {
  description: "A gemeente's team, a WSP, a contractor or a social enterprise",
  fields: (t) => ({
    id: t.exposeID("id"),
    kind: t.expose("kind", { type: OrganisationKind }),
    name: t.exposeString("name"),
    kvkNumber: t.exposeString("kvkNumber", { nullable: true }),
    municipality: t.relation("municipality", { nullable: true }),
    carriesOut: t.relation("carriesOut", {
      description:
        "The gemeenten whose social return this organisation carries out (a WSP, or a gemeente's own team)",
      query: { orderBy: { name: "asc" } },
    }),
    email: t.exposeString("email", { nullable: true, description: "Shared mailbox" }),
    phone: t.exposeString("phone", { nullable: true }),
    members: t.relation("memberships", {
      description:
        "Who works here (a contractor's contact persons), for staff and the organisation's own contractor admins; empty unless the viewer works with the organisation: a contractor's people for the gemeenten (and their WSP) with a contract with it, never another gemeente's staff",
      authScopes: (organisation, _args, ctx) =>
        ctx.viewer !== null &&
        (ctx.viewer.isPlatformAdmin ||
          ctx.viewer.readableMunicipalityIds.size > 0 ||
          ctx.viewer.adminOfContractorIds.has(organisation.id)),
      query: (_args, ctx) => ({ where: visibleMembershipsWhere(ctx.viewer) }),
    }),
  }),
});

export const CarryingOutOrganisation = builder.prismaObject("Organisation", {
  variant: "CarryingOutOrganisation",
  description:
    "Who carries out a gemeente's social return: a WSP serving several gemeenten, or the gemeente's own team; public contact details, shown wherever the apps address it",
  fields: (t) => ({
    id: t.exposeID("id"),
    name: t.exposeString("name"),
    email: t.exposeString("email", { nullable: true, description: "Shared mailbox" }),
    phone: t.exposeString("phone", { nullable: true }),
  }),
});

// Defined here rather than in municipality.ts so the organisation types stay in this area file.
builder.prismaObjectField("Municipality", "carriedOutBy", (t) =>
  t.relation("carriedOutBy", {
    type: CarryingOutOrganisation,
    nullable: true,
    description:
      "The organisation that carries out its social return (WSP or own team): whom contractors contact",
  }),
);

builder.prismaObject("Membership", {
  name: "OrganisationMember",
  // Checked again on every row, however it was reached (auth/visibility.ts).
  authScopes: (membership, ctx) =>
    worksWithOrganisation(ctx.prisma, ctx.viewer, membership.organisationId),
  fields: (t) => ({
    role: t.expose("role", { type: Role }),
    roleLabel: t.string({ resolve: (m) => ROLE_LABELS[m.role] }),
    user: t.relation("user"),
  }),
});

builder.prismaObject("User", {
  description:
    "A person with an account; visible only to the people they work with: colleagues, the gemeenten and WSP they serve, and the parties to the contracts they advise",
  fields: (t) => ({
    id: t.exposeID("id"),
    name: t.exposeString("name"),
    email: t.exposeString("email"),
    phone: t.exposeString("phone", {
      nullable: true,
      description: "Work phone, as typed; the person sets it on Mijn account (setMyPhone)",
    }),
    invitationPending: t.boolean({
      description: "Invited but no password chosen yet",
      resolve: (user) => user.passwordHash === null,
    }),
  }),
});

builder.queryFields((t) => ({
  organisations: t.prismaField({
    type: ["Organisation"],
    description:
      "Organisations on the platform (gemeente and WSP staff); a contractor sees its own",
    authScopes: { authenticated: true },
    args: { kind: t.arg({ type: OrganisationKind }), search: t.arg.string() },
    resolve: (query, _root, args, ctx) => {
      const viewer = ctx.viewer;
      const where: Prisma.OrganisationWhereInput = {
        ...(args.kind ? { kind: args.kind } : {}),
        ...(args.search?.trim()
          ? {
              OR: [
                { name: { contains: args.search.trim(), mode: "insensitive" } },
                { kvkNumber: { contains: args.search.trim() } },
              ],
            }
          : {}),
        ...(viewer && (viewer.isPlatformAdmin || viewer.readableMunicipalityIds.size > 0)
          ? {}
          : { id: { in: [...(viewer?.contractorIds ?? [])] } }),
      };
      return ctx.prisma.organisation.findMany({
        ...query,
        where,
        orderBy: [{ kind: "asc" }, { name: "asc" }],
        take: 500,
      });
    },
  }),
  consultants: t.prismaField({
    type: ["User"],
    description:
      "Accountmanagers to assign to a contract of a gemeente: the staff of the organisation that carries out its social return (its WSP or its own team)",
    authScopes: { staff: true },
    args: { municipalityCode: t.arg.string({ required: true }) },
    resolve: (query, _root, args, ctx) =>
      ctx.prisma.user.findMany({
        ...query,
        where: {
          AND: [
            {
              memberships: {
                some: accountmanagerMembershipWhere({ code: args.municipalityCode }),
              },
            },
            visiblePeopleWhere(ctx.viewer),
          ],
        },
        orderBy: { name: "asc" },
      }),
  }),
}));

const InvitableRole = builder.enumType("InvitableRole", {
  description: "Roles a contractor admin may give a colleague",
  values: ["CONTRACTOR_ADMIN", "CONTRACTOR_USER"] as const,
});

builder.mutationFields((t) => ({
  inviteColleague: t.prismaField({
    type: "User",
    description: "A contractor admin invites a colleague; the invitation goes out by e-mail",
    authScopes: { contractorAdmin: true },
    errors: {
      types: [ValidationError, NotAllowedError],
      directResult: true,
      union: { name: "InviteColleagueResult" },
    },
    args: {
      organisationId: t.arg.id({ required: true }),
      name: t.arg.string({ required: true }),
      email: t.arg.string({ required: true }),
      role: t.arg({ type: InvitableRole, required: true }),
    },
    resolve: async (query, _root, args, ctx) => {
      // The same path as staff invitations: services/staff.ts checks who may give which role.
      const user = await inviteMember(ctx.prisma, ctx.viewer, args, ctx.settings.publicUrl);
      return ctx.prisma.user.findUniqueOrThrow({ ...query, where: { id: user.id } });
    },
  }),
}));
