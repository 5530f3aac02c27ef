// The one way to open the database: embedded PGlite in a data folder when no DATABASE_URL is set,
// PostgreSQL through @prisma/adapter-pg when it is. Pending migrations are applied before the
// Prisma client is handed out, so callers always see the current schema.
import { mkdir, open, readFile, rm } from "node:fs/promises";
import { join } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@prisma/client";
import type { SqlDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import pg from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { applyMigrations, type MigrationConnection, readMigrations } from "./migrate.js";
import { recordingAdapter, type StatementListener } from "./statement-recording.js";

export interface DatabaseOptions {
  /** PostgreSQL connection string; when absent, PGlite is used */
  databaseUrl?: string | undefined;
  /** PGlite data folder; when absent too, an in-memory database (tests) */
  dataDir?: string | undefined;
  /** told every SQL statement the client sends (tests that count statements per request) */
  onStatement?: StatementListener | undefined;
}

export interface Database {
  prisma: PrismaClient;
  kind: "pglite" | "postgresql";
  /** a short description for logs, without secrets */
  description: string;
  /** migrations applied while opening */
  appliedMigrations: string[];
  /** the embedded database itself, for a backup of its folder (apps/api/src/cli/backup.ts) */
  pglite?: PGlite;
  close(): Promise<void>;
}

/** Arbitrary but fixed: every instance of this product takes the same lock while migrating. */
const MIGRATION_LOCK_ID = 7_303_420_308;

export async function openDatabase(options: DatabaseOptions = {}): Promise<Database> {
  return options.databaseUrl
    ? openPostgres(options.databaseUrl, options.onStatement)
    : openPglite(options.dataDir, options.onStatement);
}

/** Thrown when another process has the PGlite data folder open. */
export class DataDirInUseError extends Error {
  constructor(
    readonly dataDir: string,
    readonly pid: number,
  ) {
    super(
      `The database in ${dataDir} is in use by process ${pid} (the server, or another command). PGlite serves one process at a time: stop that process first, or use PostgreSQL (DATABASE_URL). If no such process runs, remove ${join(dataDir, LOCK_FILE)}.`,
    );
    this.name = "DataDirInUseError";
  }
}

const LOCK_FILE = "sroi.pid";
/** Folders this process holds, so a lock file with our own pid left by an earlier run (pid reuse in a container) is recognised as stale. */
const heldHere = new Set<string>();

function processRuns(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * A PGlite folder is a single-process database: two processes writing it corrupt it. The lock is
 * a file with the holder's pid, created exclusively; one left by a process that is gone (kill -9,
 * a crash) is taken over.
 */
async function lockDataDir(dataDir: string): Promise<() => Promise<void>> {
  const path = join(dataDir, LOCK_FILE);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const file = await open(path, "wx");
      await file.writeFile(String(process.pid));
      await file.close();
      heldHere.add(dataDir);
      return async () => {
        heldHere.delete(dataDir);
        await rm(path, { force: true });
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
    const pid = Number((await readFile(path, "utf8").catch(() => "")).trim());
    const stale =
      !Number.isInteger(pid) ||
      pid <= 0 ||
      (pid === process.pid ? !heldHere.has(dataDir) : !processRuns(pid));
    if (!stale) throw new DataDirInUseError(dataDir, pid);
    await rm(path, { force: true });
  }
  throw new Error(`Could not lock ${dataDir}`);
}

/** The adapter as given, or wrapped to report each statement. */
function withListener(adapter: SqlDriverAdapterFactory, onStatement?: StatementListener) {
  return onStatement ? recordingAdapter(adapter, onStatement) : adapter;
}

async function openPglite(
  dataDir: string | undefined,
  onStatement?: StatementListener,
): Promise<Database> {
  if (dataDir) await mkdir(dataDir, { recursive: true });
  const unlock = dataDir ? await lockDataDir(dataDir) : async () => undefined;
  let pglite: PGlite;
  try {
    pglite = await PGlite.create(dataDir ?? "memory://");
  } catch (error) {
    await unlock();
    throw error;
  }
  let appliedMigrations: string[];
  try {
    appliedMigrations = await applyMigrations(pgliteConnection(pglite), await readMigrations());
  } catch (error) {
    await pglite.close();
    await unlock();
    throw error;
  }
  // pglite-prisma-adapter 0.6 is typed against an older @prisma/driver-adapter-utils; the
  // interface it implements is the same at run time (the API and db tests exercise it).
  const adapter = new PrismaPGlite(pglite) as unknown as SqlDriverAdapterFactory;
  const prisma = new PrismaClient({ adapter: withListener(adapter, onStatement) });
  return {
    prisma,
    kind: "pglite",
    description: dataDir ? `PGlite in ${dataDir}` : "PGlite in memory",
    appliedMigrations,
    pglite,
    async close() {
      await prisma.$disconnect();
      // Closing PGlite flushes its data folder; skipping it can lose the last writes.
      await pglite.close();
      await unlock();
    },
  };
}

async function openPostgres(
  databaseUrl: string,
  onStatement?: StatementListener,
): Promise<Database> {
  const pool = new pg.Pool({ connectionString: databaseUrl });
  // An idle connection that the server ends (a restart, a failover, a dropped test database) is
  // reported here; without a listener Node would treat it as an uncaught error and stop the API.
  // The pool replaces the connection on the next query.
  pool.on("error", (error) => {
    console.warn(`PostgreSQL connection lost: ${error.message}`);
  });
  let appliedMigrations: string[];
  const client = await pool.connect();
  try {
    // Two instances starting together: the second waits here and then finds nothing to do.
    await client.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK_ID]);
    appliedMigrations = await applyMigrations(postgresConnection(client), await readMigrations());
  } catch (error) {
    client.release();
    await pool.end();
    throw error;
  }
  await client.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK_ID]);
  client.release();
  // A burst of writes queues for the pool's 10 connections; Prisma's default 2 s wait for one
  // turned 15 of 600 concurrent writes into errors. Waiting longer is what a person would choose.
  const prisma = new PrismaClient({
    adapter: withListener(new PrismaPg(pool), onStatement),
    transactionOptions: { maxWait: 10_000 },
  });
  const url = new URL(databaseUrl);
  return {
    prisma,
    kind: "postgresql",
    description: `PostgreSQL at ${url.hostname}:${url.port || 5432}${url.pathname}`,
    appliedMigrations,
    async close() {
      await prisma.$disconnect();
      await pool.end().catch(() => undefined);
    },
  };
}

/** Migration access to one PGlite instance (a single connection by nature). */
export function pgliteConnection(pglite: PGlite): MigrationConnection {
  return {
    query: async <Row>(sql: string, params?: unknown[]) =>
      (await pglite.query<Row>(sql, params)).rows,
    exec: async (sql) => {
      await pglite.exec(sql);
    },
  };
}

/** Migration access through one checked-out client, so BEGIN and COMMIT share a session. */
export function postgresConnection(client: pg.ClientBase): MigrationConnection {
  return {
    query: async <Row>(sql: string, params?: unknown[]) =>
      (await client.query(sql, params)).rows as Row[],
    exec: async (sql) => {
      await client.query(sql);
    },
  };
}

/** Makes a PGlite folder from a `dumpDataDir` archive (a backup being restored). */
export async function loadPgliteDataDir(dataDir: string, archive: Blob): Promise<void> {
  const pglite = await PGlite.create({ dataDir, loadDataDir: archive });
  await pglite.close();
}
