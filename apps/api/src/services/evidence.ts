// Evidence files (PDF or image) for realisations. Checked by size and by their first bytes, not
// by the name or the type the browser claims; stored once per content (SHA-256), in DATA_DIR or in
// an S3-compatible bucket, and checked against that hash again on every read, so a file changed
// or damaged in storage is refused rather than shown as evidence.
import { createHash } from "node:crypto";
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { PrismaClient } from "@prisma/client";
import { AwsClient } from "aws4fetch";
import type { Viewer } from "../auth/viewer.js";
import { audit } from "./audit.js";

export const MAX_EVIDENCE_BYTES = 10 * 1024 * 1024;

/** What one contract may hold in evidence, so one account cannot fill the storage. */
export const EVIDENCE_QUOTA = { bytes: 500 * 1024 * 1024, files: 2_000 };

/**
 * Why no more evidence may be added to this contract now (Dutch, for the person), or null.
 * Evidence belongs to realisations, which a closed contract no longer takes. The route asks before
 * it stores the file; addEvidence asks again inside its transaction, with the contract locked.
 */
export async function evidenceRefusal(
  prisma: Pick<PrismaClient, "evidenceFile">,
  contract: { id: string; status: string },
  size: number,
  quota = EVIDENCE_QUOTA,
): Promise<string | null> {
  if (contract.status === "CLOSED")
    return "Deze opdracht is afgesloten; er kan geen bewijs meer bij.";
  const held = await prisma.evidenceFile.aggregate({
    where: { contractId: contract.id },
    _sum: { size: true },
    _count: true,
  });
  if ((held._sum.size ?? 0) + size > quota.bytes || held._count + 1 > quota.files) {
    return `Bij deze opdracht is het maximum aan bewijsstukken bereikt (${quota.files} bestanden of ${quota.bytes / 1024 / 1024} MB). Neem contact op met uw accountmanager.`;
  }
  return null;
}

/** The quota (or the contract's status) refused the file inside the transaction; the message is Dutch. */
export class EvidenceRefusedError extends Error {}

const SIGNATURES: { mimeType: string; magic: number[] }[] = [
  { mimeType: "application/pdf", magic: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // %PDF-
  { mimeType: "image/png", magic: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { mimeType: "image/jpeg", magic: [0xff, 0xd8, 0xff] },
];

/** The file's real type from its first bytes, or null when it is not an accepted type. */
export function sniffEvidenceType(bytes: Uint8Array): string | null {
  const match = SIGNATURES.find(({ magic }) => magic.every((byte, index) => bytes[index] === byte));
  return match?.mimeType ?? null;
}

export interface EvidenceStore {
  /** where the files are, for the start-up log */
  readonly description: string;
  put(bytes: Uint8Array): Promise<{ storageKey: string; sha256: string }>;
  /** the stored bytes, after checking them against the checksum recorded at upload */
  get(storageKey: string, sha256: string): Promise<Buffer>;
}

/** The stored file is missing or no longer has the checksum it was uploaded with. */
export class EvidenceIntegrityError extends Error {
  override name = "EvidenceIntegrityError";
}

/** The storage could not be reached (`reachable` false) or answered with an error. */
export class EvidenceStorageError extends Error {
  override name = "EvidenceStorageError";
  constructor(
    message: string,
    readonly reachable: boolean,
  ) {
    super(message);
  }
}

const sha256Hex = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

function assertStorageKey(storageKey: string) {
  if (!/^[0-9a-f]{64}$/.test(storageKey)) throw new Error(`Invalid storage key ${storageKey}`);
}

function verified(bytes: Buffer, sha256: string, where: string): Buffer {
  const actual = sha256Hex(bytes);
  if (actual !== sha256) {
    throw new EvidenceIntegrityError(
      `Evidence ${where} has SHA-256 ${actual}, expected ${sha256}: not served`,
    );
  }
  return bytes;
}

// Stored files are named by their SHA-256; a name starting with a dot is a write in progress.
const TEMPORARY_PREFIX = ".";

export class FileEvidenceStore implements EvidenceStore {
  constructor(private readonly directory: string) {}

  get description() {
    return `files in ${this.directory}`;
  }

  async put(bytes: Uint8Array): Promise<{ storageKey: string; sha256: string }> {
    const sha256 = sha256Hex(bytes);
    await mkdir(this.directory, { recursive: true });
    // Content-addressed: the same file uploaded twice is stored once. Written under a temporary
    // name and renamed, so the final name never holds a partial write.
    const temporary = join(
      this.directory,
      `${TEMPORARY_PREFIX}${sha256}.${process.pid}.${Date.now()}`,
    );
    try {
      await writeFile(temporary, bytes);
      await rename(temporary, join(this.directory, sha256));
    } catch (error) {
      // A disk that filled up or a failed rename must not leave the half-written file behind.
      await rm(temporary, { force: true });
      throw error;
    }
    return { storageKey: sha256, sha256 };
  }

  /**
   * Removes temporary files of writes that never finished (the process was killed mid-write).
   * Only files older than `olderThanMs`: another instance may be writing one right now.
   */
  async removeUnfinishedWrites(olderThanMs = 3_600_000, now = Date.now()): Promise<number> {
    let names: string[];
    try {
      names = await readdir(this.directory);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return 0;
      throw error;
    }
    let removed = 0;
    for (const name of names.filter((n) => n.startsWith(TEMPORARY_PREFIX))) {
      const path = join(this.directory, name);
      const info = await stat(path).catch(() => null);
      if (info?.isFile() && now - info.mtimeMs > olderThanMs) {
        await rm(path, { force: true });
        removed++;
      }
    }
    return removed;
  }

  async get(storageKey: string, sha256: string): Promise<Buffer> {
    assertStorageKey(storageKey);
    const path = join(this.directory, storageKey);
    let bytes: Buffer;
    try {
      bytes = await readFile(path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT")
        throw new EvidenceIntegrityError(`Evidence file ${path} is missing`);
      throw error;
    }
    return verified(bytes, sha256, `file ${path}`);
  }
}

export interface S3Settings {
  /** e.g. https://s3.example.org or http://localhost:9000; buckets are addressed path-style */
  endpoint: string;
  bucket: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
}

/**
 * Any S3-compatible store (AWS S3, MinIO, Garage, Ceph): plain PUT and GET of objects, signed with
 * AWS Signature V4. Path-style addresses (endpoint/bucket/key), which every one of them serves.
 */
export class S3EvidenceStore implements EvidenceStore {
  private readonly client: AwsClient;
  private readonly timeoutMs: number;

  constructor(
    private readonly settings: S3Settings,
    options: { timeoutMs?: number; retries?: number } = {},
  ) {
    this.client = new AwsClient({
      accessKeyId: settings.accessKeyId,
      secretAccessKey: settings.secretAccessKey,
      service: "s3",
      region: settings.region,
      // aws4fetch retries 5xx answers; a person is waiting for the upload, so only briefly.
      retries: options.retries ?? 2,
    });
    this.timeoutMs = options.timeoutMs ?? 30_000;
  }

  get description() {
    return `S3 bucket ${this.settings.bucket} at ${this.settings.endpoint}`;
  }

  /** The object's address; the same key as on disk, under evidence/. */
  private objectUrl(sha256: string): string {
    assertStorageKey(sha256);
    return `${this.settings.endpoint.replace(/\/+$/, "")}/${encodeURIComponent(this.settings.bucket)}/evidence/${sha256}`;
  }

  private async send(method: "PUT" | "GET", url: string, init: RequestInit = {}) {
    try {
      return await this.client.fetch(url, {
        ...init,
        method,
        signal: AbortSignal.timeout(this.timeoutMs),
      });
    } catch (error) {
      throw new EvidenceStorageError(
        `S3 ${method} ${url} failed: ${(error as Error).cause ?? (error as Error).message}`,
        false,
      );
    }
  }

  private static async failure(method: string, url: string, response: Response) {
    const detail = (await response.text().catch(() => "")).replace(/\s+/g, " ").slice(0, 300);
    return new EvidenceStorageError(
      `S3 ${method} ${url} answered ${response.status} ${response.statusText}: ${detail}`,
      true,
    );
  }

  async put(bytes: Uint8Array): Promise<{ storageKey: string; sha256: string }> {
    const sha256 = sha256Hex(bytes);
    const url = this.objectUrl(sha256);
    const response = await this.send("PUT", url, {
      body: bytes,
      headers: {
        "content-type": "application/octet-stream",
        // The store checks what it received: Content-MD5 by the S3 protocol itself, and the
        // signed payload hash (instead of UNSIGNED-PAYLOAD) by Signature V4.
        "content-md5": createHash("md5").update(bytes).digest("base64"),
        "x-amz-content-sha256": sha256,
      },
    });
    if (!response.ok) throw await S3EvidenceStore.failure("PUT", url, response);
    await response.arrayBuffer();
    return { storageKey: sha256, sha256 };
  }

  async get(storageKey: string, sha256: string): Promise<Buffer> {
    const url = this.objectUrl(storageKey);
    const response = await this.send("GET", url);
    if (response.status === 404) {
      await response.arrayBuffer();
      throw new EvidenceIntegrityError(`Evidence object ${url} is missing`);
    }
    if (!response.ok) throw await S3EvidenceStore.failure("GET", url, response);
    return verified(Buffer.from(await response.arrayBuffer()), sha256, `object ${url}`);
  }
}

/**
 * Stores an evidence file and records it for the contract. The bytes are stored first and the row
 * written after, so a storage failure (thrown as EvidenceStorageError) leaves nothing behind that
 * points at a file that is not there. The caller has checked who may add it and its type.
 */
export async function addEvidence(
  prisma: PrismaClient,
  store: EvidenceStore,
  actor: Pick<Viewer, "userId" | "email">,
  input: { contractId: string; fileName: string; mimeType: string; bytes: Uint8Array },
  quota = EVIDENCE_QUOTA,
) {
  const { storageKey, sha256 } = await store.put(input.bytes);
  const { contractId, fileName, mimeType } = input;
  const size = input.bytes.length;
  return prisma.$transaction(async (tx) => {
    // Simultaneous uploads to one contract queue on its row, so each counts the ones before it:
    // checked outside, they all passed on the same total and together exceeded the quota.
    const [contract] = await tx.$queryRaw<{ id: string; status: string }[]>`
      SELECT id, status::text AS status FROM "Contract" WHERE id = ${contractId} FOR UPDATE`;
    const refusal = contract
      ? await evidenceRefusal(tx, contract, size, quota)
      : "Deze opdracht bestaat niet meer.";
    if (refusal) throw new EvidenceRefusedError(refusal);
    const created = await tx.evidenceFile.create({
      data: {
        contractId,
        fileName,
        mimeType,
        size,
        sha256,
        storageKey,
        uploadedById: actor.userId,
      },
    });
    await audit(tx, actor, {
      action: "evidence.upload",
      entityType: "EvidenceFile",
      entityId: created.id,
      contractId,
      after: { fileName, mimeType, size, sha256 },
    });
    return created;
  });
}
