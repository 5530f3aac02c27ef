// What a plan van aanpak adds up to against the obligation, for the plan screen and reports.
import { formatDate, formatEuro, formatNumber } from "./format.js";
import { decimal, divideToCents, sum, toMoneyString, ZERO } from "./money.js";
import { type ValueBlockInput, type ValueBlockResult, valueBlock } from "./valuation.js";

export type PlanStatus = "DRAFT" | "SUBMITTED" | "APPROVED" | "CHANGES_REQUESTED";

export const PLAN_STATUS_LABELS: Record<PlanStatus, string> = {
  DRAFT: "Concept",
  SUBMITTED: "Ingediend",
  APPROVED: "Goedgekeurd",
  CHANGES_REQUESTED: "Wijzigingen gevraagd",
};

export type PlanLineChange = PlanLineDifference["status"];

export const PLAN_LINE_CHANGE_LABELS: Record<PlanLineChange, string> = {
  ADDED: "Toegevoegd",
  REMOVED: "Verwijderd",
  CHANGED: "Gewijzigd",
  UNCHANGED: "Ongewijzigd",
};

export interface PlanProjection {
  /** Sum of the plan's line totals, e.g. "12500.00". */
  total: string;
  /** Share of the obligation covered, in percent with 2 decimals ("83.33", may exceed "100.00"); null when the obligation is 0. */
  percentageCovered: string | null;
  /** What is still missing; "0.00" once the plan covers the obligation. */
  gap: string;
}

/** Throws a TypeError on a malformed decimal; the amounts come from valuations, not from users. */
export function projectPlan(
  obligationAmount: string,
  lineTotals: readonly string[],
): PlanProjection {
  const obligation = decimal(obligationAmount);
  const total = sum(lineTotals.map((amount) => decimal(amount)));
  const gap = obligation.minus(total);
  return {
    total: toMoneyString(total),
    percentageCovered: obligation.eq(0)
      ? null
      : divideToCents(total.times(100), obligation).toFixed(2),
    gap: toMoneyString(gap.gt(0) ? gap : ZERO),
  };
}

/**
 * A planned line that stands for several identical placements: the breakdown of one, then one
 * line for the others, so the total is still the sum of the lines.
 */
export function valuePlannedLine(input: ValueBlockInput & { people: number }): ValueBlockResult {
  if (!Number.isInteger(input.people) || input.people < 1 || input.people > 1000) {
    return {
      ok: false,
      field: "people",
      message: "Het aantal personen is een heel getal van 1 tot 1000.",
    };
  }
  const one = valueBlock(input);
  if (!one.ok || input.people === 1) return one;
  const others = input.people - 1;
  const extra = decimal(one.total).times(others);
  const lines = [
    ...one.lines,
    {
      label: `Dezelfde inzet voor nog ${others} ${others === 1 ? "persoon" : "personen"}: ${others} × ${formatEuro(one.total)}`,
      amount: toMoneyString(extra),
    },
  ];
  return { ...one, lines, total: toMoneyString(decimal(one.total).plus(extra)) };
}

export interface PlanLineSummary {
  blockCode: string;
  people: number;
  /** the inputs in words, e.g. "32 uur per week, 2026-01-01 t/m 2026-12-31" */
  inputs: string;
  value: string;
}

export interface PlanLineDifference {
  blockCode: string;
  status: "ADDED" | "REMOVED" | "CHANGED" | "UNCHANGED";
  before: PlanLineSummary | null;
  after: PlanLineSummary | null;
}

/**
 * Two plan versions line by line. Lines are matched by block code, in order (the second PW line of
 * one version with the second PW line of the other), which is how people read a plan.
 */
export function comparePlanLines(
  before: PlanLineSummary[],
  after: PlanLineSummary[],
): PlanLineDifference[] {
  const remaining = new Map<string, PlanLineSummary[]>();
  for (const line of before)
    remaining.set(line.blockCode, [...(remaining.get(line.blockCode) ?? []), line]);
  const result: PlanLineDifference[] = after.map((line) => {
    const match = remaining.get(line.blockCode)?.shift() ?? null;
    if (!match) return { blockCode: line.blockCode, status: "ADDED", before: null, after: line };
    const same =
      match.people === line.people &&
      match.inputs === line.inputs &&
      decimal(match.value).eq(decimal(line.value));
    return {
      blockCode: line.blockCode,
      status: same ? "UNCHANGED" : "CHANGED",
      before: match,
      after: line,
    };
  });
  for (const lines of remaining.values()) {
    for (const line of lines)
      result.push({ blockCode: line.blockCode, status: "REMOVED", before: line, after: null });
  }
  return result;
}

/** A planned line's inputs in Dutch words, for lists and comparisons. */
export function describePlannedInputs(line: {
  hoursPerWeek?: string | null;
  startDate?: string | null;
  endDate?: string | null;
  hours?: string | null;
  days?: string | null;
  count?: string | null;
  amountExclVat?: string | null;
  bonusCodes?: readonly string[];
}): string {
  const parts: string[] = [];
  if (line.hoursPerWeek) parts.push(`${formatNumber(line.hoursPerWeek)} uur per week`);
  if (line.startDate && line.endDate)
    parts.push(`${formatDate(line.startDate)} t/m ${formatDate(line.endDate)}`);
  if (line.hours) parts.push(`${formatNumber(line.hours)} uur`);
  if (line.days) parts.push(`${formatNumber(line.days)} dagen`);
  if (line.count) parts.push(`${formatNumber(line.count)} keer`);
  if (line.amountExclVat) parts.push(`${formatEuro(line.amountExclVat)} excl. btw`);
  if (line.bonusCodes?.length) parts.push(`toeslagen ${line.bonusCodes.join(", ")}`);
  return parts.join(", ");
}
