// What a catalogue or policy mutation answered, in the few shapes a page acts on: the saved record,
// field problems to show at their fields, a line-by-line import report, or a plain refusal.

export interface FieldIssue {
  field: string;
  message: string;
}

export interface CatalogueProblem {
  path: string;
  message: string;
}

export type MutationOutcome<Ok> =
  | { kind: "ok"; value: Ok }
  | { kind: "invalid"; message: string; issues: FieldIssue[] }
  | { kind: "import"; message: string; problems: CatalogueProblem[] }
  | { kind: "failed"; message: string };

type Answer = { __typename: string } & Record<string, unknown>;

/** `okType`: the __typename of a success, e.g. "CatalogueVersion". */
export function outcomeOf<Result extends { __typename: string }, Ok extends string>(
  result: Result | null | undefined,
  okType: Ok,
): MutationOutcome<Extract<Result, { __typename: Ok }>> {
  if (!result) return { kind: "failed", message: NO_ANSWER };
  if (result.__typename === okType) {
    return { kind: "ok", value: result as Extract<Result, { __typename: Ok }> };
  }
  const answer = result as unknown as Answer;
  const message = typeof answer.message === "string" ? answer.message : NO_ANSWER;
  if (Array.isArray(answer.problems)) {
    return { kind: "import", message, problems: answer.problems as CatalogueProblem[] };
  }
  if (Array.isArray(answer.issues)) {
    return { kind: "invalid", message, issues: answer.issues as FieldIssue[] };
  }
  return { kind: "failed", message };
}

export const NO_ANSWER =
  "Dat is niet gelukt: de server gaf geen bruikbaar antwoord. Probeer het opnieuw.";

/** For a catch block: the request itself failed (network, server error). */
export function requestFailed(): { kind: "failed"; message: string } {
  return {
    kind: "failed",
    message: "Dat is niet gelukt: de server was niet bereikbaar. Probeer het opnieuw.",
  };
}
