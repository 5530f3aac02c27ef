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
  children: ReactNode;
}

export function Table({
  caption,
  captionHidden = false,
  fixedLayout = false,
  children,
}: TableProps) {
  const captionId = useId();
  const containerRef = useRef<HTMLDivElement>(null);
  const scrolls = useScrollsInline(containerRef);
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

export function TableRow({ children }: { children: ReactNode }) {
  return <tr className="utrecht-table__row">{children}</tr>;
}

export interface TableHeaderCellProps {
  /** "col" in the header row, "row" for the cell that names its row */
  scope: "col" | "row";
  numeric?: boolean;
  /** A column of sentences: on a narrow screen it keeps a readable width and the table scrolls */
  wide?: boolean;
  children: ReactNode;
}

export function TableHeaderCell({
  scope,
  numeric = false,
  wide = false,
  children,
}: TableHeaderCellProps) {
  return (
    <th
      scope={scope}
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
