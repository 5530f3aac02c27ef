// The public read while the scheduled jobs run their first time on a large data set, as at a
// first start: reminders for every deadline ever passed, digests, and the outbox behind them.
// Figures, not a pass/fail test (docs/quality.md "Scheduled work on a first start").
// Run: npm run bench:first-start -w @sroi/bench
//   FIRST_START_DATA   a PGlite folder filled by `npm run seed:large` whose jobs never ran; it is
//                      copied, so every run is a first start (required)
//   FIRST_START_SECONDS / FIRST_START_CONCURRENCY   how long and how many readers (30 / 4)
import { cp, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openDatabase } from "@sroi/db";
import { startServer } from "../apps/api/src/server.js";
import { startOutboxDelivery } from "../apps/api/src/services/outbox.js";
import { startReminderSchedule } from "../apps/api/src/services/reminders.js";

process.env.LOG_LEVEL ??= "warn";
const SOURCE = process.env.FIRST_START_DATA;
if (!SOURCE)
  throw new Error("Set FIRST_START_DATA to a PGlite folder filled by npm run seed:large");
const SECONDS = Number(process.env.FIRST_START_SECONDS ?? 30);
const CONCURRENCY = Number(process.env.FIRST_START_CONCURRENCY ?? 4);
const PUBLIC_READ =
  "{ regions { code name catalogueVersions { key name blocks { code name kind } } } }";

const dataDir = await mkdtemp(join(tmpdir(), "sroi-first-start-"));
await cp(SOURCE, dataDir, { recursive: true });
const database = await openDatabase({ dataDir });
const server = await startServer({ prisma: database.prisma, port: 0, serveApps: false });

let failures = 0;
/** A failed read (a reset connection, an error status) counts with the time it took. */
async function read(): Promise<number> {
  const started = performance.now();
  try {
    const response = await fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: PUBLIC_READ }),
    });
    await response.json();
    if (!response.ok) failures++;
  } catch {
    failures++;
  }
  return performance.now() - started;
}

// A warm baseline first, with no job running, then the jobs start as main.ts starts them.
async function readFor(ms: number): Promise<number[]> {
  const until = performance.now() + ms;
  const times: number[] = [];
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (performance.now() < until) times.push(await read());
    }),
  );
  return times.sort((a, b) => a - b);
}
const quantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
const line = (label: string, times: number[]) =>
  `${label.padEnd(22)} ${String(times.length).padStart(6)} reads  p50 ${quantile(times, 0.5).toFixed(0).padStart(5)} ms  p99 ${quantile(times, 0.99).toFixed(0).padStart(5)} ms  max ${(times.at(-1) ?? 0).toFixed(0).padStart(5)} ms`;

await readFor(5_000); // warm-up: the first reads compile and fill caches
const idle = await readFor(5_000);
const reminders = startReminderSchedule(database.prisma, { publicUrl: server.url });
const outbox = startOutboxDelivery(database.prisma, { from: "bench@localhost" });
const busy = await readFor(SECONDS * 1_000);
const written = await database.prisma.outboxMessage.count();
const sent = await database.prisma.outboxMessage.count({ where: { sentAt: { not: null } } });
await Promise.all([reminders.stop(), outbox.stop()]);
console.log(line("no jobs running", idle));
console.log(line(`first ${SECONDS} s of jobs`, busy));
console.log(
  `mails written ${written}, delivered ${sent} in ${SECONDS} s; failed reads ${failures}`,
);
await server.close();
await database.close();
await rm(dataDir, { recursive: true, force: true });
