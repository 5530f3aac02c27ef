// Plain calendar dates ("2024-01-31") for counting periods. A realisation runs from one calendar
// day to another wherever the user is, so these helpers never touch `Date` or a time zone: a
// date that crosses a DST change or is read in another zone must still count the same days.

export interface CalendarDate {
  year: number;
  /** 1 to 12 */
  month: number;
  /** 1 to 31 */
  day: number;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Dates the platform deals in: contracts, catalogues, policies and realisations from 1990 to
 * 2099. Year 0001 or 9999 is a typing error, not a plan; the API's Date scalar and the date
 * reader of the imports both refuse it.
 */
export const DATE_RANGE = { firstYear: 1990, lastYear: 2099 } as const;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** The calendar date of "yyyy-mm-dd", or null when the text is not an existing date. */
export function tryParseIsoDate(text: string): CalendarDate | null {
  const match = ISO_DATE.exec(text);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

export function isIsoDate(text: string): boolean {
  return tryParseIsoDate(text) !== null;
}

/** Throws on anything but an existing date written as "yyyy-mm-dd" (so "2023-02-29" throws). */
export function parseIsoDate(text: string): CalendarDate {
  const date = tryParseIsoDate(text);
  if (date === null) throw new RangeError(`Not an existing ISO date (yyyy-mm-dd): "${text}"`);
  return date;
}

export function toIsoDate(date: CalendarDate): string {
  return `${String(date.year).padStart(4, "0")}-${String(date.month).padStart(2, "0")}-${String(date.day).padStart(2, "0")}`;
}

// Day numbers use the proleptic Gregorian calendar with 1970-01-01 as day 0 (the algorithm of
// H. Hinnant, "chrono-compatible low-level date algorithms"), so subtracting two of them gives
// the number of days between without any clock or time zone involved.

/** Days since 1970-01-01 (negative before it). */
export function toDayNumber(date: string | CalendarDate): number {
  const { year, month, day } = typeof date === "string" ? parseIsoDate(date) : date;
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

export function fromDayNumber(dayNumber: number): CalendarDate {
  if (!Number.isSafeInteger(dayNumber)) throw new RangeError(`Not a day number: ${dayNumber}`);
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36524) -
      Math.floor(dayOfEra / 146096)) /
      365,
  );
  const dayOfYear =
    dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthIndex = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * monthIndex + 2) / 5) + 1;
  const month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return { year, month, day };
}

/** ISO date from a day number. */
export function dayNumberToIsoDate(dayNumber: number): string {
  return toIsoDate(fromDayNumber(dayNumber));
}

export function addDays(date: string, days: number): string {
  if (!Number.isSafeInteger(days)) throw new RangeError(`Not a whole number of days: ${days}`);
  return dayNumberToIsoDate(toDayNumber(date) + days);
}

/** Negative when a is before b, 0 when equal, positive when after. */
export function compareIsoDates(a: string, b: string): number {
  return toDayNumber(a) - toDayNumber(b);
}

/**
 * The first day after a maximum counting period of `months` that starts on `start`: the same day
 * of the month `months` later, or the last day of that month when it is shorter. That day itself
 * no longer counts. 2024-01-15 + 1 → 2024-02-15 (counts through 14 February); 2024-01-31 + 1 →
 * 2024-02-29 (counts through 28 February).
 */
export function addMonthsExclusiveEnd(start: string, months: number): string {
  if (!Number.isSafeInteger(months) || months < 0) {
    throw new RangeError(`Not a whole, non-negative number of months: ${months}`);
  }
  const { year, month, day } = parseIsoDate(start);
  const monthIndex = year * 12 + (month - 1) + months;
  const endYear = Math.floor(monthIndex / 12);
  const endMonth = (monthIndex % 12) + 1;
  return toIsoDate({
    year: endYear,
    month: endMonth,
    day: Math.min(day, daysInMonth(endYear, endMonth)),
  });
}

/** The last day that still counts in a maximum counting period of `months` from `start`. */
export function lastDayOfMonthsPeriod(start: string, months: number): string {
  return addDays(addMonthsExclusiveEnd(start, months), -1);
}

/** Calendar days from start through end, both included; 0 when end is before start. */
export function daysInclusive(start: string, end: string): number {
  return Math.max(0, toDayNumber(end) - toDayNumber(start) + 1);
}
