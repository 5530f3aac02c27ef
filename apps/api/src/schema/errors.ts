// Registers the error classes of ../errors.ts as GraphQL types: each implements the Error
// interface, so a client can ask `... on Error { message }` of any result union.
import type { Viewer } from "../auth/viewer.js";
import { builder } from "../builder.js";
import {
  ConflictError,
  type FieldIssue,
  ImportError,
  InputError,
  LoginThrottledError,
  NotAllowedError,
  ValidationError,
} from "../errors.js";

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

export const CatalogueProblem = builder
  .objectRef<{ path: string; message: string }>("CatalogueProblem")
  .implement({
    description: "Something to fix before a draft can be published, or a line of an import report",
    fields: (t) => ({
      path: t.exposeString("path", {
        description: 'Where: "blocks[2].amount" or "regel 4, bedrag"',
      }),
      message: t.exposeString("message"),
    }),
  });

builder.objectType(ImportError, {
  name: "ImportError",
  description: "The file was not imported; the report lists every problem. Nothing was saved",
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof ImportError,
  fields: (t) => ({
    problems: t.field({ type: [CatalogueProblem], resolve: (error) => error.problems }),
  }),
});

builder.objectType(LoginThrottledError, {
  name: "LoginThrottledError",
  description: "Too many failed logins; wait before trying again",
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof LoginThrottledError,
  fields: (t) => ({ retryAfterSeconds: t.exposeInt("retryAfterSeconds") }),
});

/** What a mutation that edits a record reports as data: bad input, a stale version, a refusal. */
export const editErrors = [ValidationError, ConflictError, NotAllowedError];

/** The logged-in viewer of a mutation; anonymous callers get a refusal as data. */
export function viewerOf(ctx: { viewer: Viewer | null }): Viewer {
  if (!ctx.viewer) throw new NotAllowedError("Log eerst in.");
  return ctx.viewer;
}
