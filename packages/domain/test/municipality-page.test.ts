import { describe, expect, it } from "vitest";
import { explainPolicyPlainly, municipalitySlug } from "../src/municipality-page.js";
import type { PolicyRuleSettings } from "../src/policy-rules.js";

describe("municipalitySlug", () => {
  it.each([
    ["Amersfoort", "amersfoort"],
    ["Súdwest-Fryslân", "sudwest-fryslan"],
    ["'s-Hertogenbosch", "s-hertogenbosch"],
    ["Bergen (NH.)", "bergen-nh"],
    ["Nuenen, Gerwen en Nederwetten", "nuenen-gerwen-en-nederwetten"],
    ["Noardeast-Fryslân", "noardeast-fryslan"],
  ])("%s → %s", (name, slug) => {
    expect(municipalitySlug(name)).toBe(slug);
  });
});

const haarlem: PolicyRuleSettings = {
  thresholds: { WORKS: "100000", SERVICES: "100000", SUPPLIES: null, SUBSIDY: "50000" },
  percentage: "0.05",
  belowThreshold: "ACTIVITY",
  suppliesMinLabourShare: null,
  cap: "250000",
  psoDiscounts: { "3": "0.50" },
  contactDeadlineDays: 7,
  reportFrequency: "QUARTERLY",
};

describe("explainPolicyPlainly", () => {
  it("states every rule in a sentence, with the amounts to the cent", () => {
    expect(explainPolicyPlainly(haarlem, "Team Social Return gemeente Haarlem")).toEqual([
      {
        field: "threshold.WORKS",
        text: "Voor werken vanaf € 100.000,00 (zonder btw) besteedt u 5 % van het bedrag aan social return.",
      },
      {
        field: "threshold.SERVICES",
        text: "Voor diensten vanaf € 100.000,00 (zonder btw) besteedt u 5 % van het bedrag aan social return.",
      },
      {
        field: "threshold.SUPPLIES",
        text: "Voor leveringen vraagt de gemeente geen social return.",
      },
      {
        field: "threshold.SUBSIDY",
        text: "Voor subsidies vanaf € 50.000,00 (zonder btw) besteedt u 5 % van het bedrag aan social return.",
      },
      {
        field: "belowThreshold",
        text: "Is het bedrag lager? Dan doet u één maatschappelijke activiteit, bijvoorbeeld een gastles, een werkbezoek of een sollicitatietraining.",
      },
      { field: "cap", text: "U besteedt per opdracht nooit meer dan € 250.000,00." },
      {
        field: "psoDiscounts",
        text: "Heeft uw bedrijf een PSO-certificaat (Prestatieladder Socialer Ondernemen)? Dan hoeft u minder te doen: 50 % minder bij trede 3.",
      },
      {
        field: "contactDeadlineDays",
        text: "Heeft u de opdracht gekregen? Neem dan binnen 7 dagen contact op met Team Social Return gemeente Haarlem. Samen maakt u een plan.",
      },
    ]);
  });

  it("says when small contracts owe nothing, no PSO discount, and the supplies labour rule", () => {
    const texts = explainPolicyPlainly({
      ...haarlem,
      thresholds: { ...haarlem.thresholds, SUPPLIES: "200000" },
      belowThreshold: "NONE",
      suppliesMinLabourShare: "0.25",
      suppliesBelowLabourShare: { kind: "PERCENTAGE", percentage: "0.02" },
      cap: null,
      psoDiscounts: {},
      contactDeadlineDays: 1,
    }).map(({ text }) => text);
    expect(texts).toContain("Is het bedrag lager? Dan hoeft u niets te doen voor social return.");
    expect(texts).toContain(
      "Is bij een levering minder dan 25 % van het bedrag arbeid? Dan besteedt u 2 % in plaats van 5 %.",
    );
    expect(texts).toContain("Een PSO-certificaat geeft bij deze gemeente geen korting.");
    expect(texts.at(-1)).toBe(
      "Heeft u de opdracht gekregen? Neem dan binnen 1 dag contact op met de gemeente. Samen maakt u een plan.",
    );
    expect(texts.some((text) => text.startsWith("U besteedt per opdracht nooit"))).toBe(false);
  });
});
