// What a fresh database gets on its first start. Every step is idempotent: what exists is left
// alone, so a second start reuses the data and never overwrites what an admin changed since.
import type { PrismaClient } from "@prisma/client";
import {
  importCatalogue,
  readCatalogueFiles,
  seedPublishedCatalogues,
} from "./catalogue-import.js";
import {
  type CarryingOutSeed,
  POLICY_CONCEPT_NOTE,
  REGION_SEEDS,
} from "./seed-data/municipalities.js";

export interface SeedReport {
  catalogues: string[];
  municipalities: string[];
}

const date = (iso: string) => new Date(`${iso}T00:00:00Z`);

type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

/**
 * Links a gemeente without one to the organisation that carries out its social return: a WSP is
 * found by name (it serves several gemeenten), an own team is the gemeente's own organisation.
 */
async function seedCarriedOutBy(
  tx: Tx,
  municipality: { id: string; carriedOutById: string | null },
  seed: CarryingOutSeed,
) {
  if (municipality.carriedOutById) return;
  const contact = {
    kind: seed.kind === "OWN_TEAM" ? "MUNICIPALITY" : "SERVICE_POINT",
    name: seed.name,
    email: seed.email,
    phone: seed.phone,
  } as const;
  const existing =
    seed.kind === "OWN_TEAM"
      ? await tx.organisation.findUnique({ where: { municipalityId: municipality.id } })
      : await tx.organisation.findFirst({ where: { kind: "SERVICE_POINT", name: seed.name } });
  const organisation =
    existing ??
    (await tx.organisation.create({
      data: {
        ...contact,
        ...(seed.kind === "OWN_TEAM" ? { municipalityId: municipality.id } : {}),
      },
    }));
  await tx.municipality.update({
    where: { id: municipality.id },
    data: { carriedOutById: organisation.id },
  });
}

async function seedRegionsAndPolicies(prisma: PrismaClient): Promise<SeedReport> {
  const files = new Map((await readCatalogueFiles()).map((file) => [file.key, file.catalogue]));
  const report: SeedReport = { catalogues: [], municipalities: [] };
  await prisma.$transaction(async (tx) => {
    for (const regionSeed of REGION_SEEDS) {
      const region = await tx.region.upsert({
        where: { code: regionSeed.code },
        create: { code: regionSeed.code, name: regionSeed.name },
        update: {},
      });
      const concept = regionSeed.conceptCatalogue;
      if (!(await tx.catalogueVersion.findUnique({ where: { key: concept.key } }))) {
        const original = files.get(concept.copyOf);
        if (!original) throw new Error(`Seed catalogue ${concept.copyOf} is not shipped`);
        await importCatalogue(
          tx,
          concept.key,
          { ...original, regionCode: region.code, region: region.name, name: concept.name },
          "PUBLISHED",
          { conceptNote: concept.conceptNote },
        );
        report.catalogues.push(concept.key);
      }
      for (const { code, name, policy, carriedOutBy } of regionSeed.municipalities) {
        const existing = await tx.municipality.findUnique({ where: { code } });
        if (existing) {
          await seedCarriedOutBy(tx, existing, carriedOutBy);
          continue;
        }
        const created = await tx.municipality.create({
          data: {
            code,
            name,
            regionId: region.id,
            policies: {
              create: {
                name: policy.name,
                validFrom: date(policy.validFrom),
                percentage: policy.percentage,
                thresholdWorks: policy.thresholds.WORKS,
                thresholdServices: policy.thresholds.SERVICES,
                thresholdSupplies: policy.thresholds.SUPPLIES,
                thresholdSubsidy: policy.thresholds.SUBSIDY,
                belowThreshold: policy.belowThreshold,
                suppliesMinLabourShare: policy.suppliesMinLabourShare,
                suppliesReducedPercentage: policy.suppliesReducedPercentage,
                contactDeadlineDays: policy.contactDeadlineDays,
                source: policy.source,
                conceptNote: POLICY_CONCEPT_NOTE,
              },
            },
          },
        });
        await seedCarriedOutBy(tx, created, carriedOutBy);
        report.municipalities.push(code);
      }
    }
  });
  return report;
}

export async function seed(prisma: PrismaClient): Promise<SeedReport> {
  const published = await seedPublishedCatalogues(prisma);
  const regions = await seedRegionsAndPolicies(prisma);
  return {
    catalogues: [...published, ...regions.catalogues],
    municipalities: regions.municipalities,
  };
}
