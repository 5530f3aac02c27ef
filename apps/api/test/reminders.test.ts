import { backends } from "@sroi/db/testing/backends";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sendDueReminders } from "../src/services/reminders.js";
import { startTestApi, type TestApi } from "./support.js";

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
    "the demo's first start: one mail per contract and reader at most, the contract's staff a copy, then nothing again",
    async () => {
      // The demo's story (reviews, an assessment) happened months ago: it leaves no mail behind.
      expect(await api.prisma.outboxMessage.count()).toBe(0);
      const first = await sendDueReminders(api.prisma, "http://sroi.test");
      expect(first).toBeGreaterThan(5);
      const mails = await api.prisma.outboxMessage.findMany({ orderBy: { to: "asc" } });
      const contractorMails = mails.filter((m) => !m.subject.startsWith("Kopie: "));
      // HLM-2026-002 (Bouwbedrijf Eemland) was awarded 25 days ago and nobody made contact
      const contact = mails.filter((m) => m.subject.includes("HLM-2026-002"));
      expect(contact.map((m) => m.to)).toEqual([
        "admin@bouwbedrijf-eemland.demo",
        "medewerker@bouwbedrijf-eemland.demo",
        // no accountmanager yet: the shared mailbox of Haarlem's own team
        "socialreturn@haarlem.demo",
      ]);
      expect(contact[0]?.text).toContain(
        "contact moeten opnemen met Team Social Return gemeente Haarlem",
      );
      // SOE-2025-007 is in execution with quarterly reports and none came in; its contractor has
      // no account, so only the consultant hears of it
      const reports = mails.filter((m) => m.subject.includes("SOE-2025-007"));
      expect(reports.map((m) => m.to)).toEqual(["consultant@wsp-amersfoort.demo"]);
      expect(reports[0]?.text).toContain("ging alleen naar u");
      // One mail per contract and reader, however many deadlines passed: 6 on the day this was
      // written (Eemland's two readers × 2 contracts, Groenbeheer Spaarne's admin × 2).
      const pairs = contractorMails.map((m) => `${m.to} ${m.subject}`);
      expect(new Set(pairs).size).toBe(pairs.length);
      expect(contractorMails.length).toBeLessThanOrEqual(8);

      expect(await sendDueReminders(api.prisma, "http://sroi.test")).toBe(0);
      expect(await api.prisma.outboxMessage.count()).toBe(mails.length);
    },
  );
});
