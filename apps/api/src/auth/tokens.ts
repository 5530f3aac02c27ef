// Random secrets for cookies and e-mailed links. Only their SHA-256 is stored, so a copy of the
// database cannot be used to log in or to accept someone's invitation.
import { createHash, randomBytes } from "node:crypto";

export function newSecret(): string {
  return randomBytes(32).toString("base64url");
}

export function hashSecret(secret: string): string {
  return createHash("sha256").update(secret).digest("hex");
}
