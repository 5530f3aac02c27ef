import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Starts the production server once for all files (or reports why the tests are skipped).
    globalSetup: ["./global-setup.ts"],
    // One browser at a time: these machines have two cores, and the server shares them.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
