import react from "@vitejs/plugin-react";
import { defaultClientConditions, defineConfig } from "vite";
import { precompress } from "../../packages/ui/vite-precompress";

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
    // Keep the browser's Host header: the API refuses a POST whose Origin is another host (CSRF),
    // and to the browser this dev server is the one origin, as the API is in production.
    // Evidence files, the import template and assessment letters are plain HTTP routes of the
    // API, next to GraphQL, and so are the statement pages the footer links.
    proxy: Object.fromEntries(
      [
        "/graphql",
        "/bewijs",
        "/sjablonen",
        "/brieven",
        "/toegankelijkheid",
        "/privacy",
        "/contact",
      ].map((path) => [path, { target: "http://localhost:4000", changeOrigin: false }]),
    ),
  },
});
