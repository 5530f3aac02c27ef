// Actions that must happen once, each sent 50 times at the same moment: exactly one is accepted,
// the other 49 get a typed answer (never an internal error), and one set of mails goes out.
// Before: 50 concurrent requestIntake calls on PostgreSQL were accepted 5 times (10 mails).
import { backends } from "@sroi/db/testing/backends";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Client, type GraphQLResponse, startTestApi, type TestApi } from "./support.js";

const CONCURRENT = 50;

type Outcome = GraphQLResponse<Record<string, unknown>>;

/** Typename of each answer; an internal error counts as "error: <message>". */
function tally(results: Outcome[], field: string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const result of results) {
    const key = result.errors?.length
      ? `error: ${result.errors[0]?.message}`
      : ((result.data?.[field] as { __typename?: string } | undefined)?.__typename ??
        `status ${result.status}`);
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
}

const burst = (client: Client, query: string, variables: Record<string, unknown>) =>
  Promise.all(Array.from({ length: CONCURRENT }, () => client.graphql(query, variables)));

describe.each(backends())("actions that must happen once, on $name", (backend) => {
  let api: TestApi;
  let contractorAdmin: Client;
  beforeAll(async () => {
    if (!backend.available) return;
    api = await startTestApi(backend, { demo: true });
    contractorAdmin = await api.loginAs("admin@bouwbedrijf-eemland.demo");
  });
  afterAll(async () => {
    await api?.close();
  });

  it.skipIf(!backend.available)("an intake request is accepted once", async () => {
    const contract = await api.prisma.contract.findFirstOrThrow({
      where: {
        contactRequestedAt: null,
        contractor: { kvkNumber: "90000001" },
        consultantId: { not: null },
      },
    });
    const mailsBefore = await api.prisma.outboxMessage.count();
    const results = await burst(
      contractorAdmin,
      `mutation ($id: ID!, $message: String!) { requestIntake(contractId: $id, message: $message) { __typename } }`,
      { id: contract.id, message: "Graag een intake" },
    );
    expect(tally(results, "requestIntake")).toEqual({
      Contract: 1,
      NotAllowedError: CONCURRENT - 1,
    });
    expect(await api.prisma.outboxMessage.count()).toBe(mailsBefore + 1);
    expect(
      await api.prisma.auditEvent.count({
        where: { contractId: contract.id, action: "contract.requestIntake" },
      }),
    ).toBe(1);
  });

  it.skipIf(!backend.available)(
    "a contract is registered once, with one new contractor and one invitation",
    async () => {
      const coordinator = await api.loginAs("coordinator@amersfoort.demo");
      const results = await burst(
        coordinator,
        `mutation ($contract: ContractInput!, $contractor: ContractorInput!) {
          registerContract(municipalityCode: "GM0307", contract: $contract, contractor: $contractor) { __typename } }`,
        {
          contract: {
            reference: "AMF-RACE-001",
            title: "Gelijktijdig geregistreerd",
            kind: "WORKS",
            valueExclVat: "480000.00",
            awardDate: "2025-03-01",
          },
          contractor: {
            kvkNumber: "91234999",
            name: "Racebouw",
            contactName: "Ria Race",
            contactEmail: "ria@racebouw.example",
          },
        },
      );
      expect(tally(results, "registerContract")).toEqual({
        Contract: 1,
        ValidationError: CONCURRENT - 1,
      });
      expect(await api.prisma.contract.count({ where: { reference: "AMF-RACE-001" } })).toBe(1);
      expect(await api.prisma.organisation.count({ where: { kvkNumber: "91234999" } })).toBe(1);
      // one invitation and one notice of the contract, not one per request
      const mails = await api.prisma.outboxMessage.findMany({
        where: { to: "ria@racebouw.example" },
        orderBy: { subject: "asc" },
      });
      expect(mails.map((m) => m.subject.split(":")[0])).toEqual([
        "Nieuwe opdracht met social return",
        "Uitnodiging voor het Social Return platform (Racebouw)",
      ]);
    },
  );

  it.skipIf(!backend.available)("a colleague is invited once", async () => {
    const organisation = await api.prisma.organisation.findFirstOrThrow({
      where: { kvkNumber: "90000001" },
    });
    const results = await burst(
      contractorAdmin,
      `mutation ($org: ID!) { inviteColleague(organisationId: $org, name: "Gelijk Tijdig", email: "tijdig@eemland.example", role: CONTRACTOR_USER) { __typename } }`,
      { org: organisation.id },
    );
    expect(tally(results, "inviteColleague")).toEqual({
      User: 1,
      ValidationError: CONCURRENT - 1,
    });
    expect(await api.prisma.outboxMessage.count({ where: { to: "tijdig@eemland.example" } })).toBe(
      1,
    );
  });

  it.skipIf(!backend.available)("the first plan is created once", async () => {
    const contract = await api.prisma.contract.findFirstOrThrow({
      where: {
        contractor: { kvkNumber: "90000001" },
        planVersions: { none: {} },
        status: { notIn: ["CLOSED", "ASSESSMENT"] },
      },
    });
    const results = await burst(
      contractorAdmin,
      `mutation ($id: ID!) { savePlan(contractId: $id, reportFrequency: QUARTERLY, lines: [{ blockCode: "INITIATIEF", hours: "4" }]) { __typename } }`,
      { id: contract.id },
    );
    expect(tally(results, "savePlan")).toEqual({
      PlanVersion: 1,
      ConflictError: CONCURRENT - 1,
    });
    expect(await api.prisma.planVersion.count({ where: { contractId: contract.id } })).toBe(1);
  });

  it.skipIf(!backend.available)("a policy draft is created once", async () => {
    const coordinator = await api.loginAs("coordinator@amersfoort.demo");
    const amersfoort = await api.prisma.municipality.findUniqueOrThrow({
      where: { code: "GM0307" },
    });
    const results = await burst(
      coordinator,
      `mutation ($code: String!) { createPolicyDraft(municipalityCode: $code) { __typename } }`,
      { code: "GM0307" },
    );
    expect(tally(results, "createPolicyDraft")).toEqual({
      Policy: 1,
      NotAllowedError: CONCURRENT - 1,
    });
    expect(
      await api.prisma.policy.count({ where: { municipalityId: amersfoort.id, status: "DRAFT" } }),
    ).toBe(1);
  });
});
