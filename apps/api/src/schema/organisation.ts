// Organisations and the people in them; contractor admins invite their colleagues.
import type { Prisma } from "@prisma/client";
import { ROLE_LABELS } from "@sroi/domain";
import { RATE_LIMITS, rateLimited, waitPhrase } from "../auth/throttle.js";
import {
  visibleMembershipsWhere,
  visiblePeopleWhere,
  worksWithOrganisation,
} from "../auth/visibility.js";
import { builder } from "../builder.js";
import { NotAllowedError, ValidationError } from "../errors.js";
import { isEmail, normaliseEmail, sendInvitation } from "../services/accounts.js";
import { audit } from "../services/audit.js";
import { transactionOnce } from "../services/once.js";
import { OrganisationKind, Role } from "./auth.js";

builder.prismaObject("Organisation", {
  description: "A gemeente's team, a WSP, a contractor or a social enterprise",
  fields: (t) => ({
    id: t.exposeID("id"),
    kind: t.expose("kind", { type: OrganisationKind }),
    name: t.exposeString("name"),
    kvkNumber: t.exposeString("kvkNumber", { nullable: true }),
    municipality: t.relation("municipality", { nullable: true }),
    region: t.relation("region", { nullable: true }),
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
    description: "WSP accountmanagers who serve a gemeente, to assign to a contract",
    authScopes: { staff: true },
    args: { municipalityCode: t.arg.string({ required: true }) },
    resolve: (query, _root, args, ctx) =>
      ctx.prisma.user.findMany({
        ...query,
        where: {
          AND: [
            {
              memberships: {
                some: {
                  role: "SERVICE_POINT_CONSULTANT",
                  organisation: {
                    region: { municipalities: { some: { code: args.municipalityCode } } },
                  },
                },
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
      const viewer = ctx.viewer;
      const organisationId = String(args.organisationId);
      if (!viewer?.adminOfContractorIds.has(organisationId)) {
        throw new NotAllowedError("U kunt alleen collega's van uw eigen organisatie uitnodigen.");
      }
      const email = normaliseEmail(args.email);
      const name = args.name.trim();
      const issues = [];
      if (!name) issues.push({ field: "name", message: "Vul de naam van uw collega in." });
      if (!isEmail(email))
        issues.push({ field: "email", message: "Vul een geldig e-mailadres in." });
      if (issues.length) throw new ValidationError(issues);
      const wait = await rateLimited(ctx.prisma, RATE_LIMITS.invitationsPerUser(viewer.userId));
      if (wait > 0) {
        throw new ValidationError([
          {
            field: "email",
            message: `U heeft veel uitnodigingen kort na elkaar verstuurd. Probeer het ${waitPhrase(wait)} opnieuw.`,
          },
        ]);
      }
      // The unique e-mail address decides a race; the rerun answers "already has an account".
      const user = await transactionOnce(ctx.prisma, async (tx) => {
        if (await tx.user.findUnique({ where: { email } })) {
          throw new ValidationError([
            { field: "email", message: "Dit e-mailadres heeft al een account." },
          ]);
        }
        const organisation = await tx.organisation.findUniqueOrThrow({
          where: { id: organisationId },
        });
        const created = await tx.user.create({
          data: { email, name, memberships: { create: { organisationId, role: args.role } } },
        });
        await audit(tx, viewer, {
          action: "user.invite",
          entityType: "User",
          entityId: created.id,
          after: { email, name, organisation: organisation.name, role: args.role },
        });
        await sendInvitation(tx, {
          userId: created.id,
          email,
          name,
          organisationName: organisation.name,
          roles: [args.role],
          publicUrl: ctx.settings.publicUrl,
          invitedBy: viewer.name,
        });
        return created;
      });
      return ctx.prisma.user.findUniqueOrThrow({ ...query, where: { id: user.id } });
    },
  }),
}));
