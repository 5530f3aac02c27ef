// The list of everything wrong with a form, at its top. It takes focus when it appears, so a
// keyboard or screen reader user hears what to fix; each item links to its field.
import { type MouseEvent, type ReactNode, useEffect, useId, useRef } from "react";

export interface ErrorSummaryItem {
  /** id of the control to move to */
  fieldId: string;
  message: string;
}

export interface ErrorSummaryProps {
  heading?: ReactNode;
  items: ErrorSummaryItem[];
  /** Messages that belong to no single field */
  children?: ReactNode;
}

export function ErrorSummary({
  heading = "Er is iets niet goed ingevuld",
  items,
  children,
}: ErrorSummaryProps) {
  const ref = useRef<HTMLElement>(null);
  const headingId = useId();
  // Focus again whenever the list changes: a second failed submit should be announced as well.
  const signature = items.map((item) => `${item.fieldId}:${item.message}`).join("|");
  const focusedFor = useRef<string | null>(null);
  useEffect(() => {
    if (focusedFor.current === signature) return;
    focusedFor.current = signature;
    ref.current?.focus();
  }, [signature]);
  return (
    <section
      ref={ref}
      tabIndex={-1}
      aria-labelledby={headingId}
      className="utrecht-alert utrecht-alert--error sroi-alert sroi-error-summary"
    >
      <div className="utrecht-alert__content">
        <div className="utrecht-alert__message">
          <h2 className="utrecht-heading-2" id={headingId}>
            {heading}
          </h2>
          {children}
          {items.length > 0 ? (
            <ul className="sroi-error-summary__list">
              {items.map((item) => (
                <li key={`${item.fieldId}:${item.message}`}>
                  <a
                    className="utrecht-link utrecht-link--html-a"
                    href={`#${item.fieldId}`}
                    onClick={(event) => focusField(event, item.fieldId)}
                  >
                    {item.message}
                  </a>
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      </div>
    </section>
  );
}

// Focus the control without changing the URL (the router would see a navigation), and show its
// label too: the label sits above the control.
function focusField(event: MouseEvent<HTMLAnchorElement>, fieldId: string) {
  const control = document.getElementById(fieldId);
  if (!control) return;
  event.preventDefault();
  const field = control.closest(".utrecht-form-field") ?? control;
  field.scrollIntoView({ block: "start" });
  control.focus({ preventScroll: true });
}
