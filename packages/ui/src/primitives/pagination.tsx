// Paging through a long list: where you are ("26–50 van 112") and links to the pages around it.
// Links rather than buttons: every page has its own address, to share or open in a new tab.
import type { To } from "react-router";
import { Link } from "./link.js";

export interface PaginationProps {
  /** What the list holds, e.g. "Opdrachten": names the navigation landmark */
  label: string;
  /** 1-based position of the first and last row shown */
  from: number;
  to: number;
  /** null when the total is not known */
  total: number | null;
  previous: To | null;
  next: To | null;
}

export function Pagination({ label, from, to, total, previous, next }: PaginationProps) {
  if (to < from) return null;
  const position = total === null ? `${from}–${to}` : `${from}–${to} van ${total}`;
  return (
    <nav className="sroi-pagination" aria-label={`${label}: pagina's`}>
      <p className="utrecht-paragraph sroi-pagination__position">{position}</p>
      {previous || next ? (
        <ul className="sroi-pagination__links">
          {previous ? (
            <li>
              <Link to={previous} className="sroi-pagination__link" rel="prev">
                <span aria-hidden="true">‹ </span>Vorige
              </Link>
            </li>
          ) : null}
          {next ? (
            <li>
              <Link to={next} className="sroi-pagination__link" rel="next">
                Volgende<span aria-hidden="true"> ›</span>
              </Link>
            </li>
          ) : null}
        </ul>
      ) : null}
    </nav>
  );
}
