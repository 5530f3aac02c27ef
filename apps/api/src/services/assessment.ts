// The eindbeoordeling: after the end date the gemeente or WSP records the outcome. A sanction
// defaults to the unrealised part of the obligation; another amount needs a reason. An ACTIVITY
// obligation is fulfilled by an accepted community activity.
import type { AssessmentOutcome, ContractStatus, Prisma, PrismaClient } from "@prisma/client";
import { toIsoDate } from "@sroi/db";
import {
  compareIsoDates,
  contractProgress,
  countCommunityActivities,
  decimal,
  describeAssessmentOutcome,
  dutchDate,
  formatDate,
  formatEuro,
  isAssessable,
  isIsoDate,
  isMoneyAmount,
  toMoneyString,
} from "@sroi/domain";
import { canManageContract, type Viewer } from "../auth/viewer.js";
import {
  ConflictError,
  type FieldIssue,
  NotAllowedError,
  refuseWith,
  ValidationError,
} from "../errors.js";
import { audit } from "./audit.js";
import { noticeAssessmentRecorded } from "./notices/contractor.js";

/**
 * Why the viewer may not record the eindbeoordeling now, in the words the admin app shows; null
 * when they may: a manager of the contract, not yet assessed unless it is in a recovery period, and
 * once it is assessable (the domain's rule). Contract.assessRefusal shows this very answer.
 */
export function assessRefusal(
  actor: Viewer | null,
  contract: {
    municipalityId: string;
    contractorId: string;
    status: ContractStatus;
    endDate: Date | null;
    assessment: {
      outcome: AssessmentOutcome;
      recoveryUntil: Date | null;
      sanctionAmount: Prisma.Decimal | null;
    } | null;
  },
  today: string,
): string | null {
  if (!canManageContract(actor, contract)) return "U kunt deze opdracht niet beoordelen.";
  const { assessment } = contract;
  if (assessment && assessment.outcome !== "RECOVERY_PERIOD") {
    const outcome = describeAssessmentOutcome({
      outcome: assessment.outcome,
      recoveryUntil: assessment.recoveryUntil ? toIsoDate(assessment.recoveryUntil) : null,
      sanctionAmount: assessment.sanctionAmount?.toFixed(2) ?? null,
    });
    return `Deze opdracht is al beoordeeld: ${outcome}.`;
  }
  const endDate = contract.endDate ? toIsoDate(contract.endDate) : null;
  if (!isAssessable({ status: contract.status, endDate }, today)) {
    return endDate
      ? `Deze opdracht loopt tot en met ${formatDate(endDate)}. U legt de eindbeoordeling vast na de einddatum, of eerder als de opdracht in de fase eindbeoordeling staat.`
      : "Deze opdracht heeft geen einddatum. U legt de eindbeoordeling vast als de opdracht in de fase eindbeoordeling staat.";
  }
  return null;
}

export async function assessContract(
  prisma: PrismaClient,
  actor: Viewer,
  input: {
    contractId: string;
    version: number;
    outcome: AssessmentOutcome;
    recoveryUntil?: string | null;
    sanctionAmount?: string | null;
    reason?: string | null;
  },
  publicUrl: string,
) {
  return prisma.$transaction(async (tx) => {
    const contract = await tx.contract.findUnique({
      where: { id: input.contractId },
      include: {
        realisations: { select: { status: true, value: true, blockCode: true } },
        assessment: true,
        catalogueVersion: { include: { blocks: true } },
        municipality: true,
      },
    });
    if (!contract || !canManageContract(actor, contract))
      throw new NotAllowedError("U kunt deze opdracht niet beoordelen.");
    if (contract.version !== input.version) throw new ConflictError();
    const today = dutchDate(new Date());
    refuseWith(assessRefusal(actor, contract, today));
    const progress = contractProgress(
      contract.obligationAmount.toFixed(2),
      contract.realisations.map((r) => ({ status: r.status, value: r.value.toFixed(2) })),
      "0",
    );
    const reason = input.reason?.trim() ?? "";
    const issues: FieldIssue[] = [];
    const hasAcceptedActivity =
      countCommunityActivities(contract.realisations, contract.catalogueVersion?.blocks ?? [])
        .accepted > 0;
    let sanctionAmount: string | null = null;
    switch (input.outcome) {
      case "FULFILLED":
        if (contract.obligationKind === "ACTIVITY" && !hasAcceptedActivity) {
          issues.push({
            field: "outcome",
            message:
              "Er is nog geen geaccepteerde maatschappelijke activiteit: de verplichting is niet vervuld.",
          });
        }
        if (contract.obligationKind === "PERCENTAGE" && decimal(progress.gap).gt(0)) {
          issues.push({
            field: "outcome",
            message: `Er staat nog ${formatEuro(progress.gap)} open: kies een herstelperiode, een sanctie of kwijtschelding.`,
          });
        }
        break;
      case "RECOVERY_PERIOD":
        if (
          !input.recoveryUntil ||
          !isIsoDate(input.recoveryUntil) ||
          compareIsoDates(input.recoveryUntil, today) <= 0
        ) {
          issues.push({
            field: "recoveryUntil",
            message: "Kies de datum tot wanneer de herstelperiode loopt; die ligt na vandaag.",
          });
        }
        break;
      case "SANCTIONED": {
        const amount = input.sanctionAmount?.trim() || progress.gap;
        if (!isMoneyAmount(amount))
          issues.push({
            field: "sanctionAmount",
            message: "Vul het bedrag van de sanctie in euro's in.",
          });
        else {
          sanctionAmount = toMoneyString(decimal(amount));
          if (!decimal(sanctionAmount).eq(decimal(progress.gap)) && !reason) {
            issues.push({
              field: "reason",
              message: `De sanctie wijkt af van het niet-gerealiseerde deel (${formatEuro(progress.gap)}): leg uit waarom.`,
            });
          }
        }
        break;
      }
      case "WAIVED":
        if (!reason)
          issues.push({
            field: "reason",
            message: "Leg uit waarom de verplichting wordt kwijtgescholden.",
          });
        break;
    }
    if (issues.length) throw new ValidationError(issues);
    const data = {
      outcome: input.outcome,
      recoveryUntil:
        input.outcome === "RECOVERY_PERIOD" && input.recoveryUntil
          ? new Date(`${input.recoveryUntil}T00:00:00Z`)
          : null,
      sanctionAmount,
      reason: reason || null,
      obligationAmount: progress.obligation,
      acceptedAmount: progress.accepted,
      decidedById: actor.userId,
      decidedAt: new Date(),
    };
    const assessment = contract.assessment
      ? await tx.assessment.update({ where: { id: contract.assessment.id }, data })
      : await tx.assessment.create({ data: { ...data, contractId: contract.id } });
    // A recovery period keeps the contract open for assessment; every other outcome closes it.
    const status = input.outcome === "RECOVERY_PERIOD" ? "ASSESSMENT" : "CLOSED";
    await tx.contract.update({
      where: { id: contract.id },
      data: { status, version: { increment: 1 } },
    });
    await audit(tx, actor, {
      action: "contract.assess",
      entityType: "Contract",
      entityId: contract.id,
      contractId: contract.id,
      before: { status: contract.status, assessment: contract.assessment?.outcome ?? null },
      after: {
        status,
        outcome: input.outcome,
        recoveryUntil: input.recoveryUntil ?? null,
        sanctionAmount,
        reason: reason || null,
        obligation: progress.obligation,
        accepted: progress.accepted,
      },
    });
    await noticeAssessmentRecorded(tx, contract, assessment, publicUrl);
    return assessment;
  });
}
