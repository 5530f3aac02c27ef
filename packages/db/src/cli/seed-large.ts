// npm run seed:large -- --contracts 20000 --realisations 500000 [--seed 1] [--today 2026-01-15]
// Fills an empty database (DATABASE_URL, else the PGlite folder DATA_DIR, default .data/) with the
// large data set of seed-large.ts, for bench/load.ts and for trying the product at scale.
import { isAbsolute, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import pg from "pg";
import { type BulkConnection, pgliteBulk, postgresBulk } from "../bulk-insert.js";
import { openDatabase } from "../client.js";
import { seedLarge } from "../seed-large.js";

const { values } = parseArgs({
  options: {
    contracts: { type: "string", default: "20000" },
    realisations: { type: "string", default: "500000" },
    seed: { type: "string", default: "1" },
    today: { type: "string", default: new Date().toISOString().slice(0, 10) },
  },
});
const contracts = Number(values.contracts);
const realisations = Number(values.realisations);
if (
  !Number.isInteger(contracts) ||
  contracts < 1 ||
  !Number.isInteger(realisations) ||
  realisations < 0
) {
  console.error("--contracts takes a whole number from 1, --realisations one from 0");
  process.exit(2);
}
const databaseUrl = process.env.DATABASE_URL || undefined;
// A relative DATA_DIR means relative to where the person ran npm, as for npm start.
const base = process.env.INIT_CWD ?? process.cwd();
const setting = process.env.DATA_DIR;
const dataDir = setting
  ? isAbsolute(setting)
    ? setting
    : resolve(base, setting)
  : fileURLToPath(new URL("../../../../.data", import.meta.url));

const started = performance.now();
const database = await openDatabase(databaseUrl ? { databaseUrl } : { dataDir });
let client: pg.Client | undefined;
let bulk: BulkConnection;
if (database.pglite) bulk = pgliteBulk(database.pglite);
else {
  client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  bulk = postgresBulk(client);
}
console.log(
  `Seeding ${contracts} contracts and ${realisations} realisations into ${database.description}`,
);
try {
  const report = await seedLarge(database.prisma, bulk, {
    contracts,
    realisations,
    seed: Number(values.seed),
    today: values.today,
    log: (line) =>
      console.log(`  ${line} (${((performance.now() - started) / 1000).toFixed(0)} s)`),
  });
  console.log(JSON.stringify(report));
  console.log(`Done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
} catch (error) {
  console.error((error as Error).message);
  process.exitCode = 1;
} finally {
  await client?.end();
  await database.close();
}
