// A policy version as the policy pages read it, and the same data in the shape of the domain's
// rules, so a page states every rule in the words the comparison and the rekenhulp use.
import {
  describePolicyRules,
  type PolicyRule,
  type PolicyRuleSettings,
  selectPolicyInForce,
} from "@sroi/domain";
import { graphql } from "../gql";
import type { PolicyDetailsFragment } from "../gql/graphql";

export const PolicyDetailsFields = graphql(`
  fragment PolicyDetails on Policy {
    id
    name
    status
    validFrom
    percentage
    thresholdWorks
    thresholdServices
    thresholdSupplies
    thresholdSubsidy
    belowThreshold
    suppliesMinLabourShare
    suppliesReducedPercentage
    cap
    psoDiscounts {
      level
      discount
    }
    contactDeadlineDays
    reportFrequency
    source
    conceptNote
    viewerCanEdit
    viewerCanManage
    viewerCanRetire
    problems {
      path
      message
    }
  }
`);

export type PolicySettings = Pick<
  PolicyDetailsFragment,
  | "percentage"
  | "thresholdWorks"
  | "thresholdServices"
  | "thresholdSupplies"
  | "thresholdSubsidy"
  | "belowThreshold"
  | "suppliesMinLabourShare"
  | "suppliesReducedPercentage"
  | "cap"
  | "psoDiscounts"
  | "contactDeadlineDays"
  | "reportFrequency"
>;

export function ruleSettings(policy: PolicySettings): PolicyRuleSettings {
  return {
    thresholds: {
      WORKS: policy.thresholdWorks,
      SERVICES: policy.thresholdServices,
      SUPPLIES: policy.thresholdSupplies,
      SUBSIDY: policy.thresholdSubsidy,
    },
    percentage: policy.percentage,
    belowThreshold: policy.belowThreshold,
    suppliesMinLabourShare: policy.suppliesMinLabourShare,
    suppliesBelowLabourShare:
      policy.suppliesReducedPercentage === null
        ? { kind: "NONE" }
        : { kind: "PERCENTAGE", percentage: policy.suppliesReducedPercentage },
    cap: policy.cap,
    psoDiscounts: Object.fromEntries(
      policy.psoDiscounts.map((discount) => [discount.level, discount.discount]),
    ),
    contactDeadlineDays: policy.contactDeadlineDays,
    reportFrequency: policy.reportFrequency,
  };
}

/** Every rule in words; an empty list when the policy cannot be read (a half-edited draft). */
export function policyRules(policy: PolicySettings): PolicyRule[] {
  try {
    return describePolicyRules(ruleSettings(policy));
  } catch {
    return [];
  }
}

/** The id of the published version in force today, if any. */
export function policyInForce(
  policies: { id: string; status: string; validFrom: string | null }[],
  today: string,
): string | null {
  const published = policies.flatMap((policy) =>
    policy.status === "PUBLISHED" && policy.validFrom !== null
      ? [{ id: policy.id, validFrom: policy.validFrom }]
      : [],
  );
  return selectPolicyInForce(published, today)?.id ?? null;
}
