import { defineConfig, mergeConfig } from "vitest/config";
import { sourceConditions } from "../../vitest.shared.js";

// Unit tests of the app's own modules; they run in Node against the workspace packages' sources.
export default mergeConfig(
  sourceConditions,
  defineConfig({ test: { include: ["test/**/*.test.{ts,tsx}"] } }),
);
