import { describe, expect, it } from "vitest";
import {
  allowedTransitions,
  contactDueDate,
  deadlineState,
  dutchDate,
  isAssessable,
  isDueForAssessment,
  type LifecycleFacts,
  nextStepRefusal,
  obligationReferenceDate,
  statusAfterAgreement,
  transitionRefusal,
} from "../src/lifecycle.js";

describe("contract lifecycle", () => {
  const awarded: LifecycleFacts = {
    status: "AWARDED",
    intakeConfirmed: false,
    planApproved: false,
    awardDate: "2027-01-10",
    startDate: "2027-03-01",
    assessed: false,
  };
  const today = "2027-02-01";

  it("moves one step forward or back, never jumps", () => {
    expect(allowedTransitions(awarded, today)).toEqual(["PLANNING"]);
    expect(transitionRefusal(awarded, "IN_EXECUTION", today)).toBe(
      'Een opdracht gaat niet van "Gegund" naar "In uitvoering".',
    );
    const closed = { ...awarded, status: "CLOSED" as const, assessed: true };
    expect(allowedTransitions(closed, today)).toEqual(["ASSESSMENT"]);
  });

  it("goes into execution only with a confirmed intake and an approved plan", () => {
    const planning = { ...awarded, status: "PLANNING" as const };
    expect(allowedTransitions({ ...planning, planApproved: true }, today)).toEqual(["AWARDED"]);
    expect(nextStepRefusal({ ...planning, planApproved: true }, today)).toMatch(
      /intake is nog niet bevestigd/,
    );
    expect(allowedTransitions({ ...planning, intakeConfirmed: true }, today)).toEqual(["AWARDED"]);
    const agreed = { ...planning, intakeConfirmed: true, planApproved: true };
    expect(allowedTransitions(agreed, today)).toEqual(["IN_EXECUTION", "AWARDED"]);
    expect(nextStepRefusal(agreed, today)).toBeNull();
  });

  it("offers the eindbeoordeling only once the contract has started", () => {
    const running = { ...awarded, status: "IN_EXECUTION" as const };
    expect(allowedTransitions(running, "2027-02-28")).toEqual(["PLANNING"]);
    expect(nextStepRefusal(running, "2027-02-28")).toBe(
      "De opdracht is nog niet begonnen; de eindbeoordeling komt na de start.",
    );
    expect(allowedTransitions(running, "2027-03-01")).toEqual(["ASSESSMENT", "PLANNING"]);
    // Without a start date the work starts at award.
    expect(allowedTransitions({ ...running, startDate: null }, "2027-01-10")).toEqual([
      "ASSESSMENT",
      "PLANNING",
    ]);
  });

  it("closes only with a recorded eindbeoordeling", () => {
    const assessing = { ...awarded, status: "ASSESSMENT" as const };
    expect(allowedTransitions(assessing, today)).toEqual(["IN_EXECUTION"]);
    expect(allowedTransitions({ ...assessing, assessed: true }, today)).toEqual([
      "CLOSED",
      "IN_EXECUTION",
    ]);
  });

  it("goes by itself into execution once the intake is confirmed and the plan approved", () => {
    expect(statusAfterAgreement({ ...awarded, planApproved: true })).toBe("PLANNING");
    expect(statusAfterAgreement({ ...awarded, intakeConfirmed: true })).toBe("PLANNING");
    expect(statusAfterAgreement({ ...awarded, intakeConfirmed: true, planApproved: true })).toBe(
      "IN_EXECUTION",
    );
    const assessing = { ...awarded, status: "ASSESSMENT" as const };
    expect(statusAfterAgreement({ ...assessing, intakeConfirmed: true, planApproved: true })).toBe(
      "ASSESSMENT",
    );
  });

  it("takes the publication date as reference, else the award date", () => {
    expect(
      obligationReferenceDate({ publicationDate: "2024-11-01", awardDate: "2025-02-01" }),
    ).toBe("2024-11-01");
    expect(obligationReferenceDate({ publicationDate: null, awardDate: "2025-02-01" })).toBe(
      "2025-02-01",
    );
  });

  it("puts the contact deadline the policy's number of days after award", () => {
    expect(contactDueDate("2025-02-25", 7)).toBe("2025-03-04");
    expect(contactDueDate("2024-02-25", 7)).toBe("2024-03-03");
  });

  it("calls a deadline met, due or overdue", () => {
    expect(deadlineState("2025-03-04", "2025-03-04", "2025-03-10")).toBe("MET");
    expect(deadlineState("2025-03-04", "2025-03-05", "2025-03-10")).toBe("OVERDUE");
    expect(deadlineState("2025-03-04", null, "2025-03-04")).toBe("DUE");
    expect(deadlineState("2025-03-04", null, "2025-03-05")).toBe("OVERDUE");
  });

  it("uses the Dutch calendar date", () => {
    // 23:30 UTC on 31 December is already 1 January in Amsterdam (UTC+1 in winter)
    expect(dutchDate(new Date("2024-12-31T23:30:00Z"))).toBe("2025-01-01");
    expect(dutchDate(new Date("2025-06-30T21:59:00Z"))).toBe("2025-06-30");
  });
});

describe("eindbeoordeling", () => {
  it("is possible after the end date or in the assessment phase, as the API allows", () => {
    expect(isAssessable({ status: "IN_EXECUTION", endDate: "2026-11-21" }, "2026-11-22")).toBe(
      true,
    );
    expect(isAssessable({ status: "IN_EXECUTION", endDate: "2026-11-22" }, "2026-11-22")).toBe(
      false,
    );
    expect(isAssessable({ status: "ASSESSMENT", endDate: "2027-01-01" }, "2026-11-22")).toBe(true);
    expect(isAssessable({ status: "IN_EXECUTION", endDate: null }, "2026-11-22")).toBe(false);
  });
});

describe("isDueForAssessment", () => {
  const ended = { status: "IN_EXECUTION" as const, endDate: "2025-06-30" };
  it("waits for an eindbeoordeling after the end date until one is recorded", () => {
    expect(isDueForAssessment({ ...ended, assessment: null }, "2025-07-01")).toBe(true);
    expect(isDueForAssessment({ ...ended, assessment: null }, "2025-06-30")).toBe(false);
    expect(
      isDueForAssessment(
        { ...ended, assessment: { outcome: "SANCTIONED", recoveryUntil: null } },
        "2025-07-01",
      ),
    ).toBe(false);
    expect(isDueForAssessment({ ...ended, status: "CLOSED", assessment: null }, "2025-07-01")).toBe(
      false,
    );
  });

  it("comes back once a recovery period has passed", () => {
    const recovery = { outcome: "RECOVERY_PERIOD", recoveryUntil: "2025-09-30" };
    const assessing = {
      status: "ASSESSMENT" as const,
      endDate: "2025-06-30",
      assessment: recovery,
    };
    expect(isDueForAssessment(assessing, "2025-09-30")).toBe(false);
    expect(isDueForAssessment(assessing, "2025-10-01")).toBe(true);
  });
});
