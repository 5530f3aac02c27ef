// SQL statements per request for the everyday lists (issue 13.3): the admin contracts list with
// each of its filters and its total count, and the portal's "Mijn opdrachten", asked with the
// apps' own documents. Statements are counted at the driver (support.ts), so a relation Prisma
// would load with a query of its own, or a filter answered in JS, shows up as a number that grew.
import { backends } from "@sroi/db/testing/backends";
import { deadlineState, dutchDate } from "@sroi/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appOperation } from "./app-operations.js";
import { type Client, startTestApi, type TestApi } from "./support.js";

const ADMIN_CONTRACTS = appOperation("admin", "AdminContracts");
const PORTAL_CONTRACTS = appOperation("contractor", "PortalContracts");

/** The admin list's variables as its route sends them (apps/admin/src/contracts/list-params.ts). */
function listVariables(filter: Record<string, unknown> = {}) {
  return {
    filter: {
      search: null,
      municipalityCode: null,
      status: null,
      kind: null,
      overdue: null,
      awaitingReview: null,
      ...filter,
    },
    orderBy: { field: "AWARD_DATE", direction: "DESC" },
    first: 25,
  };
}

interface ContractsPage {
  contracts: { totalCount: number; edges: { node: { id: string } }[] };
}

describe.each(backends())("SQL statements per request on $name", (backend) => {
  let api: TestApi;
  let coordinator: Client;
  let consultant: Client;
  let contractor: Client;

  beforeAll(async () => {
    if (!backend.available) return;
    api = await startTestApi(backend, { demo: true });
    coordinator = await api.loginAs("coordinator@amersfoort.demo");
    consultant = await api.loginAs("consultant@wsp-amersfoort.demo");
    contractor = await api.loginAs("admin@bouwbedrijf-eemland.demo");
  });
  afterAll(async () => {
    await api?.close();
  });

  /** The statements one request sends, and its answer (which must have no errors). */
  async function statementsOf(client: Client, query: string, variables: object) {
    api.statements.length = 0;
    const answer = await client.graphql<ContractsPage>(query, { ...variables });
    expect(answer.errors).toBeUndefined();
    return { statements: [...api.statements], data: answer.data };
  }

  it.skipIf(!backend.available)(
    "reads session, person and scope in one statement, the same one on every request",
    async () => {
      const { statements } = await statementsOf(consultant, "{ me { id } }", {});
      expect(statements).toHaveLength(1);
      expect(statements[0]).toMatch(/FROM "public"\."Session"/);
    },
  );

  const filters: [string, Record<string, unknown>][] = [
    ["first page", {}],
    ["iets te beoordelen", { awaitingReview: true }],
    ["contact te laat", { overdue: true }],
    ["status", { status: "IN_EXECUTION" }],
    ["soort", { kind: "WORKS" }],
    ["gemeente", { municipalityCode: "GM0307" }],
    ["zoeken", { search: "eemland" }],
  ];
  for (const [name, filter] of filters) {
    for (const [who, client] of [
      ["coordinator", () => coordinator],
      ["WSP consultant", () => consultant],
    ] as const) {
      it.skipIf(!backend.available)(
        `the admin contracts list (${name}) with its total count as ${who}: 4 statements`,
        async () => {
          const { statements, data } = await statementsOf(
            client(),
            ADMIN_CONTRACTS,
            listVariables(filter),
          );
          expect(data?.contracts.totalCount).toBeGreaterThanOrEqual(
            data?.contracts.edges.length ?? 0,
          );
          // session with scope; the gemeenten for the filter; the page; its count
          expect(statements, statements.join("\n\n")).toHaveLength(4);
        },
      );
    }
  }

  it.skipIf(!backend.available)(
    "Mijn opdrachten with each contract's open tasks: 3 statements",
    async () => {
      const { statements, data } = await statementsOf(contractor, PORTAL_CONTRACTS, {
        first: 100,
      });
      expect(data?.contracts.edges.length).toBeGreaterThan(0);
      // session with scope; the page with its relations joined; its count
      expect(statements, statements.join("\n\n")).toHaveLength(3);
    },
  );
});

describe.each(backends())("the contact-made-late flag on $name", (backend) => {
  // The "contact te laat" filter reads Contract.contactMadeLate, which a trigger keeps (migration
  // contracts_list_sql). It must agree with the domain's rule behind the badge on the day
  // boundary in the Netherlands, in winter (UTC+1) and in summer (UTC+2).
  let api: TestApi;
  beforeAll(async () => {
    if (!backend.available) return;
    api = await startTestApi(backend, { demo: true });
  });
  afterAll(async () => {
    await api?.close();
  });

  const cases: [string, string, boolean][] = [
    // due date, contact made (UTC), late?
    ["2026-01-10", "2026-01-10T22:59:59Z", false], // 23:59:59 on the due day
    ["2026-01-10", "2026-01-10T23:00:00Z", true], // 00:00 the day after
    ["2026-06-10", "2026-06-10T21:59:59Z", false],
    ["2026-06-10", "2026-06-10T22:00:00Z", true],
    ["2026-06-10", "2026-06-09T23:00:00Z", false],
  ];
  it.skipIf(!backend.available)("agrees with deadlineState on the Dutch day boundary", async () => {
    const contract = await api.prisma.contract.findFirstOrThrow({ orderBy: { id: "asc" } });
    for (const [due, contact, late] of cases) {
      const updated = await api.prisma.contract.update({
        where: { id: contract.id },
        data: {
          contactDueDate: new Date(`${due}T00:00:00Z`),
          contactRequestedAt: new Date(contact),
        },
      });
      expect(updated.contactMadeLate, `${due} / ${contact}`).toBe(late);
      expect(deadlineState(due, dutchDate(new Date(contact)), due) === "OVERDUE").toBe(late);
    }
    const cleared = await api.prisma.contract.update({
      where: { id: contract.id },
      data: { contactRequestedAt: null },
    });
    expect(cleared.contactMadeLate).toBe(false);
  });
});
