// Outgoing e-mail. A change that must send mail writes an outbox row in its own transaction; a
// background loop delivers it: through SMTP when SMTP_URL is set (nodemailer), otherwise to the
// log and the dev mailbox page. A crash between the two never loses or doubles a message.
import type { Prisma, PrismaClient } from "@prisma/client";
import nodemailer from "nodemailer";

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
  log?: (line: string) => void;
}

const MAX_ATTEMPTS = 5;

export function startOutboxDelivery(prisma: PrismaClient, options: OutboxOptions) {
  const transport = options.smtpUrl ? nodemailer.createTransport(options.smtpUrl) : null;
  const log = options.log ?? ((line: string) => console.log(line));
  // The run in progress, so stop() can wait for it: the database must not close under it.
  let running: Promise<void> | null = null;
  let stopped = false;

  function deliverPending(): Promise<void> {
    running ??= deliverBatch().finally(() => {
      running = null;
    });
    return running;
  }

  async function deliverBatch() {
    const pending = await prisma.outboxMessage.findMany({
      where: { sentAt: null, attempts: { lt: MAX_ATTEMPTS } },
      orderBy: { createdAt: "asc" },
      take: 20,
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
        } else {
          log(`[mail] to ${message.to}: ${message.subject}\n${message.text}\n`);
        }
        await prisma.outboxMessage.update({
          where: { id: message.id },
          data: { sentAt: new Date(), attempts: { increment: 1 } },
        });
      } catch (error) {
        log(`[mail] delivery to ${message.to} failed: ${(error as Error).message}`);
        await prisma.outboxMessage.update({
          where: { id: message.id },
          data: { attempts: { increment: 1 }, lastError: (error as Error).message },
        });
      }
    }
  }

  const timer = setInterval(() => {
    deliverPending().catch((error: unknown) =>
      log(`[mail] outbox loop failed: ${(error as Error).message}`),
    );
  }, options.intervalMs ?? 2_000);
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
