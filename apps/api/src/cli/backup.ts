// `npm run backup -- <folder>`: a backup of the database and the evidence files into a new folder,
// with the same configuration as the server (DATABASE_URL or DATA_DIR). PostgreSQL: pg_dump,
// while the server runs. PGlite: its data folder, while no other process has it (stop the server
// first; the folder's lock refuses otherwise), evidence/ included. On PostgreSQL the database comes
// first, then the files: every evidence row in the dump has its file, since a file is stored
// before its row is written.
import { execFile } from "node:child_process";
import { mkdir, readdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import { DataDirInUseError, openDatabase } from "@sroi/db";
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

const USAGE = "Usage: npm run backup -- <new or empty folder>";

async function main(argv: string[]): Promise<void> {
  if (argv.length !== 1 || !argv[0] || argv[0].startsWith("-")) throw new Refusal(USAGE);
  const target = folderArgument(argv[0]);
  const config = readConfig();
  await mkdir(target, { recursive: true });
  if ((await readdir(target)).length > 0)
    throw new Refusal(`${target} is not empty: a backup goes into a new or empty folder.`);

  // Opening applies pending migrations, so the backup is of the schema this version runs.
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  let lastMigration: string | null;
  try {
    const [row] = await database.prisma.$queryRaw<{ name: string | null }[]>`
      SELECT max(migration_name) AS name FROM _prisma_migrations WHERE finished_at IS NOT NULL`;
    lastMigration = row?.name ?? null;
    if (database.pglite) {
      const archive = await database.pglite.dumpDataDir("gzip");
      await writeFile(join(target, PGLITE_ARCHIVE), Buffer.from(await archive.arrayBuffer()));
    }
  } finally {
    await database.close();
  }
  if (config.databaseUrl) {
    const { command, env } = postgresClient(config.databaseUrl, "pg_dump");
    await promisify(execFile)(
      command,
      ["--format=custom", "--no-owner", "--no-privileges", `--file=${join(target, POSTGRES_DUMP)}`],
      { env },
    );
  }
  const evidence = join(config.dataDir, EVIDENCE);
  const evidenceFiles = config.s3
    ? null
    : database.pglite
      ? (await verifiedEvidence(evidence)).length
      : await copyEvidence(evidence, join(target, EVIDENCE));
  const manifest: Manifest = {
    format: 1,
    createdAt: new Date().toISOString(),
    database: config.databaseUrl ? "postgresql" : "pglite",
    lastMigration,
    evidenceFiles,
  };
  await writeFile(join(target, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
  console.log(`Backup of ${database.description} written to ${target}`);
  console.log(
    evidenceFiles === null
      ? "Evidence files are in S3: back up the bucket with your storage's own tools."
      : `Evidence files: ${evidenceFiles}`,
  );
}

try {
  await main(process.argv.slice(2));
} catch (error) {
  if (error instanceof Refusal || error instanceof DataDirInUseError) {
    console.error(error.message);
  } else {
    console.error(`Backup failed: ${(error as Error).stack ?? error}`);
  }
  process.exitCode = 1;
}
