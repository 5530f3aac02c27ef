// Messages about the state of the page: loading, nothing to show, something went wrong.
import { type ReactNode, type RefObject, useEffect, useRef } from "react";

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

/**
 * The ref for a message that answers something the person just did: the message takes focus when
 * it appears, so it is read out, because the button that was pressed may be gone or far away.
 */
export function useFocusOnMount<T extends HTMLElement>(): RefObject<T | null> {
  const ref = useRef<T>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return ref;
}

/**
 * An Alert that answers something the person just did: it takes focus when it appears (see
 * useFocusOnMount), an error with role "alert", an outcome with role "status".
 */
export function FocusedAlert(props: AlertProps) {
  const ref = useFocusOnMount<HTMLDivElement>();
  return (
    <div ref={ref} tabIndex={-1} className="sroi-feedback">
      <Alert {...props} />
    </div>
  );
}
