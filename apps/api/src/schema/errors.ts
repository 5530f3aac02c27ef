// Errors as data: expected failures (bad input, a conflicting edit, a step not allowed now) are
// part of a field's result type, with a Dutch message for the person and, where it applies, the
// input field it concerns. Unexpected failures stay exceptions and are masked by Apollo.
import { builder } from "../builder.js";

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

export const ErrorInterface = builder.interfaceRef<Error>("Error").implement({
  description: "An expected failure, reported as data with a message in Dutch",
  fields: (t) => ({ message: t.exposeString("message") }),
});

builder.objectType(InputError, {
  name: "InputError",
  description: "The input was incomplete or not valid",
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof InputError,
  fields: (t) => ({
    field: t.exposeString("field", {
      nullable: true,
      description: "The input field the message is about",
    }),
  }),
});

const FieldIssueRef = builder.objectRef<FieldIssue>("FieldIssue").implement({
  fields: (t) => ({
    field: t.exposeString("field", {
      description: 'Input path, e.g. "valueExclVat" or "contractor.kvkNumber"',
    }),
    message: t.exposeString("message"),
  }),
});

builder.objectType(ValidationError, {
  name: "ValidationError",
  description: "One or more input fields are not valid",
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof ValidationError,
  fields: (t) => ({ issues: t.field({ type: [FieldIssueRef], resolve: (error) => error.issues }) }),
});

builder.objectType(ConflictError, {
  name: "ConflictError",
  description: "The record changed since it was read; reload and apply the change again",
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof ConflictError,
  fields: () => ({}),
});

builder.objectType(NotAllowedError, {
  name: "NotAllowedError",
  description: "Not allowed in the record's current state",
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof NotAllowedError,
  fields: () => ({}),
});
