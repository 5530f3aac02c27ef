// PSO certificates: the contractor records them, staff of a gemeente working with it check them
// against the PSO register; the rule of what a certificate does to an obligation lives in
// packages/domain/src/pso.ts. This file only gathers data, decides who may, and audits.
import type { Prisma, PrismaClient, PsoCertificate } from "@prisma/client";
import { toIsoDate } from "@sroi/db";
import { isIsoDate, type PsoCertificateFacts, type PsoLevel } from "@sroi/domain";
import type { Viewer } from "../auth/viewer.js";
import { type FieldIssue, NotAllowedError, refuseInvalid, refuseWith } from "../errors.js";
import { audit } from "./audit.js";
import { transactionOnce } from "./once.js";

type Db = Prisma.TransactionClient | PrismaClient;

export interface PsoCertificateFields {
  level: PsoLevel;
  certificateNumber: string;
  validFrom: string;
  validUntil: string;
}

export function psoFacts(row: PsoCertificate): PsoCertificateFacts {
  return {
    level: row.level,
    certificateNumber: row.certificateNumber,
    validFrom: toIsoDate(row.validFrom),
    validUntil: toIsoDate(row.validUntil),
    checked: row.checkedAt !== null,
  };
}

/** Every certificate of a contractor, as the domain rule reads them. */
export async function contractorPsoFacts(
  db: Db,
  organisationId: string,
): Promise<PsoCertificateFacts[]> {
  const rows = await db.psoCertificate.findMany({ where: { organisationId } });
  return rows.map(psoFacts);
}

function snapshot(row: PsoCertificate) {
  return {
    level: row.level,
    certificateNumber: row.certificateNumber,
    validFrom: toIsoDate(row.validFrom),
    validUntil: toIsoDate(row.validUntil),
  };
}

export function validatePsoCertificate(fields: PsoCertificateFields): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const add = (field: string, message: string) => issues.push({ field, message });
  const number = fields.certificateNumber.trim();
  if (!number) add("certificateNumber", "Vul het certificaatnummer in.");
  else if (number.length > 40)
    add("certificateNumber", "Het certificaatnummer mag hoogstens 40 tekens hebben.");
  const from = isIsoDate(fields.validFrom);
  const until = isIsoDate(fields.validUntil);
  if (!from) add("validFrom", "Vul een bestaande datum in (jjjj-mm-dd).");
  if (!until) add("validUntil", "Vul een bestaande datum in (jjjj-mm-dd).");
  if (from && until && fields.validUntil < fields.validFrom)
    add("validUntil", "De einddatum van het certificaat ligt vóór de begindatum.");
  return issues;
}

/** Why the viewer may not record a certificate for this organisation; null when they may. */
export function psoRecordRefusal(viewer: Viewer | null, organisationId: string): string | null {
  return viewer?.adminOfContractorIds.has(organisationId)
    ? null
    : "Alleen een beheerder van de opdrachtnemer kan een PSO-certificaat vastleggen.";
}

/** Why the viewer may not delete this certificate; a checked one stays, as a contract rests on it. */
export function psoDeleteRefusal(
  viewer: Viewer | null,
  certificate: Pick<PsoCertificate, "organisationId" | "checkedAt">,
): string | null {
  return (
    psoRecordRefusal(viewer, certificate.organisationId) ??
    (certificate.checkedAt
      ? "Een gecontroleerd PSO-certificaat kan niet meer worden verwijderd."
      : null)
  );
}

/**
 * Why the viewer may not check this certificate; null when they may: a coordinator or WSP
 * accountmanager of a gemeente with a contract with the contractor, or the platform admin.
 */
export async function psoCheckRefusal(
  db: Db,
  viewer: Viewer | null,
  certificate: Pick<PsoCertificate, "organisationId" | "checkedAt">,
): Promise<string | null> {
  const worksWith =
    viewer !== null &&
    (viewer.isPlatformAdmin ||
      (await db.contract.count({
        where: {
          contractorId: certificate.organisationId,
          municipalityId: { in: [...viewer.manageableMunicipalityIds] },
        },
      })) > 0);
  if (!worksWith)
    return "Alleen een gemeente met een opdracht bij deze opdrachtnemer, of de organisatie die haar social return uitvoert, kan het certificaat controleren.";
  return certificate.checkedAt ? "Dit PSO-certificaat is al gecontroleerd." : null;
}

export async function recordPsoCertificate(
  prisma: PrismaClient,
  actor: Viewer,
  input: { organisationId: string; fields: PsoCertificateFields },
): Promise<PsoCertificate> {
  refuseWith(psoRecordRefusal(actor, input.organisationId));
  refuseInvalid(validatePsoCertificate(input.fields));
  const certificateNumber = input.fields.certificateNumber.trim();
  // The unique (organisation, number) decides a race; the rerun answers "already recorded".
  return transactionOnce(prisma, async (tx) => {
    const existing = await tx.psoCertificate.findUnique({
      where: {
        organisationId_certificateNumber: {
          organisationId: input.organisationId,
          certificateNumber,
        },
      },
    });
    if (existing) {
      refuseInvalid([
        {
          field: "certificateNumber",
          message: `Certificaat ${certificateNumber} staat al bij uw organisatie.`,
        },
      ]);
    }
    const created = await tx.psoCertificate.create({
      data: {
        organisationId: input.organisationId,
        level: input.fields.level,
        certificateNumber,
        validFrom: new Date(`${input.fields.validFrom}T00:00:00Z`),
        validUntil: new Date(`${input.fields.validUntil}T00:00:00Z`),
        recordedById: actor.userId,
      },
    });
    await audit(tx, actor, {
      action: "pso.record",
      entityType: "PsoCertificate",
      entityId: created.id,
      after: snapshot(created),
    });
    return created;
  });
}

export async function checkPsoCertificate(
  prisma: PrismaClient,
  actor: Viewer,
  id: string,
): Promise<PsoCertificate> {
  return prisma.$transaction(async (tx) => {
    const current = await tx.psoCertificate.findUnique({ where: { id } });
    if (!current) throw new NotAllowedError("Dit PSO-certificaat bestaat niet (meer).");
    refuseWith(await psoCheckRefusal(tx, actor, current));
    // Only an unchecked row is updated, so two checks at once cannot both record themselves.
    const { count } = await tx.psoCertificate.updateMany({
      where: { id, checkedAt: null },
      data: { checkedAt: new Date(), checkedById: actor.userId },
    });
    if (count === 0) throw new NotAllowedError("Dit PSO-certificaat is al gecontroleerd.");
    const checked = await tx.psoCertificate.findUniqueOrThrow({ where: { id } });
    await audit(tx, actor, {
      action: "pso.check",
      entityType: "PsoCertificate",
      entityId: id,
      after: { ...snapshot(checked), status: "gecontroleerd" },
    });
    return checked;
  });
}

export async function deletePsoCertificate(
  prisma: PrismaClient,
  actor: Viewer,
  id: string,
): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const current = await tx.psoCertificate.findUnique({ where: { id } });
    if (!current) throw new NotAllowedError("Dit PSO-certificaat bestaat niet (meer).");
    refuseWith(psoDeleteRefusal(actor, current));
    const { count } = await tx.psoCertificate.deleteMany({ where: { id, checkedAt: null } });
    if (count === 0)
      throw new NotAllowedError(
        "Een gecontroleerd PSO-certificaat kan niet meer worden verwijderd.",
      );
    await audit(tx, actor, {
      action: "pso.delete",
      entityType: "PsoCertificate",
      entityId: id,
      before: snapshot(current),
    });
  });
}
