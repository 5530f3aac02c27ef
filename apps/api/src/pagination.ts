// Paging arguments of the Relay connections (contracts, auditEvents), checked before a resolver
// runs: Pothos turns a negative `first` or a cursor it cannot read into an internal error.
import { decodeBase64, decodeCursorChunk } from "@pothos/core";

/** The largest page any connection serves; each connection may clamp lower (its maxSize). */
export const MAX_PAGE_SIZE = 200;

export const PAGE_SIZE_ARGUMENTS = new Set(["first", "last"]);
export const CURSOR_ARGUMENTS = new Set(["after", "before"]);

/**
 * A cursor as our connections write them: Pothos' "GPC:" prefix around one string id (every
 * connection pages by a cuid `id`). Anything else would reach Prisma as a wrong-typed id.
 */
export function isValidCursor(cursor: string): boolean {
  if (cursor.length > 200) return false;
  try {
    const decoded = decodeBase64(cursor);
    if (!decoded.startsWith("GPC:")) return false;
    const id = decodeCursorChunk(decoded.slice(4));
    return typeof id === "string" && id.length > 0 && id.length <= 100;
  } catch {
    return false;
  }
}
