// The organisation tree the platform admin keeps: regions and the gemeenten in them. A gemeente
// joins only by a code from the CBS list (packages/domain/src/cbs-municipalities.ts), so no two
// spellings of one gemeente can exist. Every change is audited in the same transaction.
import type { Prisma, PrismaClient } from "@prisma/client";
import { CBS_MUNICIPALITY_LIST, findCbsMunicipality, normaliseCbsCode } from "@sroi/domain";
import type { Viewer } from "../auth/viewer.js";
import { ValidationError } from "../errors.js";
import { audit } from "./audit.js";
import { transactionOnce } from "./once.js";

type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

const REGION_NAME_MAX = 120;

/** The stable key of a region, from its first name: "Regio Gooi & Vechtstreek" → regio-gooi-vechtstreek. */
export function regionCodeFor(name: string): string {
  const slug = name
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return slug || "regio";
}

async function checkRegionName(tx: Tx, name: string, exceptRegionId: string | null) {
  if (!name)
    throw new ValidationError([{ field: "name", message: "Vul de naam van de regio in." }]);
  if (name.length > REGION_NAME_MAX) {
    throw new ValidationError([
      { field: "name", message: `Een regionaam is hoogstens ${REGION_NAME_MAX} tekens lang.` },
    ]);
  }
  const same = await tx.region.findFirst({
    where: {
      name: { equals: name, mode: "insensitive" },
      ...(exceptRegionId ? { id: { not: exceptRegionId } } : {}),
    },
  });
  if (same) {
    throw new ValidationError([
      { field: "name", message: `Er is al een regio met de naam ${same.name}.` },
    ]);
  }
}

async function findRegion(tx: Tx, code: string) {
  const region = await tx.region.findUnique({ where: { code } });
  if (!region) {
    throw new ValidationError([{ field: "regionCode", message: "Kies een bestaande regio." }]);
  }
  return region;
}

export function createRegion(prisma: PrismaClient, viewer: Viewer, rawName: string) {
  const name = rawName.trim();
  // The unique code decides a race between two equal names; the rerun then finds the name taken.
  return transactionOnce(prisma, async (tx) => {
    await checkRegionName(tx, name, null);
    const base = regionCodeFor(name);
    const taken = new Set(
      (
        await tx.region.findMany({ where: { code: { startsWith: base } }, select: { code: true } })
      ).map((region) => region.code),
    );
    let code = base;
    for (let n = 2; taken.has(code); n++) code = `${base}-${n}`;
    const region = await tx.region.create({ data: { code, name } });
    await audit(tx, viewer, {
      action: "region.create",
      entityType: "Region",
      entityId: region.id,
      after: { code, name },
    });
    return region;
  });
}

export function renameRegion(
  prisma: PrismaClient,
  viewer: Viewer,
  regionCode: string,
  rawName: string,
) {
  const name = rawName.trim();
  return prisma.$transaction(async (tx) => {
    const region = await findRegion(tx, regionCode);
    if (region.name === name) return region;
    await checkRegionName(tx, name, region.id);
    const renamed = await tx.region.update({ where: { id: region.id }, data: { name } });
    await audit(tx, viewer, {
      action: "region.rename",
      entityType: "Region",
      entityId: region.id,
      before: { name: region.name },
      after: { name },
    });
    return renamed;
  });
}

/**
 * The WSP that carries out the social return of a region's gemeenten, when exactly one does: a
 * gemeente added to (or moved into) that region gets it as its carrying-out organisation, so the
 * WSP's staff serve it at once. A gemeente with its own team keeps that team (docs/domain.md).
 */
async function regionServicePoint(tx: Prisma.TransactionClient, regionId: string) {
  const servicePoints = await tx.organisation.findMany({
    where: { kind: "SERVICE_POINT", carriesOut: { some: { regionId } } },
    select: { id: true },
    take: 2,
  });
  return servicePoints.length === 1 ? (servicePoints[0]?.id ?? null) : null;
}

export function addMunicipality(
  prisma: PrismaClient,
  viewer: Viewer,
  regionCode: string,
  rawCode: string,
) {
  const gemeente = findCbsMunicipality(rawCode);
  if (!gemeente) {
    const code = normaliseCbsCode(rawCode);
    throw new ValidationError([
      {
        field: "code",
        message: code
          ? `${code} is geen gemeentecode uit de CBS-lijst (${CBS_MUNICIPALITY_LIST.title}). Kies een gemeente uit de lijst.`
          : "Kies een gemeente uit de lijst.",
      },
    ]);
  }
  // The unique CBS code decides a race; the rerun answers "already on the platform".
  return transactionOnce(prisma, async (tx) => {
    const region = await findRegion(tx, regionCode);
    const present = await tx.municipality.findUnique({
      where: { code: gemeente.code },
      include: { region: true },
    });
    if (present) {
      throw new ValidationError([
        {
          field: "code",
          message: `Gemeente ${present.name} (${present.code}) staat al op het platform, in regio ${present.region.name}.`,
        },
      ]);
    }
    const municipality = await tx.municipality.create({
      data: {
        code: gemeente.code,
        name: gemeente.name,
        regionId: region.id,
        carriedOutById: await regionServicePoint(tx, region.id),
      },
    });
    await audit(tx, viewer, {
      action: "region.addMunicipality",
      entityType: "Municipality",
      entityId: municipality.id,
      after: { code: gemeente.code, name: gemeente.name, region: region.name },
    });
    return municipality;
  });
}

export function moveMunicipality(
  prisma: PrismaClient,
  viewer: Viewer,
  municipalityCode: string,
  regionCode: string,
) {
  return prisma.$transaction(async (tx) => {
    const municipality = await tx.municipality.findUnique({
      where: { code: normaliseCbsCode(municipalityCode) },
      include: { region: true, carriedOutBy: { select: { kind: true } } },
    });
    if (!municipality) {
      throw new ValidationError([
        { field: "municipalityCode", message: "Deze gemeente staat niet op het platform." },
      ]);
    }
    const region = await findRegion(tx, regionCode);
    if (region.id === municipality.regionId) {
      throw new ValidationError([
        {
          field: "regionCode",
          message: `Gemeente ${municipality.name} hoort al bij regio ${region.name}.`,
        },
      ]);
    }
    // A WSP serves a region: moved out of it, the gemeente follows the new region's WSP (or has
    // none until one is named); a gemeente's own team stays its own team.
    const followsRegion = municipality.carriedOutBy?.kind !== "MUNICIPALITY";
    const moved = await tx.municipality.update({
      where: { id: municipality.id },
      data: {
        regionId: region.id,
        ...(followsRegion ? { carriedOutById: await regionServicePoint(tx, region.id) } : {}),
      },
    });
    await audit(tx, viewer, {
      action: "region.moveMunicipality",
      entityType: "Municipality",
      entityId: municipality.id,
      before: {
        code: municipality.code,
        name: municipality.name,
        region: municipality.region.name,
      },
      after: { region: region.name },
    });
    return moved;
  });
}
