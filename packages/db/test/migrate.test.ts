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

  it.skipIf(!backend.available)(
    "carried_out_by keeps what each WSP served: its region's gemeenten; others get their own team",
    async () => {
      const connection = await emptyDatabase();
      const migrations = await readMigrations();
      const at = migrations.findIndex((m) => m.name.endsWith("_carried_out_by"));
      expect(at).toBeGreaterThan(0);
      await applyMigrations(connection, migrations.slice(0, at));
      // A database as the WSP's region left it: WSP regio Amersfoort served Amersfoort and Soest
      // through its region; Haarlem had only its own gemeente organisation.
      await connection.query(`INSERT INTO "Region" ("id", "code", "name", "updatedAt") VALUES
        ('r-amf', 'regio-amersfoort', 'WSP regio Amersfoort', now()),
        ('r-zk', 'zuid-kennemerland', 'Zuid-Kennemerland', now())`);
      await connection.query(`INSERT INTO "Municipality" ("id", "code", "name", "regionId", "updatedAt") VALUES
        ('m-amf', 'GM0307', 'Amersfoort', 'r-amf', now()),
        ('m-soe', 'GM0342', 'Soest', 'r-amf', now()),
        ('m-hlm', 'GM0392', 'Haarlem', 'r-zk', now()),
        ('m-bld', 'GM0377', 'Bloemendaal', 'r-zk', now())`);
      await connection.query(`INSERT INTO "Organisation" ("id", "kind", "name", "municipalityId", "regionId", "updatedAt") VALUES
        ('o-wsp', 'SERVICE_POINT', 'WSP regio Amersfoort', NULL, 'r-amf', now()),
        ('o-amf', 'MUNICIPALITY', 'Gemeente Amersfoort', 'm-amf', NULL, now()),
        ('o-hlm', 'MUNICIPALITY', 'Gemeente Haarlem', 'm-hlm', NULL, now())`);
      await applyMigrations(connection, migrations.slice(at));
      const rows = await connection.query<{ code: string; carriedOutById: string | null }>(
        `SELECT "code", "carriedOutById" FROM "Municipality" ORDER BY "code"`,
      );
      expect(rows).toEqual([
        { code: "GM0307", carriedOutById: "o-wsp" },
        { code: "GM0342", carriedOutById: "o-wsp" },
        { code: "GM0377", carriedOutById: null },
        { code: "GM0392", carriedOutById: "o-hlm" },
      ]);
    },
  );
});
