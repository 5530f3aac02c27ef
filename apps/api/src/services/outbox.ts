// Outgoing e-mail. A change that must send mail writes an outbox row in its own transaction; a
// background loop delivers it through SMTP when SMTP_URL is set (nodemailer); without it the
// message is only readable on the dev mailbox page (demo mode). A crash between the two never
// loses or doubles a message, and on several instances one at a time delivers (services/jobs.ts).
import type { Prisma, PrismaClient } from "@prisma/client";
import nodemailer from "nodemailer";
import { logger } from "../logging.js";
import { type JobRunner, runHere } from "./jobs.js";

export interface Mail {
  to: string;
  subject: string;
  text: string;
}

export function enqueueMail(tx: Prisma.TransactionClient, mail: Mail) {
  return tx.outboxMessage.create({ data: mail });
}

/** Many mails in one statement, for the scheduled jobs that write one per contract or person. */
export function enqueueMails(tx: Prisma.TransactionClient, mails: Mail[]) {
  return mails.length ? tx.outboxMessage.createMany({ data: mails }) : null;
}

export interface OutboxOptions {
  smtpUrl?: string | undefined;
  from: string;
  intervalMs?: number;
  /** the delivery rate: a run every intervalMs sends at most this × the interval (OUTBOX_MAILS_PER_SECOND) */
  mailsPerSecond?: number;
  /** how a run is guarded against other instances (services/jobs.ts) */
  runJob?: JobRunner;
}

/** After this many failed attempts a message is given up (and counted as failed in /metrics). */
export const MAX_ATTEMPTS = 5;

/** The default rate: a mail server and its reputation with receivers take bursts badly. */
export const DEFAULT_MAILS_PER_SECOND = 10;

export function startOutboxDelivery(prisma: PrismaClient, options: OutboxOptions) {
  const transport = options.smtpUrl ? nodemailer.createTransport(options.smtpUrl) : null;
  const intervalMs = options.intervalMs ?? 2_000;
  // One run at a time, one run per interval at most (a tick during a run joins it): the batch
  // size bounds the rate, and a backlog of thousands drains over minutes instead of at once.
  const perRun = Math.max(
    1,
    Math.floor(((options.mailsPerSecond ?? DEFAULT_MAILS_PER_SECOND) * intervalMs) / 1000),
  );
  const runJob = options.runJob ?? runHere;
  // The run in progress, so stop() can wait for it: the database must not close under it.
  let running: Promise<void> | null = null;
  let stopped = false;

  function deliverPending(): Promise<void> {
    running ??= runJob("outbox", deliverBatch)
      .then(() => undefined)
      .finally(() => {
        running = null;
      });
    return running;
  }

  async function deliverBatch() {
    const pending = await prisma.outboxMessage.findMany({
      where: { sentAt: null, attempts: { lt: MAX_ATTEMPTS } },
      orderBy: { createdAt: "asc" },
      take: perRun,
    });
    for (const message of pending) {
      if (stopped) return;
      try {
        if (transport) {
          await transport.sendMail({
            from: options.from,
            to: message.to,
            subject: message.subject,
            text: message.text,
          });
        }
        // Without SMTP the message stays readable in the dev mailbox (demo mode) only: the log
        // gets its id, never the address, the subject or the text (reset links are in it).
        logger().info(
          { messageId: message.id, smtp: transport !== null },
          transport ? "mail sent" : "mail not sent: no SMTP_URL",
        );
        await prisma.outboxMessage.update({
          where: { id: message.id },
          data: { sentAt: new Date(), attempts: { increment: 1 } },
        });
      } catch (error) {
        logger().warn({ messageId: message.id, err: error }, "mail delivery failed");
        await prisma.outboxMessage.update({
          where: { id: message.id },
          data: { attempts: { increment: 1 }, lastError: (error as Error).message },
        });
      }
    }
  }

  const timer = setInterval(() => {
    deliverPending().catch((error: unknown) =>
      logger().error({ job: "outbox", err: error }, "outbox run failed"),
    );
  }, intervalMs);
  timer.unref();
  return {
    deliverPending,
    /** No new runs; resolves when the one in progress (if any) has finished. */
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running?.catch(() => undefined);
    },
  };
}
