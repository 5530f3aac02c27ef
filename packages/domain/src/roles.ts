// Who does what on the platform (docs/domain.md), with the Dutch names the apps show.
export const ROLES = [
  "PLATFORM_ADMIN",
  "MUNICIPALITY_ADMIN",
  "SERVICE_POINT_CONSULTANT",
  "READ_ONLY",
  "CONTRACTOR_ADMIN",
  "CONTRACTOR_USER",
] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  PLATFORM_ADMIN: "Platformbeheerder",
  MUNICIPALITY_ADMIN: "SR-coördinator gemeente",
  SERVICE_POINT_CONSULTANT: "Accountmanager",
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

/** A KvK number is 8 digits; spaces and dots people type are allowed and removed. */
export function normaliseKvkNumber(input: string): string | null {
  const digits = input.replace(/[\s.]/g, "");
  return /^\d{8}$/.test(digits) ? digits : null;
}
