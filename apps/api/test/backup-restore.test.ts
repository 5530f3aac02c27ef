// `npm run backup` and `npm run restore` as an operator runs them (the real commands, as separate
// processes), on both databases: demo data with evidence files → backup → the data wiped →
// restore into an empty database → every row of every table and every file as before.
import { execFile } from "node:child_process";
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import type { PrismaClient } from "@prisma/client";
import { openDatabase, seed } from "@sroi/db";
import { createTestDatabase } from "@sroi/db/testing";
import { afterAll, describe, expect, inject, it } from "vitest";
import "@sroi/db/testing/backends";
import { seedDemo } from "../src/demo/seed.js";
import { FileEvidenceStore } from "../src/services/evidence.js";

const API_DIR = fileURLToPath(new URL("../", import.meta.url));
const postgresUrl = inject("postgresUrl");

/** Runs src/cli/<name>.ts as `npm run <name>` would run its build. */
async function cli(
  name: "backup" | "restore",
  folder: string,
  env: { DATA_DIR: string; DATABASE_URL?: string },
) {
  try {
    const { stdout, stderr } = await promisify(execFile)(
      process.execPath,
      ["--import", "tsx", "--conditions=source", `src/cli/${name}.ts`, folder],
      {
        cwd: API_DIR,
        env: { ...process.env, NODE_ENV: "development", DATABASE_URL: "", ...env },
      },
    );
    return { code: 0, out: stdout + stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, out: failed.stdout + failed.stderr };
  }
}

/** Every table's row count and a digest of all its rows, in a fixed order. */
async function contents(prisma: PrismaClient) {
  const tables = await prisma.$queryRaw<{ name: string }[]>`
    SELECT table_name::text AS name FROM information_schema.tables
    WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`;
  const result: Record<string, { rows: number; digest: string }> = {};
  for (const { name } of tables) {
    const [row] = await prisma.$queryRawUnsafe<{ rows: bigint; digest: string }[]>(
      `SELECT count(*) AS rows, md5(coalesce(string_agg(t::text, E'\\n' ORDER BY t::text), '')) AS digest FROM "${name}" t`,
    );
    result[name] = { rows: Number(row?.rows), digest: row?.digest ?? "" };
  }
  return result;
}

async function files(folder: string) {
  const names = (await readdir(folder)).sort();
  return Promise.all(
    names.map(async (name) => ({ name, bytes: await readFile(join(folder, name)) })),
  );
}

describe.each([
  { name: "PGlite", available: true },
  { name: "PostgreSQL", available: postgresUrl !== "" },
])("backup and restore on $name", ({ name, available }) => {
  const cleanup: (() => Promise<unknown>)[] = [];
  afterAll(async () => {
    for (const step of cleanup.reverse()) await step();
  });

  async function freshPlace() {
    const dataDir = await mkdtemp(join(tmpdir(), "sroi-restore-data-"));
    cleanup.push(() => rm(dataDir, { recursive: true, force: true }));
    if (name === "PGlite") return { dataDir, env: { DATA_DIR: dataDir } };
    const database = await createTestDatabase(postgresUrl);
    cleanup.push(() => database.drop());
    return { dataDir, database, env: { DATA_DIR: dataDir, DATABASE_URL: database.url } };
  }

  async function open(place: Awaited<ReturnType<typeof freshPlace>>) {
    return openDatabase({ databaseUrl: place.database?.url, dataDir: place.dataDir });
  }

  it.skipIf(!available)("brings back the same rows and evidence files", async () => {
    const original = await freshPlace();
    const before = await open(original);
    await seed(before.prisma);
    const demo = await seedDemo(
      before.prisma,
      new FileEvidenceStore(join(original.dataDir, "evidence")),
    );
    expect(demo.seeded).toBe(true);
    const rowsBefore = await contents(before.prisma);
    await before.close();
    const filesBefore = await files(join(original.dataDir, "evidence"));
    expect(rowsBefore.EvidenceFile?.rows).toBeGreaterThan(0);
    expect(filesBefore.length).toBe(rowsBefore.EvidenceFile?.rows);

    const backupDir = await mkdtemp(join(tmpdir(), "sroi-backup-"));
    cleanup.push(() => rm(backupDir, { recursive: true, force: true }));
    const backup = await cli("backup", backupDir, original.env);
    expect(backup, backup.out).toMatchObject({ code: 0 });
    expect(backup.out).toContain(`Evidence files: ${filesBefore.length}`);
    const manifest = JSON.parse(await readFile(join(backupDir, "manifest.json"), "utf8"));
    expect(manifest).toMatchObject({
      format: 1,
      database: name === "PGlite" ? "pglite" : "postgresql",
      lastMigration: expect.stringMatching(/^\d{14}_/),
      evidenceFiles: filesBefore.length,
    });
    // a backup never goes over another one
    expect(await cli("backup", backupDir, original.env)).toMatchObject({ code: 1 });

    // wiped: the data folder and the database are gone; restore into new, empty ones
    await rm(original.dataDir, { recursive: true, force: true });
    await original.database?.drop();
    const restoredPlace = await freshPlace();
    const restore = await cli("restore", backupDir, restoredPlace.env);
    expect(restore, restore.out).toMatchObject({ code: 0 });

    const after = await open(restoredPlace);
    try {
      expect(after.appliedMigrations).toEqual([]);
      expect(await contents(after.prisma)).toEqual(rowsBefore);
    } finally {
      await after.close();
    }
    expect(await files(join(restoredPlace.dataDir, "evidence"))).toEqual(filesBefore);

    // nothing is overwritten: a second restore into the now filled place is refused
    const again = await cli("restore", backupDir, restoredPlace.env);
    expect(again.code).toBe(1);
    expect(again.out).toMatch(/not empty|has tables/);
  });
});
