// What `npm run backup` writes and `npm run restore` reads: one folder holding
//   manifest.json      what was backed up, from which kind of database, at which migration
//   database.tar.gz    PGlite: its whole data folder (dumpDataDir), evidence/ included, made
//                      while no other process had it
//   database.dump      PostgreSQL: pg_dump's custom format, one consistent snapshot
//   evidence/<sha256>  PostgreSQL: the evidence files of DATA_DIR/evidence
// With S3 the files are in the bucket, whose backup is the operator's (docs/operations.md).
import { createHash } from "node:crypto";
import { copyFile, mkdir, readdir, readFile } from "node:fs/promises";
import { isAbsolute, join, resolve } from "node:path";

export const MANIFEST = "manifest.json";
export const PGLITE_ARCHIVE = "database.tar.gz";
export const POSTGRES_DUMP = "database.dump";
export const EVIDENCE = "evidence";

export interface Manifest {
  format: 1;
  createdAt: string;
  database: "pglite" | "postgresql";
  /** the newest migration in the backup; a restore then applies the ones after it */
  lastMigration: string | null;
  /** evidence files in the backup; null when they live in S3 (the bucket's own backup) */
  evidenceFiles: number | null;
}

export class Refusal extends Error {}

/** A folder named on the command line, relative to where the person ran npm. */
export function folderArgument(path: string): string {
  return isAbsolute(path) ? path : resolve(process.env.INIT_CWD ?? process.cwd(), path);
}

const STORED_NAME = /^[0-9a-f]{64}$/;

/**
 * The evidence files of a folder, each checked against its name (its SHA-256): a damaged file is
 * refused rather than carried into a backup or back into service. Unfinished uploads (temporary
 * names) are left out.
 */
export async function verifiedEvidence(folder: string): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(folder);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw error;
  }
  const stored = names.filter((n) => STORED_NAME.test(n));
  for (const name of stored) {
    const sum = createHash("sha256")
      .update(await readFile(join(folder, name)))
      .digest("hex");
    if (sum !== name)
      throw new Refusal(`Evidence file ${join(folder, name)} has SHA-256 ${sum}: it is damaged`);
  }
  return stored;
}

/** Copies the verified evidence files from one folder to another; returns how many. */
export async function copyEvidence(from: string, to: string): Promise<number> {
  const names = await verifiedEvidence(from);
  await mkdir(to, { recursive: true });
  for (const name of names) await copyFile(join(from, name), join(to, name));
  return names.length;
}

/**
 * pg_dump and pg_restore get the connection from the environment, so the password never shows
 * in the process list. PG_BIN points at the client programs when they are not on the PATH.
 */
export function postgresClient(databaseUrl: string, program: "pg_dump" | "pg_restore") {
  const url = new URL(databaseUrl);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    // a socket folder may be given as ?host=/var/run/postgresql
    PGHOST: url.searchParams.get("host") ?? decodeURIComponent(url.hostname),
    PGPORT: url.port || "5432",
    PGDATABASE: decodeURIComponent(url.pathname.slice(1)),
    PGUSER: decodeURIComponent(url.username),
    PGPASSWORD: decodeURIComponent(url.password),
  };
  const sslmode = url.searchParams.get("sslmode");
  if (sslmode) env.PGSSLMODE = sslmode;
  const bin = process.env.PG_BIN;
  return { command: bin ? join(bin, program) : program, env };
}
