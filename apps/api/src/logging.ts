// Structured logs: one JSON object a line on stdout (pino), so a log shipper can index them, each
// request's lines carrying its request id (the X-Request-Id the client sees). Logs hold no
// personal data: no names or e-mail addresses, no GraphQL variables, no query strings (they can
// hold reset tokens), no IP addresses and no headers (cookies). Only the start banner in main.ts
// is plain text, for the person who ran `npm start`. docs/operations.md describes the fields.
import type { IncomingMessage, ServerResponse } from "node:http";
import { type DestinationStream, type Level, type Logger, pino } from "pino";
import { pinoHttp } from "pino-http";

/** LOG_LEVEL, or info; silent inside the test runner (NODE_ENV=test) unless LOG_LEVEL says. */
function defaultLevel(env: NodeJS.ProcessEnv = process.env): string {
  return env.LOG_LEVEL || (env.NODE_ENV === "test" ? "silent" : "info");
}

const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;

/**
 * A safety net for error texts, which are logged in full: a database error can quote a value
 * (a unique key on an e-mail address), and an address must not reach the log that way.
 */
export function withoutEmailAddresses(text: string): string {
  return text.replace(EMAIL, "[e-mail]");
}

/** An Error, or the plain object pino-http makes of one first. */
function serializeError(error: unknown) {
  if (typeof error !== "object" || error === null)
    return { message: withoutEmailAddresses(String(error)) };
  const { name, type, message, code, stack } = error as Record<string, unknown>;
  return {
    type: typeof type === "string" ? type : typeof name === "string" ? name : "Error",
    message: withoutEmailAddresses(String(message ?? "")),
    ...(typeof code === "string" ? { code } : {}),
    ...(typeof stack === "string" ? { stack: withoutEmailAddresses(stack) } : {}),
  };
}

function createLogger(destination?: DestinationStream, level = defaultLevel()): Logger {
  return pino(
    {
      level,
      base: { service: "sroi-api" },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      serializers: { err: serializeError },
    },
    destination,
  );
}

let current = createLogger();

/** The process's logger. A function, so a test that redirects the log is seen everywhere. */
export function logger(): Logger {
  return current;
}

/** Sends the log elsewhere (tests read it back); returns a function that restores the previous. */
export function redirectLog(destination: DestinationStream, level: Level = "info"): () => void {
  const previous = current;
  current = createLogger(destination, level);
  return () => {
    current = previous;
  };
}

/** A GraphQL operation name as the client sent it, when it is a plain name; never its variables. */
function operationName(req: IncomingMessage): string | undefined {
  const name = (req as IncomingMessage & { body?: { operationName?: unknown } }).body
    ?.operationName;
  return typeof name === "string" && /^[A-Za-z_]\w{0,99}$/.test(name) ? name : undefined;
}

/**
 * The path without its query string (links with a token in them must not be logged); Express's
 * originalUrl, since a mounted router such as /graphql shortens req.url to its own part.
 */
function pathOf(req: IncomingMessage): string {
  const url = (req as IncomingMessage & { originalUrl?: string }).originalUrl ?? req.url ?? "";
  return url.split("?")[0] ?? "";
}

function requestFields(req: IncomingMessage, value: Record<string, unknown>) {
  const operation = operationName(req);
  return { ...value, ...(operation ? { operation } : {}) };
}

/** Probes would flood the log: the health check and the metrics scrape are not logged. */
const NOT_LOGGED = new Set(["/healthz", "/metrics"]);

/**
 * One line per request when the answer is complete: method, path, status, time and, for
 * /graphql, the operation name. The request id comes from the X-Request-Id header that
 * errors-masking.ts's requestScope set, so log, error line and answer share one id.
 */
export function requestLogger() {
  return pinoHttp({
    logger: logger(),
    genReqId: (_req: IncomingMessage, res: ServerResponse) =>
      String(res.getHeader("X-Request-Id") ?? ""),
    quietReqLogger: true,
    autoLogging: { ignore: (req: IncomingMessage) => NOT_LOGGED.has(pathOf(req)) },
    serializers: {
      req: (req: { method?: string; raw?: IncomingMessage }) => ({
        method: req.method,
        path: req.raw ? pathOf(req.raw) : undefined,
      }),
      res: (res: { statusCode?: number }) => ({ status: res.statusCode }),
    },
    customLogLevel: (_req, res, error) =>
      error || res.statusCode >= 500 ? "error" : res.statusCode >= 400 ? "warn" : "info",
    customSuccessObject: (req, _res, value: Record<string, unknown>) => requestFields(req, value),
    customErrorObject: (req, _res, _error, value: Record<string, unknown>) =>
      requestFields(req, value),
    customSuccessMessage: () => "request completed",
    customErrorMessage: () => "request failed",
  });
}
