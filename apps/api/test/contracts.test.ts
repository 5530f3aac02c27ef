import { backends } from "@sroi/db/testing/backends";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApi, type TestApi } from "./support.js";

const REGISTER = /* GraphQL */ `
  mutation ($municipalityCode: String!, $contract: ContractInput!, $contractor: ContractorInput!) {
    registerContract(municipalityCode: $municipalityCode, contract: $contract, contractor: $contractor) {
      __typename
      ... on Contract {
        id version status reference
        contractor { name kvkNumber }
        obligation { kind percentage amount lines { label amount } policy { name } catalogueVersion { key } }
        contactDeadline { dueDate state }
      }
      ... on ValidationError { message issues { field message } }
      ... on Error { message }
    }
  }
`;

const CORRECT = /* GraphQL */ `
  mutation ($id: ID!, $version: Int!, $contract: ContractInput!) {
    correctContract(id: $id, version: $version, contract: $contract) {
      __typename
      ... on Contract { id version valueExclVat obligation { amount lines { label amount } } }
      ... on Error { message }
    }
  }
`;

const CONTRACT = `query ($id: ID!) { contract(id: $id) { id reference obligation { amount } auditEvents { action before after actorEmail } } }`;

const baseContract = {
  reference: "AMF-TEST-001",
  title: "Onderhoud fietspaden",
  department: "Stadsbeheer",
  kind: "WORKS",
  valueExclVat: "480000.00",
  publicationDate: "2025-01-15",
  awardDate: "2025-03-01",
  startDate: "2025-04-01",
  endDate: "2026-03-31",
};

describe.each(backends())("contracts on $name", (backend) => {
  let api: TestApi;
  beforeAll(async () => {
    if (backend.available) api = await startTestApi(backend, { demo: true });
  });
  afterAll(async () => {
    await api?.close();
  });

  it.skipIf(!backend.available)(
    "a gemeente registers a contract for a new contractor, who is invited, sets a password and sees its obligation",
    async () => {
      const coordinator = await api.loginAs("coordinator@amersfoort.demo");
      const registered = await coordinator.graphql<{ registerContract: Record<string, unknown> }>(
        REGISTER,
        {
          municipalityCode: "GM0307",
          contract: baseContract,
          contractor: {
            kvkNumber: "9123 4567",
            name: "Straatwerk Leusden",
            contactName: "Lotte Peters",
            contactEmail: "Lotte@Straatwerk.example",
          },
        },
      );
      const contract = registered.data?.registerContract as {
        __typename: string;
        id: string;
        status: string;
        contractor: { kvkNumber: string };
        obligation: {
          kind: string;
          percentage: string;
          amount: string;
          lines: { amount: string }[];
          policy: { name: string };
          catalogueVersion: { key: string };
        };
        contactDeadline: { dueDate: string };
      };
      expect(contract.__typename).toBe("Contract");
      expect(contract.status).toBe("AWARDED");
      expect(contract.contractor.kvkNumber).toBe("91234567");
      // 480000.00 × 5 % = 24000.00, under the Amersfoort policy in force on the publication date
      expect(contract.obligation).toMatchObject({
        kind: "PERCENTAGE",
        percentage: "0.05",
        amount: "24000.00",
      });
      expect(contract.obligation.catalogueVersion.key).toBe("regio-amersfoort-concept");
      // award 2025-03-01 + 7 days
      expect(contract.contactDeadline.dueDate).toBe("2025-03-08");

      const mail = await api.prisma.outboxMessage.findFirstOrThrow({
        where: { to: "lotte@straatwerk.example" },
      });
      expect(mail.subject).toMatch(/Uitnodiging/);
      const token = /wachtwoord\?token=([\w-]+)/.exec(mail.text)?.[1];
      expect(mail.text).toContain("/portal/wachtwoord?token=");
      if (!token) throw new Error("no invitation link in the mail");

      const contractor = api.client();
      const weak = await contractor.graphql<{ setPassword: { __typename: string; field: string } }>(
        `mutation ($token: String!) { setPassword(token: $token, password: "kort") { __typename ... on InputError { field } } }`,
        { token },
      );
      expect(weak.data?.setPassword).toEqual({ __typename: "InputError", field: "password" });
      const accepted = await contractor.graphql<{
        setPassword: { __typename: string; email: string; roles: string[] };
      }>(
        `mutation ($token: String!) { setPassword(token: $token, password: "een goed wachtwoord") { __typename ... on Me { email roles } } }`,
        { token },
      );
      expect(accepted.data?.setPassword).toEqual({
        __typename: "Me",
        email: "lotte@straatwerk.example",
        roles: ["CONTRACTOR_ADMIN"],
      });
      const reused = await api
        .client()
        .graphql<{ setPassword: { __typename: string } }>(
          `mutation ($token: String!) { setPassword(token: $token, password: "nog een wachtwoord") { __typename } }`,
          { token },
        );
      expect(reused.data?.setPassword.__typename).toBe("InputError");

      const mine = await contractor.graphql<{
        contracts: {
          totalCount: number;
          edges: { node: { reference: string; obligation: { amount: string } } }[];
        };
      }>(
        "{ contracts(first: 10) { totalCount edges { node { reference obligation { amount } } } } }",
      );
      expect(mine.data?.contracts.totalCount).toBe(1);
      expect(mine.data?.contracts.edges[0]?.node).toEqual({
        reference: "AMF-TEST-001",
        obligation: { amount: "24000.00" },
      });

      const trail = await api.prisma.auditEvent.findMany({
        where: { actorEmail: "coordinator@amersfoort.demo" },
        orderBy: { at: "asc" },
      });
      expect(trail.map((e) => e.action)).toEqual(
        expect.arrayContaining(["organisation.create", "user.invite", "contract.register"]),
      );
    },
  );

  it.skipIf(!backend.available)(
    "keeps the pinned obligation when the policy changes, and recomputes on a corrected value",
    async () => {
      const coordinator = await api.loginAs("coordinator@amersfoort.demo");
      const registered = await coordinator.graphql<{
        registerContract: { id: string; version: number };
      }>(REGISTER, {
        municipalityCode: "GM0307",
        contract: { ...baseContract, reference: "AMF-TEST-002" },
        contractor: { kvkNumber: "90000001" },
      });
      const { id, version } = registered.data?.registerContract ?? { id: "", version: 0 };

      // A new policy version for later contracts: 10 % from 2025-06-01.
      const amersfoort = await api.prisma.municipality.findUniqueOrThrow({
        where: { code: "GM0307" },
        include: { policies: true },
      });
      const current = amersfoort.policies[0];
      if (!current) throw new Error("no seeded policy");
      const { id: _id, createdAt: _c, updatedAt: _u, ...rest } = current;
      await api.prisma.policy.create({
        data: {
          ...rest,
          psoDiscounts: {},
          name: "Strenger beleid",
          validFrom: new Date("2025-06-01T00:00:00Z"),
          percentage: "0.10",
        },
      });
      const unchanged = await coordinator.graphql<{ contract: { obligation: { amount: string } } }>(
        CONTRACT,
        { id },
      );
      expect(unchanged.data?.contract.obligation.amount).toBe("24000.00");

      const stale = await coordinator.graphql<{ correctContract: { __typename: string } }>(
        CORRECT,
        {
          id,
          version: version + 5,
          contract: { ...baseContract, reference: "AMF-TEST-002", valueExclVat: "500000.00" },
        },
      );
      expect(stale.data?.correctContract.__typename).toBe("ConflictError");

      const corrected = await coordinator.graphql<{
        correctContract: { __typename: string; version: number; obligation: { amount: string } };
      }>(CORRECT, {
        id,
        version,
        contract: { ...baseContract, reference: "AMF-TEST-002", valueExclVat: "500000.00" },
      });
      // still the policy in force on the publication date (5 %): 500000.00 × 0.05 = 25000.00
      expect(corrected.data?.correctContract).toMatchObject({
        __typename: "Contract",
        version: version + 1,
        obligation: { amount: "25000.00" },
      });

      const trail = await coordinator.graphql<{
        contract: { auditEvents: { action: string; before: string; after: string }[] };
      }>(CONTRACT, { id });
      const correction = trail.data?.contract.auditEvents.find(
        (e) => e.action === "contract.correct.recomputeObligation",
      );
      expect(JSON.parse(correction?.before ?? "{}")).toEqual({
        valueExclVat: "480000.00",
        obligationAmount: "24000.00",
      });
      expect(JSON.parse(correction?.after ?? "{}")).toMatchObject({
        valueExclVat: "500000.00",
        obligationAmount: "25000.00",
      });
    },
  );

  it.skipIf(!backend.available)(
    "rejects a registration as a whole: nothing half-written",
    async () => {
      const coordinator = await api.loginAs("coordinator@haarlem.demo");
      const before = {
        organisations: await api.prisma.organisation.count(),
        users: await api.prisma.user.count(),
        mails: await api.prisma.outboxMessage.count(),
        events: await api.prisma.auditEvent.count(),
      };
      // Haarlem's policy starts 2021-04-01: a 2019 contract has no policy to compute with.
      const result = await coordinator.graphql<{
        registerContract: { __typename: string; issues: { field: string }[] };
      }>(REGISTER, {
        municipalityCode: "GM0392",
        contract: {
          ...baseContract,
          reference: "HLM-OLD",
          publicationDate: null,
          awardDate: "2019-05-01",
        },
        contractor: {
          kvkNumber: "91112222",
          name: "Nieuw B.V.",
          contactName: "Nina",
          contactEmail: "nina@nieuw.example",
        },
      });
      expect(result.data?.registerContract.__typename).toBe("ValidationError");
      expect(result.data?.registerContract.issues.map((i) => i.field)).toEqual(["awardDate"]);
      expect({
        organisations: await api.prisma.organisation.count(),
        users: await api.prisma.user.count(),
        mails: await api.prisma.outboxMessage.count(),
        events: await api.prisma.auditEvent.count(),
      }).toEqual(before);
    },
  );

  it.skipIf(!backend.available)("reports every invalid field at once, in Dutch", async () => {
    const coordinator = await api.loginAs("coordinator@amersfoort.demo");
    const result = await coordinator.graphql<{
      registerContract: { __typename: string; issues: { field: string; message: string }[] };
    }>(REGISTER, {
      municipalityCode: "GM0307",
      contract: {
        ...baseContract,
        reference: " ",
        title: "",
        valueExclVat: "12.345",
        labourShare: "1.2",
        startDate: "2025-05-01",
        endDate: "2025-04-01",
      },
      contractor: { kvkNumber: "123" },
    });
    expect(result.data?.registerContract.__typename).toBe("ValidationError");
    expect(result.data?.registerContract.issues.map((i) => i.field)).toEqual([
      "reference",
      "title",
      "valueExclVat",
      "labourShare",
      "endDate",
    ]);
    expect(result.data?.registerContract.issues[2]?.message).toMatch(/hoogstens twee decimalen/);
  });

  it.skipIf(!backend.available)("shows each party exactly its own part", async () => {
    const count = async (email: string) => {
      const client = await api.loginAs(email);
      const result = await client.graphql<{
        contracts: {
          totalCount: number;
          edges: { node: { municipality: { code: string }; contractor: { kvkNumber: string } } }[];
        };
      }>(
        "{ contracts(first: 100) { totalCount edges { node { municipality { code } contractor { kvkNumber } } } } }",
      );
      return result.data?.contracts;
    };
    const consultant = await count("consultant@wsp-amersfoort.demo");
    expect(new Set(consultant?.edges.map((e) => e.node.municipality.code))).toEqual(
      new Set(["GM0307", "GM0342", "GM0308"]),
    );
    const haarlem = await count("coordinator@haarlem.demo");
    expect(new Set(haarlem?.edges.map((e) => e.node.municipality.code))).toEqual(
      new Set(["GM0392"]),
    );
    const spaarne = await count("admin@groen-spaarne.demo");
    expect(new Set(spaarne?.edges.map((e) => e.node.contractor.kvkNumber))).toEqual(
      new Set(["90000002"]),
    );
    const admin = await count("admin@platform.demo");
    expect(admin?.totalCount).toBe(await api.prisma.contract.count());
  });

  it.skipIf(!backend.available)(
    "a contractor cannot read or change another contractor's contract by any id",
    async () => {
      const eemland = await api.loginAs("admin@bouwbedrijf-eemland.demo");
      const others = await api.prisma.contract.findMany({
        where: { contractor: { kvkNumber: { not: "90000001" } } },
        orderBy: { id: "asc" },
      });
      expect(others.length).toBeGreaterThan(10);
      for (const other of others) {
        const read = await eemland.graphql<{ contract: unknown }>(
          "query ($id: ID!) { contract(id: $id) { id title } }",
          { id: other.id },
        );
        expect(read.data?.contract).toBeNull();
        const intake = await eemland.graphql<{ requestIntake: { __typename: string } }>(
          'mutation ($id: ID!) { requestIntake(contractId: $id, message: "hallo") { __typename } }',
          { id: other.id },
        );
        expect(intake.data?.requestIntake.__typename).toBe("NotAllowedError");
        const status = await eemland.graphql(
          "mutation ($id: ID!) { changeContractStatus(id: $id, version: 1, status: PLANNING) { __typename } }",
          { id: other.id },
        );
        expect(status.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
      }
      const audit = await eemland.graphql(
        "{ auditEvents(first: 5) { edges { node { action } } } }",
      );
      expect(audit.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
      const untouched = await api.prisma.contract.findMany({
        where: { id: { in: others.map((o) => o.id) } },
        orderBy: { id: "asc" },
      });
      expect(
        untouched.map((c) => [c.version, c.contactRequestedAt?.toISOString() ?? null]),
      ).toEqual(others.map((c) => [c.version, c.contactRequestedAt?.toISOString() ?? null]));
    },
  );

  it.skipIf(!backend.available)(
    "the contractor contacts the WSP in time and the consultant confirms the intake",
    async () => {
      const contract = await api.prisma.contract.findFirstOrThrow({
        where: { reference: "AMF-2026-001" },
      });
      const eemland = await api.loginAs("medewerker@bouwbedrijf-eemland.demo");
      const request = await eemland.graphql<{
        requestIntake: { __typename: string; contactDeadline: { state: string; message: string } };
      }>(
        `mutation ($id: ID!) { requestIntake(contractId: $id, message: "Wij willen graag kennismaken.", preferredTimes: "di/do ochtend") {
        __typename ... on Contract { contactDeadline { state message } } } }`,
        { id: contract.id },
      );
      expect(request.data?.requestIntake).toEqual({
        __typename: "Contract",
        contactDeadline: { state: "MET", message: "Wij willen graag kennismaken." },
      });
      const mail = await api.prisma.outboxMessage.findFirst({
        where: { to: "consultant@wsp-amersfoort.demo", subject: { startsWith: "Intakeverzoek" } },
      });
      expect(mail?.subject).toBe("Intakeverzoek: AMF-2026-001 Renovatie sporthal Zielhorst");
      expect(mail?.text).toContain("di/do ochtend");

      const consultant = await api.loginAs("consultant@wsp-amersfoort.demo");
      const fresh = await api.prisma.contract.findUniqueOrThrow({ where: { id: contract.id } });
      const confirmed = await consultant.graphql<{
        confirmIntake: { __typename: string; status: string };
      }>(
        "mutation ($id: ID!, $v: Int!) { confirmIntake(contractId: $id, version: $v) { __typename ... on Contract { status } } }",
        { id: contract.id, v: fresh.version },
      );
      expect(confirmed.data?.confirmIntake).toEqual({ __typename: "Contract", status: "PLANNING" });

      const auditor = await api.loginAs("auditor@amersfoort.demo");
      const denied = await auditor.graphql(
        "mutation ($id: ID!) { confirmIntake(contractId: $id, version: 1) { __typename } }",
        { id: contract.id },
      );
      expect(denied.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    },
  );

  it.skipIf(!backend.available)(
    "lists with search, filters, sorting and stable paging",
    async () => {
      const admin = await api.loginAs("admin@platform.demo");
      const query = `query ($first: Int, $after: String, $filter: ContractFilter, $orderBy: ContractOrder) {
      contracts(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
        totalCount pageInfo { hasNextPage endCursor } edges { node { reference valueExclVat status } } } }`;
      type Page = {
        contracts: {
          totalCount: number;
          pageInfo: { hasNextPage: boolean; endCursor: string };
          edges: { node: { reference: string; valueExclVat: string; status: string } }[];
        };
      };
      const seen: string[] = [];
      let after: string | null = null;
      for (let page = 0; page < 10; page++) {
        const result: { data?: Page } = await admin.graphql<Page>(query, {
          first: 7,
          after,
          orderBy: { field: "VALUE", direction: "DESC" },
        });
        const connection = result.data?.contracts;
        seen.push(...(connection?.edges.map((e) => e.node.reference) ?? []));
        if (!connection?.pageInfo.hasNextPage) break;
        after = connection.pageInfo.endCursor;
      }
      const total = await api.prisma.contract.count();
      expect(seen).toHaveLength(total);
      expect(new Set(seen).size).toBe(total);
      const byValue = await api.prisma.contract.findMany({
        orderBy: [{ valueExclVat: "desc" }, { id: "asc" }],
      });
      expect(seen).toEqual(byValue.map((c) => c.reference));

      const search = await admin.graphql<Page>(query, { filter: { search: "spaarne" } });
      expect(search.data?.contracts.edges.map((e) => e.node.reference).sort()).toEqual(
        [
          "AMF-2023-031",
          "AMF-2026-002",
          "BRN-2025-006",
          "HLM-2023-015",
          "HLM-2026-001",
          "SOE-2026-002",
        ].sort(),
      );
      const closedWorks = await admin.graphql<Page>(query, {
        filter: { status: "CLOSED", kind: "WORKS", municipalityCode: "GM0392" },
      });
      expect(closedWorks.data?.contracts.edges.map((e) => e.node.reference)).toEqual([
        "HLM-2023-015",
      ]);
      const overdue = await admin.graphql<Page>(query, { filter: { overdue: true }, first: 100 });
      // One meaning with the "Te laat" badge: demo contracts awarded 9 or more days ago without
      // contact, the two registered above (awarded 2025-03-01, never contacted), and the demo
      // contracts whose contact came after the 7-day deadline (on day 9, 10, 11, 12 and 14).
      expect(overdue.data?.contracts.edges.map((e) => e.node.reference).sort()).toEqual([
        "AMF-2025-015",
        "AMF-2026-002",
        "AMF-2026-004",
        "AMF-TEST-001",
        "AMF-TEST-002",
        "BRN-2025-006",
        "BRN-2026-001",
        "HLM-2025-018",
        "HLM-2026-002",
        "HLM-2026-003",
        "HLM-SUB-2025-04",
        "SOE-2025-009",
        "SOE-2026-001",
        "SOE-2026-002",
      ]);
      const badges = await admin.graphql<{
        contracts: { edges: { node: { contactDeadline: { state: string } } }[] };
      }>("{ contracts(first: 100) { edges { node { contactDeadline { state } } } } }");
      expect(
        badges.data?.contracts.edges.filter((e) => e.node.contactDeadline.state === "OVERDUE"),
      ).toHaveLength(14);
      // The WSP's work queue in the demo: a plan waiting for review (SOE-2025-011) and a BBL
      // realisation waiting for review (AMF-2025-017); a plan sent back (BRN-2025-006) is not.
      const consultant = await api.loginAs("consultant@wsp-amersfoort.demo");
      const waiting = await consultant.graphql<Page>(query, {
        filter: { awaitingReview: true },
        first: 100,
      });
      expect(waiting.data?.contracts.edges.map((e) => e.node.reference).sort()).toEqual([
        "AMF-2025-017",
        "SOE-2025-011",
      ]);
    },
  );
});
