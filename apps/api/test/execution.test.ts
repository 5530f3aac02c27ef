import { backends } from "@sroi/db/testing/backends";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Client, startTestApi, type TestApi } from "./support.js";

const PLAN_FIELDS = `__typename
  ... on PlanVersion { id number status version total projection { total percentageCovered gap } lines { blockCode people value valueLines { label amount } } reviewComment }
  ... on ValidationError { issues { field message } }
  ... on Error { message }`;
const REALISATION_FIELDS = `__typename
  ... on Realisation { id status version value valueLines { label amount } personRef personName reviewReason correctRefusal }
  ... on ValidationError { issues { field message } }
  ... on Error { message }`;

interface Plan {
  __typename: string;
  id: string;
  number: number;
  status: string;
  version: number;
  total: string;
  projection: { total: string; percentageCovered: string | null; gap: string };
  lines: { blockCode: string; people: number; value: string }[];
  issues?: { field: string; message: string }[];
  message?: string;
}
interface Realisation {
  __typename: string;
  id: string;
  status: string;
  version: number;
  value: string;
  valueLines: { label: string; amount: string }[];
  correctRefusal: string | null;
  personRef: string | null;
  personName: string | null;
  reviewReason: string | null;
  issues?: { field: string; message: string }[];
}

describe.each(backends())("plan van aanpak and realisations on $name", (backend) => {
  let api: TestApi;
  let contractor: Client;
  let consultant: Client;
  let contractId: string;
  beforeAll(async () => {
    if (!backend.available) return;
    api = await startTestApi(backend, { demo: true });
    contractor = await api.loginAs("admin@bouwbedrijf-eemland.demo");
    consultant = await api.loginAs("consultant@wsp-amersfoort.demo");
    // Works of € 5.200.000 for Bouwbedrijf Eemland → obligation € 260.000, catalogue
    // regio-amersfoort-concept; fixed dates so the counted days do not depend on today.
    const coordinator = await api.loginAs("coordinator@amersfoort.demo");
    const registered = await coordinator.graphql<{ registerContract: { id: string } }>(
      `mutation { registerContract(municipalityCode: "GM0307",
        contract: { reference: "AMF-TEST-EXEC", title: "Nieuwbouw zwembad", kind: WORKS, valueExclVat: "5200000.00",
          awardDate: "2025-12-01", startDate: "2026-01-01", endDate: "2027-12-31" },
        contractor: { kvkNumber: "90000001" }) { ... on Contract { id } } }`,
    );
    contractId = registered.data?.registerContract.id ?? "";
  });
  afterAll(async () => {
    await api?.close();
  });

  async function plan(
    client: Client,
    query: string,
    variables: Record<string, unknown>,
    field: string,
  ): Promise<Plan> {
    const result = await client.graphql<Record<string, Plan>>(query, variables);
    expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
    const value = result.data?.[field];
    if (!value) throw new Error(JSON.stringify(result));
    return value;
  }

  const SAVE = `mutation ($contractId: ID!, $basedOn: PlanVersionRef, $lines: [PlanLineInput!]!) {
    savePlan(contractId: $contractId, basedOn: $basedOn, reportFrequency: QUARTERLY, lines: $lines) { ${PLAN_FIELDS} } }`;

  it.skipIf(!backend.available)(
    "drafts, submits, gets changes requested, resubmits and gets the plan approved",
    async () => {
      const draft = await plan(
        contractor,
        SAVE,
        {
          contractId,
          basedOn: null,
          lines: [
            {
              blockCode: "PW",
              people: 2,
              hoursPerWeek: "36",
              startDate: "2026-01-01",
              endDate: "2026-12-31",
            },
          ],
        },
        "savePlan",
      );
      // 2 × 40000 × 365/365 = 80000.00 of 260000.00 → 30.77 %, gap 180000.00
      expect(draft).toMatchObject({
        number: 1,
        status: "DRAFT",
        total: "80000.00",
        projection: { percentageCovered: "30.77", gap: "180000.00" },
      });

      const stale = await plan(
        contractor,
        SAVE,
        { contractId, basedOn: { planId: draft.id, version: draft.version + 3 }, lines: [] },
        "savePlan",
      );
      expect(stale.__typename).toBe("ConflictError");

      const invalid = await plan(
        contractor,
        SAVE,
        {
          contractId,
          basedOn: { planId: draft.id, version: draft.version },
          lines: [{ blockCode: "PW", hoursPerWeek: "36" }, { blockCode: "NOPE" }],
        },
        "savePlan",
      );
      expect(invalid.__typename).toBe("ValidationError");
      expect(invalid.issues?.map((i) => i.field)).toEqual([
        "lines.0.startDate",
        "lines.1.blockCode",
      ]);

      const submitted = await plan(
        contractor,
        "mutation ($id: ID!, $v: Int!) { submitPlan(planId: $id, version: $v) { " +
          PLAN_FIELDS +
          " } }",
        { id: draft.id, v: draft.version },
        "submitPlan",
      );
      expect(submitted.status).toBe("SUBMITTED");

      const noComment = await plan(
        consultant,
        "mutation ($id: ID!, $v: Int!) { reviewPlan(planId: $id, version: $v, approve: false) { " +
          PLAN_FIELDS +
          " } }",
        { id: draft.id, v: submitted.version },
        "reviewPlan",
      );
      expect(noComment.issues).toEqual([
        { field: "comment", message: "Schrijf welke wijzigingen u vraagt." },
      ]);
      const sentBack = await plan(
        consultant,
        'mutation ($id: ID!, $v: Int!) { reviewPlan(planId: $id, version: $v, approve: false, comment: "Voeg een BBL-plek toe.") { ' +
          PLAN_FIELDS +
          " } }",
        { id: draft.id, v: submitted.version },
        "reviewPlan",
      );
      expect(sentBack).toMatchObject({
        status: "CHANGES_REQUESTED",
        reviewComment: "Voeg een BBL-plek toe.",
      });

      const second = await plan(
        contractor,
        SAVE,
        {
          contractId,
          basedOn: { planId: draft.id, version: sentBack.version },
          lines: [
            {
              blockCode: "PW",
              people: 2,
              hoursPerWeek: "36",
              startDate: "2026-01-01",
              endDate: "2026-12-31",
            },
            {
              blockCode: "BBL",
              hoursPerWeek: "32",
              startDate: "2026-01-01",
              endDate: "2026-12-31",
              bonusCodes: [],
            },
          ],
        },
        "savePlan",
      );
      // BBL 35000 × 32/36 × 365/365 = 31111.11; total 111111.11
      expect(second).toMatchObject({ number: 2, status: "DRAFT", total: "111111.11" });
      const resubmitted = await plan(
        contractor,
        "mutation ($id: ID!, $v: Int!) { submitPlan(planId: $id, version: $v) { " +
          PLAN_FIELDS +
          " } }",
        { id: second.id, v: second.version },
        "submitPlan",
      );
      const approved = await plan(
        consultant,
        "mutation ($id: ID!, $v: Int!) { reviewPlan(planId: $id, version: $v, approve: true) { " +
          PLAN_FIELDS +
          " } }",
        { id: second.id, v: resubmitted.version },
        "reviewPlan",
      );
      expect(approved.status).toBe("APPROVED");

      const versions = await contractor.graphql<{
        contract: { status: string; plans: { number: number; status: string }[] };
      }>("query ($id: ID!) { contract(id: $id) { status plans { number status } } }", {
        id: contractId,
      });
      expect(versions.data?.contract.plans).toEqual([
        { number: 2, status: "APPROVED" },
        { number: 1, status: "CHANGES_REQUESTED" },
      ]);
      // The intake was never confirmed: the approved plan alone does not start the execution.
      expect(versions.data?.contract.status).toBe("PLANNING");
      const confirmed = await consultant.graphql<{
        confirmIntake: { __typename: string; status: string };
      }>(
        "mutation ($id: ID!, $v: Int!) { confirmIntake(contractId: $id, version: $v) { __typename ... on Contract { status } } }",
        {
          id: contractId,
          v: (await api.prisma.contract.findUniqueOrThrow({ where: { id: contractId } })).version,
        },
      );
      // Both agreed now: the confirmed intake puts the contract into execution.
      expect(confirmed.data?.confirmIntake).toEqual({
        __typename: "Contract",
        status: "IN_EXECUTION",
      });

      const compared = await consultant.graphql<{
        comparePlanVersions: {
          blockCode: string;
          status: string;
          after: { inputs: string } | null;
        }[];
      }>(
        "query ($a: ID!, $b: ID!) { comparePlanVersions(beforeId: $a, afterId: $b) { blockCode status after { inputs } } }",
        { a: draft.id, b: second.id },
      );
      expect(compared.data?.comparePlanVersions).toEqual([
        {
          blockCode: "PW",
          status: "UNCHANGED",
          after: { inputs: "36 uur per week, 1 januari 2026 t/m 31 december 2026" },
        },
        {
          blockCode: "BBL",
          status: "ADDED",
          after: { inputs: "32 uur per week, 1 januari 2026 t/m 31 december 2026" },
        },
      ]);
    },
  );

  it.skipIf(!backend.available)(
    "reports realisations, values them on the server, and counts only accepted ones",
    async () => {
      const SUBMIT = `mutation ($contractId: ID!, $input: RealisationInput!) { submitRealisation(contractId: $contractId, input: $input) { ${REALISATION_FIELDS} } }`;
      const submit = async (input: Record<string, unknown>) =>
        (
          await contractor.graphql<{ submitRealisation: Realisation }>(SUBMIT, {
            contractId,
            input,
          })
        ).data?.submitRealisation;

      const bsn = await submit({
        blockCode: "PW",
        personRef: "123.456.782",
        hoursPerWeek: "36",
        startDate: "2026-01-01",
        endDate: "2026-06-30",
      });
      expect(bsn?.issues?.map((i) => i.field)).toEqual(["personRef"]);

      // 40000 × 24/36 × 181/365 = 13223.744… → 13223.74
      const first = await submit({
        blockCode: "PW",
        personRef: "K-001",
        personName: "Sam de Boer",
        hoursPerWeek: "24",
        startDate: "2026-01-01",
        endDate: "2026-06-30",
        homeMunicipalityCode: "GM0307",
      });
      expect(first).toMatchObject({
        status: "SUBMITTED",
        value: "13223.74",
        personRef: "K-001",
        personName: null,
      });
      // 100 × 12 = 1200.00
      const second = await submit({
        blockCode: "INITIATIEF",
        hours: "12",
        description: "Schilderen buurthuis",
      });
      expect(second?.value).toBe("1200.00");
      // invoice share 1.00 × 2500.50
      const third = await submit({
        blockCode: "INKOOP",
        amountExclVat: "2500.50",
        supplierName: "Werkbedrijf Eemvallei",
        supplierKvk: "90000010",
        invoiceNumber: "F-77",
        invoiceDate: "2026-03-01",
      });
      expect(third?.value).toBe("2500.50");
      const maatwerk = await submit({ maatwerkDescription: "Gastlessen bouwtechniek op het vmbo" });
      expect(maatwerk?.value).toBe("0.00");
      // The stored line names no organisation: who carries out the policy may change before review.
      expect(maatwerk?.valueLines).toEqual([
        { label: "Maatwerk: de waarde wordt vastgesteld bij acceptatie", amount: "0.00" },
      ]);

      const REVIEW = `mutation ($id: ID!, $v: Int!, $accept: Boolean!, $reason: String, $value: Decimal) {
      reviewRealisation(id: $id, version: $v, accept: $accept, reason: $reason, maatwerkValue: $value) { ${REALISATION_FIELDS} } }`;
      const review = async (r: Realisation | undefined, variables: Record<string, unknown>) =>
        (
          await consultant.graphql<{ reviewRealisation: Realisation }>(REVIEW, {
            id: r?.id,
            v: r?.version,
            ...variables,
          })
        ).data?.reviewRealisation;

      const accepted = await review(first, { accept: true });
      expect(accepted).toMatchObject({ status: "ACCEPTED", personName: "Sam de Boer" });
      expect(await review(second, { accept: false })).toMatchObject({
        __typename: "ValidationError",
      });
      const rejected = await review(second, { accept: false, reason: "Geen bewijs van de uren." });
      expect(rejected).toMatchObject({
        status: "REJECTED",
        reviewReason: "Geen bewijs van de uren.",
      });
      expect(await review(maatwerk, { accept: true })).toMatchObject({
        __typename: "ValidationError",
      });
      expect(
        await review(maatwerk, {
          accept: true,
          value: "3000.00",
          reason: "Vier gastlessen van een dagdeel, gelijk aan 30 uur × € 100.",
        }),
      ).toMatchObject({
        status: "ACCEPTED",
        value: "3000.00",
        valueLines: [
          {
            label:
              "Maatwerk, gewaardeerd door WSP regio Amersfoort: Vier gastlessen van een dagdeel, gelijk aan 30 uur × € 100.",
            amount: "3000.00",
          },
        ],
      });

      // the contractor corrects the rejected one; it goes back for review
      const CORRECT = `mutation ($id: ID!, $v: Int!, $input: RealisationInput!) { correctRealisation(id: $id, version: $v, input: $input) { ${REALISATION_FIELDS} } }`;
      const corrected = (
        await contractor.graphql<{ correctRealisation: Realisation }>(CORRECT, {
          id: rejected?.id,
          v: rejected?.version,
          input: {
            blockCode: "INITIATIEF",
            hours: "10",
            description: "Schilderen buurthuis, urenstaat bijgevoegd",
          },
        })
      ).data?.correctRealisation;
      expect(corrected).toMatchObject({
        status: "SUBMITTED",
        value: "1000.00",
        reviewReason: null,
      });
      // an accepted entry is closed to the contractor
      const locked = (
        await contractor.graphql<{ correctRealisation: Realisation }>(CORRECT, {
          id: accepted?.id,
          v: accepted?.version,
          input: { blockCode: "PW" },
        })
      ).data?.correctRealisation;
      const closed =
        "WSP regio Amersfoort heeft deze verantwoording geaccepteerd. Een geaccepteerde verantwoording kan niet meer worden gewijzigd; klopt er iets niet, neem dan contact op met WSP regio Amersfoort.";
      expect(locked).toMatchObject({ __typename: "NotAllowedError", message: closed });
      const shown = await contractor.graphql<{
        contract: { realisations: { id: string; correctRefusal: string | null }[] };
      }>("query ($id: ID!) { contract(id: $id) { realisations { id correctRefusal } } }", {
        id: contractId,
      });
      expect(
        shown.data?.contract.realisations.find((r) => r.id === accepted?.id)?.correctRefusal,
      ).toBe(closed);

      const progress = await consultant.graphql<{
        contract: { progress: Record<string, unknown> };
      }>(
        "query ($id: ID!) { contract(id: $id) { progress { obligation accepted pending rejected planned percentageAccepted gap } } }",
        { id: contractId },
      );
      // accepted 13223.74 + 3000.00 = 16223.74; pending 1000.00 + 2500.50 = 3500.50; of 260000.00 → 6.24 %
      expect(progress.data?.contract.progress).toEqual({
        obligation: "260000.00",
        accepted: "16223.74",
        pending: "3500.50",
        rejected: "0.00",
        planned: "111111.11",
        percentageAccepted: "6.24",
        gap: "243776.26",
      });
      const trail = await api.prisma.auditEvent.findMany({
        where: { entityType: "Realisation", contractId },
      });
      // 4 submitted, 3 reviewed, 1 corrected; refused attempts leave no trace
      expect(trail.map((e) => e.action).sort()).toEqual([
        "realisation.accept",
        "realisation.accept",
        "realisation.correct",
        "realisation.reject",
        "realisation.submit",
        "realisation.submit",
        "realisation.submit",
        "realisation.submit",
      ]);
      expect(JSON.stringify(trail.map((e) => e.after))).not.toContain("Sam de Boer");
    },
  );

  it.skipIf(!backend.available)(
    "keeps the person's name when a correction leaves it empty, since the contractor cannot see it",
    async () => {
      const FIELDS = "... on Realisation { id version personName value } ... on Error { message }";
      const employment = {
        blockCode: "PW",
        personRef: "K-002",
        hoursPerWeek: "36",
        startDate: "2026-01-01",
        endDate: "2026-03-31",
      };
      const submitted = (
        await contractor.graphql<{ submitRealisation: Realisation }>(
          `mutation ($contractId: ID!, $input: RealisationInput!) { submitRealisation(contractId: $contractId, input: $input) { ${FIELDS} } }`,
          { contractId, input: { ...employment, personName: "Noor Bakker" } },
        )
      ).data?.submitRealisation;
      // Corrected to end a month earlier: 1 January through 28 February is 59 days.
      const corrected = (
        await contractor.graphql<{ correctRealisation: Realisation }>(
          `mutation ($id: ID!, $v: Int!, $input: RealisationInput!) { correctRealisation(id: $id, version: $v, input: $input) { ${FIELDS} } }`,
          {
            id: submitted?.id,
            v: submitted?.version,
            input: { ...employment, endDate: "2026-02-28" },
          },
        )
      ).data?.correctRealisation;
      // 40000 × 59/365 = 6465.753… → 6465.75
      expect(corrected).toMatchObject({ value: "6465.75", personName: null });
      const seen = await consultant.graphql<{
        contract: { realisations: { id: string; personName: string | null }[] };
      }>("query ($id: ID!) { contract(id: $id) { realisations { id personName } } }", {
        id: contractId,
      });
      expect(seen.data?.contract.realisations.find((r) => r.id === submitted?.id)).toEqual({
        id: submitted?.id,
        personName: "Noor Bakker",
      });
    },
  );

  it.skipIf(!backend.available)(
    "a Haarlem contractor reads its own team's name in the maatwerk value and the refusal to correct",
    async () => {
      const coordinator = await api.loginAs("coordinator@haarlem.demo");
      const registered = await coordinator.graphql<{ registerContract: { id: string } }>(
        `mutation { registerContract(municipalityCode: "GM0392",
          contract: { reference: "HLM-TEST-EXEC", title: "Groenonderhoud parken", kind: SERVICES,
            valueExclVat: "400000.00", awardDate: "2025-12-01", startDate: "2026-01-01", endDate: "2026-12-31" },
          contractor: { kvkNumber: "90000002" }) { ... on Contract { id } } }`,
      );
      const haarlemContract = registered.data?.registerContract.id;
      const spaarne = await api.loginAs("admin@groen-spaarne.demo");
      const submitted = (
        await spaarne.graphql<{ submitRealisation: Realisation }>(
          `mutation ($contractId: ID!, $input: RealisationInput!) { submitRealisation(contractId: $contractId, input: $input) { ${REALISATION_FIELDS} } }`,
          { contractId: haarlemContract, input: { maatwerkDescription: "Rondleiding kwekerij" } },
        )
      ).data?.submitRealisation;
      const team = await api.loginAs("accountmanager@haarlem.demo");
      const accepted = (
        await team.graphql<{ reviewRealisation: Realisation }>(
          `mutation ($id: ID!, $v: Int!) { reviewRealisation(id: $id, version: $v, accept: true, reason: "Twee uur, vier begeleiders.", maatwerkValue: "800.00") { ${REALISATION_FIELDS} } }`,
          { id: submitted?.id, v: submitted?.version },
        )
      ).data?.reviewRealisation;
      expect(accepted?.valueLines).toEqual([
        {
          label:
            "Maatwerk, gewaardeerd door Team Social Return gemeente Haarlem: Twee uur, vier begeleiders.",
          amount: "800.00",
        },
      ]);
      const shown = await spaarne.graphql<{
        contract: { realisations: { correctRefusal: string | null }[] };
      }>("query ($id: ID!) { contract(id: $id) { realisations { correctRefusal } } }", {
        id: haarlemContract,
      });
      expect(shown.data?.contract.realisations[0]?.correctRefusal).toBe(
        "Team Social Return gemeente Haarlem heeft deze verantwoording geaccepteerd. Een geaccepteerde verantwoording kan niet meer worden gewijzigd; klopt er iets niet, neem dan contact op met Team Social Return gemeente Haarlem.",
      );
    },
  );

  it.skipIf(!backend.available)(
    "another contractor can neither plan nor report on this contract",
    async () => {
      const spaarne = await api.loginAs("admin@groen-spaarne.demo");
      const result = await spaarne.graphql<{ submitRealisation: { __typename: string } }>(
        'mutation ($id: ID!) { submitRealisation(contractId: $id, input: { blockCode: "INITIATIEF", hours: "1" }) { __typename } }',
        { id: contractId },
      );
      expect(result.data?.submitRealisation.__typename).toBe("NotAllowedError");
    },
  );
});
