// What a reviewer has to look at in a submitted realisation: which line of the approved plan it
// fills, and whether it needs a person's judgement or may be accepted together with others.
import { compareIsoDates } from "./dates.js";

export interface PlannedLineRef {
  blockCode: string;
  /** yyyy-mm-dd, when the line is planned for a period */
  startDate: string | null;
  endDate: string | null;
}

/**
 * The line of the approved plan that a realisation fills: a line of the same bouwblok, and of
 * several such lines the first whose period holds the realisation's start date (a plan may place
 * the same block twice, in different years), else the first of them. Maatwerk fills no line.
 */
export function planLineFilled<Line extends PlannedLineRef>(
  realisation: { blockCode: string | null; startDate: string | null },
  approvedLines: readonly Line[],
): Line | null {
  if (realisation.blockCode === null) return null;
  const sameBlock = approvedLines.filter((line) => line.blockCode === realisation.blockCode);
  const start = realisation.startDate;
  const inPeriod = start
    ? sameBlock.find(
        (line) =>
          line.startDate !== null &&
          line.endDate !== null &&
          compareIsoDates(line.startDate, start) <= 0 &&
          compareIsoDates(start, line.endDate) <= 0,
      )
    : undefined;
  return inPeriod ?? sameBlock[0] ?? null;
}

/**
 * Why a submitted realisation needs a reviewer's judgement; null when it may be accepted in bulk.
 * Only an entry whose value follows from the catalogue alone qualifies: a bouwblok (maatwerk is
 * valued by the reviewer), with evidence, filling a line of the approved plan, and submitted once
 * (a correction after a rejection is read again). The first reason that applies is given.
 */
export function judgementReason(realisation: {
  blockCode: string | null;
  evidenceCount: number;
  corrected: boolean;
  fillsApprovedPlanLine: boolean;
}): string | null {
  if (realisation.blockCode === null) return "Maatwerk: de waarde stelt u vast bij het accepteren.";
  if (realisation.evidenceCount === 0) return "Er is geen bewijs toegevoegd.";
  if (realisation.corrected) return "Gecorrigeerd na een afwijzing: bekijk wat er veranderde.";
  if (!realisation.fillsApprovedPlanLine)
    return "Het bouwblok staat niet in het goedgekeurde plan van aanpak.";
  return null;
}
