// An action that cannot be undone (publish, retire, delete) asks once more, in the page itself:
// the question takes focus so a screen reader reads it, and "Annuleren" puts focus back.
import { Alert, Button, ButtonGroup } from "@sroi/ui";
import { type ReactNode, useEffect, useId, useRef, useState } from "react";

export interface ConfirmPanelProps {
  /** The question, e.g. "Deze versie intrekken?" */
  question: string;
  /** The button that does it, e.g. "Ja, intrekken" */
  confirmLabel: string;
  /** What happens, in a sentence or two */
  children: ReactNode;
  /** Runs the action; resolves to a message when it failed, null when done */
  onConfirm: () => Promise<string | null>;
  onCancel: () => void;
}

/** The question itself, shown while it is open; it takes focus when it appears. */
export function ConfirmPanel({
  question,
  confirmLabel,
  children,
  onConfirm,
  onCancel,
}: ConfirmPanelProps) {
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const questionRef = useRef<HTMLHeadingElement>(null);
  const headingId = useId();
  useEffect(() => {
    questionRef.current?.focus();
  }, []);

  async function confirm() {
    setBusy(true);
    setFailure(null);
    try {
      const message = await onConfirm();
      setFailure(message);
    } catch {
      setFailure("Dat is niet gelukt: de server was niet bereikbaar. Probeer het opnieuw.");
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="sroi-panel sroi-confirm" aria-labelledby={headingId}>
      <h3 className="utrecht-heading-3" id={headingId} ref={questionRef} tabIndex={-1}>
        {question}
      </h3>
      {children}
      {failure ? (
        <Alert type="error" role="alert" heading="Niet gelukt" headingLevel={4}>
          <p className="utrecht-paragraph">{failure}</p>
        </Alert>
      ) : null}
      <ButtonGroup>
        <Button onClick={confirm} disabled={busy}>
          {busy ? "Bezig…" : confirmLabel}
        </Button>
        <Button appearance="secondary-action" disabled={busy} onClick={onCancel}>
          Annuleren
        </Button>
      </ButtonGroup>
    </section>
  );
}

export interface ConfirmActionProps extends Omit<ConfirmPanelProps, "onCancel"> {
  /** The button that asks, e.g. "Versie intrekken" */
  label: string;
  appearance?: "primary-action" | "secondary-action";
  /** A check before asking (e.g. a date that must be filled in); false keeps the panel closed */
  beforeAsking?: () => boolean;
  /** A fuller name for the button where several alike stand on one page */
  ariaLabel?: string;
}

/** A button that opens the question in its place; "Annuleren" brings the button back, focused. */
export function ConfirmAction({
  label,
  appearance = "secondary-action",
  beforeAsking,
  ariaLabel,
  ...panel
}: ConfirmActionProps) {
  const [asking, setAsking] = useState(false);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);
  useEffect(() => {
    if (!asking && returnFocus.current) {
      returnFocus.current = false;
      triggerRef.current?.focus();
    }
  }, [asking]);

  if (asking) {
    return (
      <ConfirmPanel
        {...panel}
        onCancel={() => {
          returnFocus.current = true;
          setAsking(false);
        }}
      />
    );
  }
  return (
    // A plain button: the shared Button takes no ref, and focus has to come back here.
    <button
      ref={triggerRef}
      type="button"
      className={`utrecht-button utrecht-button--${appearance}`}
      aria-label={ariaLabel}
      onClick={() => {
        if (beforeAsking && !beforeAsking()) return;
        setAsking(true);
      }}
    >
      {label}
    </button>
  );
}
