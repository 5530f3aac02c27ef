// Runs the real API process (src/main.ts through tsx, as `npm run dev` does) for tests that must
// send it signals: shutdown, kill -9. In-process servers cannot show how the process exits.
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { createTestDatabase } from "@sroi/db/testing";
import "@sroi/db/testing/backends";
import { inject } from "vitest";

const API_DIR = fileURLToPath(new URL("../", import.meta.url));

export interface ServerProcess {
  url: string;
  child: ChildProcess;
  /** everything the process wrote so far */
  output(): string;
  /** resolves with the exit code (null when ended by a signal) and signal */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

export async function startServerProcess(
  env: { DATA_DIR: string; DATABASE_URL?: string; DEMO?: string; METRICS_TOKEN?: string },
  readyWithinMs = 120_000,
): Promise<ServerProcess> {
  const child = spawn(process.execPath, ["--import", "tsx", "--conditions=source", "src/main.ts"], {
    cwd: API_DIR,
    env: {
      ...process.env,
      PORT: "0",
      DEMO: "false",
      DATABASE_URL: "",
      NODE_ENV: "development",
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr?.on("data", (chunk: Buffer) => {
    output += chunk.toString();
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once("exit", (code, signal) => resolve({ code, signal })),
  );
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`API not ready within ${readyWithinMs} ms:\n${output}`));
    }, readyWithinMs);
    const check = () => {
      const match = /GraphQL API:\s+(http:\/\/\S+)\/graphql/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout?.on("data", check);
    void exited.then(({ code, signal }) => {
      clearTimeout(timer);
      reject(new Error(`API exited before ready (code ${code}, ${signal}):\n${output}`));
    });
  });
  return { url, child, output: () => output, exited };
}

/** A GraphQL call with an optional session cookie; returns the parsed body. */
export async function postGraphql<Data>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  cookie?: string,
): Promise<{ data?: Data; errors?: { message: string }[]; cookie?: string }> {
  const response = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const setCookie = response.headers
    .getSetCookie()
    .map((header) => header.split(";")[0] ?? "")
    .find((pair) => pair.startsWith("sr_session="));
  return { ...((await response.json()) as object), ...(setCookie ? { cookie: setCookie } : {}) };
}

/**
 * The two databases, for suites that run the real process: a data folder (PGlite, and evidence)
 * and, for PostgreSQL, a fresh database on the test server. `env()` is what startServerProcess
 * needs to use them; made in beforeAll and removed in afterAll of the calling suite.
 */
export function processDatabases() {
  const postgresUrl = inject("postgresUrl");
  return [
    { name: "PGlite", available: true },
    { name: "PostgreSQL", available: postgresUrl !== "" },
  ].map(({ name, available }) => {
    let dataDir = "";
    let database: { url: string; drop(): Promise<void> } | null = null;
    return {
      name,
      available,
      async create() {
        dataDir = await mkdtemp(join(tmpdir(), "sroi-process-"));
        if (name === "PostgreSQL" && available) database = await createTestDatabase(postgresUrl);
      },
      async remove() {
        await database?.drop();
        await rm(dataDir, { recursive: true, force: true });
      },
      env: (extra: { DEMO?: string } = {}) => ({
        DATA_DIR: dataDir,
        ...(database ? { DATABASE_URL: database.url } : {}),
        ...extra,
      }),
    };
  });
}
