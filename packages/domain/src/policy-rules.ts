// A gemeente's SR policy in words, rule by rule, so a policy page and a comparison of two
// versions read the same way.
import { formatEuro, formatShare } from "./format.js";
import { CONTRACT_KIND_LABELS, CONTRACT_KINDS, type ObligationPolicy } from "./obligation.js";
import { PSO_LEVEL_LABELS, psoLevelOfKey } from "./pso.js";

export interface PolicyRuleSettings extends ObligationPolicy {
  contactDeadlineDays: number;
  reportFrequency: "MONTHLY" | "QUARTERLY" | "HALF_YEARLY";
}

export interface PolicyRule {
  field: string;
  label: string;
  value: string;
}

const FREQUENCY_LABELS = {
  MONTHLY: "maandelijks",
  QUARTERLY: "per kwartaal",
  HALF_YEARLY: "per half jaar",
};

export function describePolicyRules(policy: PolicyRuleSettings): PolicyRule[] {
  const rules: PolicyRule[] = [
    {
      field: "percentage",
      label: "Percentage van de opdrachtwaarde",
      value: formatShare(policy.percentage),
    },
  ];
  for (const kind of CONTRACT_KINDS) {
    const threshold = policy.thresholds[kind];
    rules.push({
      field: `threshold.${kind}`,
      label: `Drempel ${CONTRACT_KIND_LABELS[kind].toLowerCase()}`,
      value: threshold === null ? "geen social return" : `vanaf ${formatEuro(threshold)} excl. btw`,
    });
  }
  rules.push({
    field: "belowThreshold",
    label: "Onder de drempel",
    value:
      policy.belowThreshold === "ACTIVITY"
        ? "één maatschappelijke activiteit"
        : "geen verplichting",
  });
  const minShare = policy.suppliesMinLabourShare;
  const reduced = policy.suppliesBelowLabourShare;
  rules.push({
    field: "suppliesLabourShare",
    label: "Leveringen met weinig arbeid",
    value:
      minShare == null
        ? "geen aparte regel"
        : `onder ${formatShare(minShare)} arbeid: ${
            reduced && reduced.kind === "PERCENTAGE"
              ? `${formatShare(reduced.percentage)} in plaats van het percentage`
              : "geen verplichting"
          }`,
  });
  rules.push({
    field: "cap",
    label: "Maximum per opdracht",
    value: policy.cap == null ? "geen maximum" : formatEuro(policy.cap),
  });
  const discounts = Object.entries(policy.psoDiscounts ?? {});
  rules.push({
    field: "psoDiscounts",
    label: "Korting voor PSO-trede",
    value: discounts.length
      ? discounts
          .map(([key, discount]) => {
            const level = psoLevelOfKey(key);
            return `${level ? PSO_LEVEL_LABELS[level] : `trede ${key}`}: ${formatShare(discount)} korting`;
          })
          .join("; ")
      : "geen",
  });
  rules.push({
    field: "contactDeadlineDays",
    label: "Contact na gunning",
    value: `binnen ${policy.contactDeadlineDays} ${policy.contactDeadlineDays === 1 ? "dag" : "dagen"} na gunning`,
  });
  rules.push({
    field: "reportFrequency",
    label: "Standaard verantwoording",
    value: FREQUENCY_LABELS[policy.reportFrequency],
  });
  return rules;
}

export function comparePolicyRules(
  before: PolicyRuleSettings,
  after: PolicyRuleSettings,
): { field: string; label: string; before: string; after: string }[] {
  const old = new Map(describePolicyRules(before).map((rule) => [rule.field, rule]));
  return describePolicyRules(after).flatMap((rule) => {
    const was = old.get(rule.field);
    return was && was.value !== rule.value
      ? [{ field: rule.field, label: rule.label, before: was.value, after: rule.value }]
      : [];
  });
}
