// Stored rows → the plain inputs of the domain rules. Decimals become exact strings here, once,
// so no rule ever sees a Prisma type.
import type { Block, Bonus, CatalogueVersion, Policy, Prisma } from "@prisma/client";
import {
  type BlockDefinition,
  type BonusDefinition,
  type ObligationPolicy,
  selectCatalogueInForce,
  selectPolicyInForce,
} from "@sroi/domain";

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

/** The published policy in force on a date (rules in @sroi/domain), from a gemeente's rows. */
export function choosePolicyInForce<Row extends Pick<Policy, "id" | "status" | "validFrom">>(
  policies: Row[],
  date: string,
): Row | null {
  const published = policies.flatMap((policy) =>
    policy.status === "PUBLISHED" && policy.validFrom
      ? [{ id: policy.id, validFrom: toIsoDate(policy.validFrom) }]
      : [],
  );
  const chosen = selectPolicyInForce(published, date);
  return policies.find((policy) => policy.id === chosen?.id) ?? null;
}

/** The published catalogue version in force on a date, from a region's rows in creation order. */
export function chooseCatalogueInForce<
  Row extends Pick<CatalogueVersion, "id" | "status" | "validFrom">,
>(versions: Row[], date: string): Row | null {
  const chosen = selectCatalogueInForce(
    versions.map((v) => ({
      id: v.id,
      status: v.status,
      validFrom: v.validFrom ? toIsoDate(v.validFrom) : null,
    })),
    date,
  );
  return versions.find((version) => version.id === chosen?.id) ?? null;
}
