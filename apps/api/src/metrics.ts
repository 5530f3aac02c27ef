// Prometheus metrics at GET /metrics: GraphQL requests per operation name (count and duration),
// the outbox queue, scheduled job runs, and Node's own process figures. The endpoint is served
// only when METRICS_TOKEN is set and answers only a scrape that sends it as a bearer token
// (docs/decisions/0016-operations.md says why a token and not a second port).
import { createHash, timingSafeEqual } from "node:crypto";
import type { ApolloServerPlugin } from "@apollo/server";
import type { PrismaClient } from "@prisma/client";
import type { Request, Response } from "express";
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from "prom-client";
import type { Context } from "./context.js";
import { logger } from "./logging.js";
import { MAX_ATTEMPTS } from "./services/outbox.js";

/** Operation names are chosen by the client: past this many, new ones count as "other". */
const MAX_OPERATION_NAMES = 300;

export class Metrics {
  readonly registry = new Registry();
  private readonly operations = new Set<string>();

  readonly graphqlDuration = new Histogram({
    name: "sroi_graphql_request_duration_seconds",
    help: "GraphQL requests by operation name and outcome (ok, or error when the answer holds errors)",
    labelNames: ["operation", "outcome"],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });

  readonly jobRuns = new Counter({
    name: "sroi_job_runs_total",
    help: "Scheduled job runs by job and outcome: done, skipped (another instance was running it) or failed",
    labelNames: ["job", "outcome"],
    registers: [this.registry],
  });

  readonly jobDuration = new Histogram({
    name: "sroi_job_duration_seconds",
    help: "Duration of the job runs this instance did",
    labelNames: ["job"],
    buckets: [0.01, 0.1, 0.5, 1, 5, 15, 60, 300],
    registers: [this.registry],
  });

  readonly jobLastSuccess = new Gauge({
    name: "sroi_job_last_success_timestamp_seconds",
    help: "When this instance last finished the job without error (Unix time)",
    labelNames: ["job"],
    registers: [this.registry],
  });

  constructor(prisma: PrismaClient) {
    collectDefaultMetrics({ register: this.registry, prefix: "sroi_" });
    new Gauge({
      name: "sroi_outbox_messages",
      help: "E-mails in the outbox by state: pending (to be sent or retried) or failed (given up)",
      labelNames: ["state"],
      registers: [this.registry],
      async collect() {
        const [pending, failed] = await Promise.all([
          prisma.outboxMessage.count({ where: { sentAt: null, attempts: { lt: MAX_ATTEMPTS } } }),
          prisma.outboxMessage.count({ where: { sentAt: null, attempts: { gte: MAX_ATTEMPTS } } }),
        ]);
        this.set({ state: "pending" }, pending);
        this.set({ state: "failed" }, failed);
      },
    });
  }

  private operationLabel(name: string | null | undefined): string {
    if (!name) return "anonymous";
    if (this.operations.has(name)) return name;
    if (this.operations.size >= MAX_OPERATION_NAMES) return "other";
    this.operations.add(name);
    return name;
  }

  /** Times every GraphQL request from its start until the answer is ready to send. */
  graphqlPlugin(): ApolloServerPlugin<Context> {
    const metrics = this;
    return {
      async requestDidStart() {
        const started = performance.now();
        let operation: string | null | undefined;
        return {
          async didResolveOperation(request) {
            operation = request.operationName;
          },
          async willSendResponse(request) {
            const body = request.response.body;
            const failed =
              body.kind === "single"
                ? (body.singleResult.errors?.length ?? 0) > 0
                : request.errors !== undefined;
            metrics.graphqlDuration.observe(
              {
                // an operation that did not parse or validate has no trustworthy name
                operation:
                  request.errors && !operation ? "invalid" : metrics.operationLabel(operation),
                outcome: failed ? "error" : "ok",
              },
              (performance.now() - started) / 1000,
            );
          },
        };
      },
    };
  }

  /** The /metrics route (installed only with a token configured): 401 without that bearer token. */
  handler(token: string) {
    const expected = createHash("sha256").update(token).digest();
    return async (req: Request, res: Response) => {
      const given = /^Bearer (.+)$/.exec(req.get("authorization") ?? "")?.[1] ?? "";
      // compared as hashes: equal length, and the time taken tells nothing about the token
      if (!timingSafeEqual(createHash("sha256").update(given).digest(), expected)) {
        res.status(401).setHeader("WWW-Authenticate", "Bearer").type("text/plain").send("");
        return;
      }
      try {
        res.type(this.registry.contentType).send(await this.registry.metrics());
      } catch (error) {
        logger().error({ err: error }, "metrics collection failed");
        res.status(503).type("text/plain").send("");
      }
    };
  }
}
