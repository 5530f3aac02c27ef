import { backends } from "@sroi/db/testing/backends";
import { formatDate } from "@sroi/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { digestMail, sendDueDigests } from "../src/services/notices/staff-digest.js";
import { sendDueReminders } from "../src/services/reminders.js";
import {
  STAFF_QUEUE_KINDS,
  type StaffQueue,
  type StaffQueueItem,
} from "../src/services/work-queue.js";
import { startTestApi, type TestApi } from "./support.js";

const PUBLIC_URL = "http://sroi.test";

const item = (fields: Partial<StaffQueueItem>): StaffQueueItem => ({
  contractId: "c1",
  catalogueKey: null,
  reference: "AMF-2026-001",
  title: "Renovatie sporthal",
  contractorName: "Bouwbedrijf Eemland",
  subjectId: null,
  date: null,
  receivedAt: null,
  ...fields,
});

const queues = (items: Partial<Record<StaffQueue["kind"], StaffQueueItem[]>>): StaffQueue[] =>
  STAFF_QUEUE_KINDS.map((kind) => ({
    kind,
    count: items[kind]?.length ?? 0,
    items: items[kind] ?? [],
  }));

describe("the digest's words", () => {
  const sanne = { email: "sanne@wsp.test", name: "Sanne de Vries" };
  const today = "2026-03-13";
  const previous = { date: "2026-03-12", sentAt: new Date("2026-03-12T06:00:00Z") };
  const open = queues({
    INTAKES_TO_CONFIRM: [
      item({ date: "2026-03-12", receivedAt: new Date("2026-03-12T10:15:00Z") }),
      // came in before yesterday's digest: counted, not listed again
      item({
        reference: "SOE-2026-002",
        title: "Bermmaaien",
        contractorName: "Groenbeheer Spaarne",
        date: "2026-03-11",
        receivedAt: new Date("2026-03-11T15:00:00Z"),
      }),
    ],
    CONTACTS_OVERDUE: [
      item({ reference: "AMF-2026-004", title: "Catering", date: "2026-03-12" }),
      // passed before yesterday's digest
      item({ reference: "AMF-2026-002", title: "Groen Vathorst", date: "2026-03-10" }),
    ],
    REPORTS_OVERDUE: [item({ reference: "BRN-2026-001", title: "Brink", date: "2026-03-12" })],
  });

  it("lists what came in and what passed since the previous digest, in staff's words", () => {
    expect(digestMail(sanne, open, previous, today, PUBLIC_URL)).toEqual({
      to: "sanne@wsp.test",
      subject: "Dagoverzicht social return 13 maart 2026: 1 binnengekomen, 2 termijnen verstreken",
      text: [
        "Beste Sanne de Vries,",
        "",
        "Dit is wat er sinds het vorige overzicht (12 maart 2026) is gebeurd bij de opdrachten die u beheert.",
        "",
        "Binnengekomen:",
        "- Bouwbedrijf Eemland vraagt een intake aan voor AMF-2026-001 Renovatie sporthal (12 maart 2026).",
        "",
        "Termijnen verstreken:",
        "- Bouwbedrijf Eemland had uiterlijk 12 maart 2026 contact moeten opnemen over AMF-2026-004 Catering.",
        "- Bouwbedrijf Eemland had uiterlijk 12 maart 2026 moeten verantwoorden over BRN-2026-001 Brink.",
        "",
        "Verder staan er nog 2 taken open uit eerdere overzichten.",
        "",
        "Alles wat u te doen heeft: http://sroi.test/admin/te-doen",
        "",
        "Dit overzicht komt eenmaal per dag. Welke e-mails u krijgt, kiest u onder Meldingen: http://sroi.test/admin/meldingen",
      ].join("\n"),
    });
  });

  it("sends nothing when nothing is new, however much is still open", () => {
    const later = { date: "2026-03-13", sentAt: new Date("2026-03-13T06:00:00Z") };
    expect(digestMail(sanne, open, later, "2026-03-14", PUBLIC_URL)).toBeNull();
    expect(digestMail(sanne, queues({}), null, today, PUBLIC_URL)).toBeNull();
  });

  it("has everything open in a person's first digest", () => {
    const mail = digestMail(sanne, open, null, today, PUBLIC_URL);
    expect(mail?.subject).toBe(
      "Dagoverzicht social return 13 maart 2026: 2 binnengekomen, 3 termijnen verstreken",
    );
    expect(mail?.text).toContain("Dit is wat er openstaat bij de opdrachten die u beheert.");
    expect(mail?.text).not.toContain("eerdere overzichten");
  });
});

describe.each(backends())("the staff's daily digest on $name", (backend) => {
  let api: TestApi;
  beforeAll(async () => {
    if (backend.available) api = await startTestApi(backend, { demo: true });
  });
  afterAll(async () => {
    await api?.close();
  });

  it.skipIf(!backend.available)(
    "one digest per person a day from the configured hour; switched off, deactivated or nothing new: none",
    async () => {
      // Noon UTC today (13:00 or 14:00 in the Netherlands): the demo's dates are relative to the
      // real today, so the lines are checked against the database.
      const now = (time: string) => new Date(`${new Date().toISOString().slice(0, 10)}T${time}Z`);
      expect(
        await sendDueDigests(api.prisma, PUBLIC_URL, now("12:00:00"), 15),
        "before 15:00",
      ).toEqual({ mails: 0, more: false });

      // The demo's first start: the contractors' reminders and the staff's digests.
      await sendDueReminders(api.prisma, PUBLIC_URL);
      const coordinator = await api.prisma.user.findUniqueOrThrow({
        where: { email: "coordinator@haarlem.demo" },
      });
      await api.prisma.noticePreference.create({
        data: { userId: coordinator.id, digest: false },
      });
      await api.prisma.user.update({
        where: { email: "lead@wsp-amersfoort.demo" },
        data: { deactivatedAt: new Date() },
      });
      // At most 3 a run: the fourth person's digest goes out with the next run, none twice.
      const batch = { mailLimit: 3, pauseMs: 0 };
      expect(await sendDueDigests(api.prisma, PUBLIC_URL, now("12:00:00"), 7, batch)).toEqual({
        mails: 3,
        more: true,
      });
      expect(await sendDueDigests(api.prisma, PUBLIC_URL, now("12:01:00"), 7, batch)).toEqual({
        mails: 1,
        more: false,
      });
      const digests = await api.prisma.outboxMessage.findMany({
        where: { subject: { startsWith: "Dagoverzicht" } },
        orderBy: { to: "asc" },
      });
      expect(digests.map((m) => m.to)).toEqual([
        "accountmanager@haarlem.demo",
        "admin@platform.demo",
        "consultant@wsp-amersfoort.demo",
        "coordinator@amersfoort.demo",
      ]);

      // Written for staff: HLM-2026-002's contractor never made contact.
      const philharmonie = await api.prisma.contract.findFirstOrThrow({
        where: { reference: "HLM-2026-002" },
      });
      const haarlem = digests.find((m) => m.to === "accountmanager@haarlem.demo");
      expect(haarlem?.text).toContain(
        `- Bouwbedrijf Eemland B.V. had uiterlijk ${formatDate(philharmonie.contactDueDate.toISOString())} contact moeten opnemen over HLM-2026-002 Renovatie Philharmonie.`,
      );
      expect(haarlem?.text).not.toContain("AMF-");

      // A second run the same day, or a second instance: nothing again.
      expect(await sendDueDigests(api.prisma, PUBLIC_URL, now("13:00:00"), 7)).toEqual({
        mails: 0,
        more: false,
      });
      expect(await api.prisma.staffDigest.count()).toBe(4);
      expect(
        await api.prisma.outboxMessage.count({
          where: { subject: { startsWith: "Dagoverzicht" } },
        }),
      ).toBe(4);
    },
  );

  it.skipIf(!backend.available)(
    "an immediate notice a person switched off goes to no one else; the shared mailbox keeps its own",
    async () => {
      const staff = await api.loginAs("consultant@wsp-amersfoort.demo");
      const saved = await staff.graphql<{
        updateNoticePreferences: { digest: boolean; notices: { kind: string; enabled: boolean }[] };
      }>(
        `mutation { updateNoticePreferences(digest: true, mutedKinds: [INTAKE_REQUESTED]) {
          ... on NoticePreferences { digest notices { kind enabled } } } }`,
      );
      expect(saved.data?.updateNoticePreferences.notices).toEqual([
        { kind: "INTAKE_REQUESTED", enabled: false },
        { kind: "PLAN_SUBMITTED", enabled: true },
        { kind: "REALISATION_SUBMITTED", enabled: true },
      ]);
      const me = await staff.graphql<{ me: { noticePreferences: { notices: unknown[] } } }>(
        "{ me { noticePreferences { digest notices { kind enabled } } } }",
      );
      expect(me.data?.me.noticePreferences).toEqual(saved.data?.updateNoticePreferences);

      // AMF-2026-002 is the consultant's; its contractor asks for the intake.
      const consultant = await api.prisma.user.findUniqueOrThrow({
        where: { email: "consultant@wsp-amersfoort.demo" },
      });
      const contract = await api.prisma.contract.findFirstOrThrow({
        where: { consultantId: consultant.id, contactRequestedAt: null, status: { not: "CLOSED" } },
        include: { contractor: { include: { memberships: { include: { user: true } } } } },
      });
      const contractorEmail = contract.contractor.memberships.find(
        (m) => m.role === "CONTRACTOR_ADMIN" && m.user.passwordHash,
      )?.user.email;
      if (!contractorEmail) throw new Error(`${contract.reference} has no contractor login`);
      const contractor = await api.loginAs(contractorEmail);
      const before = await api.prisma.outboxMessage.count();
      const asked = await contractor.graphql<{ requestIntake: { __typename: string } }>(
        `mutation ($id: ID!) { requestIntake(contractId: $id, message: "Graag een intake") { __typename } }`,
        { id: contract.id },
      );
      expect(asked.data?.requestIntake.__typename).toBe("Contract");
      // The consultant switched it off: it waits in their digest and "Te doen", not in a mailbox.
      expect(await api.prisma.outboxMessage.count()).toBe(before);
    },
  );
});
