// The one reader of dates typed in the Netherlands or saved by Dutch Excel: exact tables of what it
// accepts and refuses.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DATE_RANGE, fromDayNumber, toDayNumber, toIsoDate } from "../src/dates.js";
import { readDutchDate } from "../src/dutch-date.js";

const value = (text: string) => {
  const result = readDutchDate(text);
  return result.ok ? result.value : `refused: ${result.problem}`;
};

describe("readDutchDate", () => {
  it("reads day-month-year as Dutch Excel saves it, and ISO", () => {
    expect(value("01-07-2026")).toBe("2026-07-01");
    expect(value("1-7-2026")).toBe("2026-07-01");
    expect(value("1/7/2026")).toBe("2026-07-01");
    expect(value("01.07.2026")).toBe("2026-07-01");
    expect(value(" 31-12-2025 ")).toBe("2025-12-31");
    expect(value("29-02-2028")).toBe("2028-02-29");
    expect(value("2026-07-01")).toBe("2026-07-01");
  });

  it("reads the day first, never the American month first", () => {
    expect(value("07/01/2026")).toBe("2026-01-07");
    expect(value("12-31-2026")).toBe("refused: nonexistent");
  });

  it("refuses what could mean two things, does not exist, or is a typing error", () => {
    expect(value("")).toBe("refused: empty");
    expect(value("01-07-26")).toBe("refused: malformed");
    expect(value("01-07/2026")).toBe("refused: malformed");
    expect(value("2026-7-1")).toBe("refused: malformed");
    expect(value("1 juli 2026")).toBe("refused: malformed");
    expect(value("46204")).toBe("refused: malformed");
    expect(value("29-02-2027")).toBe("refused: nonexistent");
    expect(value("2026-13-01")).toBe("refused: nonexistent");
    expect(value("01-07-0001")).toBe("refused: outOfRange");
    expect(value("9999-12-31")).toBe("refused: outOfRange");
  });

  it("says what is wrong in Dutch, naming the field", () => {
    expect(readDutchDate("1 juli 2026", "de begindatum")).toEqual({
      ok: false,
      problem: "malformed",
      message: "De begindatum is geen datum; schrijf die als dd-mm-jjjj, bijvoorbeeld 31-01-2026.",
    });
    expect(readDutchDate("31-02-2026")).toEqual({
      ok: false,
      problem: "nonexistent",
      message: "31-02-2026 is geen bestaande datum.",
    });
    expect(readDutchDate("01-01-1900", "de factuurdatum")).toEqual({
      ok: false,
      problem: "outOfRange",
      message: "De factuurdatum moet tussen 1990 en 2099 liggen.",
    });
  });

  it("reads every date in the range back, however Excel pads or separates it", () => {
    const first = toDayNumber(`${DATE_RANGE.firstYear}-01-01`);
    const last = toDayNumber(`${DATE_RANGE.lastYear}-12-31`);
    fc.assert(
      fc.property(
        fc.integer({ min: first, max: last }),
        fc.constantFrom("-", "/", "."),
        fc.boolean(),
        (dayNumber, separator, padded) => {
          const date = fromDayNumber(dayNumber);
          const two = (n: number) => (padded ? String(n).padStart(2, "0") : String(n));
          const typed = [two(date.day), two(date.month), String(date.year)].join(separator);
          expect(readDutchDate(typed)).toEqual({ ok: true, value: toIsoDate(date) });
          expect(readDutchDate(toIsoDate(date))).toEqual({ ok: true, value: toIsoDate(date) });
        },
      ),
    );
  });
});
