// The staff's daily digest (docs/decisions/0011-staff-digest.md): one mail a day per person with
// what came in since the previous digest and what became overdue, instead of a copy per item.
// What a person has to do is the work queue's answer (services/work-queue.ts); this file only
// decides what is new for them and writes it in words for staff.
import type { PrismaClient } from "@prisma/client";
import { toIsoDate } from "@sroi/db";
import { compareIsoDates, dutchDate, formatDate } from "@sroi/domain";
import { loadViewer, STAFF_WRITE } from "../../auth/viewer.js";
import { type BatchOptions, type BatchResult, pauseForRequests } from "../jobs.js";
import { enqueueMail, type Mail } from "../outbox.js";
import {
  type StaffQueue,
  type StaffQueueItem,
  type StaffQueueKind,
  workQueue,
} from "../work-queue.js";

/** The hour (Europe/Amsterdam) from which the day's digest goes out, unless DIGEST_HOUR says. */
export const DEFAULT_DIGEST_HOUR = 7;

/** The queues of things that come in; the others are deadlines that pass. */
const INCOMING: StaffQueueKind[] = [
  "INTAKES_TO_CONFIRM",
  "PLANS_TO_REVIEW",
  "REALISATIONS_TO_REVIEW",
  "CATALOGUES_TO_PUBLISH",
  "IDEAS_TO_ANSWER",
];

/** The previous digest this person got: its day and moment. */
export interface PreviousDigest {
  date: string;
  sentAt: Date;
}

function amsterdamHour(now: Date): number {
  return Number(
    new Intl.DateTimeFormat("en-GB", {
      timeZone: "Europe/Amsterdam",
      hour: "numeric",
      hourCycle: "h23",
    }).format(now),
  );
}

/**
 * New for this person: came in after the previous digest was sent, or a deadline that passed since
 * (a deadline passes at the end of its day, so one on or after the previous digest's day). The
 * first digest has everything.
 */
function isNew(kind: StaffQueueKind, item: StaffQueueItem, previous: PreviousDigest | null) {
  if (!previous) return true;
  if (INCOMING.includes(kind)) return item.receivedAt !== null && item.receivedAt > previous.sentAt;
  return item.date === null || compareIsoDates(item.date, previous.date) >= 0;
}

const on = (date: string | null) => (date ? formatDate(date) : "onbekende datum");
const contractName = (item: StaffQueueItem) => `${item.reference} ${item.title}`;

const LINES: Record<StaffQueueKind, (item: StaffQueueItem) => string> = {
  INTAKES_TO_CONFIRM: (item) =>
    `${item.contractorName} vraagt een intake aan voor ${contractName(item)} (${on(item.date)}).`,
  PLANS_TO_REVIEW: (item) =>
    `${item.contractorName} heeft het plan van aanpak voor ${contractName(item)} ingediend (${on(item.date)}).`,
  REALISATIONS_TO_REVIEW: (item) =>
    `${item.contractorName} heeft een verantwoording voor ${contractName(item)} ingediend (${on(item.date)}).`,
  CONTACTS_OVERDUE: (item) =>
    `${item.contractorName} had uiterlijk ${on(item.date)} contact moeten opnemen over ${contractName(item)}.`,
  REPORTS_OVERDUE: (item) =>
    `${item.contractorName} had uiterlijk ${on(item.date)} moeten verantwoorden over ${contractName(item)}.`,
  ASSESSMENTS_DUE: (item) =>
    `${contractName(item)} (${item.contractorName}) liep tot en met ${on(item.date)} en wacht op de eindbeoordeling.`,
  CATALOGUES_TO_PUBLISH: (item) =>
    `${item.contractorName} stelt het bouwblokkenmodel ${item.title} voor om te publiceren (${on(item.date)}).`,
  IDEAS_TO_ANSWER: (item) =>
    `${item.reference} van ${item.contractorName} over ${item.title} (${on(item.date)}).`,
};

/**
 * The digest for one person, or null when nothing is new for them: items still open from earlier
 * digests are counted in a closing line, but alone they send no mail.
 */
export function digestMail(
  person: { email: string; name: string },
  queues: StaffQueue[],
  previous: PreviousDigest | null,
  today: string,
  publicUrl: string,
): Mail | null {
  const fresh = (incoming: boolean) =>
    queues
      .filter((q) => INCOMING.includes(q.kind) === incoming)
      .flatMap((q) => q.items.filter((item) => isNew(q.kind, item, previous)).map(LINES[q.kind]));
  const cameIn = fresh(true);
  const overdue = fresh(false);
  if (cameIn.length + overdue.length === 0) return null;
  const open = queues.reduce((total, q) => total + q.count, 0);
  const older = open - cameIn.length - overdue.length;
  const counts = [
    cameIn.length ? `${cameIn.length} binnengekomen` : "",
    overdue.length ? `${overdue.length} termijn${overdue.length === 1 ? "" : "en"} verstreken` : "",
  ].filter(Boolean);
  const section = (title: string, lines: string[]) =>
    lines.length ? [title, ...lines.map((line) => `- ${line}`), ""] : [];
  return {
    to: person.email,
    subject: `Dagoverzicht social return ${formatDate(today)}: ${counts.join(", ")}`,
    text: [
      `Beste ${person.name},`,
      "",
      previous
        ? `Dit is wat er sinds het vorige overzicht (${formatDate(previous.date)}) is gebeurd bij de opdrachten die u beheert.`
        : "Dit is wat er openstaat bij de opdrachten die u beheert.",
      "",
      ...section("Binnengekomen:", cameIn),
      ...section("Termijnen verstreken:", overdue),
      ...(older > 0
        ? [
            `Verder staan er nog ${older === 1 ? "1 taak" : `${older} taken`} open uit eerdere overzichten.`,
            "",
          ]
        : []),
      `Alles wat u te doen heeft: ${publicUrl}/admin/te-doen`,
      "",
      `Dit overzicht komt eenmaal per dag. Welke e-mails u krijgt, kiest u onder Meldingen: ${publicUrl}/admin/meldingen`,
    ].join("\n"),
  };
}

/**
 * Writes today's digest for every person who is due one: staff who manage contracts (or a platform
 * admin), active, with a password chosen, the digest not switched off, none sent today. From
 * `hour` (Europe/Amsterdam) on; a start later in the day sends it then. The day is claimed by the
 * person's StaffDigest row in the same transaction as the mail, so a second run or instance skips
 * it. At most `mailLimit` digests a run, with a pause after each person (services/jobs.ts); the
 * people left are due the next run.
 */
export async function sendDueDigests(
  prisma: PrismaClient,
  publicUrl: string,
  now = new Date(),
  hour = DEFAULT_DIGEST_HOUR,
  options: BatchOptions = {},
): Promise<BatchResult> {
  const mailLimit = options.mailLimit ?? Number.POSITIVE_INFINITY;
  if (amsterdamHour(now) < hour) return { mails: 0, more: false };
  const today = dutchDate(now);
  const day = new Date(`${today}T00:00:00Z`);
  const people = await prisma.user.findMany({
    where: {
      deactivatedAt: null,
      passwordHash: { not: null },
      memberships: { some: { role: { in: [...STAFF_WRITE, "PLATFORM_ADMIN"] } } },
      digests: { none: { date: day } },
      OR: [{ noticePreference: { is: null } }, { noticePreference: { digest: true } }],
    },
    select: {
      id: true,
      email: true,
      name: true,
      digests: { orderBy: { date: "desc" }, take: 1, select: { date: true, sentAt: true } },
    },
    orderBy: { email: "asc" },
  });
  let sent = 0;
  for (const person of people) {
    if (sent >= mailLimit) return { mails: sent, more: true };
    const viewer = await loadViewer(prisma, person.id, "daily-digest");
    if (!viewer) continue;
    const { staff } = await workQueue(prisma, viewer, now);
    const last = person.digests[0];
    const previous = last ? { date: toIsoDate(last.date), sentAt: last.sentAt } : null;
    const mail = digestMail(person, staff, previous, today, publicUrl);
    if (!mail) continue;
    sent += await prisma.$transaction(async (tx) => {
      const claimed = await tx.staffDigest.createMany({
        data: { userId: person.id, date: day },
        skipDuplicates: true,
      });
      if (claimed.count === 1) await enqueueMail(tx, mail);
      return claimed.count;
    });
    await pauseForRequests(options.pauseMs);
  }
  return { mails: sent, more: false };
}
