// What a plan van aanpak adds up to against the obligation, for the plan screen and reports.
import { formatEuro } from "./format.js";
import { decimal, divideToCents, sum, toMoneyString, ZERO } from "./money.js";
import { type ValueBlockInput, type ValueBlockResult, valueBlock } from "./valuation.js";

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
