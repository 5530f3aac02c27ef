import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addDays,
  addMonthsExclusiveEnd,
  compareIsoDates,
  daysInclusive,
  daysInMonth,
  fromDayNumber,
  isIsoDate,
  isLeapYear,
  lastDayOfMonthsPeriod,
  parseIsoDate,
  toDayNumber,
  toIsoDate,
  tryParseIsoDate,
} from "../src/dates.js";

describe("parsing ISO dates", () => {
  it("parses an existing date into its parts", () => {
    expect(parseIsoDate("2024-02-29")).toEqual({ year: 2024, month: 2, day: 29 });
    expect(toIsoDate({ year: 2024, month: 2, day: 9 })).toBe("2024-02-09");
  });

  it.each([
    "2023-02-29",
    "2024-13-01",
    "2024-00-10",
    "2024-04-31",
    "2024-1-01",
    "24-01-01",
    "2024-01-01T00:00",
    "",
  ])("rejects %j", (text) => {
    expect(tryParseIsoDate(text)).toBeNull();
    expect(isIsoDate(text)).toBe(false);
    expect(() => parseIsoDate(text)).toThrow(RangeError);
  });

  it("knows leap years and month lengths", () => {
    expect([1900, 2000, 2023, 2024].map(isLeapYear)).toEqual([false, true, false, true]);
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2023, 2)).toBe(28);
    expect(daysInMonth(2023, 4)).toBe(30);
    expect(daysInMonth(2023, 12)).toBe(31);
  });
});

describe("day numbers", () => {
  it("counts from 1970-01-01", () => {
    expect(toDayNumber("1970-01-01")).toBe(0);
    expect(toDayNumber("1969-12-31")).toBe(-1);
    expect(toDayNumber("2000-03-01") - toDayNumber("2000-02-28")).toBe(2); // 2000 is a leap year
  });

  it("agrees with UTC calendar arithmetic and round-trips for any date from 1600 to 2600", () => {
    const dayMs = 86_400_000;
    fc.assert(
      fc.property(
        fc.integer({ min: toDayNumber("1600-01-01"), max: toDayNumber("2600-12-31") }),
        (dayNumber) => {
          const date = fromDayNumber(dayNumber);
          const utc = new Date(dayNumber * dayMs);
          expect(date).toEqual({
            year: utc.getUTCFullYear(),
            month: utc.getUTCMonth() + 1,
            day: utc.getUTCDate(),
          });
          expect(toDayNumber(date)).toBe(dayNumber);
          expect(toDayNumber(toIsoDate(date))).toBe(dayNumber);
        },
      ),
    );
  });

  it("adds days and compares", () => {
    expect(addDays("2024-02-28", 1)).toBe("2024-02-29");
    expect(addDays("2024-03-01", -1)).toBe("2024-02-29");
    expect(addDays("2023-12-31", 1)).toBe("2024-01-01");
    expect(compareIsoDates("2024-01-01", "2024-01-02")).toBeLessThan(0);
    expect(compareIsoDates("2024-01-02", "2024-01-02")).toBe(0);
  });
});

describe("daysInclusive", () => {
  it("counts both the first and the last day", () => {
    expect(daysInclusive("2024-01-01", "2024-01-01")).toBe(1);
    expect(daysInclusive("2024-01-01", "2024-03-31")).toBe(91); // 31 + 29 + 31
    expect(daysInclusive("2023-01-01", "2023-12-31")).toBe(365);
    expect(daysInclusive("2024-01-01", "2024-12-31")).toBe(366);
  });

  it("is 0 for an empty range", () => {
    expect(daysInclusive("2024-01-02", "2024-01-01")).toBe(0);
    expect(daysInclusive("2024-06-01", "2024-01-01")).toBe(0);
  });

  it("does not depend on daylight saving time (last Sunday of March and October)", () => {
    expect(daysInclusive("2024-03-30", "2024-04-01")).toBe(3);
    expect(daysInclusive("2024-10-26", "2024-10-28")).toBe(3);
  });
});

describe("addMonthsExclusiveEnd: the first day after a maximum counting period", () => {
  it.each([
    // start, months, excluded day, last counted day
    ["2024-01-15", 1, "2024-02-15", "2024-02-14"],
    // 31 February does not exist: the last day of February is excluded, so it counts through the 28th
    ["2024-01-31", 1, "2024-02-29", "2024-02-28"],
    ["2023-01-31", 1, "2023-02-28", "2023-02-27"],
    ["2024-01-30", 1, "2024-02-29", "2024-02-28"],
    ["2024-01-29", 1, "2024-02-29", "2024-02-28"],
    ["2024-03-31", 1, "2024-04-30", "2024-04-29"],
    ["2024-11-30", 3, "2025-02-28", "2025-02-27"],
    ["2023-12-31", 2, "2024-02-29", "2024-02-28"],
    ["2024-01-01", 12, "2025-01-01", "2024-12-31"],
    ["2023-07-01", 24, "2025-07-01", "2025-06-30"],
    ["2024-02-29", 12, "2025-02-28", "2025-02-27"],
    ["2024-02-29", 48, "2028-02-29", "2028-02-28"],
    ["2024-05-10", 0, "2024-05-10", "2024-05-09"],
  ] as const)("%s + %i months excludes %s, counts through %s", (start, months, excluded, last) => {
    expect(addMonthsExclusiveEnd(start, months)).toBe(excluded);
    expect(lastDayOfMonthsPeriod(start, months)).toBe(last);
  });

  it("a 2024-01-31 start with 1 month counts 29 days", () => {
    expect(daysInclusive("2024-01-31", lastDayOfMonthsPeriod("2024-01-31", 1))).toBe(29);
  });

  it("rejects a fractional or negative number of months", () => {
    expect(() => addMonthsExclusiveEnd("2024-01-01", 1.5)).toThrow(RangeError);
    expect(() => addMonthsExclusiveEnd("2024-01-01", -1)).toThrow(RangeError);
  });

  it("always lies after the start and at most on the same day of the month", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: toDayNumber("2000-01-01"), max: toDayNumber("2040-12-31") }),
        fc.integer({ min: 1, max: 60 }),
        (startDay, months) => {
          const start = toIsoDate(fromDayNumber(startDay));
          const excluded = parseIsoDate(addMonthsExclusiveEnd(start, months));
          const from = fromDayNumber(startDay);
          expect(toDayNumber(excluded)).toBeGreaterThan(startDay);
          expect((excluded.year - from.year) * 12 + excluded.month - from.month).toBe(months);
          expect(excluded.day).toBe(Math.min(from.day, daysInMonth(excluded.year, excluded.month)));
        },
      ),
    );
  });
});
