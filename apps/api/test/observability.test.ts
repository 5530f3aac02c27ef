// What an operator sees: one JSON log line per request under the id the client got, without the
// personal data the request carried, and Prometheus figures at /metrics for a scrape with the
// token only. And scheduled jobs: while one instance runs a job, another one skips it.
import type { PrismaClient } from "@prisma/client";
import { openDatabase, seed } from "@sroi/db";
import { createTestDatabase } from "@sroi/db/testing";
import { type Backend, backends } from "@sroi/db/testing/backends";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { Metrics } from "../src/metrics.js";
import { type RunningServer, startServer } from "../src/server.js";
import { jobRunner } from "../src/services/jobs.js";
import { enqueueMail } from "../src/services/outbox.js";
import { captureLog } from "./log-capture.js";

const [pglite, postgres] = backends() as [Backend, Backend];
const TOKEN = "scrape-token-0123456789abcdef";
const LOGIN = `mutation Login($email: String!, $password: String!) {
  login(email: $email, password: $password) { __typename } }`;

describe("logs and metrics (PGlite)", () => {
  let server: RunningServer;
  let metrics: Metrics;
  let prisma: PrismaClient;
  let dispose: () => Promise<void>;
  const log = captureLog();
  beforeAll(async () => {
    const opened = await pglite.open();
    dispose = opened.dispose;
    await seed(opened.database.prisma);
    // two unsent messages and one given up after five attempts
    prisma = opened.database.prisma;
    await enqueueMail(prisma, { to: "a@example.org", subject: "x", text: "x" });
    await enqueueMail(prisma, { to: "b@example.org", subject: "x", text: "x" });
    await prisma.outboxMessage.create({
      data: { to: "c@example.org", subject: "x", text: "x", attempts: 5 },
    });
    metrics = new Metrics(prisma);
    server = await startServer({
      prisma,
      port: 0,
      host: "127.0.0.1",
      serveApps: false,
      metrics: { metrics, token: TOKEN },
    });
  });
  afterAll(async () => {
    log.restore();
    await server?.close();
    await dispose?.();
  });

  async function login(email: string) {
    return fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", cookie: "sr_session=geheim-cookie" },
      body: JSON.stringify({
        query: LOGIN,
        operationName: "Login",
        variables: { email, password: "Wachtwoord-van-Jan" },
      }),
    });
  }

  it("logs each request once as JSON under its X-Request-Id, without variables, cookies or query strings", async () => {
    const response = await login("jan.jansen@example.org");
    expect(response.status).toBe(200);
    const requestId = response.headers.get("x-request-id");
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
    await fetch(`${server.url}/export/catalogi/bestaat-niet.json?token=reset-token-geheim`);
    await fetch(`${server.url}/healthz`);

    const mine = log.lines.filter((line) => line.reqId === requestId);
    expect(mine).toEqual([
      expect.objectContaining({
        level: "info",
        msg: "request completed",
        service: "sroi-api",
        req: { method: "POST", path: "/graphql" },
        res: { status: 200 },
        operation: "Login",
        responseTime: expect.any(Number),
      }),
    ]);
    const exportLine = log.lines.find(
      (line) =>
        (line.req as { path?: string } | undefined)?.path === "/export/catalogi/bestaat-niet.json",
    );
    expect(exportLine).toMatchObject({ level: "warn", res: { status: 404 } });
    // the health check is probed every few seconds: not logged
    expect(log.text()).not.toContain("/healthz");
    expect(log.text()).not.toMatch(
      /jan\.jansen|example\.org|Wachtwoord|geheim|cookie|127\.0\.0\.1/i,
    );
  });

  it("serves /metrics only to a scrape with the bearer token", async () => {
    expect((await fetch(`${server.url}/metrics`)).status).toBe(401);
    const wrong = await fetch(`${server.url}/metrics`, {
      headers: { authorization: `Bearer ${TOKEN}x` },
    });
    expect(wrong.status).toBe(401);
    const right = await fetch(`${server.url}/metrics`, {
      headers: { authorization: `Bearer ${TOKEN}` },
    });
    expect(right.status).toBe(200);
    expect(right.headers.get("content-type")).toMatch(/^text\/plain; version=0\.0\.4/);
  });

  it("counts GraphQL requests per operation and outcome, the outbox by state and job runs", async () => {
    await login("piet@example.org");
    await fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: "query Broken { bestaatNiet }" }),
    });
    const runJob = jobRunner(prisma, { kind: "pglite", metrics });
    await runJob("reminders", async () => undefined);
    await expect(
      runJob("reminders", async () => {
        throw new Error("kapot");
      }),
    ).rejects.toThrow("kapot");

    const text = await (
      await fetch(`${server.url}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } })
    ).text();
    // two logins: one in the test above, one here (the wrong password is an answer, not an error)
    expect(text).toContain(
      'sroi_graphql_request_duration_seconds_count{operation="Login",outcome="ok"} 2',
    );
    expect(text).toContain(
      'sroi_graphql_request_duration_seconds_count{operation="invalid",outcome="error"} 1',
    );
    expect(text).toContain('sroi_outbox_messages{state="pending"} 2');
    expect(text).toContain('sroi_outbox_messages{state="failed"} 1');
    expect(text).toContain('sroi_job_runs_total{job="reminders",outcome="done"} 1');
    expect(text).toContain('sroi_job_runs_total{job="reminders",outcome="failed"} 1');
    expect(text).toMatch(/sroi_job_last_success_timestamp_seconds\{job="reminders"\} \d+/);
    expect(text).toContain("sroi_process_resident_memory_bytes");
  });

  it("has no /metrics without a token configured", async () => {
    const bare = await startServer({ prisma, port: 0, host: "127.0.0.1", serveApps: false });
    try {
      expect((await fetch(`${bare.url}/metrics`)).status).toBe(404);
    } finally {
      await bare.close();
    }
  });
});

describe("scheduled jobs on two instances (PostgreSQL)", () => {
  it.skipIf(!postgres.available)(
    "one instance runs a job while the other skips it; the lock is free again after a run or a failure",
    async () => {
      const created = await createTestDatabase(inject("postgresUrl"));
      // two clients with a connection pool each, as two instances have
      const [one, two] = await Promise.all([
        openDatabase({ databaseUrl: created.url }),
        openDatabase({ databaseUrl: created.url }),
      ]);
      try {
        const runOne = jobRunner(one.prisma, { kind: "postgresql" });
        const runTwo = jobRunner(two.prisma, { kind: "postgresql" });
        let release: () => void = () => undefined;
        const held = new Promise<void>((resolve) => {
          release = resolve;
        });
        let started: () => void = () => undefined;
        const running = new Promise<void>((resolve) => {
          started = resolve;
        });
        const ran: string[] = [];
        const first = runOne("reminders", async () => {
          ran.push("one");
          started();
          await held;
        });
        await running;
        // while instance one runs it, instance two skips it; another job is not held up
        expect(await runTwo("reminders", async () => ran.push("two"))).toBe("skipped");
        expect(await runTwo("outbox", async () => ran.push("two: outbox"))).toBe("done");
        release();
        expect(await first).toBe("done");
        expect(await runTwo("reminders", async () => ran.push("two"))).toBe("done");
        await expect(
          runOne("reminders", async () => {
            throw new Error("kapot");
          }),
        ).rejects.toThrow("kapot");
        expect(await runTwo("reminders", async () => ran.push("two again"))).toBe("done");
        expect(ran).toEqual(["one", "two: outbox", "two", "two again"]);
      } finally {
        await Promise.all([one.close(), two.close()]);
        await created.drop();
      }
    },
  );
});
