// The contractor's mails, read from the outbox after real API calls: each event mails exactly the
// contractor's readers (admins always, users once they chose a password), with the reference, the
// reason or amount and a link into the portal; a refused change mails nobody; deadlines with a
// fixed clock are reminded once each.
import type { OutboxMessage } from "@prisma/client";
import { backends } from "@sroi/db/testing/backends";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sendDueReminders } from "../src/services/reminders.js";
import { type Client, startTestApi, type TestApi } from "./support.js";

const EEMLAND = ["admin@bouwbedrijf-eemland.demo", "medewerker@bouwbedrijf-eemland.demo"];
const WSP_AMERSFOORT = "uw accountmanager of WSP regio Amersfoort";

const REGISTER = `mutation ($code: String!, $contract: ContractInput!, $contractor: ContractorInput!) {
  registerContract(municipalityCode: $code, contract: $contract, contractor: $contractor) {
    __typename ... on Contract { id version } } }`;
const PLAN = `__typename ... on PlanVersion { id version status }`;
const REALISATION = `__typename ... on Realisation { id version status }`;

describe.each(backends())("contractor notices on $name", (backend) => {
  let api: TestApi;
  let publicUrl: string;
  let amersfoort: Client;
  let eemland: Client;
  let consultant: Client;
  beforeAll(async () => {
    if (!backend.available) return;
    api = await startTestApi(backend, { demo: true });
    publicUrl = `http://localhost:${new URL(api.url).port}`;
    amersfoort = await api.loginAs("coordinator@amersfoort.demo");
    eemland = await api.loginAs("admin@bouwbedrijf-eemland.demo");
    consultant = await api.loginAs("consultant@wsp-amersfoort.demo");
  });
  afterAll(async () => {
    await api?.close();
  });

  /** The outbox rows the action wrote, by address. */
  async function mailsOf(action: () => Promise<unknown>): Promise<OutboxMessage[]> {
    const before = new Set((await api.prisma.outboxMessage.findMany()).map((m) => m.id));
    await action();
    const after = await api.prisma.outboxMessage.findMany({ orderBy: [{ to: "asc" }] });
    return after.filter((m) => !before.has(m.id));
  }

  /** Each mail went to exactly these addresses, with this subject and these phrases. */
  function expectNotice(mails: OutboxMessage[], to: string[], subject: string, phrases: string[]) {
    expect(mails.map((m) => m.to)).toEqual(to);
    for (const mail of mails) {
      expect(mail.subject).toBe(subject);
      for (const phrase of phrases) expect(mail.text).toContain(phrase);
    }
  }

  /** A change refused (by default with a ValidationError), and no mail written. */
  async function expectSilentRefusal(
    client: Client,
    query: string,
    variables: Record<string, unknown>,
    field: string,
    refusal = "ValidationError",
  ) {
    const mails = await mailsOf(async () => {
      const result = await client.graphql<Record<string, { __typename: string }>>(query, variables);
      expect(result.data?.[field]?.__typename).toBe(refusal);
    });
    expect(mails).toEqual([]);
  }

  async function register(
    client: Client,
    code: string,
    contract: Record<string, unknown>,
    contractor: Record<string, unknown>,
  ) {
    const result = await client.graphql<{
      registerContract: { __typename: string; id: string; version: number };
    }>(REGISTER, { code, contract: { kind: "WORKS", ...contract }, contractor });
    return result.data?.registerContract;
  }

  it.skipIf(!backend.available)(
    "a contract for an existing contractor: its admin and active users, not an open invitation",
    async () => {
      // An invited colleague who never chose a password is no reader yet.
      const org = await api.prisma.organisation.findUniqueOrThrow({
        where: { kvkNumber: "90000001" },
      });
      const invited = await eemland.graphql<{ inviteColleague: { __typename: string } }>(
        `mutation ($org: ID!) { inviteColleague(organisationId: $org, name: "Nog Niet", email: "nog.niet@eemland.example", role: CONTRACTOR_USER) { __typename } }`,
        { org: org.id },
      );
      expect(invited.data?.inviteColleague.__typename).toBe("User");

      let id = "";
      const mails = await mailsOf(async () => {
        const contract = await register(
          amersfoort,
          "GM0307",
          {
            reference: "AMF-MAIL-001",
            title: "Nieuwbouw brandweerkazerne",
            valueExclVat: "480000.00",
            awardDate: "2025-03-01",
            startDate: "2025-04-01",
            endDate: "2026-03-31",
          },
          { kvkNumber: "90000001" },
        );
        expect(contract?.__typename).toBe("Contract");
        id = contract?.id ?? "";
      });
      expectNotice(
        mails,
        EEMLAND,
        "Nieuwe opdracht met social return: AMF-MAIL-001 Nieuwbouw brandweerkazerne",
        [
          // 480000.00 × 5 % = 24000.00; contact within 7 days of the award on 2025-03-01
          "De social return-verplichting is € 24.000,00",
          "opdrachtwaarde van € 480.000,00 excl. btw",
          "Neem uiterlijk 8 maart 2025 contact op",
          `${publicUrl}/portal/opdrachten/${id}`,
          WSP_AMERSFOORT,
        ],
      );
      for (const mail of mails) expect(mail.text).not.toContain("nog geen wachtwoord");
    },
  );

  it.skipIf(!backend.available)(
    "a new contractor's contact gets the invitation and the notice, told how to get in",
    async () => {
      const haarlem = await api.loginAs("coordinator@haarlem.demo");
      const mails = await mailsOf(() =>
        register(
          haarlem,
          "GM0392",
          {
            reference: "HLM-MAIL-001",
            title: "Beheer stadsparken",
            kind: "SERVICES",
            valueExclVat: "390000.00",
            awardDate: "2025-06-02",
          },
          {
            kvkNumber: "91230001",
            name: "Parkzorg Haarlem B.V.",
            contactName: "Pien Park",
            contactEmail: "pien@parkzorg.example",
          },
        ),
      );
      expect(mails.map((m) => m.to)).toEqual(["pien@parkzorg.example", "pien@parkzorg.example"]);
      const notice = mails.find((m) => m.subject.startsWith("Nieuwe opdracht"));
      expect(mails.filter((m) => m.subject.startsWith("Uitnodiging"))).toHaveLength(1);
      expect(notice?.subject).toBe(
        "Nieuwe opdracht met social return: HLM-MAIL-001 Beheer stadsparken",
      );
      expect(notice?.text).toContain("Beste Pien Park,");
      expect(notice?.text).toContain(`${publicUrl}/portal/wachtwoord-vergeten`);
      // Haarlem has no WSP in this data: the gemeente itself carries out its policy.
      expect(notice?.text).toContain("uw accountmanager of Team Social Return gemeente Haarlem");
    },
  );

  it.skipIf(!backend.available)("a refused registration mails nobody", async () => {
    const mails = await mailsOf(async () => {
      const duplicate = await register(
        amersfoort,
        "GM0307",
        {
          reference: "AMF-MAIL-001",
          title: "Tweede keer",
          valueExclVat: "1000.00",
          awardDate: "2025-03-01",
        },
        { kvkNumber: "90000001" },
      );
      expect(duplicate?.__typename).toBe("ValidationError");
    });
    expect(mails).toEqual([]);
  });

  it.skipIf(!backend.available)(
    "the plan review: changes asked with the comment, then approval; a refused review is silent",
    async () => {
      const contract = await api.prisma.contract.findFirstOrThrow({
        where: { reference: "AMF-MAIL-001" },
      });
      const saveAndSubmit = async (basedOn: { planId: string; version: number } | null) => {
        const saved = await eemland.graphql<{ savePlan: { id: string; version: number } }>(
          `mutation ($id: ID!, $basedOn: PlanVersionRef) { savePlan(contractId: $id, basedOn: $basedOn, reportFrequency: QUARTERLY,
            lines: [{ blockCode: "PW", hoursPerWeek: "36", startDate: "2025-04-01", endDate: "2026-03-31" }]) { ${PLAN} } }`,
          { id: contract.id, basedOn },
        );
        const plan = saved.data?.savePlan;
        const submitted = await eemland.graphql<{ submitPlan: { id: string; version: number } }>(
          `mutation ($id: ID!, $v: Int!) { submitPlan(planId: $id, version: $v) { ${PLAN} } }`,
          { id: plan?.id, v: plan?.version },
        );
        const result = submitted.data?.submitPlan;
        if (!result) throw new Error(JSON.stringify(submitted));
        return result;
      };
      const REVIEW = `mutation ($id: ID!, $v: Int!, $approve: Boolean!, $comment: String) {
        reviewPlan(planId: $id, version: $v, approve: $approve, comment: $comment) { ${PLAN} } }`;
      const first = await saveAndSubmit(null);

      await expectSilentRefusal(
        consultant,
        REVIEW,
        { id: first.id, v: first.version, approve: false },
        "reviewPlan",
      );

      let returned = { id: "", version: 0 };
      const changes = await mailsOf(async () => {
        const result = await consultant.graphql<{ reviewPlan: { id: string; version: number } }>(
          REVIEW,
          { id: first.id, v: first.version, approve: false, comment: "Voeg een BBL-plek toe." },
        );
        returned = result.data?.reviewPlan ?? returned;
      });
      expectNotice(
        changes,
        EEMLAND,
        "Plan van aanpak aanpassen: AMF-MAIL-001 Nieuwbouw brandweerkazerne",
        [
          "WSP regio Amersfoort vraagt u versie 1 van uw plan van aanpak aan te passen:\n\nVoeg een BBL-plek toe.",
          `${publicUrl}/portal/opdrachten/${contract.id}/plan`,
        ],
      );

      const second = await saveAndSubmit({ planId: returned.id, version: returned.version });
      const approved = await mailsOf(() =>
        consultant.graphql(REVIEW, { id: second.id, v: second.version, approve: true }),
      );
      expect(approved.map((m) => m.to)).toEqual(EEMLAND);
      expect(approved[0]?.subject).toBe(
        "Plan van aanpak goedgekeurd: AMF-MAIL-001 Nieuwbouw brandweerkazerne",
      );
      expect(approved[0]?.text).toContain("versie 2 van uw plan van aanpak goedgekeurd");
    },
  );

  it.skipIf(!backend.available)(
    "a realisation rejected with the reason, another accepted with its value",
    async () => {
      const contract = await api.prisma.contract.findFirstOrThrow({
        where: { reference: "AMF-MAIL-001" },
      });
      const submit = async (invoiceNumber: string, amountExclVat: string) => {
        const result = await eemland.graphql<{
          submitRealisation: { id: string; version: number };
        }>(
          `mutation ($id: ID!, $input: RealisationInput!) { submitRealisation(contractId: $id, input: $input) { ${REALISATION} } }`,
          {
            id: contract.id,
            input: {
              blockCode: "INKOOP",
              amountExclVat,
              supplierName: "Werkbedrijf Eemvallei",
              supplierKvk: "90000010",
              invoiceNumber,
              invoiceDate: "2025-05-01",
            },
          },
        );
        const realisation = result.data?.submitRealisation;
        if (!realisation) throw new Error(JSON.stringify(result));
        return realisation;
      };
      const REVIEW = `mutation ($id: ID!, $v: Int!, $accept: Boolean!, $reason: String) {
        reviewRealisation(id: $id, version: $v, accept: $accept, reason: $reason) { ${REALISATION} } }`;
      const doubtful = await submit("F-77", "2500.50");

      await expectSilentRefusal(
        consultant,
        REVIEW,
        { id: doubtful.id, v: doubtful.version, accept: false },
        "reviewRealisation",
      );

      const rejected = await mailsOf(() =>
        consultant.graphql(REVIEW, {
          id: doubtful.id,
          v: doubtful.version,
          accept: false,
          reason: "De factuur ontbreekt als bewijs.",
        }),
      );
      expectNotice(
        rejected,
        EEMLAND,
        "Verantwoording afgewezen: AMF-MAIL-001 Nieuwbouw brandweerkazerne",
        [
          "factuur F-77 afgewezen.",
          "Reden: De factuur ontbreekt als bewijs.",
          `${publicUrl}/portal/opdrachten/${contract.id}/verantwoording/${doubtful.id}/corrigeren`,
        ],
      );

      const sound = await submit("F-78", "1234.56");
      const accepted = await mailsOf(() =>
        consultant.graphql(REVIEW, { id: sound.id, v: sound.version, accept: true }),
      );
      expect(accepted.map((m) => m.to)).toEqual(EEMLAND);
      expect(accepted[0]?.subject).toBe(
        "Verantwoording geaccepteerd: AMF-MAIL-001 Nieuwbouw brandweerkazerne",
      );
      // INKOOP values the invoice at share 1.00: 1.00 × 1234.56
      expect(accepted[0]?.text).toContain(
        "factuur F-78 geaccepteerd. Zij telt mee voor € 1.234,56.",
      );
      // reviewing it again is refused, and silent too
      await expectSilentRefusal(
        consultant,
        REVIEW,
        { id: sound.id, v: sound.version, accept: false, reason: "Toch niet." },
        "reviewRealisation",
        "NotAllowedError",
      );
    },
  );

  it.skipIf(!backend.available)(
    "the eindbeoordeling with the sanction and the letter's link; a refused one is silent",
    async () => {
      const contract = await register(
        amersfoort,
        "GM0307",
        {
          reference: "AMF-MAIL-002",
          title: "Herinrichting marktplein",
          valueExclVat: "480000.00",
          awardDate: "2024-03-01",
          startDate: "2024-04-01",
          endDate: "2025-03-31",
        },
        { kvkNumber: "90000001" },
      );
      const ASSESS = `mutation ($id: ID!, $v: Int!, $outcome: AssessmentOutcome!) {
        assessContract(contractId: $id, version: $v, outcome: $outcome) { __typename } }`;
      await expectSilentRefusal(
        consultant,
        ASSESS,
        { id: contract?.id, v: contract?.version, outcome: "FULFILLED" },
        "assessContract",
      );

      const mails = await mailsOf(() =>
        consultant.graphql(ASSESS, {
          id: contract?.id,
          v: contract?.version,
          outcome: "SANCTIONED",
        }),
      );
      expectNotice(
        mails,
        EEMLAND,
        "Eindbeoordeling social return: AMF-MAIL-002 Herinrichting marktplein",
        [
          // nothing realised: the sanction defaults to the whole obligation, 480000.00 × 5 %
          "De gemeente legt een sanctie op van € 24.000,00.",
          "Verplichting: € 24.000,00. Gerealiseerd en geaccepteerd: € 0,00.",
          `${publicUrl}/brieven/eindbeoordeling/${contract?.id}`,
        ],
      );
    },
  );

  it.skipIf(!backend.available)(
    "deadlines with a fixed clock: near and passed, each once, all of a run in one mail",
    async () => {
      const sanne = await api.prisma.user.findUniqueOrThrow({
        where: { email: "consultant@wsp-amersfoort.demo" },
      });
      const contract = await register(
        amersfoort,
        "GM0307",
        {
          reference: "AMF-MAIL-003",
          title: "Groenonderhoud begraafplaatsen",
          kind: "SERVICES",
          valueExclVat: "250000.00",
          awardDate: "2025-01-10",
          startDate: "2025-02-01",
          endDate: "2026-12-31",
          consultantId: sanne.id,
        },
        { kvkNumber: "90000002" },
      );
      const id = contract?.id ?? "";
      const run = async (today: string) =>
        (await mailsOf(() => sendDueReminders(api.prisma, publicUrl, today))).filter((m) =>
          m.subject.includes("AMF-MAIL-003"),
        );

      // award 2025-01-10 + 7 days: contact was due 2025-01-17
      const contact = await run("2025-01-20");
      // The accountmanager gets no copy: the daily digest tells staff what is overdue.
      expect(contact.map((m) => [m.to, m.subject])).toEqual([
        [
          "admin@groen-spaarne.demo",
          "Herinnering: termijn verstreken voor AMF-MAIL-003 Groenonderhoud begraafplaatsen",
        ],
      ]);
      expect(contact[0]?.text).toContain(
        "U had uiterlijk 17 januari 2025 contact moeten opnemen met WSP regio Amersfoort",
      );
      expect(await run("2025-01-21")).toEqual([]);

      // In execution after the intake; the first quarter runs 1 February – 31 March and its
      // report is due 14 days later, on 14 April 2025.
      await api.prisma.contract.update({
        where: { id },
        data: { status: "IN_EXECUTION", contactRequestedAt: new Date("2025-01-22T09:00:00Z") },
      });
      expect(await run("2025-04-06")).toEqual([]);
      const soon = await run("2025-04-07");
      expect(soon.map((m) => m.to)).toEqual(["admin@groen-spaarne.demo"]);
      expect(soon[0]?.subject).toBe(
        "Herinnering: termijn nadert voor AMF-MAIL-003 Groenonderhoud begraafplaatsen",
      );
      expect(soon[0]?.text).toContain(
        "De verantwoording over 1 februari 2025 tot en met 31 maart 2025 moet uiterlijk 14 april 2025 binnen zijn.",
      );
      expect(soon[0]?.text).toContain(`${publicUrl}/portal/opdrachten/${id}`);
      expect(await run("2025-04-08")).toEqual([]);
      const passed = await run("2025-04-15");
      expect(passed.map((m) => m.to)).toEqual(["admin@groen-spaarne.demo"]);
      expect(passed[0]?.text).toContain("had uiterlijk 14 april 2025 binnen moeten zijn.");
      expect(await run("2025-04-16")).toEqual([]);

      // Half a year without a run (or a first start on old data): the two quarters that passed
      // since come in one mail, not one each.
      const backlog = await run("2025-10-20");
      expect(backlog.map((m) => m.to)).toEqual(["admin@groen-spaarne.demo"]);
      expect(backlog[0]?.text).toContain("uiterlijk 14 juli 2025 binnen moeten zijn");
      expect(backlog[0]?.text).toContain("uiterlijk 14 oktober 2025 binnen moeten zijn");
      expect(await run("2025-10-21")).toEqual([]);
      expect(
        await api.prisma.reminder.count({ where: { contractId: id } }),
        "contact, the first quarter near and passed, two more quarters passed",
      ).toBe(5);
    },
  );
});
