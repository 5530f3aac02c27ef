// What a plan van aanpak adds up to against the obligation, for the plan screen and reports.
import { decimal, divideToCents, sum, toMoneyString, ZERO } from "./money.js";

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
