import { defineConfig, mergeConfig } from "vitest/config";
import { sourceConditions } from "../../vitest.shared.js";

export default mergeConfig(
  sourceConditions,
  defineConfig({
    // graphql ships ESM and CJS builds; Pothos and Apollo load the CJS one, so the tests must too,
    // or graphql sees two copies of itself and refuses to work.
    resolve: { alias: { graphql: "graphql/index.js" } },
    test: {
      include: ["test/**/*.test.ts"],
      globalSetup: ["../../packages/db/src/testing/global-setup.ts"],
      testTimeout: 120_000,
      hookTimeout: 180_000,
    },
  }),
);
