import { defineConfig, mergeConfig } from "vitest/config";
import { sourceConditions } from "../../vitest.shared.js";

export default mergeConfig(
  sourceConditions,
  defineConfig({
    test: {
      include: ["test/**/*.test.ts"],
      globalSetup: ["src/testing/global-setup.ts"],
      testTimeout: 120_000,
      hookTimeout: 180_000,
    },
  }),
);
