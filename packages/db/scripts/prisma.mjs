// Runs the Prisma CLI offline. engine "js" needs no query engine, but the pothos generator still
// asks for the library file; a placeholder path satisfies that check without a download
// (docs/decisions/0001-prisma-6-js-engine.md). DATABASE_URL only has to exist: the driver adapter
// in prisma.config.ts is what the CLI connects through.
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";

const prismaCli = createRequire(import.meta.url).resolve("prisma/build/index.js");
const placeholder = join(
  mkdtempSync(join(tmpdir(), "prisma-")),
  "libquery_engine-placeholder.so.node",
);
writeFileSync(placeholder, "");
const result = spawnSync(process.execPath, [prismaCli, ...process.argv.slice(2)], {
  stdio: "inherit",
  env: {
    PRISMA_HIDE_UPDATE_MESSAGE: "1",
    ...process.env,
    PRISMA_QUERY_ENGINE_LIBRARY: placeholder,
    DATABASE_URL: process.env.DATABASE_URL ?? "postgresql://unused",
  },
});
process.exit(result.status ?? 1);
