// The large data set (packages/db/src/seed-large.ts) at a small size on both databases: the
// counts it promises, every status and block kind, and the product's own GraphQL reading it.
import {
  type BulkConnection,
  type Database,
  LARGE_SEED_DOMAIN,
  openDatabase,
  pgliteBulk,
  postgresBulk,
  seedLarge,
} from "@sroi/db";
import { createTestDatabase } from "@sroi/db/testing";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { SESSION_COOKIE } from "../src/auth/sessions.js";
import { hashSecret, newSecret } from "../src/auth/tokens.js";
import { type RunningServer, startServer } from "../src/server.js";

interface Opened {
  database: Database;
  bulk: BulkConnection;
  dispose(): Promise<void>;
}

const databases: { name: string; available: boolean; open(): Promise<Opened> }[] = [
  {
    name: "PGlite",
    available: true,
    async open() {
      const database = await openDatabase({});
      if (!database.pglite) throw new Error("expected PGlite");
      return { database, bulk: pgliteBulk(database.pglite), dispose: () => database.close() };
    },
  },
  {
    name: "PostgreSQL",
    available: inject("postgresUrl") !== "",
    async open() {
      const created = await createTestDatabase(inject("postgresUrl"));
      const database = await openDatabase({ databaseUrl: created.url });
      const client = new pg.Client({ connectionString: created.url });
      await client.connect();
      return {
        database,
        bulk: postgresBulk(client),
        async dispose() {
          await client.end();
          await database.close();
          await created.drop();
        },
      };
    },
  },
];

const CONTRACTS = 200;
const REALISATIONS = 2_000;

describe.each(databases)("the large seed on $name", (backend) => {
  let opened: Opened;
  let server: RunningServer;
  const rows = <Row>(sql: string) => opened.database.prisma.$queryRawUnsafe<Row[]>(sql);

  beforeAll(async () => {
    if (!backend.available) return;
    opened = await backend.open();
    const report = await seedLarge(opened.database.prisma, opened.bulk, {
      contracts: CONTRACTS,
      realisations: REALISATIONS,
      today: "2026-01-15",
    });
    expect(report.contracts).toBe(CONTRACTS);
    expect(report.realisations).toBe(REALISATIONS);
    server = await startServer({
      prisma: opened.database.prisma,
      port: 0,
      host: "127.0.0.1",
      serveApps: false,
    });
  });
  afterAll(async () => {
    await server?.close();
    await opened?.dispose();
  });

  it.runIf(backend.available)(
    "has the rows it promises, in every status and block kind",
    async () => {
      const [counts] = await rows<{
        contracts: bigint;
        realisations: bigint;
        municipalities: bigint;
      }>(
        `SELECT (SELECT count(*) FROM "Contract") AS contracts,
              (SELECT count(*) FROM "Realisation") AS realisations,
              (SELECT count(DISTINCT "municipalityId") FROM "Contract") AS municipalities`,
      );
      expect(counts).toEqual({
        contracts: BigInt(CONTRACTS),
        realisations: BigInt(REALISATIONS),
        municipalities: expect.any(BigInt),
      });
      expect(Number(counts?.municipalities)).toBeGreaterThan(10);
      const statuses = (table: string) =>
        rows<{ status: string }>(`SELECT DISTINCT status::text FROM "${table}" ORDER BY 1`);
      expect((await statuses("Contract")).map((r) => r.status)).toEqual([
        "ASSESSMENT",
        "AWARDED",
        "CLOSED",
        "IN_EXECUTION",
        "PLANNING",
      ]);
      expect((await statuses("Realisation")).map((r) => r.status)).toEqual([
        "ACCEPTED",
        "REJECTED",
        "SUBMITTED",
      ]);
      expect((await statuses("PlanVersion")).map((r) => r.status)).toEqual([
        "APPROVED",
        "CHANGES_REQUESTED",
        "DRAFT",
        "SUBMITTED",
      ]);
      // Every valuation kind that a catalogue in use has, reported at least once; and maatwerk.
      const kinds = await rows<{ used: string[]; offered: string[]; maatwerk: bigint }>(
        `SELECT
         (SELECT array_agg(DISTINCT b.kind::text ORDER BY b.kind::text) FROM "Realisation" r
            JOIN "Contract" c ON c.id = r."contractId"
            JOIN "Block" b ON b."catalogueVersionId" = c."catalogueVersionId" AND b.code = r."blockCode") AS used,
         (SELECT array_agg(DISTINCT b.kind::text ORDER BY b.kind::text) FROM "Block" b
            WHERE b."catalogueVersionId" IN (SELECT "catalogueVersionId" FROM "Contract")) AS offered,
         (SELECT count(*) FROM "Realisation" WHERE "blockCode" IS NULL) AS maatwerk`,
      );
      expect(kinds[0]?.used).toEqual(kinds[0]?.offered);
      expect(Number(kinds[0]?.maatwerk)).toBeGreaterThan(0);
    },
  );

  it.runIf(backend.available)(
    "is read by the product's own contracts list and progress",
    async () => {
      // The gemeente with the most contracts awaiting review, so the filter has something to find.
      const [coordinator] = await rows<{ userId: string; municipalityId: string }>(
        `SELECT u.id AS "userId", o."municipalityId" FROM "User" u
         JOIN "Membership" m ON m."userId" = u.id JOIN "Organisation" o ON o.id = m."organisationId"
        WHERE u.email LIKE 'coordinator-%@${LARGE_SEED_DOMAIN}' AND o."municipalityId" = (
          SELECT c."municipalityId" FROM "Contract" c JOIN "Realisation" r ON r."contractId" = c.id
           WHERE r.status = 'SUBMITTED' GROUP BY 1 ORDER BY count(DISTINCT c.id) DESC, 1 LIMIT 1)`,
      );
      if (!coordinator) throw new Error("the seed should make Amersfoort's coordinator");
      const token = newSecret();
      await opened.database.prisma.session.create({
        data: {
          tokenHash: hashSecret(token),
          userId: coordinator.userId,
          expiresAt: new Date(Date.now() + 3_600_000),
        },
      });
      const graphql = async (query: string, variables: Record<string, unknown> = {}) => {
        const response = await fetch(`${server.url}/graphql`, {
          method: "POST",
          headers: { "content-type": "application/json", cookie: `${SESSION_COOKIE}=${token}` },
          body: JSON.stringify({ query, variables }),
        });
        // biome-ignore lint/suspicious/noExplicitAny: the answers are checked field by field below
        const body = (await response.json()) as { data?: any; errors?: unknown };
        expect(body.errors).toBeUndefined();
        return body.data;
      };
      const list = `query ($filter: ContractFilter) {
      contracts(filter: $filter, first: 25) { totalCount edges { node { id progress { accepted } } } }
    }`;
      const own = `"municipalityId" = '${coordinator.municipalityId}'`;
      const [expected] = await rows<{ all: bigint; awaiting: bigint }>(
        `SELECT count(*) AS all,
              count(*) FILTER (WHERE EXISTS (SELECT 1 FROM "Realisation" r WHERE r."contractId" = c.id AND r.status = 'SUBMITTED')
                                  OR EXISTS (SELECT 1 FROM "PlanVersion" p WHERE p."contractId" = c.id AND p.status = 'SUBMITTED')) AS awaiting
         FROM "Contract" c WHERE ${own}`,
      );
      const all = await graphql(list);
      expect(all.contracts.totalCount).toBe(Number(expected?.all));
      expect(all.contracts.edges).toHaveLength(Math.min(25, Number(expected?.all)));
      const awaiting = await graphql(list, { filter: { awaitingReview: true } });
      expect(awaiting.contracts.totalCount).toBe(Number(expected?.awaiting));
      expect(Number(expected?.awaiting)).toBeGreaterThan(0);

      // The contract with the most realisations: its accepted total is the sum of its accepted rows.
      const [busiest] = await rows<{ id: string; accepted: string }>(
        `SELECT c.id, sum(r.value) FILTER (WHERE r.status = 'ACCEPTED')::text AS accepted
         FROM "Contract" c JOIN "Realisation" r ON r."contractId" = c.id
        WHERE ${own} GROUP BY c.id ORDER BY count(*) DESC, c.id LIMIT 1`,
      );
      const one = await graphql(
        `query ($id: ID!) { contract(id: $id) { progress { accepted } } }`,
        {
          id: busiest?.id,
        },
      );
      expect(Number(one.contract.progress.accepted)).toBe(Number(busiest?.accepted));
    },
  );
});
