// The audit trail of a contract reads a realisation's events in words, with its fields formatted
// the way the review page shows them.
import { describe, expect, it } from "vitest";
import { describeAction, describeChanges } from "../src/audit/describe";

describe("a realisation in the audit trail", () => {
  it("names the actions of reporting and reviewing", () => {
    expect(describeAction("realisation.submit")).toBe("Verantwoording ingediend");
    expect(describeAction("realisation.reject")).toBe("Verantwoording afgewezen");
    expect(describeAction("evidence.upload")).toBe("Bewijs toegevoegd");
  });

  it("shows a review's status, value and reason in Dutch", () => {
    expect(
      describeChanges(
        JSON.stringify({ status: "SUBMITTED", value: "0.00" }),
        JSON.stringify({ status: "ACCEPTED", value: "3000.00", reason: "30 uur × € 100,00" }),
      ),
    ).toEqual([
      { field: "status", label: "Status", before: "Ingediend", after: "Geaccepteerd" },
      { field: "value", label: "Waarde", before: "€ 0,00", after: "€ 3.000,00" },
      { field: "reason", label: "Reden", after: "30 uur × € 100,00" },
    ]);
  });
});
