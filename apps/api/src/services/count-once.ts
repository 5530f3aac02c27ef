// A person counted once, an invoice counted once (docs/decisions/0025-count-once.md): the keys a
// realisation is matched on, the query that finds the other entries in the region, and the check
// that runs inside every accepting transaction. The rules themselves are in @sroi/domain.
import { createHmac } from "node:crypto";
import { Prisma, type PrismaClient } from "@prisma/client";
import { toIsoDate } from "@sroi/db";
import {
  type DoubleCountKind,
  type DoubleCountOther,
  doubleCountRefusal,
  invoiceKey,
  overlappingDays,
  personIdentityText,
  valuesPersonOverPeriod,
} from "@sroi/domain";
import { canReadContract, type Viewer } from "../auth/viewer.js";
import { NotAllowedError } from "../errors.js";

type Db = PrismaClient | Prisma.TransactionClient;

/**
 * Used when PERSON_MATCH_KEY is not set in demo mode, development and tests; readConfig refuses
 * to start a production instance without a key of its own (a known key makes the hash guessable).
 */
export const DEV_PERSON_MATCH_KEY = "development-only-person-match-key-not-for-production";

/** The columns a realisation is matched on, computed from what is stored (never the identity). */
export function matchColumns(
  key: string,
  row: {
    personName: string | null;
    personBirthDate: string | null;
    startDate: string | null;
    endDate: string | null;
    supplierKvk: string | null;
    supplierName: string | null;
    invoiceNumber: string | null;
  },
) {
  const identity = valuesPersonOverPeriod(row)
    ? personIdentityText(row.personBirthDate, row.personName)
    : null;
  return {
    personMatchHash: identity ? createHmac("sha256", key).update(identity).digest("hex") : null,
    invoiceKey: invoiceKey(row),
  };
}

/** Another entry in the region that counts the same person's days or the same invoice. */
export interface DoubleCount {
  realisationId: string;
  otherId: string;
  kind: DoubleCountKind;
  status: DoubleCountOther["status"];
  startDate: string | null;
  endDate: string | null;
  overlapDays: number;
  contract: { id: string; reference: string; municipalityId: string; contractorId: string };
}

interface Row {
  realisationId: string;
  otherId: string;
  kind: DoubleCountKind;
  status: DoubleCountOther["status"];
  ownStart: Date | null;
  ownEnd: Date | null;
  otherStart: Date | null;
  otherEnd: Date | null;
  contractId: string;
  reference: string;
  municipalityId: string;
  contractorId: string;
}

const iso = (date: Date | null) => (date ? toIsoDate(date) : null);

/**
 * The entries that count the same as each of the given realisations, across all contracts and
 * contractors of the region (rejected entries count nothing and are left out). One query for a
 * whole list.
 */
export async function findDoubleCounts(db: Db, realisationIds: readonly string[]) {
  const found = new Map<string, DoubleCount[]>(realisationIds.map((id) => [id, []]));
  if (realisationIds.length === 0) return found;
  const periodsMeet = Prisma.sql`r."startDate" <= o."endDate" AND o."startDate" <= r."endDate"`;
  const sameReference = Prisma.sql`(r."personBirthDate" IS NOT NULL AND o."personBirthDate" = r."personBirthDate"
    AND o."personRef" = r."personRef" AND oc."contractorId" = rc."contractorId" AND ${periodsMeet})`;
  const sameIdentity = Prisma.sql`(o."personMatchHash" = r."personMatchHash" AND ${periodsMeet})`;
  const sameInvoice = Prisma.sql`o."invoiceKey" = r."invoiceKey"`;
  const rows = await db.$queryRaw<Row[]>`
    SELECT r.id AS "realisationId", o.id AS "otherId", o.status::text AS status,
      CASE WHEN ${sameReference} THEN 'SAME_PERSON_REFERENCE'
           WHEN ${sameIdentity} THEN 'SAME_PERSON_IDENTITY'
           ELSE 'SAME_INVOICE' END AS kind,
      r."startDate" AS "ownStart", r."endDate" AS "ownEnd",
      o."startDate" AS "otherStart", o."endDate" AS "otherEnd",
      oc.id AS "contractId", oc.reference, oc."municipalityId", oc."contractorId"
    FROM "Realisation" r
    JOIN "Contract" rc ON rc.id = r."contractId"
    JOIN "Municipality" rm ON rm.id = rc."municipalityId"
    -- Each kind of match needs one of these equalities: said here, the planner finds the other
    -- entries through their indexes instead of comparing every realisation of the region.
    JOIN "Realisation" o ON o.id <> r.id AND o.status <> 'REJECTED'
      AND (o."personRef" = r."personRef" OR o."personMatchHash" = r."personMatchHash"
           OR o."invoiceKey" = r."invoiceKey")
    JOIN "Contract" oc ON oc.id = o."contractId"
    JOIN "Municipality" om ON om.id = oc."municipalityId" AND om."regionId" = rm."regionId"
    WHERE r.id IN (${Prisma.join(realisationIds)})
      AND (${sameReference} OR ${sameIdentity} OR ${sameInvoice})
    ORDER BY o."createdAt", o.id`;
  for (const row of rows) {
    const own = { startDate: iso(row.ownStart), endDate: iso(row.ownEnd) };
    const other = { startDate: iso(row.otherStart), endDate: iso(row.otherEnd) };
    found.get(row.realisationId)?.push({
      realisationId: row.realisationId,
      otherId: row.otherId,
      kind: row.kind,
      status: row.status,
      ...other,
      overlapDays: row.kind === "SAME_INVOICE" ? 0 : overlappingDays(own, other),
      contract: {
        id: row.contractId,
        reference: row.reference,
        municipalityId: row.municipalityId,
        contractorId: row.contractorId,
      },
    });
  }
  return found;
}

/** The other entry as this viewer may be told about it: its contract only if they may read it. */
export function doubleCountFor(viewer: Viewer | null, found: DoubleCount): DoubleCountOther {
  return {
    kind: found.kind,
    status: found.status,
    startDate: found.startDate,
    endDate: found.endDate,
    overlapDays: found.overlapDays,
    contractReference: canReadContract(viewer, found.contract) ? found.contract.reference : null,
  };
}

/**
 * Refuses to accept a realisation whose person-days or invoice another accepted entry in the
 * region already counts. Runs inside the accepting transaction after the region's row is locked,
 * so two reviewers accepting overlapping entries at once are served one after the other and the
 * second sees the first as accepted.
 */
export async function refuseDoubleCounting(
  tx: Prisma.TransactionClient,
  actor: Viewer,
  realisationId: string,
) {
  await tx.$queryRaw`
    SELECT g.id FROM "Region" g
    JOIN "Municipality" m ON m."regionId" = g.id
    JOIN "Contract" c ON c."municipalityId" = m.id
    JOIN "Realisation" r ON r."contractId" = c.id
    WHERE r.id = ${realisationId}
    FOR UPDATE OF g`;
  const found = (await findDoubleCounts(tx, [realisationId])).get(realisationId) ?? [];
  const refusal = doubleCountRefusal(found.map((one) => doubleCountFor(actor, one)));
  if (refusal) throw new NotAllowedError(refusal);
}

/**
 * Collects the realisations a GraphQL request asks double counts for within one tick and answers
 * them with one query, so a list of realisations costs one query, not one per row.
 */
export function doubleCountBatcher(db: Db) {
  let pending: { ids: Set<string>; result: Promise<Map<string, DoubleCount[]>> } | null = null;
  return (realisationId: string): Promise<DoubleCount[]> => {
    if (!pending) {
      const ids = new Set<string>();
      const result = new Promise<Map<string, DoubleCount[]>>((resolve, reject) => {
        setImmediate(() => {
          pending = null;
          findDoubleCounts(db, [...ids]).then(resolve, reject);
        });
      });
      pending = { ids, result };
    }
    pending.ids.add(realisationId);
    return pending.result.then((found) => found.get(realisationId) ?? []);
  };
}
