import { describe, expect, it } from "vitest";
import { describeAction, describeChanges } from "../src/audit/describe";

describe("an eindbeoordeling in the audit trail", () => {
  it("names the action and shows the outcome and its figures in words and euros", () => {
    expect(describeAction("contract.assess")).toBe("Eindbeoordeling vastgelegd");
    // As services/assessment.ts in the API records it
    const changes = describeChanges(
      JSON.stringify({ status: "IN_EXECUTION", assessment: null }),
      JSON.stringify({
        status: "CLOSED",
        outcome: "SANCTIONED",
        recoveryUntil: null,
        sanctionAmount: "250924.16",
        reason: null,
        obligation: "260000.00",
        accepted: "9075.84",
      }),
    );
    expect(
      Object.fromEntries(
        changes.map((change) => [change.label, [change.before ?? null, change.after ?? null]]),
      ),
    ).toEqual({
      Status: ["In uitvoering", "Afgesloten"],
      Uitkomst: [null, "Sanctie"],
      "Herstelperiode tot en met": [null, "leeg"],
      Sanctie: [null, "€ 250.924,16"],
      "SR-verplichting bij de beoordeling": [null, "€ 260.000,00"],
      "Geaccepteerd bij de beoordeling": [null, "€ 9.075,84"],
      Reden: [null, "leeg"],
    });
  });
});

describe("a plan van aanpak in the audit trail", () => {
  it("names the actions and shows the saved lines, total and frequency in words", () => {
    expect(describeAction("plan.save")).toBe("Plan van aanpak opgeslagen");
    expect(describeAction("plan.requestChanges")).toBe(
      "Wijzigingen in het plan van aanpak gevraagd",
    );
    // As services/plans.ts in the API records a save
    const saved = describeChanges(
      null,
      JSON.stringify({
        reportFrequency: "QUARTERLY",
        total: "26356.16",
        lines: [
          { blockCode: "PW", people: 2, value: "22356.16" },
          { blockCode: "INITIATIEF", people: 1, value: "4000.00" },
        ],
      }),
    );
    expect(Object.fromEntries(saved.map((change) => [change.label, change.after]))).toEqual({
      Rapportagefrequentie: "per kwartaal",
      "Totaal van het plan": "€ 26.356,16",
      Regels: "PW × 2: € 22.356,16; INITIATIEF: € 4.000,00",
    });
    // and an approval, which also moves the contract on
    const approved = describeChanges(
      JSON.stringify({ status: "SUBMITTED" }),
      JSON.stringify({ status: "APPROVED", comment: null, contractStatus: "IN_EXECUTION" }),
    );
    expect(approved.map((change) => [change.label, change.before ?? null, change.after])).toEqual([
      ["Status", "Ingediend", "Goedgekeurd"],
      ["Opmerking bij de beoordeling", null, "leeg"],
      ["Status van de opdracht", null, "In uitvoering"],
    ]);
  });
});
