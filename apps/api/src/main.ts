// Starts the whole product: opens (and migrates) the database, seeds a fresh one, serves.
import { join } from "node:path";
import { openDatabase, seed } from "@sroi/db";
import { readConfig } from "./config.js";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "./demo/accounts.js";
import { seedDemo } from "./demo/seed.js";
import { logger } from "./logging.js";
import { Metrics } from "./metrics.js";
import { startServer } from "./server.js";
import { startCandidateRetentionSchedule } from "./services/candidate-privacy.js";
import { type EvidenceStore, FileEvidenceStore, S3EvidenceStore } from "./services/evidence.js";
import { startIdeasRetention } from "./services/ideas.js";
import { jobRunner } from "./services/jobs.js";
import { startOutboxDelivery } from "./services/outbox.js";
import { startReminderSchedule } from "./services/reminders.js";

const startedAt = performance.now();
// Signals are caught from the first moment: one that arrives while starting (before the line
// "ready" was even read) is acted on as soon as the start is complete, instead of ending the
// process with the database half open.
let signalWhileStarting: string | null = null;
let onSignal = (signal: string) => {
  signalWhileStarting ??= signal;
};
process.on("SIGINT", () => onSignal("SIGINT"));
process.on("SIGTERM", () => onSignal("SIGTERM"));
let config: ReturnType<typeof readConfig>;
try {
  config = readConfig();
} catch (error) {
  logger().fatal(`Cannot start: ${(error as Error).message}`);
  process.exit(1);
}
const evidenceStore: EvidenceStore = config.s3
  ? new S3EvidenceStore(config.s3)
  : new FileEvidenceStore(join(config.dataDir, "evidence"));
logger().info({ evidence: evidenceStore.description }, "evidence storage");
if (evidenceStore instanceof FileEvidenceStore) {
  const removed = await evidenceStore.removeUnfinishedWrites();
  if (removed > 0) logger().info({ removed }, "removed unfinished evidence uploads");
}
const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
logger().info(
  { database: database.description, appliedMigrations: database.appliedMigrations },
  "database open",
);
const seeded = await seed(database.prisma);
if (seeded.catalogues.length > 0 || seeded.municipalities.length > 0)
  logger().info(
    { catalogues: seeded.catalogues, municipalities: seeded.municipalities },
    "seeded reference data",
  );
if (config.demo) {
  const demo = await seedDemo(database.prisma, evidenceStore);
  if (demo.seeded)
    logger().info({ logins: DEMO_ACCOUNTS.length, contracts: demo.contracts }, "seeded demo data");
}
const metrics = new Metrics(database.prisma);
// On PostgreSQL several instances may run: each scheduled run takes the job's lock first.
const runJob = jobRunner(database.prisma, { kind: database.kind, metrics });

const server = await startServer({
  prisma: database.prisma,
  port: config.port,
  serveApps: config.production,
  evidenceStore,
  metrics: { metrics, token: config.metricsToken },
  trustProxy: config.trustProxy,
  settings: {
    demo: config.demo,
    ideaRetention: config.ideaRetention,
    personMatchKey: config.personMatchKey,
    ...(config.publicUrl ? { publicUrl: config.publicUrl } : {}),
  },
});
const publicUrl = config.publicUrl ?? server.url;
// Reminders of near and passed deadlines, and the staff's daily digest: at start and then every
// hour; each deadline and each person's day once, each run on one instance at a time. They run
// beside the requests, never before the server listens, and write a bounded number of mails a
// run, which the outbox sends at a bounded rate (docs/operations.md "Scheduled work").
const reminders = startReminderSchedule(database.prisma, {
  publicUrl,
  digestHour: config.digestHour,
  mailsPerRun: config.scheduledMailsPerRun,
  runJob,
});
// The ideas form's senders are forgotten on time (docs/decisions/0023-ideas-form.md).
const ideasRetention = startIdeasRetention(database.prisma, {
  retention: config.ideaRetention,
  runJob,
});
// AVG: a region's candidates are anonymised once its retention term has passed (docs/privacy.md).
const candidateRetention = startCandidateRetentionSchedule(database.prisma, { runJob });
const outbox = startOutboxDelivery(database.prisma, {
  smtpUrl: config.smtpUrl,
  from: config.mailFrom,
  mailsPerSecond: config.outboxMailsPerSecond,
  runJob,
});
if (!config.smtpUrl && !config.demo)
  logger().warn("SMTP_URL is not set: e-mail (invitations, password resets) is not sent");

const seconds = ((performance.now() - startedAt) / 1000).toFixed(1);
const lines = [
  "",
  `Social Return platform is ready (${seconds} s)`,
  ...(config.production
    ? [
        `  Beheer (gemeente, WSP):   ${publicUrl}/admin/`,
        `  Portaal (opdrachtnemer):  ${publicUrl}/portal/`,
      ]
    : []),
  `  GraphQL API:              ${publicUrl}/graphql`,
  `  Health check:             ${publicUrl}/healthz`,
];
if (config.demo) {
  lines.push(
    `  Demo-postvak (e-mail):    ${publicUrl}/dev/mailbox`,
    "",
    `Demo logins (password "${DEMO_PASSWORD}"):`,
    ...DEMO_ACCOUNTS.map((account) => `  ${account.email.padEnd(38)} ${account.description}`),
  );
}
lines.push("", "Stop with Ctrl+C.");
logger().info({ url: publicUrl, seconds: Number(seconds) }, "ready");
// The one plain-text output: for the person who started it (and tests wait for its URL line).
process.stdout.write(`${lines.join("\n")}\n`);

// The one shutdown path (Apollo's own signal handlers are off, see server.ts): stop taking work,
// let requests in flight finish, then close the database, so PGlite flushes its data folder.
const SHUTDOWN_DEADLINE_MS = 9_000;
let stopping = false;
async function stop(signal: string) {
  if (stopping) return;
  stopping = true;
  const started = performance.now();
  logger().info({ signal }, "stopping");
  // Should anything still hang, a supervisor's 10 s grace must not end in a SIGKILL mid-write.
  setTimeout(() => {
    logger().fatal(`Shutdown did not finish within ${SHUTDOWN_DEADLINE_MS / 1000} s; exiting`);
    process.exit(1);
  }, SHUTDOWN_DEADLINE_MS).unref();
  try {
    await Promise.all([
      server.close(),
      outbox.stop(),
      reminders.stop(),
      ideasRetention.stop(),
      candidateRetention.stop(),
    ]);
    await database.close();
  } catch (error) {
    logger().fatal({ err: error }, "shutdown failed");
    process.exit(1);
  }
  logger().info(`Stopped in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  process.exit(0);
}
onSignal = (signal) => void stop(signal);
if (signalWhileStarting) void stop(signalWhileStarting);
