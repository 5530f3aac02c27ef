// Reminders through the outbox: the contractor hears a week before a report period's deadline and
// again when a deadline (contact, report) has passed; each deadline once, the contract's staff get a
// copy (services/carrying-out.ts decides who). All deadlines one run finds for a contract go out in one mail, so a first start on old
// data (the demo, an import) does not send one mail per quarter missed.
import type { ContractStatus, PlanStatus, PrismaClient, ReportFrequency } from "@prisma/client";
import { toIsoDate } from "@sroi/db";
import { addDays, compareIsoDates, deadlineState, dutchDate, reportSchedule } from "@sroi/domain";
import { logger } from "../logging.js";
import { type JobRunner, runHere } from "./jobs.js";
import { type Deadline, noticeDeadlines } from "./notices/contractor.js";

/** How many days before a report period's deadline the contractor is reminded of it. */
export const REPORT_SOON_DAYS = 7;

/** The deadlines of a contract to remind of today, before filtering out those already reminded. */
function deadlinesToRemind(
  contract: {
    status: ContractStatus;
    contactRequestedAt: Date | null;
    contactDueDate: Date;
    startDate: Date | null;
    awardDate: Date;
    endDate: Date | null;
    policy: { reportFrequency: ReportFrequency };
    planVersions: { status: PlanStatus; reportFrequency: ReportFrequency }[];
    realisations: { createdAt: Date }[];
  },
  today: string,
): Deadline[] {
  const deadlines: Deadline[] = [];
  const contactDue = toIsoDate(contract.contactDueDate);
  if (!contract.contactRequestedAt && deadlineState(contactDue, null, today) === "OVERDUE")
    deadlines.push({ kind: "CONTACT", dueDate: contactDue });
  if (contract.status !== "IN_EXECUTION") return deadlines;
  const plan =
    contract.planVersions.find((p) => p.status === "APPROVED") ?? contract.planVersions[0];
  const periods = reportSchedule({
    start: toIsoDate(contract.startDate ?? contract.awardDate),
    end: contract.endDate ? toIsoDate(contract.endDate) : null,
    frequency: plan?.reportFrequency ?? contract.policy.reportFrequency,
    today,
    reportDates: contract.realisations.map((r) => dutchDate(r.createdAt)),
  });
  const soon = addDays(today, REPORT_SOON_DAYS);
  for (const period of periods.filter((p) => p.reportedOn === null)) {
    const { from, through, dueDate } = period;
    if (period.state === "OVERDUE") deadlines.push({ kind: "REPORT", dueDate, from, through });
    else if (compareIsoDates(dueDate, soon) <= 0)
      deadlines.push({ kind: "REPORT_SOON", dueDate, from, through });
  }
  return deadlines;
}

export async function sendDueReminders(
  prisma: PrismaClient,
  publicUrl: string,
  today = dutchDate(new Date()),
): Promise<number> {
  const contracts = await prisma.contract.findMany({
    where: { status: { not: "CLOSED" } },
    include: {
      municipality: { select: { id: true, name: true } },
      policy: { select: { reportFrequency: true } },
      planVersions: {
        orderBy: { number: "desc" },
        select: { status: true, reportFrequency: true },
      },
      realisations: { select: { createdAt: true } },
    },
  });
  let sent = 0;
  for (const contract of contracts) {
    const due = deadlinesToRemind(contract, today);
    if (due.length === 0) continue;
    const reminded = await prisma.$transaction(async (tx) => {
      // The unique key makes a second run (or a second instance) skip what was already sent: a
      // deadline is claimed by inserting its row, and only the deadlines this run claimed are mailed.
      const claimed: Deadline[] = [];
      for (const deadline of due) {
        const row = await tx.reminder.createMany({
          data: {
            contractId: contract.id,
            kind: deadline.kind,
            dueDate: new Date(`${deadline.dueDate}T00:00:00Z`),
          },
          skipDuplicates: true,
        });
        if (row.count === 1) claimed.push(deadline);
      }
      await noticeDeadlines(tx, contract, claimed, publicUrl);
      return claimed.length;
    });
    sent += reminded;
  }
  return sent;
}

/**
 * Sends due reminders now and then every hour. stop() waits for a run in progress, so shutdown
 * never closes the database under a reminder transaction.
 */
export function startReminderSchedule(
  prisma: PrismaClient,
  options: { publicUrl: string; intervalMs?: number; runJob?: JobRunner },
) {
  const runJob = options.runJob ?? runHere;
  let running: Promise<unknown> | null = null;
  const run = () => {
    running ??= runJob("reminders", () => sendDueReminders(prisma, options.publicUrl))
      .catch((error: unknown) =>
        logger().error({ job: "reminders", err: error }, "reminders run failed"),
      )
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
