// The candidate pool over real HTTP on both databases: every field of a candidate for every role,
// the contractor's consent-gated view field by field (a contractor never sees a field without a
// consent in force; a withdrawal takes effect on the next request), the BSN refusal, and the AVG:
// after erasure or the retention job no table and no audit event holds the person's data.
import { backends } from "@sroi/db/testing/backends";
import { CONSENT_FIELDS, type ConsentField } from "@sroi/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { anonymiseExpiredCandidates } from "../src/services/candidate-privacy.js";
import { type Client, startTestApi, type TestApi } from "./support.js";

const CANDIDATE_FIELDS = `id reference name email phone summary ageBand ageBandReferenceDate
  homeMunicipalityCode hoursPerWeek availableFrom skills wishes restrictions lastContactOn
  targetGroups { code verifiedOn verificationSource verified } anonymised version viewerCanEdit`;

const CREATE = /* GraphQL */ `
  mutation ($org: ID!, $input: CandidateInput!) {
    createCandidate(organisationId: $org, input: $input) {
      __typename
      ... on Candidate { ${CANDIDATE_FIELDS} }
      ... on ValidationError { issues { field message } }
      ... on Error { message }
    }
  }
`;

const READ = `query ($id: ID!) { candidate(id: $id) { ${CANDIDATE_FIELDS} } }`;

const SHARED_FIELDS = `id initials firstName hoursPerWeek availableFrom summary targetGroups ageBand
  homeMunicipality skills wishes restrictions`;
const SHARED = `query ($id: ID!) { sharedCandidate(id: $id) { ${SHARED_FIELDS} } }`;

const CONSENT = /* GraphQL */ `
  mutation ($input: CandidateConsentInput!) {
    recordCandidateConsent(input: $input) {
      __typename
      ... on CandidateConsent { id inForce sharedWith }
      ... on ValidationError { issues { field message } }
      ... on Error { message }
    }
  }
`;
const WITHDRAW = `mutation ($id: ID!) { withdrawCandidateConsent(id: $id) {
  __typename ... on CandidateConsent { inForce } ... on Error { message } } }`;

const PERSON = {
  reference: "WSP-K-0001",
  name: "Jan Willem de Vries",
  email: "jw.devries@voorbeeld.nl",
  phone: "06 - 1234 5678",
  summary: "Ervaren in groenonderhoud, zoekt werk in de buitenlucht.",
  ageBand: "FROM_50_TO_54",
  ageBandReferenceDate: "2026-01-01",
  homeMunicipalityCode: "GM0307",
  hoursPerWeek: "32",
  availableFrom: "2026-02-01",
  skills: ["heftruck", "groenonderhoud"],
  wishes: ["buitenwerk"],
  restrictions: ["geen nachtdiensten"],
  lastContactOn: "2026-11-20",
  targetGroups: [
    { code: "PARTICIPATIEWET", verifiedOn: "2026-01-15", verificationSource: "UITKERING_GEMEENTE" },
  ],
};

/** The value each SharedCandidate field has when its consent field is given. */
const SHARED_VALUES: Record<string, unknown> = {
  initials: "J.W.d.V.",
  firstName: "Jan",
  hoursPerWeek: "32",
  availableFrom: "2026-02-01",
  summary: PERSON.summary,
  targetGroups: ["Participatiewet (bijstand)"],
  ageBand: "50 tot en met 54",
  homeMunicipality: "Amersfoort",
  skills: ["groenonderhoud", "heftruck"].sort(),
  wishes: ["buitenwerk"],
  restrictions: ["geen nachtdiensten"],
};
const SHARED_BY: Record<ConsentField, string[]> = {
  INITIALS: ["initials"],
  FIRST_NAME: ["firstName"],
  AVAILABILITY: ["hoursPerWeek", "availableFrom"],
  SUMMARY: ["summary"],
  TARGET_GROUPS: ["targetGroups"],
  AGE_BAND: ["ageBand"],
  HOME_MUNICIPALITY: ["homeMunicipality"],
  SKILLS: ["skills"],
  WISHES: ["wishes"],
  RESTRICTIONS: ["restrictions"],
};

/** Every row of every table, as text, that contains `needle` (PostgreSQL and PGlite alike). */
async function rowsContaining(api: TestApi, needle: string): Promise<string[]> {
  const tables = await api.prisma.$queryRawUnsafe<{ table_name: string }[]>(
    `SELECT table_name::text AS table_name FROM information_schema.tables
     WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'`,
  );
  const found: string[] = [];
  for (const { table_name } of tables) {
    const [row] = await api.prisma.$queryRawUnsafe<{ n: bigint | number }[]>(
      `SELECT count(*) AS n FROM "${table_name}" t WHERE t::text ILIKE $1`,
      `%${needle}%`,
    );
    if (Number(row?.n ?? 0) > 0) found.push(table_name);
  }
  return found;
}

describe.each(backends())("candidate pool on $name", (backend) => {
  let api: TestApi;
  let wspId: string;
  let eemlandId: string;
  let eemlandContractId: string;
  const as: Record<string, Client> = {};
  let candidateId: string;

  beforeAll(async () => {
    if (!backend.available) return;
    api = await startTestApi(backend, { demo: true });
    wspId = (await api.prisma.organisation.findFirstOrThrow({ where: { kind: "SERVICE_POINT" } }))
      .id;
    eemlandId = (
      await api.prisma.organisation.findUniqueOrThrow({ where: { kvkNumber: "90000001" } })
    ).id;
    // A contract of a gemeente the WSP serves (Eemland also works for Haarlem, which has its own team)
    eemlandContractId = (
      await api.prisma.contract.findFirstOrThrow({
        where: { contractorId: eemlandId, municipality: { carriedOutById: wspId } },
        orderBy: { reference: "asc" },
      })
    ).id;
    // A read-only member of the WSP itself: sees the pool, not the names.
    const auditor = await api.prisma.user.findUniqueOrThrow({
      where: { email: "auditor@amersfoort.demo" },
    });
    await api.prisma.membership.create({
      data: { userId: auditor.id, organisationId: wspId, role: "READ_ONLY" },
    });
    for (const [key, email] of Object.entries({
      consultant: "consultant@wsp-amersfoort.demo",
      lead: "lead@wsp-amersfoort.demo",
      wspReadOnly: "auditor@amersfoort.demo",
      gemeenteCoordinator: "coordinator@amersfoort.demo",
      contractManager: "contractmanager@amersfoort.demo",
      otherPool: "accountmanager@haarlem.demo",
      platformAdmin: "admin@platform.demo",
      eemlandAdmin: "admin@bouwbedrijf-eemland.demo",
      eemlandUser: "medewerker@bouwbedrijf-eemland.demo",
      spaarneAdmin: "admin@groen-spaarne.demo",
    }))
      as[key] = await api.loginAs(email);
    as.anonymous = api.client();
    const created = await as.consultant?.graphql<{
      createCandidate: { __typename: string; id: string };
    }>(CREATE, { org: wspId, input: PERSON });
    expect(created?.data?.createCandidate.__typename).toBe("Candidate");
    candidateId = created?.data?.createCandidate.id ?? "";
  });
  afterAll(async () => {
    await api?.close();
  });

  it.skipIf(!backend.available)(
    "shows the candidate to its pool only, and name and contact details to its consultants only",
    async () => {
      const read = async (who: string) =>
        (await as[who]?.graphql<{ candidate: Record<string, unknown> | null }>(READ, {
          id: candidateId,
        })) ?? { status: 0 };
      for (const who of ["consultant", "lead"]) {
        expect((await read(who)).data?.candidate).toMatchObject({
          reference: "WSP-K-0001",
          name: PERSON.name,
          email: PERSON.email,
          phone: PERSON.phone,
          hoursPerWeek: "32",
          viewerCanEdit: true,
          targetGroups: [{ code: "PARTICIPATIEWET", verified: true }],
        });
      }
      const readOnly = (await read("wspReadOnly")).data?.candidate;
      expect(readOnly).toMatchObject({
        reference: "WSP-K-0001",
        name: null,
        email: null,
        phone: null,
        viewerCanEdit: false,
      });
      for (const who of ["gemeenteCoordinator", "contractManager", "otherPool", "platformAdmin"]) {
        const outcome = await read(who);
        expect(outcome.errors, who).toBeUndefined();
        expect(outcome.data?.candidate, who).toBeNull();
      }
      for (const who of ["eemlandAdmin", "spaarneAdmin"])
        expect((await read(who)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
      expect((await read("anonymous")).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");

      const lists = async (who: string) =>
        (
          await as[who]?.graphql<{ candidates: { totalCount: number } }>(
            "{ candidates { totalCount } }",
          )
        )?.data?.candidates.totalCount;
      expect(await lists("consultant")).toBeGreaterThanOrEqual(1);
      expect(await lists("gemeenteCoordinator")).toBe(0);
      expect(await lists("platformAdmin")).toBe(0);
    },
  );

  it.skipIf(!backend.available)(
    "never shows a contractor a field without a consent in force, field by field",
    async () => {
      const shared = async (who: string) =>
        (await as[who]?.graphql<{ sharedCandidate: Record<string, unknown> | null }>(SHARED, {
          id: candidateId,
        })) ?? { status: 0 };
      // No consent yet: nothing for anyone
      for (const who of ["eemlandAdmin", "eemlandUser", "spaarneAdmin"])
        expect((await shared(who)).data?.sharedCandidate, who).toBeNull();
      for (const who of ["consultant", "platformAdmin", "gemeenteCoordinator"])
        expect((await shared(who)).errors?.[0]?.extensions?.code, who).toBe("FORBIDDEN");

      for (const field of CONSENT_FIELDS) {
        const recorded = await as.consultant?.graphql<{
          recordCandidateConsent: { __typename: string; id: string };
        }>(CONSENT, {
          input: { candidateId, contractorId: eemlandId, fields: [field], givenOn: "2026-01-10" },
        });
        expect(recorded?.data?.recordCandidateConsent.__typename).toBe("CandidateConsent");
        const expected = Object.fromEntries(
          Object.keys(SHARED_VALUES).map((key) => [
            key,
            SHARED_BY[field].includes(key) ? SHARED_VALUES[key] : null,
          ]),
        );
        for (const who of ["eemlandAdmin", "eemlandUser"]) {
          const seen = (await shared(who)).data?.sharedCandidate;
          const sorted = seen?.skills
            ? { ...seen, skills: [...(seen.skills as string[])].sort() }
            : seen;
          expect(sorted, `${who} with ${field}`).toEqual({ id: candidateId, ...expected });
        }
        expect((await shared("spaarneAdmin")).data?.sharedCandidate, field).toBeNull();
        // Withdrawn: gone on the very next request
        const withdrawn = await as.consultant?.graphql<{
          withdrawCandidateConsent: { inForce: boolean };
        }>(WITHDRAW, { id: recorded?.data?.recordCandidateConsent.id });
        expect(withdrawn?.data?.withdrawCandidateConsent.inForce).toBe(false);
        expect((await shared("eemlandAdmin")).data?.sharedCandidate, field).toBeNull();
      }
    },
  );

  it.skipIf(!backend.available)(
    "shares through a contract with its contractor only, and not after the consent ends",
    async () => {
      const byContract = await as.consultant?.graphql<{
        recordCandidateConsent: { __typename: string; id: string; inForce: boolean };
      }>(CONSENT, {
        input: {
          candidateId,
          contractId: eemlandContractId,
          fields: ["INITIALS", "AVAILABILITY", "SUMMARY"],
          givenOn: "2026-01-10",
        },
      });
      expect(byContract?.data?.recordCandidateConsent).toMatchObject({ inForce: true });
      const seen = await as.eemlandUser?.graphql<{ sharedCandidate: Record<string, unknown> }>(
        SHARED,
        { id: candidateId },
      );
      expect(seen?.data?.sharedCandidate).toMatchObject({
        initials: "J.W.d.V.",
        firstName: null,
        summary: PERSON.summary,
        skills: null,
      });
      const spaarne = await as.spaarneAdmin?.graphql(SHARED, { id: candidateId });
      expect(spaarne?.data).toEqual({ sharedCandidate: null });
      // Expired yesterday: not in force
      await api.prisma.candidateConsent.update({
        where: { id: byContract?.data?.recordCandidateConsent.id ?? "" },
        data: { validUntil: new Date("2026-01-31T00:00:00Z") },
      });
      const after = await as.eemlandUser?.graphql(SHARED, { id: candidateId });
      expect(after?.data).toEqual({ sharedCandidate: null });
    },
  );

  it.skipIf(!backend.available)("refuses a BSN in every free-text field, in Dutch", async () => {
    const refused = await as.consultant?.graphql<{
      createCandidate: { __typename: string; issues: { field: string; message: string }[] };
    }>(CREATE, {
      org: wspId,
      input: {
        reference: "123456782",
        name: "Piet 123.456.782",
        summary: "bsn 1234 56 782",
        skills: ["123456782"],
      },
    });
    expect(refused?.data?.createCandidate.__typename).toBe("ValidationError");
    const fields = refused?.data?.createCandidate.issues.map((issue) => issue.field).sort();
    expect(fields).toEqual(["name", "reference", "skills", "summary"]);
    expect(refused?.data?.createCandidate.issues[0]?.message).toMatch(/burgerservicenummer/);
    // A nine-digit number that fails the elfproef is an ordinary reference
    const allowed = await as.consultant?.graphql<{ createCandidate: { __typename: string } }>(
      CREATE,
      { org: wspId, input: { reference: "123456789" } },
    );
    expect(allowed?.data?.createCandidate.__typename).toBe("Candidate");
  });

  it.skipIf(!backend.available)(
    "exports everything on request, then erases it: no table and no audit event holds it after",
    async () => {
      const person = {
        reference: "WSP-ERASE-7",
        name: "Zwaantje Quirijnsdochter",
        email: "zwaantje.quirijns@voorbeeld.nl",
        phone: "033 - 987 65 43",
        summary: "Quirijnsdochter zoekt administratief werk.",
        skills: ["Quirijns-typen"],
      };
      const created = await as.consultant?.graphql<{ createCandidate: { id: string } }>(CREATE, {
        org: wspId,
        input: person,
      });
      const id = created?.data?.createCandidate.id ?? "";
      await as.consultant?.graphql(CONSENT, {
        input: {
          candidateId: id,
          contractorId: eemlandId,
          fields: ["FIRST_NAME"],
          givenOn: "2026-01-10",
        },
      });
      await as.consultant?.graphql(
        `mutation ($id: ID!, $input: CandidateInput!) { updateCandidate(id: $id, version: 1, input: $input) { __typename } }`,
        { id, input: { ...person, name: "Zwaantje M. Quirijnsdochter" } },
      );
      const exported = await as.consultant?.graphql<{
        exportCandidate: { json: string; fileName: string };
      }>(
        `mutation ($id: ID!) { exportCandidate(id: $id) { __typename
          ... on CandidateExport { json fileName } ... on Error { message } } }`,
        { id },
      );
      const data = JSON.parse(exported?.data?.exportCandidate.json ?? "{}");
      expect(data.kandidaat).toMatchObject({
        kenmerk: "WSP-ERASE-7",
        naam: "Zwaantje M. Quirijnsdochter",
        eMail: person.email,
      });
      expect(data.toestemmingen).toHaveLength(1);
      expect(data.verwerkingen.map((e: { handeling: string }) => e.handeling)).toEqual([
        "candidate.create",
        "candidate.recordConsent",
        "candidate.update",
      ]);
      expect(await rowsContaining(api, "Quirijns")).toEqual(["Candidate"]);

      // Not the read-only member, not another pool
      for (const who of ["wspReadOnly", "otherPool"]) {
        const refused = await as[who]?.graphql<{ eraseCandidate: { __typename: string } }>(
          `mutation ($id: ID!) { eraseCandidate(id: $id) { __typename } }`,
          { id },
        );
        expect(refused?.data?.eraseCandidate.__typename, who).toBe("NotAllowedError");
      }
      const erased = await as.consultant?.graphql<{ eraseCandidate: Record<string, unknown> }>(
        `mutation ($id: ID!) { eraseCandidate(id: $id) { __typename
          ... on Candidate { anonymised name reference skills consents { inForce } } } }`,
        { id },
      );
      expect(erased?.data?.eraseCandidate).toMatchObject({
        __typename: "Candidate",
        anonymised: true,
        name: null,
        skills: [],
        consents: [{ inForce: false }],
      });
      for (const needle of ["Quirijns", "zwaantje", "WSP-ERASE-7", "987 65 43"])
        expect(await rowsContaining(api, needle), needle).toEqual([]);
      const trail = await api.prisma.auditEvent.findMany({
        where: { entityId: id },
        orderBy: { at: "asc" },
      });
      expect(trail.map((event) => event.action)).toEqual([
        "candidate.create",
        "candidate.update",
        "candidate.export",
        "candidate.erase",
      ]);
      // The edit records which fields changed, not what they held
      expect(trail[1]?.after).toEqual({ changedFields: ["name"] });
    },
  );

  it.skipIf(!backend.available)(
    "anonymises after the region's retention term, counted from the last contact",
    async () => {
      const input = (reference: string, name: string, lastContactOn: string) => ({
        org: wspId,
        input: { reference, name, lastContactOn },
      });
      const old = await as.consultant?.graphql<{ createCandidate: { id: string } }>(
        CREATE,
        input("WSP-OUD-1", "Gerritje Oudcontact", "2025-06-30"),
      );
      const recent = await as.consultant?.graphql<{ createCandidate: { id: string } }>(
        CREATE,
        input("WSP-RECENT-1", "Hendrikje Recentcontact", "2025-07-01"),
      );
      const oldId = old?.data?.createCandidate.id ?? "";
      const recentId = recent?.data?.createCandidate.id ?? "";
      await api.prisma.candidate.updateMany({
        where: { id: { in: [oldId, recentId] } },
        data: { createdAt: new Date("2025-01-01T00:00:00Z") },
      });
      const region = await api.prisma.candidate.findUniqueOrThrow({ where: { id: oldId } });
      // A consultant may not set the term; the lead may
      const byConsultant = await as.consultant?.graphql<{
        setCandidateRetention: { __typename: string };
      }>(`mutation ($r: ID!) { setCandidateRetention(regionId: $r, months: 12) { __typename } }`, {
        r: region.regionId,
      });
      expect(byConsultant?.data?.setCandidateRetention.__typename).toBe("NotAllowedError");
      const byLead = await as.lead?.graphql<{ setCandidateRetention: { months: number } }>(
        `mutation ($r: ID!) { setCandidateRetention(regionId: $r, months: 12) {
          __typename ... on CandidateRetention { months } } }`,
        { r: region.regionId },
      );
      expect(byLead?.data?.setCandidateRetention.months).toBe(12);

      // On 2026-07-01 (Amsterdam) the cut-off is 2025-07-01: kept on that day, gone before it
      const anonymised = await anonymiseExpiredCandidates(
        api.prisma,
        new Date("2026-07-01T10:00:00Z"),
      );
      expect(anonymised).toBeGreaterThanOrEqual(1);
      const [oldRow, recentRow] = await Promise.all([
        api.prisma.candidate.findUniqueOrThrow({ where: { id: oldId } }),
        api.prisma.candidate.findUniqueOrThrow({ where: { id: recentId } }),
      ]);
      expect(oldRow.anonymisedAt).not.toBeNull();
      expect(recentRow).toMatchObject({ anonymisedAt: null, name: "Hendrikje Recentcontact" });
      expect(await rowsContaining(api, "Oudcontact")).toEqual([]);
      expect(await rowsContaining(api, "WSP-OUD-1")).toEqual([]);
      const event = await api.prisma.auditEvent.findFirstOrThrow({
        where: { entityId: oldId, action: "candidate.anonymise" },
      });
      expect(event).toMatchObject({ actorId: null, after: { retentionMonths: 12 } });
    },
  );
});
