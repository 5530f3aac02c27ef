// The audit trail: every change writes who, when, what, before and after, inside the same
// transaction as the change, so there is never a change without its record or the reverse.
import type { Prisma } from "@prisma/client";
import type { AuditAction } from "@sroi/domain";
import type { Viewer } from "../auth/viewer.js";

export interface AuditEntry {
  /** One of the labelled actions in packages/domain/src/audit-actions.ts. */
  action: AuditAction;
  entityType: string;
  entityId: string;
  contractId?: string | null;
  /** a catalogue version's region: the staff of its gemeenten read the event (auth/visibility.ts) */
  regionId?: string | null;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
}

/** Decimals and dates as plain JSON, so the stored before/after reads like the API output. */
function plain(
  value: Record<string, unknown> | null | undefined,
): Prisma.InputJsonValue | undefined {
  if (value == null) return undefined;
  return JSON.parse(
    JSON.stringify(value, (_key, field: unknown) =>
      field !== null && typeof field === "object" && "toFixed" in field && "decimalPlaces" in field
        ? String(field)
        : field,
    ),
  ) as Prisma.InputJsonValue;
}

export async function audit(
  tx: Prisma.TransactionClient,
  actor: Pick<Viewer, "userId" | "email"> | null,
  entry: AuditEntry,
) {
  await tx.auditEvent.create({
    data: {
      actorId: actor?.userId ?? null,
      actorEmail: actor?.email ?? null,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      contractId: entry.contractId ?? null,
      regionId: entry.regionId ?? null,
      before: plain(entry.before),
      after: plain(entry.after),
    },
  });
}

/** Only the fields that changed, for a readable trail. */
export function changedFields<T extends Record<string, unknown>>(before: T, after: Partial<T>) {
  const keys = Object.keys(after).filter(
    (key) => JSON.stringify(before[key]) !== JSON.stringify(after[key as keyof T]),
  );
  return {
    before: Object.fromEntries(keys.map((key) => [key, before[key]])),
    after: Object.fromEntries(keys.map((key) => [key, after[key as keyof T]])),
  };
}
