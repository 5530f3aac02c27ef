// The plan van aanpak: the contractor composes it from the contract's pinned catalogue, submits
// it; the WSP approves it or asks for changes with a comment, which starts a new version. Every
// version is kept. Optimistic locking on every step.
import type { ContractStatus, PlanStatus, PrismaClient, ReportFrequency } from "@prisma/client";
import { decimal, statusAfterAgreement, sum, toMoneyString, valuePlannedLine } from "@sroi/domain";
import { actsForContractor, canManageContract, type Viewer } from "../auth/viewer.js";
import {
  ConflictError,
  type FieldIssue,
  NotAllowedError,
  refuseWith,
  ValidationError,
} from "../errors.js";
import { audit } from "./audit.js";
import { mailStaff } from "./carrying-out.js";
import { lifecycleFacts, lifecycleSelect } from "./contracts.js";
import { noticePlanReviewed } from "./notices/contractor.js";
import { transactionOnce } from "./once.js";
import { contractPricing } from "./pricing.js";

export interface PlanLineFields {
  blockCode: string;
  description?: string | null;
  people?: number | null;
  hoursPerWeek?: string | null;
  startDate?: string | null;
  endDate?: string | null;
  hours?: string | null;
  days?: string | null;
  count?: string | null;
  amountExclVat?: string | null;
  bonusCodes?: string[] | null;
}

/** The most NUMERIC(14,2) holds: a plan worth more is a typing error. */
const MAX_PLAN_TOTAL = "999999999999.99";

const date = (iso: string | null | undefined) => (iso ? new Date(`${iso}T00:00:00Z`) : null);

type PlanContract = { municipalityId: string; contractorId: string; status: ContractStatus };

/** Why the viewer may not save a plan (a draft, or a new version) now; null when they may. */
export function planEditRefusal(
  actor: Viewer | null,
  contract: PlanContract,
  latest: { status: PlanStatus } | null,
): string | null {
  if (!actsForContractor(actor, contract)) return "Deze opdracht hoort niet bij uw organisatie.";
  if (contract.status === "CLOSED" || contract.status === "ASSESSMENT")
    return "Het plan van een opdracht in eindbeoordeling of afgesloten kan niet meer veranderen.";
  if (latest?.status === "SUBMITTED") return "Het plan ligt ter beoordeling; wacht op het oordeel.";
  return null;
}

/** Why the viewer may not submit this plan version to the WSP; null when they may. */
export function planSubmitRefusal(
  actor: Viewer | null,
  contract: PlanContract,
  plan: { status: PlanStatus } | null,
): string | null {
  if (!actsForContractor(actor, contract)) return "Dit plan hoort niet bij uw organisatie.";
  if (plan?.status !== "DRAFT") return "Alleen een concept kan worden ingediend.";
  return planEditRefusal(actor, contract, null);
}

/** Why the viewer may not approve this plan version or ask for changes; null when they may. */
export function planReviewRefusal(
  actor: Viewer | null,
  contract: PlanContract,
  plan: { status: PlanStatus } | null,
): string | null {
  if (!canManageContract(actor, contract)) return "U kunt dit plan niet beoordelen.";
  if (plan?.status !== "SUBMITTED") return "Alleen een ingediend plan kan worden beoordeeld.";
  return null;
}

export async function savePlan(
  prisma: PrismaClient,
  actor: Viewer,
  input: {
    contractId: string;
    expectedVersion: { planId: string; version: number } | null;
    reportFrequency: ReportFrequency;
    lines: PlanLineFields[];
  },
) {
  // Two new versions at once collide on (contract, number); the rerun answers ConflictError.
  return transactionOnce(prisma, async (tx) => {
    const contract = await tx.contract.findUnique({ where: { id: input.contractId } });
    if (!contract) throw new NotAllowedError("Deze opdracht hoort niet bij uw organisatie.");
    refuseWith(planEditRefusal(actor, contract, null));
    if (input.lines.length > 200)
      throw new ValidationError([
        { field: "lines", message: "Een plan heeft hoogstens 200 regels." },
      ]);
    const latest = await tx.planVersion.findFirst({
      where: { contractId: contract.id },
      orderBy: { number: "desc" },
    });
    // The caller names the version it edited; anything else means someone changed the plan since.
    if (
      (latest?.id ?? null) !== (input.expectedVersion?.planId ?? null) ||
      (latest && latest.version !== input.expectedVersion?.version)
    ) {
      throw new ConflictError(
        "Het plan is intussen gewijzigd of beoordeeld. Uw regels staan nog in het formulier: laad het plan opnieuw en voer ze opnieuw in.",
      );
    }
    refuseWith(planEditRefusal(actor, contract, latest));

    const pricing = await contractPricing(tx, contract.id);
    const issues: FieldIssue[] = [];
    const lines = input.lines.map((line, index) => {
      const prefix = `lines.${index}.`;
      try {
        const { block, bonuses } = pricing.resolve(line.blockCode, line.bonusCodes ?? [], prefix);
        const result = valuePlannedLine({
          block,
          bonuses,
          basisHours: pricing.basisHours,
          people: line.people ?? 1,
          hoursPerWeek: line.hoursPerWeek,
          startDate: line.startDate,
          endDate: line.endDate,
          hours: line.hours,
          days: line.days,
          count: line.count,
          amountExclVat: line.amountExclVat,
          contractStart: pricing.contractStart,
          contractEnd: pricing.contractEnd,
        });
        if (!result.ok) {
          issues.push({ field: `${prefix}${result.field}`, message: result.message });
          return null;
        }
        return { line, value: result.total, valueLines: result.lines };
      } catch (error) {
        if (error instanceof ValidationError) {
          issues.push(...error.issues);
          return null;
        }
        throw error;
      }
    });
    if (issues.length) throw new ValidationError(issues);
    const valued = lines.filter((l): l is NonNullable<typeof l> => l !== null);
    const total = toMoneyString(sum(valued.map((l) => decimal(l.value))));
    // each line is bounded, but hundreds of maximal lines would still overflow NUMERIC(14,2)
    if (decimal(total).gt(MAX_PLAN_TOTAL)) {
      throw new ValidationError([
        { field: "lines", message: "Dit plan is in totaal te groot; controleer de aantallen." },
      ]);
    }
    const lineData = valued.map(({ line, value, valueLines }, position) => ({
      position,
      blockCode: line.blockCode,
      description: line.description?.trim() || null,
      people: line.people ?? 1,
      hoursPerWeek: line.hoursPerWeek || null,
      startDate: date(line.startDate),
      endDate: date(line.endDate),
      hours: line.hours || null,
      days: line.days || null,
      count: line.count || null,
      amountExclVat: line.amountExclVat || null,
      bonusCodes: line.bonusCodes ?? [],
      value,
      valueLines: valueLines.map((l) => ({ ...l })),
    }));

    let planId: string;
    if (latest?.status === "DRAFT") {
      const updated = await tx.planVersion.updateMany({
        where: { id: latest.id, version: latest.version },
        data: { reportFrequency: input.reportFrequency, total, version: { increment: 1 } },
      });
      if (updated.count !== 1) throw new ConflictError();
      await tx.planLine.deleteMany({ where: { planVersionId: latest.id } });
      await tx.planLine.createMany({
        data: lineData.map((l) => ({ ...l, planVersionId: latest.id })),
      });
      planId = latest.id;
    } else {
      // No plan yet, or the last one was approved or sent back: a new version, the old one kept.
      const created = await tx.planVersion.create({
        data: {
          contractId: contract.id,
          number: (latest?.number ?? 0) + 1,
          reportFrequency: input.reportFrequency,
          total,
          lines: { create: lineData },
        },
      });
      planId = created.id;
    }
    await audit(tx, actor, {
      action: "plan.save",
      entityType: "PlanVersion",
      entityId: planId,
      contractId: contract.id,
      after: {
        reportFrequency: input.reportFrequency,
        total,
        lines: lineData.map((l) => ({ blockCode: l.blockCode, people: l.people, value: l.value })),
      },
    });
    return tx.planVersion.findUniqueOrThrow({ where: { id: planId } });
  });
}

async function loadPlan(prisma: PrismaClient, planId: string) {
  return prisma.planVersion.findUnique({
    where: { id: planId },
    include: {
      contract: {
        include: {
          consultant: true,
          municipality: { include: { carriedOutBy: true } },
          assessment: lifecycleSelect.assessment,
          planVersions: lifecycleSelect.planVersions,
        },
      },
      lines: true,
    },
  });
}

export async function submitPlan(
  prisma: PrismaClient,
  actor: Viewer,
  planId: string,
  version: number,
) {
  const plan = await loadPlan(prisma, planId);
  if (!plan) throw new NotAllowedError("Dit plan hoort niet bij uw organisatie.");
  refuseWith(planSubmitRefusal(actor, plan.contract, plan));
  if (plan.lines.length === 0)
    throw new ValidationError([
      { field: "lines", message: "Voeg eerst minstens één bouwblok toe aan het plan." },
    ]);
  return prisma.$transaction(async (tx) => {
    const updated = await tx.planVersion.updateMany({
      where: { id: plan.id, version },
      data: { status: "SUBMITTED", submittedAt: new Date(), version: { increment: 1 } },
    });
    if (updated.count !== 1) throw new ConflictError();
    await audit(tx, actor, {
      action: "plan.submit",
      entityType: "PlanVersion",
      entityId: plan.id,
      contractId: plan.contractId,
      before: { status: plan.status },
      after: { status: "SUBMITTED", number: plan.number, total: plan.total.toFixed(2) },
    });
    await mailStaff(tx, plan.contractId, "PLAN_SUBMITTED", {
      subject: `Plan van aanpak ingediend: ${plan.contract.reference}`,
      text: `Versie ${plan.number} van het plan van aanpak voor ${plan.contract.reference} (${plan.contract.title}) is ingediend door ${actor.name} en wacht op uw beoordeling.`,
    });
    return tx.planVersion.findUniqueOrThrow({ where: { id: plan.id } });
  });
}

export async function reviewPlan(
  prisma: PrismaClient,
  actor: Viewer,
  input: { planId: string; version: number; approve: boolean; comment?: string | null },
  publicUrl: string,
) {
  const plan = await loadPlan(prisma, input.planId);
  if (!plan) throw new NotAllowedError("U kunt dit plan niet beoordelen.");
  refuseWith(planReviewRefusal(actor, plan.contract, plan));
  const comment = input.comment?.trim() ?? "";
  if (!input.approve && !comment) {
    throw new ValidationError([
      { field: "comment", message: "Schrijf welke wijzigingen u vraagt." },
    ]);
  }
  const status: PlanStatus = input.approve ? "APPROVED" : "CHANGES_REQUESTED";
  return prisma.$transaction(async (tx) => {
    const updated = await tx.planVersion.updateMany({
      where: { id: plan.id, version: input.version },
      data: {
        status,
        reviewedAt: new Date(),
        reviewedById: actor.userId,
        reviewComment: comment || null,
        version: { increment: 1 },
      },
    });
    if (updated.count !== 1) throw new ConflictError();
    // An approved plan is what the contract is executed against, once the intake is confirmed
    // too (the domain's lifecycle); before that it stays in the planning phase.
    const contractStatus = input.approve
      ? statusAfterAgreement({ ...lifecycleFacts(plan.contract), planApproved: true })
      : plan.contract.status;
    if (contractStatus !== plan.contract.status) {
      await tx.contract.update({
        where: { id: plan.contractId },
        data: { status: contractStatus, version: { increment: 1 } },
      });
    }
    await audit(tx, actor, {
      action: input.approve ? "plan.approve" : "plan.requestChanges",
      entityType: "PlanVersion",
      entityId: plan.id,
      contractId: plan.contractId,
      before: { status: plan.status },
      after: {
        status,
        comment: comment || null,
        ...(contractStatus !== plan.contract.status ? { contractStatus } : {}),
      },
    });
    await noticePlanReviewed(
      tx,
      plan.contract,
      { planNumber: plan.number, approved: input.approve, comment: comment || null },
      publicUrl,
    );
    return tx.planVersion.findUniqueOrThrow({ where: { id: plan.id } });
  });
}
