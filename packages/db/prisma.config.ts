// Prisma CLI configuration. `engine: "js"` with a driver adapter lets `prisma generate` and
// `prisma migrate diff` work without downloading native engines
// (docs/decisions/0001-prisma-6-js-engine.md). New migrations are diffed against a throw-away
// PGlite database (scripts/migration-diff.ts); the app applies them itself (src/migrate.ts,
// docs/decisions/0002-own-migration-runner.md).
import { PGlite } from "@electric-sql/pglite";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  engine: "js",
  experimental: { adapter: true },
  async adapter() {
    // pglite-prisma-adapter 0.6 is typed against an older @prisma/driver-adapter-utils; the
    // interface it implements is the same at run time.
    // scripts/migration-diff.ts points PGLITE_DIR at a database holding the committed migrations.
    const pglite = new PGlite(process.env.PGLITE_DIR ?? "memory://");
    return new PrismaPGlite(pglite) as unknown as SqlMigrationAwareDriverAdapterFactory;
  },
});
