// What a client may learn from a failure. Expected failures (bad input, not logged in, a limit)
// answer in Dutch with their code; anything unexpected is logged here in full, in English, under
// the request's id, and the client gets only a Dutch message with that id to quote. So no Prisma
// or PostgreSQL text, stack or SQL ever reaches an answer.
import { AsyncLocalStorage } from "node:async_hooks";
import { randomUUID } from "node:crypto";
import { unwrapResolverError } from "@apollo/server/errors";
import type { PrismaClient } from "@prisma/client";
import type { NextFunction, Request, Response } from "express";
import type { GraphQLError, GraphQLFormattedError } from "graphql";
import { ConflictError } from "./errors.js";
import { logger, withoutEmailAddresses } from "./logging.js";
import { ScalarInputError } from "./schema/scalars.js";

interface RequestScope {
  requestId: string;
  /** nobody logged in: field suggestions are withheld from such callers in production */
  anonymous: boolean;
}

const scope = new AsyncLocalStorage<RequestScope>();

/** The id of the request being handled, for log lines; "-" outside a request. */
export function currentRequestId(): string {
  return scope.getStore()?.requestId ?? "-";
}

/** Called once the viewer is known. */
export function markAuthenticated(): void {
  const store = scope.getStore();
  if (store) store.anonymous = false;
}

/**
 * Gives every request an id (answered as X-Request-Id, so a person can quote it) and runs the
 * rest of the request in its scope.
 */
export function requestScope(_req: Request, res: Response, next: NextFunction): void {
  const requestId = randomUUID();
  res.setHeader("X-Request-Id", requestId);
  scope.run({ requestId, anonymous: true }, next);
}

export function internalErrorMessage(requestId: string): string {
  return `Er ging aan onze kant iets mis. Probeer het later opnieuw; blijft het misgaan, noem dan code ${requestId}.`;
}

/** Codes of failures the caller caused or may know about; everything else is masked. */
const EXPECTED_CODES = new Set([
  "BAD_USER_INPUT",
  "BAD_REQUEST",
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "OPERATION_RESOLUTION_FAILURE",
  "PERSISTED_QUERY_NOT_FOUND",
  "PERSISTED_QUERY_NOT_SUPPORTED",
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "CONFLICT",
  "NOT_FOUND",
]);

const PRISMA_CONFLICT_CODES = new Set([
  "P2002", // unique constraint: two requests created the same thing at once
  "P2034", // write conflict or deadlock: the transaction lost a race
]);

function prismaCode(error: unknown): string | null {
  const code = (error as { code?: unknown } | null)?.code;
  const name = (error as { name?: unknown } | null)?.name;
  return typeof name === "string" && name.startsWith("PrismaClient") && typeof code === "string"
    ? code
    : null;
}

function isPrismaConflict(error: unknown): boolean {
  return PRISMA_CONFLICT_CODES.has(prismaCode(error) ?? "");
}

/** P2025: a record the operation needs does not exist */
function isPrismaNotFound(error: unknown): boolean {
  return prismaCode(error) === "P2025";
}

/** The Prisma code and its target (e.g. the unique columns), without the long message. */
function conflictDetail(error: unknown): string {
  const cause = error instanceof ConflictError && error.cause ? error.cause : error;
  const meta = (cause as { meta?: unknown }).meta;
  return `${prismaCode(cause) ?? (cause as Error).message}${meta ? ` ${JSON.stringify(meta)}` : ""}`;
}

function where(formatted: GraphQLFormattedError): { path?: string } {
  return formatted.path ? { path: formatted.path.join(".") } : {};
}

/**
 * Two requests that race into the same unique row, or a transaction that loses a write conflict,
 * surface as a ConflictError: fields that list it answer it as data ("reload and try again"),
 * others get it as an error with code CONFLICT (formatError), never as a database message.
 */
export function withConflictErrors(prisma: PrismaClient): PrismaClient {
  return prisma.$extends({
    query: {
      async $allOperations({ args, query }) {
        try {
          return await query(args);
        } catch (error) {
          if (isPrismaConflict(error)) {
            // the database's own words stay in the log (formatError), never in the answer
            const conflict = new ConflictError();
            conflict.cause = error;
            throw conflict;
          }
          throw error;
        }
      },
    },
  }) as unknown as PrismaClient;
}

/** Where graphql-js wraps a scalar's own message in English, keep which variable it was. */
const VARIABLE_PREFIX = /^Variable "(\$[^"]+)" got invalid value .*?(?: at "([^"]+)")?; /s;

/** The scalar's own Dutch refusal somewhere down the chain of original errors, if any. */
function scalarRefusal(error: unknown): ScalarInputError | null {
  let current: unknown = error;
  for (let depth = 0; current && depth < 5; depth++) {
    if (current instanceof ScalarInputError) return current;
    current = (current as { originalError?: unknown }).originalError;
  }
  return null;
}

function scalarMessage(formatted: GraphQLFormattedError, refusal: ScalarInputError): string {
  const match = VARIABLE_PREFIX.exec(formatted.message);
  if (!match) return refusal.message;
  return `${refusal.message} (${match[2] ?? match[1]})`;
}

const TOKEN_LIMIT = /^Syntax Error: Document contains more tha[nt] (\d+) tokens/;
const SUGGESTION = /\s*Did you mean .+\?$/s;

function log(requestId: string, error: unknown): void {
  const located = error as Partial<GraphQLError>;
  logger().error(
    {
      reqId: requestId,
      ...(located.path ? { path: located.path.join(".") } : {}),
      err: unwrapResolverError(error),
    },
    "unexpected error",
  );
}

/**
 * Apollo's formatError: translates the expected failures into Dutch and masks the rest. Runs in
 * the request's scope, so the id in the answer is the id in the log. In production, callers who
 * are not logged in get no "Did you mean" suggestions of field names.
 */
export function errorFormatter(options: { production: boolean }) {
  return (formatted: GraphQLFormattedError, error: unknown) =>
    formatError(formatted, error, options.production);
}

function formatError(
  formatted: GraphQLFormattedError,
  error: unknown,
  production: boolean,
): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  const code = formatted.extensions?.code;
  const requestId = currentRequestId();
  if (original instanceof ConflictError || isPrismaConflict(original)) {
    logger().warn(
      {
        reqId: requestId,
        ...where(formatted),
        detail: withoutEmailAddresses(conflictDetail(original)),
      },
      "conflict",
    );
    return {
      message: new ConflictError().message,
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: { code: "CONFLICT" },
    };
  }
  if (isPrismaNotFound(original)) {
    // findUniqueOrThrow on an id that does not exist (or no longer): the caller's mistake
    logger().warn({ reqId: requestId, ...where(formatted) }, "not found");
    return {
      message: "Dit bestaat niet (meer), of u hebt er geen toegang toe.",
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: { code: "NOT_FOUND" },
    };
  }
  if (typeof code !== "string" || !EXPECTED_CODES.has(code)) {
    log(requestId, error);
    return {
      message: internalErrorMessage(requestId),
      ...(formatted.locations ? { locations: formatted.locations } : {}),
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: { code: "INTERNAL_SERVER_ERROR", requestId },
    };
  }
  let message = formatted.message;
  const refusal = scalarRefusal(error);
  if (refusal) message = scalarMessage(formatted, refusal);
  const tokens = TOKEN_LIMIT.exec(message);
  if (tokens) message = `Deze vraag is te lang: hooguit ${tokens[1]} onderdelen (tokens).`;
  if (production && scope.getStore()?.anonymous) {
    message = message.replace(SUGGESTION, "");
  }
  return { ...formatted, message };
}

/**
 * Express's error handler for everything outside GraphQL's own answers: a body that is not JSON
 * or too large, and any route that throws. Always JSON, always Dutch, never a stack.
 */
export function jsonErrorHandler(
  error: unknown,
  _req: Request,
  res: Response,
  next: NextFunction,
): void {
  if (res.headersSent) {
    next(error);
    return;
  }
  const type = (error as { type?: unknown } | null)?.type;
  const status = (error as { status?: unknown } | null)?.status;
  let answer: { status: number; message: string; code: string };
  if (type === "entity.parse.failed") {
    answer = { status: 400, message: "De aanvraag is geen geldige JSON.", code: "BAD_REQUEST" };
  } else if (type === "entity.too.large") {
    answer = { status: 413, message: "De aanvraag is te groot.", code: "PAYLOAD_TOO_LARGE" };
  } else if (typeof status === "number" && status >= 400 && status < 500) {
    answer = { status, message: "De aanvraag kan niet worden verwerkt.", code: "BAD_REQUEST" };
  } else {
    const requestId = currentRequestId();
    log(requestId, error);
    answer = {
      status: 500,
      message: internalErrorMessage(requestId),
      code: "INTERNAL_SERVER_ERROR",
    };
  }
  res.status(answer.status).json({
    errors: [
      {
        message: answer.message,
        extensions: { code: answer.code, requestId: currentRequestId() },
      },
    ],
  });
}
