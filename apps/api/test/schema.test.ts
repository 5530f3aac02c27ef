import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { printedSchema, SCHEMA_FILE } from "../src/print-schema.js";

describe("schema.graphql", () => {
  it("is the schema the code builds (run `npm run print-schema -w @sroi/api` after changing it)", () => {
    expect(readFileSync(SCHEMA_FILE, "utf8")).toBe(printedSchema());
  });
});
