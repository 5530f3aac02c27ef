// Evidence files (PDF or image) for realisations. Checked by size and by their first bytes, not
// by the name or the type the browser claims; stored once per content (SHA-256) in DATA_DIR.
// S3-compatible storage is the planned alternative behind the same two functions.
import { createHash } from "node:crypto";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";

export const MAX_EVIDENCE_BYTES = 10 * 1024 * 1024;

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

export class FileEvidenceStore {
  constructor(private readonly directory: string) {}

  async put(bytes: Uint8Array): Promise<{ storageKey: string; sha256: string }> {
    const sha256 = createHash("sha256").update(bytes).digest("hex");
    await mkdir(this.directory, { recursive: true });
    // Content-addressed: the same file uploaded twice is stored once; a write is never partial
    // under the final name because the name is the hash of what was written.
    await writeFile(join(this.directory, sha256), bytes, { flag: "w" });
    return { storageKey: sha256, sha256 };
  }

  get(storageKey: string): Promise<Buffer> {
    if (!/^[0-9a-f]{64}$/.test(storageKey)) throw new Error(`Invalid storage key ${storageKey}`);
    return readFile(join(this.directory, storageKey));
  }
}
