// Errors as data: expected failures (bad input, a conflicting edit, a step not allowed now) are
// part of a field's result type, with a Dutch message for the person and, where it applies, the
// input field it concerns. Unexpected failures stay exceptions and are masked by Apollo.
// Plain classes: services throw them; schema/errors.ts registers them as GraphQL types.
import type { CatalogueFileProblem } from "@sroi/domain";
import { waitPhrase } from "./auth/throttle.js";

/** A problem with what the caller sent; `field` names the input field, when there is one. */
export class InputError extends Error {
  constructor(
    message: string,
    readonly field: string | null = null,
  ) {
    super(message);
    this.name = "InputError";
  }
}

export interface FieldIssue {
  field: string;
  message: string;
}

/** Several problems with a form at once, so a person can fix them all in one go. */
export class ValidationError extends Error {
  constructor(readonly issues: FieldIssue[]) {
    super(
      issues.length === 1
        ? (issues[0]?.message ?? "Controleer de invoer.")
        : `Controleer de invoer: ${issues.length} velden zijn niet in orde.`,
    );
    this.name = "ValidationError";
  }
}

/** Someone else changed the record since it was read (optimistic locking). */
export class ConflictError extends Error {
  constructor(
    message = "Iemand anders heeft dit intussen gewijzigd. Uw invoer is bewaard: laad de nieuwe gegevens en voer uw wijziging opnieuw door.",
  ) {
    super(message);
    this.name = "ConflictError";
  }
}

/** The request is understood but not allowed in the record's current state. */
export class NotAllowedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "NotAllowedError";
  }
}

/** A file that could not be read; every problem is listed and nothing was saved. */
export class ImportError extends Error {
  constructor(readonly problems: CatalogueFileProblem[]) {
    super(
      `Het bestand is niet ingelezen: ${problems.length} ${problems.length === 1 ? "probleem" : "problemen"}. Er is niets opgeslagen.`,
    );
    this.name = "ImportError";
  }
}

/** Too many failed logins from one address or for one account. */
export class LoginThrottledError extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super(
      `Te veel mislukte inlogpogingen. Probeer het ${waitPhrase(retryAfterSeconds)} opnieuw, of vraag een nieuw wachtwoord aan.`,
    );
    this.name = "LoginThrottledError";
  }
}

/**
 * Refuses with the reason a rule gave. Each rule returns its Dutch reason, or null when the step
 * is allowed, so that a mutation and the matching `viewerCan` field ask the same function.
 */
export function refuseWith(reason: string | null): void {
  if (reason !== null) throw new NotAllowedError(reason);
}

/**
 * Refuses input with every problem found. Called after the refusal checks (refuseWith), so that
 * someone who may not touch a record never learns what is wrong with their input about it.
 */
export function refuseInvalid(issues: FieldIssue[]): void {
  if (issues.length > 0) throw new ValidationError(issues);
}
