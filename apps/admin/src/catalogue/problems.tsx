// "Nog op te lossen voor publicatie": what keeps a draft from being published, each problem linked
// to the form where it can be fixed.
import { Alert, Link } from "@sroi/ui";
import type { MouseEvent } from "react";
import type { CatalogueProblem } from "../forms/outcome";

interface Item {
  code: string;
}

export interface ProblemTarget {
  /** Where to fix it: a block or bonus form, or a field of the version's own form */
  to: string;
}

/** The metadata fields of a draft, by the API's field names, with the id of their control. */
export const DRAFT_FIELD_IDS: Record<string, string> = {
  name: "versie-naam",
  basisHours: "versie-voltijd",
  source: "versie-bron",
  countingNote: "versie-telregel",
  conceptNote: "versie-concept",
};

/**
 * Where a problem's path points: "blocks[2].amount" or "blocks.PRO-VSO.amount" to a block,
 * "bonuses[0]…" to a bonus, "basisHours" to the version's own form; null when it is unclear.
 */
export function problemTarget(
  path: string,
  version: { key: string; blocks: Item[]; bonuses: Item[] },
): ProblemTarget | null {
  const base = `/catalogi/${encodeURIComponent(version.key)}`;
  const match = /^(blocks|bonuses)(?:\[(\d+)\]|\.([^.[\]]+))/.exec(path.trim());
  if (match) {
    const [, list, index, code] = match;
    const items = list === "blocks" ? version.blocks : version.bonuses;
    const item =
      index !== undefined
        ? items[Number(index)]
        : items.find((candidate) => candidate.code === code);
    if (!item) return null;
    const segment = list === "blocks" ? "bouwblokken" : "toeslagen";
    return { to: `${base}/${segment}/${encodeURIComponent(item.code)}` };
  }
  // The whole list is at fault (e.g. no blocks at all): adding one is the way to fix it.
  if (path.trim() === "blocks") return { to: `${base}/bouwblokken/nieuw` };
  if (path.trim() === "bonuses") return { to: `${base}/toeslagen/nieuw` };
  const field = /^[a-zA-Z]+/.exec(path.trim())?.[0];
  const fieldId = field ? DRAFT_FIELD_IDS[field] : undefined;
  return fieldId ? { to: `${base}#${fieldId}` } : null;
}

export function ProblemsList({
  problems,
  version,
}: {
  problems: CatalogueProblem[];
  version: { key: string; blocks: Item[]; bonuses: Item[] };
}) {
  if (problems.length === 0) {
    return (
      <Alert type="ok" heading="Klaar om te publiceren">
        <p className="utrecht-paragraph">
          Er zijn geen problemen gevonden: deze conceptversie kan worden gepubliceerd.
        </p>
      </Alert>
    );
  }
  return (
    <Alert type="warning" heading="Nog op te lossen voor publicatie">
      <p className="utrecht-paragraph">
        {problems.length === 1
          ? "Eén punt moet nog worden opgelost voordat deze versie kan worden gepubliceerd:"
          : `${problems.length} punten moeten nog worden opgelost voordat deze versie kan worden gepubliceerd:`}
      </p>
      <ul className="sroi-problem-list">
        {problems.map((problem) => {
          const target = problemTarget(problem.path, version);
          // The API's messages already name the block or bonus ("Bouwblok PRO-VSO: …").
          const text = capitalise(problem.message);
          return (
            <li key={`${problem.path}:${problem.message}`}>
              {target ? (
                target.to.includes("#") ? (
                  <a
                    className="utrecht-link utrecht-link--html-a"
                    href={hashOf(target.to)}
                    onClick={(event) => focusField(event, hashOf(target.to).slice(1))}
                  >
                    {text}
                  </a>
                ) : (
                  <Link to={target.to}>{text}</Link>
                )
              ) : (
                <>
                  {text} <span className="sroi-problem-path">({problem.path})</span>
                </>
              )}
            </li>
          );
        })}
      </ul>
    </Alert>
  );
}

const hashOf = (to: string) => to.slice(to.indexOf("#"));

// As in the error summary: focus the control without changing the address, its label in view.
function focusField(event: MouseEvent<HTMLAnchorElement>, id: string) {
  const control = document.getElementById(id);
  if (!control) return;
  event.preventDefault();
  (control.closest(".utrecht-form-field") ?? control).scrollIntoView({ block: "start" });
  control.focus({ preventScroll: true });
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
