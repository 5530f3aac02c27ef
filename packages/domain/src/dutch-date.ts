// Dates as people in the Netherlands write them, and as Dutch Excel saves them in a CSV file
// ("01-07-2026"), read once. The accepted forms are listed in docs/domain.md ("Getallen en
// bedragen invoeren"), beside the number reader; keep the two in step.
import { DATE_RANGE, daysInMonth, toIsoDate } from "./dates.js";

/** Why a text was refused; "empty" lets the caller decide whether the date may stay empty. */
export type DutchDateProblem = "empty" | "malformed" | "nonexistent" | "outOfRange";

export type DutchDateResult =
  | { ok: true /** the ISO date the API takes, "2026-07-01" */; value: string }
  | { ok: false; problem: DutchDateProblem /** Dutch, for the person */; message: string };

// Day, month, year with one separator throughout: "01-07-2026", "1-7-2026", "1/7/2026",
// "1.7.2026". A year of two digits is refused: "01-07-26" could be 1926 or 2026.
const DAY_MONTH_YEAR = /^(\d{1,2})([-/.])(\d{1,2})\2(\d{4})$/;
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * Reads a date as typed in the Netherlands or saved by a spreadsheet. Accepted (see
 * docs/domain.md): day-month-year with "-", "/" or "." ("01-07-2026", "1-7-2026", "1/7/2026"),
 * and ISO year-month-day ("2026-07-01"), with space around. Refused: a two-digit year, month
 * before day ("07/01/2026" is 7 January, never 1 July), a date that does not exist ("31-02-2026"),
 * a year outside DATE_RANGE (or the range given, e.g. for a date of birth), and any other text.
 */
export function readDutchDate(
  text: string,
  label = "de datum",
  range: { firstYear: number; lastYear: number } = DATE_RANGE,
): DutchDateResult {
  const typed = text.trim();
  if (typed === "") return { ok: false, problem: "empty", message: `Vul ${label} in.` };
  const dutch = DAY_MONTH_YEAR.exec(typed);
  const iso = dutch ? null : ISO.exec(typed);
  if (!dutch && !iso) {
    return {
      ok: false,
      problem: "malformed",
      message: `${capitalize(label)} is geen datum; schrijf die als dd-mm-jjjj, bijvoorbeeld 31-01-2026.`,
    };
  }
  const [day, month, year] = dutch
    ? [Number(dutch[1]), Number(dutch[3]), Number(dutch[4])]
    : [Number(iso?.[3]), Number(iso?.[2]), Number(iso?.[1])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return { ok: false, problem: "nonexistent", message: `${typed} is geen bestaande datum.` };
  }
  if (year < range.firstYear || year > range.lastYear) {
    return {
      ok: false,
      problem: "outOfRange",
      message: `${capitalize(label)} moet tussen ${range.firstYear} en ${range.lastYear} liggen.`,
    };
  }
  return { ok: true, value: toIsoDate({ year, month, day }) };
}
