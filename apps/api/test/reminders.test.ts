import { backends } from "@sroi/db/testing/backends";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sendDueReminders } from "../src/services/reminders.js";
import { startTestApi, type TestApi } from "./support.js";

describe.each(backends())("reminders on $name", (backend) => {
  let api: TestApi;
  beforeAll(async () => {
    if (backend.available) api = await startTestApi(backend, { demo: true });
  });
  afterAll(async () => {
    await api?.close();
  });

  it.skipIf(!backend.available)(
    "mails each passed deadline once, to the contractor and the contract's staff",
    async () => {
      const first = await sendDueReminders(api.prisma);
      expect(first).toBeGreaterThan(5);
      // HLM-2026-002 (Bouwbedrijf Eemland) was awarded 25 days ago and nobody made contact
      const contact = await api.prisma.outboxMessage.findMany({
        where: {
          subject: {
            contains: "neem contact op met Team Social Return gemeente Haarlem over HLM-2026-002",
          },
        },
        orderBy: { to: "asc" },
      });
      expect(contact.map((m) => m.to)).toEqual([
        "admin@bouwbedrijf-eemland.demo",
        "medewerker@bouwbedrijf-eemland.demo",
        // no accountmanager yet: the shared mailbox of Haarlem's own team
        "socialreturn@haarlem.demo",
      ]);
      // SOE-2025-007 is in execution with quarterly reports and none came in: overdue reports
      const reports = await api.prisma.outboxMessage.findMany({
        where: { subject: { contains: "verantwoording SOE-2025-007" } },
      });
      expect(reports.length).toBeGreaterThan(0);
      expect(reports.every((m) => m.to === "consultant@wsp-amersfoort.demo")).toBe(true);

      const mails = await api.prisma.outboxMessage.count();
      expect(await sendDueReminders(api.prisma)).toBe(0);
      expect(await api.prisma.outboxMessage.count()).toBe(mails);
    },
  );
});
