// Reminders through the outbox: the contractor hears a week before a report period's deadline and
// again when a deadline (contact, report) has passed; each deadline once. Staff get no copy: their
// daily digest (notices/staff-digest.ts) tells what is overdue. All deadlines one run finds for a
// contract go out in one mail, so a first start on old data (the demo, an import) does not send
// one mail per quarter missed.
import type {
  ContractStatus,
  PlanStatus,
  Prisma,
  PrismaClient,
  ReportFrequency,
} from "@prisma/client";
import { toIsoDate } from "@sroi/db";
import { addDays, compareIsoDates, deadlineState, dutchDate, reportSchedule } from "@sroi/domain";
import { logger } from "../logging.js";
import { carryingOutName } from "./carrying-out.js";
import {
  type BatchOptions,
  type BatchResult,
  DEFAULT_MAILS_PER_RUN,
  type JobRunner,
  pauseForRequests,
  runHere,
} from "./jobs.js";
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

/** Contracts read per page: the rules run in JavaScript, so a page is what one slice may block. */
const CONTRACTS_PER_PAGE = 100;
/** Contracts claimed and mailed per transaction: short enough for requests to get their turn. */
const CONTRACTS_PER_TRANSACTION = 50;

type DueContract = {
  contract: Prisma.ContractGetPayload<{ include: typeof CONTRACT_INCLUDE }>;
  deadlines: Deadline[];
};

const CONTRACT_INCLUDE = {
  municipality: { select: { id: true, name: true, carriedOutBy: { select: { name: true } } } },
  policy: { select: { reportFrequency: true } },
  planVersions: {
    orderBy: { number: "desc" },
    select: { status: true, reportFrequency: true },
  },
  realisations: { select: { createdAt: true } },
} satisfies Prisma.ContractInclude;

/** The contracts of one page with deadlines not reminded of before. */
async function dueOnPage(
  prisma: PrismaClient,
  contracts: DueContract["contract"][],
  today: string,
): Promise<DueContract[]> {
  const candidates = contracts
    .map((contract) => ({ contract, deadlines: deadlinesToRemind(contract, today) }))
    .filter(({ deadlines }) => deadlines.length > 0);
  if (candidates.length === 0) return [];
  const sentBefore = await prisma.reminder.findMany({
    where: { contractId: { in: candidates.map(({ contract }) => contract.id) } },
    select: { contractId: true, kind: true, dueDate: true },
  });
  const done = new Set(
    sentBefore.map((r) =>
      reminderKey(r.contractId, { kind: r.kind, dueDate: toIsoDate(r.dueDate) }),
    ),
  );
  return candidates
    .map(({ contract, deadlines }) => ({
      contract,
      deadlines: deadlines.filter((d) => !done.has(reminderKey(contract.id, d))),
    }))
    .filter(({ deadlines }) => deadlines.length > 0);
}

/**
 * Claims and mails the contracts in `due` whose mails fit in `budget`, in one transaction. A
 * contract's mails (one per reader) go together; one contract alone may exceed the budget of a run
 * that sent nothing yet, or its deadlines would never be reminded of.
 */
async function claimAndMail(
  prisma: PrismaClient,
  due: DueContract[],
  publicUrl: string,
  budget: { left: number; untouched: boolean },
): Promise<{ mails: number; contracts: number }> {
  return prisma.$transaction(async (tx) => {
    const readers = await contractorRecipientsOf(tx, [
      ...new Set(due.map(({ contract }) => contract.contractorId)),
    ]);
    const mailsOf = ({ contract, deadlines }: DueContract, onlyThese = deadlines) =>
      deadlineMails(
        contract,
        onlyThese,
        {
          recipients: readers.get(contract.contractorId) ?? [],
          carriedOutBy: carryingOutName(contract.municipality),
        },
        publicUrl,
      );
    const taken: DueContract[] = [];
    let planned = 0;
    for (const entry of due) {
      const count = mailsOf(entry).length;
      if (planned + count > budget.left && !(budget.untouched && taken.length === 0)) break;
      taken.push(entry);
      planned += count;
    }
    if (taken.length === 0) return { mails: 0, contracts: 0 };
    // The unique key makes a second instance (or a run that overlaps) skip what was already sent:
    // a deadline is claimed by inserting its row, and only the rows this run inserted are mailed.
    const claimed = await tx.reminder.createManyAndReturn({
      data: taken.flatMap(({ contract, deadlines }) =>
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
    const mails = taken.flatMap((entry) =>
      mailsOf(
        entry,
        entry.deadlines.filter((d) => ours.has(reminderKey(entry.contract.id, d))),
      ),
    );
    await enqueueMails(tx, mails);
    return { mails: mails.length, contracts: taken.length };
  });
}

/**
 * Reminds of the deadlines due today that were not reminded of before, writing at most
 * `mailLimit` mails (see claimAndMail for the one exception); `more` says the limit stopped it and
 * the next run goes on where this one stopped. The contracts are read a page at a time and the
 * mails written in short transactions, with a pause between them, so requests are served
 * meanwhile. A fixed number of queries per page: the contracts with what the rules read, the
 * reminders already sent, and per transaction the readers, the claim and the mails.
 */
export async function sendDueReminders(
  prisma: PrismaClient,
  publicUrl: string,
  today = dutchDate(new Date()),
  options: BatchOptions = {},
): Promise<BatchResult> {
  const mailLimit = options.mailLimit ?? Number.POSITIVE_INFINITY;
  let mails = 0;
  let after: string | undefined;
  for (;;) {
    const contracts = await prisma.contract.findMany({
      where: { status: { not: "CLOSED" }, ...(after ? { id: { gt: after } } : {}) },
      orderBy: { id: "asc" },
      take: CONTRACTS_PER_PAGE,
      include: CONTRACT_INCLUDE,
    });
    after = contracts.at(-1)?.id;
    let due = await dueOnPage(prisma, contracts, today);
    while (due.length > 0) {
      if (mails >= mailLimit) return { mails, more: true };
      const chunk = due.slice(0, CONTRACTS_PER_TRANSACTION);
      const done = await claimAndMail(prisma, chunk, publicUrl, {
        left: mailLimit - mails,
        untouched: mails === 0,
      });
      mails += done.mails;
      if (done.contracts < chunk.length) return { mails, more: true };
      due = due.slice(chunk.length);
      await pauseForRequests(options.pauseMs);
    }
    if (contracts.length < CONTRACTS_PER_PAGE) return { mails, more: false };
    await pauseForRequests(options.pauseMs);
  }
}

/** After a run that stopped at its mail limit, the next one comes this much sooner than hourly. */
export const BACKLOG_DELAY_MS = 60_000;

/**
 * Sends due reminders and the staff's daily digests now and then every hour, each run at most
 * `mailsPerRun` mails per job; a run that stopped at that limit is followed a minute later by the
 * next. stop() waits for a run in progress, so shutdown never closes the database under a
 * reminder transaction.
 */
export function startReminderSchedule(
  prisma: PrismaClient,
  options: {
    publicUrl: string;
    /** from which hour (Europe/Amsterdam) the day's digests go out */
    digestHour?: number;
    intervalMs?: number;
    runJob?: JobRunner;
    /** at most this many mails per job per run (SCHEDULED_MAILS_PER_RUN) */
    mailsPerRun?: number;
    backlogDelayMs?: number;
    pauseMs?: number;
  },
) {
  const runJob = options.runJob ?? runHere;
  const batch: BatchOptions = {
    mailLimit: options.mailsPerRun ?? DEFAULT_MAILS_PER_RUN,
    pauseMs: options.pauseMs,
  };
  const jobs: [name: string, failure: string, work: () => Promise<BatchResult>][] = [
    [
      "reminders",
      "reminders run failed",
      () => sendDueReminders(prisma, options.publicUrl, undefined, batch),
    ],
    [
      "digests",
      "staff digests run failed",
      () => sendDueDigests(prisma, options.publicUrl, new Date(), options.digestHour, batch),
    ],
  ];
  let running: Promise<unknown> | null = null;
  let stopped = false;
  let followUp: NodeJS.Timeout | undefined;
  const run = () => {
    running ??= (async () => {
      let more = false;
      for (const [name, failure, work] of jobs) {
        try {
          await runJob(name, async () => {
            const result = await work();
            more ||= result.more;
            if (result.mails > 0)
              logger().info({ job: name, ...result }, "scheduled mails written");
          });
        } catch (error) {
          logger().error({ job: name, err: error }, failure);
        }
      }
      if (more && !stopped) {
        followUp = setTimeout(run, options.backlogDelayMs ?? BACKLOG_DELAY_MS);
        followUp.unref();
      }
    })().finally(() => {
      running = null;
    });
  };
  run();
  const timer = setInterval(run, options.intervalMs ?? 3_600_000);
  timer.unref();
  return {
    async stop() {
      stopped = true;
      clearInterval(timer);
      clearTimeout(followUp);
      await running;
    },
  };
}
