// One way for every form of the organisation tree to send its change: problems at the fields, a
// refusal as one message, and on success a sentence for the page to announce (see useAnnounce).
import type { FlashState } from "@sroi/ui";
import { type FormEvent, useState } from "react";
import { useLocation, useNavigate } from "react-router";
import { type FieldIssue, type MutationOutcome, outcomeOf, requestFailed } from "../forms/outcome";

export interface TreeForm {
  issues: FieldIssue[];
  failure: string | null;
  submitting: boolean;
  /** runs `send` once; `done` gets the success and returns the sentence to announce */
  submit<Result extends { __typename: string }, Ok extends string>(
    event: FormEvent<HTMLFormElement>,
    okType: Ok,
    send: () => Promise<Result | null | undefined>,
    done: (value: Extract<Result, { __typename: Ok }>) => string,
  ): Promise<void>;
}

export function useTreeForm(announce: (message: string) => void): TreeForm {
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  return {
    issues,
    failure,
    submitting,
    async submit(event, okType, send, done) {
      event.preventDefault();
      if (submitting) return;
      setSubmitting(true);
      setFailure(null);
      let outcome: MutationOutcome<never> | ReturnType<typeof outcomeOf> = requestFailed();
      try {
        outcome = outcomeOf(await send(), okType);
      } catch {
        // the request itself failed: requestFailed() says so
      } finally {
        setSubmitting(false);
      }
      if (outcome.kind === "ok") {
        setIssues([]);
        announce(done(outcome.value as Parameters<typeof done>[0]));
      } else if (outcome.kind === "invalid" && outcome.issues.length > 0) {
        setIssues(outcome.issues);
      } else {
        setIssues([]);
        setFailure(outcome.message);
      }
    },
  };
}

/**
 * Says what changed in the page's status line and reads the tree again: a navigation to the same
 * page runs its loader, which asks the API afresh, and carries the sentence as its flash.
 */
export function useAnnounce(): (message: string) => void {
  const navigate = useNavigate();
  const { pathname } = useLocation();
  return (message) => {
    const state: FlashState = { flash: message };
    navigate(pathname, { replace: true, state });
  };
}
