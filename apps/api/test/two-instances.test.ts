// Two API processes against one PostgreSQL, as behind a load balancer: a session made on one is
// valid on the other (and a logout on one ends it on both), and a scheduled job runs on one
// instance at a time: while the job's lock is taken both skip it, and once it is free every
// e-mail in the outbox is delivered once, by one of them.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createTestDatabase } from "@sroi/db/testing";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { postGraphql, type ServerProcess, startServerProcess } from "./server-process.js";

const postgresUrl = inject("postgresUrl");
const TOKEN = "two-instances-token-0123456789";
const ME = "{ me { id } }";

async function scrape(server: ServerProcess): Promise<string> {
  const response = await fetch(`${server.url}/metrics`, {
    headers: { authorization: `Bearer ${TOKEN}` },
  });
  return response.text();
}

function count(text: string, pattern: RegExp): number {
  return Number(pattern.exec(text)?.[1] ?? 0);
}

describe("two instances on one PostgreSQL", () => {
  let database: { url: string; drop(): Promise<void> } | undefined;
  let dataDir = "";
  const servers: ServerProcess[] = [];
  beforeAll(async () => {
    if (!postgresUrl) return;
    database = await createTestDatabase(postgresUrl);
    dataDir = await mkdtemp(join(tmpdir(), "sroi-two-"));
    const env = { DATA_DIR: dataDir, DATABASE_URL: database.url, METRICS_TOKEN: TOKEN };
    // the first seeds the demo; the second starts on the same data
    servers.push(await startServerProcess({ ...env, DEMO: "true" }));
    servers.push(await startServerProcess({ ...env, DEMO: "true" }));
  });
  afterAll(async () => {
    for (const server of servers) {
      server.child.kill("SIGTERM");
      await server.exited;
    }
    await database?.drop();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  it.skipIf(!postgresUrl)(
    "share sessions: logged in on one, known on the other; logged out on both",
    async () => {
      const [one, two] = servers as [ServerProcess, ServerProcess];
      expect(one.url).not.toBe(two.url);
      const login = await postGraphql<{ login: { __typename: string } }>(
        one.url,
        'mutation { login(email: "coordinator@amersfoort.demo", password: "demo") { __typename } }',
      );
      expect(login.data?.login.__typename).toBe("Me");
      const cookie = login.cookie;
      expect(cookie).toBeDefined();
      const onOne = await postGraphql<{ me: { id: string } | null }>(one.url, ME, {}, cookie);
      const onTwo = await postGraphql<{ me: { id: string } | null }>(two.url, ME, {}, cookie);
      expect(onTwo.data?.me?.id).toBeDefined();
      expect(onTwo.data?.me?.id).toBe(onOne.data?.me?.id);

      await postGraphql(two.url, "mutation { logout }", {}, cookie);
      expect((await postGraphql<{ me: null }>(one.url, ME, {}, cookie)).data?.me).toBeNull();
    },
  );

  it.skipIf(!postgresUrl)(
    "run a job on one instance at a time: each e-mail is delivered once",
    async () => {
      const [one, two] = servers as [ServerProcess, ServerProcess];
      const client = new pg.Client({ connectionString: database?.url });
      await client.connect();
      try {
        // wait for what the demo and the login queued, so only our messages are left to count
        const pending = async () =>
          Number(
            (
              await client.query<{ n: string }>(
                'SELECT count(*) AS n FROM "OutboxMessage" WHERE "sentAt" IS NULL',
              )
            ).rows[0]?.n,
          );
        const deadline = Date.now() + 60_000;
        while ((await pending()) > 0 && Date.now() < deadline)
          await new Promise((r) => setTimeout(r, 250));
        expect(await pending()).toBe(0);

        // An operator's session holds the outbox job's lock (the same key services/jobs.ts takes).
        await client.query("SELECT pg_advisory_lock(5310013, hashtext('outbox'))");
        const skippedBefore = await Promise.all(
          [one, two].map(async (s) =>
            count(await scrape(s), /sroi_job_runs_total\{job="outbox",outcome="skipped"\} (\d+)/),
          ),
        );
        await client.query(`
        INSERT INTO "OutboxMessage" (id, "to", subject, text)
        SELECT 'two-instances-' || n, 'iemand' || n || '@example.org', 'Onderwerp', 'Tekst'
        FROM generate_series(1, 60) AS n`);
        await new Promise((r) => setTimeout(r, 4_500));
        // both instances tried (every 2 s) and skipped; nothing was sent
        expect(await pending()).toBe(60);
        const skippedAfter = await Promise.all(
          [one, two].map(async (s) =>
            count(await scrape(s), /sroi_job_runs_total\{job="outbox",outcome="skipped"\} (\d+)/),
          ),
        );
        expect(skippedAfter[0]).toBeGreaterThan(skippedBefore[0] ?? 0);
        expect(skippedAfter[1]).toBeGreaterThan(skippedBefore[1] ?? 0);

        await client.query("SELECT pg_advisory_unlock(5310013, hashtext('outbox'))");
        const sentBy = Date.now() + 60_000;
        while ((await pending()) > 0 && Date.now() < sentBy)
          await new Promise((r) => setTimeout(r, 250));
        expect(await pending()).toBe(0);
        const { rows } = await client.query<{ attempts: number }>(
          `SELECT attempts FROM "OutboxMessage" WHERE id LIKE 'two-instances-%'`,
        );
        expect(rows.map((row) => row.attempts)).toEqual(Array(60).fill(1));
        // each message in the log of exactly one instance
        for (let n = 1; n <= 60; n++) {
          const id = `"messageId":"two-instances-${n}"`;
          const times = [one, two].map((s) => s.output().split(id).length - 1);
          expect(
            times.reduce((sum, n) => sum + n, 0),
            id,
          ).toBe(1);
        }
        // and no address reached either log
        expect(one.output() + two.output()).not.toContain("@example.org");
      } finally {
        await client.end();
      }
    },
  );
});
