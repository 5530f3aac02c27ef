// Published catalogue versions are immutable (docs/domain.md: bouwblokkenmodel), so the rekenhulp
// may keep them in memory: valuing an activity is then pure computation instead of three queries (measured on
// PGlite: 3.5 ms of a 5.8 ms request). Drafts are never cached; each API instance fills its own.
import type { PrismaClient } from "@prisma/client";
import { toBlockDefinition, toBonusDefinition } from "@sroi/db";
import type { BlockDefinition, BonusDefinition } from "@sroi/domain";

export interface CataloguePricing {
  key: string;
  regionId: string;
  status: "DRAFT" | "PUBLISHED" | "RETIRED";
  name: string;
  basisHours: string;
  blocks: Map<string, BlockDefinition>;
  bonuses: Map<string, BonusDefinition>;
}

export class PublishedCatalogueCache {
  readonly #entries = new Map<string, Promise<CataloguePricing | null>>();

  constructor(private readonly prisma: PrismaClient) {}

  /** The version's blocks and bonuses by code; null when there is no version with that key. */
  async get(key: string): Promise<CataloguePricing | null> {
    const cached = this.#entries.get(key);
    if (cached) return cached;
    const loading = this.#load(key);
    this.#entries.set(key, loading);
    const pricing = await loading.catch((error: unknown) => {
      this.#entries.delete(key);
      throw error;
    });
    if (pricing === null || !pricing.published) this.#entries.delete(key);
    return pricing;
  }

  async #load(key: string): Promise<(CataloguePricing & { published: boolean }) | null> {
    const version = await this.prisma.catalogueVersion.findUnique({
      where: { key },
      include: { blocks: true, bonuses: true },
    });
    if (!version) return null;
    return {
      key: version.key,
      regionId: version.regionId,
      status: version.status,
      name: version.name,
      basisHours: version.basisHours.toString(),
      blocks: new Map(version.blocks.map((block) => [block.code, toBlockDefinition(block)])),
      bonuses: new Map(version.bonuses.map((bonus) => [bonus.code, toBonusDefinition(bonus)])),
      published: version.status !== "DRAFT",
    };
  }
}
