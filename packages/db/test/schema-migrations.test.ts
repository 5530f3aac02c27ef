import { describe, expect, it } from "vitest";
import { isEmptyDiff, migrationDiff } from "../scripts/migration-diff.js";

describe("prisma/schema.prisma", () => {
  it("has a migration for every change (run `npm run migrate:new -w @sroi/db -- <name>`)", () => {
    const sql = migrationDiff();
    expect(isEmptyDiff(sql), sql).toBe(true);
  });
});
