// What both apps' Vite configs share: the development proxy to the API, and a plugin that writes
// next to every built script and style sheet a
// brotli (.br) and a gzip (.gz) copy, which the API serves to browsers that accept them.
// Compressing once at build lets brotli use its best (and slowest) quality: on the admin's entry
// script that is about 14 % smaller than gzip, but takes seconds, far too long per request.
import { readFile, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { brotliCompress, constants, gzip } from "node:zlib";
import type { Plugin } from "vite";

// Not index.html: the API answers it itself (no-cache) and compresses it as it goes.
const COMPRESSIBLE = /\.(js|css|svg|json|txt)$/;
/** Below this a compressed copy saves less than its own headers and the file system look-up */
const MIN_BYTES = 1024;

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

export function precompress(): Plugin {
  let outDir = "dist";
  return {
    name: "sroi-precompress",
    apply: "build",
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    // After the files are written, so the copies match them byte for byte.
    async writeBundle(_options, bundle) {
      const files = Object.keys(bundle).filter((file) => COMPRESSIBLE.test(file));
      await Promise.all(
        files.map(async (file) => {
          const path = join(outDir, file);
          const content = await readFile(path);
          if (content.length < MIN_BYTES) return;
          const [br, gz] = await Promise.all([
            brotli(content, {
              params: {
                [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
                [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
              },
            }),
            gzipAsync(content, { level: constants.Z_BEST_COMPRESSION }),
          ]);
          await Promise.all([writeFile(`${path}.br`, br), writeFile(`${path}.gz`, gz)]);
        }),
      );
    },
  };
}

/**
 * The development server's proxy: the API's routes beside the app. Keeps the browser's Host
 * header: the API refuses a POST whose Origin is another host (CSRF), and to the browser this dev
 * server is the one origin, as the API is in production. Besides GraphQL, evidence files, the
 * import template, assessment letters and the statement pages the footer links are plain HTTP
 * routes of the API.
 */
export function apiProxy(target = "http://localhost:4000") {
  const routes = [
    "/graphql",
    "/bewijs",
    "/gemeente-documenten",
    "/sjablonen",
    "/brieven",
    "/toegankelijkheid",
    "/privacy",
    "/contact",
  ];
  return Object.fromEntries(routes.map((path) => [path, { target, changeOrigin: false }]));
}
