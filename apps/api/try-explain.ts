import { openDatabase } from "@sroi/db";
import pg from "pg";
const url = "postgresql://postgres@127.0.0.1:48731/bench";
const sqls: { sql: string }[] = [];
const db = await openDatabase({ databaseUrl: url, onStatement: (sql) => sqls.push({ sql }) });
const raw = new pg.Client({ connectionString: url });
await raw.connect();
await raw.query("ANALYZE");
const m = (await raw.query(`SELECT "municipalityId" AS id FROM "Contract" GROUP BY 1 ORDER BY count(*) DESC LIMIT 1`)).rows[0].id;
const where = { AND: [{ OR: [{ municipalityId: { in: [m] } }, { contractorId: { in: [] } }] }, { OR: [{ planVersions: { some: { status: "SUBMITTED" as const } } }, { realisations: { some: { status: "SUBMITTED" as const } } }] }] };
sqls.length = 0;
await db.prisma.contract.count({ where });
const countSql = sqls[0]!.sql;
sqls.length = 0;
await db.prisma.contract.findMany({ where, include: { municipality: true, contractor: true }, orderBy: [{ awardDate: "desc" }, { id: "asc" }], take: 26 });
const pageSql = sqls[0]!.sql;
for (const [name, sql] of [["count", countSql], ["page", pageSql]]) {
  const n = (sql.match(/\$\d+/g) ?? []).length;
  console.log(name, sql.slice(0, 900));
  // parameters: municipality, SUBMITTED..., limits: reuse by position
  const params = await (async () => { const ps: unknown[] = []; return ps; })();
  void params; void n;
}
await db.close(); await raw.end();
