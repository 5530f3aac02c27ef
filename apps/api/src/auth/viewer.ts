// Who is asking, and what that lets them see. Computed once per request from the session, so
// every visibility rule (docs/architecture.md, "Auth and visibility") is answered from these
// sets without more queries.
import type { OrganisationKind, Prisma, PrismaClient, Role } from "@prisma/client";
import { adminRoleOf, sameDepartment } from "@sroi/domain";
import type { Request } from "express";
import { keepSessionAlive, sessionTokenHash } from "./sessions.js";

export interface ViewerMembership {
  role: Role;
  department: string | null;
  organisation: { id: string; kind: OrganisationKind; name: string } | null;
}

export interface Viewer {
  userId: string;
  email: string;
  name: string;
  sessionId: string;
  memberships: ViewerMembership[];
  roles: Set<Role>;
  isPlatformAdmin: boolean;
  /** gemeenten whose contracts this person may read as gemeente or WSP staff */
  readableMunicipalityIds: Set<string>;
  /** gemeenten whose contracts this person may change (coordinator, WSP consultant) */
  manageableMunicipalityIds: Set<string>;
  /** contractor organisations this person works for */
  contractorIds: Set<string>;
  /** contractor organisations this person administers (may invite colleagues) */
  adminOfContractorIds: Set<string>;
  /** organisations whose people this person manages: coordinator, WSP lead, contractor admin */
  adminOfOrganisationIds: Set<string>;
  /** contract manager: gemeente id → the departments whose contracts this person registers */
  contractDepartments: Map<string, string[]>;
  /** regions whose bouwblokken catalogue this person may draft, publish and retire */
  catalogueRegionIds: Set<string>;
  /** gemeenten whose SR policy this person may draft and publish (the gemeente's own coordinator) */
  policyMunicipalityIds: Set<string>;
}

/** Staff roles that change contracts; in the organisation carrying out a gemeente's social return
 * these are its accountmanagers (the WSP lead does all a consultant does). */
export const STAFF_WRITE: Role[] = [
  "MUNICIPALITY_ADMIN",
  "SERVICE_POINT_LEAD",
  "SERVICE_POINT_CONSULTANT",
];

/** What a viewer is made of: the person, their memberships and the gemeenten each one serves. */
const VIEWER_USER = {
  include: {
    memberships: {
      include: {
        organisation: {
          include: {
            carriesOut: { select: { id: true, regionId: true } },
            municipality: { select: { id: true, regionId: true } },
          },
        },
      },
    },
  },
} satisfies Prisma.UserDefaultArgs;

type ViewerUser = Prisma.UserGetPayload<typeof VIEWER_USER>;

/**
 * The viewer of a request from its session cookie: session, person, memberships and the gemeenten
 * they serve in one SQL statement (joined, not a query per relation), since every request pays it.
 */
export async function viewerForRequest(prisma: PrismaClient, req: Request): Promise<Viewer | null> {
  const tokenHash = sessionTokenHash(req);
  if (tokenHash === null) return null;
  const session = await prisma.session.findUnique({
    where: { tokenHash },
    include: { user: VIEWER_USER },
    relationLoadStrategy: "join",
  });
  if (!session || !(await keepSessionAlive(prisma, session))) return null;
  return toViewer(session.user, session.id);
}

export async function loadViewer(
  prisma: PrismaClient,
  userId: string,
  sessionId: string,
): Promise<Viewer | null> {
  const user = await prisma.user.findUnique({
    where: { id: userId },
    ...VIEWER_USER,
    relationLoadStrategy: "join",
  });
  return user ? toViewer(user, sessionId) : null;
}

function toViewer(user: ViewerUser, sessionId: string): Viewer | null {
  // A deactivated account has no sessions left; this also covers a request already under way.
  if (user.deactivatedAt) return null;
  const viewer: Viewer = {
    userId: user.id,
    email: user.email,
    name: user.name,
    sessionId,
    memberships: user.memberships.map((m) => ({
      role: m.role,
      department: m.department,
      organisation: m.organisation
        ? { id: m.organisation.id, kind: m.organisation.kind, name: m.organisation.name }
        : null,
    })),
    roles: new Set(user.memberships.map((m) => m.role)),
    isPlatformAdmin: user.memberships.some((m) => m.role === "PLATFORM_ADMIN"),
    readableMunicipalityIds: new Set(),
    manageableMunicipalityIds: new Set(),
    contractorIds: new Set(),
    adminOfContractorIds: new Set(),
    adminOfOrganisationIds: new Set(),
    contractDepartments: new Map(),
    catalogueRegionIds: new Set(),
    policyMunicipalityIds: new Set(),
  };
  for (const { role, organisation, department } of user.memberships) {
    if (!organisation) continue;
    if (adminRoleOf(organisation.kind) === role) viewer.adminOfOrganisationIds.add(organisation.id);
    if (role === "CONTRACT_MANAGER" && organisation.municipalityId && department) {
      const departments = viewer.contractDepartments.get(organisation.municipalityId) ?? [];
      viewer.contractDepartments.set(organisation.municipalityId, [...departments, department]);
    }
    // A gemeente's own staff, and the organisation that carries out its social return (a WSP for
    // several gemeenten, or the gemeente's own team): Municipality.carriedOutBy is the one home.
    const served =
      organisation.kind === "MUNICIPALITY" && organisation.municipality
        ? [organisation.municipality, ...organisation.carriesOut]
        : organisation.kind === "SERVICE_POINT"
          ? organisation.carriesOut
          : [];
    for (const { id, regionId } of served) {
      viewer.readableMunicipalityIds.add(id);
      if (!STAFF_WRITE.includes(role)) continue;
      viewer.manageableMunicipalityIds.add(id);
      viewer.catalogueRegionIds.add(regionId);
    }
    if (role === "MUNICIPALITY_ADMIN" && organisation.municipalityId) {
      viewer.policyMunicipalityIds.add(organisation.municipalityId);
    }
    if (organisation.kind === "CONTRACTOR" || organisation.kind === "SOCIAL_ENTERPRISE") {
      if (role === "CONTRACTOR_ADMIN" || role === "CONTRACTOR_USER")
        viewer.contractorIds.add(organisation.id);
      if (role === "CONTRACTOR_ADMIN") viewer.adminOfContractorIds.add(organisation.id);
    }
  }
  return viewer;
}

export function isStaff(viewer: Viewer | null): boolean {
  return viewer !== null && (viewer.isPlatformAdmin || viewer.readableMunicipalityIds.size > 0);
}

export function isManager(viewer: Viewer | null): boolean {
  return viewer !== null && (viewer.isPlatformAdmin || viewer.manageableMunicipalityIds.size > 0);
}

/** Manages the people of an organisation: coordinator, WSP lead, contractor admin, platform admin. */
/** Regions and gemeenten (the organisation tree) are the platform admin's to manage. */
export function managesOrganisationTree(viewer: Viewer | null): boolean {
  return viewer?.isPlatformAdmin ?? false;
}

export function isPeopleManager(viewer: Viewer | null): boolean {
  return viewer !== null && (viewer.isPlatformAdmin || viewer.adminOfOrganisationIds.size > 0);
}

export function isContractor(viewer: Viewer | null): boolean {
  return viewer !== null && viewer.contractorIds.size > 0;
}

type ContractRef = { municipalityId: string; contractorId: string };

export function canReadContract(viewer: Viewer | null, contract: ContractRef): boolean {
  if (!viewer) return false;
  return (
    viewer.isPlatformAdmin ||
    viewer.readableMunicipalityIds.has(contract.municipalityId) ||
    viewer.contractorIds.has(contract.contractorId)
  );
}

export function canManageContract(viewer: Viewer | null, contract: ContractRef): boolean {
  if (!viewer) return false;
  return viewer.isPlatformAdmin || viewer.manageableMunicipalityIds.has(contract.municipalityId);
}

/**
 * The departments whose contracts the viewer registers and corrects for a gemeente: null for any
 * (a coordinator, a WSP consultant or the platform admin, for the gemeenten they manage), a
 * contract manager's own department(s), or none.
 */
export function registerableDepartments(
  viewer: Viewer | null,
  municipalityId: string,
): string[] | null {
  if (!viewer) return [];
  if (viewer.isPlatformAdmin || viewer.manageableMunicipalityIds.has(municipalityId)) return null;
  return viewer.contractDepartments.get(municipalityId) ?? [];
}

/** Registers or corrects a contract of this gemeente and department (registerableDepartments). */
export function canRegisterContract(
  viewer: Viewer | null,
  municipalityId: string,
  department: string | null | undefined,
): boolean {
  const own = registerableDepartments(viewer, municipalityId);
  return own === null || own.some((ownDepartment) => sameDepartment(ownDepartment, department));
}

export function isContractManager(viewer: Viewer | null): boolean {
  return (viewer?.contractDepartments.size ?? 0) > 0;
}

export function actsForContractor(viewer: Viewer | null, contract: ContractRef): boolean {
  return viewer?.contractorIds.has(contract.contractorId) ?? false;
}

/** The Prisma filter for "contracts this person may read": applied to every contract query. */
export function readableContractsWhere(viewer: Viewer | null) {
  if (!viewer) return { id: { in: [] as string[] } };
  if (viewer.isPlatformAdmin) return {};
  return {
    OR: [
      { municipalityId: { in: [...viewer.readableMunicipalityIds] } },
      { contractorId: { in: [...viewer.contractorIds] } },
    ],
  };
}

export function canManageCatalogue(viewer: Viewer | null, regionId: string): boolean {
  return viewer !== null && (viewer.isPlatformAdmin || viewer.catalogueRegionIds.has(regionId));
}

export function canManagePolicy(viewer: Viewer | null, municipalityId: string): boolean {
  return (
    viewer !== null && (viewer.isPlatformAdmin || viewer.policyMunicipalityIds.has(municipalityId))
  );
}
