// Writes apps/api/schema.graphql, the contract both apps generate their typed operations from.
// A test fails when the committed file differs from the schema the code builds.
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { printSchema } from "graphql";
import { schema } from "./schema/index.js";

export const SCHEMA_FILE = fileURLToPath(new URL("../schema.graphql", import.meta.url));

export function printedSchema(): string {
  return `${printSchema(schema)}\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(SCHEMA_FILE, printedSchema());
  console.log(`Wrote ${SCHEMA_FILE}`);
}
