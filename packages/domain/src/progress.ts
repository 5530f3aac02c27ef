// How far a contract is: the obligation against what was accepted, what awaits review and what
// the plan projects; and the periodic reports the agreed frequency asks for, with their deadlines.
import { addDays, compareIsoDates, daysInMonth, parseIsoDate, toIsoDate } from "./dates.js";
import { type DeadlineState, deadlineState } from "./lifecycle.js";
import { decimal, sum, toMoneyString, ZERO } from "./money.js";

export type RealisationStatus = "SUBMITTED" | "ACCEPTED" | "REJECTED";

export interface ContractProgress {
  obligation: string;
  accepted: string;
  pending: string;
  rejected: string;
  /** what the approved (or latest) plan projects */
  planned: string;
  /** accepted as a percentage of the obligation, 2 decimals; null when the obligation is 0 */
  percentageAccepted: string | null;
  /** what remains to be realised, never negative */
  gap: string;
}

export function contractProgress(
  obligationAmount: string,
  realisations: readonly { status: RealisationStatus; value: string }[],
  plannedTotal: string,
): ContractProgress {
  const total = (status: RealisationStatus) =>
    sum(realisations.filter((r) => r.status === status).map((r) => decimal(r.value)));
  const obligation = decimal(obligationAmount);
  const accepted = total("ACCEPTED");
  const gap = obligation.minus(accepted);
  return {
    obligation: toMoneyString(obligation),
    accepted: toMoneyString(accepted),
    pending: toMoneyString(total("SUBMITTED")),
    rejected: toMoneyString(total("REJECTED")),
    planned: toMoneyString(decimal(plannedTotal)),
    percentageAccepted: obligation.eq(0)
      ? null
      : accepted.times(100).div(obligation).round(2, 1).toFixed(2),
    gap: toMoneyString(gap.lt(0) ? ZERO : gap),
  };
}

export type ReportFrequency = "MONTHLY" | "QUARTERLY" | "HALF_YEARLY";

const MONTHS: Record<ReportFrequency, number> = { MONTHLY: 1, QUARTERLY: 3, HALF_YEARLY: 6 };

export const REPORT_FREQUENCY_LABELS: Record<ReportFrequency, string> = {
  MONTHLY: "maandelijks",
  QUARTERLY: "per kwartaal",
  HALF_YEARLY: "per half jaar",
};

export interface ReportPeriod {
  /** first and last day of the period reported on */
  from: string;
  through: string;
  /** the report is due this many days after the period ends */
  dueDate: string;
  state: DeadlineState;
  /** what the state means for this report: late and never reported are both OVERDUE */
  standing: ReportStanding;
  /** when a report on the period came in, if it did */
  reportedOn: string | null;
}

/**
 * A report period's standing as people say it: still to come, reported on time, reported late, or
 * not reported though its due date passed. A deadline's OVERDUE covers the last two; a reader
 * needs to know which (a late report is there, a missing one is still owed).
 */
export type ReportStanding = "DUE" | "ON_TIME" | "LATE" | "MISSED";

export const REPORT_STANDING_LABELS: Record<ReportStanding, string> = {
  DUE: "Nog in te dienen",
  ON_TIME: "Op tijd ingediend",
  LATE: "Te laat ingediend",
  MISSED: "Niet ingediend",
};

export function reportStanding(state: DeadlineState, reportedOn: string | null): ReportStanding {
  if (state === "DUE") return "DUE";
  if (state === "MET") return "ON_TIME";
  return reportedOn === null ? "MISSED" : "LATE";
}

/** Last day of the calendar month `months` after the month of `date`. */
function endOfMonthAfter(date: string, months: number): string {
  const { year, month } = parseIsoDate(date);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  return toIsoDate({ year: y, month: m, day: daysInMonth(y, m) });
}

/** First day of the calendar period of `months` months that holds `date`. */
function periodStartOf(date: string, months: number): string {
  const { year, month } = parseIsoDate(date);
  // Align to the calendar: a quarter starts in January, April, July or October.
  const alignedMonth = Math.floor((month - 1) / months) * months + 1;
  return toIsoDate({ year, month: alignedMonth, day: 1 });
}

/**
 * The report still to come after the periods `reportSchedule` lists: the period running today (or
 * the first one, before the start), due `graceDays` after it ends. Null once the contract ended.
 */
export function upcomingReportPeriod(options: {
  start: string;
  end: string | null;
  frequency: ReportFrequency;
  today: string;
  graceDays?: number;
}): { from: string; through: string; dueDate: string } | null {
  if (options.end && compareIsoDates(options.end, options.today) < 0) return null;
  const months = MONTHS[options.frequency];
  const reference =
    compareIsoDates(options.start, options.today) > 0 ? options.start : options.today;
  const periodFrom = periodStartOf(reference, months);
  const from = compareIsoDates(periodFrom, options.start) < 0 ? options.start : periodFrom;
  const fullThrough = endOfMonthAfter(periodFrom, months - 1);
  const through =
    options.end && compareIsoDates(options.end, fullThrough) < 0 ? options.end : fullThrough;
  return { from, through, dueDate: addDays(through, options.graceDays ?? 14) };
}

/**
 * The report periods of a contract: calendar blocks of 1, 3 or 6 months (aligned to the year, as
 * gemeenten report per quarter), from the contract start to its end or today, whichever comes
 * first. Each is due `graceDays` after its last day. `reportDates` are the days reports came in;
 * a report counts for the earliest period that ended on or before it and has none yet.
 */
export function reportSchedule(options: {
  start: string;
  end: string | null;
  frequency: ReportFrequency;
  today: string;
  reportDates: readonly string[];
  graceDays?: number;
}): ReportPeriod[] {
  const months = MONTHS[options.frequency];
  const grace = options.graceDays ?? 14;
  let from = periodStartOf(options.start, months);
  const lastDay =
    options.end && compareIsoDates(options.end, options.today) < 0 ? options.end : options.today;
  const reports = [...options.reportDates].sort(compareIsoDates);
  const periods: ReportPeriod[] = [];
  while (compareIsoDates(from, lastDay) <= 0 && periods.length < 600) {
    const through = endOfMonthAfter(from, months - 1);
    const periodStart = compareIsoDates(from, options.start) < 0 ? options.start : from;
    const periodEnd =
      options.end && compareIsoDates(options.end, through) < 0 ? options.end : through;
    const dueDate = addDays(periodEnd, grace);
    const reportIndex = reports.findIndex(
      (d) => compareIsoDates(d, periodEnd) > 0 || d === periodEnd,
    );
    const reportedOn = reportIndex >= 0 ? (reports.splice(reportIndex, 1)[0] ?? null) : null;
    // A period still running is not due yet: it only counts once it has ended.
    if (compareIsoDates(periodEnd, options.today) < 0 || reportedOn) {
      const state = deadlineState(dueDate, reportedOn, options.today);
      periods.push({
        from: periodStart,
        through: periodEnd,
        dueDate,
        reportedOn,
        state,
        standing: reportStanding(state, reportedOn),
      });
    }
    from = addDays(through, 1);
  }
  return periods;
}

/**
 * What counts as a community activity (maatschappelijke activiteit), the way a small contract
 * fulfils its obligation: a realisation of a block in the COMMUNITY_ACTIVITY category, or
 * maatwerk (no block), which the WSP values when it accepts it. Counted by review status; a row
 * with a `count` stands for that many realisations (the API feeds it rows summed by the database).
 */
export function countCommunityActivities(
  realisations: readonly { status: RealisationStatus; blockCode: string | null; count?: number }[],
  blocks: readonly { code: string; category: string }[],
): { accepted: number; pending: number } {
  const activityCodes = new Set(
    blocks.filter((block) => block.category === "COMMUNITY_ACTIVITY").map((block) => block.code),
  );
  const activities = realisations.filter(
    (realisation) => realisation.blockCode === null || activityCodes.has(realisation.blockCode),
  );
  const total = (status: RealisationStatus) =>
    activities
      .filter((realisation) => realisation.status === status)
      .reduce((sum, realisation) => sum + (realisation.count ?? 1), 0);
  return { accepted: total("ACCEPTED"), pending: total("SUBMITTED") };
}
