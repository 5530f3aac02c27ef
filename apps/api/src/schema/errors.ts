// Errors as data: expected failures (bad input, unknown keys) are part of a field's result type,
// with a Dutch message for the person and the input field it concerns. Unexpected failures stay
// exceptions and are masked by Apollo.
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
