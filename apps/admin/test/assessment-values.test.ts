import { describe, expect, it } from "vitest";
import {
  initialAssessmentValues,
  reasonRequired,
  toAssessmentInput,
} from "../src/contracts/assessment-values";

const GAP = "250924.16";

describe("the eindbeoordeling form", () => {
  it("starts without an outcome and with the unrealised part as the sanction", () => {
    expect(initialAssessmentValues(GAP)).toEqual({
      outcome: "",
      recoveryUntil: "",
      sanctionAmount: "250924,16",
      reason: "",
    });
  });

  it("asks for an outcome first", () => {
    expect(toAssessmentInput(initialAssessmentValues(GAP), GAP)).toEqual({
      ok: false,
      issues: [{ field: "outcome", message: "Kies de uitkomst van de eindbeoordeling." }],
    });
  });

  it("sends the default sanction without a reason", () => {
    const values = { ...initialAssessmentValues(GAP), outcome: "SANCTIONED" as const };
    expect(reasonRequired(values, GAP)).toBe(false);
    expect(toAssessmentInput(values, GAP)).toEqual({
      ok: true,
      input: {
        outcome: "SANCTIONED",
        recoveryUntil: null,
        sanctionAmount: "250924.16",
        reason: null,
      },
    });
  });

  it("needs a reason for another sanction amount, and reads it the Dutch way", () => {
    const values = {
      ...initialAssessmentValues(GAP),
      outcome: "SANCTIONED" as const,
      sanctionAmount: "1.000,50",
    };
    expect(reasonRequired(values, GAP)).toBe(true);
    expect(toAssessmentInput(values, GAP)).toEqual({
      ok: false,
      issues: [
        {
          field: "reason",
          message:
            "De sanctie wijkt af van het niet-gerealiseerde deel (€ 250.924,16): leg uit waarom.",
        },
      ],
    });
    expect(toAssessmentInput({ ...values, reason: "  Afspraak met de wethouder. " }, GAP)).toEqual({
      ok: true,
      input: {
        outcome: "SANCTIONED",
        recoveryUntil: null,
        sanctionAmount: "1000.50",
        reason: "Afspraak met de wethouder.",
      },
    });
  });

  it("refuses an amount that is no amount", () => {
    const values = {
      ...initialAssessmentValues(GAP),
      outcome: "SANCTIONED" as const,
      sanctionAmount: "veel",
    };
    expect(toAssessmentInput(values, GAP)).toEqual({
      ok: false,
      issues: [
        {
          field: "sanctionAmount",
          message: "Schrijf het bedrag van de sanctie in euro's, bijvoorbeeld 1.250,00.",
        },
      ],
    });
  });

  it("needs a reason for a waiver and a date for a recovery period", () => {
    const waived = { ...initialAssessmentValues(GAP), outcome: "WAIVED" as const };
    expect(reasonRequired(waived, GAP)).toBe(true);
    expect(toAssessmentInput(waived, GAP)).toEqual({
      ok: false,
      issues: [
        { field: "reason", message: "Leg uit waarom de verplichting wordt kwijtgescholden." },
      ],
    });
    const recovery = { ...initialAssessmentValues(GAP), outcome: "RECOVERY_PERIOD" as const };
    expect(toAssessmentInput(recovery, GAP)).toMatchObject({
      ok: false,
      issues: [{ field: "recoveryUntil" }],
    });
    // Only what the chosen outcome needs is sent: not the sanction still in its box.
    expect(toAssessmentInput({ ...recovery, recoveryUntil: "2027-03-01" }, GAP)).toEqual({
      ok: true,
      input: {
        outcome: "RECOVERY_PERIOD",
        recoveryUntil: "2027-03-01",
        sanctionAmount: null,
        reason: null,
      },
    });
  });
});
