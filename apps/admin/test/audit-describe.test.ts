import { describe, expect, it } from "vitest";
import { describeAction, describeChanges } from "../src/audit/describe";

describe("describeChanges", () => {
  it("shows a correction's fields before and after, as the app formats them", () => {
    const changes = describeChanges(
      JSON.stringify({
        valueExclVat: "480000.00",
        obligationAmount: "24000.00",
        status: "AWARDED",
      }),
      JSON.stringify({
        valueExclVat: "520000.50",
        obligationAmount: "26000.03",
        status: "PLANNING",
        obligationLines: [{ label: "5 % van € 520.000,50", amount: "26000.03" }],
      }),
    );
    expect(changes).toEqual([
      {
        field: "valueExclVat",
        label: "Opdrachtwaarde excl. btw",
        before: "€ 480.000,00",
        after: "€ 520.000,50",
      },
      { field: "status", label: "Status", before: "Gegund", after: "Plan van aanpak" },
      {
        field: "obligationAmount",
        label: "SR-verplichting",
        before: "€ 24.000,00",
        after: "€ 26.000,03",
      },
      // New with the event: no value before.
      { field: "obligationLines", label: "Berekening", after: "5 % van € 520.000,50: € 26.000,03" },
    ]);
  });

  it("leaves the empty fields of a registration out, and names an accountmanager", () => {
    const changes = describeChanges(
      null,
      JSON.stringify({
        title: "Schoonmaak",
        labourShare: null,
        consultantId: "u1",
        awardDate: "2026-11-20",
      }),
      { consultantNames: new Map([["u1", "Wendy Jansen"]]) },
    );
    expect(changes).toEqual([
      { field: "title", label: "Titel", after: "Schoonmaak" },
      { field: "awardDate", label: "Gunningsdatum", after: "20 november 2026" },
      { field: "consultantId", label: "Accountmanager", after: "Wendy Jansen" },
    ]);
  });

  it("keeps unknown actions and unreadable JSON readable, in Dutch", () => {
    expect(describeAction("contract.status")).toBe("Status gewijzigd");
    expect(describeAction("iets.nieuws")).toBe("Andere gebeurtenis");
    expect(describeChanges(null, "geen json")).toEqual([
      { field: "waarde", label: "Ander gegeven", after: "geen json" },
    ]);
  });
});
