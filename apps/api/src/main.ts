// Starts the whole product: opens (and migrates) the database, seeds a fresh one, serves.
import { join } from "node:path";
import { openDatabase, seed } from "@sroi/db";
import { readConfig } from "./config.js";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "./demo/accounts.js";
import { seedDemo } from "./demo/seed.js";
import { startServer } from "./server.js";
import { type EvidenceStore, FileEvidenceStore, S3EvidenceStore } from "./services/evidence.js";
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
  console.error(`Cannot start: ${(error as Error).message}`);
  process.exit(1);
}
const evidenceStore: EvidenceStore = config.s3
  ? new S3EvidenceStore(config.s3)
  : new FileEvidenceStore(join(config.dataDir, "evidence"));
console.log(`Evidence: ${evidenceStore.description}`);
if (evidenceStore instanceof FileEvidenceStore) {
  const removed = await evidenceStore.removeUnfinishedWrites();
  if (removed > 0) console.log(`Removed ${removed} unfinished evidence upload(s)`);
}
const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
console.log(`Database: ${database.description}`);
if (database.appliedMigrations.length > 0) {
  console.log(`Applied migrations: ${database.appliedMigrations.join(", ")}`);
}
const seeded = await seed(database.prisma);
if (seeded.catalogues.length > 0) console.log(`Seeded catalogues: ${seeded.catalogues.join(", ")}`);
if (seeded.municipalities.length > 0)
  console.log(`Seeded gemeenten: ${seeded.municipalities.join(", ")}`);
if (config.demo) {
  const demo = await seedDemo(database.prisma, evidenceStore);
  if (demo.seeded)
    console.log(`Seeded demo data: ${DEMO_ACCOUNTS.length} logins, ${demo.contracts} contracts`);
}

const server = await startServer({
  prisma: database.prisma,
  port: config.port,
  serveApps: config.production,
  evidenceStore,
  settings: {
    demo: config.demo,
    ...(config.publicUrl ? { publicUrl: config.publicUrl } : {}),
  },
});
const publicUrl = config.publicUrl ?? server.url;
// Reminders of near and passed deadlines, and the staff's daily digest: at start and then every
// hour; each deadline and each person's day once.
const reminders = startReminderSchedule(database.prisma, {
  publicUrl,
  digestHour: config.digestHour,
});
const outbox = startOutboxDelivery(database.prisma, {
  smtpUrl: config.smtpUrl,
  from: config.mailFrom,
});

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
console.log(lines.join("\n"));

// The one shutdown path (Apollo's own signal handlers are off, see server.ts): stop taking work,
// let requests in flight finish, then close the database, so PGlite flushes its data folder.
const SHUTDOWN_DEADLINE_MS = 9_000;
let stopping = false;
async function stop(signal: string) {
  if (stopping) return;
  stopping = true;
  const started = performance.now();
  console.log(`\n${signal} received, stopping…`);
  // Should anything still hang, a supervisor's 10 s grace must not end in a SIGKILL mid-write.
  setTimeout(() => {
    console.error(`Shutdown did not finish within ${SHUTDOWN_DEADLINE_MS / 1000} s; exiting`);
    process.exit(1);
  }, SHUTDOWN_DEADLINE_MS).unref();
  try {
    await Promise.all([server.close(), outbox.stop(), reminders.stop()]);
    await database.close();
  } catch (error) {
    console.error(`Shutdown failed: ${(error as Error).stack ?? error}`);
    process.exit(1);
  }
  console.log(`Stopped in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  process.exit(0);
}
onSignal = (signal) => void stop(signal);
if (signalWhileStarting) void stop(signalWhileStarting);
