// Messages about the state of the page: loading, nothing to show, something went wrong.
import type { ReactNode } from "react";

export interface AlertProps {
  type?: "info" | "ok" | "warning" | "error";
  heading?: ReactNode;
  /** Level of the heading inside the alert; 2 unless the alert sits deeper in the page */
  headingLevel?: 2 | 3 | 4;
  /** "alert" interrupts a screen reader (use for errors), "status" waits its turn */
  role?: "alert" | "status";
  children?: ReactNode;
}

export function Alert({ type = "info", heading, headingLevel = 2, role, children }: AlertProps) {
  const HeadingTag = `h${headingLevel}` as const;
  return (
    <div className={`utrecht-alert utrecht-alert--${type} sroi-alert`} role={role}>
      <div className="utrecht-alert__content">
        <div className="utrecht-alert__message">
          {heading ? (
            <HeadingTag className={`utrecht-heading-${headingLevel}`}>{heading}</HeadingTag>
          ) : null}
          {children}
        </div>
      </div>
    </div>
  );
}

/** Shown while data loads for the first time. */
export function Loading({ children = "Bezig met laden…" }: { children?: ReactNode }) {
  return (
    <p className="utrecht-paragraph sroi-loading" role="status">
      {children}
    </p>
  );
}

/** Nothing to show: say so plainly, rather than showing an empty table. */
export function EmptyState({ children }: { children: ReactNode }) {
  return <p className="utrecht-paragraph sroi-empty">{children}</p>;
}
