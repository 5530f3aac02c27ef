// The social return obligation of one contract under a gemeente's policy (docs/domain.md, "The
// obligation", with a worked example).
// The breakdown lines add up to the amount: the first line is value × percentage, and each
// optional rule that changes the amount is a signed line of its own, so a reader sees each step.
import type Big from "big.js";
import { compareIsoDates } from "./dates.js";
import { formatDate, formatEuro, formatShare } from "./format.js";
import { decimal, roundToCents, sum, toMoneyString, ZERO } from "./money.js";
import { PSO_LEVEL_LABELS, type PsoCertificateFacts, psoDiscountFor } from "./pso.js";
import type { BreakdownLine } from "./valuation.js";

export const CONTRACT_KINDS = ["WORKS", "SERVICES", "SUPPLIES", "SUBSIDY"] as const;
export type ContractKind = (typeof CONTRACT_KINDS)[number];

export const CONTRACT_KIND_LABELS: Record<ContractKind, string> = {
  WORKS: "Werken",
  SERVICES: "Diensten",
  SUPPLIES: "Leveringen",
  SUBSIDY: "Subsidie",
};

// Lower case, to read inside a sentence ("geldt niet voor subsidies").
const CONTRACT_KIND_PLURALS: Record<ContractKind, string> = {
  WORKS: "werken",
  SERVICES: "diensten",
  SUPPLIES: "leveringen",
  SUBSIDY: "subsidies",
};

export type ObligationKind = "PERCENTAGE" | "ACTIVITY" | "NONE";

/** Amounts, percentages and shares are exact decimal strings; a percentage of 5 % is "0.05". */
export interface ObligationPolicy {
  /** Contract value excl. VAT from which the percentage applies; null: never for that kind. */
  thresholds: Record<ContractKind, string | null>;
  percentage: string;
  /** What a contract below its threshold owes: one maatschappelijke activiteit, or nothing. */
  belowThreshold: "ACTIVITY" | "NONE";
  /** Supplies whose labour share is below this fraction get `suppliesBelowLabourShare`. */
  suppliesMinLabourShare?: string | null;
  suppliesBelowLabourShare?: { kind: "NONE" } | { kind: "PERCENTAGE"; percentage: string };
  /** Maximum obligation amount per contract. */
  cap?: string | null;
  /**
   * Discount fraction per PSO level (Prestatieladder Socialer Ondernemen), e.g. { "3": "0.50" };
   * keys name a level as people type it (pso.ts, `psoLevelOfKey`).
   */
  psoDiscounts?: Record<string, string>;
}

export interface ObligationContract {
  kind: ContractKind;
  valueExclVat: string;
  /** Fraction of the contract value that is labour, e.g. "0.25"; matters for supplies only. */
  labourShare?: string | null;
  /**
   * The contractor's PSO certificate covering the award date (pso.ts, `psoCertificateForAward`):
   * a checked one gives the policy's discount, an unchecked one a line saying why not.
   */
  pso?: PsoCertificateFacts | null;
}

export interface Obligation {
  kind: ObligationKind;
  /** The percentage that applied (after a supplies reduction), e.g. "0.05"; null unless PERCENTAGE. */
  percentage: string | null;
  /** Always the sum of the lines. */
  amount: string;
  lines: BreakdownLine[];
}

function money(value: Big): string {
  return toMoneyString(value);
}

function result(
  kind: ObligationKind,
  percentage: string | null,
  lines: BreakdownLine[],
): Obligation {
  return { kind, percentage, amount: money(sum(lines.map((l) => decimal(l.amount)))), lines };
}

/**
 * The obligation of a contract: below its threshold an activity or nothing, otherwise a
 * percentage of the value, adjusted in order by the supplies labour-share rule, the cap and the
 * PSO discount. Throws a TypeError on a malformed decimal; callers validate input first.
 */
export function computeObligation(
  policy: ObligationPolicy,
  contract: ObligationContract,
): Obligation {
  const value = decimal(contract.valueExclVat);
  const threshold = policy.thresholds[contract.kind];
  const kindText = CONTRACT_KIND_PLURALS[contract.kind];

  if (threshold === null) {
    return result("NONE", null, [
      { label: `Social return geldt in dit beleid niet voor ${kindText}`, amount: money(ZERO) },
    ]);
  }
  if (value.lt(decimal(threshold))) {
    const consequence =
      policy.belowThreshold === "ACTIVITY"
        ? "één maatschappelijke activiteit"
        : "geen social return-verplichting";
    return result(policy.belowThreshold, null, [
      {
        label: `Opdrachtwaarde ${formatEuro(value)} excl. btw is lager dan de drempel van ${formatEuro(threshold)} voor ${kindText}: ${consequence}`,
        amount: money(ZERO),
      },
    ]);
  }

  const percentage = decimal(policy.percentage);
  let amount = roundToCents(value.times(percentage));
  const lines: BreakdownLine[] = [
    {
      label: `${formatShare(percentage)} van de opdrachtwaarde ${formatEuro(value)} excl. btw`,
      amount: money(amount),
    },
  ];
  let appliedPercentage: string | null = policy.percentage;

  const minLabourShare = policy.suppliesMinLabourShare;
  if (contract.kind === "SUPPLIES" && minLabourShare != null) {
    if (contract.labourShare == null) {
      // Unknown is not "below": the rule can only lower an obligation on a known labour share.
      lines.push({
        label: `Arbeidsaandeel van de levering onbekend: het volledige percentage geldt, tenzij het arbeidsaandeel lager blijkt dan ${formatShare(minLabourShare)}`,
        amount: money(ZERO),
      });
    } else if (decimal(contract.labourShare).lt(decimal(minLabourShare))) {
      const reason = `Levering met een arbeidsaandeel van ${formatShare(contract.labourShare)}, minder dan ${formatShare(minLabourShare)}`;
      const rule = policy.suppliesBelowLabourShare ?? { kind: "NONE" };
      if (rule.kind === "NONE") {
        lines.push({
          label: `${reason}: geen social return-verplichting`,
          amount: money(amount.times(-1)),
        });
        return result("NONE", null, lines);
      }
      const reduced = roundToCents(value.times(decimal(rule.percentage)));
      lines.push({
        label: `${reason}: ${formatShare(rule.percentage)} in plaats van ${formatShare(percentage)} (${formatEuro(reduced)})`,
        amount: money(reduced.minus(amount)),
      });
      amount = reduced;
      appliedPercentage = rule.percentage;
    }
  }

  if (policy.cap != null) {
    const cap = decimal(policy.cap);
    if (amount.gt(cap)) {
      lines.push({
        label: `Maximum per opdracht volgens het beleid: ${formatEuro(cap)}`,
        amount: money(cap.minus(amount)),
      });
      amount = cap;
    }
  }

  if (contract.pso) {
    const line = psoLine(policy, contract.pso, amount);
    lines.push(line);
    amount = amount.plus(decimal(line.amount));
  }

  return result("PERCENTAGE", appliedPercentage, lines);
}

/** The PSO discount on the amount so far, or a zero line saying why there is none. */
function psoLine(
  policy: ObligationPolicy,
  certificate: PsoCertificateFacts,
  amount: Big,
): BreakdownLine {
  const level = PSO_LEVEL_LABELS[certificate.level];
  if (!certificate.checked) {
    return {
      label: `Geen PSO-korting: certificaat ${certificate.certificateNumber} (${level}) is nog niet gecontroleerd`,
      amount: money(ZERO),
    };
  }
  const discount = psoDiscountFor(policy.psoDiscounts, certificate.level);
  if (discount === null) {
    return {
      label: `Geen PSO-korting: ${level} (certificaat ${certificate.certificateNumber}) staat niet in de kortingstabel van dit beleid`,
      amount: money(ZERO),
    };
  }
  const fraction = decimal(discount);
  if (fraction.lt(0) || fraction.gt(1)) {
    throw new RangeError(
      `PSO discount for level ${certificate.level} must be between 0 and 1, got ${discount}`,
    );
  }
  const deduction = roundToCents(amount.times(fraction));
  return {
    label: `PSO-korting ${level} (certificaat ${certificate.certificateNumber}, geldig t/m ${formatDate(certificate.validUntil)}): ${formatShare(fraction)} van ${formatEuro(amount)}`,
    amount: money(ZERO.minus(deduction)),
  };
}

/**
 * The policy version in force on a date: the one with the latest `validFrom` on or before it, or
 * null when none had started. Of two versions with the same date, the later in the list wins.
 */
export function selectPolicyInForce<T extends { validFrom: string }>(
  policies: readonly T[],
  referenceDate: string,
): T | null {
  let inForce: T | null = null;
  for (const policy of policies) {
    if (compareIsoDates(policy.validFrom, referenceDate) > 0) continue;
    if (inForce === null || compareIsoDates(policy.validFrom, inForce.validFrom) >= 0)
      inForce = policy;
  }
  return inForce;
}
