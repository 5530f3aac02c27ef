// kill -9 in the middle of a burst of 200 writes, three rounds on each database: every write the
// API acknowledged is still there after a restart (0 lost), and every write is whole (a
// realisation with its audit event, or neither: 0 half-written).
import { openDatabase } from "@sroi/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { postGraphql, processDatabases, startServerProcess } from "./server-process.js";

const WRITES = 200;
const ROUNDS = 3;

const LOGIN = `mutation { login(email: "admin@bouwbedrijf-eemland.demo", password: "demo") { __typename } }`;
const SUBMIT = `mutation ($contractId: ID!, $input: RealisationInput!) {
  submitRealisation(contractId: $contractId, input: $input) { __typename ... on Realisation { id } } }`;

describe.each(processDatabases())("kill -9 during writes on $name", (data) => {
  const { name, available } = data;
  beforeAll(() => data.create());
  afterAll(() => data.remove());

  it.skipIf(!available)(
    "loses no acknowledged write and leaves none half-written",
    async () => {
      const acknowledged: string[] = [];
      const refusals: string[] = [];
      const figures: string[] = [];
      let contractId = "";
      for (let round = 1; round <= ROUNDS; round++) {
        const server = await startServerProcess(data.env({ DEMO: "true" }), 240_000);
        const { cookie } = await postGraphql(server.url, LOGIN);
        if (!contractId) {
          const list = await postGraphql<{
            contracts: { edges: { node: { id: string; status: string } }[] };
          }>(server.url, "{ contracts(first: 50) { edges { node { id status } } } }", {}, cookie);
          contractId =
            list.data?.contracts.edges.find((e) => e.node.status === "IN_EXECUTION")?.node.id ?? "";
        }
        expect(contractId).not.toBe("");
        let answered = 0;
        let killed = false;
        const killedNow = new Promise<void>((resolve) => {
          const writes = Array.from({ length: WRITES }, (_, i) =>
            postGraphql<{ submitRealisation: { __typename: string; id?: string } }>(
              server.url,
              SUBMIT,
              {
                contractId,
                input: { blockCode: "INITIATIEF", hours: "1", personRef: `crash-${round}-${i}` },
              },
              cookie,
            ).then(
              (body) => {
                // Only an answer that arrived before the kill counts as acknowledged.
                if (!killed && body.data?.submitRealisation.id)
                  acknowledged.push(body.data.submitRealisation.id);
                else if (!killed) refusals.push(JSON.stringify(body).slice(0, 300));
                if (++answered === 25) resolve();
              },
              () => undefined,
            ),
          );
          void Promise.all(writes).then(() => resolve());
        });
        await killedNow;
        killed = true;
        server.child.kill("SIGKILL");
        expect(await server.exited).toEqual({ code: null, signal: "SIGKILL" });
        figures.push(`round ${round}: ${answered} answered before kill -9`);
      }
      // One clean start and stop after the last crash, then look at the data directly.
      const last = await startServerProcess(data.env({ DEMO: "true" }), 240_000);
      last.child.kill("SIGTERM");
      expect((await last.exited).code, last.output()).toBe(0);
      const { DATA_DIR, DATABASE_URL } = data.env();
      const opened = await openDatabase({ dataDir: DATA_DIR, databaseUrl: DATABASE_URL });
      try {
        const rows = await opened.prisma.realisation.findMany({
          where: { personRef: { startsWith: "crash-" } },
          select: { id: true, value: true },
        });
        const audited = new Set(
          (
            await opened.prisma.auditEvent.findMany({
              where: { action: "realisation.submit", entityId: { in: rows.map((r) => r.id) } },
              select: { entityId: true },
            })
          ).map((event) => event.entityId),
        );
        const present = new Set(rows.map((row) => row.id));
        const lost = acknowledged.filter((id) => !present.has(id));
        const halfWritten = rows.filter((row) => !audited.has(row.id));
        console.log(
          `${name}: ${figures.join("; ")}; ${acknowledged.length} acknowledged, ${rows.length} stored, ${lost.length} lost, ${halfWritten.length} half-written`,
        );
        expect(refusals).toEqual([]);
        expect(acknowledged.length).toBeGreaterThanOrEqual(ROUNDS * 20);
        expect(lost).toEqual([]);
        expect(halfWritten).toEqual([]);
        // A whole row carries the value computed in the same transaction.
        expect(rows.every((row) => row.value !== null)).toBe(true);
      } finally {
        await opened.close();
      }
    },
    600_000,
  );
});
