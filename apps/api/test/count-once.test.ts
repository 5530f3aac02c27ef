// A person counted once, an invoice counted once (docs/decisions/0025-count-once.md), over real
// HTTP on both databases: the issue's case of one person at 36 hours a week for the same four
// months reported four times over three contracts by two contractors; the same invoice from two
// contractors; no match across regions; two reviewers accepting overlapping entries at once.
import { backends } from "@sroi/db/testing/backends";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readConfig } from "../src/config.js";
import { DEV_PERSON_MATCH_KEY, matchColumns } from "../src/services/count-once.js";
import { type Client, startTestApi, type TestApi } from "./support.js";

interface DoubleCount {
  kind: string;
  status: string;
  startDate: string | null;
  endDate: string | null;
  overlapDays: number;
  contractId: string | null;
  contractReference: string | null;
  message: string;
}

const DOUBLE_COUNTS =
  "doubleCounts { kind status startDate endDate overlapDays contractId contractReference message }";

const REVIEW = `mutation ($id: ID!, $v: Int!, $accept: Boolean!, $reason: String) {
  reviewRealisation(id: $id, version: $v, accept: $accept, reason: $reason) {
    __typename ... on Realisation { status version } ... on Error { message } } }`;

const JAN = { personBirthDate: "1990-05-17" };
const FOUR_MONTHS = {
  blockCode: "PW",
  hoursPerWeek: "36",
  startDate: "2026-01-01",
  endDate: "2026-04-30",
};

describe.each(backends())("counting a person and an invoice once on $name", (backend) => {
  let api: TestApi;
  let eemland: Client;
  let spaarne: Client;
  let consultant: Client;
  const contracts: Record<string, string> = {};

  beforeAll(async () => {
    if (!backend.available) return;
    api = await startTestApi(backend, { demo: true });
    eemland = await api.loginAs("admin@bouwbedrijf-eemland.demo");
    spaarne = await api.loginAs("admin@groen-spaarne.demo");
    consultant = await api.loginAs("consultant@wsp-amersfoort.demo");
    const haarlem = await api.loginAs("coordinator@haarlem.demo");
    const register = async (by: Client, code: string, reference: string, kvkNumber: string) => {
      const result = await by.graphql<{ registerContract: { id?: string; message?: string } }>(
        `mutation ($code: String!, $reference: String!, $kvk: String!) { registerContract(municipalityCode: $code,
          contract: { reference: $reference, title: "Onderhoud", kind: SERVICES, valueExclVat: "800000.00",
            awardDate: "2025-12-01", startDate: "2026-01-01", endDate: "2027-12-31" },
          contractor: { kvkNumber: $kvk }) { ... on Contract { id } ... on Error { message } } }`,
        { code, reference, kvk: kvkNumber },
      );
      const id = result.data?.registerContract.id;
      if (!id) throw new Error(JSON.stringify(result));
      contracts[reference] = id;
    };
    // Three contracts in regio Amersfoort (Amersfoort, Soest, Baarn), one in Haarlem
    await register(consultant, "GM0307", "AMF-ONCE-1", "90000001");
    await register(consultant, "GM0342", "SOE-ONCE-2", "90000001");
    await register(consultant, "GM0308", "BRN-ONCE-3", "90000002");
    await register(haarlem, "GM0392", "HLM-ONCE-4", "90000002");
  });
  afterAll(async () => {
    await api?.close();
  });

  async function submit(by: Client, reference: string, input: Record<string, unknown>) {
    const result = await by.graphql<{
      submitRealisation: {
        id?: string;
        version: number;
        value: string;
        doubleCounts: DoubleCount[];
      };
    }>(
      `mutation ($id: ID!, $input: RealisationInput!) { submitRealisation(contractId: $id, input: $input) {
        ... on Realisation { id version value ${DOUBLE_COUNTS} } ... on Error { message } } }`,
      { id: contracts[reference], input },
    );
    const submitted = result.data?.submitRealisation;
    if (!submitted?.id) throw new Error(JSON.stringify(result));
    return { ...submitted, id: submitted.id };
  }

  async function seenByReviewer(reference: string) {
    const result = await consultant.graphql<{
      contract: {
        realisations: {
          id: string;
          version: number;
          status: string;
          personBirthDate: string | null;
          doubleCounts: DoubleCount[];
        }[];
      };
    }>(
      `query ($id: ID!) { contract(id: $id) { realisations { id version status personBirthDate ${DOUBLE_COUNTS} } } }`,
      { id: contracts[reference] },
    );
    expect(result.errors).toBeUndefined();
    return result.data?.contract.realisations ?? [];
  }

  async function review(id: string, version: number, accept: boolean, reason?: string) {
    const result = await consultant.graphql<{
      reviewRealisation: { __typename: string; status?: string; message?: string };
    }>(REVIEW, { id, v: version, accept, reason });
    return result.data?.reviewRealisation;
  }

  it.skipIf(!backend.available)(
    "flags every entry of one person on the same days across contracts and contractors, and accepts the days once",
    async () => {
      // 1. Eemland, Amersfoort: the first entry meets nothing
      const first = await submit(eemland, "AMF-ONCE-1", {
        ...FOUR_MONTHS,
        ...JAN,
        personRef: "K-7",
        personName: "Jan de Vries",
      });
      expect(first.doubleCounts).toEqual([]);
      // PW at €40,000 a year (Amersfoort concept catalogue), 36/36 h, 120/365 days:
      // 40000 × 120 / 365 = 13150.684… → 13150.68
      expect(first.value).toBe("13150.68");

      // 2. Eemland, Soest: same reference and date of birth; the contractor is warned on submit
      // and may see its own contract named
      const second = await submit(eemland, "SOE-ONCE-2", {
        ...FOUR_MONTHS,
        ...JAN,
        personRef: "K-7",
      });
      expect(second.doubleCounts).toEqual([
        {
          kind: "SAME_PERSON_REFERENCE",
          status: "SUBMITTED",
          startDate: "2026-01-01",
          endDate: "2026-04-30",
          overlapDays: 120,
          contractId: contracts["AMF-ONCE-1"],
          contractReference: "AMF-ONCE-1",
          message:
            "Dezelfde persoon (zelfde kenmerk en geboortedatum) staat van 1 januari 2026 t/m 30 april 2026 ook in opdracht AMF-ONCE-1 (ingediend); 120 dagen overlappen.",
        },
      ]);

      // 3. Groenbeheer Spaarne, Baarn: its own reference, the name written otherwise; the keyed
      // hash matches, and Spaarne is not told whose contract the other entry is on
      const third = await submit(spaarne, "BRN-ONCE-3", {
        ...FOUR_MONTHS,
        ...JAN,
        personRef: "GS-1",
        personName: "J. de Vries",
      });
      expect(
        third.doubleCounts.map((d) => [d.kind, d.contractId, d.contractReference, d.overlapDays]),
      ).toEqual([["SAME_PERSON_IDENTITY", null, null, 120]]);
      expect(third.doubleCounts[0]?.message).toBe(
        "Dezelfde persoon (zelfde geboortedatum, voorletter en achternaam) staat van 1 januari 2026 t/m 30 april 2026 ook in een andere opdracht in de regio (ingediend); 120 dagen overlappen.",
      );

      // 4. Spaarne again on the same contract, March to June: same reference as its third entry,
      // same identity as the first; March and April (31 + 30 = 61 days) overlap
      const fourth = await submit(spaarne, "BRN-ONCE-3", {
        ...FOUR_MONTHS,
        startDate: "2026-03-01",
        endDate: "2026-06-30",
        ...JAN,
        personRef: "GS-1",
        personName: "de Vries, Jan",
      });
      expect(fourth.doubleCounts.map((d) => [d.kind, d.overlapDays])).toEqual([
        ["SAME_PERSON_IDENTITY", 61],
        ["SAME_PERSON_REFERENCE", 61],
      ]);

      // The reviewer sees every duplicate with the other entry; the WSP serves all three gemeenten
      const [amf] = await seenByReviewer("AMF-ONCE-1");
      expect(amf?.personBirthDate).toBe("1990-05-17");
      expect(amf?.doubleCounts.map((d) => [d.kind, d.contractReference, d.overlapDays])).toEqual([
        ["SAME_PERSON_REFERENCE", "SOE-ONCE-2", 120],
        ["SAME_PERSON_IDENTITY", "BRN-ONCE-3", 120],
        ["SAME_PERSON_IDENTITY", "BRN-ONCE-3", 61],
      ]);
      const baarn = await seenByReviewer("BRN-ONCE-3");
      expect(baarn.every((r) => r.doubleCounts.length === 2)).toBe(true);
      // the contractor never sees the date of birth
      const own = await eemland.graphql<{
        contract: { realisations: { personBirthDate: string | null }[] };
      }>("query ($id: ID!) { contract(id: $id) { realisations { personBirthDate } } }", {
        id: contracts["AMF-ONCE-1"],
      });
      expect(own.data?.contract.realisations).toEqual([{ personBirthDate: null }]);

      // The first may be accepted: the others are only submitted
      expect((await review(first.id, first.version, true))?.status).toBe("ACCEPTED");
      // Every other is refused with the accepted entry named, until it is corrected or rejected
      for (const entry of [second, third, fourth]) {
        const refused = await review(entry.id, entry.version, true);
        expect(refused?.__typename).toBe("NotAllowedError");
        expect(refused?.message).toMatch(
          /^Deze verantwoording kan niet worden geaccepteerd: Dezelfde persoon .* ook in opdracht AMF-ONCE-1 \(geaccepteerd\)/,
        );
      }
      const statuses = await api.prisma.realisation.findMany({
        where: { id: { in: [first.id, second.id, third.id, fourth.id] } },
        select: { status: true },
      });
      expect(statuses.filter((r) => r.status === "ACCEPTED")).toHaveLength(1);

      // Rejected, an entry no longer counts against the others (the contractor may correct it)
      expect(
        (await review(second.id, second.version, false, "Al verantwoord in Amersfoort."))?.status,
      ).toBe("REJECTED");
      const [amfAfter] = await seenByReviewer("AMF-ONCE-1");
      expect(amfAfter?.doubleCounts.map((d) => d.contractReference)).toEqual([
        "BRN-ONCE-3",
        "BRN-ONCE-3",
      ]);

      // A correction to the days after the accepted period can then be accepted
      const corrected = await eemland.graphql<{
        correctRealisation: { version?: number; doubleCounts?: DoubleCount[]; message?: string };
      }>(
        `mutation ($id: ID!, $v: Int!, $input: RealisationInput!) { correctRealisation(id: $id, version: $v, input: $input) {
          ... on Realisation { version ${DOUBLE_COUNTS} } ... on Error { message } } }`,
        {
          id: second.id,
          v: second.version + 1,
          input: {
            ...FOUR_MONTHS,
            startDate: "2026-07-01",
            endDate: "2026-10-31",
            personRef: "K-7",
          },
        },
      );
      // the date of birth was kept though the correction left it out; July to October meets
      // nothing (the fourth entry ends in June)
      expect(corrected.data?.correctRealisation.doubleCounts).toEqual([]);
      const version = corrected.data?.correctRealisation.version ?? 0;
      expect((await review(second.id, version, true))?.status).toBe("ACCEPTED");

      // Haarlem is another region: the same person there is not matched
      const haarlem = await submit(spaarne, "HLM-ONCE-4", {
        ...FOUR_MONTHS,
        blockCode: "PW",
        ...JAN,
        personRef: "GS-1",
        personName: "Jan de Vries",
      });
      expect(haarlem.doubleCounts).toEqual([]);

      // Only the hash is stored of the identity: no name or date of birth in it
      const stored = await api.prisma.realisation.findUniqueOrThrow({ where: { id: third.id } });
      expect(stored.personMatchHash).toMatch(/^[0-9a-f]{64}$/);
      const audit = await api.prisma.auditEvent.findMany({ where: { entityId: third.id } });
      expect(JSON.stringify(audit)).not.toMatch(/1990-05-17|Vries/);
    },
  );

  it.skipIf(!backend.available)(
    "refuses the same invoice from the same supplier on acceptance across two contractors",
    async () => {
      const invoice = {
        blockCode: "INKOOP",
        amountExclVat: "4250.00",
        supplierName: "Werkbedrijf Eemvallei",
        invoiceDate: "2026-03-31",
      };
      const first = await submit(eemland, "AMF-ONCE-1", {
        ...invoice,
        supplierKvk: "90000010",
        invoiceNumber: "EV-2026-0101",
      });
      expect((await review(first.id, first.version, true))?.status).toBe("ACCEPTED");
      // Spaarne reports the same invoice, the KvK number and invoice number typed otherwise
      const again = await submit(spaarne, "BRN-ONCE-3", {
        ...invoice,
        supplierKvk: "9000 0010",
        invoiceNumber: "ev 2026 0101",
      });
      expect(again.doubleCounts.map((d) => [d.kind, d.status, d.contractReference])).toEqual([
        ["SAME_INVOICE", "ACCEPTED", null],
      ]);
      const refused = await review(again.id, again.version, true);
      expect(refused?.message).toBe(
        "Deze verantwoording kan niet worden geaccepteerd: Dezelfde factuur (zelfde leverancier en factuurnummer) staat ook in opdracht AMF-ONCE-1 (geaccepteerd). Wat al geaccepteerd is, telt maar één keer: wijs deze verantwoording af, zodat de opdrachtnemer haar kan corrigeren.",
      );
      // another invoice of the same supplier is no duplicate
      const other = await submit(spaarne, "BRN-ONCE-3", {
        ...invoice,
        supplierKvk: "90000010",
        invoiceNumber: "EV-2026-0102",
      });
      expect(other.doubleCounts).toEqual([]);
    },
  );

  it.skipIf(!backend.available)(
    "accepts overlapping entries once when two reviewers accept them at the same moment",
    async () => {
      const piet = { ...FOUR_MONTHS, personBirthDate: "1985-02-01", personName: "Piet Bakker" };
      const a = await submit(eemland, "AMF-ONCE-1", { ...piet, personRef: "P-1" });
      const b = await submit(spaarne, "BRN-ONCE-3", { ...piet, personRef: "PB" });
      // a second session of the WSP: another reviewer at the same moment
      const colleague = await api.loginAs("consultant@wsp-amersfoort.demo");
      const [one, two] = await Promise.all([
        consultant.graphql<{ reviewRealisation: { __typename: string } }>(REVIEW, {
          id: a.id,
          v: a.version,
          accept: true,
        }),
        colleague.graphql<{ reviewRealisation: { __typename: string } }>(REVIEW, {
          id: b.id,
          v: b.version,
          accept: true,
        }),
      ]);
      expect(
        [one.data?.reviewRealisation.__typename, two.data?.reviewRealisation.__typename].sort(),
      ).toEqual(["NotAllowedError", "Realisation"]);
    },
  );

  it.skipIf(!backend.available)(
    "refuses to accept two overlapping entries together, all or nothing",
    async () => {
      // an approved plan and evidence, so both need no judgement and may be accepted together
      const plan = await eemland.graphql<{ savePlan: { id: string; version: number } }>(
        `mutation ($id: ID!) { savePlan(contractId: $id, reportFrequency: QUARTERLY,
          lines: [{ blockCode: "PW", hoursPerWeek: "36", startDate: "2026-01-01", endDate: "2026-12-31" }]) {
          ... on PlanVersion { id version } } }`,
        { id: contracts["SOE-ONCE-2"] },
      );
      const submitted = await eemland.graphql<{ submitPlan: { version: number } }>(
        "mutation ($id: ID!, $v: Int!) { submitPlan(planId: $id, version: $v) { ... on PlanVersion { version } } }",
        { id: plan.data?.savePlan.id, v: plan.data?.savePlan.version },
      );
      await consultant.graphql(
        "mutation ($id: ID!, $v: Int!) { reviewPlan(planId: $id, version: $v, approve: true) { __typename } }",
        { id: plan.data?.savePlan.id, v: submitted.data?.submitPlan.version },
      );
      const evidence = async () => {
        const response = await fetch(
          `${api.url}/bewijs?contractId=${contracts["SOE-ONCE-2"]}&bestandsnaam=uren.pdf`,
          {
            method: "POST",
            headers: { cookie: eemland.cookie ?? "" },
            body: Buffer.from("%PDF-1.4\n%%EOF\n"),
          },
        );
        return ((await response.json()) as { id: string }).id;
      };
      const anna = { ...FOUR_MONTHS, personRef: "A-5", personBirthDate: "1999-09-09" };
      const one = await submit(eemland, "SOE-ONCE-2", { ...anna, evidenceIds: [await evidence()] });
      const two = await submit(eemland, "SOE-ONCE-2", {
        ...anna,
        startDate: "2026-04-01",
        endDate: "2026-05-31",
        evidenceIds: [await evidence()],
      });
      const result = await consultant.graphql<{
        acceptRealisations: { __typename: string; message?: string };
      }>(
        `mutation ($contractId: ID!, $realisations: [RealisationVersionInput!]!) {
          acceptRealisations(contractId: $contractId, realisations: $realisations) {
            __typename ... on Error { message } } }`,
        {
          contractId: contracts["SOE-ONCE-2"],
          realisations: [one, two].map((r) => ({ id: r.id, version: r.version })),
        },
      );
      expect(result.data?.acceptRealisations.__typename).toBe("NotAllowedError");
      expect(result.data?.acceptRealisations.message).toMatch(
        /^Deze verantwoording kan niet worden geaccepteerd: Dezelfde persoon \(zelfde kenmerk en geboortedatum\) .* 30 dagen overlappen\./,
      );
      const statuses = await api.prisma.realisation.findMany({
        where: { id: { in: [one.id, two.id] } },
        select: { status: true },
      });
      expect(statuses.map((r) => r.status)).toEqual(["SUBMITTED", "SUBMITTED"]);
    },
  );

  it.skipIf(!backend.available)(
    "reads name and date of birth from the import, and flags an imported duplicate",
    async () => {
      const kees = {
        ...FOUR_MONTHS,
        personRef: "K-99",
        personName: "Kees Smit",
        personBirthDate: "1975-02-03",
      };
      await submit(eemland, "AMF-ONCE-1", kees);
      const header =
        "bouwblok,kenmerk_persoon,naam_persoon,geboortedatum,uren_per_week,begindatum,einddatum";
      const IMPORT = `mutation ($id: ID!, $content: String!) { importRealisations(contractId: $id, format: CSV, content: $content) {
        __typename ... on RealisationImport { realisations { ${DOUBLE_COUNTS} } }
        ... on ImportError { problems { path message } } } }`;
      type Imported = {
        importRealisations: {
          realisations?: { doubleCounts: DoubleCount[] }[];
          problems?: { path: string; message: string }[];
        };
      };
      // a date of birth before 1990 is read (the platform's own dates start then); a wrong one
      // is refused with its line
      const wrong = await spaarne.graphql<Imported>(IMPORT, {
        id: contracts["BRN-ONCE-3"],
        content: `${header}\nPW,GS-9,K. Smit,31-02-1975,36,01-01-2026,30-04-2026\nPW,GS-9,K. Smit,03-02-1899,36,01-01-2026,30-04-2026\n`,
      });
      expect(wrong.data?.importRealisations.problems).toEqual([
        { path: "regel 2, geboortedatum", message: "31-02-1975 is geen bestaande datum." },
        {
          path: "regel 3, geboortedatum",
          message: "De geboortedatum moet tussen 1900 en 2099 liggen.",
        },
      ]);
      const imported = await spaarne.graphql<Imported>(IMPORT, {
        id: contracts["BRN-ONCE-3"],
        content: `${header}\nPW,GS-9,K. Smit,03-02-1975,36,01-03-2026,31-03-2026\n`,
      });
      expect(
        imported.data?.importRealisations.realisations?.[0]?.doubleCounts.map((d) => [
          d.kind,
          d.overlapDays,
        ]),
      ).toEqual([["SAME_PERSON_IDENTITY", 31]]);
    },
  );

  it.skipIf(!backend.available)(
    "refuses a date of birth that cannot be true, in Dutch",
    async () => {
      const result = await eemland.graphql<{
        submitRealisation: { issues?: { field: string; message: string }[] };
      }>(
        `mutation ($id: ID!, $input: RealisationInput!) { submitRealisation(contractId: $id, input: $input) {
        ... on ValidationError { issues { field message } } } }`,
        { id: contracts["AMF-ONCE-1"], input: { ...FOUR_MONTHS, personBirthDate: "1890-01-01" } },
      );
      expect(result.data?.submitRealisation.issues).toEqual([
        { field: "personBirthDate", message: "Deze geboortedatum kan niet kloppen." },
      ]);
    },
  );
});

describe("the person match key", () => {
  const production = { NODE_ENV: "production", DATABASE_URL: "postgres://db/sroi" };
  it("is required in production, and long enough", () => {
    expect(() => readConfig(production)).toThrow(/PERSON_MATCH_KEY is required in production/);
    expect(() => readConfig({ ...production, PERSON_MATCH_KEY: "kort" })).toThrow(
      /at least 32 characters/,
    );
    const key = "a".repeat(32);
    expect(readConfig({ ...production, PERSON_MATCH_KEY: key }).personMatchKey).toBe(key);
  });

  it("falls back to the development key in demo mode and outside production", () => {
    expect(readConfig({ ...production, DEMO: "true" }).personMatchKey).toBe(DEV_PERSON_MATCH_KEY);
    expect(readConfig({}).personMatchKey).toBe(DEV_PERSON_MATCH_KEY);
  });

  it("keys the hash: another key gives another hash, and the identity is not in it", () => {
    const row = {
      personName: "Jan de Vries",
      personBirthDate: "1990-05-17",
      startDate: "2026-01-01",
      endDate: "2026-04-30",
      supplierKvk: null,
      supplierName: null,
      invoiceNumber: null,
    };
    const one = matchColumns("a".repeat(32), row).personMatchHash;
    const other = matchColumns("b".repeat(32), row).personMatchHash;
    expect(one).toMatch(/^[0-9a-f]{64}$/);
    expect(other).not.toBe(one);
    // without a period nothing is valued over days, so no person hash
    expect(matchColumns("a".repeat(32), { ...row, endDate: null }).personMatchHash).toBeNull();
  });
});
