import { backends } from "@sroi/db/testing/backends";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApi, type TestApi } from "./support.js";

const REGIONS_QUERY = /* GraphQL */ `
  query {
    regions {
      code
      name
      catalogueVersions {
        key name validFrom status source basisHours
        blocks { code name category kind amount share maxMonths minHoursPerWeek }
        bonuses { code name amount }
      }
    }
  }
`;

interface Block {
  code: string;
  kind: string;
  amount: string | null;
  share: string | null;
  maxMonths: number | null;
  minHoursPerWeek: string | null;
}
interface Version {
  key: string;
  validFrom: string | null;
  status: string;
  basisHours: string;
  blocks: Block[];
  bonuses: { code: string; amount: string }[];
}

describe.each(backends())("catalogue API over HTTP on $name", (backend) => {
  let api: TestApi;
  beforeAll(async () => {
    if (backend.available) api = await startTestApi(backend);
  });
  afterAll(async () => {
    await api?.close();
  });

  it.skipIf(!backend.available)(
    "lists every region with its published catalogues, exact values",
    async () => {
      api.operations.length = 0;
      const result = await api.graphql<{
        regions: { code: string; catalogueVersions: Version[] }[];
      }>(REGIONS_QUERY);
      expect(result.status).toBe(200);
      expect(result.errors).toBeUndefined();
      const regions = result.data?.regions ?? [];
      expect(regions.map((r) => r.code)).toEqual([
        "midden-utrecht",
        "harlingen",
        "haaglanden",
        "oost-nederland",
        "holland-rijnland-leiden",
        "regio-amersfoort",
        "zuid-kennemerland-ijmond",
      ]);
      // one Prisma query tree for the whole nested request, not one query per region or version
      expect(api.operations).toEqual(["Region.findMany"]);

      const utrecht = regions.find((r) => r.code === "midden-utrecht");
      expect(utrecht?.catalogueVersions.map((v) => v.key)).toEqual([
        "utrecht-current",
        "utrecht-earlier",
      ]);
      const versions = new Map(regions.flatMap((r) => r.catalogueVersions).map((v) => [v.key, v]));
      // the six shipped catalogues and the two concepts of our own regions; the earlier stored
      // copy of Utrecht is kept as RETIRED so that the current one is in force
      expect(versions.size).toBe(8);
      expect(
        [...versions.values()].filter((v) => v.status !== "PUBLISHED").map((v) => v.key),
      ).toEqual(["utrecht-earlier"]);
      expect(versions.get("utrecht-earlier")?.status).toBe("RETIRED");

      const haaglanden = versions.get("haaglanden-2023");
      expect(haaglanden?.validFrom).toBe("2023-07-01");
      expect(haaglanden?.basisHours).toBe("36");
      expect(haaglanden?.blocks.find((b) => b.code === "PW")).toEqual({
        code: "PW",
        name: "Participatiewet",
        category: "EMPLOYMENT",
        kind: "PER_FTE_YEAR",
        amount: "40000.00",
        share: null,
        maxMonths: 24,
        minHoursPerWeek: null,
      });
      expect(haaglanden?.blocks.find((b) => b.code === "SCHOLING")).toMatchObject({
        kind: "ACTUAL_COST",
        amount: null,
        share: null,
      });
      expect(
        versions.get("oost-nederland-v05-2023")?.blocks.find((b) => b.code === "INKOOP-SENL"),
      ).toMatchObject({
        kind: "INVOICE_SHARE",
        share: "0.50",
        amount: null,
      });
      expect(versions.get("harlingen")?.blocks.find((b) => b.code === "PW-LT2")).toMatchObject({
        amount: "35000.00",
        minHoursPerWeek: "12",
      });
      expect(versions.get("leiden-2023")?.bonuses).toEqual([
        {
          code: "PRO-VSO-NA-STAGE",
          name: "Pro/Vso: indienstname na stage van minimaal 6 maanden",
          amount: "10000.00",
        },
        { code: "55PLUS", name: "Werkzoekende van 55+", amount: "15000.00" },
      ]);
    },
  );

  it.skipIf(!backend.available)(
    "finds one version by key, and answers null for an unknown key",
    async () => {
      const query = `query ($key: String!) { catalogueVersion(key: $key) { key name region { code } blocks { code } } }`;
      const found = await api.graphql<{
        catalogueVersion: { key: string; region: { code: string }; blocks: unknown[] };
      }>(query, { key: "leiden-2023" });
      expect(found.data?.catalogueVersion.key).toBe("leiden-2023");
      expect(found.data?.catalogueVersion.region.code).toBe("holland-rijnland-leiden");
      expect(found.data?.catalogueVersion.blocks).toHaveLength(13);

      const missing = await api.graphql(query, { key: "bestaat-niet" });
      expect(missing.status).toBe(200);
      expect(missing.data).toEqual({ catalogueVersion: null });
    },
  );

  it.skipIf(!backend.available)(
    "answers a malformed query with a GraphQL error, not a crash",
    async () => {
      const result = await api.graphql("query { regions { doesNotExist } }");
      expect(result.status).toBe(400);
      expect(result.errors?.[0]?.message).toMatch(/Cannot query field "doesNotExist"/);
    },
  );

  it.skipIf(!backend.available)("reports healthy while the database answers", async () => {
    const response = await fetch(`${api.url}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok" });
  });
});
