// The organisation that carries out a gemeente's social return (a WSP serving several gemeenten,
// or the gemeente's own team): its members are the accountmanagers, and mail for the gemeente's
// staff about a contract goes through the one rule below (docs/domain.md, "Uitvoerder").
import type { Prisma, StaffNoticeKind } from "@prisma/client";
import { STAFF_WRITE } from "../auth/viewer.js";
import { withoutMuted } from "./notices/staff-preferences.js";
import { enqueueMail } from "./outbox.js";

type Tx = Prisma.TransactionClient;

/** How mail and messages name whom the contractor deals with; the gemeente while none is recorded. */
export function carryingOutName(municipality: {
  name: string;
  carriedOutBy: { name: string } | null;
}): string {
  return municipality.carriedOutBy?.name ?? `gemeente ${municipality.name}`;
}

/** Memberships that make someone an accountmanager who can be assigned to a gemeente's contracts. */
export function accountmanagerMembershipWhere(
  municipality: Prisma.MunicipalityWhereInput,
): Prisma.MembershipWhereInput {
  return { role: { in: STAFF_WRITE }, organisation: { carriesOut: { some: municipality } } };
}

/**
 * Who gets the staff mail about a contract: its accountmanager; else the shared mailbox of the
 * organisation carrying out the gemeente's social return; else that organisation's accountmanagers
 * (no mailbox recorded yet); else the platform admins. Never no one while a platform admin exists.
 */
export async function staffMailRecipients(tx: Tx, contractId: string): Promise<string[]> {
  const contract = await tx.contract.findUniqueOrThrow({
    where: { id: contractId },
    select: {
      consultant: { select: { email: true, deactivatedAt: true } },
      municipality: {
        select: {
          carriedOutBy: { select: CARRIER_MAIL_SELECT },
        },
      },
    },
  });
  // A deactivated accountmanager reads no mail: the contract's mail goes on as if none were assigned.
  if (contract.consultant && !contract.consultant.deactivatedAt) return [contract.consultant.email];
  return carrierRecipients(tx, contract.municipality.carriedOutBy);
}

/**
 * Who gets the staff mail about a gemeente rather than a contract (the ideas form): the shared
 * mailbox of the organisation carrying out its social return, else its accountmanagers, else the
 * platform admins.
 */
export async function municipalityMailRecipients(
  tx: Tx,
  municipalityId: string,
): Promise<string[]> {
  const municipality = await tx.municipality.findUniqueOrThrow({
    where: { id: municipalityId },
    select: { carriedOutBy: { select: CARRIER_MAIL_SELECT } },
  });
  return carrierRecipients(tx, municipality.carriedOutBy);
}

const CARRIER_MAIL_SELECT = {
  email: true,
  memberships: {
    where: { role: { in: STAFF_WRITE }, user: { deactivatedAt: null } },
    select: { user: { select: { email: true } } },
    orderBy: { createdAt: "asc" },
  },
} satisfies Prisma.OrganisationSelect;

async function carrierRecipients(
  tx: Tx,
  organisation: Prisma.OrganisationGetPayload<{ select: typeof CARRIER_MAIL_SELECT }> | null,
): Promise<string[]> {
  if (organisation?.email) return [organisation.email];
  const members = [...new Set(organisation?.memberships.map((m) => m.user.email) ?? [])];
  if (members.length) return members;
  const admins = await tx.membership.findMany({
    where: { role: "PLATFORM_ADMIN", user: { deactivatedAt: null } },
    select: { user: { select: { email: true } } },
    orderBy: { createdAt: "asc" },
  });
  return [...new Set(admins.map((m) => m.user.email))];
}

/**
 * Mails the contract's staff (staffMailRecipients) in the caller's transaction, except the people
 * who switched this kind of notice off (services/notices/staff-preferences.ts).
 */
export async function mailStaff(
  tx: Tx,
  contractId: string,
  kind: StaffNoticeKind,
  mail: { subject: string; text: string },
): Promise<string[]> {
  const recipients = await withoutMuted(tx, await staffMailRecipients(tx, contractId), kind);
  for (const to of recipients) await enqueueMail(tx, { to, ...mail });
  return recipients;
}
