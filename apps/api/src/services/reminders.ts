// Reminders through the outbox: a contractor who has not contacted the WSP after the deadline, or
// whose periodic report is overdue, gets one e-mail per deadline; the contract's staff a copy, by
// the one recipient rule (services/carrying-out.ts).
import type { PrismaClient } from "@prisma/client";
import { toIsoDate } from "@sroi/db";
import {
  deadlineState,
  dutchDate,
  formatDate,
  REPORT_FREQUENCY_LABELS,
  reportSchedule,
} from "@sroi/domain";
import { carryingOutName, mailStaff } from "./carrying-out.js";
import { enqueueMail } from "./outbox.js";

export async function sendDueReminders(
  prisma: PrismaClient,
  today = dutchDate(new Date()),
): Promise<number> {
  const contracts = await prisma.contract.findMany({
    where: { status: { not: "CLOSED" } },
    include: {
      contractor: { include: { memberships: { include: { user: true } } } },
      policy: { select: { reportFrequency: true } },
      municipality: { select: { name: true, carriedOutBy: { select: { name: true } } } },
      planVersions: {
        orderBy: { number: "desc" },
        select: { status: true, reportFrequency: true },
      },
      realisations: { select: { createdAt: true } },
    },
  });
  let sent = 0;
  for (const contract of contracts) {
    const recipients = contract.contractor.memberships
      .filter(
        (m) =>
          m.user.passwordHash !== null &&
          (m.role === "CONTRACTOR_ADMIN" || m.role === "CONTRACTOR_USER"),
      )
      .map((m) => m.user.email);
    const due: { kind: "CONTACT" | "REPORT"; dueDate: string; subject: string; text: string }[] =
      [];
    const contactDue = toIsoDate(contract.contactDueDate);
    if (!contract.contactRequestedAt && deadlineState(contactDue, null, today) === "OVERDUE") {
      const carrier = carryingOutName(contract.municipality);
      due.push({
        kind: "CONTACT",
        dueDate: contactDue,
        subject: `Herinnering: neem contact op met ${carrier} over ${contract.reference}`,
        text: `U had uiterlijk ${formatDate(contactDue)} contact moeten opnemen met ${carrier} over opdracht ${contract.reference} (${contract.title}). Doe dat via "Neem contact op" op de pagina van de opdracht in het portaal.`,
      });
    }
    if (contract.status === "IN_EXECUTION") {
      const plan =
        contract.planVersions.find((p) => p.status === "APPROVED") ?? contract.planVersions[0];
      const frequency = plan?.reportFrequency ?? contract.policy.reportFrequency;
      const periods = reportSchedule({
        start: toIsoDate(contract.startDate ?? contract.awardDate),
        end: contract.endDate ? toIsoDate(contract.endDate) : null,
        frequency,
        today,
        reportDates: contract.realisations.map((r) => dutchDate(r.createdAt)),
      });
      for (const period of periods.filter((p) => p.state === "OVERDUE" && p.reportedOn === null)) {
        due.push({
          kind: "REPORT",
          dueDate: period.dueDate,
          subject: `Herinnering: verantwoording ${contract.reference} over ${formatDate(period.from)} – ${formatDate(period.through)}`,
          text: `De verantwoording (${REPORT_FREQUENCY_LABELS[frequency]}) over ${formatDate(period.from)} tot en met ${formatDate(period.through)} voor opdracht ${contract.reference} had uiterlijk ${formatDate(period.dueDate)} binnen moeten zijn. Voeg uw realisaties toe in het portaal.`,
        });
      }
    }
    for (const reminder of due) {
      const created = await prisma.$transaction(async (tx) => {
        // The unique key makes a second run (or a second instance) skip what was already sent.
        const existing = await tx.reminder.findUnique({
          where: {
            contractId_kind_dueDate: {
              contractId: contract.id,
              kind: reminder.kind,
              dueDate: new Date(`${reminder.dueDate}T00:00:00Z`),
            },
          },
        });
        if (existing) return false;
        await tx.reminder.create({
          data: {
            contractId: contract.id,
            kind: reminder.kind,
            dueDate: new Date(`${reminder.dueDate}T00:00:00Z`),
          },
        });
        for (const to of recipients)
          await enqueueMail(tx, { to, subject: reminder.subject, text: reminder.text });
        await mailStaff(tx, contract.id, { subject: reminder.subject, text: reminder.text });
        return true;
      });
      if (created) sent++;
    }
  }
  return sent;
}

/**
 * Sends due reminders now and then every hour. stop() waits for a run in progress, so shutdown
 * never closes the database under a reminder transaction.
 */
export function startReminderSchedule(
  prisma: PrismaClient,
  options: { intervalMs?: number; log?: (line: string) => void } = {},
) {
  const log = options.log ?? ((line: string) => console.error(line));
  let running: Promise<unknown> | null = null;
  const run = () => {
    running ??= sendDueReminders(prisma)
      .catch((error: unknown) => log(`Reminders failed: ${(error as Error).message}`))
      .finally(() => {
        running = null;
      });
  };
  run();
  const timer = setInterval(run, options.intervalMs ?? 3_600_000);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
