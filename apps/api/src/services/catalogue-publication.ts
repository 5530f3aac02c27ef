// Who publishes a region's bouwblokken catalogue, and the way there. A region's catalogue counts
// for every gemeente in it, so it is published (and retired) by the organisation that carries out
// the policy of all of them, or by the platform admin; a gemeente's coordinator drafts it and
// proposes it; the publisher publishes it or sends it back with a reason; publication is announced
// to the staff of every gemeente it affects (docs/decisions/0012-catalogue-publisher.md).
// Each refusal is one function, used by the mutation and by the viewerCan field alike.
import type { Prisma, PrismaClient } from "@prisma/client";
import { adminRoleOf, formatDate } from "@sroi/domain";
import { canManageCatalogue, type Viewer } from "../auth/viewer.js";
import { NotAllowedError, ValidationError } from "../errors.js";
import { audit } from "./audit.js";
import { catalogueProblems, MANAGE_REFUSAL, snapshot } from "./catalogue-drafts.js";
import { enqueueMail } from "./outbox.js";

type Tx = Prisma.TransactionClient;

/** What the rules below read of a version: its state and who carries out its region's policy. */
export const PUBLISHING_SELECT = {
  status: true,
  regionId: true,
  proposedAt: true,
  region: {
    select: {
      municipalities: {
        select: { carriedOutBy: { select: { id: true, name: true } } },
      },
    },
  },
} satisfies Prisma.CatalogueVersionSelect;

interface RegionCarriers {
  municipalities: { carriedOutBy: { id: string; name: string } | null }[];
}

export interface PublishingState {
  status: string;
  regionId: string;
  proposedAt: Date | null;
  region: RegionCarriers;
}

/**
 * The organisation that carries out the policy of every gemeente of the region: the one that may
 * publish its catalogue. Null when there is none: a region without gemeenten, a gemeente that has
 * no carrying-out organisation recorded, or gemeenten served by different organisations.
 */
export function regionPublisher(region: RegionCarriers): { id: string; name: string } | null {
  const [first, ...rest] = region.municipalities;
  const organisation = first?.carriedOutBy ?? null;
  if (!organisation) return null;
  return rest.every((m) => m.carriedOutBy?.id === organisation.id) ? organisation : null;
}

/** The platform admin, or the coordinating role (WSP lead, own team's coordinator) of the publisher. */
export function canPublishCatalogue(viewer: Viewer | null, region: RegionCarriers): boolean {
  if (!viewer) return false;
  if (viewer.isPlatformAdmin) return true;
  const publisher = regionPublisher(region);
  return (
    publisher !== null &&
    viewer.memberships.some(
      ({ role, organisation }) =>
        organisation?.id === publisher.id && role === adminRoleOf(organisation.kind),
    )
  );
}

function publisherRefusal(actor: Viewer | null, version: PublishingState): string | null {
  if (canPublishCatalogue(actor, version.region)) return null;
  const publisher = regionPublisher(version.region);
  return publisher
    ? `Alleen ${publisher.name} of de platformbeheerder publiceert het bouwblokkenmodel van deze regio.`
    : "Alleen de platformbeheerder publiceert het bouwblokkenmodel van deze regio.";
}

/** Why the viewer may not publish this version (Dutch), or null: the mutation and viewerCanPublish. */
export function cataloguePublishRefusal(
  actor: Viewer | null,
  version: PublishingState,
): string | null {
  if (!canManageCatalogue(actor, version.regionId)) return MANAGE_REFUSAL;
  if (version.status !== "DRAFT") return "Alleen een concept kan worden gepubliceerd.";
  const refusal = publisherRefusal(actor, version);
  if (refusal === null) return null;
  return version.proposedAt
    ? `${refusal} Dit concept is voorgesteld en wacht op publicatie.`
    : `${refusal} U kunt het concept voorstellen.`;
}

/** Why the viewer may not propose this draft for publication, or null: the mutation and viewerCanPropose. */
export function catalogueProposeRefusal(
  actor: Viewer | null,
  version: PublishingState,
): string | null {
  if (!canManageCatalogue(actor, version.regionId)) return MANAGE_REFUSAL;
  if (version.status !== "DRAFT") return "Alleen een concept kan worden voorgesteld.";
  if (version.proposedAt) return "Dit concept is al voorgesteld en wacht op publicatie.";
  if (canPublishCatalogue(actor, version.region)) {
    return "U publiceert het bouwblokkenmodel van deze regio zelf; voorstellen is niet nodig.";
  }
  return null;
}

/** Why the viewer may not send this proposal back, or null: the mutation and viewerCanSendBack. */
export function catalogueSendBackRefusal(
  actor: Viewer | null,
  version: PublishingState,
): string | null {
  if (!canManageCatalogue(actor, version.regionId)) return MANAGE_REFUSAL;
  if (version.status !== "DRAFT" || !version.proposedAt) {
    return "Alleen een voorgesteld concept kan worden teruggestuurd.";
  }
  return publisherRefusal(actor, version);
}

/** Why the viewer may not retire this version, or null: the mutation and viewerCanRetire. */
export function catalogueRetireRefusal(
  actor: Viewer | null,
  version: PublishingState,
): string | null {
  if (!canManageCatalogue(actor, version.regionId)) return MANAGE_REFUSAL;
  if (version.status !== "PUBLISHED") {
    return "Alleen een gepubliceerde versie kan worden ingetrokken.";
  }
  return publisherRefusal(actor, version);
}

async function loadForPublishing(tx: Tx, actor: Viewer, key: string) {
  const version = await tx.catalogueVersion.findUnique({
    where: { key },
    include: {
      blocks: true,
      bonuses: true,
      proposedBy: { select: { email: true, name: true } },
      region: {
        include: {
          municipalities: {
            orderBy: { name: "asc" },
            include: { carriedOutBy: { select: { id: true, name: true, email: true } } },
          },
        },
      },
    },
  });
  if (!version || !canManageCatalogue(actor, version.regionId)) {
    throw new NotAllowedError(MANAGE_REFUSAL);
  }
  return version;
}

function refuse(refusal: string | null) {
  if (refusal) throw new NotAllowedError(refusal);
}

function refuseProblems(version: Parameters<typeof catalogueProblems>[0]) {
  const problems = catalogueProblems(version);
  if (problems.length) {
    throw new ValidationError(problems.map((p) => ({ field: p.path, message: p.message })));
  }
}

/** A coordinator hands a finished draft to the publisher; it stays unchanged until then. */
export async function proposeCatalogueVersion(prisma: PrismaClient, actor: Viewer, key: string) {
  return prisma.$transaction(async (tx) => {
    const version = await loadForPublishing(tx, actor, key);
    refuse(catalogueProposeRefusal(actor, version));
    refuseProblems(version);
    const proposed = await tx.catalogueVersion.update({
      where: { id: version.id },
      data: {
        proposedAt: new Date(),
        proposedById: actor.userId,
        sentBackAt: null,
        sentBackById: null,
        sentBackReason: null,
      },
    });
    await audit(tx, actor, {
      action: "catalogue.propose",
      entityType: "CatalogueVersion",
      entityId: version.id,
      regionId: version.regionId,
      after: { key: version.key, name: version.name, region: version.region.code },
    });
    return proposed;
  });
}

/** The publisher returns a proposal with the reason; the proposer can change the draft again. */
export async function sendBackCatalogueVersion(
  prisma: PrismaClient,
  actor: Viewer,
  key: string,
  reason: string,
  publicUrl: string,
) {
  return prisma.$transaction(async (tx) => {
    const version = await loadForPublishing(tx, actor, key);
    refuse(catalogueSendBackRefusal(actor, version));
    const why = reason.trim();
    if (!why) {
      throw new ValidationError([
        { field: "reason", message: "Schrijf waarom u het voorstel terugstuurt." },
      ]);
    }
    const returned = await tx.catalogueVersion.update({
      where: { id: version.id },
      data: {
        proposedAt: null,
        proposedById: null,
        sentBackAt: new Date(),
        sentBackById: actor.userId,
        sentBackReason: why,
      },
    });
    await audit(tx, actor, {
      action: "catalogue.sendBack",
      entityType: "CatalogueVersion",
      entityId: version.id,
      regionId: version.regionId,
      before: { proposedBy: version.proposedBy?.email ?? null },
      after: { reason: why },
    });
    if (version.proposedBy) {
      await enqueueMail(tx, {
        to: version.proposedBy.email,
        subject: `Voorstel teruggestuurd: ${version.name}`,
        text: [
          `Beste ${version.proposedBy.name},`,
          "",
          `${actor.name} heeft uw voorstel om ${version.name} te publiceren teruggestuurd, met deze reden:`,
          "",
          why,
          "",
          `U kunt het concept weer wijzigen en opnieuw voorstellen: ${catalogueUrl(publicUrl, version.key)}`,
        ].join("\n"),
      });
    }
    return returned;
  });
}

function catalogueUrl(publicUrl: string, key: string) {
  return `${publicUrl}/admin/catalogi/${encodeURIComponent(key)}`;
}

/**
 * Who is told that a region's catalogue changed: every active staff member of each of its
 * gemeenten and of the organisations carrying out their policy, and those organisations' shared
 * mailboxes. Each address once, sorted, so the list is the same on every run.
 */
export async function announcementRecipients(tx: Tx, regionId: string): Promise<string[]> {
  const organisations = await tx.organisation.findMany({
    where: {
      OR: [
        { kind: "MUNICIPALITY", municipality: { regionId } },
        { carriesOut: { some: { regionId } } },
      ],
    },
    select: {
      email: true,
      carriesOut: { where: { regionId }, select: { id: true } },
      memberships: {
        where: { user: { deactivatedAt: null } },
        select: { user: { select: { email: true } } },
      },
    },
  });
  const addresses = new Set<string>();
  for (const organisation of organisations) {
    if (organisation.email && organisation.carriesOut.length) addresses.add(organisation.email);
    for (const { user } of organisation.memberships) addresses.add(user.email);
  }
  return [...addresses].sort();
}

/** Publishes a draft from validFrom on, and tells everyone in the region it affects. */
export async function publishCatalogueVersion(
  prisma: PrismaClient,
  actor: Viewer,
  key: string,
  validFrom: string,
  publicUrl: string,
) {
  return prisma.$transaction(async (tx) => {
    const version = await loadForPublishing(tx, actor, key);
    refuse(cataloguePublishRefusal(actor, version));
    refuseProblems(version);
    const published = await tx.catalogueVersion.update({
      where: { id: version.id },
      data: { status: "PUBLISHED", validFrom: new Date(`${validFrom}T00:00:00Z`) },
    });
    await audit(tx, actor, {
      action: "catalogue.publish",
      entityType: "CatalogueVersion",
      entityId: version.id,
      regionId: version.regionId,
      before: { ...snapshot(version), proposedBy: version.proposedBy?.email ?? null },
      after: snapshot(published),
    });
    const gemeenten = version.region.municipalities.map((m) => m.name);
    const text = [
      `${actor.name} heeft ${version.name} gepubliceerd, het bouwblokkenmodel van ${version.region.name}.`,
      "",
      `Vanaf ${formatDate(validFrom)} rekenen nieuwe opdrachten en de rekenhulp van ${listInDutch(gemeenten.map((name) => `gemeente ${name}`))} met deze versie. Opdrachten die al gegund zijn, houden de versie waarmee hun verplichting is vastgezet.`,
      "",
      `Bekijk de versie en vergelijk haar met de vorige: ${catalogueUrl(publicUrl, version.key)}`,
    ].join("\n");
    for (const to of await announcementRecipients(tx, version.regionId)) {
      await enqueueMail(tx, {
        to,
        subject: `Nieuw bouwblokkenmodel voor ${version.region.name}: ${version.name}`,
        text,
      });
    }
    return published;
  });
}

function listInDutch(items: string[]): string {
  if (items.length <= 1) return items[0] ?? "de regio";
  return `${items.slice(0, -1).join(", ")} en ${items.at(-1)}`;
}

/** Retires a published version: contracts pinned to it keep it; new ones use the previous one. */
export async function retireCatalogueVersion(prisma: PrismaClient, actor: Viewer, key: string) {
  return prisma.$transaction(async (tx) => {
    const version = await loadForPublishing(tx, actor, key);
    refuse(catalogueRetireRefusal(actor, version));
    const retired = await tx.catalogueVersion.update({
      where: { id: version.id },
      data: { status: "RETIRED" },
    });
    await audit(tx, actor, {
      action: "catalogue.retire",
      entityType: "CatalogueVersion",
      entityId: version.id,
      regionId: version.regionId,
      before: { status: version.status },
      after: { status: retired.status },
    });
    return retired;
  });
}
