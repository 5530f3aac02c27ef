import { backends } from "@sroi/db/testing/backends";
import {
  type BlockDefinition,
  type BonusDefinition,
  bonusAppliesTo,
  valueBlock,
} from "@sroi/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApi, type TestApi } from "./support.js";

const VALUE_PREVIEW = /* GraphQL */ `
  query ($input: ValuePreviewInput!) {
    valuePreview(input: $input) {
      __typename
      ... on ValuePreview { total countedDays lines { label amount } }
      ... on Error { message }
      ... on InputError { field }
    }
  }
`;

const OBLIGATION_PREVIEW = /* GraphQL */ `
  query ($input: ObligationPreviewInput!) {
    obligationPreview(input: $input) {
      __typename
      ... on ObligationPreview {
        kind percentage amount lines { label amount }
        policy { name conceptNote }
        catalogueVersion { key conceptNote }
      }
      ... on Error { message }
      ... on InputError { field }
    }
  }
`;

interface Preview {
  __typename: string;
  total?: string;
  countedDays?: number | null;
  lines?: { label: string; amount: string }[];
  message?: string;
  field?: string | null;
}

describe.each(backends())("rekenhulp API on $name", (backend) => {
  let api: TestApi;
  beforeAll(async () => {
    if (backend.available) api = await startTestApi(backend);
  });
  afterAll(async () => {
    await api?.close();
  });

  async function value(input: Record<string, unknown>): Promise<Preview> {
    const result = await api.graphql<{ valuePreview: Preview }>(VALUE_PREVIEW, { input });
    expect(result.errors).toBeUndefined();
    if (!result.data) throw new Error("no data");
    return result.data.valuePreview;
  }

  async function obligation(input: Record<string, unknown>) {
    const result = await api.graphql<{
      obligationPreview: Preview & {
        kind?: string;
        percentage?: string | null;
        amount?: string;
        policy?: { name: string; conceptNote: string | null };
        catalogueVersion?: { key: string; conceptNote: string | null } | null;
      };
    }>(OBLIGATION_PREVIEW, { input });
    expect(result.errors).toBeUndefined();
    if (!result.data) throw new Error("no data");
    return result.data.obligationPreview;
  }

  it.skipIf(!backend.available)(
    "values a full leap year of Participatiewet with a 50+ bonus (Utrecht)",
    async () => {
      const preview = await value({
        catalogueKey: "utrecht-current",
        blockCode: "PW",
        startDate: "2024-01-01",
        endDate: "2024-12-31",
        hoursPerWeek: "36",
        bonusCodes: ["50PLUS"],
      });
      // 40000 × 36/36 × 366/365 = 40109.589… → 40109.59; 10000 × 366/365 = 10027.397… → 10027.40
      expect(preview.__typename).toBe("ValuePreview");
      expect(preview.countedDays).toBe(366);
      expect(preview.lines?.map((line) => line.amount)).toEqual(["40109.59", "10027.40"]);
      expect(preview.total).toBe("50136.99");
    },
  );

  it.skipIf(!backend.available)(
    "values a month block and an invoice share exactly (Oost-Nederland)",
    async () => {
      // 750 × 91 × 12 / 365 = 2243.835… → 2243.84
      const wep = await value({
        catalogueKey: "oost-nederland-v05-2023",
        blockCode: "WEP",
        startDate: "2024-01-01",
        endDate: "2024-03-31",
      });
      expect(wep.total).toBe("2243.84");
      // 1234.57 × 0.50 = 617.285 → 617.29 (half up)
      const purchase = await value({
        catalogueKey: "oost-nederland-v05-2023",
        blockCode: "INKOOP-SENL",
        amountExclVat: "1234.57",
      });
      expect(purchase.total).toBe("617.29");
    },
  );

  it.skipIf(!backend.available)(
    "cuts a Haaglanden WW placement off after its 12 months and at the contract end",
    async () => {
      // 2023-03-01 + 12 months counts through 2024-02-29: 366 days → 20000 × 366/365 = 20054.79
      const full = await value({
        catalogueKey: "haaglanden-2023",
        blockCode: "WW",
        startDate: "2023-03-01",
        endDate: "2025-02-28",
        hoursPerWeek: "36",
      });
      expect(full.countedDays).toBe(366);
      expect(full.total).toBe("20054.79");
      // contract ends 2023-03-31: 31 days → 20000 × 31/365 = 1698.63
      const cut = await value({
        catalogueKey: "haaglanden-2023",
        blockCode: "WW",
        startDate: "2023-03-01",
        endDate: "2025-02-28",
        hoursPerWeek: "36",
        contractStart: "2023-01-01",
        contractEnd: "2023-03-31",
      });
      expect(cut.countedDays).toBe(31);
      expect(cut.total).toBe("1698.63");
    },
  );

  it.skipIf(!backend.available)(
    "answers bad input with an InputError naming the field, in Dutch",
    async () => {
      const cases: [Record<string, unknown>, string][] = [
        [{ catalogueKey: "bestaat-niet", blockCode: "PW" }, "catalogueKey"],
        [{ catalogueKey: "utrecht-current", blockCode: "XYZ" }, "blockCode"],
        [{ catalogueKey: "utrecht-current", blockCode: "PW", bonusCodes: ["GEEN"] }, "bonusCodes"],
        [
          {
            catalogueKey: "utrecht-current",
            blockCode: "INKOOP",
            amountExclVat: "100",
            bonusCodes: ["50PLUS"],
          },
          "bonusCodes",
        ],
        [
          {
            catalogueKey: "utrecht-current",
            blockCode: "PW",
            startDate: "2024-02-01",
            endDate: "2024-01-01",
            hoursPerWeek: "36",
          },
          "endDate",
        ],
        [
          {
            catalogueKey: "utrecht-current",
            blockCode: "PW",
            startDate: "2024-01-01",
            endDate: "2024-02-01",
          },
          "hoursPerWeek",
        ],
        [
          {
            catalogueKey: "utrecht-current",
            blockCode: "PW",
            startDate: "2024-01-01",
            endDate: "2024-02-01",
            hoursPerWeek: "-4",
          },
          "hoursPerWeek",
        ],
        [{ catalogueKey: "utrecht-current", blockCode: "INITIATIEF" }, "hours"],
      ];
      for (const [input, field] of cases) {
        const preview = await value(input);
        expect(preview.__typename, JSON.stringify(input)).toBe("InputError");
        expect(preview.field, JSON.stringify(input)).toBe(field);
        expect(preview.message).toMatch(/[a-z]/);
      }
      // an impossible date is refused by the Date scalar itself, before the preview runs
      const impossible = await api.graphql(VALUE_PREVIEW, {
        input: {
          catalogueKey: "utrecht-current",
          blockCode: "PW",
          startDate: "2023-02-30",
          endDate: "2024-02-01",
          hoursPerWeek: "4",
        },
      });
      expect(impossible.errors?.[0]?.message).toBe(
        "2023-02-30 is geen bestaande datum. (input.startDate)",
      );
      const unknown = await value({ catalogueKey: "bestaat-niet", blockCode: "PW" });
      expect(unknown.message).toBe('Onbekend bouwblokkenmodel "bestaat-niet".');
    },
  );

  it.skipIf(!backend.available)(
    "computes Amersfoort obligations: 5 % from €200.000, an activity below",
    async () => {
      const large = await obligation({
        municipalityCode: "GM0307",
        contractKind: "WORKS",
        valueExclVat: "1000000.00",
        referenceDate: "2025-03-01",
      });
      expect(large).toMatchObject({ kind: "PERCENTAGE", percentage: "0.05", amount: "50000.00" });
      expect(large.policy?.conceptNote).toBe("concept — te bevestigen door de gemeente");
      expect(large.catalogueVersion?.key).toBe("regio-amersfoort-concept");
      expect(large.catalogueVersion?.conceptNote).toMatch(/te bevestigen/);

      // 200000.10 × 0.05 = 10000.005 → 10000.01 (half up)
      const rounded = await obligation({
        municipalityCode: "GM0342",
        contractKind: "SERVICES",
        valueExclVat: "200000.10",
        referenceDate: "2025-03-01",
      });
      expect(rounded.amount).toBe("10000.01");

      const small = await obligation({
        municipalityCode: "GM0308",
        contractKind: "SUPPLIES",
        valueExclVat: "199999.99",
        referenceDate: "2025-03-01",
      });
      expect(small).toMatchObject({ kind: "ACTIVITY", percentage: null, amount: "0.00" });

      const subsidy = await obligation({
        municipalityCode: "GM0307",
        contractKind: "SUBSIDY",
        valueExclVat: "500000.00",
        referenceDate: "2025-03-01",
      });
      expect(subsidy).toMatchObject({ kind: "NONE", amount: "0.00" });
    },
  );

  it.skipIf(!backend.available)(
    "computes Haarlem obligations: supplies only with at least 30 % labour",
    async () => {
      const base = { municipalityCode: "GM0392", referenceDate: "2025-03-01" };
      expect(
        await obligation({
          ...base,
          contractKind: "SUPPLIES",
          valueExclVat: "500000.00",
          labourShare: "0.25",
        }),
      ).toMatchObject({ kind: "NONE", amount: "0.00" });
      expect(
        await obligation({
          ...base,
          contractKind: "SUPPLIES",
          valueExclVat: "500000.00",
          labourShare: "0.30",
        }),
      ).toMatchObject({ kind: "PERCENTAGE", amount: "25000.00" });
      expect(
        await obligation({ ...base, contractKind: "SUBSIDY", valueExclVat: "300000.00" }),
      ).toMatchObject({
        kind: "PERCENTAGE",
        amount: "15000.00",
      });
      expect(
        await obligation({ ...base, contractKind: "WORKS", valueExclVat: "150000.00" }),
      ).toMatchObject({
        kind: "NONE",
        amount: "0.00",
      });
    },
  );

  it.skipIf(!backend.available)(
    "answers bad obligation input with an InputError naming the field",
    async () => {
      const base = {
        municipalityCode: "GM0307",
        contractKind: "WORKS",
        valueExclVat: "300000.00",
        referenceDate: "2025-01-01",
      };
      const cases: [Record<string, unknown>, string][] = [
        [{ ...base, municipalityCode: "GM9999" }, "municipalityCode"],
        [{ ...base, labourShare: "1.5" }, "labourShare"],
        [{ ...base, labourShare: "-0.1" }, "labourShare"],
        [{ ...base, valueExclVat: "-1" }, "valueExclVat"],
        [{ ...base, municipalityCode: "GM0392", referenceDate: "2020-01-01" }, "referenceDate"],
      ];
      const leapless = await api.graphql(OBLIGATION_PREVIEW, {
        input: { ...base, referenceDate: "2025-02-29" },
      });
      expect(leapless.errors?.[0]?.message).toBe(
        "2025-02-29 is geen bestaande datum. (input.referenceDate)",
      );
      for (const [input, field] of cases) {
        const preview = await obligation(input);
        expect(preview.__typename, JSON.stringify(input)).toBe("InputError");
        expect(preview.field, JSON.stringify(input)).toBe(field);
      }
    },
  );

  it.skipIf(!backend.available)(
    "agrees to the cent with the browser's computation on 300 generated inputs",
    async () => {
      // The apps compute with @sroi/domain on the catalogue as the API serves it; do the same here.
      const catalogue = await api.graphql<{
        regions: {
          catalogueVersions: {
            key: string;
            basisHours: string;
            blocks: BlockDefinition[];
            bonuses: BonusDefinition[];
          }[];
        }[];
      }>(`{ regions { catalogueVersions { key basisHours
            blocks { code name category kind amount share maxMonths minHoursPerWeek }
            bonuses { code name amount appliesTo oneOff } } } }`);
      const versions = (catalogue.data?.regions ?? []).flatMap((r) => r.catalogueVersions);
      const random = mulberry32(20261122);
      const pick = <T>(items: readonly T[]): T => {
        const item = items[Math.floor(random() * items.length)];
        if (item === undefined) throw new Error("empty list");
        return item;
      };
      const day = (offset: number) =>
        new Date(Date.UTC(2023, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10);
      const decimal = (max: number, places: number) => (random() * max).toFixed(places);

      let compared = 0;
      for (let i = 0; i < 300; i++) {
        const version = pick(versions);
        const block = pick(version.blocks);
        const start = Math.floor(random() * 900);
        const bonuses = version.bonuses.filter((b) => bonusAppliesTo(b, block) && random() < 0.5);
        const input = {
          catalogueKey: version.key,
          blockCode: block.code,
          startDate: day(start),
          endDate: day(start + Math.floor(random() * 1000)),
          hoursPerWeek: decimal(48, 1),
          hours: decimal(500, 2),
          days: decimal(30, 0),
          count: decimal(10, 0),
          amountExclVat: decimal(100000, 2),
          bonusCodes: bonuses.map((b) => b.code),
          contractStart: random() < 0.5 ? day(start + 30) : null,
          contractEnd: random() < 0.5 ? day(start + 400) : null,
        };
        const local = valueBlock({ ...input, block, basisHours: version.basisHours, bonuses });
        const remote = await value(input);
        if (local.ok) {
          expect(remote, JSON.stringify(input)).toMatchObject({
            __typename: "ValuePreview",
            total: local.total,
            lines: local.lines,
          });
          compared++;
        } else {
          expect(remote, JSON.stringify(input)).toMatchObject({
            __typename: "InputError",
            field: local.field,
          });
        }
      }
      // most generated inputs are valid, so the comparison is about values, not errors
      expect(compared).toBeGreaterThan(250);
    },
    120_000,
  );
});

/** A small seeded PRNG, so a failing input can be reproduced. */
function mulberry32(seed: number) {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
