// How the catalogue and policy forms answer a submit: problems listed at the top (each linked to
// its field) and at each field, or one message when the server refused for another reason.
import { Alert, ErrorSummary, type ErrorSummaryItem } from "@sroi/ui";
import { type ReactNode, useEffect, useRef } from "react";
import type { FieldIssue } from "./outcome";

/**
 * The API names fields by its input paths ("block.amount", "input.percentage"); the forms know
 * them by the last part. `fieldIds` maps that part to the id of the control.
 */
export function issueField(field: string): string {
  const parts = field.split(".");
  return parts[parts.length - 1] ?? field;
}

export function errorFor(issues: FieldIssue[], field: string): string | undefined {
  return issues.find((issue) => issueField(issue.field) === field)?.message;
}

/** The issues in the order of the fields on the page; unknown fields go to `fallbackId`. */
export function summaryItems(
  issues: FieldIssue[],
  fieldIds: Record<string, string>,
  fallbackId: string,
): ErrorSummaryItem[] {
  const order = Object.keys(fieldIds);
  const rank = (field: string) => {
    const index = order.indexOf(issueField(field));
    return index === -1 ? order.length : index;
  };
  return [...issues]
    .sort((a, b) => rank(a.field) - rank(b.field))
    .map((issue) => ({
      fieldId: fieldIds[issueField(issue.field)] ?? fallbackId,
      message: issue.message,
    }));
}

export function FormErrors({
  issues,
  fieldIds,
  fallbackId,
  failure,
}: {
  issues: FieldIssue[];
  fieldIds: Record<string, string>;
  fallbackId: string;
  failure: string | null;
}) {
  return (
    <>
      {issues.length > 0 ? (
        <ErrorSummary items={summaryItems(issues, fieldIds, fallbackId)} />
      ) : null}
      {failure ? <FailureMessage>{failure}</FailureMessage> : null}
    </>
  );
}

/** A refusal or a failed request; takes focus, because the button pressed may be gone now. */
export function FailureMessage({
  heading = "Niet gelukt",
  children,
}: {
  heading?: string;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <div ref={ref} tabIndex={-1} className="sroi-focus-target">
      <Alert type="error" role="alert" heading={heading} headingLevel={2}>
        <p className="utrecht-paragraph">{children}</p>
      </Alert>
    </div>
  );
}
