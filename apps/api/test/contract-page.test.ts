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

describe.each(backends())("contract page on $name", (backend) => {
  let api: TestApi;
  beforeAll(async () => {
    if (backend.available) api = await startTestApi(backend, { demo: true });
  });
  afterAll(async () => {
    await api?.close();
  });

  it.skipIf(!backend.available)("statements", async () => {
    const staff = await api.loginAs("consultant@wsp-amersfoort.demo");
    const contract = await api.prisma.contract.findFirstOrThrow({
      where: { municipality: { code: "GM0307" } },
      orderBy: { realisations: { _count: "desc" } },
    });
    const { result, sql } = await recorded(() =>
      staff.graphql(print(AdminContractDocument), { id: contract.id }),
    );
    expect(result.errors).toBeUndefined();
    console.log(
      sql.length,
      sql.map((s) => s.replace(/"t\d+"\."\w+"(::text)?, /g, "")).join("\n\n"),
    );
  });
});
