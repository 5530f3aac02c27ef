// PSO certificates over real HTTP on both databases: the contractor records one, staff with a
// contract with it check it, and only a checked certificate covering the award date lowers the
// obligation of a contract registered after that, with a line that names the certificate.
import { backends } from "@sroi/db/testing/backends";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Client, startTestApi, type TestApi } from "./support.js";

const RECORD = /* GraphQL */ `
  mutation ($organisationId: ID!, $input: PsoCertificateInput!) {
    recordPsoCertificate(organisationId: $organisationId, input: $input) {
      __typename
      ... on PsoCertificate { id levelLabel checked viewerCanDelete }
      ... on ValidationError { issues { field message } }
      ... on Error { message }
    }
  }
`;

const CHECK = /* GraphQL */ `
  mutation ($id: ID!) {
    checkPsoCertificate(id: $id) {
      __typename
      ... on PsoCertificate { checked checkedAt checkedByName viewerCanCheck }
      ... on Error { message }
    }
  }
`;

const REGISTER = /* GraphQL */ `
  mutation ($contract: ContractInput!) {
    registerContract(municipalityCode: "GM0307", contract: $contract,
      contractor: { kvkNumber: "90000001" }) {
      __typename
      ... on Contract {
        id
        obligation { amount lines { label amount } }
        pso { lapsesBeforeEnd lapseMessage certificate { certificateNumber } }
      }
      ... on Error { message }
    }
  }
`;

const PREVIEW = /* GraphQL */ `
  query ($kvk: String) {
    obligationPreview(input: { municipalityCode: "GM0307", contractKind: WORKS,
      valueExclVat: "1000000.00", referenceDate: "2030-02-01", contractorKvkNumber: $kvk }) {
      __typename
      ... on ObligationPreview { amount lines { label amount } }
    }
  }
`;

/** Awarded in 2030 under the policy the test publishes for that year (50 % off for trede 2). */
const contract = (reference: string, endDate = "2031-06-30") => ({
  reference,
  title: "Nieuwbouw brandweerkazerne",
  kind: "WORKS",
  valueExclVat: "1000000.00",
  awardDate: "2030-02-01",
  startDate: "2030-03-01",
  endDate,
});

const CERTIFICATE = {
  level: "TREDE_2",
  certificateNumber: "PSO-TEST-0002",
  validFrom: "2029-07-01",
  validUntil: "2030-12-31",
};

describe.each(backends())("PSO certificates on $name", (backend) => {
  let api: TestApi;
  let eemlandId: string;
  let eemlandAdmin: Client;
  let coordinator: Client;
  beforeAll(async () => {
    if (!backend.available) return;
    api = await startTestApi(backend, { demo: true });
    const amersfoort = await api.prisma.municipality.findUniqueOrThrow({
      where: { code: "GM0307" },
    });
    const current = await api.prisma.policy.findFirstOrThrow({
      where: { municipalityId: amersfoort.id, status: "PUBLISHED" },
      orderBy: { validFrom: "desc" },
    });
    const { id: _id, createdAt: _c, updatedAt: _u, psoDiscounts: _p, ...rules } = current;
    await api.prisma.policy.create({
      data: {
        ...rules,
        name: "SR-beleid Amersfoort 2030 (test)",
        validFrom: new Date("2030-01-01T00:00:00Z"),
        percentage: "0.05",
        cap: null,
        psoDiscounts: { "trede 2": "0.50", "3": "0.75" },
      },
    });
    eemlandId = (
      await api.prisma.organisation.findUniqueOrThrow({ where: { kvkNumber: "90000001" } })
    ).id;
    // The demo's own certificate of Eemland would otherwise cover the award dates, some year
    await api.prisma.psoCertificate.deleteMany({ where: { organisationId: eemlandId } });
    eemlandAdmin = await api.loginAs("admin@bouwbedrijf-eemland.demo");
    coordinator = await api.loginAs("coordinator@amersfoort.demo");
  });
  afterAll(async () => {
    await api?.close();
  });

  it.skipIf(!backend.available)(
    "the contractor records, staff check, and only then does a new contract get the discount",
    async () => {
      const recorded = await eemlandAdmin.graphql<{
        recordPsoCertificate: { __typename: string; id: string; checked: boolean };
      }>(RECORD, { organisationId: eemlandId, input: CERTIFICATE });
      expect(recorded.data?.recordPsoCertificate).toMatchObject({
        __typename: "PsoCertificate",
        levelLabel: "trede 2",
        checked: false,
        viewerCanDelete: true,
      });
      const id = recorded.data?.recordPsoCertificate.id;

      // Not checked yet: no discount, and the breakdown says why
      const before = await coordinator.graphql<{
        registerContract: { obligation: { amount: string; lines: unknown[] }; pso: unknown };
      }>(REGISTER, { contract: contract("AMF-PSO-1") });
      // 1000000.00 × 0.05 = 50000.00; no discount
      expect(before.data?.registerContract.obligation).toEqual({
        amount: "50000.00",
        lines: [
          { label: "5 % van de opdrachtwaarde € 1.000.000,00 excl. btw", amount: "50000.00" },
          {
            label:
              "Geen PSO-korting: certificaat PSO-TEST-0002 (trede 2) is nog niet gecontroleerd",
            amount: "0.00",
          },
        ],
      });
      expect(before.data?.registerContract.pso).toBeNull();

      const checked = await coordinator.graphql<{ checkPsoCertificate: Record<string, unknown> }>(
        CHECK,
        { id },
      );
      expect(checked.data?.checkPsoCertificate).toMatchObject({
        __typename: "PsoCertificate",
        checked: true,
        checkedByName: expect.any(String),
        viewerCanCheck: false,
      });
      const again = await coordinator.graphql<{ checkPsoCertificate: Record<string, unknown> }>(
        CHECK,
        { id },
      );
      expect(again.data?.checkPsoCertificate).toEqual({
        __typename: "NotAllowedError",
        message: "Dit PSO-certificaat is al gecontroleerd.",
      });
      const events = await api.prisma.auditEvent.findMany({
        where: { entityType: "PsoCertificate", entityId: id },
        orderBy: { at: "asc" },
      });
      expect(events.map((e) => [e.action, e.actorEmail])).toEqual([
        ["pso.record", "admin@bouwbedrijf-eemland.demo"],
        ["pso.check", "coordinator@amersfoort.demo"],
      ]);

      const after = await coordinator.graphql<{
        registerContract: { obligation: unknown; pso: unknown };
      }>(REGISTER, { contract: contract("AMF-PSO-2") });
      // 1000000.00 × 0.05 = 50000.00; 50 % of 50000.00 = 25000.00 → 25000.00
      expect(after.data?.registerContract.obligation).toEqual({
        amount: "25000.00",
        lines: [
          { label: "5 % van de opdrachtwaarde € 1.000.000,00 excl. btw", amount: "50000.00" },
          {
            label:
              "PSO-korting trede 2 (certificaat PSO-TEST-0002, geldig t/m 31 december 2030): 50 % van € 50.000,00",
            amount: "-25000.00",
          },
        ],
      });
      // valid until 2030-12-31, the contract ends 2031-06-30: flagged
      expect(after.data?.registerContract.pso).toEqual({
        lapsesBeforeEnd: true,
        lapseMessage:
          "Het PSO-certificaat PSO-TEST-0002 (trede 2) is geldig tot en met 31 december 2030, vóór het einde van de opdracht op 30 juni 2031.",
        certificate: { certificateNumber: "PSO-TEST-0002" },
      });
      const within = await coordinator.graphql<{
        registerContract: { pso: { lapsesBeforeEnd: boolean } };
      }>(REGISTER, { contract: contract("AMF-PSO-3", "2030-12-31") });
      expect(within.data?.registerContract.pso.lapsesBeforeEnd).toBe(false);

      // The preview of one who may register shows the same; anyone else's has no contractor
      const preview = await coordinator.graphql<{ obligationPreview: { amount: string } }>(
        PREVIEW,
        { kvk: "90000001" },
      );
      expect(preview.data?.obligationPreview.amount).toBe("25000.00");
      const anonymous = await api.graphql<{ obligationPreview: { amount: string; lines: [] } }>(
        PREVIEW,
        { kvk: "90000001" },
      );
      expect(anonymous.data?.obligationPreview.amount).toBe("50000.00");
      expect(anonymous.data?.obligationPreview.lines).toHaveLength(1);

      // A checked certificate stays: a contract rests on it
      const deleted = await eemlandAdmin.graphql<{
        deletePsoCertificate: { __typename: string };
      }>("mutation ($id: ID!) { deletePsoCertificate(id: $id) { __typename } }", { id });
      expect(deleted.data?.deletePsoCertificate.__typename).toBe("NotAllowedError");
    },
  );

  it.skipIf(!backend.available)("refuses wrong input with every problem, in Dutch", async () => {
    const result = await eemlandAdmin.graphql<{
      recordPsoCertificate: { __typename: string; issues: { field: string; message: string }[] };
    }>(RECORD, {
      organisationId: eemlandId,
      input: {
        level: "TREDE_1",
        certificateNumber: " ",
        validFrom: "2027-01-01",
        validUntil: "2026-12-31",
      },
    });
    expect(result.data?.recordPsoCertificate).toMatchObject({
      __typename: "ValidationError",
      issues: [
        { field: "certificateNumber", message: "Vul het certificaatnummer in." },
        {
          field: "validUntil",
          message: "De einddatum van het certificaat ligt vóór de begindatum.",
        },
      ],
    });
    const first = { ...CERTIFICATE, certificateNumber: "PSO-TEST-DUBBEL" };
    await eemlandAdmin.graphql(RECORD, { organisationId: eemlandId, input: first });
    const twice = await eemlandAdmin.graphql<{
      recordPsoCertificate: { issues: { message: string }[] };
    }>(RECORD, { organisationId: eemlandId, input: first });
    expect(twice.data?.recordPsoCertificate.issues).toEqual([
      {
        field: "certificateNumber",
        message: "Certificaat PSO-TEST-DUBBEL staat al bij uw organisatie.",
      },
    ]);
  });

  it.skipIf(!backend.available)(
    "only the contractor's admin records, only staff working with it check",
    async () => {
      const spaarneAdmin = await api.loginAs("admin@groen-spaarne.demo");
      const foreign = await spaarneAdmin.graphql<{
        recordPsoCertificate: { __typename: string };
      }>(RECORD, {
        organisationId: eemlandId,
        input: { ...CERTIFICATE, certificateNumber: "PSO-TEST-VREEMD" },
      });
      expect(foreign.data?.recordPsoCertificate.__typename).toBe("NotAllowedError");
      const employee = await api.loginAs("medewerker@bouwbedrijf-eemland.demo");
      const notAdmin = await employee.graphql(RECORD, {
        organisationId: eemlandId,
        input: { ...CERTIFICATE, certificateNumber: "PSO-TEST-MEDEWERKER" },
      });
      expect(notAdmin.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");

      // A contractor that works only for Haarlem: Amersfoort may not check its certificate
      const loner = await api.prisma.organisation.create({
        data: { kind: "CONTRACTOR", name: "Alleen Haarlem B.V.", kvkNumber: "90000988" },
      });
      const certificate = await api.prisma.psoCertificate.create({
        data: {
          organisationId: loner.id,
          level: "TREDE_1",
          certificateNumber: "PSO-TEST-HAARLEM",
          validFrom: new Date("2026-01-01T00:00:00Z"),
          validUntil: new Date("2028-12-31T00:00:00Z"),
          recordedById: "seed",
        },
      });
      const refused = await coordinator.graphql<{ checkPsoCertificate: { __typename: string } }>(
        CHECK,
        { id: certificate.id },
      );
      expect(refused.data?.checkPsoCertificate.__typename).toBe("NotAllowedError");
      const auditor = await api.loginAs("auditor@amersfoort.demo");
      const readOnly = await auditor.graphql(CHECK, { id: certificate.id });
      expect(readOnly.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
      const row = await api.prisma.psoCertificate.findUniqueOrThrow({
        where: { id: certificate.id },
      });
      expect(row.checkedAt).toBeNull();
    },
  );

  it.skipIf(!backend.available)(
    "viewerCanCheck and viewerCanDelete say true exactly where the mutation is allowed",
    async () => {
      const actors = [
        "admin@platform.demo",
        "coordinator@amersfoort.demo",
        "consultant@wsp-amersfoort.demo",
        "auditor@amersfoort.demo",
        "coordinator@haarlem.demo",
        "admin@bouwbedrijf-eemland.demo",
        "medewerker@bouwbedrijf-eemland.demo",
        "admin@groen-spaarne.demo",
      ];
      const LIST = `query { organisations(search: "90000001") { psoCertificates {
        id viewerCanCheck viewerCanDelete } } }`;
      let serial = 0;
      for (const email of actors) {
        const client = await api.loginAs(email);
        for (const checked of [false, true]) {
          for (const action of ["check", "delete"] as const) {
            serial += 1;
            const row = await api.prisma.psoCertificate.create({
              data: {
                organisationId: eemlandId,
                level: "TREDE_3",
                certificateNumber: `PSO-TEST-CAN-${serial}`,
                validFrom: new Date("2026-01-01T00:00:00Z"),
                validUntil: new Date("2028-12-31T00:00:00Z"),
                recordedById: "test",
                checkedAt: checked ? new Date() : null,
              },
            });
            const listed = await client.graphql<{
              organisations: {
                psoCertificates: {
                  id: string;
                  viewerCanCheck: boolean;
                  viewerCanDelete: boolean;
                }[];
              }[];
            }>(LIST);
            const seen = listed.data?.organisations
              .flatMap((o) => o.psoCertificates)
              .find((c) => c.id === row.id);
            const says = action === "check" ? seen?.viewerCanCheck : seen?.viewerCanDelete;
            const attempt = await client.graphql<Record<string, { __typename: string }>>(
              action === "check"
                ? "mutation ($id: ID!) { checkPsoCertificate(id: $id) { __typename } }"
                : "mutation ($id: ID!) { deletePsoCertificate(id: $id) { __typename } }",
              { id: row.id },
            );
            const outcome = Object.values(attempt.data ?? {})[0]?.__typename;
            const allowed = !attempt.errors?.length && outcome !== "NotAllowedError";
            expect(
              { email, checked, action, says: says ?? false },
              `${email} ${action} (${checked ? "checked" : "unchecked"})`,
            ).toEqual({ email, checked, action, says: allowed });
          }
        }
      }
    },
  );
});
