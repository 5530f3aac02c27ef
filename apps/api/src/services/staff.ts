// The people of an organisation: invitations, role changes, deactivation. One code path for the
// gemeente's coordinator, the WSP lead, the platform admin and a contractor's admin; the rules
// themselves (who grants what, the last admin stays) are in packages/domain/src/roles.ts.
import type { Organisation, Prisma, PrismaClient, Role } from "@prisma/client";
import {
  adminRoleOf,
  grantableRoles,
  lastAdminRefusal,
  ROLE_LABELS,
  roleNeedsDepartment,
} from "@sroi/domain";
import { RATE_LIMITS, rateLimited, waitPhrase } from "../auth/throttle.js";
import type { Viewer } from "../auth/viewer.js";
import { NotAllowedError, ValidationError } from "../errors.js";
import { isEmail, normaliseEmail, sendInvitation } from "./accounts.js";
import { audit } from "./audit.js";
import { transactionOnce } from "./once.js";

/** The roles this person may give in this organisation; empty: may not manage its people. */
export function rolesGrantableBy(
  actor: Viewer | null,
  organisation: Pick<Organisation, "id" | "kind">,
): Role[] {
  if (!actor) return [];
  const heldThere = actor.memberships
    .filter((m) => m.organisation?.id === organisation.id)
    .map((m) => m.role);
  return grantableRoles(organisation.kind, heldThere, actor.isPlatformAdmin);
}

const INVITE_REFUSAL = "U kunt alleen collega's van uw eigen organisatie uitnodigen.";

/** Why the viewer may not invite anyone into this organisation; null when they may. */
export function inviteRefusal(
  actor: Viewer | null,
  organisation: Pick<Organisation, "id" | "kind">,
): string | null {
  return rolesGrantableBy(actor, organisation).length > 0 ? null : INVITE_REFUSAL;
}

/** The organisations whose people this person manages, as a Prisma filter. */
export function manageableOrganisationsWhere(actor: Viewer | null): Prisma.OrganisationWhereInput {
  if (!actor) return { id: { in: [] } };
  const own = { id: { in: [...actor.adminOfOrganisationIds] } };
  return actor.isPlatformAdmin
    ? { OR: [own, { kind: { in: ["MUNICIPALITY", "SERVICE_POINT"] } }] }
    : own;
}

const MAX_DEPARTMENT = 120;

/** A contract manager needs its department; every other role has none. */
function departmentFor(role: Role, department: string | null | undefined): string | null {
  if (!roleNeedsDepartment(role)) return null;
  const trimmed = department?.trim() ?? "";
  if (!trimmed) {
    throw new ValidationError([
      { field: "department", message: "Vul de afdeling van de contractmanager in." },
    ]);
  }
  if (trimmed.length > MAX_DEPARTMENT) {
    throw new ValidationError([
      {
        field: "department",
        message: `De afdeling mag hoogstens ${MAX_DEPARTMENT} tekens hebben.`,
      },
    ]);
  }
  return trimmed;
}

function refuseRole(actor: Viewer, organisation: Organisation, role: Role, refusal: string) {
  const grantable = rolesGrantableBy(actor, organisation);
  if (grantable.length === 0) throw new NotAllowedError(refusal);
  if (!grantable.includes(role)) {
    throw new NotAllowedError(
      `U kunt de rol ${ROLE_LABELS[role]} niet toekennen: niemand geeft een rol die meer mag dan de eigen rol.`,
    );
  }
}

/**
 * Serialises changes to one organisation's people: two admins demoting each other at once must
 * not both pass the "one admin stays" check.
 */
async function lockOrganisation(tx: Prisma.TransactionClient, organisationId: string) {
  await tx.$queryRaw`SELECT id FROM "Organisation" WHERE id = ${organisationId} FOR UPDATE`;
}

async function activeAdmins(
  tx: Prisma.TransactionClient,
  organisation: Organisation,
  except: { userId?: string; membershipId?: string } = {},
): Promise<number> {
  const admin = adminRoleOf(organisation.kind);
  if (!admin) return 0;
  return tx.membership.count({
    where: {
      organisationId: organisation.id,
      role: admin,
      user: { deactivatedAt: null },
      ...(except.userId ? { userId: { not: except.userId } } : {}),
      ...(except.membershipId ? { id: { not: except.membershipId } } : {}),
    },
  });
}

export interface Invitation {
  organisationId: string;
  name: string;
  email: string;
  role: Role;
  department?: string | null | undefined;
}

export async function inviteMember(
  prisma: PrismaClient,
  actor: Viewer | null,
  input: Omit<Invitation, "organisationId"> & { organisationId: string | number },
  publicUrl: string,
) {
  if (!actor) throw new NotAllowedError("Log eerst in.");
  const organisation = await prisma.organisation.findUnique({
    where: { id: String(input.organisationId) },
  });
  if (!organisation) throw new NotAllowedError(INVITE_REFUSAL);
  refuseRole(actor, organisation, input.role, INVITE_REFUSAL);
  const email = normaliseEmail(input.email);
  const name = input.name.trim();
  const issues = [];
  if (!name) issues.push({ field: "name", message: "Vul de naam van uw collega in." });
  if (!isEmail(email)) issues.push({ field: "email", message: "Vul een geldig e-mailadres in." });
  if (issues.length) throw new ValidationError(issues);
  const department = departmentFor(input.role, input.department);
  const wait = await rateLimited(prisma, RATE_LIMITS.invitationsPerUser(actor.userId));
  if (wait > 0) {
    throw new ValidationError([
      {
        field: "email",
        message: `U heeft veel uitnodigingen kort na elkaar verstuurd. Probeer het ${waitPhrase(wait)} opnieuw.`,
      },
    ]);
  }
  // The unique e-mail address decides a race; the rerun answers "already has an account".
  return transactionOnce(prisma, async (tx) => {
    if (await tx.user.findUnique({ where: { email } })) {
      throw new ValidationError([
        { field: "email", message: "Dit e-mailadres heeft al een account." },
      ]);
    }
    const created = await tx.user.create({
      data: {
        email,
        name,
        memberships: {
          create: { organisationId: organisation.id, role: input.role, department },
        },
      },
    });
    // Ids and roles only: the trail outlives the account, the name and address do not belong in it.
    await audit(tx, actor, {
      action: "user.invite",
      entityType: "User",
      entityId: created.id,
      after: { organisationId: organisation.id, role: input.role, department },
    });
    await sendInvitation(tx, {
      userId: created.id,
      email,
      name,
      organisationName: organisation.name,
      roles: [input.role],
      publicUrl,
      invitedBy: actor.name,
    });
    return created;
  });
}

export async function changeMemberRole(
  prisma: PrismaClient,
  actor: Viewer,
  input: { membershipId: string; role: Role; department?: string | null | undefined },
) {
  return prisma.$transaction(async (tx) => {
    const membership = await tx.membership.findUnique({
      where: { id: input.membershipId },
      include: { organisation: true },
    });
    const refusal = "U kunt de rollen in deze organisatie niet wijzigen.";
    const organisation = membership?.organisation;
    if (!membership || !organisation) throw new NotAllowedError(refusal);
    // Both the role taken away and the role given must be the actor's to give.
    refuseRole(actor, organisation, membership.role, refusal);
    refuseRole(actor, organisation, input.role, refusal);
    const department = departmentFor(input.role, input.department);
    await lockOrganisation(tx, organisation.id);
    const adminsBefore = await activeAdmins(tx, organisation);
    const adminsAfter =
      (await activeAdmins(tx, organisation, { membershipId: membership.id })) +
      (input.role === adminRoleOf(organisation.kind) ? 1 : 0);
    const lastAdmin = lastAdminRefusal(organisation.kind, adminsAfter, adminsBefore);
    if (lastAdmin) throw new NotAllowedError(lastAdmin);
    if (membership.role === input.role && membership.department === department) return membership;
    if (
      membership.role !== input.role &&
      (await tx.membership.findFirst({
        where: { userId: membership.userId, organisationId: organisation.id, role: input.role },
      }))
    ) {
      throw new ValidationError([
        { field: "role", message: "Deze persoon heeft die rol in deze organisatie al." },
      ]);
    }
    const updated = await tx.membership.update({
      where: { id: membership.id },
      data: { role: input.role, department },
    });
    await audit(tx, actor, {
      action: "user.changeRole",
      entityType: "User",
      entityId: membership.userId,
      before: {
        organisationId: organisation.id,
        role: membership.role,
        department: membership.department,
      },
      after: { organisationId: organisation.id, role: input.role, department },
    });
    return updated;
  });
}

/**
 * Deactivates or reactivates an account. Deactivation ends every session and every open link at
 * once, in the same transaction: the next request with an old cookie is anonymous.
 */
export async function setAccountActive(
  prisma: PrismaClient,
  actor: Viewer,
  input: { userId: string; active: boolean },
) {
  return prisma.$transaction(async (tx) => {
    const user = await tx.user.findUnique({
      where: { id: input.userId },
      include: { memberships: { include: { organisation: true } } },
    });
    const refusal = "U kunt dit account niet (de)activeren.";
    if (!user || user.memberships.length === 0) throw new NotAllowedError(refusal);
    // Whoever deactivates someone must manage every organisation the person works for.
    for (const membership of user.memberships) {
      if (membership.organisation) {
        refuseRole(actor, membership.organisation, membership.role, refusal);
      } else if (!actor.isPlatformAdmin) {
        throw new NotAllowedError(refusal);
      }
    }
    if (input.active === (user.deactivatedAt === null)) return user;
    if (!input.active) {
      for (const { organisation, role } of user.memberships) {
        if (!organisation || adminRoleOf(organisation.kind) !== role) continue;
        await lockOrganisation(tx, organisation.id);
        const lastAdmin = lastAdminRefusal(
          organisation.kind,
          await activeAdmins(tx, organisation, { userId: user.id }),
          await activeAdmins(tx, organisation),
        );
        if (lastAdmin) throw new NotAllowedError(lastAdmin);
      }
      if (user.memberships.some((m) => m.role === "PLATFORM_ADMIN")) {
        const others = await tx.user.count({
          where: {
            id: { not: user.id },
            deactivatedAt: null,
            memberships: { some: { role: "PLATFORM_ADMIN" } },
          },
        });
        if (others === 0) {
          throw new NotAllowedError(
            "Dit is de laatste actieve platformbeheerder. Maak eerst een andere aan.",
          );
        }
      }
    }
    const now = new Date();
    const updated = await tx.user.update({
      where: { id: user.id },
      data: { deactivatedAt: input.active ? null : now },
    });
    let sessionsEnded = 0;
    if (!input.active) {
      sessionsEnded = (await tx.session.deleteMany({ where: { userId: user.id } })).count;
      await tx.userToken.updateMany({
        where: { userId: user.id, usedAt: null },
        data: { usedAt: now },
      });
    }
    await audit(tx, actor, {
      action: input.active ? "user.reactivate" : "user.deactivate",
      entityType: "User",
      entityId: user.id,
      after: input.active ? {} : { sessionsEnded },
    });
    return updated;
  });
}
