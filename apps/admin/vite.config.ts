import react from "@vitejs/plugin-react";
import { defaultClientConditions, defineConfig } from "vite";
import { apiProxy, precompress } from "../../packages/ui/vite-shared";

// Served by the API at /admin/ in production; in development Vite proxies /graphql to the API.
export default defineConfig({
  base: "/admin/",
  plugins: [react(), precompress()],
  // The manifest lets test and bench find the entry and its static imports: the initial JS.
  build: { manifest: true },
  resolve: { conditions: ["source", ...defaultClientConditions] },
  server: {
    port: 5173,
    strictPort: true,
    proxy: apiProxy(),
  },
});
