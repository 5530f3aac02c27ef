// A throw-away PostgreSQL server for tests: uses TEST_DATABASE_URL / DATABASE_URL when given,
// otherwise starts a private cluster from the Debian `postgresql` package in a temp folder on a
// free port. Each caller then gets its own fresh database, so test files never share state.
import { execFile } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { chown, mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import pg from "pg";

const run = promisify(execFile);

export interface TestPostgres {
  /** connection string of the server's maintenance database */
  url: string;
  /** how it was obtained, for the test log */
  description: string;
  stop(): Promise<void>;
}

export type TestPostgresResult = TestPostgres | { unavailable: string };

function findPostgresBin(): string | null {
  const root = "/usr/lib/postgresql";
  if (!existsSync(root)) return null;
  const versions = readdirSync(root)
    .filter((name) => existsSync(join(root, name, "bin", "initdb")))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] ? join(root, versions[0], "bin") : null;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

async function userId(name: string): Promise<{ uid: number; gid: number } | null> {
  try {
    const uid = Number((await run("id", ["-u", name])).stdout.trim());
    const gid = Number((await run("id", ["-g", name])).stdout.trim());
    return { uid, gid };
  } catch {
    return null;
  }
}

export async function startTestPostgres(): Promise<TestPostgresResult> {
  const given = process.env.TEST_DATABASE_URL || process.env.DATABASE_URL;
  if (given)
    return {
      url: given,
      description: "the server in TEST_DATABASE_URL/DATABASE_URL",
      stop: async () => {},
    };

  const bin = findPostgresBin();
  if (!bin)
    return {
      unavailable:
        "no PostgreSQL server binaries in /usr/lib/postgresql (apt-get install postgresql)",
    };

  const dir = await mkdtemp(join(tmpdir(), "sroi-pg-"));
  // PostgreSQL refuses to run as root; as root, run it as the package's `postgres` user.
  const asRoot = process.getuid?.() === 0;
  const owner = asRoot ? await userId("postgres") : null;
  if (asRoot && !owner)
    return { unavailable: "running as root and there is no postgres user to run the server as" };
  if (owner) await chown(dir, owner.uid, owner.gid);
  const exec = (program: string, args: string[]) =>
    asRoot
      ? run("runuser", ["-u", "postgres", "--", join(bin, program), ...args])
      : run(join(bin, program), args);

  const port = await freePort();
  const data = join(dir, "data");
  try {
    await exec("initdb", ["-D", data, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--no-sync"]);
    await exec("pg_ctl", [
      "-D",
      data,
      "-l",
      join(dir, "server.log"),
      "-w",
      "-o",
      `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off`,
      "start",
    ]);
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    return { unavailable: `could not start PostgreSQL from ${bin}: ${(error as Error).message}` };
  }
  return {
    url: `postgresql://postgres@127.0.0.1:${port}/postgres`,
    description: `a private PostgreSQL from ${bin} on port ${port}`,
    async stop() {
      await exec("pg_ctl", ["-D", data, "-m", "immediate", "stop"]).catch(() => undefined);
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** Creates an empty database on the server and returns its URL and a function that drops it. */
export async function createTestDatabase(
  serverUrl: string,
): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `sroi_test_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const client = new pg.Client({ connectionString: serverUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}

/** A banner nobody scrolls past: a suite that could not run must not look like a pass. */
export function announceSkip(suite: string, reason: string): void {
  const line = "!".repeat(78);
  console.warn(`\n${line}\n!! SKIPPED: ${suite}\n!! ${reason}\n${line}\n`);
}
