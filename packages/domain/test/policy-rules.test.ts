import { describe, expect, it } from "vitest";
import {
  comparePolicyRules,
  describePolicyRules,
  type PolicyRuleSettings,
} from "../src/policy-rules.js";

const amersfoort: PolicyRuleSettings = {
  percentage: "0.05",
  thresholds: { WORKS: "200000.00", SERVICES: "200000.00", SUPPLIES: "200000.00", SUBSIDY: null },
  belowThreshold: "ACTIVITY",
  suppliesMinLabourShare: null,
  suppliesBelowLabourShare: { kind: "NONE" },
  cap: null,
  psoDiscounts: {},
  contactDeadlineDays: 7,
  reportFrequency: "QUARTERLY",
};

describe("policy rules in words", () => {
  it("describes every rule of the Amersfoort concept policy", () => {
    expect(describePolicyRules(amersfoort).map((r) => `${r.label}: ${r.value}`)).toEqual([
      "Percentage van de opdrachtwaarde: 5 %",
      "Drempel werken: vanaf € 200.000,00 excl. btw",
      "Drempel diensten: vanaf € 200.000,00 excl. btw",
      "Drempel leveringen: vanaf € 200.000,00 excl. btw",
      "Drempel subsidie: geen social return",
      "Onder de drempel: één maatschappelijke activiteit",
      "Leveringen met weinig arbeid: geen aparte regel",
      "Maximum per opdracht: geen maximum",
      "Korting voor PSO-trede: geen",
      "Contact na gunning: binnen 7 dagen na gunning",
      "Standaard verantwoording: per kwartaal",
    ]);
  });

  it("lists only what changed between two versions", () => {
    const stricter: PolicyRuleSettings = {
      ...amersfoort,
      percentage: "0.06",
      suppliesMinLabourShare: "0.30",
      suppliesBelowLabourShare: { kind: "PERCENTAGE", percentage: "0.02" },
      psoDiscounts: { "3": "0.50" },
    };
    expect(comparePolicyRules(amersfoort, stricter)).toEqual([
      {
        field: "percentage",
        label: "Percentage van de opdrachtwaarde",
        before: "5 %",
        after: "6 %",
      },
      {
        field: "suppliesLabourShare",
        label: "Leveringen met weinig arbeid",
        before: "geen aparte regel",
        after: "onder 30 % arbeid: 2 % in plaats van het percentage",
      },
      {
        field: "psoDiscounts",
        label: "Korting voor PSO-trede",
        before: "geen",
        after: "trede 3: 50 % korting",
      },
    ]);
  });
});
