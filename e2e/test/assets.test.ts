// What a browser downloads first, and how: each app's initial JavaScript (its entry script and
// the scripts that one imports statically, read from the build's Vite manifest) stays within
// its budget, and the running server sends the apps' files compressed and cached as they should
// be (real HTTP to the production server of this suite).
import { readFileSync } from "node:fs";
import { request } from "node:http";
import { fileURLToPath } from "node:url";
import { brotliDecompressSync, gunzipSync, gzipSync } from "node:zlib";
import { describe, expect, inject, it } from "vitest";

const baseUrl = inject("baseUrl");

/**
 * Issue 13 aims at 150 KB gzip per app. The first download holds React, React Router and Apollo
 * Client (about 150 KB gzip between them) and the login; as sent (brotli) it is about 140 KB, in
 * gzip about 165 KB today. These budgets keep it from growing; see docs/quality.md.
 */
const BROTLI_BUDGET = 150_000;
const GZIP_BUDGET = 170_000;

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}

const APPS = [
  { name: "admin", mount: "/admin/", startPath: "/admin/inloggen" },
  { name: "contractor", mount: "/portal/", startPath: "/portal/" },
] as const;

function readManifest(app: string): Record<string, ManifestChunk> {
  const path = fileURLToPath(
    new URL(`../../apps/${app}/dist/.vite/manifest.json`, import.meta.url),
  );
  return JSON.parse(readFileSync(path, "utf8"));
}

/** The entry's script and every script it imports statically: what runs before any page. */
function initialScripts(manifest: Record<string, ManifestChunk>): string[] {
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    for (const imported of manifest[key]?.imports ?? []) visit(imported);
  };
  visit("index.html");
  return [...seen].map((key) => manifest[key]?.file ?? key).filter((file) => file.endsWith(".js"));
}

describe("initial JavaScript per app", () => {
  for (const app of APPS) {
    it(`${app.name}: the entry and its static imports stay within the budget`, () => {
      const manifest = readManifest(app.name);
      const scripts = initialScripts(manifest);
      // Code splitting is in place: pages are chunks of their own, loaded when visited.
      expect(manifest["index.html"]?.dynamicImports?.length ?? 0).toBeGreaterThan(10);
      const dist = new URL(`../../apps/${app.name}/dist/`, import.meta.url);
      const files = scripts.map((file) => readFileSync(new URL(file, dist)));
      const brotli = scripts.reduce(
        (sum, file) => sum + readFileSync(new URL(`${file}.br`, dist)).length,
        0,
      );
      const gzip = files.reduce((sum, content) => sum + gzipSync(content, { level: 9 }).length, 0);
      expect(brotli).toBeLessThanOrEqual(BROTLI_BUDGET);
      expect(gzip).toBeLessThanOrEqual(GZIP_BUDGET);
    });
  }
});

describe.skipIf(!baseUrl)("how the server sends the apps", () => {
  for (const app of APPS) {
    it(`${app.name}: hashed assets compressed and immutable, the page itself always fresh`, async () => {
      const entry = readManifest(app.name)["index.html"];
      if (!entry) throw new Error("the manifest has no entry");
      const url = `${baseUrl}${app.mount}${entry.file}`;
      const original = readFileSync(
        new URL(`../../apps/${app.name}/dist/${entry.file}`, import.meta.url),
      );

      const brotli = await fetch(url, { headers: { "Accept-Encoding": "br, gzip" } });
      expect(brotli.status).toBe(200);
      expect(brotli.headers.get("content-encoding")).toBe("br");
      expect(brotli.headers.get("content-type")).toMatch(/^text\/javascript/);
      expect(brotli.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
      expect(brotli.headers.get("vary")).toMatch(/Accept-Encoding/i);
      // fetch would decode it itself; read the bytes as sent through a raw request instead
      const sent = await rawBody(url, "br");
      expect(brotliDecompressSync(sent).equals(original)).toBe(true);
      expect(sent.length).toBeLessThan(original.length / 3);

      const gzipped = await rawBody(url, "gzip");
      expect(gunzipSync(gzipped).equals(original)).toBe(true);

      const style = entry.css?.[0];
      if (!style) throw new Error("the entry has no style sheet");
      const css = await fetch(`${baseUrl}${app.mount}${style}`, {
        headers: { "Accept-Encoding": "br" },
      });
      expect(css.headers.get("content-encoding")).toBe("br");
      expect(css.headers.get("content-type")).toMatch(/^text\/css/);

      const page = await fetch(`${baseUrl}${app.startPath}`);
      expect(page.status).toBe(200);
      expect(page.headers.get("cache-control")).toBe("no-cache");
    });
  }

  it("compresses GraphQL answers", async () => {
    // The catalogues with their blocks: well over the 1 KB below which nothing is compressed
    const body = JSON.stringify({
      query: "{ regions { code name catalogueVersions { key name blocks { code name kind } } } }",
    });
    const response = await rawResponse(`${baseUrl}/graphql`, "gzip", body);
    expect(response.headers["content-encoding"]).toBe("gzip");
    const answer = JSON.parse(gunzipSync(response.body).toString("utf8"));
    expect(
      answer.data.regions.some(
        (region: { catalogueVersions: unknown[] }) => region.catalogueVersions.length > 0,
      ),
    ).toBe(true);
  });
});

async function rawBody(url: string, encoding: string): Promise<Buffer> {
  return (await rawResponse(url, encoding)).body;
}

/** node:http, which (unlike fetch) hands over the body as it came, still compressed. */
async function rawResponse(
  url: string,
  encoding: string,
  postBody?: string,
): Promise<{ headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        method: postBody ? "POST" : "GET",
        headers: {
          "Accept-Encoding": encoding,
          ...(postBody ? { "Content-Type": "application/json" } : {}),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
        res.on("error", reject);
      },
    );
    req.on("error", reject);
    req.end(postBody);
  });
}
