// `npm run admin -- create --email … --name …`: the first platform admin of a fresh install.
// Opens the database the server uses (same configuration), applies pending migrations, creates
// the account and prints a one-time link to choose a password; with SMTP_URL it also mails the
// link and waits for the delivery. It refuses when a platform admin exists, unless --another.
import { parseArgs } from "node:util";
import { DataDirInUseError, openDatabase } from "@sroi/db";
import { readConfig } from "../config.js";
import { invitationLink, isEmail, normaliseEmail } from "../services/accounts.js";
import { audit } from "../services/audit.js";
import { enqueueMail, startOutboxDelivery } from "../services/outbox.js";

const USAGE = `Usage: npm run admin -- create --email <address> --name <full name> [--another]

  create     creates a platform admin and prints a one-time link to choose a password
  --another  also when a platform admin exists already`;

class Refusal extends Error {}

function parse(argv: string[]) {
  let parsed: ReturnType<typeof parseArgsFor>;
  try {
    parsed = parseArgsFor(argv);
  } catch (error) {
    throw new Refusal(`${(error as Error).message}\n\n${USAGE}`);
  }
  const [command] = parsed.positionals;
  if (command !== "create" || parsed.positionals.length !== 1) throw new Refusal(USAGE);
  const email = normaliseEmail(parsed.values.email ?? "");
  const name = (parsed.values.name ?? "").trim();
  if (!isEmail(email)) throw new Refusal(`--email needs a valid e-mail address\n\n${USAGE}`);
  if (!name) throw new Refusal(`--name needs the person's name\n\n${USAGE}`);
  return { email, name, another: parsed.values.another ?? false };
}

function parseArgsFor(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      email: { type: "string" },
      name: { type: "string" },
      another: { type: "boolean" },
    },
  });
}

async function main(argv: string[]): Promise<number> {
  const input = parse(argv);
  const config = readConfig();
  const publicUrl = config.publicUrl ?? `http://localhost:${config.port}`;
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    console.log(`Database: ${database.description}`);
    if (database.appliedMigrations.length > 0) {
      console.log(`Applied migrations: ${database.appliedMigrations.join(", ")}`);
    }
    const prisma = database.prisma;
    const link = await prisma.$transaction(async (tx) => {
      const admins = await tx.user.count({
        where: { deactivatedAt: null, memberships: { some: { role: "PLATFORM_ADMIN" } } },
      });
      if (admins > 0 && !input.another) {
        throw new Refusal(
          `A platform admin exists already (${admins}). Nothing was changed. To add another one, run the command again with --another.`,
        );
      }
      if (await tx.user.findUnique({ where: { email: input.email } })) {
        throw new Refusal(`${input.email} has an account already. Nothing was changed.`);
      }
      const user = await tx.user.create({
        data: {
          email: input.email,
          name: input.name,
          memberships: { create: { role: "PLATFORM_ADMIN" } },
        },
      });
      // No person acted through the API: the event has no actor, and, as every event, no name.
      await audit(tx, null, {
        action: "user.createPlatformAdmin",
        entityType: "User",
        entityId: user.id,
        after: { role: "PLATFORM_ADMIN" },
      });
      const created = await invitationLink(tx, user.id, ["PLATFORM_ADMIN"], publicUrl);
      if (config.smtpUrl) {
        await enqueueMail(tx, {
          to: input.email,
          subject: "Uw account als platformbeheerder van het Social Return platform",
          text: [
            `Beste ${input.name},`,
            "",
            "Er is een account als platformbeheerder voor u aangemaakt op het Social Return platform.",
            "Kies via deze link een wachtwoord; de link is 7 dagen geldig en werkt één keer:",
            created,
            "",
            "Heeft u dit niet verwacht? Dan kunt u dit bericht negeren.",
          ].join("\n"),
        });
      }
      return created;
    });
    console.log(`Created platform admin ${input.email}.`);
    console.log(`One-time link to choose a password (valid for 7 days):\n  ${link}`);
    if (config.smtpUrl) {
      const outbox = startOutboxDelivery(prisma, {
        smtpUrl: config.smtpUrl,
        from: config.mailFrom,
      });
      await outbox.deliverPending();
      await outbox.stop();
      const unsent = await prisma.outboxMessage.findFirst({
        where: { to: input.email, sentAt: null },
        orderBy: { createdAt: "desc" },
      });
      if (unsent) {
        console.warn(
          `The e-mail to ${input.email} was not delivered (${unsent.lastError ?? "unknown error"}); the server retries it. The link above works either way.`,
        );
      } else {
        console.log(`Mailed the link to ${input.email}.`);
      }
    }
    return 0;
  } finally {
    // Closing PGlite flushes its data folder and releases it for the server.
    await database.close();
  }
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  if (error instanceof Refusal || error instanceof DataDirInUseError) {
    console.error(error.message);
  } else {
    console.error(`Failed: ${(error as Error).stack ?? error}`);
  }
  process.exitCode = 1;
}
