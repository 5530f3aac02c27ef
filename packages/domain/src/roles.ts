// Who does what on the platform (docs/domain.md), with the Dutch names the apps show.
export const ROLES = [
  "PLATFORM_ADMIN",
  "MUNICIPALITY_ADMIN",
  "SERVICE_POINT_LEAD",
  "SERVICE_POINT_CONSULTANT",
  "CONTRACT_MANAGER",
  "READ_ONLY",
  "CONTRACTOR_ADMIN",
  "CONTRACTOR_USER",
] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  PLATFORM_ADMIN: "Platformbeheerder",
  MUNICIPALITY_ADMIN: "SR-coördinator gemeente",
  SERVICE_POINT_LEAD: "Teamleider",
  SERVICE_POINT_CONSULTANT: "Accountmanager",
  CONTRACT_MANAGER: "Contractmanager afdeling",
  READ_ONLY: "Alleen lezen",
  CONTRACTOR_ADMIN: "Beheerder opdrachtnemer",
  CONTRACTOR_USER: "Medewerker opdrachtnemer",
};

export const ORGANISATION_KINDS = [
  "MUNICIPALITY",
  "SERVICE_POINT",
  "CONTRACTOR",
  "SOCIAL_ENTERPRISE",
] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

export const ORGANISATION_KIND_LABELS: Record<OrganisationKind, string> = {
  MUNICIPALITY: "Gemeente",
  SERVICE_POINT: "Werkgeversservicepunt",
  CONTRACTOR: "Opdrachtnemer",
  SOCIAL_ENTERPRISE: "Sociale onderneming",
};

/**
 * The roles a member of each kind of organisation can hold; the first is the organisation's
 * administrator (there must always be one left, see lastAdminRefusal).
 */
export const MEMBER_ROLES: Partial<Record<OrganisationKind, readonly Role[]>> = {
  MUNICIPALITY: ["MUNICIPALITY_ADMIN", "CONTRACT_MANAGER", "READ_ONLY"],
  SERVICE_POINT: ["SERVICE_POINT_LEAD", "SERVICE_POINT_CONSULTANT"],
  CONTRACTOR: ["CONTRACTOR_ADMIN", "CONTRACTOR_USER"],
  SOCIAL_ENTERPRISE: ["CONTRACTOR_ADMIN", "CONTRACTOR_USER"],
};

/** Whether a member with this role works for one department of its gemeente (contract manager). */
export function roleNeedsDepartment(role: Role): boolean {
  return role === "CONTRACT_MANAGER";
}

/** The role that manages an organisation's people: coordinator, WSP lead, contractor admin. */
export function adminRoleOf(kind: OrganisationKind): Role | null {
  return MEMBER_ROLES[kind]?.[0] ?? null;
}

/**
 * Which roles someone may give in an organisation of this kind, holding these roles there (or
 * being the platform admin). Nobody grants more than they hold: only an organisation's admin
 * grants its roles, the admin role included; a platform admin may staff any gemeente or WSP (its
 * first member, typically), while contractors keep administering themselves.
 */
export function grantableRoles(
  kind: OrganisationKind,
  heldThere: readonly Role[],
  isPlatformAdmin: boolean,
): Role[] {
  const roles = MEMBER_ROLES[kind] ?? [];
  const admin = adminRoleOf(kind);
  if (admin && heldThere.includes(admin)) return [...roles];
  if (isPlatformAdmin && (kind === "MUNICIPALITY" || kind === "SERVICE_POINT")) return [...roles];
  return [];
}

/**
 * The last active admin of an organisation stays: a change that would leave it without one is
 * refused, so an organisation can never lock itself out of managing its people.
 */
export function lastAdminRefusal(
  kind: OrganisationKind,
  activeAdminsAfterChange: number,
  activeAdminsBefore: number,
): string | null {
  if (activeAdminsBefore === 0 || activeAdminsAfterChange > 0) return null;
  const admin = adminRoleOf(kind);
  return `De organisatie houdt dan geen actieve ${admin ? ROLE_LABELS[admin] : "beheerder"} over. Geef eerst iemand anders die rol.`;
}

/** A contract manager's department as typed, compared without case and outer spaces. */
export function sameDepartment(a: string | null | undefined, b: string | null | undefined) {
  const norm = (value: string | null | undefined) => (value ?? "").trim().toLocaleLowerCase("nl");
  return norm(a) !== "" && norm(a) === norm(b);
}

/** A KvK number is 8 digits; spaces and dots people type are allowed and removed. */
export function normaliseKvkNumber(input: string): string | null {
  const digits = input.replace(/[\s.]/g, "");
  return /^\d{8}$/.test(digits) ? digits : null;
}
