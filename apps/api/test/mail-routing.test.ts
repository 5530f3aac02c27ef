// Staff mail about a contract goes to its accountmanager, else to the shared mailbox of the
// organisation that carries out the gemeente's social return (services/carrying-out.ts). Every
// kind of staff mail is sent for a contract of each demo gemeente, with and without accountmanager.
import { backends } from "@sroi/db/testing/backends";
import { addDays, dutchDate } from "@sroi/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { staffMailRecipients } from "../src/services/carrying-out.js";
import { sendDueReminders } from "../src/services/reminders.js";
import { type Client, startTestApi, type TestApi } from "./support.js";

const REGISTER = `mutation ($code: String!, $contract: ContractInput!, $contractor: ContractorInput!) {
  registerContract(municipalityCode: $code, contract: $contract, contractor: $contractor) {
    __typename ... on Contract { id version } ... on Error { message } } }`;
const INTAKE = `mutation ($id: ID!) { requestIntake(contractId: $id, message: "Graag een intake") {
  __typename ... on Error { message } } }`;
const SAVE_PLAN = `mutation ($id: ID!) { savePlan(contractId: $id, reportFrequency: QUARTERLY,
  lines: [{ blockCode: "INITIATIEF", hours: "8" }]) { __typename ... on PlanVersion { id version } ... on Error { message } } }`;
const SUBMIT_PLAN = `mutation ($id: ID!, $version: Int!) { submitPlan(planId: $id, version: $version) {
  __typename ... on Error { message } } }`;
const APPROVE_PLAN = `mutation ($id: ID!, $version: Int!) { reviewPlan(planId: $id, version: $version, approve: true) {
  __typename ... on Error { message } } }`;
const SUBMIT_REALISATION = `mutation ($id: ID!) { submitRealisation(contractId: $id, input: { blockCode: "INITIATIEF", hours: "4" }) {
  __typename ... on Realisation { id version } ... on Error { message } } }`;
const CORRECT_REALISATION = `mutation ($id: ID!, $version: Int!) { correctRealisation(id: $id, version: $version, input: { blockCode: "INITIATIEF", hours: "5" }) {
  __typename ... on Error { message } } }`;
const IMPORT = `mutation ($id: ID!, $content: String!) { importRealisations(contractId: $id, format: CSV, content: $content) {
  __typename ... on Error { message } } }`;

type Result = Record<
  string,
  { __typename: string; id?: string; version?: number; message?: string }
>;

/** Runs a mutation and fails with the API's own message when it answered with an error. */
async function run(client: Client, query: string, variables: Record<string, unknown>) {
  const response = await client.graphql<Result>(query, variables);
  const [result] = Object.values(response.data ?? {});
  if (!result || "message" in result)
    throw new Error(`${query.slice(0, 40)}: ${JSON.stringify(response)}`);
  return result;
}

// Subject prefixes of every immediate staff mail about a contract. Reminders go to the contractor
// only: the staff's daily digest (notices/staff-digest.ts) says what is overdue.
const KINDS = ["Intakeverzoek:", "Plan van aanpak ingediend:", "Verantwoording ingediend:"];
const PUBLIC_URL = "http://sroi.test";

const CASES = [
  {
    code: "GM0307",
    staff: "consultant@wsp-amersfoort.demo",
    mailbox: "socialreturn@wsp-amersfoort.demo",
  },
  {
    code: "GM0342",
    staff: "consultant@wsp-amersfoort.demo",
    mailbox: "socialreturn@wsp-amersfoort.demo",
  },
  {
    code: "GM0308",
    staff: "consultant@wsp-amersfoort.demo",
    mailbox: "socialreturn@wsp-amersfoort.demo",
  },
  { code: "GM0392", staff: "accountmanager@haarlem.demo", mailbox: "socialreturn@haarlem.demo" },
];

describe.each(backends())("staff mail routing on $name", (backend) => {
  let api: TestApi;
  beforeAll(async () => {
    if (backend.available) api = await startTestApi(backend, { demo: true });
  });
  afterAll(async () => {
    await api?.close();
  });

  it.skipIf(!backend.available)(
    "sends every kind of staff mail to the accountmanager, else to the shared mailbox",
    async () => {
      const today = dutchDate(new Date());
      const contractor = await api.loginAs("admin@bouwbedrijf-eemland.demo");
      const eemland = await api.prisma.organisation.findFirstOrThrow({
        where: { kvkNumber: "90000001" },
        include: { memberships: { include: { user: true } } },
      });
      const contractorEmails = new Set(eemland.memberships.map((m) => m.user.email));
      const expected = new Map<string, string>();
      const contractIds: string[] = [];
      for (const { code, staff, mailbox } of CASES) {
        const staffClient = await api.loginAs(staff);
        const accountmanager = await api.prisma.user.findUniqueOrThrow({
          where: { email: staff },
        });
        for (const withAccountmanager of [true, false]) {
          const reference = `MAIL-${code}-${withAccountmanager ? "AM" : "BOX"}`;
          expected.set(reference, withAccountmanager ? staff : mailbox);
          const awardDate = addDays(today, -40);
          const contract = await run(staffClient, REGISTER, {
            code,
            contract: {
              reference,
              title: "Onderhoud openbare ruimte",
              kind: "WORKS",
              valueExclVat: "250000.00",
              awardDate,
              startDate: awardDate,
              endDate: addDays(awardDate, 730),
              consultantId: withAccountmanager ? accountmanager.id : null,
            },
            contractor: { kvkNumber: eemland.kvkNumber },
          });
          contractIds.push(contract.id ?? "");
          await sendDueReminders(api.prisma, PUBLIC_URL, today); // the contact deadline passed
          await run(contractor, INTAKE, { id: contract.id });
          const plan = await run(contractor, SAVE_PLAN, { id: contract.id });
          await run(contractor, SUBMIT_PLAN, { id: plan.id, version: plan.version });
          await run(staffClient, APPROVE_PLAN, { id: plan.id, version: (plan.version ?? 0) + 1 });
          const realisation = await run(contractor, SUBMIT_REALISATION, { id: contract.id });
          await run(contractor, CORRECT_REALISATION, {
            id: realisation.id,
            version: realisation.version,
          });
          await run(contractor, IMPORT, {
            id: contract.id,
            content: "bouwblok,uren\nINITIATIEF,2\nINITIATIEF,3\n",
          });
        }
      }
      // A year on, quarterly reports are overdue for every contract in execution.
      await sendDueReminders(api.prisma, PUBLIC_URL, addDays(today, 365));

      const mails = await api.prisma.outboxMessage.findMany({
        where: { subject: { contains: "MAIL-GM" } },
        orderBy: { createdAt: "asc" },
      });
      for (const [reference, recipient] of expected) {
        const staffMails = mails.filter(
          (m) => m.subject.includes(reference) && !contractorEmails.has(m.to),
        );
        expect(new Set(staffMails.map((m) => m.to)), `recipients of ${reference}`).toEqual(
          new Set([recipient]),
        );
        expect(
          KINDS.filter((kind) => staffMails.some((m) => m.subject.startsWith(kind))),
          `kinds of mail for ${reference}`,
        ).toEqual(KINDS);
        expect(staffMails.filter((m) => m.subject.includes("Herinnering")).length).toBe(0);
        // submitted, corrected, imported
        expect(
          staffMails.filter((m) => m.subject.startsWith("Verantwoording ingediend:")).length,
        ).toBe(3);
      }
      expect(contractIds).toHaveLength(8);
    },
  );

  it.skipIf(!backend.available)(
    "falls back to the organisation's accountmanagers without a mailbox, and to the platform admins without an organisation",
    async () => {
      const contract = await api.prisma.contract.findFirstOrThrow({
        where: { reference: "MAIL-GM0342-BOX" },
      });
      const wsp = await api.prisma.organisation.findFirstOrThrow({
        where: { carriesOut: { some: { code: "GM0342" } } },
      });
      await api.prisma.organisation.update({ where: { id: wsp.id }, data: { email: null } });
      // the WSP's accountmanagers: its consultant and its lead, who may do all a consultant does
      expect(await staffMailRecipients(api.prisma, contract.id)).toEqual([
        "consultant@wsp-amersfoort.demo",
        "lead@wsp-amersfoort.demo",
      ]);
      await api.prisma.municipality.update({
        where: { code: "GM0342" },
        data: { carriedOutById: null },
      });
      expect(await staffMailRecipients(api.prisma, contract.id)).toEqual(["admin@platform.demo"]);
      await api.prisma.municipality.update({
        where: { code: "GM0342" },
        data: { carriedOutById: wsp.id },
      });
      await api.prisma.organisation.update({
        where: { id: wsp.id },
        data: { email: "socialreturn@wsp-amersfoort.demo" },
      });
    },
  );
});
