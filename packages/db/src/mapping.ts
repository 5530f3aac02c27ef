// Stored rows → the plain inputs of the domain rules. Decimals become exact strings here, once,
// so no rule ever sees a Prisma type.
import type { Block, Bonus, Policy, Prisma } from "@prisma/client";
import type { BlockDefinition, BonusDefinition, ObligationPolicy } from "@sroi/domain";

const text = (value: Prisma.Decimal | null): string | null =>
  value === null ? null : value.toString();

export function toBlockDefinition(block: Block): BlockDefinition {
  return {
    code: block.code,
    name: block.name,
    category: block.category,
    kind: block.kind,
    amount: block.amount === null ? null : block.amount.toFixed(2),
    share: text(block.share),
    maxMonths: block.maxMonths,
    minHoursPerWeek: text(block.minHoursPerWeek),
    note: block.note,
  };
}

export function toBonusDefinition(bonus: Bonus): BonusDefinition {
  return {
    code: bonus.code,
    name: bonus.name,
    amount: bonus.amount.toFixed(2),
    appliesTo: bonus.appliesTo,
    oneOff: bonus.oneOff,
  };
}

function psoDiscounts(value: Prisma.JsonValue): Record<string, string> {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return {};
  return Object.fromEntries(
    Object.entries(value).filter(
      (entry): entry is [string, string] => typeof entry[1] === "string",
    ),
  );
}

export function toObligationPolicy(policy: Policy): ObligationPolicy {
  return {
    thresholds: {
      WORKS: text(policy.thresholdWorks),
      SERVICES: text(policy.thresholdServices),
      SUPPLIES: text(policy.thresholdSupplies),
      SUBSIDY: text(policy.thresholdSubsidy),
    },
    percentage: policy.percentage.toString(),
    belowThreshold: policy.belowThreshold,
    suppliesMinLabourShare: text(policy.suppliesMinLabourShare),
    suppliesBelowLabourShare:
      policy.suppliesReducedPercentage === null
        ? { kind: "NONE" }
        : { kind: "PERCENTAGE", percentage: policy.suppliesReducedPercentage.toString() },
    cap: text(policy.cap),
    psoDiscounts: psoDiscounts(policy.psoDiscounts),
  };
}

/** yyyy-mm-dd of a @db.Date column (stored at UTC midnight). */
export function toIsoDate(value: Date): string {
  return value.toISOString().slice(0, 10);
}
