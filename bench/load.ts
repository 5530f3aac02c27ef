// The everyday pages on the large data set over real HTTP, each beside its hand-written SQL:
// p50/p95/p99, requests per second, SQL statements per request, and the ratios against the raw
// SQL and against a trivial HTTP route (what HTTP alone costs here).
// Run: npm run bench:load   (figures, not a pass/fail test; docs/quality.md "Large data set")
//   DATABASE_URL      a PostgreSQL database to use; seeded when it has no contracts. Without it a
//                     private cluster is started (packages/db/src/testing/postgres-server.ts).
//   BENCH_CONTRACTS / BENCH_REALISATIONS   the size to seed (default 2,000 / 50,000)
//   BENCH_REQUESTS / BENCH_CONCURRENCY     per page (default 400 / 8)
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { openDatabase, postgresBulk, seedLarge } from "@sroi/db";
import { createTestDatabase, startTestPostgres } from "@sroi/db/testing";
import { print } from "graphql";
import pg from "pg";
import { AdminContractDocument, AdminContractsDocument } from "../apps/admin/src/gql/graphql.js";
import { SESSION_COOKIE } from "../apps/api/src/auth/sessions.js";
import { hashSecret, newSecret } from "../apps/api/src/auth/tokens.js";
import { startServer } from "../apps/api/src/server.js";
import { PortalContractsDocument } from "../apps/contractor/src/gql/graphql.js";

// One JSON line per request would drown the figures (and cost time of its own).
process.env.LOG_LEVEL ??= "warn";
const CONTRACTS = Number(process.env.BENCH_CONTRACTS ?? 2_000);
const REALISATIONS = Number(process.env.BENCH_REALISATIONS ?? 50_000);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 400);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 8);

// Every statement any pg client in this process sends, the API's and the raw SQL's alike; the
// count per page is read while only the API runs, one request at a time.
let statements = 0;
const query = pg.Client.prototype.query;
pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
  statements++;
  return (query as (...a: unknown[]) => unknown).apply(this, args);
} as typeof query;

let server: Awaited<ReturnType<typeof startTestPostgres>> | null = null;
let databaseUrl = process.env.DATABASE_URL;
let dropDatabase: () => Promise<void> = async () => undefined;
if (!databaseUrl) {
  server = await startTestPostgres();
  if ("unavailable" in server) throw new Error(server.unavailable);
  const created = await createTestDatabase(server.url);
  databaseUrl = created.url;
  dropDatabase = created.drop;
}
const database = await openDatabase({ databaseUrl });
const raw = new pg.Pool({ connectionString: databaseUrl, max: 10 });

if ((await database.prisma.contract.count()) === 0) {
  const client = await raw.connect();
  const started = performance.now();
  const report = await seedLarge(database.prisma, postgresBulk(client), {
    contracts: CONTRACTS,
    realisations: REALISATIONS,
    today: new Date().toISOString().slice(0, 10),
  });
  client.release();
  console.log(
    `Seeded ${report.contracts} contracts, ${report.realisations} realisations in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
}
const sizes = (
  await raw.query<{ contracts: string; realisations: string; audit: string }>(
    `SELECT (SELECT count(*) FROM "Contract") AS contracts, (SELECT count(*) FROM "Realisation") AS realisations, (SELECT count(*) FROM "AuditEvent") AS audit`,
  )
).rows[0];

// Who asks: the coordinator of the gemeente with the most contracts, its busiest contract, and the
// contractor with the most contracts.
const coordinator = (
  await raw.query<{ userId: string; municipalityId: string }>(
    `SELECT m."userId", o."municipalityId" FROM "Membership" m JOIN "Organisation" o ON o.id = m."organisationId"
      WHERE m.role = 'MUNICIPALITY_ADMIN' AND o."municipalityId" = (
        SELECT "municipalityId" FROM "Contract" GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1)
      ORDER BY m."createdAt" LIMIT 1`,
  )
).rows[0];
const busiest = (
  await raw.query<{ id: string; realisations: string }>(
    `SELECT "contractId" AS id, count(*) AS realisations FROM "Realisation" r JOIN "Contract" c ON c.id = r."contractId"
      WHERE c."municipalityId" = $1 GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 1`,
    [coordinator?.municipalityId],
  )
).rows[0];
const contractor = (
  await raw.query<{ userId: string; contractorId: string; contracts: string }>(
    `SELECT m."userId", c."contractorId", count(*) AS contracts FROM "Contract" c
       JOIN "Membership" m ON m."organisationId" = c."contractorId" AND m.role = 'CONTRACTOR_ADMIN'
      GROUP BY 1, 2 ORDER BY 3 DESC, 1 LIMIT 1`,
  )
).rows[0];
if (!coordinator || !busiest || !contractor) throw new Error("the data set lacks its logins");

async function sessionFor(userId: string) {
  const token = newSecret();
  await database.prisma.session.create({
    data: { tokenHash: hashSecret(token), userId, expiresAt: new Date(Date.now() + 3_600_000) },
  });
  return `${SESSION_COOKIE}=${token}`;
}
const staffCookie = await sessionFor(coordinator.userId);
const contractorCookie = await sessionFor(contractor.userId);

const api = await startServer({
  prisma: database.prisma,
  port: 0,
  host: "127.0.0.1",
  serveApps: false,
});
const trivial = createServer((_req, res) => res.end("ok"));
await new Promise<void>((resolve) => trivial.listen(0, "127.0.0.1", resolve));
const trivialUrl = `http://127.0.0.1:${(trivial.address() as AddressInfo).port}/`;

function graphqlRequest(document: Parameters<typeof print>[0], variables: object, cookie: string) {
  const body = JSON.stringify({ query: print(document), variables });
  return async () => {
    const response = await fetch(`${api.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", cookie },
      body,
    });
    const answer = (await response.json()) as { errors?: unknown };
    if (!response.ok || answer.errors) throw new Error(JSON.stringify(answer).slice(0, 500));
  };
}

const municipalities = [coordinator.municipalityId];
const LIST_COLUMNS = `c.id, c.reference, c.title, c.status, c."awardDate", m.code, m.name,
  o.id AS "contractorId", o.name AS "contractorName", c."obligationKind", c."obligationAmount",
  c."contactDueDate", c."contactRequestedAt", count(*) OVER () AS total`;
const AWAITING = `(EXISTS (SELECT 1 FROM "PlanVersion" p WHERE p."contractId" = c.id AND p.status = 'SUBMITTED')
  OR EXISTS (SELECT 1 FROM "Realisation" r WHERE r."contractId" = c.id AND r.status = 'SUBMITTED'))`;
const rawQuery = (sql: string, params: unknown[]) => async () => {
  await raw.query(sql, params);
};
const listVariables = (awaitingReview: boolean) => ({
  filter: { awaitingReview: awaitingReview || null },
  orderBy: { field: "AWARD_DATE", direction: "DESC" },
  first: 25,
});

const pages = [
  {
    name: "contracts list, first page",
    api: graphqlRequest(AdminContractsDocument, listVariables(false), staffCookie),
    raw: rawQuery(
      `SELECT ${LIST_COLUMNS} FROM "Contract" c JOIN "Municipality" m ON m.id = c."municipalityId"
         JOIN "Organisation" o ON o.id = c."contractorId"
        WHERE c."municipalityId" = ANY($1) ORDER BY c."awardDate" DESC, c.id LIMIT 25`,
      [municipalities],
    ),
  },
  {
    name: "contracts list, iets te beoordelen",
    api: graphqlRequest(AdminContractsDocument, listVariables(true), staffCookie),
    raw: rawQuery(
      `SELECT ${LIST_COLUMNS} FROM "Contract" c JOIN "Municipality" m ON m.id = c."municipalityId"
         JOIN "Organisation" o ON o.id = c."contractorId"
        WHERE c."municipalityId" = ANY($1) AND ${AWAITING} ORDER BY c."awardDate" DESC, c.id LIMIT 25`,
      [municipalities],
    ),
  },
  {
    name: `one contract with progress (${busiest.realisations} realisations)`,
    api: graphqlRequest(AdminContractDocument, { id: busiest.id }, staffCookie),
    raw: rawQuery(
      `SELECT c.*, (SELECT json_object_agg(status, total) FROM (SELECT status, sum(value) AS total
                      FROM "Realisation" WHERE "contractId" = c.id GROUP BY status) s) AS sums,
              (SELECT total FROM "PlanVersion" WHERE "contractId" = c.id AND status = 'APPROVED'
                ORDER BY number DESC LIMIT 1) AS planned
         FROM "Contract" c WHERE c.id = $1 AND c."municipalityId" = ANY($2)`,
      [busiest.id, municipalities],
    ),
  },
  {
    name: `Mijn opdrachten (${contractor.contracts} contracts)`,
    api: graphqlRequest(PortalContractsDocument, { first: 100 }, contractorCookie),
    raw: rawQuery(
      `SELECT c.id, c.reference, c.title, c.status, c.kind, m.code, m.name, w.id, w.name,
              c."obligationKind", c."obligationAmount", c."obligationPercentage", c."contactDueDate",
              c."contactRequestedAt", count(*) OVER () AS total,
              EXISTS (SELECT 1 FROM "Realisation" r WHERE r."contractId" = c.id AND r.status = 'REJECTED') AS "rejectedOpen"
         FROM "Contract" c JOIN "Municipality" m ON m.id = c."municipalityId"
         LEFT JOIN "Organisation" w ON w.id = m."carriedOutById"
        WHERE c."contractorId" = $1 ORDER BY c."awardDate" DESC, c.id LIMIT 100`,
      [contractor.contractorId],
    ),
  },
];

interface Figures {
  p50: number;
  p95: number;
  p99: number;
  perSecond: number;
}

async function measure(run: () => Promise<void>): Promise<Figures> {
  for (let i = 0; i < Math.min(20, REQUESTS); i++) await run();
  const latencies: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next++ < REQUESTS) {
        const t = performance.now();
        await run();
        latencies.push(performance.now() - t);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (q: number) =>
    latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0;
  return { p50: at(0.5), p95: at(0.95), p99: at(0.99), perSecond: latencies.length / seconds };
}

async function statementsPerRequest(run: () => Promise<void>): Promise<number> {
  const before = statements;
  for (let i = 0; i < 5; i++) await run();
  return (statements - before) / 5;
}

const ms = (value: number) => value.toFixed(1).padStart(7);
const line = (name: string, f: Figures, extra = "") =>
  `${name.padEnd(48)} ${ms(f.p50)} ${ms(f.p95)} ${ms(f.p99)} ${f.perSecond.toFixed(0).padStart(7)}  ${extra}`;

const cpus = (await import("node:os")).cpus().length;
const load = (await import("node:os"))
  .loadavg()
  .map((v) => v.toFixed(2))
  .join(" ");
console.log(
  `\n${database.description}; ${sizes?.contracts} contracts, ${sizes?.realisations} realisations, ${sizes?.audit} audit events; ${REQUESTS} requests per page at ${CONCURRENCY} connections; ${cpus} CPUs, load ${load}\n`,
);
console.log(
  `${"".padEnd(48)} ${"p50 ms".padStart(7)} ${"p95 ms".padStart(7)} ${"p99 ms".padStart(7)} ${"req/s".padStart(7)}`,
);
const trivialFigures = await measure(async () => {
  await (await fetch(trivialUrl)).text();
});
console.log(line("trivial HTTP route", trivialFigures));
for (const page of pages) {
  const sql = await statementsPerRequest(page.api);
  const apiFigures = await measure(page.api);
  const rawFigures = await measure(page.raw);
  console.log(
    line(
      page.name,
      apiFigures,
      `${sql} SQL/request; p95 ${(apiFigures.p95 / rawFigures.p95).toFixed(1)} × raw SQL, ${(trivialFigures.perSecond / apiFigures.perSecond).toFixed(1)} × slower than trivial`,
    ),
  );
  console.log(line("  its raw SQL (1 statement)", rawFigures));
}

trivial.close();
await api.close();
await raw.end();
await database.close();
await dropDatabase();
if (server && !("unavailable" in server)) await server.stop();
