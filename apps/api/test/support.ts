// Starts the real API over real HTTP on a real database, for one test file.
import type { PrismaClient } from "@prisma/client";
import { seed } from "@sroi/db";
import type { Backend } from "@sroi/db/testing/backends";
import { startServer } from "../src/server.js";

export interface TestApi {
  url: string;
  prisma: PrismaClient;
  /** every Prisma operation the API ran, as "Model.operation" */
  operations: string[];
  graphql<Data = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<{ status: number; data?: Data; errors?: { message: string }[] }>;
  close(): Promise<void>;
}

export async function startTestApi(backend: Backend): Promise<TestApi> {
  const { database, dispose } = await backend.open();
  await seed(database.prisma);
  const operations: string[] = [];
  // Recording at the client boundary lets a test assert how many queries a request costs.
  const recording = database.prisma.$extends({
    query: {
      $allOperations({ model, operation, args, query }) {
        operations.push(`${model ?? "$raw"}.${operation}`);
        return query(args);
      },
    },
  }) as unknown as PrismaClient;
  const server = await startServer({
    prisma: recording,
    port: 0,
    host: "127.0.0.1",
    serveApps: false,
  });
  return {
    url: server.url,
    prisma: database.prisma,
    operations,
    async graphql(query, variables) {
      const response = await fetch(`${server.url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query, variables }),
      });
      return { status: response.status, ...((await response.json()) as object) };
    },
    async close() {
      await server.close();
      await dispose();
    },
  };
}
