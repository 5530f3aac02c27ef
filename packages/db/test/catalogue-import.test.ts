import { backends } from "@sroi/db/testing/backends";
import { afterEach, describe, expect, it } from "vitest";
import { readCatalogueFiles } from "../src/catalogue-import.js";
import { chooseCatalogueInForce } from "../src/mapping.js";
import { seed } from "../src/seed.js";

const KEYS = [
  "haaglanden-2023",
  "harlingen",
  "leiden-2023",
  "oost-nederland-v05-2023",
  "utrecht-current",
  "utrecht-earlier",
];

describe("shipped catalogue files", () => {
  it("all six parse in the exchange format", async () => {
    const files = await readCatalogueFiles();
    expect(files.map((file) => file.key)).toEqual(KEYS);
    // block counts as published (see each file's source)
    expect(Object.fromEntries(files.map((f) => [f.key, f.catalogue.blocks.length]))).toEqual({
      "haaglanden-2023": 11,
      harlingen: 13,
      "leiden-2023": 13,
      "oost-nederland-v05-2023": 10,
      "utrecht-current": 11,
      "utrecht-earlier": 11,
    });
  });

  it("say in Dutch what their source is, as the admin shows it", async () => {
    const files = await readCatalogueFiles();
    const remarks = files.map((file) => (file.catalogue.source ?? "").replace(/^\S+\s*/, ""));
    expect(remarks.filter((remark) => remark !== "")).toEqual(["(eerder bewaarde kopie)"]);
  });
});

describe.each(backends())("seeding on $name", (backend) => {
  let dispose: (() => Promise<void>) | undefined;
  afterEach(async () => {
    await dispose?.();
    dispose = undefined;
  });

  it.skipIf(!backend.available)(
    "seeds the six catalogues once, exactly as published, the superseded Utrecht copy as RETIRED",
    async () => {
      const opened = await backend.open();
      dispose = opened.dispose;
      const { prisma } = opened.database;

      const CONCEPTS = ["regio-amersfoort-concept", "zuid-kennemerland-concept"];
      expect(await seed(prisma)).toEqual({
        catalogues: [...KEYS, ...CONCEPTS],
        municipalities: ["GM0307", "GM0342", "GM0308", "GM0392"],
      });
      expect(await seed(prisma)).toEqual({ catalogues: [], municipalities: [] });

      const versions = await prisma.catalogueVersion.findMany({
        where: { key: { in: KEYS } },
        orderBy: { key: "asc" },
      });
      // The earlier stored copy of Utrecht is superseded by the current one: kept, not in force.
      expect(versions.map((v) => [v.key, v.status, v.conceptNote])).toEqual(
        KEYS.map((key) => [key, key === "utrecht-earlier" ? "RETIRED" : "PUBLISHED", null]),
      );
      const utrecht = await prisma.catalogueVersion.findMany({
        where: { region: { code: "midden-utrecht" } },
        orderBy: { createdAt: "asc" },
      });
      expect(chooseCatalogueInForce(utrecht, "2027-01-01")?.key).toBe("utrecht-current");
      // the two Utrecht versions share one region; plus the regions of our own gemeenten
      expect(await prisma.region.count()).toBe(7);

      const haaglanden = await prisma.catalogueVersion.findUniqueOrThrow({
        where: { key: "haaglanden-2023" },
        include: { blocks: { orderBy: { position: "asc" } }, bonuses: true },
      });
      expect(haaglanden.validFrom?.toISOString().slice(0, 10)).toBe("2023-07-01");
      expect(haaglanden.complete).toBe(false);
      const pw = haaglanden.blocks.find((block) => block.code === "PW");
      expect(pw?.amount?.toFixed(2)).toBe("40000.00");
      expect(pw?.maxMonths).toBe(24);
      expect(haaglanden.blocks[0]?.code).toBe("ZU");

      const oost = await prisma.block.findFirstOrThrow({
        where: { code: "INKOOP-SENL", catalogueVersion: { key: "oost-nederland-v05-2023" } },
      });
      expect(oost.share?.toFixed(2)).toBe("0.50");
      expect(oost.amount).toBeNull();

      const harlingen = await prisma.block.findFirstOrThrow({
        where: { code: "PW-LT2", catalogueVersion: { key: "harlingen" } },
      });
      expect(harlingen.minHoursPerWeek?.toString()).toBe("12");
    },
  );
});

describe.each(backends())("concept regions and policies on $name", (backend) => {
  let dispose: (() => Promise<void>) | undefined;
  afterEach(async () => {
    await dispose?.();
    dispose = undefined;
  });

  it.skipIf(!backend.available)(
    "seeds Amersfoort, Soest, Baarn and Haarlem with concept policies and catalogues",
    async () => {
      const opened = await backend.open();
      dispose = opened.dispose;
      const { prisma } = opened.database;
      await seed(prisma);

      const amersfoort = await prisma.municipality.findUniqueOrThrow({
        where: { code: "GM0307" },
        include: {
          region: { include: { municipalities: { orderBy: { code: "asc" } } } },
          policies: true,
        },
      });
      expect(amersfoort.region.name).toBe("WSP regio Amersfoort");
      expect(amersfoort.region.municipalities.map((m) => m.name)).toEqual([
        "Amersfoort",
        "Baarn",
        "Soest",
      ]);
      const policy = amersfoort.policies[0];
      expect(policy?.thresholdWorks?.toFixed(2)).toBe("200000.00");
      expect(policy?.thresholdSubsidy).toBeNull();
      expect(policy?.belowThreshold).toBe("ACTIVITY");
      expect(policy?.contactDeadlineDays).toBe(7);
      expect(policy?.conceptNote).toBe("concept — te bevestigen door de gemeente");

      const haarlem = await prisma.policy.findFirstOrThrow({
        where: { municipality: { code: "GM0392" } },
      });
      expect(haarlem.validFrom?.toISOString().slice(0, 10)).toBe("2021-04-01");
      expect(haarlem.thresholdSubsidy?.toFixed(2)).toBe("200000.00");
      expect(haarlem.suppliesMinLabourShare?.toString()).toBe("0.3");
      expect(haarlem.suppliesReducedPercentage).toBeNull();
      expect(haarlem.belowThreshold).toBe("NONE");

      const concept = await prisma.catalogueVersion.findUniqueOrThrow({
        where: { key: "regio-amersfoort-concept" },
        include: { blocks: true, region: true },
      });
      expect(concept.status).toBe("PUBLISHED");
      expect(concept.region.code).toBe("regio-amersfoort");
      expect(concept.conceptNote).toMatch(/te bevestigen/);
      expect(concept.blocks.find((b) => b.code === "PW")?.amount?.toFixed(2)).toBe("40000.00");
    },
  );
});

describe.each(backends())("immutability enforced by the database on $name", (backend) => {
  let dispose: (() => Promise<void>) | undefined;
  afterEach(async () => {
    await dispose?.();
    dispose = undefined;
  });

  it.skipIf(!backend.available)(
    "refuses every change to a published version, its blocks, bonuses and policies",
    async () => {
      const opened = await backend.open();
      dispose = opened.dispose;
      const { prisma } = opened.database;
      await seed(prisma);
      const version = await prisma.catalogueVersion.findUniqueOrThrow({
        where: { key: "leiden-2023" },
        include: { blocks: true, bonuses: true },
      });
      const block = version.blocks[0];
      const bonus = version.bonuses[0];
      if (!block || !bonus) throw new Error("seed has no blocks");
      const refused = /cannot be (changed|deleted)/;
      await expect(
        prisma.block.update({ where: { id: block.id }, data: { amount: "1.00" } }),
      ).rejects.toThrow(refused);
      await expect(prisma.block.delete({ where: { id: block.id } })).rejects.toThrow(refused);
      await expect(
        prisma.block.create({
          data: {
            catalogueVersionId: version.id,
            position: 99,
            code: "NEW",
            name: "Nieuw",
            category: "EMPLOYMENT",
            kind: "PER_HOUR",
            amount: "1.00",
          },
        }),
      ).rejects.toThrow(refused);
      await expect(
        prisma.bonus.update({ where: { id: bonus.id }, data: { amount: "1.00" } }),
      ).rejects.toThrow(refused);
      await expect(
        prisma.catalogueVersion.update({ where: { id: version.id }, data: { name: "Anders" } }),
      ).rejects.toThrow(refused);
      await expect(
        prisma.catalogueVersion.update({ where: { id: version.id }, data: { status: "DRAFT" } }),
      ).rejects.toThrow(refused);
      await expect(prisma.catalogueVersion.delete({ where: { id: version.id } })).rejects.toThrow(
        refused,
      );
      const policy = await prisma.policy.findFirstOrThrow();
      await expect(
        prisma.policy.update({ where: { id: policy.id }, data: { percentage: "0.10" } }),
      ).rejects.toThrow(refused);

      // retiring is the one change allowed, and then nothing more
      await prisma.catalogueVersion.update({
        where: { id: version.id },
        data: { status: "RETIRED" },
      });
      await expect(
        prisma.catalogueVersion.update({
          where: { id: version.id },
          data: { status: "PUBLISHED" },
        }),
      ).rejects.toThrow(refused);
      const after = await prisma.block.findUniqueOrThrow({ where: { id: block.id } });
      expect(after.amount?.toFixed(2)).toBe(block.amount?.toFixed(2));
    },
  );
});
