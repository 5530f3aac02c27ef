// `npm run admin -- create`: run as its own process against a fresh PGlite folder, as on a new
// install; it refuses the second time, and refuses while another process holds the folder.
import { spawnSync } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { openDatabase } from "@sroi/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const API_DIR = fileURLToPath(new URL("../", import.meta.url));

function runCli(dataDir: string, ...args: string[]) {
  const result = spawnSync(
    process.execPath,
    ["--import", "tsx", "--conditions=source", "src/cli/admin.ts", ...args],
    {
      cwd: API_DIR,
      encoding: "utf8",
      env: {
        ...process.env,
        DATA_DIR: dataDir,
        DATABASE_URL: "",
        SMTP_URL: "",
        PUBLIC_URL: "https://sr.example.org/",
      },
    },
  );
  return { code: result.status, out: result.stdout, err: result.stderr };
}

describe("npm run admin -- create", () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), "sroi-admin-cli-"));
  });
  afterAll(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  it("creates the first platform admin with a one-time link, then refuses a second", async () => {
    const first = runCli(
      dataDir,
      "create",
      "--email",
      "Beheer@Gemeente.example",
      "--name",
      "Eerste Beheerder",
    );
    expect(first.code, first.err).toBe(0);
    const link = /https:\/\/sr\.example\.org\/admin\/wachtwoord\?token=[\w-]+/.exec(first.out)?.[0];
    expect(link, first.out).toBeDefined();

    const second = runCli(dataDir, "create", "--email", "twee@gemeente.example", "--name", "Twee");
    expect(second.code).toBe(1);
    expect(second.err).toContain("A platform admin exists already (1). Nothing was changed.");

    const another = runCli(
      dataDir,
      "create",
      "--email",
      "twee@gemeente.example",
      "--name",
      "Twee",
      "--another",
    );
    expect(another.code, another.err).toBe(0);

    const database = await openDatabase({ dataDir });
    try {
      const admins = await database.prisma.user.findMany({
        where: { memberships: { some: { role: "PLATFORM_ADMIN", organisationId: null } } },
        orderBy: { createdAt: "asc" },
        select: {
          email: true,
          name: true,
          passwordHash: true,
          tokens: { select: { purpose: true } },
        },
      });
      expect(admins).toEqual([
        {
          email: "beheer@gemeente.example",
          name: "Eerste Beheerder",
          passwordHash: null,
          tokens: [{ purpose: "INVITATION" }],
        },
        {
          email: "twee@gemeente.example",
          name: "Twee",
          passwordHash: null,
          tokens: [{ purpose: "INVITATION" }],
        },
      ]);
      const events = await database.prisma.auditEvent.findMany({
        where: { action: "user.createPlatformAdmin" },
      });
      expect(events.map((e) => [e.actorId, e.after])).toEqual([
        [null, { role: "PLATFORM_ADMIN" }],
        [null, { role: "PLATFORM_ADMIN" }],
      ]);
    } finally {
      await database.close();
    }
  });

  it("refuses, changing nothing, while another process holds the PGlite folder", async () => {
    // A lock left by a process that runs (this test's own parent) is honoured.
    await writeFile(join(dataDir, "sroi.pid"), String(process.ppid));
    const refused = runCli(
      dataDir,
      "create",
      "--email",
      "drie@gemeente.example",
      "--name",
      "Drie",
      "--another",
    );
    expect(refused.code).toBe(1);
    expect(refused.err).toContain(`is in use by process ${process.ppid}`);
    // One left by a process that is gone is taken over.
    await writeFile(join(dataDir, "sroi.pid"), "2147483646");
    const taken = runCli(
      dataDir,
      "create",
      "--email",
      "drie@gemeente.example",
      "--name",
      "Drie",
      "--another",
    );
    expect(taken.code, taken.err).toBe(0);
  });

  it("explains its usage on a wrong call", () => {
    const wrong = runCli(dataDir, "create", "--email", "geen-adres");
    expect(wrong.code).toBe(1);
    expect(wrong.err).toContain("--email needs a valid e-mail address");
  });
});
