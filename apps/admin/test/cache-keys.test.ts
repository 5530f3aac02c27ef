import { readFileSync } from "node:fs";
import { selectionsWithoutCacheKey } from "@sroi/ui/testing";
import { buildSchema, type DocumentNode } from "graphql";
import { describe, expect, it } from "vitest";
import * as generated from "../src/gql/graphql";

const schema = buildSchema(
  readFileSync(new URL("../../api/schema.graphql", import.meta.url), "utf8"),
);
const documents = Object.values(generated).filter(
  (value): value is DocumentNode =>
    typeof value === "object" && value !== null && (value as DocumentNode).kind === "Document",
);

describe("the app's operations and the Apollo cache", () => {
  it("select the key field wherever they select a type the cache keys by it", () => {
    expect(documents.length).toBeGreaterThan(20);
    expect(selectionsWithoutCacheKey(schema, documents)).toEqual([]);
  });
});
