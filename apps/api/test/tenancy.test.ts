// The tenancy matrix: every path to something with a draft state or a tenant, tried by every actor,
// over real HTTP. Where authorization.test.ts asks "may this role call this field at all", this
// file asks "what does it show them": a draft policy, a draft catalogue, a contract and its plan,
// realisations, evidence and letter, the people of an organisation. An actor of another gemeente
// or another contractor, and anonymous callers, must never see another tenant's rows or a draft.
// A new path to a tenant-owned type is one row in PATHS.

import { toIsoDate } from "@sroi/db";
import { backends } from "@sroi/db/testing/backends";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashPassword } from "../src/auth/passwords.js";
import { loadViewer } from "../src/auth/viewer.js";
import {
  canSeeCatalogueVersion,
  canSeePolicy,
  isStaffForContract,
  staffContractsWhere,
  visibleCatalogueVersionsWhere,
  visibleMembershipsWhere,
  visiblePoliciesWhere,
  visiblePsoCertificatesWhere,
  worksWithOrganisation,
} from "../src/auth/visibility.js";
import { type Client, startTestApi, type TestApi } from "./support.js";

const HAARLEM_AUDITOR = "auditor@haarlem.test";
/** read-only staff of gemeente Haarlem who also works for Bouwbedrijf Eemland: staff somewhere,
 * yet only a contractor on Eemland's contracts with Amersfoort */
const HAARLEM_STAFF_EEMLAND_USER = "haarlem-en-eemland@mixed.test";

const ACTORS = {
  anonymous: null,
  platformAdmin: "admin@platform.demo",
  amersfoortCoordinator: "coordinator@amersfoort.demo",
  wspAmersfoortConsultant: "consultant@wsp-amersfoort.demo",
  amersfoortAuditor: "auditor@amersfoort.demo",
  haarlemCoordinator: "coordinator@haarlem.demo",
  haarlemAuditor: HAARLEM_AUDITOR,
  eemlandAdmin: "admin@bouwbedrijf-eemland.demo",
  eemlandUser: "medewerker@bouwbedrijf-eemland.demo",
  spaarneAdmin: "admin@groen-spaarne.demo",
  haarlemStaffEemlandUser: HAARLEM_STAFF_EEMLAND_USER,
} as const;
type Actor = keyof typeof ACTORS;
const ALL = Object.keys(ACTORS) as Actor[];

/** may draft and publish Amersfoort's SR policy */
const AMERSFOORT_POLICY_MANAGERS: Actor[] = ["platformAdmin", "amersfoortCoordinator"];
/** may draft and publish the bouwblokken catalogue of regio Amersfoort */
const AMERSFOORT_CATALOGUE_MANAGERS: Actor[] = [
  "platformAdmin",
  "amersfoortCoordinator",
  "wspAmersfoortConsultant",
];
/** gemeente and WSP staff who serve Amersfoort */
const AMERSFOORT_STAFF: Actor[] = [
  "platformAdmin",
  "amersfoortCoordinator",
  "wspAmersfoortConsultant",
  "amersfoortAuditor",
];
/** may change Amersfoort's contracts: review plans and realisations */
const AMERSFOORT_MANAGERS: Actor[] = [
  "platformAdmin",
  "amersfoortCoordinator",
  "wspAmersfoortConsultant",
];
/** the WSP accountmanager of a contract one reads is no secret; only staff may list people, so
 * the contractor who is also staff elsewhere finds the accountmanager of its contract there too */
const AMERSFOORT_STAFF_AND_THEIR_CONTRACTOR_STAFF: Actor[] = [
  ...AMERSFOORT_STAFF,
  "haarlemStaffEemlandUser",
];
const NOT_SIGNED_IN: Actor[] = ["anonymous"];
const NOT_STAFF: Actor[] = ["anonymous", "eemlandAdmin", "eemlandUser", "spaarneAdmin"];
/** gemeente and WSP staff, read-only included: whoever isStaff lets through */
const ALL_STAFF: Actor[] = [
  "platformAdmin",
  "amersfoortCoordinator",
  "wspAmersfoortConsultant",
  "amersfoortAuditor",
  "haarlemCoordinator",
  "haarlemAuditor",
  "haarlemStaffEemlandUser",
];
const HAARLEM_STAFF: Actor[] = [
  "platformAdmin",
  "haarlemCoordinator",
  "haarlemAuditor",
  "haarlemStaffEemlandUser",
];
/** work for Bouwbedrijf Eemland, one of them also as staff of another gemeente */
const EEMLAND: Actor[] = ["eemlandAdmin", "eemlandUser", "haarlemStaffEemlandUser"];
/** AMF-2026-001 and AMF-2025-017 are Bouwbedrijf Eemland's contracts with gemeente Amersfoort */
const EEMLAND_AMERSFOORT_CONTRACT: Actor[] = [...AMERSFOORT_STAFF, ...EEMLAND];
/** SOE-2025-011 and BRN-2024-002 are Eemland's in Soest and Baarn: the WSP serves them, the
 * coordinator of Amersfoort is a manager of another gemeente there */
const EEMLAND_OTHER_GEMEENTE_CONTRACT: Actor[] = [
  "platformAdmin",
  "wspAmersfoortConsultant",
  ...EEMLAND,
];

interface Fixtures {
  draftPolicyId: string;
  publishedPolicyId: string;
  publishedPolicyValidFrom: string;
  draftCatalogueKey: string;
  publishedCatalogueKey: string;
  /** AMF-2026-001 */
  contractId: string;
  contractVersion: number;
  /** an Eemland contract whose contractor has not yet asked for an intake */
  intakeContractId: string;
  amersfoortRegionCode: string;
  eemlandId: string;
  /** AMF-2025-017, in execution */
  executionContractId: string;
  approvedPlanId: string;
  submittedRealisation: { id: string; version: number };
  evidenceId: string;
  /** SOE-2025-011, its plan waits for the WSP */
  soestContractId: string;
  submittedPlan: { id: string; version: number };
  /** BRN-2024-002, assessed */
  assessedContractId: string;
  /** gemeente Amersfoort's own team, and its read-only auditor's account and membership */
  amersfoortTeamId: string;
  amersfoortAuditor: { userId: string; membershipId: string };
  /** HLM-2023-015, Eemland's with Haarlem, with an accountmanager of Haarlem's own team */
  haarlemContractId: string;
  /** a contractor Amersfoort registered with a contract of its own; Haarlem has none with it */
  amersfoortOnlyContractorKvk: string;
  amersfoortOnlyContractId: string;
  /** an unchecked PSO certificate of that contractor */
  amersfoortOnlyPsoId: string;
  /** a question from Amersfoort's public page, open; and one already handled */
  amersfoortIdeaId: string;
  handledAmersfoortIdeaId: string;
}

// Values only a viewer who may see the row can find in an answer.
const DRAFT_POLICY_NAME = "Conceptbeleid Amersfoort matrix-4c1e";
const DRAFT_CATALOGUE_NAME = "Conceptmodel regio Amersfoort matrix-9b2d";
/** the contact person Amersfoort registers with a contractor that works only for Amersfoort */
const AMERSFOORT_ONLY_CONTACT = "contact@alleen-amersfoort.test";
const AMERSFOORT_ONLY_CONTRACTOR = "Aannemer Alleen Amersfoort matrix-5e7a";
/** works for that contractor and for Groenbeheer Spaarne, which Haarlem does work with */
const SHARED_CONTACT = "gedeeld@spaarne-en-amersfoort.test";
/** PSO certificate numbers: of the Amersfoort-only contractor, and Eemland's checked one */
const AMERSFOORT_ONLY_PSO = "PSO-MATRIX-AMF";
const EEMLAND_PSO = "PSO-MATRIX-EEM";
/** the text of a question sent through Amersfoort's public page */
const AMERSFOORT_IDEA = "Vraag over social return matrix-7f3a";

interface Outcome {
  status: number;
  body: unknown;
  errors: string[];
}

interface Path {
  /** a GraphQL operation, or an HTTP path for the download routes */
  graphql?: string;
  get?: (f: Fixtures) => string;
  variables?: (f: Fixtures) => Record<string, unknown>;
  /** who sees the row by this path; everyone else must not */
  seenBy: Actor[];
  /**
   * who of the others is refused outright (FORBIDDEN, UNAUTHENTICATED or NotAllowedError); the
   * rest must get a clean answer without the row, so a type check that fires on a path that
   * forgot its filter fails the row as well
   */
  refusedTo?: Actor[] | "everyone else";
  /** whether the answer shows the row: by default, whether the marker occurs in it */
  marker?: string;
  saw?: (outcome: Outcome, f: Fixtures) => boolean;
}

/** a mutation got past every authorization check when it was refused for another reason */
const pastAuthorization = (field: string) => (outcome: Outcome) => {
  const data = outcome.body as Record<string, { __typename?: string } | null> | null;
  const typename = data?.[field]?.__typename;
  return typename !== undefined && typename !== "NotAllowedError";
};
const nonEmpty = (field: string) => (outcome: Outcome) => {
  const value = (outcome.body as Record<string, unknown> | null)?.[field];
  return Array.isArray(value) ? value.length > 0 : value != null;
};
const downloaded = (outcome: Outcome) => outcome.status === 200;
/** whether the answer's list holds the row (found by key) with viewerCan[action] true */
const allowedFor =
  (list: string, key: string, value: (f: Fixtures) => string, action: string) =>
  (outcome: Outcome, f: Fixtures) => {
    const rows = (outcome.body as Record<string, Record<string, unknown>[]> | null)?.[list] ?? [];
    const row = rows.find((candidate) => candidate?.[key] === value(f));
    return (row?.viewerCan as Record<string, boolean> | undefined)?.[action] === true;
  };

const PATHS: Record<string, Path> = {
  // A draft SR policy: only those who may manage the gemeente's policy.
  "draft policy: municipalities → policies": {
    graphql: "{ municipalities { policies { name percentage } } }",
    marker: DRAFT_POLICY_NAME,
    seenBy: AMERSFOORT_POLICY_MANAGERS,
  },
  "draft policy: policy(id)": {
    graphql: "query ($id: ID!) { policy(id: $id) { name } }",
    variables: (f) => ({ id: f.draftPolicyId }),
    marker: DRAFT_POLICY_NAME,
    seenBy: AMERSFOORT_POLICY_MANAGERS,
  },
  "draft policy: regions → municipalities → policies": {
    graphql: "{ regions { municipalities { policies { name } } } }",
    marker: DRAFT_POLICY_NAME,
    seenBy: AMERSFOORT_POLICY_MANAGERS,
  },
  "draft policy: me → readableMunicipalities → policies": {
    graphql: "{ me { readableMunicipalities { policies { name } } } }",
    marker: DRAFT_POLICY_NAME,
    seenBy: AMERSFOORT_POLICY_MANAGERS,
  },
  "draft policy: contract → municipality → policies": {
    graphql: "query ($id: ID!) { contract(id: $id) { municipality { policies { name } } } }",
    variables: (f) => ({ id: f.contractId }),
    marker: DRAFT_POLICY_NAME,
    seenBy: ["amersfoortCoordinator", "platformAdmin"],
    refusedTo: NOT_SIGNED_IN,
  },
  "draft policy: catalogueVersion → region → municipalities → policies": {
    graphql:
      "query ($key: String!) { catalogueVersion(key: $key) { region { municipalities { policies { name } } } } }",
    variables: (f) => ({ key: f.publishedCatalogueKey }),
    marker: DRAFT_POLICY_NAME,
    seenBy: AMERSFOORT_POLICY_MANAGERS,
  },
  "draft policy: comparePolicies(published, draft)": {
    graphql:
      "query ($before: ID!, $after: ID!) { comparePolicies(beforeId: $before, afterId: $after) { field after } }",
    variables: (f) => ({ before: f.publishedPolicyId, after: f.draftPolicyId }),
    saw: nonEmpty("comparePolicies"),
    seenBy: AMERSFOORT_POLICY_MANAGERS,
    refusedTo: NOT_STAFF,
  },
  "draft policy: comparePolicies(draft, published)": {
    graphql:
      "query ($before: ID!, $after: ID!) { comparePolicies(beforeId: $before, afterId: $after) { field before } }",
    variables: (f) => ({ before: f.draftPolicyId, after: f.publishedPolicyId }),
    saw: nonEmpty("comparePolicies"),
    seenBy: AMERSFOORT_POLICY_MANAGERS,
    refusedTo: NOT_STAFF,
  },
  "draft policy: municipalities → policyDraft": {
    graphql: "{ municipalities { policyDraft { name } } }",
    marker: DRAFT_POLICY_NAME,
    seenBy: AMERSFOORT_POLICY_MANAGERS,
  },
  "draft policy: createPolicyDraft while it exists (refused, naming it)": {
    graphql: `mutation { createPolicyDraft(municipalityCode: "GM0307") {
      __typename ... on Error { message } } }`,
    marker: DRAFT_POLICY_NAME,
    seenBy: AMERSFOORT_POLICY_MANAGERS,
    refusedTo: "everyone else",
  },
  "draft policy: municipalities → viewerCan.createPolicyDraft (never while it exists)": {
    graphql: "{ municipalities { code viewerCan { createPolicyDraft } } }",
    saw: allowedFor("municipalities", "code", () => "GM0307", "createPolicyDraft"),
    seenBy: [],
  },

  "draft policy: publishPolicy by a coordinator": {
    // publishing on the published version's date is refused after authorization, so nothing changes
    graphql: `mutation ($id: ID!, $validFrom: Date!) { publishPolicy(id: $id, validFrom: $validFrom) {
      __typename } }`,
    variables: (f) => ({ id: f.draftPolicyId, validFrom: f.publishedPolicyValidFrom }),
    saw: pastAuthorization("publishPolicy"),
    seenBy: AMERSFOORT_POLICY_MANAGERS,
    refusedTo: "everyone else",
  },

  // The organisation tree: the CBS list and every change to the tree are the platform admin's.
  // Each mutation is refused after authorization (a name in use, a gemeente already present or
  // already in that region), so nothing changes.
  "organisation tree: cbsMunicipalities": {
    graphql: "{ cbsMunicipalities { municipalities { code name } } }",
    marker: "GM0355",
    seenBy: ["platformAdmin"],
    refusedTo: "everyone else",
  },
  "organisation tree: municipalities → organisation": {
    graphql: "{ municipalities { code organisation { name } } }",
    marker: "Gemeente Amersfoort",
    seenBy: [
      ...AMERSFOORT_STAFF,
      "haarlemCoordinator",
      "haarlemAuditor",
      "haarlemStaffEemlandUser",
    ],
    refusedTo: "everyone else",
  },
  "organisation tree: createRegion": {
    graphql: 'mutation { createRegion(name: "WSP regio Amersfoort") { __typename } }',
    saw: pastAuthorization("createRegion"),
    seenBy: ["platformAdmin"],
    refusedTo: "everyone else",
  },
  "organisation tree: renameRegion": {
    graphql: `mutation ($code: String!) { renameRegion(regionCode: $code,
      name: "Zuid-Kennemerland en IJmond") { __typename } }`,
    variables: (f) => ({ code: f.amersfoortRegionCode }),
    saw: pastAuthorization("renameRegion"),
    seenBy: ["platformAdmin"],
    refusedTo: "everyone else",
  },
  "organisation tree: addMunicipality": {
    graphql: `mutation ($code: String!) { addMunicipality(regionCode: $code, code: "GM0307") {
      __typename } }`,
    variables: (f) => ({ code: f.amersfoortRegionCode }),
    saw: pastAuthorization("addMunicipality"),
    seenBy: ["platformAdmin"],
    refusedTo: "everyone else",
  },
  "organisation tree: moveMunicipality": {
    graphql: `mutation ($code: String!) { moveMunicipality(municipalityCode: "GM0307",
      regionCode: $code) { __typename } }`,
    variables: (f) => ({ code: f.amersfoortRegionCode }),
    saw: pastAuthorization("moveMunicipality"),
    seenBy: ["platformAdmin"],
    refusedTo: "everyone else",
  },
  // Refused for an empty name or a wrong phone once past authorization: nothing changes for the rows after.
  "organisation tree: setCarriedOutBy": {
    graphql: `mutation { setCarriedOutBy(municipalityCode: "GM0307",
      create: { kind: SERVICE_POINT, name: " " }) { __typename } }`,
    saw: pastAuthorization("setCarriedOutBy"),
    seenBy: ["platformAdmin"],
    refusedTo: "everyone else",
  },
  "organisation tree: updateOrganisationContact": {
    graphql: `mutation ($id: ID!) { updateOrganisationContact(organisationId: $id,
      phone: "bel ons") { __typename } }`,
    variables: (f) => ({ id: f.amersfoortTeamId }),
    saw: pastAuthorization("updateOrganisationContact"),
    seenBy: ["platformAdmin"],
    refusedTo: "everyone else",
  },

  // A draft bouwblokken catalogue: only those who may manage the region's catalogue.
  "draft catalogue: regions → catalogueVersions": {
    graphql: "{ regions { catalogueVersions { name } } }",
    marker: DRAFT_CATALOGUE_NAME,
    seenBy: AMERSFOORT_CATALOGUE_MANAGERS,
  },
  "draft catalogue: catalogueVersion(key)": {
    graphql: "query ($key: String!) { catalogueVersion(key: $key) { name } }",
    variables: (f) => ({ key: f.draftCatalogueKey }),
    marker: DRAFT_CATALOGUE_NAME,
    seenBy: AMERSFOORT_CATALOGUE_MANAGERS,
  },
  "draft catalogue: me → readableMunicipalities → region → catalogueVersions": {
    graphql: "{ me { readableMunicipalities { region { catalogueVersions { name } } } } }",
    marker: DRAFT_CATALOGUE_NAME,
    seenBy: AMERSFOORT_CATALOGUE_MANAGERS,
  },
  "draft catalogue: contract → municipality → region → catalogueVersions": {
    graphql:
      "query ($id: ID!) { contract(id: $id) { municipality { region { catalogueVersions { name } } } } }",
    variables: (f) => ({ id: f.contractId }),
    marker: DRAFT_CATALOGUE_NAME,
    seenBy: AMERSFOORT_CATALOGUE_MANAGERS,
    refusedTo: NOT_SIGNED_IN,
  },
  "draft catalogue: compareCatalogueVersions(published, draft)": {
    graphql:
      "query ($before: String!, $after: String!) { compareCatalogueVersions(beforeKey: $before, afterKey: $after) { after { name } } }",
    variables: (f) => ({ before: f.publishedCatalogueKey, after: f.draftCatalogueKey }),
    marker: DRAFT_CATALOGUE_NAME,
    seenBy: AMERSFOORT_CATALOGUE_MANAGERS,
  },
  "draft catalogue: valuePreview": {
    graphql: `query ($key: String!) { valuePreview(input: { catalogueKey: $key, blockCode: "MATRIX",
      hours: "10" }) { __typename } }`,
    variables: (f) => ({ key: f.draftCatalogueKey }),
    saw: (outcome) =>
      (outcome.body as { valuePreview?: { __typename: string } } | null)?.valuePreview
        ?.__typename === "ValuePreview",
    seenBy: AMERSFOORT_CATALOGUE_MANAGERS,
  },
  "draft catalogue: saveBlock by a manager": {
    // a second block with an existing code is refused after authorization, so nothing changes
    graphql: `mutation ($key: String!) { saveBlock(catalogueKey: $key, block: { code: "MATRIX",
      name: "Matrixblok", category: COMMUNITY_ACTIVITY, kind: PER_HOUR, amount: "1.00" }) {
      __typename } }`,
    variables: (f) => ({ key: f.draftCatalogueKey }),
    saw: pastAuthorization("saveBlock"),
    seenBy: AMERSFOORT_CATALOGUE_MANAGERS,
    refusedTo: "everyone else",
  },
  "draft catalogue: GET /export/catalogi/<key>.json": {
    get: (f) => `/export/catalogi/${f.draftCatalogueKey}.json`,
    saw: downloaded,
    seenBy: AMERSFOORT_CATALOGUE_MANAGERS,
  },
  "draft catalogue: GET /export/catalogi/<key>.csv": {
    get: (f) => `/export/catalogi/${f.draftCatalogueKey}.csv`,
    saw: downloaded,
    seenBy: AMERSFOORT_CATALOGUE_MANAGERS,
  },

  // A contract of gemeente Amersfoort and everything under it.
  "contract: contracts": {
    graphql:
      '{ contracts(first: 100, filter: { search: "AMF-2026-001" }) { edges { node { reference } } } }',
    marker: "AMF-2026-001",
    seenBy: EEMLAND_AMERSFOORT_CONTRACT,
    refusedTo: NOT_SIGNED_IN,
  },
  "contract: contract(id)": {
    graphql: "query ($id: ID!) { contract(id: $id) { reference } }",
    variables: (f) => ({ id: f.contractId }),
    marker: "AMF-2026-001",
    seenBy: EEMLAND_AMERSFOORT_CONTRACT,
    refusedTo: NOT_SIGNED_IN,
  },
  "contract: auditEvents → contract": {
    graphql:
      '{ auditEvents(first: 200, filter: { action: "contract.register" }) { edges { node { contract { reference } } } } }',
    marker: "AMF-2026-001",
    seenBy: AMERSFOORT_STAFF,
    refusedTo: NOT_STAFF,
  },
  "contract of another gemeente: contract(id)": {
    graphql: "query ($id: ID!) { contract(id: $id) { reference } }",
    variables: (f) => ({ id: f.soestContractId }),
    marker: "SOE-2025-011",
    seenBy: EEMLAND_OTHER_GEMEENTE_CONTRACT,
    refusedTo: NOT_SIGNED_IN,
  },
  "plan: contract → plans": {
    graphql: "query ($id: ID!) { contract(id: $id) { plans { id status } } }",
    variables: (f) => ({ id: f.soestContractId }),
    marker: "SUBMITTED",
    seenBy: EEMLAND_OTHER_GEMEENTE_CONTRACT,
    refusedTo: NOT_SIGNED_IN,
  },
  "plan: comparePlanVersions": {
    graphql:
      "query ($before: ID!, $after: ID!) { comparePlanVersions(beforeId: $before, afterId: $after) { status } }",
    variables: (f) => ({ before: f.approvedPlanId, after: f.approvedPlanId }),
    saw: nonEmpty("comparePlanVersions"),
    seenBy: EEMLAND_AMERSFOORT_CONTRACT,
    refusedTo: NOT_SIGNED_IN,
  },
  "plan: reviewPlan of another gemeente's contract": {
    graphql: `mutation ($id: ID!, $version: Int!) { reviewPlan(planId: $id, version: $version,
      approve: false, comment: "") { __typename } }`,
    variables: (f) => ({ id: f.submittedPlan.id, version: f.submittedPlan.version }),
    saw: pastAuthorization("reviewPlan"),
    seenBy: ["platformAdmin", "wspAmersfoortConsultant"],
    refusedTo: "everyone else",
  },
  "realisation: contract → realisations": {
    graphql: "query ($id: ID!) { contract(id: $id) { realisations { id } } }",
    variables: (f) => ({ id: f.executionContractId }),
    saw: (outcome, f) => JSON.stringify(outcome.body).includes(f.submittedRealisation.id),
    seenBy: EEMLAND_AMERSFOORT_CONTRACT,
    refusedTo: NOT_SIGNED_IN,
  },
  "realisation: reviewRealisation": {
    graphql: `mutation ($id: ID!, $version: Int!) { reviewRealisation(id: $id, version: $version,
      accept: false, reason: "") { __typename } }`,
    variables: (f) => ({ id: f.submittedRealisation.id, version: f.submittedRealisation.version }),
    saw: pastAuthorization("reviewRealisation"),
    seenBy: AMERSFOORT_MANAGERS,
    refusedTo: "everyone else",
  },
  "realisation: acceptRealisations": {
    graphql: `mutation ($contract: ID!, $id: ID!, $version: Int!) { acceptRealisations(contractId: $contract,
      realisations: [{ id: $id, version: $version }]) { __typename ... on Error { message } } }`,
    variables: (f) => ({
      contract: f.executionContractId,
      id: f.submittedRealisation.id,
      version: f.submittedRealisation.version,
    }),
    // Past the reviewer check, the fixture's entry is refused for needing judgement; the
    // refusal to others names no reason of the entry.
    saw: (outcome) => {
      const result = (
        outcome.body as { acceptRealisations?: { __typename: string; message?: string } } | null
      )?.acceptRealisations;
      return (
        result !== undefined &&
        (result.__typename !== "NotAllowedError" || /^Niet alle gekozen/.test(result.message ?? ""))
      );
    },
    seenBy: AMERSFOORT_MANAGERS,
    refusedTo: "everyone else",
  },
  "realisation: contract → realisations → judgementReason, planLine": {
    graphql:
      "query ($id: ID!) { contract(id: $id) { realisations { id judgementReason planLine { id } } } }",
    variables: (f) => ({ id: f.executionContractId }),
    saw: (outcome, f) => JSON.stringify(outcome.body).includes(f.submittedRealisation.id),
    seenBy: EEMLAND_AMERSFOORT_CONTRACT,
    refusedTo: NOT_SIGNED_IN,
  },
  "evidence: GET /bewijs/<id>": {
    get: (f) => `/bewijs/${f.evidenceId}`,
    saw: downloaded,
    seenBy: EEMLAND_AMERSFOORT_CONTRACT,
  },
  "assessment: contract → assessment": {
    graphql: "query ($id: ID!) { contract(id: $id) { assessment { outcome } } }",
    variables: (f) => ({ id: f.assessedContractId }),
    marker: "FULFILLED",
    seenBy: EEMLAND_OTHER_GEMEENTE_CONTRACT,
    refusedTo: NOT_SIGNED_IN,
  },
  "assessment: GET /brieven/eindbeoordeling/<contract>": {
    get: (f) => `/brieven/eindbeoordeling/${f.assessedContractId}`,
    saw: downloaded,
    seenBy: EEMLAND_OTHER_GEMEENTE_CONTRACT,
  },

  // A change refused to someone is refused before their input is looked at: a manager of another
  // gemeente or another contractor hears nothing about a contract they cannot see, not even that
  // their input is wrong. Each input below is invalid, so nothing changes for those who may.
  "refused before validation: correctContract": {
    graphql: `mutation ($id: ID!, $version: Int!) { correctContract(id: $id, version: $version,
      contract: { reference: "AMF-2026-001", title: "", kind: WORKS, valueExclVat: "1.555",
      awardDate: "2026-01-01" }) { __typename } }`,
    variables: (f) => ({ id: f.contractId, version: f.contractVersion }),
    saw: pastAuthorization("correctContract"),
    seenBy: AMERSFOORT_MANAGERS,
    refusedTo: "everyone else",
  },
  "refused before validation: requestIntake": {
    graphql: `mutation ($id: ID!) { requestIntake(contractId: $id, message: "") { __typename } }`,
    variables: (f) => ({ id: f.intakeContractId }),
    saw: pastAuthorization("requestIntake"),
    seenBy: EEMLAND,
    refusedTo: "everyone else",
  },
  // The work queues: staff see the contracts they manage, a contractor its own.
  "work queue: me → workQueue → staff (a Soest plan waits for the WSP)": {
    graphql: "{ me { workQueue { staff { kind items { reference } } } } }",
    marker: "SOE-2025-011",
    seenBy: ["platformAdmin", "wspAmersfoortConsultant"],
  },
  "work queue: me → workQueue → contracts": {
    graphql: "{ me { workQueue { contracts { reference tasks { kind } } } } }",
    marker: "SOE-2025-011",
    seenBy: EEMLAND,
  },
  "work queue: contract → openTasks": {
    graphql: "query ($id: ID!) { contract(id: $id) { openTasks { reference tasks { kind } } } }",
    variables: (f) => ({ id: f.soestContractId }),
    marker: "SOE-2025-011",
    seenBy: EEMLAND_OTHER_GEMEENTE_CONTRACT,
    refusedTo: NOT_SIGNED_IN,
  },

  // What a gemeente prints on its eindbeoordeling letter: its own staff and WSP read it, the
  // coordinator changes it.
  "gemeente letter: municipalities → letter": {
    graphql: "{ municipalities { code letter { address paymentTerm } } }",
    marker: "Postbus 4000",
    seenBy: AMERSFOORT_STAFF,
  },
  "gemeente letter: updateMunicipalityLetter": {
    // an address over 300 characters is refused after authorization, so nothing changes
    graphql: `mutation ($address: String!) { updateMunicipalityLetter(municipalityCode: "GM0307",
      letter: { address: $address }) { __typename } }`,
    variables: () => ({ address: "x".repeat(301) }),
    saw: pastAuthorization("updateMunicipalityLetter"),
    seenBy: AMERSFOORT_POLICY_MANAGERS,
    refusedTo: "everyone else",
  },

  // A gemeente's public page: its draft texts only for those who manage its policy; the published
  // texts for anyone (the demo publishes what it drafts, so the marker is in both).
  "gemeente page draft: municipalities → pageDraft": {
    graphql: "{ municipalities { code pageDraft { localAccents } } }",
    marker: "duurzaam werk",
    seenBy: AMERSFOORT_POLICY_MANAGERS,
  },
  "gemeente page: municipalityBySlug → page": {
    graphql: '{ municipalityBySlug(slug: "amersfoort") { page { localAccents } } }',
    marker: "duurzaam werk",
    seenBy: ALL,
  },
  "gemeente page: saveMunicipalityPageDraft": {
    // an introduction over the limit is refused after authorization, so nothing changes
    graphql: `mutation ($text: String!) { saveMunicipalityPageDraft(municipalityCode: "GM0307",
      texts: { introduction: $text }) { __typename } }`,
    variables: () => ({ text: "x".repeat(4001) }),
    saw: pastAuthorization("saveMunicipalityPageDraft"),
    seenBy: AMERSFOORT_POLICY_MANAGERS,
    refusedTo: "everyone else",
  },
  "gemeente page: publishMunicipalityPage": {
    // nothing waits in the demo draft, so a manager gets a ValidationError and nothing changes
    graphql: 'mutation { publishMunicipalityPage(municipalityCode: "GM0307") { __typename } }',
    saw: pastAuthorization("publishMunicipalityPage"),
    seenBy: AMERSFOORT_POLICY_MANAGERS,
    refusedTo: "everyone else",
  },

  "refused before validation: savePlan": {
    graphql: `mutation ($id: ID!, $lines: [PlanLineInput!]!) { savePlan(contractId: $id,
      reportFrequency: QUARTERLY, lines: $lines) { __typename } }`,
    variables: (f) => ({
      id: f.contractId,
      lines: Array.from({ length: 201 }, () => ({ blockCode: "PW" })),
    }),
    saw: pastAuthorization("savePlan"),
    seenBy: EEMLAND,
    refusedTo: "everyone else",
  },
  "refused before validation: submitRealisation": {
    graphql: `mutation ($id: ID!) { submitRealisation(contractId: $id, input: { blockCode: "PW",
      personRef: "123456782" }) { __typename } }`,
    variables: (f) => ({ id: f.executionContractId }),
    saw: pastAuthorization("submitRealisation"),
    seenBy: EEMLAND,
    refusedTo: "everyone else",
  },
  "refused before validation: correctRealisation": {
    graphql: `mutation ($id: ID!, $version: Int!) { correctRealisation(id: $id, version: $version,
      input: { blockCode: "PW", personRef: "123456782" }) { __typename } }`,
    variables: (f) => ({ id: f.submittedRealisation.id, version: f.submittedRealisation.version }),
    saw: pastAuthorization("correctRealisation"),
    seenBy: EEMLAND,
    refusedTo: "everyone else",
  },
  "refused before validation: updatePolicyDraft": {
    graphql: `mutation ($id: ID!) { updatePolicyDraft(id: $id, input: { name: "", percentage: "0.05",
      belowThreshold: ACTIVITY, psoDiscounts: [], contactDeadlineDays: 0,
      reportFrequency: QUARTERLY }) { __typename } }`,
    variables: (f) => ({ id: f.draftPolicyId }),
    saw: pastAuthorization("updatePolicyDraft"),
    seenBy: AMERSFOORT_POLICY_MANAGERS,
    refusedTo: "everyone else",
  },
  "refused before validation: createCatalogueDraft": {
    graphql: `mutation ($region: String!) { createCatalogueDraft(regionCode: $region,
      key: "Geen Sleutel", name: "") { __typename } }`,
    variables: (f) => ({ region: f.amersfoortRegionCode }),
    saw: pastAuthorization("createCatalogueDraft"),
    seenBy: AMERSFOORT_CATALOGUE_MANAGERS,
    refusedTo: "everyone else",
  },
  "refused before validation: updateCatalogueDraft": {
    graphql: `mutation ($key: String!) { updateCatalogueDraft(key: $key, input: { name: "",
      basisHours: "0" }) { __typename } }`,
    variables: (f) => ({ key: f.draftCatalogueKey }),
    saw: pastAuthorization("updateCatalogueDraft"),
    seenBy: AMERSFOORT_CATALOGUE_MANAGERS,
    refusedTo: "everyone else",
  },
  "refused before validation: saveBlock": {
    graphql: `mutation ($key: String!) { saveBlock(catalogueKey: $key, block: { code: "geen code",
      name: "", category: COMMUNITY_ACTIVITY, kind: PER_HOUR }) { __typename } }`,
    variables: (f) => ({ key: f.draftCatalogueKey }),
    saw: pastAuthorization("saveBlock"),
    seenBy: AMERSFOORT_CATALOGUE_MANAGERS,
    refusedTo: "everyone else",
  },
  "refused before validation: saveBonus": {
    graphql: `mutation ($key: String!) { saveBonus(catalogueKey: $key, bonus: { code: "geen code",
      name: "", amount: "1.00", appliesTo: [], oneOff: false }) { __typename } }`,
    variables: (f) => ({ key: f.draftCatalogueKey }),
    saw: pastAuthorization("saveBonus"),
    seenBy: AMERSFOORT_CATALOGUE_MANAGERS,
    refusedTo: "everyone else",
  },

  // The ideas form: the questions of a gemeente's public page are for the staff who serve it.
  "a question from Amersfoort's page: ideaMessage": {
    graphql: "query ($id: ID!) { ideaMessage(id: $id) { message senderEmail } }",
    variables: (f) => ({ id: f.amersfoortIdeaId }),
    marker: AMERSFOORT_IDEA,
    seenBy: AMERSFOORT_STAFF,
    refusedTo: NOT_STAFF,
  },
  "a question from Amersfoort's page: me → workQueue": {
    graphql: "{ me { workQueue { staff { items { title } } } } }",
    marker: AMERSFOORT_IDEA,
    seenBy: AMERSFOORT_MANAGERS,
  },
  "a question from Amersfoort's page: markIdeaHandled": {
    // the handled one: those who may handle it are told it already is
    graphql:
      "mutation ($id: ID!) { markIdeaHandled(id: $id) { __typename ... on Error { message } } }",
    variables: (f) => ({ id: f.handledAmersfoortIdeaId }),
    saw: (outcome) => JSON.stringify(outcome.body).includes("Dit bericht is al afgehandeld."),
    seenBy: AMERSFOORT_MANAGERS,
    refusedTo: [
      "anonymous",
      "amersfoortAuditor",
      "haarlemAuditor",
      "eemlandAdmin",
      "eemlandUser",
      "spaarneAdmin",
      "haarlemStaffEemlandUser",
    ],
  },

  // People: names and e-mail addresses stay within the organisations one works with.
  "people of gemeente Amersfoort: organisations → members": {
    graphql: "{ organisations { members { user { email } } } }",
    marker: "auditor@amersfoort.demo",
    seenBy: AMERSFOORT_STAFF,
    refusedTo: ["anonymous", "eemlandUser"],
  },
  "people of the WSP: organisations → members": {
    // the member list is the WSP's; the accountmanager of one's own contract is found on the
    // contract (below), not as a door into the WSP's list of people
    graphql: "{ organisations { members { user { email } } } }",
    marker: "consultant@wsp-amersfoort.demo",
    seenBy: AMERSFOORT_STAFF,
    refusedTo: ["anonymous", "eemlandUser"],
  },
  "people of gemeente Haarlem: organisations → members": {
    graphql: "{ organisations { members { user { email } } } }",
    marker: "coordinator@haarlem.demo",
    seenBy: HAARLEM_STAFF,
    refusedTo: ["anonymous", "eemlandUser"],
  },
  "people of a contractor: organisations → members": {
    graphql: "{ organisations { members { user { email } } } }",
    marker: "medewerker@bouwbedrijf-eemland.demo",
    // Eemland works for Amersfoort and Haarlem; its own users see colleagues only as admin, or
    // as staff of a gemeente Eemland works for
    seenBy: [...AMERSFOORT_STAFF, ...HAARLEM_STAFF, "eemlandAdmin"],
    refusedTo: ["anonymous", "eemlandUser"],
  },
  "people of the WSP: consultants(gemeente)": {
    graphql: '{ consultants(municipalityCode: "GM0307") { email } }',
    marker: "consultant@wsp-amersfoort.demo",
    seenBy: AMERSFOORT_STAFF_AND_THEIR_CONTRACTOR_STAFF,
    refusedTo: NOT_STAFF,
  },
  // Who carries out a gemeente's social return, with its shared mailbox and phone: public contact
  // details, like the gemeente's policy; its members stay with the people one works with.
  "carrying-out organisation: municipalities → carriedOutBy": {
    graphql: "{ municipalities { carriedOutBy { name email phone } } }",
    marker: "023 - 511 38 67",
    seenBy: ALL,
  },
  "carrying-out organisation: contract → municipality → carriedOutBy": {
    graphql:
      "query ($id: ID!) { contract(id: $id) { municipality { carriedOutBy { name email } } } }",
    variables: (f) => ({ id: f.contractId }),
    marker: "socialreturn@wsp-amersfoort.demo",
    seenBy: EEMLAND_AMERSFOORT_CONTRACT,
    refusedTo: NOT_SIGNED_IN,
  },
  "carrying-out organisation: organisations → email and carriesOut": {
    graphql: "{ organisations { email carriesOut { code } } }",
    marker: "socialreturn@haarlem.demo",
    // staff list every organisation; a contractor lists its own only
    seenBy: [...new Set([...AMERSFOORT_STAFF, ...HAARLEM_STAFF])],
    refusedTo: NOT_SIGNED_IN,
  },
  "people of Haarlem's own team: consultants(Haarlem)": {
    graphql: '{ consultants(municipalityCode: "GM0392") { email } }',
    marker: "accountmanager@haarlem.demo",
    seenBy: HAARLEM_STAFF,
    refusedTo: NOT_STAFF,
  },
  "people of Haarlem's own team: contract → consultant": {
    graphql: "query ($id: ID!) { contract(id: $id) { consultant { email } } }",
    variables: (f) => ({ id: f.haarlemContractId }),
    marker: "accountmanager@haarlem.demo",
    seenBy: [...new Set([...HAARLEM_STAFF, ...EEMLAND])],
    refusedTo: NOT_SIGNED_IN,
  },
  // An accountmanager's work phone goes where their e-mail address goes: the User's visibility.
  "people of Haarlem's own team: contract → consultant → phone": {
    graphql: "query ($id: ID!) { contract(id: $id) { consultant { phone } } }",
    variables: (f) => ({ id: f.haarlemContractId }),
    marker: "023 - 511 38 70",
    seenBy: [...new Set([...HAARLEM_STAFF, ...EEMLAND])],
    refusedTo: NOT_SIGNED_IN,
  },
  "people of the WSP: contract → consultant → phone": {
    graphql: "query ($id: ID!) { contract(id: $id) { consultant { phone } } }",
    variables: (f) => ({ id: f.contractId }),
    marker: "06 - 2000 3101",
    seenBy: EEMLAND_AMERSFOORT_CONTRACT,
    refusedTo: NOT_SIGNED_IN,
  },
  "people of the WSP: organisations → members → phone": {
    graphql: "{ organisations { members { user { phone } } } }",
    marker: "06 - 2000 3101",
    seenBy: AMERSFOORT_STAFF,
    refusedTo: ["anonymous", "eemlandUser"],
  },
  "people of the WSP: contract → consultant": {
    graphql: "query ($id: ID!) { contract(id: $id) { consultant { email } } }",
    variables: (f) => ({ id: f.contractId }),
    marker: "consultant@wsp-amersfoort.demo",
    seenBy: EEMLAND_AMERSFOORT_CONTRACT,
    refusedTo: NOT_SIGNED_IN,
  },
  "people of a contractor: contract → contractor → members": {
    graphql: "query ($id: ID!) { contract(id: $id) { contractor { members { user { email } } } } }",
    variables: (f) => ({ id: f.contractId }),
    marker: "medewerker@bouwbedrijf-eemland.demo",
    seenBy: [...AMERSFOORT_STAFF, "eemlandAdmin", "haarlemStaffEemlandUser"],
    refusedTo: ["anonymous", "eemlandUser"],
  },
  "people of gemeente Amersfoort: auditEvents → actorEmail": {
    graphql:
      '{ auditEvents(first: 200, filter: { action: "contract.register" }) { edges { node { actorEmail } } } }',
    marker: "coordinator@amersfoort.demo",
    seenBy: AMERSFOORT_STAFF,
    refusedTo: NOT_STAFF,
  },
  "people of gemeente Amersfoort: contract → auditEvents → actorEmail": {
    graphql: "query ($id: ID!) { contract(id: $id) { auditEvents { actorEmail } } }",
    variables: (f) => ({ id: f.contractId }),
    marker: "coordinator@amersfoort.demo",
    seenBy: AMERSFOORT_STAFF,
    refusedTo: ["anonymous", ...EEMLAND],
  },
  "people of gemeente Amersfoort: contract → auditEventConnection → actorEmail": {
    // the paged audit trail of the contract page: the same rule as the whole list
    graphql:
      "query ($id: ID!) { contract(id: $id) { auditEventConnection(first: 200) { edges { node { actorEmail } } } } }",
    variables: (f) => ({ id: f.contractId }),
    marker: "coordinator@amersfoort.demo",
    seenBy: AMERSFOORT_STAFF,
    refusedTo: ["anonymous", ...EEMLAND],
  },
  "people placed: contract → realisationConnection → personName": {
    // the paged realisations of the contract page: the same rule as the whole list
    graphql:
      "query ($id: ID!) { contract(id: $id) { realisationConnection(first: 200) { edges { node { personName } } } } }",
    variables: (f) => ({ id: f.executionContractId }),
    marker: "Sam de Boer",
    seenBy: AMERSFOORT_STAFF,
    refusedTo: NOT_SIGNED_IN,
  },
  "people placed: contract → realisations → personName": {
    // the name is for the gemeente and its WSP; the contractor, also one who is staff of another
    // gemeente, gets null
    graphql: "query ($id: ID!) { contract(id: $id) { realisations { personName } } }",
    variables: (f) => ({ id: f.executionContractId }),
    marker: "Sam de Boer",
    seenBy: AMERSFOORT_STAFF,
    refusedTo: NOT_SIGNED_IN,
  },
  "people placed: contract → realisations → personBirthDate": {
    // like the name: for counting a person once (docs/decisions/0025-count-once.md), not for the
    // contractor that typed it
    graphql: "query ($id: ID!) { contract(id: $id) { realisations { personBirthDate } } }",
    variables: (f) => ({ id: f.executionContractId }),
    marker: "1987-09-14",
    seenBy: AMERSFOORT_STAFF,
    refusedTo: NOT_SIGNED_IN,
  },
  // Contact persons of a contractor: for the contractor itself and for staff of the gemeenten
  // (and of their WSP) that have a contract with it; Haarlem has none with this one.
  "contact persons of a contractor: organisations → members": {
    graphql: "{ organisations { members { user { email } } } }",
    marker: AMERSFOORT_ONLY_CONTACT,
    seenBy: AMERSFOORT_STAFF,
    refusedTo: ["anonymous", "eemlandUser"],
  },
  "contact persons of a contractor: organisations(search: kvk) → members": {
    graphql: "query ($kvk: String!) { organisations(search: $kvk) { members { user { email } } } }",
    variables: (f) => ({ kvk: f.amersfoortOnlyContractorKvk }),
    marker: AMERSFOORT_ONLY_CONTACT,
    seenBy: AMERSFOORT_STAFF,
    refusedTo: NOT_SIGNED_IN,
  },
  "contact persons of a contractor: contract → contractor → members": {
    graphql: "query ($id: ID!) { contract(id: $id) { contractor { members { user { email } } } } }",
    variables: (f) => ({ id: f.amersfoortOnlyContractId }),
    marker: AMERSFOORT_ONLY_CONTACT,
    seenBy: AMERSFOORT_STAFF,
    refusedTo: NOT_SIGNED_IN,
  },
  "contact persons of a contractor: a person Haarlem knows from another contractor": {
    // Haarlem may read this person as Spaarne's, but not learn that they work for this contractor
    graphql: "query ($kvk: String!) { organisations(search: $kvk) { name members { role } } }",
    variables: (f) => ({ kvk: f.amersfoortOnlyContractorKvk }),
    saw: (outcome) =>
      (
        (outcome.body as { organisations?: { members: unknown[] }[] } | null)?.organisations ?? []
      ).some((organisation) => organisation.members.length > 0),
    seenBy: AMERSFOORT_STAFF,
    refusedTo: NOT_SIGNED_IN,
  },
  // A contractor's PSO certificate: the same rule as its people.
  "PSO certificate: organisations → psoCertificates": {
    graphql: "{ organisations { psoCertificates { certificateNumber } } }",
    marker: AMERSFOORT_ONLY_PSO,
    seenBy: AMERSFOORT_STAFF,
    refusedTo: NOT_SIGNED_IN,
  },
  "PSO certificate: organisations(search: kvk) → psoCertificates": {
    graphql:
      "query ($kvk: String!) { organisations(search: $kvk) { psoCertificates { certificateNumber } } }",
    variables: (f) => ({ kvk: f.amersfoortOnlyContractorKvk }),
    marker: AMERSFOORT_ONLY_PSO,
    seenBy: AMERSFOORT_STAFF,
    refusedTo: NOT_SIGNED_IN,
  },
  "PSO certificate of a contractor working for two gemeenten: organisations → psoCertificates": {
    graphql: "{ organisations { psoCertificates { certificateNumber } } }",
    marker: EEMLAND_PSO,
    seenBy: [...AMERSFOORT_STAFF, ...HAARLEM_STAFF, ...EEMLAND],
    refusedTo: NOT_SIGNED_IN,
  },
  "PSO certificate: contract → pso → certificate": {
    graphql:
      "query ($id: ID!) { contract(id: $id) { pso { lapsesBeforeEnd certificate { certificateNumber } } } }",
    variables: (f) => ({ id: f.contractId }),
    marker: EEMLAND_PSO,
    seenBy: EEMLAND_AMERSFOORT_CONTRACT,
    refusedTo: NOT_SIGNED_IN,
  },
  "PSO certificate: checkPsoCertificate": {
    // the first who may checks it; the others who may then hear it is checked already
    graphql: `mutation ($id: ID!) { checkPsoCertificate(id: $id) { __typename
      ... on Error { message } } }`,
    variables: (f) => ({ id: f.amersfoortOnlyPsoId }),
    saw: (outcome) => {
      const result = (
        outcome.body as { checkPsoCertificate?: { __typename: string; message?: string } } | null
      )?.checkPsoCertificate;
      return (
        result?.__typename === "PsoCertificate" ||
        result?.message === "Dit PSO-certificaat is al gecontroleerd."
      );
    },
    seenBy: AMERSFOORT_MANAGERS,
    refusedTo: "everyone else",
  },
  "PSO certificate: recordPsoCertificate for another organisation": {
    graphql: `mutation ($org: ID!) { recordPsoCertificate(organisationId: $org, input: {
      level: TREDE_1, certificateNumber: "", validFrom: "2026-01-01", validUntil: "2026-12-31" }) {
      __typename } }`,
    variables: (f) => ({ org: f.eemlandId }),
    saw: pastAuthorization("recordPsoCertificate"),
    seenBy: ["eemlandAdmin"],
    refusedTo: "everyone else",
  },
  "PSO certificate: deletePsoCertificate of another organisation": {
    graphql: `mutation ($id: ID!) { deletePsoCertificate(id: $id) { __typename } }`,
    variables: (f) => ({ id: f.amersfoortOnlyPsoId }),
    saw: pastAuthorization("deletePsoCertificate"),
    seenBy: [],
    refusedTo: "everyone else",
  },
  "people of a contractor: inviteColleague into another organisation": {
    graphql: `mutation ($org: ID!) { inviteColleague(organisationId: $org, name: "", email: "x",
      role: CONTRACTOR_USER) { __typename } }`,
    variables: (f) => ({ org: f.eemlandId }),
    saw: pastAuthorization("inviteColleague"),
    seenBy: ["eemlandAdmin"],
    refusedTo: "everyone else",
  },
  // The people of a gemeente: its coordinator and the platform admin, nobody else.
  "people of a gemeente: staffOrganisations": {
    graphql: "{ staffOrganisations { id grantableRoles { role } } }",
    saw: (outcome, f) => JSON.stringify(outcome.body).includes(f.amersfoortTeamId),
    seenBy: AMERSFOORT_POLICY_MANAGERS,
    refusedTo: [
      "anonymous",
      "wspAmersfoortConsultant",
      "amersfoortAuditor",
      "haarlemAuditor",
      "eemlandUser",
      "haarlemStaffEemlandUser",
    ],
  },
  // The admin app links to the organisation tree by this: true exactly for those its mutations
  // let through (the organisation tree rows above).
  "managing the organisation tree: me → managesOrganisationTree": {
    graphql: "{ me { managesOrganisationTree } }",
    saw: (outcome) =>
      (outcome.body as { me: { managesOrganisationTree: boolean } | null } | null)?.me
        ?.managesOrganisationTree === true,
    seenBy: ["platformAdmin"],
  },
  // Meldingen: every gemeente or WSP staff member chooses their own mails; a contractor has none.
  "notice preferences: me → noticePreferences": {
    graphql: "{ me { noticePreferences { digest notices { kind enabled } } } }",
    saw: (outcome) =>
      (outcome.body as { me: { noticePreferences: unknown } | null } | null)?.me
        ?.noticePreferences != null,
    seenBy: ALL_STAFF,
  },
  "notice preferences: updateNoticePreferences": {
    // the default choice, so the row changes nothing for the rows after it
    graphql: `mutation { updateNoticePreferences(digest: true, mutedKinds: []) {
      __typename } }`,
    saw: pastAuthorization("updateNoticePreferences"),
    seenBy: ALL_STAFF,
    refusedTo: "everyone else",
  },
  // The admin app shows Medewerkers by this: true exactly for those staffOrganisations answers.
  "managing people: me → managesPeople": {
    graphql: "{ me { managesPeople } }",
    saw: (outcome) =>
      (outcome.body as { me: { managesPeople: boolean } | null } | null)?.me?.managesPeople ===
      true,
    seenBy: [
      "platformAdmin",
      "amersfoortCoordinator",
      "haarlemCoordinator",
      "eemlandAdmin",
      "spaarneAdmin",
    ],
  },
  "people of a gemeente: inviteStaffMember": {
    graphql: `mutation ($org: ID!) { inviteStaffMember(organisationId: $org, name: "", email: "x",
      role: READ_ONLY) { __typename } }`,
    variables: (f) => ({ org: f.amersfoortTeamId }),
    saw: pastAuthorization("inviteStaffMember"),
    seenBy: AMERSFOORT_POLICY_MANAGERS,
    refusedTo: "everyone else",
  },
  "people of a gemeente: changeStaffRole (to the role held: no change)": {
    graphql: `mutation ($id: ID!) { changeStaffRole(membershipId: $id, role: READ_ONLY) {
      __typename } }`,
    variables: (f) => ({ id: f.amersfoortAuditor.membershipId }),
    saw: pastAuthorization("changeStaffRole"),
    seenBy: AMERSFOORT_POLICY_MANAGERS,
    refusedTo: "everyone else",
  },
  "people of a gemeente: setAccountActive (active stays active)": {
    graphql: `mutation ($id: ID!) { setAccountActive(userId: $id, active: true) { __typename } }`,
    variables: (f) => ({ id: f.amersfoortAuditor.userId }),
    saw: pastAuthorization("setAccountActive"),
    seenBy: AMERSFOORT_POLICY_MANAGERS,
    refusedTo: "everyone else",
  },

  // What the viewer may do for a gemeente or an organisation: true only for those the mutation
  // lets through (viewer-can.test.ts tries the mutations), by every path the apps read it.
  "managing Amersfoort's policy: municipalities → viewerCan": {
    graphql: "{ municipalities { code viewerCan { managePolicy } } }",
    saw: allowedFor("municipalities", "code", () => "GM0307", "managePolicy"),
    seenBy: AMERSFOORT_POLICY_MANAGERS,
  },
  "registering for Amersfoort: municipalities → viewerCan": {
    graphql: "{ municipalities { code viewerCan { registerContract } } }",
    saw: allowedFor("municipalities", "code", () => "GM0307", "registerContract"),
    seenBy: AMERSFOORT_MANAGERS,
  },
  "registering for Amersfoort: me → readableMunicipalities → viewerCan": {
    graphql: "{ me { readableMunicipalities { code viewerCan { registerContract } } } }",
    saw: (outcome, f) =>
      allowedFor(
        "readableMunicipalities",
        "code",
        () => "GM0307",
        "registerContract",
      )({ ...outcome, body: (outcome.body as { me: unknown } | null)?.me ?? null }, f),
    seenBy: AMERSFOORT_MANAGERS,
  },
  "inviting into Eemland: organisations → viewerCan": {
    graphql: "{ organisations(kind: CONTRACTOR) { id viewerCan { invite } } }",
    saw: allowedFor("organisations", "id", (f) => f.eemlandId, "invite"),
    seenBy: ["eemlandAdmin"],
    refusedTo: NOT_SIGNED_IN,
  },
  "inviting into Eemland: me → memberships → organisation → viewerCan": {
    graphql: "{ me { memberships { organisation { id viewerCan { invite } } } } }",
    saw: (outcome, f) => {
      const me = (outcome.body as { me: { memberships: { organisation: unknown }[] } | null })?.me;
      const organisations = me?.memberships.map((m) => m.organisation) ?? [];
      return allowedFor(
        "organisations",
        "id",
        () => f.eemlandId,
        "invite",
      )({ ...outcome, body: { organisations } }, f);
    },
    seenBy: ["eemlandAdmin"],
  },
  // The candidate pool (demo candidates): only the pool's own organisation; names for its
  // consultants and coordinator only (docs/decisions/0024-candidate-pool.md).
  "candidate of the WSP's pool: candidates → reference": {
    graphql: "{ candidates { edges { node { reference } } } }",
    marker: "WSP-2026-0141",
    seenBy: ["wspAmersfoortConsultant"],
    refusedTo: NOT_STAFF,
  },
  "candidate of Haarlem's own team: candidates → reference": {
    graphql: "{ candidates { edges { node { reference } } } }",
    marker: "HLM-K-0031",
    seenBy: ["haarlemCoordinator", "haarlemAuditor", "haarlemStaffEemlandUser"],
    refusedTo: NOT_STAFF,
  },
  "candidate's name: candidates → name": {
    graphql: "{ candidates { edges { node { name email } } } }",
    marker: "Fleur Spaarnestad",
    seenBy: ["haarlemCoordinator"],
    refusedTo: NOT_STAFF,
  },
};

function rowsOf(): [string, Path][] {
  return Object.entries(PATHS);
}

describe.each(backends())("tenancy matrix on $name", (backend) => {
  let api: TestApi;
  let fixtures: Fixtures;
  const clients = new Map<Actor, Client>();

  beforeAll(async () => {
    if (!backend.available) return;
    api = await startTestApi(backend, { demo: true });
    fixtures = await createFixtures(api);
    for (const actor of ALL) {
      const email = ACTORS[actor];
      clients.set(actor, email ? await api.loginAs(email) : api.client());
    }
  });
  afterAll(async () => {
    await api?.close();
  });

  async function attempt(actor: Actor, path: Path): Promise<Outcome> {
    const client = clients.get(actor);
    if (!client) throw new Error(`no client for ${actor}`);
    if (path.get) {
      const response = await fetch(`${api.url}${path.get(fixtures)}`, {
        headers: client.cookie ? { cookie: client.cookie } : {},
      });
      return { status: response.status, body: await response.text(), errors: [] };
    }
    const result = await client.graphql(path.graphql ?? "", path.variables?.(fixtures));
    return {
      status: result.status,
      body: result.data ?? null,
      errors: (result.errors ?? []).map((e) => e.extensions?.code ?? e.message),
    };
  }

  // Each rule is written twice, as a filter for lists and as the type's own check: they must agree.
  it.skipIf(!backend.available)(
    "each filter and its type check agree, for every actor",
    async () => {
      const prisma = api.prisma;
      const [policies, versions, contracts, memberships] = await Promise.all([
        prisma.policy.findMany({ select: { id: true, status: true, municipalityId: true } }),
        prisma.catalogueVersion.findMany({ select: { id: true, status: true, regionId: true } }),
        prisma.contract.findMany({ select: { id: true, municipalityId: true } }),
        prisma.membership.findMany({ select: { id: true, organisationId: true } }),
      ]);
      const certificates = await prisma.psoCertificate.findMany({
        select: { id: true, organisationId: true },
      });
      const ids = (rows: { id: string }[]) => rows.map((row) => row.id).sort();
      for (const actor of ALL) {
        const email = ACTORS[actor];
        const user = email ? await prisma.user.findUniqueOrThrow({ where: { email } }) : null;
        const viewer = user ? await loadViewer(prisma, user.id, "matrix") : null;
        const filtered = await prisma.policy.findMany({ where: visiblePoliciesWhere(viewer) });
        expect(ids(filtered), `policies of ${actor}`).toEqual(
          ids(policies.filter((p) => canSeePolicy(viewer, p))),
        );
        const listed = await prisma.catalogueVersion.findMany({
          where: visibleCatalogueVersionsWhere(viewer),
        });
        expect(ids(listed), `catalogue versions of ${actor}`).toEqual(
          ids(versions.filter((v) => canSeeCatalogueVersion(viewer, v))),
        );
        const staffOf = await prisma.contract.findMany({ where: staffContractsWhere(viewer) });
        expect(ids(staffOf), `contracts ${actor} is staff for`).toEqual(
          ids(contracts.filter((c) => isStaffForContract(viewer, c))),
        );
        const members = await prisma.membership.findMany({
          where: visibleMembershipsWhere(viewer),
        });
        const checked = [];
        for (const m of memberships) {
          if (await worksWithOrganisation(prisma, viewer, m.organisationId)) checked.push(m);
        }
        expect(ids(members), `memberships ${actor} may read`).toEqual(ids(checked));
        const listedPso = await prisma.psoCertificate.findMany({
          where: visiblePsoCertificatesWhere(viewer),
        });
        const checkedPso = [];
        for (const c of certificates) {
          if (await worksWithOrganisation(prisma, viewer, c.organisationId)) checkedPso.push(c);
        }
        expect(ids(listedPso), `PSO certificates ${actor} may read`).toEqual(ids(checkedPso));
      }
    },
  );

  for (const [name, path] of rowsOf()) {
    it.skipIf(!backend.available)(name, async () => {
      const outcomes: Record<string, string> = {};
      const expected: Record<string, string> = {};
      for (const actor of ALL) {
        const outcome = await attempt(actor, path);
        // An unexpected failure is neither seeing nor not seeing: it fails the row.
        const unexpected = outcome.errors.filter(
          (code) => code !== "FORBIDDEN" && code !== "UNAUTHENTICATED",
        );
        const refused =
          outcome.errors.length > 0 ||
          Object.values(
            (outcome.body ?? {}) as Record<string, { __typename?: string } | null>,
          ).some((value) => value?.__typename === "NotAllowedError");
        const saw = path.saw
          ? path.saw(outcome, fixtures)
          : JSON.stringify(outcome.body).includes(path.marker ?? "\u0000");
        outcomes[actor] = unexpected.length
          ? `error ${unexpected.join(", ")}`
          : saw
            ? "sees"
            : refused
              ? "refused"
              : "-";
        expected[actor] = path.seenBy.includes(actor)
          ? "sees"
          : path.refusedTo === "everyone else" || path.refusedTo?.includes(actor)
            ? "refused"
            : "-";
      }
      expect(outcomes).toEqual(expected);
    });
  }
});

async function createFixtures(api: TestApi): Promise<Fixtures> {
  const prisma = api.prisma;
  const haarlem = await prisma.organisation.findFirstOrThrow({
    where: { kind: "MUNICIPALITY", municipality: { code: "GM0392" } },
  });
  await prisma.user.create({
    data: {
      email: HAARLEM_AUDITOR,
      name: "Auditor Haarlem",
      passwordHash: await hashPassword("demo"),
      memberships: { create: { role: "READ_ONLY", organisationId: haarlem.id } },
    },
  });
  const eemland = await prisma.organisation.findFirstOrThrow({
    where: { name: { startsWith: "Bouwbedrijf Eemland" } },
  });
  await prisma.user.create({
    data: {
      email: HAARLEM_STAFF_EEMLAND_USER,
      name: "Medewerker van Haarlem en Eemland",
      passwordHash: await hashPassword("demo"),
      memberships: {
        create: [
          { role: "READ_ONLY", organisationId: haarlem.id },
          { role: "CONTRACTOR_USER", organisationId: eemland.id },
        ],
      },
    },
  });
  const amersfoort = await prisma.municipality.findUniqueOrThrow({ where: { code: "GM0307" } });
  const published = await prisma.policy.findFirstOrThrow({
    where: { municipalityId: amersfoort.id, status: "PUBLISHED" },
    orderBy: { validFrom: "desc" },
  });
  const { id: _id, createdAt: _c, updatedAt: _u, psoDiscounts, ...rules } = published;
  const draftPolicy = await prisma.policy.create({
    data: {
      ...rules,
      psoDiscounts: psoDiscounts ?? {},
      name: DRAFT_POLICY_NAME,
      status: "DRAFT",
      validFrom: null,
      percentage: "0.0731",
    },
  });
  const publishedCatalogue = await prisma.catalogueVersion.findFirstOrThrow({
    where: { regionId: amersfoort.regionId, status: "PUBLISHED" },
  });
  const draftCatalogue = await prisma.catalogueVersion.create({
    data: {
      key: "amersfoort-matrix-concept",
      name: DRAFT_CATALOGUE_NAME,
      regionId: amersfoort.regionId,
      status: "DRAFT",
      blocks: {
        create: {
          position: 0,
          code: "MATRIX",
          name: "Matrixblok",
          category: "COMMUNITY_ACTIVITY",
          kind: "PER_HOUR",
          amount: "10.00",
        },
      },
    },
  });
  const byReference = (reference: string) =>
    prisma.contract.findFirstOrThrow({ where: { reference } });
  const contract = await byReference("AMF-2026-001");
  const execution = await byReference("AMF-2025-017");
  const soest = await byReference("SOE-2025-011");
  const assessed = await byReference("BRN-2024-002");
  const approvedPlan = await prisma.planVersion.findFirstOrThrow({
    where: { contractId: execution.id, status: "APPROVED" },
  });
  const submittedPlan = await prisma.planVersion.findFirstOrThrow({
    where: { contractId: soest.id, status: "SUBMITTED" },
  });
  const intake = await prisma.contract.findFirstOrThrow({
    where: { contractorId: eemland.id, contactRequestedAt: null, status: "AWARDED" },
  });
  const region = await prisma.region.findUniqueOrThrow({ where: { id: amersfoort.regionId } });
  const submittedRealisation = await prisma.realisation.findFirstOrThrow({
    where: { contractId: execution.id, status: "SUBMITTED" },
  });
  const evidence = await prisma.evidenceFile.findFirstOrThrow({
    where: { contractId: execution.id },
  });
  await prisma.assessment.findFirstOrThrow({ where: { contractId: assessed.id } });
  const auditorMembership = await prisma.membership.findFirstOrThrow({
    where: { user: { email: "auditor@amersfoort.demo" } },
  });
  const amersfoortOnly = await registerAmersfoortOnlyContractor(api);
  const spaarne = await prisma.organisation.findFirstOrThrow({
    where: { name: { startsWith: "Groenbeheer Spaarne" } },
  });
  const pso = (organisationId: string, certificateNumber: string, checked: boolean) =>
    prisma.psoCertificate.create({
      data: {
        organisationId,
        level: "TREDE_2",
        certificateNumber,
        validFrom: new Date("2020-01-01T00:00:00Z"),
        validUntil: new Date("2099-12-31T00:00:00Z"),
        recordedById: "matrix",
        checkedAt: checked ? new Date() : null,
      },
    });
  const amersfoortOnlyPso = await pso(amersfoortOnly.contractorId, AMERSFOORT_ONLY_PSO, false);
  await pso(eemland.id, EEMLAND_PSO, true);
  await prisma.user.create({
    data: {
      email: SHARED_CONTACT,
      name: "Contactpersoon van Spaarne en een Amersfoortse aannemer",
      memberships: {
        create: [
          { role: "CONTRACTOR_USER", organisationId: spaarne.id },
          { role: "CONTRACTOR_USER", organisationId: amersfoortOnly.contractorId },
        ],
      },
    },
  });
  const amersfoortId = (await prisma.municipality.findUniqueOrThrow({ where: { code: "GM0307" } }))
    .id;
  const idea = (handledAt: Date | null) =>
    prisma.ideaMessage.create({
      data: {
        municipalityId: amersfoortId,
        kind: "QUESTION",
        senderName: "Afzender Matrix",
        senderEmail: "afzender@matrix.test",
        message: AMERSFOORT_IDEA,
        handledAt,
      },
    });
  const [openIdea, handledIdea] = [await idea(null), await idea(new Date())];
  return {
    amersfoortIdeaId: openIdea.id,
    handledAmersfoortIdeaId: handledIdea.id,
    amersfoortTeamId: auditorMembership.organisationId ?? "",
    amersfoortAuditor: { userId: auditorMembership.userId, membershipId: auditorMembership.id },
    draftPolicyId: draftPolicy.id,
    publishedPolicyId: published.id,
    publishedPolicyValidFrom: toIsoDate(published.validFrom ?? new Date()),
    draftCatalogueKey: draftCatalogue.key,
    publishedCatalogueKey: publishedCatalogue.key,
    contractId: contract.id,
    contractVersion: contract.version,
    intakeContractId: intake.id,
    amersfoortRegionCode: region.code,
    eemlandId: contract.contractorId,
    executionContractId: execution.id,
    approvedPlanId: approvedPlan.id,
    submittedRealisation: { id: submittedRealisation.id, version: submittedRealisation.version },
    evidenceId: evidence.id,
    soestContractId: soest.id,
    submittedPlan: { id: submittedPlan.id, version: submittedPlan.version },
    assessedContractId: assessed.id,
    haarlemContractId: (
      await prisma.contract.findFirstOrThrow({
        where: {
          reference: "HLM-2023-015",
          consultant: { email: "accountmanager@haarlem.demo" },
        },
      })
    ).id,
    amersfoortOnlyContractorKvk: amersfoortOnly.kvkNumber,
    amersfoortOnlyContractId: amersfoortOnly.contractId,
    amersfoortOnlyPsoId: amersfoortOnlyPso.id,
  };
}

/** Amersfoort's coordinator registers a contract with a new contractor and its contact person. */
async function registerAmersfoortOnlyContractor(api: TestApi) {
  const coordinator = await api.loginAs("coordinator@amersfoort.demo");
  const kvkNumber = "90000977";
  const result = await coordinator.graphql<{
    registerContract: { __typename: string; id?: string; contractor?: { id: string } };
  }>(
    `mutation ($contract: ContractInput!, $contractor: ContractorInput!) {
      registerContract(municipalityCode: "GM0307", contract: $contract, contractor: $contractor) {
        __typename ... on Contract { id contractor { id } } } }`,
    {
      contract: {
        reference: "AMF-MATRIX-CONTACT",
        title: "Herinrichting speelplaats",
        kind: "WORKS",
        valueExclVat: "300000.00",
        awardDate: "2026-01-15",
      },
      contractor: {
        kvkNumber,
        name: AMERSFOORT_ONLY_CONTRACTOR,
        contactName: "Contactpersoon Alleen Amersfoort",
        contactEmail: AMERSFOORT_ONLY_CONTACT,
      },
    },
  );
  const contract = result.data?.registerContract;
  if (!contract?.id || !contract.contractor) {
    throw new Error(`registering the fixture contract failed: ${JSON.stringify(result)}`);
  }
  return { kvkNumber, contractId: contract.id, contractorId: contract.contractor.id };
}
