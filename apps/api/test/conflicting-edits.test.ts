// 50 people editing the same thing at the same moment: optimistic versions refuse every edit
// based on stale data, so no edit silently overwrites another (0 lost updates).
import { backends } from "@sroi/db/testing/backends";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Client, startTestApi, type TestApi } from "./support.js";

const EDITORS = 50;

describe.each(backends())("conflicting edits on $name", (backend) => {
  let api: TestApi;
  let contractor: Client;
  let contractId: string;
  beforeAll(async () => {
    if (!backend.available) return;
    api = await startTestApi(backend, { demo: true });
    contractor = await api.loginAs("admin@bouwbedrijf-eemland.demo");
    contractId = (
      await api.prisma.contract.findFirstOrThrow({
        where: { contractor: { kvkNumber: "90000001" }, status: "IN_EXECUTION" },
      })
    ).id;
  });
  afterAll(async () => {
    await api?.close();
  });

  it.skipIf(!backend.available)(
    "50 editors each add one hour to the same realisation, retrying on conflict: all 50 count",
    async () => {
      const submitted = await contractor.graphql<{ submitRealisation: { id: string } }>(
        `mutation ($id: ID!) { submitRealisation(contractId: $id, input: { blockCode: "INITIATIEF", hours: "10", personRef: "teller" }) { ... on Realisation { id } } }`,
        { id: contractId },
      );
      const id = submitted.data?.submitRealisation.id;
      let conflicts = 0;
      const addOneHour = async () => {
        for (;;) {
          const current = await contractor.graphql<{
            contract: { realisations: { id: string; version: number; hours: string }[] };
          }>("query ($c: ID!) { contract(id: $c) { realisations { id version hours } } }", {
            c: contractId,
          });
          const { version, hours } = current.data?.contract.realisations.find(
            (r) => r.id === id,
          ) ?? { version: 0, hours: "0" };
          const result = await contractor.graphql<{ correctRealisation: { __typename: string } }>(
            `mutation ($id: ID!, $v: Int!, $hours: Decimal!) { correctRealisation(id: $id, version: $v, input: { blockCode: "INITIATIEF", hours: $hours, personRef: "teller" }) { __typename } }`,
            { id, v: version, hours: String(Number(hours) + 1) },
          );
          const outcome = result.data?.correctRealisation.__typename;
          if (outcome === "Realisation") return;
          expect(outcome, JSON.stringify(result)).toBe("ConflictError");
          conflicts++;
        }
      };
      await Promise.all(Array.from({ length: EDITORS }, addOneHour));
      const final = await api.prisma.realisation.findUniqueOrThrow({ where: { id } });
      console.log(`${backend.name}: ${EDITORS} edits, ${conflicts} refused as stale and retried`);
      // 10 hours + 50 × 1 hour; one version step per accepted edit
      expect(final.hours?.toFixed(2)).toBe("60.00");
      expect(final.version).toBe(1 + EDITORS);
    },
  );

  it.skipIf(!backend.available)(
    "50 editors save the same plan draft at once: one is kept whole, 49 are told it changed",
    async () => {
      const other = await api.prisma.contract.findFirstOrThrow({
        where: {
          contractor: { kvkNumber: "90000001" },
          planVersions: { none: {} },
          status: { notIn: ["CLOSED", "ASSESSMENT"] },
        },
      });
      const SAVE = `mutation ($id: ID!, $basedOn: PlanVersionRef, $hours: Decimal!) {
        savePlan(contractId: $id, basedOn: $basedOn, reportFrequency: QUARTERLY, lines: [{ blockCode: "INITIATIEF", hours: $hours }]) {
          __typename ... on PlanVersion { id version } } }`;
      const draft = await contractor.graphql<{ savePlan: { id: string; version: number } }>(SAVE, {
        id: other.id,
        hours: "1",
      });
      const basedOn = {
        planId: draft.data?.savePlan.id,
        version: draft.data?.savePlan.version,
      };
      const results = await Promise.all(
        Array.from({ length: EDITORS }, (_, i) =>
          contractor.graphql<{ savePlan: { __typename: string } }>(SAVE, {
            id: other.id,
            basedOn,
            hours: String(i + 2),
          }),
        ),
      );
      const winners = results.flatMap((r, i) =>
        r.data?.savePlan.__typename === "PlanVersion" ? [i + 2] : [],
      );
      expect(winners).toHaveLength(1);
      expect(results.filter((r) => r.data?.savePlan.__typename === "ConflictError")).toHaveLength(
        EDITORS - 1,
      );
      const lines = await api.prisma.planLine.findMany({
        where: { planVersionId: basedOn.planId },
      });
      expect(lines.map((line) => line.hours?.toFixed(2))).toEqual([`${winners[0]}.00`]);
    },
  );
});
