// Starts the real API over real HTTP on a real database, for one test file.

import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { PrismaClient } from "@prisma/client";
import { seed } from "@sroi/db";
import type { Backend } from "@sroi/db/testing/backends";
import type { TrustProxy } from "../src/config.js";
import { seedDemo } from "../src/demo/seed.js";
import { startServer } from "../src/server.js";
import { type EvidenceStore, FileEvidenceStore } from "../src/services/evidence.js";

export interface GraphQLResponse<Data> {
  status: number;
  data?: Data;
  errors?: { message: string; extensions?: { code?: string } }[];
}

export interface Client {
  graphql<Data = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<GraphQLResponse<Data>>;
  /** the session cookie this client holds, if any */
  cookie: string | null;
}

export interface TestApi extends Client {
  url: string;
  prisma: PrismaClient;
  /** every Prisma operation the API ran, as "Model.operation" */
  operations: string[];
  /** every SQL statement the API's Prisma client sent, in order */
  statements: string[];
  /** a fresh client with its own cookie jar */
  client(): Client;
  /** a client logged in as a demo account (password "demo") */
  loginAs(email: string, password?: string): Promise<Client>;
  close(): Promise<void>;
}

/** The client with every Prisma operation it runs recorded, as "Model.operation". */
export function recordingClient(prisma: PrismaClient) {
  const operations: string[] = [];
  const client = prisma.$extends({
    query: {
      $allOperations({ model, operation, args, query }) {
        operations.push(`${model ?? "$raw"}.${operation}`);
        return query(args);
      },
    },
  }) as unknown as PrismaClient;
  return { client, operations };
}

export async function startTestApi(
  backend: Backend,
  /** evidenceStore: by default files in a temporary folder of this test's own */
  options: {
    demo?: boolean;
    evidenceStore?: EvidenceStore;
    production?: boolean;
    trustProxy?: TrustProxy;
  } = {},
): Promise<TestApi> {
  const statements: string[] = [];
  const { database, dispose } = await backend.open({
    onStatement: (sql) => statements.push(sql),
  });
  const evidenceDir = options.evidenceStore
    ? null
    : await mkdtemp(join(tmpdir(), "sroi-test-evidence-"));
  const evidenceStore = options.evidenceStore ?? new FileEvidenceStore(evidenceDir ?? "");
  await seed(database.prisma);
  if (options.demo) await seedDemo(database.prisma, evidenceStore);
  // Recording at the client boundary lets a test assert how many queries a request costs.
  const { client: recording, operations } = recordingClient(database.prisma);
  const server = await startServer({
    prisma: recording,
    port: 0,
    host: "127.0.0.1",
    serveApps: false,
    settings: { demo: true, production: options.production ?? false },
    evidenceStore,
    ...(options.trustProxy !== undefined ? { trustProxy: options.trustProxy } : {}),
  });

  function client(): Client {
    const jar: Client = {
      cookie: null,
      async graphql(query, variables) {
        const response = await fetch(`${server.url}/graphql`, {
          method: "POST",
          headers: {
            "content-type": "application/json",
            ...(jar.cookie ? { cookie: jar.cookie } : {}),
          },
          body: JSON.stringify({ query, variables }),
        });
        for (const header of response.headers.getSetCookie()) {
          const [pair] = header.split(";");
          if (!pair) continue;
          const [name, value] = pair.split("=");
          if (name === "sr_session") jar.cookie = value ? `sr_session=${value}` : null;
        }
        return { status: response.status, ...((await response.json()) as object) };
      },
    };
    return jar;
  }

  const anonymous = client();
  return {
    url: server.url,
    prisma: database.prisma,
    operations,
    statements,
    cookie: null,
    graphql: (query, variables) => anonymous.graphql(query, variables),
    client,
    async loginAs(email, password = "demo") {
      const session = client();
      const result = await session.graphql<{ login: { __typename: string } }>(
        `mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { __typename ... on Error { message } } }`,
        { email, password },
      );
      if (result.data?.login.__typename !== "Me")
        throw new Error(`Login as ${email} failed: ${JSON.stringify(result)}`);
      return session;
    },
    async close() {
      await server.close();
      await dispose();
      if (evidenceDir) await rm(evidenceDir, { recursive: true, force: true });
    },
  };
}
