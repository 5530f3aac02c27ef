// Writes a new migration, or checks that none is needed, by diffing prisma/schema.prisma against
// prisma/migrations/schema.snapshot.prisma: the schema as of the latest migration.
//   tsx scripts/migration-diff.ts create <name>   writes prisma/migrations/<timestamp>_<name>/
//   tsx scripts/migration-diff.ts check           exits 1 when the schema has unmigrated changes
// Why not `prisma migrate dev`: through pglite-prisma-adapter 0.6 it cannot replay
// multi-statement migrations into its shadow database, and `migrate diff` refuses to read a
// database through a driver adapter. Diffing two datamodels needs no database at all.
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { MIGRATIONS_DIR } from "../src/migrate.js";

const PACKAGE_DIR = fileURLToPath(new URL("..", import.meta.url));
const SCHEMA = join(PACKAGE_DIR, "prisma/schema.prisma");
export const SNAPSHOT = join(MIGRATIONS_DIR, "schema.snapshot.prisma");

/** The SQL that takes a database from the latest migration to the current schema. */
export function migrationDiff(): string {
  const result = spawnSync(
    process.execPath,
    [
      join(PACKAGE_DIR, "scripts/prisma.mjs"),
      "migrate",
      "diff",
      "--from-schema-datamodel",
      SNAPSHOT,
      "--to-schema-datamodel",
      SCHEMA,
      "--script",
    ],
    { cwd: PACKAGE_DIR, encoding: "utf8" },
  );
  if (result.status !== 0) throw new Error(`prisma migrate diff failed:\n${result.stderr}`);
  return result.stdout;
}

export function isEmptyDiff(sql: string): boolean {
  return sql.trim() === "" || sql.includes("-- This is an empty migration.");
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [command, name] = process.argv.slice(2);
  const sql = migrationDiff();
  if (command === "check") {
    if (!isEmptyDiff(sql)) {
      console.error(`prisma/schema.prisma has changes without a migration:\n${sql}`);
      process.exit(1);
    }
    console.log("Migrations match prisma/schema.prisma.");
  } else if (command === "create" && name && /^[a-z0-9_]+$/.test(name)) {
    if (isEmptyDiff(sql)) {
      console.log("No schema changes: no migration written.");
    } else {
      const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
      const folder = join(MIGRATIONS_DIR, `${stamp}_${name}`);
      mkdirSync(folder, { recursive: true });
      writeFileSync(join(folder, "migration.sql"), sql);
      copyFileSync(SCHEMA, SNAPSHOT);
      console.log(`Wrote ${folder}/migration.sql`);
    }
  } else {
    console.error("Usage: migration-diff.ts create <snake_case_name> | check");
    process.exit(2);
  }
}
