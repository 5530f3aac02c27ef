// The AVG side of the candidate pool (docs/privacy.md): inzage (an export of everything held about
// one person), erasure on request, and anonymisation once a region's retention period has passed
// since the last placement or contact. Anonymising keeps the row, its target groups' codes and
// its consents' dates, so counts and the link to realisations survive without the person.
import type { Prisma, PrismaClient } from "@prisma/client";
import { toIsoDate } from "@sroi/db";
import { dutchDate, retentionCutoff } from "@sroi/domain";
import type { Viewer } from "../auth/viewer.js";
import { CANDIDATE_CONSULTANT_ROLES, poolOrganisationIds } from "../auth/visibility.js";
import { type FieldIssue, refuseInvalid, refuseWith } from "../errors.js";
import { logger } from "../logging.js";
import { audit } from "./audit.js";
import { candidateEditRefusal } from "./candidates.js";
import { type JobRunner, runHere } from "./jobs.js";

/** Without a region's own choice: two years, the term most Dutch WSPs name for job seekers. */
export const DEFAULT_RETENTION_MONTHS = 24;

/** Everything personal set to nothing, in one update; the caller audits. */
async function anonymise(tx: Prisma.TransactionClient, candidateId: string, now: Date) {
  await tx.candidate.update({
    where: { id: candidateId },
    data: {
      reference: `gewist-${candidateId}`,
      name: null,
      email: null,
      phone: null,
      summary: null,
      ageBand: null,
      ageBandReferenceDate: null,
      homeMunicipalityCode: null,
      hoursPerWeek: null,
      availableFrom: null,
      skills: [],
      wishes: [],
      restrictions: [],
      lastContactOn: null,
      lastPlacementOn: null,
      anonymisedAt: now,
      version: { increment: 1 },
    },
  });
  await tx.candidateTargetGroup.updateMany({ where: { candidateId }, data: { verifiedOn: null } });
  await tx.candidateConsent.updateMany({
    where: { candidateId, withdrawnAt: null },
    data: { withdrawnAt: now },
  });
}

/** Erasure on the person's request: at once, by a consultant of the pool. */
export async function eraseCandidate(prisma: PrismaClient, actor: Viewer, candidateId: string) {
  return prisma.$transaction(async (tx) => {
    const candidate = await tx.candidate.findUniqueOrThrow({ where: { id: candidateId } });
    refuseWith(candidateEditRefusal(actor, candidate));
    await anonymise(tx, candidateId, new Date());
    await audit(tx, actor, {
      action: "candidate.erase",
      entityType: "Candidate",
      entityId: candidateId,
    });
    return tx.candidate.findUniqueOrThrow({ where: { id: candidateId } });
  });
}

/**
 * Inzage: everything held about one candidate, as plain JSON in Dutch terms. Who recorded a
 * consent is named by the staff member's name, since the person may ask who handled their data.
 */
export async function exportCandidate(prisma: PrismaClient, actor: Viewer, candidateId: string) {
  return prisma.$transaction(async (tx) => {
    const candidate = await tx.candidate.findUniqueOrThrow({
      where: { id: candidateId },
      include: {
        organisation: { select: { name: true } },
        region: { select: { name: true } },
        targetGroups: { orderBy: { code: "asc" } },
        consents: {
          orderBy: { createdAt: "asc" },
          include: {
            contractor: { select: { name: true } },
            contract: { select: { reference: true, title: true } },
          },
        },
      },
    });
    refuseWith(candidateEditRefusal(actor, { ...candidate, anonymisedAt: null }));
    const trail = await tx.auditEvent.findMany({
      where: {
        OR: [
          { entityType: "Candidate", entityId: candidateId },
          {
            entityType: "CandidateConsent",
            entityId: { in: candidate.consents.map((c) => c.id) },
          },
        ],
      },
      orderBy: { at: "asc" },
    });
    await audit(tx, actor, {
      action: "candidate.export",
      entityType: "Candidate",
      entityId: candidateId,
    });
    const day = (value: Date | null) => (value ? toIsoDate(value) : null);
    return {
      uitgevoerdOp: new Date().toISOString(),
      verwerkingsverantwoordelijke: candidate.organisation.name,
      regio: candidate.region.name,
      kandidaat: {
        kenmerk: candidate.reference,
        naam: candidate.name,
        eMail: candidate.email,
        telefoon: candidate.phone,
        beschrijving: candidate.summary,
        leeftijdsklasse: candidate.ageBand,
        leeftijdsklasseOp: day(candidate.ageBandReferenceDate),
        woongemeente: candidate.homeMunicipalityCode,
        urenPerWeek: candidate.hoursPerWeek?.toString() ?? null,
        beschikbaarVanaf: day(candidate.availableFrom),
        vaardigheden: candidate.skills,
        wensen: candidate.wishes,
        beperkingen: candidate.restrictions,
        laatsteContact: day(candidate.lastContactOn),
        laatstePlaatsing: day(candidate.lastPlacementOn),
        geanonimiseerdOp: candidate.anonymisedAt?.toISOString() ?? null,
        aangemaaktOp: candidate.createdAt.toISOString(),
      },
      doelgroepen: candidate.targetGroups.map((group) => ({
        doelgroep: group.code,
        gecontroleerdOp: day(group.verifiedOn),
        bron: group.verificationSource,
      })),
      toestemmingen: candidate.consents.map((consent) => ({
        gedeeldMet: consent.contractor?.name ?? null,
        opdracht: consent.contract
          ? `${consent.contract.reference} ${consent.contract.title}`
          : null,
        gegevens: consent.fields,
        gegevenOp: day(consent.givenOn),
        geldigTot: day(consent.validUntil),
        ingetrokkenOp: consent.withdrawnAt?.toISOString() ?? null,
      })),
      verwerkingen: trail.map((event) => ({
        op: event.at.toISOString(),
        handeling: event.action,
        door: event.actorEmail,
      })),
    };
  });
}

export function retentionRefusal(viewer: Viewer | null, regionId: string, served: string[]) {
  const leads = poolOrganisationIds(viewer, ["SERVICE_POINT_LEAD", "MUNICIPALITY_ADMIN"]);
  return leads.length > 0 && served.includes(regionId)
    ? null
    : "Alleen de teamleider of coördinator van de organisatie die de kandidatenpool van deze regio bijhoudt, kan de bewaartermijn instellen.";
}

/** The regions whose pools the viewer's organisations keep (as a consultant or lead). */
export async function poolRegionIds(
  db: Prisma.TransactionClient | PrismaClient,
  viewer: Viewer | null,
  roles = CANDIDATE_CONSULTANT_ROLES,
): Promise<string[]> {
  const organisations = poolOrganisationIds(viewer, roles);
  if (organisations.length === 0) return [];
  const served = await db.municipality.findMany({
    where: { carriedOutById: { in: organisations } },
    select: { regionId: true },
    distinct: ["regionId"],
  });
  return served.map((m) => m.regionId);
}

export async function setCandidateRetention(
  prisma: PrismaClient,
  actor: Viewer,
  input: { regionId: string; months: number },
) {
  return prisma.$transaction(async (tx) => {
    const served = await poolRegionIds(tx, actor, ["SERVICE_POINT_LEAD", "MUNICIPALITY_ADMIN"]);
    refuseWith(retentionRefusal(actor, input.regionId, served));
    const issues: FieldIssue[] = [];
    if (!Number.isInteger(input.months) || input.months < 1 || input.months > 120)
      issues.push({ field: "months", message: "Kies een bewaartermijn van 1 tot 120 maanden." });
    refuseInvalid(issues);
    const before = await tx.candidateRetention.findUnique({ where: { regionId: input.regionId } });
    const saved = await tx.candidateRetention.upsert({
      where: { regionId: input.regionId },
      create: { regionId: input.regionId, months: input.months, updatedById: actor.userId },
      update: { months: input.months, updatedById: actor.userId },
    });
    await audit(tx, actor, {
      action: "candidate.setRetention",
      entityType: "CandidateRetention",
      entityId: input.regionId,
      regionId: input.regionId,
      before: { retentionMonths: before?.months ?? DEFAULT_RETENTION_MONTHS },
      after: { retentionMonths: input.months },
    });
    return saved;
  });
}

const BATCH = 200;

/**
 * Anonymises every candidate whose last placement, last contact and creation all lie more than
 * the region's retention period before `today`. In batches, each its own transaction, so a long
 * backlog never holds one long lock; returns how many were anonymised.
 */
export async function anonymiseExpiredCandidates(
  prisma: PrismaClient,
  now = new Date(),
): Promise<number> {
  const today = dutchDate(now);
  const regions = await prisma.region.findMany({
    select: { id: true, candidateRetention: { select: { months: true } } },
  });
  let total = 0;
  for (const region of regions) {
    const months = region.candidateRetention?.months ?? DEFAULT_RETENTION_MONTHS;
    const cutoff = new Date(`${retentionCutoff(today, months)}T00:00:00Z`);
    const expired: Prisma.CandidateWhereInput = {
      regionId: region.id,
      anonymisedAt: null,
      createdAt: { lt: cutoff },
      AND: [
        { OR: [{ lastContactOn: null }, { lastContactOn: { lt: cutoff } }] },
        { OR: [{ lastPlacementOn: null }, { lastPlacementOn: { lt: cutoff } }] },
      ],
    };
    for (;;) {
      const batch = await prisma.candidate.findMany({
        where: expired,
        select: { id: true },
        take: BATCH,
      });
      if (batch.length === 0) break;
      await prisma.$transaction(async (tx) => {
        for (const { id } of batch) {
          await anonymise(tx, id, now);
          await audit(tx, null, {
            action: "candidate.anonymise",
            entityType: "Candidate",
            entityId: id,
            after: { retentionMonths: months },
          });
        }
      });
      total += batch.length;
      if (batch.length < BATCH) break;
    }
  }
  if (total > 0)
    logger().info({ job: "candidate-retention", anonymised: total }, "candidates anonymised");
  return total;
}

/** Runs the retention job at start and then every six hours; stop() waits for a run. */
export function startCandidateRetentionSchedule(
  prisma: PrismaClient,
  options: { intervalMs?: number; runJob?: JobRunner } = {},
) {
  const runJob = options.runJob ?? runHere;
  let running: Promise<unknown> | null = null;
  const run = () => {
    running ??= runJob("candidate-retention", () => anonymiseExpiredCandidates(prisma))
      .catch((error: unknown) =>
        logger().error(
          { job: "candidate-retention", err: error },
          "candidate retention run failed",
        ),
      )
      .finally(() => {
        running = null;
      });
  };
  run();
  const timer = setInterval(run, options.intervalMs ?? 6 * 3_600_000);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
