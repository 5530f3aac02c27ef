// Runs the product as it ships: the built API serving the built apps (NODE_ENV=production), on a
// free port, with a fresh embedded database. Chromium must be installed; see the banner below.
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    /** Where the server listens, e.g. "http://localhost:41234"; null when the tests are skipped */
    baseUrl: string | null;
    chromiumPath: string | null;
  }
}

const REPO_ROOT = fileURLToPath(new URL("../", import.meta.url));
const BUILT_FILES = [
  "apps/api/dist/main.js",
  "apps/admin/dist/index.html",
  "apps/contractor/dist/index.html",
];
const START_TIMEOUT_MS = 90_000;

export default async function setup(project: TestProject) {
  const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
  if (!existsSync(chromiumPath)) {
    const problem = `${chromiumPath} not found; install Debian's chromium (apt-get install chromium) or set CHROMIUM_PATH`;
    // In CI a missing browser is a broken machine, not a reason to pass.
    if (process.env.CI === "true") throw new Error(`Browser tests cannot run: ${problem}`);
    console.warn(banner(`SKIPPED: browser tests — ${problem}`));
    project.provide("baseUrl", null);
    project.provide("chromiumPath", null);
    return;
  }

  const missing = BUILT_FILES.filter((file) => !existsSync(join(REPO_ROOT, file)));
  if (missing.length > 0) {
    throw new Error(`Not built: ${missing.join(", ")}. Run "npm run build" first.`);
  }

  const dataDir = await mkdtemp(join(tmpdir(), "sroi-e2e-"));
  const { DATABASE_URL: _ignored, ...env } = process.env;
  const server = spawn(process.execPath, ["apps/api/dist/main.js"], {
    cwd: REPO_ROOT,
    env: { ...env, NODE_ENV: "production", PORT: "0", DATA_DIR: dataDir },
    stdio: ["ignore", "pipe", "pipe"],
  });

  const stop = async () => {
    await stopProcess(server);
    await rm(dataDir, { recursive: true, force: true });
  };
  try {
    const baseUrl = await waitForUrl(server);
    project.provide("baseUrl", baseUrl);
    project.provide("chromiumPath", chromiumPath);
  } catch (error) {
    await stop();
    throw error;
  }
  return stop;
}

/** Resolves with the server's base URL once it prints "GraphQL API: http://…/graphql". */
function waitForUrl(server: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = "";
    const timer = setTimeout(
      () => fail(`The server did not start within ${START_TIMEOUT_MS / 1000} s`),
      START_TIMEOUT_MS,
    );
    function fail(message: string) {
      clearTimeout(timer);
      reject(new Error(`${message}. Its output:\n${output}`));
    }
    const collect = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /GraphQL API:\s+(http:\/\/\S+)\/graphql/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    server.stdout?.on("data", collect);
    server.stderr?.on("data", collect);
    server.once("exit", (code) => fail(`The server exited with code ${code}`));
  });
}

async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  child.kill("SIGTERM");
  const timeout = new Promise<"timeout">((resolve) => setTimeout(() => resolve("timeout"), 10_000));
  if ((await Promise.race([exited, timeout])) === "timeout") child.kill("SIGKILL");
}

function banner(message: string): string {
  const line = "!".repeat(Math.min(message.length + 8, 110));
  return `\n${line}\n!!! ${message}\n${line}\n`;
}
