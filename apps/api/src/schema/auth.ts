// Logging in and out, who am I, invitations and password resets.
import { ORGANISATION_KINDS, phoneProblem, ROLE_LABELS, ROLES } from "@sroi/domain";
import { hashPassword, passwordProblem, verifyPassword } from "../auth/passwords.js";
import { clearSessionCookie, createSession } from "../auth/sessions.js";
import {
  lockedFor,
  RATE_LIMITS,
  rateLimited,
  recordFailure,
  recordSuccess,
  waitPhrase,
} from "../auth/throttle.js";
import { loadViewer, type Viewer } from "../auth/viewer.js";
import { builder } from "../builder.js";
import type { Context } from "../context.js";
import { InputError, LoginThrottledError } from "../errors.js";
import { logger } from "../logging.js";
import { normaliseEmail, sendPasswordReset, useUserToken } from "../services/accounts.js";
import { audit } from "../services/audit.js";

export const Role = builder.enumType("Role", {
  values: ROLES,
});

export const OrganisationKind = builder.enumType("OrganisationKind", {
  values: ORGANISATION_KINDS,
});

const MembershipRef = builder.objectRef<Viewer["memberships"][number]>("Membership").implement({
  fields: (t) => ({
    role: t.field({ type: Role, resolve: (m) => m.role }),
    roleLabel: t.string({ resolve: (m) => ROLE_LABELS[m.role] }),
    organisation: t.field({
      type: OrganisationSummary,
      nullable: true,
      resolve: (m) => m.organisation,
    }),
  }),
});

export const OrganisationSummary = builder
  .objectRef<{
    id: string;
    kind: "MUNICIPALITY" | "SERVICE_POINT" | "CONTRACTOR" | "SOCIAL_ENTERPRISE";
    name: string;
  }>("OrganisationSummary")
  .implement({
    fields: (t) => ({
      id: t.exposeID("id"),
      name: t.exposeString("name"),
      kind: t.field({ type: OrganisationKind, resolve: (o) => o.kind }),
    }),
  });

export const MeRef = builder.objectRef<Viewer>("Me").implement({
  description: "The person logged in, their organisation and roles",
  fields: (t) => ({
    id: t.exposeID("userId"),
    email: t.exposeString("email"),
    name: t.exposeString("name"),
    phone: t.string({
      nullable: true,
      description: "Work phone, shown to the contractors one advises as accountmanager",
      resolve: async (viewer, _args, ctx) =>
        (
          await ctx.prisma.user.findUnique({
            where: { id: viewer.userId },
            select: { phone: true },
          })
        )?.phone ?? null,
    }),
    roles: t.field({ type: [Role], resolve: (viewer) => [...viewer.roles] }),
    memberships: t.field({ type: [MembershipRef], resolve: (viewer) => viewer.memberships }),
    organisation: t.field({
      type: OrganisationSummary,
      nullable: true,
      description: "The organisation the person acts for (the first membership's)",
      resolve: (viewer) => viewer.memberships.find((m) => m.organisation)?.organisation ?? null,
    }),
    readableMunicipalities: t.prismaField({
      type: ["Municipality"],
      description: "Gemeenten whose contracts this person may see as gemeente or WSP staff",
      resolve: (query, viewer, _args, ctx) =>
        ctx.prisma.municipality.findMany({
          ...query,
          where: viewer.isPlatformAdmin ? {} : { id: { in: [...viewer.readableMunicipalityIds] } },
          orderBy: { name: "asc" },
        }),
    }),
    manageableMunicipalities: t.prismaField({
      type: ["Municipality"],
      description: "Gemeenten for which this person may register and change contracts",
      resolve: (query, viewer, _args, ctx) =>
        ctx.prisma.municipality.findMany({
          ...query,
          where: viewer.isPlatformAdmin
            ? {}
            : { id: { in: [...viewer.manageableMunicipalityIds] } },
          orderBy: { name: "asc" },
        }),
    }),
    app: t.string({
      description: "Which app this person uses: ADMIN or PORTAL",
      resolve: (viewer) =>
        viewer.contractorIds.size > 0 &&
        viewer.readableMunicipalityIds.size === 0 &&
        !viewer.isPlatformAdmin
          ? "PORTAL"
          : "ADMIN",
    }),
  }),
});

/** The caller's address, for rate limits (never logged). */
export function clientAddress(ctx: Context): string {
  return ctx.req.ip ?? ctx.req.socket.remoteAddress ?? "unknown";
}

async function startSession(ctx: Context, userId: string): Promise<Viewer> {
  const session = await createSession(ctx.prisma, userId, ctx.res, ctx.req.secure);
  const viewer = await loadViewer(ctx.prisma, userId, session.id);
  if (!viewer) throw new Error(`User ${userId} vanished during login`);
  ctx.viewer = viewer;
  return viewer;
}

builder.queryFields((t) => ({
  me: t.field({
    type: MeRef,
    nullable: true,
    description: "The person logged in; null when nobody is",
    authScopes: { public: true },
    resolve: (_root, _args, ctx) => ctx.viewer,
  }),
}));

builder.mutationFields((t) => ({
  login: t.field({
    type: MeRef,
    description: "Logs in with e-mail and password; sets the session cookie",
    authScopes: { public: true },
    errors: {
      types: [InputError, LoginThrottledError],
      directResult: true,
      union: { name: "LoginResult" },
    },
    args: { email: t.arg.string({ required: true }), password: t.arg.string({ required: true }) },
    resolve: async (_root, args, ctx) => {
      const email = normaliseEmail(args.email);
      const keys = { email, client: clientAddress(ctx) };
      const wait = await lockedFor(ctx.prisma, keys);
      if (wait > 0) throw new LoginThrottledError(wait);
      const user = await ctx.prisma.user.findUnique({ where: { email } });
      const valid = await verifyPassword(user?.passwordHash ?? null, args.password);
      if (!user || !valid) {
        await recordFailure(ctx.prisma, keys);
        const waitNow = await lockedFor(ctx.prisma, keys);
        if (waitNow > 0) throw new LoginThrottledError(waitNow);
        throw new InputError(
          "Deze combinatie van e-mailadres en wachtwoord kennen we niet.",
          "password",
        );
      }
      await recordSuccess(ctx.prisma, keys);
      if (user.deactivatedAt) {
        throw new InputError(
          "Dit account is gedeactiveerd. Neem contact op met de beheerder van uw organisatie.",
          "email",
        );
      }
      return startSession(ctx, user.id);
    },
  }),
  logout: t.boolean({
    description: "Ends this session",
    authScopes: { public: true },
    resolve: async (_root, _args, ctx) => {
      if (ctx.viewer) await ctx.prisma.session.deleteMany({ where: { id: ctx.viewer.sessionId } });
      clearSessionCookie(ctx.res);
      ctx.viewer = null;
      return true;
    },
  }),
  logoutEverywhere: t.int({
    description: "Ends every session of the person logged in, on every device; returns how many",
    authScopes: { authenticated: true },
    resolve: async (_root, _args, ctx) => {
      const viewer = ctx.viewer;
      if (!viewer) return 0;
      const { count } = await ctx.prisma.$transaction(async (tx) => {
        const result = await tx.session.deleteMany({ where: { userId: viewer.userId } });
        await audit(tx, viewer, {
          action: "user.logoutEverywhere",
          entityType: "User",
          entityId: viewer.userId,
        });
        return result;
      });
      clearSessionCookie(ctx.res);
      ctx.viewer = null;
      return count;
    },
  }),
  setMyPhone: t.field({
    type: MeRef,
    description:
      "Sets (or with an empty value clears) the work phone of the person logged in; a Dutch number",
    authScopes: { authenticated: true },
    errors: { types: [InputError], directResult: true, union: { name: "SetMyPhoneResult" } },
    args: { phone: t.arg.string() },
    resolve: async (_root, args, ctx) => {
      const viewer = ctx.viewer;
      if (!viewer) throw new InputError("Log eerst in.");
      const phone = args.phone?.trim().replace(/\s+/g, " ") || null;
      const problem = phone ? phoneProblem(phone) : null;
      if (problem) throw new InputError(problem, "phone");
      await ctx.prisma.$transaction(async (tx) => {
        const before = await tx.user.findUniqueOrThrow({
          where: { id: viewer.userId },
          select: { phone: true },
        });
        if (before.phone === phone) return;
        await tx.user.update({ where: { id: viewer.userId }, data: { phone } });
        await audit(tx, viewer, {
          action: "user.changePhone",
          entityType: "User",
          entityId: viewer.userId,
          before,
          after: { phone },
        });
      });
      return viewer;
    },
  }),
  requestPasswordReset: t.boolean({
    description: "Mails a reset link when the address has an account; answers true either way",
    authScopes: { public: true },
    args: { email: t.arg.string({ required: true }) },
    resolve: async (_root, args, ctx) => {
      // Over the limit the answer stays the same (it must not tell who has an account); the
      // mail is not sent, so nobody can flood a mailbox or the outbox through this form.
      const email = normaliseEmail(args.email);
      const limits = [
        RATE_LIMITS.resetPerClient(clientAddress(ctx)),
        RATE_LIMITS.resetPerAccount(email),
      ];
      for (const limit of limits) {
        if ((await rateLimited(ctx.prisma, limit)) > 0) {
          logger().warn({ limit: limit.key.split(":")[0] }, "password reset not sent: rate limit");
          return true;
        }
      }
      await sendPasswordReset(ctx.prisma, email, ctx.settings.publicUrl);
      return true;
    },
  }),
  setPassword: t.field({
    type: MeRef,
    description: "Accepts an invitation or a reset link: sets the password and logs in",
    authScopes: { public: true },
    errors: { types: [InputError], directResult: true, union: { name: "SetPasswordResult" } },
    args: { token: t.arg.string({ required: true }), password: t.arg.string({ required: true }) },
    resolve: async (_root, args, ctx) => {
      const problem = passwordProblem(args.password);
      if (problem) throw new InputError(problem, "password");
      const passwordHash = await hashPassword(args.password);
      const wait = await rateLimited(ctx.prisma, RATE_LIMITS.tokenUsePerClient(clientAddress(ctx)));
      if (wait > 0) {
        throw new InputError(
          `Te veel pogingen met een link. Probeer het ${waitPhrase(wait)} opnieuw.`,
          "token",
        );
      }
      const userId = await ctx.prisma.$transaction(async (tx) => {
        // Single use: this link and every other open link of the person end here.
        const row = await useUserToken(tx, args.token);
        if (!row) {
          throw new InputError(
            "Deze link is verlopen of al gebruikt. Vraag een nieuwe uitnodiging of een nieuw wachtwoord aan.",
            "token",
          );
        }
        await tx.user.update({ where: { id: row.userId }, data: { passwordHash } });
        // A new password ends every older session: a reset after theft locks the thief out.
        await tx.session.deleteMany({ where: { userId: row.userId } });
        await audit(
          tx,
          { userId: row.userId, email: row.user.email },
          {
            action: row.purpose === "INVITATION" ? "user.acceptInvitation" : "user.resetPassword",
            entityType: "User",
            entityId: row.userId,
          },
        );
        return row.userId;
      });
      return startSession(ctx, userId);
    },
  }),
}));
