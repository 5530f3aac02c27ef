// Runs a suite once on embedded PGlite and once on PostgreSQL, the two databases we support.
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { inject } from "vitest";
import {
  type Database,
  type DatabaseOptions,
  openDatabase,
  pgliteConnection,
  postgresConnection,
} from "../client.js";
import type { MigrationConnection } from "../migrate.js";
import { createTestDatabase } from "./postgres-server.js";
import "./provided-context.js";

export interface Backend {
  name: "PGlite" | "PostgreSQL";
  /** false when no PostgreSQL server was available (the global setup said so loudly) */
  available: boolean;
  /** a fresh, empty, migrated database; dispose() drops what it made */
  open(
    options?: Pick<DatabaseOptions, "onStatement">,
  ): Promise<{ database: Database; dispose(): Promise<void> }>;
  /** a raw connection to a fresh database with no migrations applied */
  connectEmpty(): Promise<{ connection: MigrationConnection; dispose(): Promise<void> }>;
}

export function backends(): Backend[] {
  const postgresUrl = inject("postgresUrl");
  return [
    {
      name: "PGlite",
      available: true,
      async open(options) {
        const database = await openDatabase({ ...options });
        return { database, dispose: () => database.close() };
      },
      async connectEmpty() {
        const pglite = await PGlite.create("memory://");
        return { connection: pgliteConnection(pglite), dispose: () => pglite.close() };
      },
    },
    {
      name: "PostgreSQL",
      available: postgresUrl !== "",
      async open(options) {
        const created = await createTestDatabase(postgresUrl);
        const database = await openDatabase({ ...options, databaseUrl: created.url });
        return {
          database,
          async dispose() {
            await database.close();
            await created.drop();
          },
        };
      },
      async connectEmpty() {
        const created = await createTestDatabase(postgresUrl);
        const client = new pg.Client({ connectionString: created.url });
        // dropping the database ends this connection; that is expected, not an error
        client.on("error", () => undefined);
        await client.connect();
        return {
          connection: postgresConnection(client),
          async dispose() {
            await client.end();
            await created.drop();
          },
        };
      },
    },
  ];
}
