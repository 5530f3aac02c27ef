import { defineConfig, mergeConfig } from "vitest/config";
import { sourceConditions } from "../../vitest.shared.js";

export default mergeConfig(
  sourceConditions,
  defineConfig({ test: { include: ["test/**/*.test.{ts,tsx}"] } }),
);
