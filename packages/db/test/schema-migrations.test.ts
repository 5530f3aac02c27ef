import { describe, expect, it } from "vitest";
import { isEmptyDiff, migrationDiff } from "../scripts/migration-diff.js";

describe("prisma/schema.prisma", () => {
  // The Prisma CLI takes 10 to 15 s to start, longer on a busy machine.
  it("has a migration for every change (run `npm run migrate:new -w @sroi/db -- <name>`)", {
    timeout: 180_000,
  }, () => {
    const sql = migrationDiff();
    expect(isEmptyDiff(sql), sql).toBe(true);
  });
});
