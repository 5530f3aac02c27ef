// The evidence store in DATA_DIR checks what it reads back, and the S3 settings are all or nothing.
import { createHash } from "node:crypto";
import { mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readConfig } from "../src/config.js";
import { EvidenceIntegrityError, FileEvidenceStore } from "../src/services/evidence.js";

describe("evidence files in DATA_DIR", () => {
  let directory: string;
  let store: FileEvidenceStore;
  beforeAll(async () => {
    directory = await mkdtemp(join(tmpdir(), "sroi-evidence-store-"));
    store = new FileEvidenceStore(directory);
  });
  afterAll(async () => {
    await rm(directory, { recursive: true, force: true });
  });

  const bytes = Buffer.from("%PDF-1.4\n% verklaring\n%%EOF\n");
  const sum = createHash("sha256").update(bytes).digest("hex");

  it("stores once per content, under its SHA-256, and reads it back", async () => {
    expect(await store.put(bytes)).toEqual({ storageKey: sum, sha256: sum });
    expect(await store.put(bytes)).toEqual({ storageKey: sum, sha256: sum });
    expect(await readdir(directory)).toEqual([sum]);
    expect((await store.get(sum, sum)).equals(bytes)).toBe(true);
  });

  it("refuses a file changed on disk, and says which", async () => {
    await store.put(bytes);
    const tampered = Buffer.from("%PDF-1.4\n% verklaring, gewijzigd\n%%EOF\n");
    await writeFile(join(directory, sum), tampered);
    const failure = await store.get(sum, sum).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(EvidenceIntegrityError);
    expect((failure as Error).message).toBe(
      `Evidence file ${join(directory, sum)} has SHA-256 ${createHash("sha256").update(tampered).digest("hex")}, expected ${sum}: not served`,
    );
  });

  it("treats a missing file as an integrity failure, and refuses keys that are not hashes", async () => {
    const absent = "0".repeat(64);
    await expect(store.get(absent, absent)).rejects.toThrow(
      new EvidenceIntegrityError(`Evidence file ${join(directory, absent)} is missing`),
    );
    await expect(store.get("../../etc/passwd", sum)).rejects.toThrow(
      "Invalid storage key ../../etc/passwd",
    );
  });
});

describe("S3 configuration", () => {
  const complete = {
    S3_ENDPOINT: "https://s3.example.org/",
    S3_BUCKET: "bewijs",
    S3_ACCESS_KEY_ID: "key",
    S3_SECRET_ACCESS_KEY: "secret",
  };

  it("is off without S3 variables, and complete with the four required ones", () => {
    expect(readConfig({}).s3).toBeUndefined();
    expect(readConfig(complete).s3).toEqual({
      endpoint: "https://s3.example.org",
      bucket: "bewijs",
      region: "us-east-1",
      accessKeyId: "key",
      secretAccessKey: "secret",
    });
    expect(readConfig({ ...complete, S3_REGION: "garage" }).s3?.region).toBe("garage");
  });

  it("refuses a partial configuration at start-up, naming what is missing", () => {
    expect(() => readConfig({ S3_BUCKET: "bewijs", S3_ENDPOINT: "http://localhost:9000" })).toThrow(
      "S3 evidence storage is only partly configured: S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY are missing (set all of S3_ENDPOINT, S3_BUCKET, S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY, or none)",
    );
    expect(() => readConfig({ S3_REGION: "eu-west-1" })).toThrow(
      /only partly configured: S3_ENDPOINT, S3_BUCKET, S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY are missing/,
    );
    expect(() => readConfig({ ...complete, S3_ENDPOINT: "s3.example.org" })).toThrow(
      'S3_ENDPOINT must be an http:// or https:// URL, got "s3.example.org"',
    );
  });
});
