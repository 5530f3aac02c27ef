// Reminders through the outbox: the contractor hears a week before a report period's deadline and
// again when a deadline (contact, report) has passed; each deadline once. Staff get no copy: their
// daily digest (notices/staff-digest.ts) tells what is overdue. All deadlines one run finds for a
// contract go out in one mail, so a first start on old data (the demo, an import) does not send
// one mail per quarter missed.
import type { ContractStatus, PlanStatus, PrismaClient, ReportFrequency } from "@prisma/client";
import { toIsoDate } from "@sroi/db";
import { addDays, compareIsoDates, deadlineState, dutchDate, reportSchedule } from "@sroi/domain";
import { logger } from "../logging.js";
import { carryingOutName } from "./carrying-out.js";
import { type JobRunner, runHere } from "./jobs.js";
import { contractorRecipientsOf, type Deadline, deadlineMails } from "./notices/contractor.js";
import { sendDueDigests } from "./notices/staff-digest.js";
import { enqueueMails } from "./outbox.js";

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

const reminderKey = (contractId: string, deadline: { kind: string; dueDate: string }) =>
  `${contractId} ${deadline.kind} ${deadline.dueDate}`;

/**
 * Reminds of every deadline due today that was not reminded of before. A fixed number of queries
 * however many contracts: the contracts with what the rules read, the reminders already sent, and
 * when something is new one transaction that claims, loads the readers and writes the mails.
 */
export async function sendDueReminders(
  prisma: PrismaClient,
  publicUrl: string,
  today = dutchDate(new Date()),
): Promise<number> {
  const contracts = await prisma.contract.findMany({
    where: { status: { not: "CLOSED" } },
    include: {
      municipality: { select: { id: true, name: true, carriedOutBy: { select: { name: true } } } },
      policy: { select: { reportFrequency: true } },
      planVersions: {
        orderBy: { number: "desc" },
        select: { status: true, reportFrequency: true },
      },
      realisations: { select: { createdAt: true } },
    },
  });
  const candidates = contracts
    .map((contract) => ({ contract, deadlines: deadlinesToRemind(contract, today) }))
    .filter(({ deadlines }) => deadlines.length > 0);
  if (candidates.length === 0) return 0;
  const sentBefore = await prisma.reminder.findMany({
    where: { contractId: { in: candidates.map(({ contract }) => contract.id) } },
    select: { contractId: true, kind: true, dueDate: true },
  });
  const done = new Set(
    sentBefore.map((r) =>
      reminderKey(r.contractId, { kind: r.kind, dueDate: toIsoDate(r.dueDate) }),
    ),
  );
  const due = candidates
    .map(({ contract, deadlines }) => ({
      contract,
      deadlines: deadlines.filter((d) => !done.has(reminderKey(contract.id, d))),
    }))
    .filter(({ deadlines }) => deadlines.length > 0);
  if (due.length === 0) return 0;
  return prisma.$transaction(async (tx) => {
    // The unique key makes a second instance (or a run that overlaps) skip what was already sent:
    // a deadline is claimed by inserting its row, and only the rows this run inserted are mailed.
    const claimed = await tx.reminder.createManyAndReturn({
      data: due.flatMap(({ contract, deadlines }) =>
        deadlines.map((d) => ({
          contractId: contract.id,
          kind: d.kind,
          dueDate: new Date(`${d.dueDate}T00:00:00Z`),
        })),
      ),
      skipDuplicates: true,
      select: { contractId: true, kind: true, dueDate: true },
    });
    const ours = new Set(
      claimed.map((r) =>
        reminderKey(r.contractId, { kind: r.kind, dueDate: toIsoDate(r.dueDate) }),
      ),
    );
    const readers = await contractorRecipientsOf(tx, [
      ...new Set(due.map(({ contract }) => contract.contractorId)),
    ]);
    await enqueueMails(
      tx,
      due.flatMap(({ contract, deadlines }) =>
        deadlineMails(
          contract,
          deadlines.filter((d) => ours.has(reminderKey(contract.id, d))),
          {
            recipients: readers.get(contract.contractorId) ?? [],
            carriedOutBy: carryingOutName(contract.municipality),
          },
          publicUrl,
        ),
      ),
    );
    return claimed.length;
  });
}

/**
 * Sends due reminders and the staff's daily digests now and then every hour. stop() waits for a
 * run in progress, so shutdown never closes the database under a reminder transaction.
 */
export function startReminderSchedule(
  prisma: PrismaClient,
  options: {
    publicUrl: string;
    /** from which hour (Europe/Amsterdam) the day's digests go out */
    digestHour?: number;
    intervalMs?: number;
    runJob?: JobRunner;
  },
) {
  const runJob = options.runJob ?? runHere;
  let running: Promise<unknown> | null = null;
  const run = () => {
    running ??= runJob("reminders", () => sendDueReminders(prisma, options.publicUrl))
      .catch((error: unknown) =>
        logger().error({ job: "reminders", err: error }, "reminders run failed"),
      )
      .then(() =>
        runJob("digests", () =>
          sendDueDigests(prisma, options.publicUrl, new Date(), options.digestHour),
        ),
      )
      .catch((error: unknown) =>
        logger().error({ job: "digests", err: error }, "staff digests run failed"),
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
