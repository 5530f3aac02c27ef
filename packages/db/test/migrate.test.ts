import { backends } from "@sroi/db/testing/backends";
import { afterEach, describe, expect, it } from "vitest";
import {
  applyMigrations,
  type MigrationConnection,
  MigrationError,
  readMigrations,
} from "../src/migrate.js";

describe.each(backends())("migrations on $name", (backend) => {
  let dispose: (() => Promise<void>) | undefined;
  afterEach(async () => {
    await dispose?.();
    dispose = undefined;
  });

  async function emptyDatabase(): Promise<MigrationConnection> {
    const opened = await backend.connectEmpty();
    dispose = opened.dispose;
    return opened.connection;
  }

  it.skipIf(!backend.available)(
    "records every committed migration once and re-running applies nothing",
    async () => {
      const connection = await emptyDatabase();
      const migrations = await readMigrations();
      expect(await applyMigrations(connection, migrations)).toEqual(migrations.map((m) => m.name));
      const rows = await connection.query<{ migration_name: string; finished_at: Date | null }>(
        `SELECT migration_name, finished_at FROM "_prisma_migrations" ORDER BY migration_name`,
      );
      expect(rows.map((row) => row.migration_name)).toEqual(migrations.map((m) => m.name));
      expect(rows.every((row) => row.finished_at !== null)).toBe(true);
      expect(await applyMigrations(connection, migrations)).toEqual([]);
    },
  );

  it.skipIf(!backend.available)(
    "refuses a migration that was edited after it was applied",
    async () => {
      const connection = await emptyDatabase();
      await applyMigrations(connection, await readMigrations());
      const [first, ...rest] = await readMigrations();
      if (!first) throw new Error("no migrations committed");
      const edited = { ...first, checksum: "0".repeat(64) };
      await expect(applyMigrations(connection, [edited, ...rest])).rejects.toThrow(
        /was changed after it was applied/,
      );
    },
  );

  it.skipIf(!backend.available)("rolls a failing migration back completely", async () => {
    const connection = await emptyDatabase();
    const broken = {
      name: "99999999999999_broken",
      sql: `CREATE TABLE "half_done" (id int); SELECT * FROM "no_such_table";`,
      checksum: "f".repeat(64),
    };
    await expect(
      applyMigrations(connection, [...(await readMigrations()), broken]),
    ).rejects.toBeInstanceOf(MigrationError);
    const tables = await connection.query<{ count: bigint | number }>(
      `SELECT count(*) AS count FROM information_schema.tables WHERE table_name = 'half_done'`,
    );
    expect(Number(tables[0]?.count)).toBe(0);
    const recorded = await connection.query<{ count: bigint | number }>(
      `SELECT count(*) AS count FROM "_prisma_migrations" WHERE migration_name = $1`,
      [broken.name],
    );
    expect(Number(recorded[0]?.count)).toBe(0);
    // the good migrations before it did land, each in its own transaction
    const applied = await connection.query<{ migration_name: string }>(
      `SELECT migration_name FROM "_prisma_migrations"`,
    );
    expect(applied.map((row) => row.migration_name)).toEqual(
      (await readMigrations()).map((m) => m.name),
    );
  });
});
