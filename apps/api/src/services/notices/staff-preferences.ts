// What each staff member chooses to receive (docs/decisions/0011-staff-digest.md): the daily digest
// on or off, and which of the immediate notices (an intake request, a plan or a realisation that
// came in) are switched off. One row per person; no row means everything on.
import type { Prisma, PrismaClient, StaffNoticeKind } from "@prisma/client";
import { isStaff, type Viewer } from "../../auth/viewer.js";
import { NotAllowedError } from "../../errors.js";

type Db = PrismaClient | Prisma.TransactionClient;

export const STAFF_NOTICE_KINDS = [
  "INTAKE_REQUESTED",
  "PLAN_SUBMITTED",
  "REALISATION_SUBMITTED",
] as const satisfies readonly StaffNoticeKind[];

export interface NoticePreferences {
  digest: boolean;
  /** the immediate notices switched off, in the order of STAFF_NOTICE_KINDS */
  mutedKinds: StaffNoticeKind[];
}

export async function noticePreferences(db: Db, userId: string): Promise<NoticePreferences> {
  const row = await db.noticePreference.findUnique({ where: { userId } });
  return row
    ? { digest: row.digest, mutedKinds: row.mutedKinds }
    : { digest: true, mutedKinds: [] };
}

/** Staff choose for themselves; a contractor gets none of these mails, so has nothing to choose. */
export async function saveNoticePreferences(
  prisma: PrismaClient,
  viewer: Viewer | null,
  input: NoticePreferences,
): Promise<NoticePreferences> {
  if (!viewer || !isStaff(viewer))
    throw new NotAllowedError(
      "Alleen medewerkers van een gemeente of uitvoerder kiezen meldingen.",
    );
  const muted = STAFF_NOTICE_KINDS.filter((kind) => input.mutedKinds.includes(kind));
  const data = { digest: input.digest, mutedKinds: muted };
  await prisma.noticePreference.upsert({
    where: { userId: viewer.userId },
    create: { userId: viewer.userId, ...data },
    update: data,
  });
  return data;
}

/**
 * The addresses that still get this notice: a person who switched it off, or whose account was
 * deactivated, is left out; an address that is no one's account (a shared mailbox) always stays.
 * Nobody takes over a switched-off notice: it stays in that person's digest and "Te doen".
 */
export async function withoutMuted(
  tx: Db,
  recipients: string[],
  kind: StaffNoticeKind,
): Promise<string[]> {
  if (recipients.length === 0) return [];
  // Filtered here rather than with `has` in the query: pglite-prisma-adapter 0.6 sends an enum
  // array filter as a malformed array literal.
  const people = await tx.user.findMany({
    where: { email: { in: recipients } },
    select: {
      email: true,
      deactivatedAt: true,
      noticePreference: { select: { mutedKinds: true } },
    },
  });
  const out = new Set(
    people
      .filter((p) => p.deactivatedAt || p.noticePreference?.mutedKinds.includes(kind))
      .map((p) => p.email),
  );
  return recipients.filter((to) => !out.has(to));
}
