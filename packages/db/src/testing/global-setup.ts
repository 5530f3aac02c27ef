// Vitest global setup for suites that also run against PostgreSQL: one server per run, each test
// file makes its own database on it (createTestDatabase). Without a server the suites skip loudly;
// with CI=true that is a failure, because CI installs PostgreSQL precisely so they run.
import type { TestProject } from "vitest/node";
import { announceSkip, startTestPostgres } from "./postgres-server.js";
import "./provided-context.js";

export default async function setup(project: TestProject) {
  const result = await startTestPostgres();
  if ("unavailable" in result) {
    if (process.env.CI === "true") {
      throw new Error(`PostgreSQL tests must run in CI but cannot: ${result.unavailable}`);
    }
    announceSkip(`PostgreSQL tests of ${project.name || "this package"}`, result.unavailable);
    project.provide("postgresUrl", "");
    return;
  }
  console.log(`PostgreSQL tests use ${result.description}`);
  project.provide("postgresUrl", result.url);
  return () => result.stop();
}
