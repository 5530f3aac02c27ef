import { describe, expect, it } from "vitest";
import { describeAssessmentOutcome } from "../src/assessment.js";

describe("eindbeoordeling", () => {
  it("describes each outcome in Dutch", () => {
    const base = { recoveryUntil: null, sanctionAmount: null };
    expect(describeAssessmentOutcome({ ...base, outcome: "FULFILLED" })).toBe("Nagekomen");
    expect(
      describeAssessmentOutcome({
        ...base,
        outcome: "RECOVERY_PERIOD",
        recoveryUntil: "2027-03-01",
      }),
    ).toBe("Herstelperiode tot 1 maart 2027");
    expect(
      describeAssessmentOutcome({ ...base, outcome: "SANCTIONED", sanctionAmount: "250924.16" }),
    ).toBe("Sanctie van € 250.924,16");
    expect(describeAssessmentOutcome({ ...base, outcome: "WAIVED" })).toBe("Kwijtgescholden");
  });
});
