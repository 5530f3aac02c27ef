// Applies the committed Prisma migrations (prisma/migrations/*/migration.sql) in order, on PGlite
// and PostgreSQL alike. `prisma migrate deploy` cannot be used: through @prisma/adapter-pg it fails
// on an upstream bug (prisma/orm#27403), and at run time on PGlite the CLI would open the data
// folder a second time. The bookkeeping table is Prisma's own `_prisma_migrations`, so
// `prisma migrate status` and this runner agree about what has been applied.
import { createHash, randomUUID } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";

/** The committed migrations, next to src/ and dist/ alike. */
export const MIGRATIONS_DIR = fileURLToPath(new URL("../prisma/migrations/", import.meta.url));

/** What the runner needs from a connection: plain SQL, one statement batch at a time. */
export interface MigrationConnection {
  query<Row>(sql: string, params?: unknown[]): Promise<Row[]>;
  /** runs a script of several statements */
  exec(sql: string): Promise<void>;
}

export interface Migration {
  name: string;
  sql: string;
  checksum: string;
}

export async function readMigrations(directory = MIGRATIONS_DIR): Promise<Migration[]> {
  const entries = await readdir(directory, { withFileTypes: true });
  const names = entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  return Promise.all(
    names.map(async (name) => {
      const sql = await readFile(`${directory}/${name}/migration.sql`, "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    }),
  );
}

const CREATE_BOOKKEEPING = `
CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

interface AppliedRow {
  migration_name: string;
  checksum: string;
  finished_at: Date | string | null;
  rolled_back_at: Date | string | null;
}

export class MigrationError extends Error {}

/**
 * Applies every pending migration, each in its own transaction together with its bookkeeping row,
 * so a failing migration leaves the database as it was. Refuses to start when an applied migration
 * was edited afterwards or an earlier run failed half-way: both need a person to look.
 * Returns the names of the migrations it applied.
 */
export async function applyMigrations(
  connection: MigrationConnection,
  migrations: Migration[],
): Promise<string[]> {
  await connection.exec(CREATE_BOOKKEEPING);
  const applied = await connection.query<AppliedRow>(
    `SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations"`,
  );
  const done = new Map<string, AppliedRow>();
  for (const row of applied) {
    if (row.rolled_back_at !== null) continue;
    if (row.finished_at === null) {
      throw new MigrationError(
        `Migration ${row.migration_name} started but never finished; inspect the database before starting again`,
      );
    }
    done.set(row.migration_name, row);
  }
  const newlyApplied: string[] = [];
  for (const migration of migrations) {
    const previous = done.get(migration.name);
    if (previous) {
      if (previous.checksum !== migration.checksum) {
        throw new MigrationError(
          `Migration ${migration.name} was changed after it was applied (checksum differs); add a new migration instead`,
        );
      }
      continue;
    }
    await connection.exec("BEGIN");
    try {
      await connection.exec(migration.sql);
      await connection.query(
        `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, finished_at, applied_steps_count)
         VALUES ($1, $2, $3, now(), 1)`,
        [randomUUID(), migration.checksum, migration.name],
      );
      await connection.exec("COMMIT");
    } catch (error) {
      await connection.exec("ROLLBACK");
      throw new MigrationError(`Migration ${migration.name} failed: ${(error as Error).message}`, {
        cause: error,
      });
    }
    newlyApplied.push(migration.name);
  }
  return newlyApplied;
}
