import { backends } from "@sroi/db/testing/backends";
import { afterEach, describe, expect, it } from "vitest";
import { readCatalogueFiles } from "../src/catalogue-import.js";
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
});

describe.each(backends())("seeding on $name", (backend) => {
  let dispose: (() => Promise<void>) | undefined;
  afterEach(async () => {
    await dispose?.();
    dispose = undefined;
  });

  it.skipIf(!backend.available)(
    "seeds the six catalogues as PUBLISHED once, exactly as published",
    async () => {
      const opened = await backend.open();
      dispose = opened.dispose;
      const { prisma } = opened.database;

      expect((await seed(prisma)).catalogues).toEqual(KEYS);
      expect((await seed(prisma)).catalogues).toEqual([]);

      const versions = await prisma.catalogueVersion.findMany({ orderBy: { key: "asc" } });
      expect(versions.map((v) => [v.key, v.status])).toEqual(KEYS.map((key) => [key, "PUBLISHED"]));
      // the two Utrecht versions share one region
      expect(await prisma.region.count()).toBe(5);

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
