// The one-contract page of each app: how many SQL statements it costs (every statement either
// driver sends is recorded), progress computed from aggregates, and its paginated lists.
import { PGlite } from "@electric-sql/pglite";
import { backends } from "@sroi/db/testing/backends";
import { print } from "graphql";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApi, type TestApi } from "./support.js";

// The apps' own page queries, as their codegen wrote them (outside this package's sources).
type Documents = Record<string, Parameters<typeof print>[0]>;
const admin = (await import(
  new URL("../../admin/src/gql/graphql.ts", import.meta.url).href
)) as Documents;
const portal = (await import(
  new URL("../../contractor/src/gql/graphql.ts", import.meta.url).href
)) as Documents;
const AdminContractDocument = admin.AdminContractDocument as Documents[string];
const PortalContractDocument = portal.PortalContractDocument as Documents[string];

// Both drivers' query entry points: the Prisma adapters send every statement through them.
const statements: string[] = [];
for (const target of [pg.Client.prototype, PGlite.prototype] as { query: Function }[]) {
  const query = target.query;
  target.query = function (this: unknown, ...args: unknown[]) {
    const sql = args[0];
    statements.push(typeof sql === "string" ? sql : String((sql as { text?: string })?.text));
    return query.apply(this, args);
  };
}

async function recorded<T>(run: () => Promise<T>): Promise<{ result: T; sql: string[] }> {
  statements.length = 0;
  const result = await run();
  return { result, sql: [...statements] };
}

// What the session costs is another concern (loaded per request before any field): measured with
// a query that asks nothing of the database, and left out of the page's count.
const EMPTY = "query { __typename }";

describe.each(backends())("contract page on $name", (backend) => {
  let api: TestApi;
  beforeAll(async () => {
    if (backend.available) api = await startTestApi(backend, { demo: true });
  });
  afterAll(async () => {
    await api?.close();
  });

  async function pageStatements(email: string, document: Documents[string], id: string) {
    const session = await api.loginAs(email);
    const baseline = await recorded(() => session.graphql(EMPTY));
    const page = await recorded(() => session.graphql(print(document), { id }));
    expect(page.result.errors).toBeUndefined();
    return { sql: page.sql.slice(baseline.sql.length), data: page.result.data, baseline };
  }

  async function busiestContract(code: string) {
    return api.prisma.contract.findFirstOrThrow({
      where: { municipality: { code } },
      orderBy: [{ realisations: { _count: "desc" } }, { id: "asc" }],
      include: { _count: { select: { realisations: true, auditEvents: true } } },
    });
  }

  it.skipIf(!backend.available)(
    "the admin contract page costs at most 5 statements beyond the session, however many rows",
    async () => {
      const contract = await busiestContract("GM0307");
      const { sql, data } = await pageStatements(
        "consultant@wsp-amersfoort.demo",
        AdminContractDocument,
        contract.id,
      );
      // The contract with everything it shows (joins), the organisations the reader works with
      // (the rule for people and certificates, once a request), the progress sums, and the
      // possible double counts of the rows shown (one batched statement, decision 0025).
      expect(sql.length).toBeLessThanOrEqual(5);
      expect(sql.filter((text) => text.includes('AS "otherId"')).length).toBeLessThanOrEqual(1);
      // (today 4: the realisation rows' review rules, viewerCan, load their own nested selection)
      expect(
        sql.filter((text) => text.includes('FROM "public"."Contract" AS "t0"')).length,
      ).toBeLessThanOrEqual(2);
      expect(sql.filter((text) => text.includes("GROUPING SETS")).length).toBe(1);
      // Every realisation and event was loaded before; now one page of each, counted over all.
      const page = (data as { contract: Record<string, never> }).contract as unknown as {
        realisationCounts: { total: number };
        realisationConnection: { edges: unknown[] };
        auditEventConnection: { totalCount: number; edges: unknown[] };
      };
      expect(page.realisationCounts.total).toBe(contract._count.realisations);
      expect(page.realisationConnection.edges.length).toBe(
        Math.min(50, contract._count.realisations),
      );
      expect(page.auditEventConnection.totalCount).toBe(contract._count.auditEvents);
      expect(page.auditEventConnection.edges.length).toBe(
        Math.min(50, contract._count.auditEvents),
      );
    },
  );

  it.skipIf(!backend.available)(
    "the portal contract page costs at most 4 statements beyond the session",
    async () => {
      const contract = await api.prisma.contract.findFirstOrThrow({
        where: { contractor: { name: { contains: "Eemland" } } },
        orderBy: [{ realisations: { _count: "desc" } }, { id: "asc" }],
      });
      const { sql } = await pageStatements(
        "admin@bouwbedrijf-eemland.demo",
        PortalContractDocument,
        contract.id,
      );
      expect(sql.length).toBeLessThanOrEqual(4);
      expect(sql.filter((text) => text.includes("GROUPING SETS")).length).toBe(1);
    },
  );

  it.skipIf(!backend.available)(
    "pages through every realisation and audit event once, newest first",
    async () => {
      const contract = await busiestContract("GM0307");
      const staff = await api.loginAs("consultant@wsp-amersfoort.demo");
      const page = (field: string) => `query ($id: ID!, $after: String) { contract(id: $id) {
        ${field}(first: 3, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } } }`;
      type Page = {
        totalCount: number;
        pageInfo: { hasNextPage: boolean; endCursor: string };
        edges: { node: { id: string } }[];
      };
      for (const field of ["realisationConnection", "auditEventConnection"] as const) {
        const ids: string[] = [];
        let after: string | null = null;
        let total = -1;
        for (let i = 0; i < 200; i++) {
          const answer = await staff.graphql<{ contract: Record<string, Page> }>(page(field), {
            id: contract.id,
            after,
          });
          const connection = answer.data?.contract[field] as Page;
          total = connection.totalCount;
          ids.push(...connection.edges.map((edge) => edge.node.id));
          if (!connection.pageInfo.hasNextPage) break;
          after = connection.pageInfo.endCursor;
        }
        expect(ids.length).toBe(total);
        const expected =
          field === "realisationConnection"
            ? await api.prisma.realisation.findMany({
                where: { contractId: contract.id },
                orderBy: [{ createdAt: "desc" }, { id: "desc" }],
                select: { id: true },
              })
            : await api.prisma.auditEvent.findMany({
                where: { contractId: contract.id },
                orderBy: [{ at: "desc" }, { id: "desc" }],
                select: { id: true },
              });
        expect(ids).toEqual(expected.map((row) => row.id));
      }
    },
  );
});
