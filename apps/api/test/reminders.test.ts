import { backends } from "@sroi/db/testing/backends";
import { addDays, dutchDate } from "@sroi/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startOutboxDelivery } from "../src/services/outbox.js";
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
      const { mails: written } = await sendDueReminders(first.client, "http://sroi.test");
      expect(written).toBeGreaterThan(5);
      // However many contracts (up to a page of 100): read them, read the reminders sent, then
      // load the readers, claim and write the mails in one transaction. (Before: 3 more queries
      // per contract with a deadline due, and a claim per deadline on every run.)
      expect(first.operations).toEqual([
        "Contract.findMany",
        "Reminder.findMany",
        "Membership.findMany",
        "Reminder.createManyAndReturn",
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
      expect(await sendDueReminders(again.client, "http://sroi.test")).toEqual({
        mails: 0,
        more: false,
      });
      expect(again.operations).toEqual(["Contract.findMany", "Reminder.findMany"]);
      expect(await api.prisma.outboxMessage.count()).toBe(mails.length);
    },
  );
});

// A fresh demo of its own: the test above claims today's deadlines, which this backlog includes.
describe.each(backends())("scheduled mail at a bounded rate on $name", (backend) => {
  let api: TestApi;
  beforeAll(async () => {
    if (backend.available) api = await startTestApi(backend, { demo: true });
  });
  afterAll(async () => {
    await api?.close();
  });

  it.skipIf(!backend.available)(
    "a backlog goes out a bounded number of mails per run: the next run sends the rest, none twice",
    async () => {
      // A year and more from now every open demo contract has report periods overdue: a backlog
      // like a first start on imported data.
      const later = addDays(dutchDate(new Date()), 400);
      const earlier = await api.prisma.outboxMessage.findMany({ select: { id: true } });
      const LIMIT = 2;
      const runs: { mails: number; more: boolean }[] = [];
      for (let run = 0; run < 50; run++) {
        const result = await sendDueReminders(api.prisma, "http://sroi.test", later, {
          mailLimit: LIMIT,
          pauseMs: 0,
        });
        runs.push(result);
        if (!result.more) break;
      }
      // Many runs, each within the limit (a demo contract has at most 2 readers, so no single
      // contract needs more than the limit), only the last one without more to do.
      expect(runs.length).toBeGreaterThan(3);
      for (const run of runs) expect(run.mails).toBeLessThanOrEqual(LIMIT);
      expect(runs.slice(0, -1).every((run) => run.more)).toBe(true);
      expect(runs.at(-1)?.more).toBe(false);
      const mails = await api.prisma.outboxMessage.findMany({
        where: { id: { notIn: earlier.map((m) => m.id) } },
      });
      expect(mails.length).toBe(runs.reduce((sum, run) => sum + run.mails, 0));
      // None twice: one mail per contract and reader.
      const pairs = mails.map((m) => `${m.to} ${m.subject}`);
      expect(new Set(pairs).size).toBe(mails.length);
      // The rest is done: an unlimited run finds nothing left.
      expect(await sendDueReminders(api.prisma, "http://sroi.test", later)).toEqual({
        mails: 0,
        more: false,
      });
    },
  );

  it.skipIf(!backend.available)(
    "the outbox delivers at most its rate per run, one run at a time",
    async () => {
      await api.prisma.outboxMessage.createMany({
        data: Array.from({ length: 15 }, (_, i) => ({
          to: `bulk-${i}@sroi.test`,
          subject: `Bulk ${i}`,
          text: "Tekst",
        })),
      });
      const pending = () => api.prisma.outboxMessage.count({ where: { sentAt: null } });
      const start = await pending();
      // 0.1 a second × a 60 s interval: 6 a run (the interval itself never passes in this test).
      const outbox = startOutboxDelivery(api.prisma, {
        from: "test@sroi.test",
        intervalMs: 60_000,
        mailsPerSecond: 0.1,
      });
      try {
        await outbox.deliverPending();
        expect(await pending()).toBe(start - 6);
        // A tick while a run is in progress joins that run instead of starting a second.
        await Promise.all([outbox.deliverPending(), outbox.deliverPending()]);
        expect(await pending()).toBe(start - 12);
        expect(await api.prisma.outboxMessage.count({ where: { attempts: { gt: 1 } } })).toBe(0);
      } finally {
        await outbox.stop();
      }
    },
  );
});
