// Shared Vitest settings: resolve workspace packages to their TypeScript sources (the "source"
// export condition), so tests never run against a stale dist/.
import { defaultClientConditions, defaultServerConditions } from "vite";
import { defineConfig } from "vitest/config";

export const sourceConditions = defineConfig({
  resolve: { conditions: ["source", ...defaultClientConditions] },
  ssr: { resolve: { conditions: ["source", ...defaultServerConditions] } },
});
