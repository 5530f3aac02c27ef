// `npm run restore -- <backup folder>`: puts a backup made by `npm run backup` back, with the same
// configuration as the server, into an empty database: PGlite into an empty DATA_DIR, PostgreSQL
// into a database without tables (create a fresh one). Nothing is overwritten: move the old data
// aside first. Migrations newer than the backup are applied afterwards, as at every start.
import { execFile } from "node:child_process";
import { readdir, readFile, rm } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import { loadPgliteDataDir, openDatabase } from "@sroi/db";
import pg from "pg";
import { readConfig } from "../config.js";
import {
  copyEvidence,
  EVIDENCE,
  folderArgument,
  MANIFEST,
  type Manifest,
  PGLITE_ARCHIVE,
  POSTGRES_DUMP,
  postgresClient,
  Refusal,
  verifiedEvidence,
} from "./backup-format.js";

const USAGE = "Usage: npm run restore -- <backup folder>";

async function readManifest(source: string): Promise<Manifest> {
  try {
    return JSON.parse(await readFile(join(source, MANIFEST), "utf8")) as Manifest;
  } catch {
    throw new Refusal(`${source} holds no backup (${MANIFEST} is missing or unreadable).`);
  }
}

async function assertEmptyFolder(folder: string) {
  const entries = await readdir(folder).catch(() => []);
  if (entries.length > 0)
    throw new Refusal(`DATA_DIR ${folder} is not empty: restore into an empty folder.`);
}

async function assertEmptyPostgres(databaseUrl: string) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ tables: string }>(
      "SELECT count(*) AS tables FROM information_schema.tables WHERE table_schema = 'public'",
    );
    if (Number(rows[0]?.tables) > 0)
      throw new Refusal(
        "The database in DATABASE_URL has tables: restore into a new, empty database.",
      );
  } finally {
    await client.end();
  }
}

async function main(argv: string[]): Promise<void> {
  if (argv.length !== 1 || !argv[0] || argv[0].startsWith("-")) throw new Refusal(USAGE);
  const source = folderArgument(argv[0]);
  const manifest = await readManifest(source);
  const config = readConfig();
  const into = config.databaseUrl ? "postgresql" : "pglite";
  if (manifest.database !== into)
    throw new Refusal(
      `This is a backup of ${manifest.database === "pglite" ? "a PGlite folder" : "PostgreSQL"}; it restores only into the same kind of database.`,
    );
  if (config.databaseUrl) {
    await assertEmptyPostgres(config.databaseUrl);
    const { command, env } = postgresClient(config.databaseUrl, "pg_restore");
    await promisify(execFile)(
      command,
      [
        "--no-owner",
        "--no-privileges",
        "--exit-on-error",
        "--single-transaction",
        `--dbname=${env.PGDATABASE}`,
        join(source, POSTGRES_DUMP),
      ],
      { env },
    );
  } else {
    await assertEmptyFolder(config.dataDir);
    const archive = await readFile(join(source, PGLITE_ARCHIVE));
    await loadPgliteDataDir(config.dataDir, new Blob([archive]));
    // the archive holds the lock file of the process that made it
    await rm(join(config.dataDir, "sroi.pid"), { force: true });
  }
  const evidence = join(config.dataDir, EVIDENCE);
  const evidenceFiles =
    manifest.evidenceFiles === null
      ? null
      : config.databaseUrl
        ? await copyEvidence(join(source, EVIDENCE), evidence)
        : (await verifiedEvidence(evidence)).length;
  if (evidenceFiles !== null && evidenceFiles !== manifest.evidenceFiles)
    throw new Refusal(
      `The backup should hold ${manifest.evidenceFiles} evidence files, but ${evidenceFiles} were found.`,
    );
  // Opening checks the restored database and applies migrations newer than the backup.
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    console.log(`Restored the backup of ${manifest.createdAt} into ${database.description}`);
    if (database.appliedMigrations.length > 0)
      console.log(`Applied migrations: ${database.appliedMigrations.join(", ")}`);
    console.log(
      evidenceFiles === null
        ? "Evidence files are in S3: restore the bucket from the same moment with your storage's own tools."
        : `Evidence files: ${evidenceFiles} into ${join(config.dataDir, EVIDENCE)}`,
    );
  } finally {
    await database.close();
  }
}

try {
  await main(process.argv.slice(2));
} catch (error) {
  if (error instanceof Refusal) {
    console.error(error.message);
  } else {
    console.error(`Restore failed: ${(error as Error).stack ?? error}`);
  }
  process.exitCode = 1;
}
