// A policy version as the policy pages read it, and the same data in the shape of the domain's
// rules, so a page states every rule in the words the comparison and the rekenhulp use.
import { describePolicyRules, type PolicyRule, type PolicyRuleSettings } from "@sroi/domain";
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
    inForce
    viewerCanEdit
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
