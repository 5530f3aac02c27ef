import { backends } from "@sroi/db/testing/backends";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sendDueReminders } from "../src/services/reminders.js";
import { recordingClient, startTestApi, type TestApi } from "./support.js";

// The exact texts and the fixed-clock sequence are in contractor-notices.test.ts; this is the
// demo's first start, with today's clock.
describe.each(backends())("reminders on $name", (backend) => {
  let api: TestApi;
  beforeAll(async () => {
    if (backend.available) api = await startTestApi(backend, { demo: true });
  });
  afterAll(async () => {
    await api?.close();
  });

  it.skipIf(!backend.available)(
    "the demo's first start: one mail per contract and reader, none to staff, then nothing again, in a fixed number of queries",
    async () => {
      // The demo's story (reviews, an assessment) happened months ago: it leaves no mail behind.
      expect(await api.prisma.outboxMessage.count()).toBe(0);
      const contracts = await api.prisma.contract.count({ where: { status: { not: "CLOSED" } } });
      expect(contracts).toBeGreaterThan(20);
      const first = recordingClient(api.prisma);
      expect(await sendDueReminders(first.client, "http://sroi.test")).toBeGreaterThan(5);
      // However many contracts: read them, read the reminders sent, then claim, load the readers
      // and write the mails in one transaction. (Before: 3 more queries per contract with a
      // deadline due, and a claim per deadline on every run.)
      expect(first.operations).toEqual([
        "Contract.findMany",
        "Reminder.findMany",
        "Reminder.createManyAndReturn",
        "Membership.findMany",
        "OutboxMessage.createMany",
      ]);
      const mails = await api.prisma.outboxMessage.findMany({ orderBy: { to: "asc" } });
      // HLM-2026-002 (Bouwbedrijf Eemland) was awarded 25 days ago and nobody made contact
      const contact = mails.filter((m) => m.subject.includes("HLM-2026-002"));
      expect(contact.map((m) => m.to)).toEqual([
        "admin@bouwbedrijf-eemland.demo",
        "medewerker@bouwbedrijf-eemland.demo",
      ]);
      expect(contact[0]?.text).toContain(
        "contact moeten opnemen met Team Social Return gemeente Haarlem",
      );
      // Staff get no copy: their daily digest says what is overdue.
      expect(
        mails.filter((m) => !m.to.includes("eemland") && !m.to.includes("groen-spaarne")),
      ).toEqual([]);
      // One mail per contract and reader, however many deadlines passed: 6 on the day this was
      // written (Eemland's two readers × 2 contracts, Groenbeheer Spaarne's admin × 2).
      const pairs = mails.map((m) => `${m.to} ${m.subject}`);
      expect(new Set(pairs).size).toBe(pairs.length);
      expect(mails.length).toBeLessThanOrEqual(8);

      const again = recordingClient(api.prisma);
      expect(await sendDueReminders(again.client, "http://sroi.test")).toBe(0);
      expect(again.operations).toEqual(["Contract.findMany", "Reminder.findMany"]);
      expect(await api.prisma.outboxMessage.count()).toBe(mails.length);
    },
  );
});
