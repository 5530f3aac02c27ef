// Bewaartermijn: how long a candidate's personal data is kept after the last placement or contact
// (docs/privacy.md). Counted in calendar months, as a region states its term.
import { parseIsoDate, toIsoDate } from "./dates.js";

/**
 * The first activity date that is still kept on `today`: an activity before it is older than
 * `months` months. With 24 months on 2026-03-15, an activity on 2024-03-15 is kept, one on
 * 2024-03-14 is not; from the 31st into a shorter month, the month's last day.
 */
export function retentionCutoff(today: string, months: number): string {
  if (!Number.isSafeInteger(months) || months < 0)
    throw new RangeError(`Not a whole, non-negative number of months: ${months}`);
  const { year, month, day } = parseIsoDate(today);
  const index = year * 12 + (month - 1) - months;
  const cutYear = Math.floor(index / 12);
  const cutMonth = (index % 12) + 1;
  const last = new Date(Date.UTC(cutYear, cutMonth, 0)).getUTCDate();
  return toIsoDate({ year: cutYear, month: cutMonth, day: Math.min(day, last) });
}
