// The eindbeoordeling: after the end date the gemeente or WSP records the outcome. A sanction
// defaults to the unrealised part of the obligation; another amount needs a reason. An ACTIVITY
// obligation is fulfilled by an accepted community activity.
import type { AssessmentOutcome, PrismaClient } from "@prisma/client";
import { toIsoDate } from "@sroi/db";
import {
  compareIsoDates,
  contractProgress,
  decimal,
  dutchDate,
  isIsoDate,
  isMoneyAmount,
  toMoneyString,
} from "@sroi/domain";
import { canManageContract, type Viewer } from "../auth/viewer.js";
import { ConflictError, type FieldIssue, NotAllowedError, ValidationError } from "../errors.js";
import { audit } from "./audit.js";

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
) {
  return prisma.$transaction(async (tx) => {
    const contract = await tx.contract.findUnique({
      where: { id: input.contractId },
      include: {
        realisations: { select: { status: true, value: true, blockCode: true } },
        assessment: true,
        catalogueVersion: { include: { blocks: true } },
      },
    });
    if (!contract || !canManageContract(actor, contract))
      throw new NotAllowedError("U kunt deze opdracht niet beoordelen.");
    if (contract.version !== input.version) throw new ConflictError();
    const today = dutchDate(new Date());
    const ended =
      contract.endDate !== null && compareIsoDates(toIsoDate(contract.endDate), today) < 0;
    if (!ended && contract.status !== "ASSESSMENT") {
      throw new NotAllowedError(
        "Een opdracht wordt beoordeeld na de einddatum, of wanneer zij in de fase eindbeoordeling staat.",
      );
    }
    if (contract.assessment && contract.assessment.outcome !== "RECOVERY_PERIOD") {
      throw new NotAllowedError("Deze opdracht is al beoordeeld.");
    }
    const progress = contractProgress(
      contract.obligationAmount.toFixed(2),
      contract.realisations.map((r) => ({ status: r.status, value: r.value.toFixed(2) })),
      "0",
    );
    const reason = input.reason?.trim() ?? "";
    const issues: FieldIssue[] = [];
    const activityCategories = new Set(
      (contract.catalogueVersion?.blocks ?? [])
        .filter((b) => b.category === "COMMUNITY_ACTIVITY")
        .map((b) => b.code),
    );
    const hasAcceptedActivity = contract.realisations.some(
      (r) =>
        r.status === "ACCEPTED" && (r.blockCode === null || activityCategories.has(r.blockCode)),
    );
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
            message: `Er staat nog ${progress.gap} euro open: kies een herstelperiode, een sanctie of kwijtschelding.`,
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
              message: `De sanctie wijkt af van het niet-gerealiseerde deel (${progress.gap} euro): leg uit waarom.`,
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
    return assessment;
  });
}
