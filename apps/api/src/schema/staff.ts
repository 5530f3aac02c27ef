// Staff manage their own organisation ("Medewerkers"): invite, change a role, (de)activate.
// The rules are in services/staff.ts and packages/domain/src/roles.ts.
import type { Role as RoleName } from "@prisma/client";
import { ROLE_LABELS, roleNeedsDepartment } from "@sroi/domain";
import { isPeopleManager } from "../auth/viewer.js";
import { builder } from "../builder.js";
import { NotAllowedError, ValidationError } from "../errors.js";
import {
  changeMemberRole,
  inviteMember,
  manageableOrganisationsWhere,
  rolesGrantableBy,
  setAccountActive,
} from "../services/staff.js";
import { MeRef, Role } from "./auth.js";

const RoleOption = builder.objectRef<RoleName>("RoleOption").implement({
  description: "A role with the Dutch name the apps show",
  fields: (t) => ({
    role: t.field({ type: Role, resolve: (role) => role }),
    label: t.string({ resolve: (role) => ROLE_LABELS[role] }),
    needsDepartment: t.boolean({
      description: "A member with this role is given a department (a contract manager)",
      resolve: (role) => roleNeedsDepartment(role),
    }),
  }),
});

builder.prismaObjectFields("Organisation", (t) => ({
  grantableRoles: t.field({
    type: [RoleOption],
    description:
      "The roles the viewer may give people of this organisation; empty when the viewer does not manage its people",
    resolve: (organisation, _args, ctx) => rolesGrantableBy(ctx.viewer, organisation),
  }),
}));

builder.prismaObjectFields("Membership", (t) => ({
  id: t.exposeID("id"),
  department: t.exposeString("department", {
    nullable: true,
    description: "For a contract manager: the department whose contracts it registers",
  }),
}));

builder.prismaObjectFields("User", (t) => ({
  deactivated: t.boolean({
    description: "The account was deactivated: no login, no password reset",
    resolve: (user) => user.deactivatedAt !== null,
  }),
}));

builder.objectFields(MeRef, (t) => ({
  managesPeople: t.boolean({
    description:
      "Whether staffOrganisations has any organisation for this person: the apps show Medewerkers by it",
    resolve: (viewer) => isPeopleManager(viewer),
  }),
}));

builder.queryFields((t) => ({
  staffOrganisations: t.prismaField({
    type: ["Organisation"],
    description:
      "The organisations whose people the viewer manages: its own as coordinator, WSP lead or contractor admin; every gemeente and WSP for the platform admin",
    authScopes: { peopleManager: true },
    resolve: (query, _root, _args, ctx) =>
      ctx.prisma.organisation.findMany({
        ...query,
        where: manageableOrganisationsWhere(ctx.viewer),
        orderBy: [{ kind: "asc" }, { name: "asc" }],
        take: 500,
      }),
  }),
}));

const staffErrors = [ValidationError, NotAllowedError];

builder.mutationFields((t) => ({
  inviteStaffMember: t.prismaField({
    type: "User",
    description:
      "Invites a person into an organisation with a role the viewer may give; the invitation goes out by e-mail",
    authScopes: { peopleManager: true },
    errors: { types: staffErrors, directResult: true, union: { name: "InviteStaffMemberResult" } },
    args: {
      organisationId: t.arg.id({ required: true }),
      name: t.arg.string({ required: true }),
      email: t.arg.string({ required: true }),
      role: t.arg({ type: Role, required: true }),
      department: t.arg.string({ description: "Required for a contract manager" }),
    },
    resolve: async (query, _root, args, ctx) => {
      const user = await inviteMember(ctx.prisma, ctx.viewer, args, ctx.settings.publicUrl);
      return ctx.prisma.user.findUniqueOrThrow({ ...query, where: { id: user.id } });
    },
  }),
  changeStaffRole: t.prismaField({
    type: "Membership",
    description: "Gives a member another role in the same organisation",
    authScopes: { peopleManager: true },
    errors: { types: staffErrors, directResult: true, union: { name: "ChangeStaffRoleResult" } },
    args: {
      membershipId: t.arg.id({ required: true }),
      role: t.arg({ type: Role, required: true }),
      department: t.arg.string({ description: "Required for a contract manager" }),
    },
    resolve: async (query, _root, args, ctx) => {
      const viewer = ctx.viewer;
      if (!viewer) throw new NotAllowedError("Log eerst in.");
      const membership = await changeMemberRole(ctx.prisma, viewer, {
        membershipId: String(args.membershipId),
        role: args.role,
        department: args.department,
      });
      return ctx.prisma.membership.findUniqueOrThrow({ ...query, where: { id: membership.id } });
    },
  }),
  setAccountActive: t.prismaField({
    type: "User",
    description:
      "Deactivates an account (its sessions end at once; no login, no reset) or activates it again",
    authScopes: { peopleManager: true },
    errors: { types: staffErrors, directResult: true, union: { name: "SetAccountActiveResult" } },
    args: {
      userId: t.arg.id({ required: true }),
      active: t.arg.boolean({ required: true }),
    },
    resolve: async (query, _root, args, ctx) => {
      const viewer = ctx.viewer;
      if (!viewer) throw new NotAllowedError("Log eerst in.");
      const user = await setAccountActive(ctx.prisma, viewer, {
        userId: String(args.userId),
        active: args.active,
      });
      return ctx.prisma.user.findUniqueOrThrow({ ...query, where: { id: user.id } });
    },
  }),
}));
