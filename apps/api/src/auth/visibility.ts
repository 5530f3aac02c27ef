// What each viewer may see of the rows that have a draft state or belong to a tenant. One rule per
// type, written twice side by side: as a Prisma filter that every list and lookup applies, and as
// a predicate the type itself checks on every object it resolves (schema/*.ts `authScopes`), so a
// path that forgets the filter fails loudly instead of leaking. tenancy.test.ts walks every path.
import type { Prisma, PrismaClient, Role } from "@prisma/client";
import {
  canManageCatalogue,
  canManagePolicy,
  readableContractsWhere,
  type Viewer,
} from "./viewer.js";

const NOTHING = { id: { in: [] as string[] } };

/** A policy draft is work in progress: only for those who may manage the gemeente's policy. */
export function visiblePoliciesWhere(viewer: Viewer | null): Prisma.PolicyWhereInput {
  if (viewer?.isPlatformAdmin) return {};
  return {
    OR: [
      { status: { not: "DRAFT" } },
      { municipalityId: { in: [...(viewer?.policyMunicipalityIds ?? [])] } },
    ],
  };
}

export function canSeePolicy(
  viewer: Viewer | null,
  policy: { status: string; municipalityId: string },
): boolean {
  return policy.status !== "DRAFT" || canManagePolicy(viewer, policy.municipalityId);
}

/** A catalogue draft is work in progress: only for those who may manage the region's catalogue. */
export function visibleCatalogueVersionsWhere(
  viewer: Viewer | null,
): Prisma.CatalogueVersionWhereInput {
  if (viewer?.isPlatformAdmin) return {};
  return {
    OR: [
      { status: { not: "DRAFT" } },
      { regionId: { in: [...(viewer?.catalogueRegionIds ?? [])] } },
    ],
  };
}

export function canSeeCatalogueVersion(
  viewer: Viewer | null,
  version: { status: string; regionId: string },
): boolean {
  return version.status !== "DRAFT" || canManageCatalogue(viewer, version.regionId);
}

/**
 * Contracts whose internal record (the audit trail, the names of the people placed) the viewer
 * may read: staff of the contract's gemeente or of the WSP serving it. Being staff elsewhere does
 * not count, nor does acting as the contract's contractor, also not for one person who is both.
 */
export function staffContractsWhere(viewer: Viewer | null): Prisma.ContractWhereInput {
  if (!viewer) return NOTHING;
  if (viewer.isPlatformAdmin) return {};
  return { municipalityId: { in: [...viewer.readableMunicipalityIds] } };
}

export function isStaffForContract(
  viewer: Viewer | null,
  contract: { municipalityId: string },
): boolean {
  return (
    viewer !== null &&
    (viewer.isPlatformAdmin || viewer.readableMunicipalityIds.has(contract.municipalityId))
  );
}

/**
 * Audit events the viewer may read: gemeente and WSP staff those of the contracts of the gemeenten
 * they serve, and those of the catalogue versions of those gemeenten's regions, since a region's
 * catalogue counts for each of its gemeenten (docs/decisions/0012-catalogue-publisher.md).
 */
export function visibleAuditEventsWhere(viewer: Viewer | null): Prisma.AuditEventWhereInput {
  if (!viewer) return NOTHING;
  if (viewer.isPlatformAdmin) return {};
  const served = { id: { in: [...viewer.readableMunicipalityIds] } };
  return {
    OR: [
      { contract: staffContractsWhere(viewer) },
      { region: { municipalities: { some: served } } },
    ],
  };
}

/**
 * Organisations whose people (names, e-mail addresses) the viewer may read: the viewer's own, and
 * for gemeente and WSP staff those they work with in the gemeenten they serve: that gemeente's
 * team, the organisation carrying out its social return and the contractors holding one of its contracts. Another
 * gemeente's staff stay out of sight, even for staff.
 */
export function organisationsWorkedWithWhere(viewer: Viewer | null): Prisma.OrganisationWhereInput {
  if (!viewer) return NOTHING;
  if (viewer.isPlatformAdmin) return {};
  const own = viewer.memberships.flatMap((m) => (m.organisation ? [m.organisation.id] : []));
  const served = { in: [...viewer.readableMunicipalityIds] };
  return {
    OR: [
      { id: { in: own } },
      { municipalityId: served },
      { carriesOut: { some: { id: served } } },
      { contracts: { some: { municipalityId: served } } },
    ],
  };
}

/**
 * Who works where (an organisation's members, a contractor's contact persons) and what the
 * organisation records about itself (its PSO certificates): for the organisations the viewer works
 * with. Filtering on the organisation, not on the person, matters: someone the viewer knows from
 * one contractor must not reveal that they are also the contact of another.
 */
export function visibleMembershipsWhere(viewer: Viewer | null): Prisma.MembershipWhereInput {
  if (!viewer) return NOTHING;
  if (viewer.isPlatformAdmin) return {};
  return { organisation: organisationsWorkedWithWhere(viewer) };
}

export function visiblePsoCertificatesWhere(
  viewer: Viewer | null,
): Prisma.PsoCertificateWhereInput {
  if (!viewer) return NOTHING;
  if (viewer.isPlatformAdmin) return {};
  return { organisation: organisationsWorkedWithWhere(viewer) };
}

// One lookup per request (the viewer object lives as long as the request), however many rows the
// types below check.
const organisationsWorkedWith = new WeakMap<Viewer, Promise<Set<string>>>();

/** The types' own check of the rule above: does the viewer work with this organisation? */
export async function worksWithOrganisation(
  prisma: PrismaClient,
  viewer: Viewer | null,
  organisationId: string | null,
): Promise<boolean> {
  if (!viewer) return false;
  if (viewer.isPlatformAdmin) return true;
  if (organisationId === null) return false;
  let ids = organisationsWorkedWith.get(viewer);
  if (!ids) {
    ids = prisma.organisation
      .findMany({ where: organisationsWorkedWithWhere(viewer), select: { id: true } })
      .then((rows) => new Set(rows.map((row) => row.id)));
    organisationsWorkedWith.set(viewer, ids);
  }
  return (await ids).has(organisationId);
}

/**
 * People whose name and e-mail address the viewer may read: themselves, the people of the
 * organisations they work with, and the WSP accountmanager of a contract they may read.
 */
export function visiblePeopleWhere(viewer: Viewer | null): Prisma.UserWhereInput {
  if (!viewer) return NOTHING;
  if (viewer.isPlatformAdmin) return {};
  return {
    OR: [
      { id: viewer.userId },
      { memberships: { some: { organisation: organisationsWorkedWithWhere(viewer) } } },
      { consultantContracts: { some: readableContractsWhere(viewer) } },
    ],
  };
}

/**
 * The candidate pool (docs/decisions/0024-candidate-pool.md): only the members of the organisation
 * whose pool it is, and only the organisation that carries out a gemeente's social return keeps
 * one. Consultants, the WSP lead and the own team's coordinator see and edit everything; a
 * read-only member sees the pseudonymous record. The platform admin sees no candidate at all.
 */
const CANDIDATE_POOL_ROLES: Role[] = [
  "SERVICE_POINT_CONSULTANT",
  "SERVICE_POINT_LEAD",
  "MUNICIPALITY_ADMIN",
  "READ_ONLY",
];
export const CANDIDATE_CONSULTANT_ROLES: Role[] = [
  "SERVICE_POINT_CONSULTANT",
  "SERVICE_POINT_LEAD",
  "MUNICIPALITY_ADMIN",
];

/** The organisations in which the viewer holds one of `roles`. */
export function poolOrganisationIds(viewer: Viewer | null, roles: Role[]): string[] {
  return (viewer?.memberships ?? []).flatMap((m) =>
    m.organisation && roles.includes(m.role) ? [m.organisation.id] : [],
  );
}

export function visibleCandidatesWhere(viewer: Viewer | null): Prisma.CandidateWhereInput {
  return { organisationId: { in: poolOrganisationIds(viewer, CANDIDATE_POOL_ROLES) } };
}

export function canSeeCandidate(
  viewer: Viewer | null,
  candidate: { organisationId: string },
): boolean {
  return poolOrganisationIds(viewer, CANDIDATE_POOL_ROLES).includes(candidate.organisationId);
}

/** Name, contact details and editing: the pool's consultants only. */
export function isCandidateConsultant(
  viewer: Viewer | null,
  candidate: { organisationId: string },
): boolean {
  return poolOrganisationIds(viewer, CANDIDATE_CONSULTANT_ROLES).includes(candidate.organisationId);
}
