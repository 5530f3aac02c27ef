// Starts the whole product: opens (and migrates) the database, seeds a fresh one, serves.
import { openDatabase, seed } from "@sroi/db";
import { readConfig } from "./config.js";
import { startServer } from "./server.js";

const startedAt = performance.now();
const config = readConfig();
const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
console.log(`Database: ${database.description}`);
if (database.appliedMigrations.length > 0) {
  console.log(`Applied migrations: ${database.appliedMigrations.join(", ")}`);
}
const seeded = await seed(database.prisma);
if (seeded.catalogues.length > 0) console.log(`Seeded catalogues: ${seeded.catalogues.join(", ")}`);

const server = await startServer({
  prisma: database.prisma,
  port: config.port,
  serveApps: config.production,
});

const seconds = ((performance.now() - startedAt) / 1000).toFixed(1);
const base = server.url;
console.log(
  [
    "",
    `Social Return platform is ready (${seconds} s)`,
    config.production ? `  Beheer (gemeente, WSP):   ${base}/admin/` : "",
    config.production ? `  Portaal (opdrachtnemer):  ${base}/portal/` : "",
    `  GraphQL API:              ${base}/graphql`,
    `  Health check:             ${base}/healthz`,
    "",
    "Stop with Ctrl+C.",
  ]
    .filter((line, index, lines) => line !== "" || lines[index - 1] !== "")
    .join("\n"),
);

let stopping = false;
async function stop(signal: string) {
  if (stopping) return;
  stopping = true;
  console.log(`\n${signal} received, stopping…`);
  await server.close();
  await database.close();
  process.exit(0);
}
process.on("SIGINT", () => void stop("SIGINT"));
process.on("SIGTERM", () => void stop("SIGTERM"));
