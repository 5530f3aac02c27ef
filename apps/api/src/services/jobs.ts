// Scheduled work (the outbox sender, reminders, digests) on more than one instance: every
// instance keeps its own timers, and a run first takes a PostgreSQL advisory lock named after
// the job. An instance that finds the lock taken skips that run, so at any moment one instance
// runs a job; what a run does is claimed in the data as before (a sent-at time, a unique reminder
// row), so the next run on any instance continues where it stopped. A PGlite folder serves one
// process (packages/db's lock file), so there the run simply goes ahead.

import { setTimeout as sleep } from "node:timers/promises";
import type { PrismaClient } from "@prisma/client";
import { logger } from "../logging.js";
import type { Metrics } from "../metrics.js";

export type JobOutcome = "done" | "skipped";

/** How much a run of a mail-writing job may do (SCHEDULED_MAILS_PER_RUN in docs/operations.md). */
export interface BatchOptions {
  /** at most this many mails per run; the next run goes on where this one stopped */
  mailLimit?: number | undefined;
  /** the pause between two slices of a run */
  pauseMs?: number | undefined;
}

export interface BatchResult {
  mails: number;
  /** the limit stopped the run: more is due */
  more: boolean;
}

/** The default limit of a scheduled run (SCHEDULED_MAILS_PER_RUN). */
export const DEFAULT_MAILS_PER_RUN = 100;

/** The default pause between two slices of a run: incoming requests take their turn meanwhile. */
export const PAUSE_MS = 20;

/**
 * A job does its work in slices (a page of rows, a short transaction) and pauses between them, so
 * a large backlog never holds the event loop, nor the one PGlite connection, for long.
 */
export function pauseForRequests(ms = PAUSE_MS) {
  return sleep(ms);
}

/** Runs `work` as the job `name` unless another instance is running that job right now. */
export type JobRunner = (name: string, work: () => Promise<unknown>) => Promise<JobOutcome>;

/** No other instance can exist: just run (PGlite, tests, a one-off command). */
export const runHere: JobRunner = async (_name, work) => {
  await work();
  return "done";
};

/** First key of the two-key advisory lock, so job locks never meet the migration lock or others. */
const JOB_LOCK_SPACE = 5_310_013;

/**
 * The lock lives in a transaction that only holds it; the work uses other connections of the
 * pool. Ending the transaction, in any way, releases the lock: a crashed instance leaves none.
 */
const LONGEST_RUN_MS = 30 * 60_000;

export function jobRunner(
  prisma: PrismaClient,
  options: { kind: "pglite" | "postgresql"; metrics?: Metrics | undefined },
): JobRunner {
  const { metrics } = options;
  async function timed(name: string, work: () => Promise<unknown>): Promise<JobOutcome> {
    const started = performance.now();
    try {
      await work();
    } catch (error) {
      metrics?.jobRuns.inc({ job: name, outcome: "failed" });
      throw error;
    }
    const seconds = (performance.now() - started) / 1000;
    metrics?.jobRuns.inc({ job: name, outcome: "done" });
    metrics?.jobDuration.observe({ job: name }, seconds);
    metrics?.jobLastSuccess.setToCurrentTime({ job: name });
    logger().debug({ job: name, seconds }, "job run done");
    return "done";
  }
  if (options.kind === "pglite") return timed;
  return async (name, work) => {
    let outcome: JobOutcome = "skipped";
    await prisma.$transaction(
      async (tx) => {
        const [row] = await tx.$queryRaw<{ locked: boolean }[]>`
          SELECT pg_try_advisory_xact_lock(${JOB_LOCK_SPACE}::int, hashtext(${name})) AS locked`;
        if (!row?.locked) return;
        outcome = await timed(name, work);
      },
      { timeout: LONGEST_RUN_MS, maxWait: 10_000 },
    );
    if (outcome === "skipped") {
      metrics?.jobRuns.inc({ job: name, outcome: "skipped" });
      logger().debug({ job: name }, "job run skipped: another instance runs it");
    }
    return outcome;
  };
}
