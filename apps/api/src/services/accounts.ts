// Accounts: invitations and password resets by e-mailed one-time link.
import type { Prisma, PrismaClient, Role, TokenPurpose } from "@prisma/client";
import { hashSecret, newSecret } from "../auth/tokens.js";
import type { Viewer } from "../auth/viewer.js";
import { enqueueMail } from "./outbox.js";

const LINK_VALID_HOURS: Record<TokenPurpose, number> = { INVITATION: 7 * 24, PASSWORD_RESET: 2 };

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

export function isEmail(email: string): boolean {
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email) && email.length <= 254;
}

const CONTRACTOR_ROLES: Role[] = ["CONTRACTOR_ADMIN", "CONTRACTOR_USER"];

/** The app a person uses: contractors the portal, everyone else the admin app. */
export function appPathFor(roles: Iterable<Role>): "/portal" | "/admin" {
  return [...roles].some((role) => CONTRACTOR_ROLES.includes(role)) ? "/portal" : "/admin";
}

/** Why the viewer may not invite colleagues into this organisation; null when they may. */
export function inviteRefusal(actor: Viewer | null, organisationId: string): string | null {
  return actor?.adminOfContractorIds.has(organisationId)
    ? null
    : "U kunt alleen collega's van uw eigen organisatie uitnodigen.";
}

export async function issueUserToken(
  tx: Prisma.TransactionClient,
  userId: string,
  purpose: TokenPurpose,
): Promise<string> {
  const token = newSecret();
  await tx.userToken.create({
    data: {
      userId,
      purpose,
      tokenHash: hashSecret(token),
      expiresAt: new Date(Date.now() + LINK_VALID_HOURS[purpose] * 3_600_000),
    },
  });
  return token;
}

export async function sendInvitation(
  tx: Prisma.TransactionClient,
  options: {
    userId: string;
    email: string;
    name: string;
    organisationName: string;
    roles: Role[];
    publicUrl: string;
    invitedBy: string;
  },
) {
  const token = await issueUserToken(tx, options.userId, "INVITATION");
  const link = `${options.publicUrl}${appPathFor(options.roles)}/wachtwoord?token=${token}`;
  await enqueueMail(tx, {
    to: options.email,
    subject: `Uitnodiging voor het Social Return platform (${options.organisationName})`,
    text: [
      `Beste ${options.name},`,
      "",
      // A name such as "Bouwbedrijf Eemland B.V." already ends the sentence.
      `${options.invitedBy} heeft u uitgenodigd voor het Social Return platform namens ${options.organisationName}${options.organisationName.endsWith(".") ? "" : "."}`,
      "Kies via deze link een wachtwoord; de link is 7 dagen geldig:",
      link,
      "",
      "Heeft u deze uitnodiging niet verwacht? Dan kunt u dit bericht negeren.",
    ].join("\n"),
  });
}

export async function sendPasswordReset(
  prisma: PrismaClient,
  email: string,
  publicUrl: string,
): Promise<void> {
  const user = await prisma.user.findUnique({
    where: { email: normaliseEmail(email) },
    include: { memberships: true },
  });
  // Unknown addresses get no mail and the same answer: nobody learns who has an account.
  if (!user) return;
  await prisma.$transaction(async (tx) => {
    const token = await issueUserToken(tx, user.id, "PASSWORD_RESET");
    const link = `${publicUrl}${appPathFor(user.memberships.map((m) => m.role))}/wachtwoord?token=${token}`;
    await enqueueMail(tx, {
      to: user.email,
      subject: "Nieuw wachtwoord voor het Social Return platform",
      text: [
        `Beste ${user.name},`,
        "",
        "Via deze link kiest u een nieuw wachtwoord; de link is 2 uur geldig:",
        link,
        "",
        "Heeft u dit niet aangevraagd? Dan kunt u dit bericht negeren; uw wachtwoord blijft ongewijzigd.",
      ].join("\n"),
    });
  });
}

/**
 * Uses an e-mailed link once: marks it used and ends every other open link of the same person
 * (older resets, an invitation), since the password they would set is now chosen. Returns the
 * link's row, or null when it is unknown, expired or already used (also by a concurrent request:
 * the check and the mark are one statement).
 */
export async function useUserToken(tx: Prisma.TransactionClient, token: string) {
  const row = await tx.userToken.findUnique({
    where: { tokenHash: hashSecret(token) },
    include: { user: true },
  });
  const now = new Date();
  if (!row || row.usedAt || row.expiresAt.getTime() <= now.getTime()) return null;
  const claimed = await tx.userToken.updateMany({
    where: { id: row.id, usedAt: null },
    data: { usedAt: now },
  });
  if (claimed.count !== 1) return null;
  await tx.userToken.updateMany({
    where: { userId: row.userId, usedAt: null },
    data: { usedAt: now },
  });
  return row;
}
