// The public page of a gemeente: its address (slug) and its SR policy in plain Dutch (B1), written
// from the same rule settings the obligation and the rekenhulp compute with, so the page and the
// calculation cannot say different things.
import { formatEuro, formatShare } from "./format.js";
import { CONTRACT_KINDS, type ContractKind } from "./obligation.js";
import type { PolicyRuleSettings } from "./policy-rules.js";
import { PSO_LEVEL_LABELS, psoLevelOfKey } from "./pso.js";

/**
 * "Súdwest-Fryslân" → "sudwest-fryslan", "'s-Hertogenbosch" → "s-hertogenbosch": lower case,
 * diacritics dropped, every other run of characters that are not a letter or digit one "-".
 */
export function municipalitySlug(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

export interface PlainPolicyPoint {
  /** which rule the sentence states (the field names of describePolicyRules) */
  field: string;
  text: string;
}

// Lower case, to read inside a sentence.
const KIND_WORDS: Record<ContractKind, string> = {
  WORKS: "werken",
  SERVICES: "diensten",
  SUPPLIES: "leveringen",
  SUBSIDY: "subsidies",
};

const days = (count: number) => `${count} ${count === 1 ? "dag" : "dagen"}`;

/**
 * The policy in short sentences a contractor reads on the gemeente's page: when social return
 * applies and how much, what a small contract owes, the PSO discount and the contact deadline.
 * `carriedOutBy` names whom to contact after award, when the gemeente has set it.
 */
export function explainPolicyPlainly(
  policy: PolicyRuleSettings,
  carriedOutBy: string | null = null,
): PlainPolicyPoint[] {
  const percentage = formatShare(policy.percentage);
  const points: PlainPolicyPoint[] = [];
  for (const kind of CONTRACT_KINDS) {
    const threshold = policy.thresholds[kind];
    const word = KIND_WORDS[kind];
    points.push({
      field: `threshold.${kind}`,
      text:
        threshold === null
          ? `Voor ${word} vraagt de gemeente geen social return.`
          : `Voor ${word} vanaf ${formatEuro(threshold)} (zonder btw) besteedt u ${percentage} van het bedrag aan social return.`,
    });
  }
  points.push({
    field: "belowThreshold",
    text:
      policy.belowThreshold === "ACTIVITY"
        ? "Is het bedrag lager? Dan doet u één maatschappelijke activiteit, bijvoorbeeld een gastles, een werkbezoek of een sollicitatietraining."
        : "Is het bedrag lager? Dan hoeft u niets te doen voor social return.",
  });
  const minShare = policy.suppliesMinLabourShare;
  if (minShare != null && policy.thresholds.SUPPLIES !== null) {
    const reduced = policy.suppliesBelowLabourShare;
    points.push({
      field: "suppliesLabourShare",
      text: `Is bij een levering minder dan ${formatShare(minShare)} van het bedrag arbeid? ${
        reduced?.kind === "PERCENTAGE"
          ? `Dan besteedt u ${formatShare(reduced.percentage)} in plaats van ${percentage}.`
          : "Dan hoeft u niets te doen voor social return."
      }`,
    });
  }
  if (policy.cap != null) {
    points.push({
      field: "cap",
      text: `U besteedt per opdracht nooit meer dan ${formatEuro(policy.cap)}.`,
    });
  }
  const discounts = Object.entries(policy.psoDiscounts ?? {});
  points.push({
    field: "psoDiscounts",
    text: discounts.length
      ? `Heeft uw bedrijf een PSO-certificaat (Prestatieladder Socialer Ondernemen)? Dan hoeft u minder te doen: ${discounts
          .map(([key, discount]) => {
            const level = psoLevelOfKey(key);
            return `${formatShare(discount)} minder bij ${level ? PSO_LEVEL_LABELS[level] : `trede ${key}`}`;
          })
          .join(", ")}.`
      : "Een PSO-certificaat geeft bij deze gemeente geen korting.",
  });
  points.push({
    field: "contactDeadlineDays",
    text: `Heeft u de opdracht gekregen? Neem dan binnen ${days(policy.contactDeadlineDays)} contact op met ${
      carriedOutBy ?? "de gemeente"
    }. Samen maakt u een plan.`,
  });
  return points;
}
