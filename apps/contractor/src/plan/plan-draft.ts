// The plan editor's lines are the rekenhulp's lines with a description. Saved lines come back from
// the API as plain decimals; the editor shows them the way people in the Netherlands type them
// (the domain's toDutchInput, which its reader takes back unambiguously), and sends back what the
// browser's valuation read, so both sides value the same inputs.
import { VALUATION_NUMBER_FIELDS as NUMBERS, toDutchInput } from "@sroi/domain";
import type { PlanLineView } from "@sroi/ui";
import { emptyLine, type LineDraft } from "../rekenhulp/state";
import type { Line } from "../rekenhulp/use-lines";
import { DRAFT_FIELD_OF, type InputField, type LineValuation } from "../rekenhulp/valuation";

export interface PlanLineDraft extends LineDraft {
  description: string;
}

export type PlanLine = PlanLineDraft & Line;

/** A saved line as the API gives it: the inputs the shared plan views read, without the value. */
export type SavedPlanLine = Omit<PlanLineView, "value" | "bonusCodes"> & {
  bonusCodes: readonly string[];
};

/** What savePlan takes for one line. */
export interface PlanLineRequest {
  blockCode: string;
  description: string | null;
  people: number;
  hoursPerWeek: string | null;
  startDate: string | null;
  endDate: string | null;
  hours: string | null;
  days: string | null;
  count: string | null;
  amountExclVat: string | null;
  bonusCodes: string[];
}

export function draftFromSaved(line: SavedPlanLine): PlanLineDraft {
  return {
    ...emptyLine(line.blockCode),
    description: line.description ?? "",
    people: String(line.people),
    hoursPerWeek: toDutchInput(line.hoursPerWeek, NUMBERS.hoursPerWeek.kind),
    startDate: line.startDate ?? "",
    endDate: line.endDate ?? "",
    hours: toDutchInput(line.hours, NUMBERS.hours.kind),
    days: toDutchInput(line.days, NUMBERS.days.kind),
    count: toDutchInput(line.count, NUMBERS.count.kind),
    amount: toDutchInput(line.amountExclVat, NUMBERS.amountExclVat.kind),
    bonusCodes: [...line.bonusCodes],
  };
}

/** The request for a line the browser valued; null while the line has an error. */
export function requestFor(line: PlanLineDraft, valuation: LineValuation): PlanLineRequest | null {
  if (!valuation.ok) return null;
  const { input } = valuation;
  return {
    blockCode: input.blockCode,
    description: line.description.trim() || null,
    people: valuation.people,
    hoursPerWeek: input.hoursPerWeek,
    startDate: input.startDate,
    endDate: input.endDate,
    hours: input.hours,
    days: input.days,
    count: input.count,
    amountExclVat: input.amountExclVat,
    bonusCodes: input.bonusCodes,
  };
}

export type LineIssueField = InputField | "bonusCodes" | "block" | "description";

export interface ServerIssues {
  /** by the line's position in the request */
  lines: Map<number, Partial<Record<LineIssueField, string>>>;
  /** messages about the plan as a whole */
  general: string[];
}

// The API names a line's inputs after its input type; the editor's draft names two differently.
const DRAFT_FIELDS: Record<string, LineIssueField> = {
  ...DRAFT_FIELD_OF,
  people: "people",
  bonusCodes: "bonusCodes",
  blockCode: "block",
  description: "description",
};

/** A ValidationError's issues ("lines.2.amountExclVat") sorted by line and draft field. */
export function sortIssues(issues: readonly { field: string; message: string }[]): ServerIssues {
  const result: ServerIssues = { lines: new Map(), general: [] };
  for (const issue of issues) {
    const match = /^lines\.(\d+)\.(\w+)$/.exec(issue.field);
    const position = match ? Number(match[1]) : null;
    const field = match?.[2] ? DRAFT_FIELDS[match[2]] : undefined;
    if (position === null || !field) {
      result.general.push(issue.message);
      continue;
    }
    const line = result.lines.get(position) ?? {};
    line[field] ??= issue.message;
    result.lines.set(position, line);
  }
  return result;
}
