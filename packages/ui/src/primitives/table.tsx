// Data tables. On a narrow screen a wide table scrolls sideways inside its own box, so the page
// itself never needs to scroll horizontally (WCAG 1.4.10 allows this for data tables).
import { type ReactNode, useEffect, useId, useRef, useState } from "react";
import { classNames } from "./class-names.js";

export interface TableProps {
  caption: ReactNode;
  /** Hide the caption visually when a heading right above already says the same */
  captionHidden?: boolean;
  /** Equal column widths on wide screens, so tables of the same kind line up */
  fixedLayout?: boolean;
  /**
   * On a phone each row becomes a block with every cell under its column's name, instead of a
   * table that scrolls sideways and hides its last columns (such as a status) out of view.
   */
  stackOnPhone?: boolean;
  children: ReactNode;
}

export function Table({
  caption,
  captionHidden = false,
  fixedLayout = false,
  stackOnPhone = false,
  children,
}: TableProps) {
  const captionId = useId();
  const containerRef = useRef<HTMLDivElement>(null);
  const scrolls = useScrollsInline(containerRef);
  useColumnLabels(containerRef, stackOnPhone);
  return (
    // A box that scrolls must be reachable by keyboard; it is named after the table it holds.
    <div
      ref={containerRef}
      className="utrecht-table-container utrecht-table-container--overflow-inline sroi-table-container"
      {...(scrolls ? { role: "region", "aria-labelledby": captionId, tabIndex: 0 } : {})}
    >
      <table
        className={classNames(
          "utrecht-table utrecht-table--html-table",
          fixedLayout && "sroi-table--fixed",
          stackOnPhone && "sroi-table--stack",
        )}
      >
        <caption
          id={captionId}
          className={classNames("utrecht-table__caption", captionHidden && "sroi-visually-hidden")}
        >
          {caption}
        </caption>
        {children}
      </table>
    </div>
  );
}

/**
 * Gives every body cell its column's name (data-label), which a stacked table shows before the
 * cell; read from the header after each render, so no caller repeats its column names per cell.
 */
function useColumnLabels(ref: React.RefObject<HTMLElement | null>, enabled: boolean) {
  useEffect(() => {
    const table = ref.current?.querySelector("table");
    if (!enabled || !table) return;
    const names = [...table.querySelectorAll("thead tr:last-child th")].map(
      (cell) => cell.textContent?.trim() ?? "",
    );
    for (const row of table.querySelectorAll("tbody tr")) {
      [...row.children].forEach((cell, index) => {
        const name = names[index];
        if (name) cell.setAttribute("data-label", name);
      });
    }
  });
}

function useScrollsInline(ref: React.RefObject<HTMLElement | null>): boolean {
  const [scrolls, setScrolls] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => setScrolls(element.scrollWidth > element.clientWidth);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return scrolls;
}

export function TableHeader({ children }: { children: ReactNode }) {
  return <thead className="utrecht-table__header">{children}</thead>;
}

export function TableBody({ children }: { children: ReactNode }) {
  return <tbody className="utrecht-table__body">{children}</tbody>;
}

/** `total`: the row that adds up the rows above it, set apart by a line */
export function TableRow({ total = false, children }: { total?: boolean; children: ReactNode }) {
  return (
    <tr className={classNames("utrecht-table__row", total && "sroi-table__row--total")}>
      {children}
    </tr>
  );
}

export interface TableHeaderCellProps {
  /** "col" in the header row, "row" for the cell that names its row */
  scope: "col" | "row";
  numeric?: boolean;
  /** A column of sentences: on a narrow screen it keeps a readable width and the table scrolls */
  wide?: boolean;
  /** The column the rows are sorted by, and which way; "none" for a column that can be sorted */
  sort?: "ascending" | "descending" | "none";
  children: ReactNode;
}

export function TableHeaderCell({
  scope,
  numeric = false,
  wide = false,
  sort,
  children,
}: TableHeaderCellProps) {
  return (
    <th
      scope={scope}
      aria-sort={sort}
      className={classNames(
        "utrecht-table__header-cell",
        numeric && "utrecht-table__header-cell--numeric-column",
        wide && "sroi-column--wide",
      )}
    >
      {children}
    </th>
  );
}

export function TableCell({
  numeric = false,
  children,
}: {
  numeric?: boolean;
  children?: ReactNode;
}) {
  return (
    <td
      className={classNames("utrecht-table__cell", numeric && "utrecht-table__cell--numeric-data")}
    >
      {children}
    </td>
  );
}

export interface SortButtonProps {
  /** Which way the column is sorted now; null when the rows are sorted by another column */
  direction: "ascending" | "descending" | null;
  onClick: () => void;
  children: ReactNode;
}

/**
 * The button in a sortable column's header. The header cell carries aria-sort (see
 * TableHeaderCell); the arrow only repeats that for the eye.
 */
export function SortButton({ direction, onClick, children }: SortButtonProps) {
  return (
    <button type="button" className="sroi-sort-button" onClick={onClick}>
      {children}
      <svg
        className="sroi-sort-button__icon"
        viewBox="0 0 16 16"
        width="16"
        height="16"
        aria-hidden="true"
        focusable="false"
      >
        {direction === "ascending" ? (
          <path d="M8 3l5 7H3z" fill="currentColor" />
        ) : direction === "descending" ? (
          <path d="M8 13l5-7H3z" fill="currentColor" />
        ) : (
          <path d="M8 1l4 5H4zM8 15l4-5H4z" fill="currentColor" opacity="0.6" />
        )}
      </svg>
    </button>
  );
}
