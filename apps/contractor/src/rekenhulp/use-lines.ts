// The lines of the rekenhulp live in the address. Typing updates the address at once (replacing
// the history entry, so Back leaves the calculation rather than undoing keystrokes); the fields
// themselves render from local state, so the cursor never jumps while the router catches up.
import { useCallback, useEffect, useRef, useState } from "react";
import { useLocation, useNavigate, useSearchParams } from "react-router";
import { formatLine, type LineDraft, PARAMS, parseLine, searchWithLines } from "./state";

export interface Line extends LineDraft {
  /** Only for React and focus: a line's place in the list is what the address stores */
  id: number;
}

let lastId = 0;
/** The line with an id no other line on the page has. */
export function withId<D extends LineDraft>(line: D): D & Line {
  lastId += 1;
  return { ...line, id: lastId };
}

function linesFrom(params: URLSearchParams): Line[] {
  return params
    .getAll(PARAMS.line)
    .map(parseLine)
    .filter((line): line is LineDraft => line !== null)
    .map(withId);
}

const keyOf = (lines: readonly LineDraft[]) => lines.map(formatLine).join("\n");

export function useLinesInAddress(): {
  lines: Line[];
  setLines: (lines: Line[]) => void;
  newLine: (draft: LineDraft) => Line;
} {
  const [searchParams] = useSearchParams();
  const { pathname } = useLocation();
  const navigate = useNavigate();
  const [lines, setLocalLines] = useState(() => linesFrom(searchParams));
  // What this hook last wrote; anything else in the address came from elsewhere (Back, a link).
  const written = useRef(keyOf(lines));
  const addressKey = searchParams.getAll(PARAMS.line).join("\n");

  useEffect(() => {
    if (addressKey === written.current) return;
    written.current = addressKey;
    setLocalLines(linesFrom(new URLSearchParams(window.location.search)));
  }, [addressKey]);

  const setLines = useCallback(
    (next: Line[]) => {
      setLocalLines(next);
      written.current = keyOf(next);
      const search = searchWithLines(new URLSearchParams(window.location.search), next);
      navigate({ pathname, search }, { replace: true, preventScrollReset: true });
    },
    [navigate, pathname],
  );

  return { lines, setLines, newLine: withId };
}
