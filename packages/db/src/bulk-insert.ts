// Multi-row INSERTs through the driver itself (pg or PGlite), for data sets too large for one
// Prisma create per row: the large seed writes half a million rows this way in minutes.
import type { PGlite } from "@electric-sql/pglite";
import type pg from "pg";

export interface BulkConnection {
  query(sql: string, params: unknown[]): Promise<unknown>;
}

export function pgliteBulk(pglite: PGlite): BulkConnection {
  return { query: (sql, params) => pglite.query(sql, params) };
}

export function postgresBulk(client: pg.ClientBase): BulkConnection {
  return { query: (sql, params) => client.query(sql, params) };
}

/** Both drivers take up to 65,535 parameters a statement; fewer keeps each message small. */
const MAX_PARAMETERS = 30_000;

/**
 * Inserts rows (objects keyed by column) into one table in batches, each batch one statement.
 * Parameter types come from the target columns, so enums, dates and JSON go in as text.
 */
export async function insertRows(
  connection: BulkConnection,
  table: string,
  rows: readonly Record<string, unknown>[],
): Promise<number> {
  const first = rows[0];
  if (!first) return 0;
  const columns = Object.keys(first);
  const perBatch = Math.max(1, Math.floor(MAX_PARAMETERS / columns.length));
  const columnList = columns.map((column) => `"${column}"`).join(", ");
  for (let start = 0; start < rows.length; start += perBatch) {
    const batch = rows.slice(start, start + perBatch);
    const params: unknown[] = [];
    const tuples = batch.map((row) => {
      const placeholders = columns.map((column) => {
        params.push(row[column] ?? null);
        return `$${params.length}`;
      });
      return `(${placeholders.join(", ")})`;
    });
    await connection.query(
      `INSERT INTO "${table}" (${columnList}) VALUES ${tuples.join(", ")}`,
      params,
    );
  }
  return rows.length;
}
