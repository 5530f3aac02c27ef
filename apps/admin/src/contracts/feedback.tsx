// The answer to something the person just did on a page: done, refused, or changed meanwhile by
// someone else. It takes focus, because the button that was pressed may be gone now.
import { Alert, Button } from "@sroi/ui";
import { useEffect, useRef } from "react";

export type ActionFeedback =
  | { kind: "done"; message: string }
  | { kind: "failed"; message: string }
  | { kind: "conflict"; message: string };

/** The message of a mutation's result union, as feedback; null when it is the changed record. */
export function feedbackFrom(
  result: { __typename: string; message?: string } | null | undefined,
  done: string,
): ActionFeedback {
  if (!result) return { kind: "failed", message: "Er kwam geen antwoord. Probeer het opnieuw." };
  if (result.__typename === "ConflictError")
    return { kind: "conflict", message: result.message ?? "" };
  if (result.message !== undefined) return { kind: "failed", message: result.message };
  return { kind: "done", message: done };
}

export function ActionFeedbackMessage({
  feedback,
  onReload,
  reloading = false,
}: {
  feedback: ActionFeedback;
  onReload: () => void;
  reloading?: boolean;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <div ref={ref} tabIndex={-1} className="sroi-feedback">
      {feedback.kind === "done" ? (
        <Alert type="ok" role="status">
          <p className="utrecht-paragraph">{feedback.message}</p>
        </Alert>
      ) : (
        <Alert
          type="error"
          role="alert"
          heading={
            feedback.kind === "conflict"
              ? "Iemand anders heeft deze opdracht gewijzigd"
              : "Niet gelukt"
          }
          headingLevel={3}
        >
          <p className="utrecht-paragraph">{feedback.message}</p>
          {feedback.kind === "conflict" ? (
            <Button appearance="secondary-action" onClick={onReload} disabled={reloading}>
              Laad de nieuwe gegevens
            </Button>
          ) : null}
        </Alert>
      )}
    </div>
  );
}
