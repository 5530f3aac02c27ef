import { describe, expect, it } from "vitest";
import {
  contractProgress,
  countCommunityActivities,
  REPORT_STANDING_LABELS,
  reportSchedule,
  upcomingReportPeriod,
} from "../src/progress.js";

describe("contractProgress", () => {
  it("counts only accepted realisations towards the obligation", () => {
    // obligation 24000.00; accepted 13296.80 + 2243.84 = 15540.64 → 64.75 % (64.7526…); gap 8459.36
    expect(
      contractProgress(
        "24000.00",
        [
          { status: "ACCEPTED", value: "13296.80" },
          { status: "ACCEPTED", value: "2243.84" },
          { status: "SUBMITTED", value: "617.29" },
          { status: "REJECTED", value: "1000.00" },
        ],
        "26000.00",
      ),
    ).toEqual({
      obligation: "24000.00",
      accepted: "15540.64",
      pending: "617.29",
      rejected: "1000.00",
      planned: "26000.00",
      percentageAccepted: "64.75",
      gap: "8459.36",
    });
  });

  it("never shows a negative gap, and no percentage of nothing", () => {
    expect(contractProgress("100.00", [{ status: "ACCEPTED", value: "150.00" }], "0").gap).toBe(
      "0.00",
    );
    expect(contractProgress("0.00", [], "0").percentageAccepted).toBeNull();
  });
});

describe("reportSchedule", () => {
  it("tells a report that came in late from one that never came (both are overdue)", () => {
    const periods = reportSchedule({
      start: "2025-01-01",
      end: null,
      frequency: "MONTHLY",
      today: "2025-04-20",
      reportDates: ["2025-02-10", "2025-03-20"],
    });
    expect(periods.map((p) => [p.through, p.reportedOn, p.standing])).toEqual([
      ["2025-01-31", "2025-02-10", "ON_TIME"],
      ["2025-02-28", "2025-03-20", "LATE"],
      ["2025-03-31", null, "MISSED"],
    ]);
    expect(periods.map((p) => REPORT_STANDING_LABELS[p.standing])).toEqual([
      "Op tijd ingediend",
      "Te laat ingediend",
      "Niet ingediend",
    ]);
  });

  it("asks for a quarterly report after each calendar quarter, due 14 days later", () => {
    const periods = reportSchedule({
      start: "2025-02-15",
      end: "2025-12-31",
      frequency: "QUARTERLY",
      today: "2025-10-20",
      reportDates: ["2025-04-10", "2025-07-20"],
    });
    expect(periods).toEqual([
      {
        from: "2025-02-15",
        through: "2025-03-31",
        dueDate: "2025-04-14",
        reportedOn: "2025-04-10",
        state: "MET",
        standing: "ON_TIME",
      },
      {
        from: "2025-04-01",
        through: "2025-06-30",
        dueDate: "2025-07-14",
        reportedOn: "2025-07-20",
        state: "OVERDUE",
        standing: "LATE",
      },
      {
        from: "2025-07-01",
        through: "2025-09-30",
        dueDate: "2025-10-14",
        reportedOn: null,
        state: "OVERDUE",
        standing: "MISSED",
      },
    ]);
  });

  it("shows a period as due until its grace days have passed", () => {
    const periods = reportSchedule({
      start: "2025-01-01",
      end: null,
      frequency: "MONTHLY",
      today: "2025-02-10",
      reportDates: [],
    });
    expect(periods).toEqual([
      {
        from: "2025-01-01",
        through: "2025-01-31",
        dueDate: "2025-02-14",
        reportedOn: null,
        state: "DUE",
        standing: "DUE",
      },
    ]);
  });

  it("ends with the contract", () => {
    const periods = reportSchedule({
      start: "2024-01-01",
      end: "2024-08-15",
      frequency: "HALF_YEARLY",
      today: "2026-01-01",
      reportDates: ["2024-07-01", "2024-08-20"],
    });
    expect(periods.map((p) => [p.from, p.through, p.state])).toEqual([
      ["2024-01-01", "2024-06-30", "MET"],
      ["2024-07-01", "2024-08-15", "MET"],
    ]);
  });
});

describe("upcomingReportPeriod", () => {
  it("is the quarter running today, due 14 days after it ends", () => {
    expect(
      upcomingReportPeriod({
        start: "2025-02-15",
        end: "2026-12-31",
        frequency: "QUARTERLY",
        today: "2025-10-20",
      }),
    ).toEqual({ from: "2025-10-01", through: "2025-12-31", dueDate: "2026-01-14" });
  });

  it("starts with the contract before it began, and stops at its end", () => {
    expect(
      upcomingReportPeriod({
        start: "2026-02-15",
        end: "2026-03-10",
        frequency: "QUARTERLY",
        today: "2025-12-01",
      }),
    ).toEqual({ from: "2026-02-15", through: "2026-03-10", dueDate: "2026-03-24" });
    expect(
      upcomingReportPeriod({
        start: "2024-01-01",
        end: "2024-08-15",
        frequency: "HALF_YEARLY",
        today: "2024-08-16",
      }),
    ).toBeNull();
  });
});

describe("community activities", () => {
  it("counts accepted and pending community activities, maatwerk included", () => {
    const blocks = [
      { code: "INITIATIEF", category: "COMMUNITY_ACTIVITY" },
      { code: "KENNIS", category: "COMMUNITY_ACTIVITY" },
      { code: "PW", category: "EMPLOYMENT" },
    ];
    expect(
      countCommunityActivities(
        [
          { status: "ACCEPTED", blockCode: "PW" },
          { status: "REJECTED", blockCode: "INITIATIEF" },
          { status: "SUBMITTED", blockCode: "KENNIS" },
          { status: "ACCEPTED", blockCode: null },
        ],
        blocks,
      ),
    ).toEqual({ accepted: 1, pending: 1 });
    expect(countCommunityActivities([{ status: "ACCEPTED", blockCode: "PW" }], blocks)).toEqual({
      accepted: 0,
      pending: 0,
    });
  });

  it("counts a summed row as that many realisations", () => {
    const blocks = [
      { code: "INITIATIEF", category: "COMMUNITY_ACTIVITY" },
      { code: "PW", category: "EMPLOYMENT" },
    ];
    expect(
      countCommunityActivities(
        [
          { status: "ACCEPTED", blockCode: "INITIATIEF", count: 3 },
          { status: "ACCEPTED", blockCode: null, count: 2 },
          { status: "ACCEPTED", blockCode: "PW", count: 7 },
          { status: "SUBMITTED", blockCode: null, count: 4 },
        ],
        blocks,
      ),
    ).toEqual({ accepted: 5, pending: 4 });
  });
});
