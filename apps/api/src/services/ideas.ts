// The ideas and questions form on a gemeente's public page (docs/decisions/0023-ideas-form.md):
// anyone may send one; it reaches the mailbox of the organisation carrying out the gemeente's
// social return and its "Te doen", the sender gets a receipt, and the sender's details are erased
// a fixed time after the item is handled. Spam is held off without a third party: a honeypot
// field, a signed token that must be at least a few seconds old, and rate limits.
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import type { IdeaKind, Prisma, PrismaClient } from "@prisma/client";
import { dutchDate } from "@sroi/domain";
import type { RateLimit } from "../auth/throttle.js";
import type { Viewer } from "../auth/viewer.js";
import { type FieldIssue, InputError, NotAllowedError, ValidationError } from "../errors.js";
import { logger } from "../logging.js";
import { isEmail, normaliseEmail } from "./accounts.js";
import { audit } from "./audit.js";
import { carryingOutName, municipalityMailRecipients } from "./carrying-out.js";
import { type JobRunner, runHere } from "./jobs.js";
import { enqueueMail } from "./outbox.js";

export const IDEA_LIMITS = { name: 200, organisation: 200, email: 254, message: 4_000 } as const;
/** Shorter than this is not a question anyone can answer. */
export const MIN_MESSAGE_LENGTH = 10;

/** A form sent sooner than this after the page gave its token was not typed by a person. */
export const MIN_FILL_SECONDS = 3;
/** A token older than this is refused: the page was left open for a day. */
export const MAX_TOKEN_AGE_HOURS = 24;

/** Within how many working days the carrying-out organisation answers (said in the receipt). */
export const ANSWER_WITHIN_WORKING_DAYS = 10;

export const IDEA_RATE_LIMITS = {
  /** one address (a person, an office behind one address) */
  perClient: (client: string): RateLimit => ({
    key: `idea-client:${client}`,
    limit: 5,
    windowMinutes: 60,
  }),
  /** all senders together, so a flood from many addresses cannot bury one gemeente's mailbox */
  perMunicipality: (code: string): RateLimit => ({
    key: `idea-municipality:${code}`,
    limit: 50,
    windowMinutes: 24 * 60,
  }),
  /** receipts to one address, so the form cannot be used to mail-bomb someone else */
  receiptsPerAddress: (email: string): RateLimit => ({
    key: `idea-receipt:${email}`,
    limit: 3,
    windowMinutes: 24 * 60,
  }),
};

export interface IdeaRetention {
  /** months after handling that the sender's details are kept */
  handledMonths: number;
  /** months after receipt for items never handled */
  unhandledMonths: number;
}

export const DEFAULT_IDEA_RETENTION: IdeaRetention = { handledMonths: 6, unhandledMonths: 12 };

export const IDEA_KIND_LABELS: Record<IdeaKind, string> = { QUESTION: "Vraag", IDEA: "Idee" };

// --- the signed form token -------------------------------------------------------------------

const SECRET_NAME = "ideas-form-token";

/** The HMAC key every instance shares, made on first use and kept in the database. */
async function formKey(prisma: PrismaClient): Promise<Buffer> {
  await prisma.serverSecret.createMany({
    data: { name: SECRET_NAME, value: randomBytes(32).toString("base64url") },
    skipDuplicates: true,
  });
  const row = await prisma.serverSecret.findUniqueOrThrow({ where: { name: SECRET_NAME } });
  return Buffer.from(row.value, "base64url");
}

function sign(key: Buffer, payload: string): string {
  return createHmac("sha256", key).update(payload).digest("base64url");
}

/** A token for one gemeente's form: the moment it was issued, signed. It holds nothing personal. */
export async function issueFormToken(
  prisma: PrismaClient,
  municipalityCode: string,
  now = new Date(),
): Promise<string> {
  const payload = `${now.getTime()}.${municipalityCode}`;
  return `${payload}.${sign(await formKey(prisma), payload)}`;
}

/** Why the token is refused, in words for the sender, or null when it is fine. */
export async function formTokenProblem(
  prisma: PrismaClient,
  token: string,
  municipalityCode: string,
  now = new Date(),
): Promise<string | null> {
  const [issued, code, signature] = token.split(".");
  const expected = sign(await formKey(prisma), `${issued}.${code}`);
  const valid =
    signature !== undefined &&
    signature.length === expected.length &&
    timingSafeEqual(Buffer.from(signature), Buffer.from(expected)) &&
    code === municipalityCode;
  const age = (now.getTime() - Number(issued)) / 1000;
  if (!valid || !Number.isFinite(age) || age > MAX_TOKEN_AGE_HOURS * 3600) {
    return "Het formulier is verlopen. Verstuur uw bericht opnieuw; uw tekst staat er nog.";
  }
  if (age < MIN_FILL_SECONDS) {
    return "Het formulier werd erg snel verstuurd. Controleer uw bericht en verstuur het opnieuw.";
  }
  return null;
}

// --- sending ------------------------------------------------------------------------------------

export interface IdeaInput {
  municipalityCode: string;
  kind: IdeaKind;
  name: string;
  email: string;
  organisation?: string | null | undefined;
  message: string;
}

function collapse(text: string) {
  return text.trim().replace(/\s+/g, " ");
}

/** Every problem at once, so the sender fixes them in one go. */
export function ideaIssues(input: IdeaInput): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const name = collapse(input.name);
  if (!name) issues.push({ field: "name", message: "Vul uw naam in." });
  else if (name.length > IDEA_LIMITS.name)
    issues.push({
      field: "name",
      message: `Uw naam mag hooguit ${IDEA_LIMITS.name} tekens hebben.`,
    });
  const email = normaliseEmail(input.email);
  if (!email) issues.push({ field: "email", message: "Vul uw e-mailadres in." });
  else if (!isEmail(email))
    issues.push({
      field: "email",
      message: "Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl.",
    });
  if (collapse(input.organisation ?? "").length > IDEA_LIMITS.organisation)
    issues.push({
      field: "organisation",
      message: `De naam van uw organisatie mag hooguit ${IDEA_LIMITS.organisation} tekens hebben.`,
    });
  const message = input.message.trim();
  if (message.length < MIN_MESSAGE_LENGTH)
    issues.push({
      field: "message",
      message: `Schrijf uw ${input.kind === "IDEA" ? "idee" : "vraag"} in minstens ${MIN_MESSAGE_LENGTH} tekens.`,
    });
  else if (message.length > IDEA_LIMITS.message)
    issues.push({
      field: "message",
      message: `Uw bericht mag hooguit ${IDEA_LIMITS.message} tekens hebben; het heeft er ${message.length}.`,
    });
  return issues;
}

export interface IdeaReceipt {
  /** the organisation that answers */
  answeredBy: string;
  answerWithinWorkingDays: number;
}

const word = (kind: IdeaKind) => (kind === "IDEA" ? "idee" : "vraag");

/**
 * Stores the item and writes both mails in one transaction: to the carrying-out organisation's
 * mailbox (with a link to the item in the admin app) and a receipt to the sender. The receipt
 * repeats neither the message nor the name typed, so the form cannot carry someone else's text
 * to an address of their choosing.
 */
export async function storeIdea(
  prisma: PrismaClient,
  input: IdeaInput,
  municipality: { id: string; name: string; carriedOutBy: { name: string } | null },
  settings: { publicUrl: string; ideaRetention: IdeaRetention },
): Promise<IdeaReceipt> {
  const { publicUrl, ideaRetention } = settings;
  const answeredBy = carryingOutName(municipality);
  const organisation = collapse(input.organisation ?? "") || null;
  const senderName = collapse(input.name);
  const senderEmail = normaliseEmail(input.email);
  await prisma.$transaction(async (tx) => {
    const idea = await tx.ideaMessage.create({
      data: {
        municipalityId: municipality.id,
        kind: input.kind,
        senderName,
        senderEmail,
        senderOrganisation: organisation,
        message: input.message.trim(),
      },
    });
    const staffMail = {
      subject: `Nieuw${input.kind === "IDEA" ? " idee" : "e vraag"} over social return in gemeente ${municipality.name}`,
      text: [
        `Via de pagina van gemeente ${municipality.name} is een ${word(input.kind)} binnengekomen.`,
        "",
        `Van: ${senderName}${organisation ? ` (${organisation})` : ""}`,
        `E-mail: ${senderEmail}`,
        "",
        idea.message,
        "",
        `Beantwoord de afzender binnen ${ANSWER_WITHIN_WORKING_DAYS} werkdagen en markeer het daarna als afgehandeld: ${publicUrl}/admin/ideeen/${idea.id}`,
      ].join("\n"),
    };
    for (const to of await municipalityMailRecipients(tx, municipality.id))
      await enqueueMail(tx, { to, ...staffMail });
    await enqueueMail(tx, {
      to: senderEmail,
      subject: `Ontvangen: uw ${word(input.kind)} over social return in gemeente ${municipality.name}`,
      text: [
        "Beste afzender,",
        "",
        `Wij hebben uw ${word(input.kind)} over social return in gemeente ${municipality.name} ontvangen.`,
        `${answeredBy} leest uw bericht en antwoordt binnen ${ANSWER_WITHIN_WORKING_DAYS} werkdagen op dit e-mailadres.`,
        "",
        `Uw naam, e-mailadres en organisatie bewaren we tot ${ideaRetention.handledMonths} maanden nadat uw bericht is afgehandeld. Daarna verwijderen we ze.`,
        "",
        `Kenmerk: ${idea.id}`,
        "",
        "Heeft u deze e-mail niet verwacht? Dan heeft iemand anders uw e-mailadres ingevuld. U hoeft niets te doen.",
      ].join("\n"),
    });
  });
  return { answeredBy, answerWithinWorkingDays: ANSWER_WITHIN_WORKING_DAYS };
}

/** Refuses bad input as data; throws ValidationError with every issue. */
export function checkIdeaInput(input: IdeaInput) {
  const issues = ideaIssues(input);
  if (issues.length) throw new ValidationError(issues);
}

// --- reading and handling --------------------------------------------------------------------

/** Items the viewer may read: staff of the gemeente and of the organisation carrying it out. */
export function visibleIdeasWhere(viewer: Viewer | null): Prisma.IdeaMessageWhereInput {
  if (!viewer) return { id: { in: [] } };
  if (viewer.isPlatformAdmin) return {};
  return { municipalityId: { in: [...viewer.readableMunicipalityIds] } };
}

export function canSeeIdea(viewer: Viewer | null, idea: { municipalityId: string }): boolean {
  return (
    viewer !== null &&
    (viewer.isPlatformAdmin || viewer.readableMunicipalityIds.has(idea.municipalityId))
  );
}

/** Why the viewer may not mark it handled, or null: the staff who manage the gemeente's contracts. */
export function handleIdeaRefusal(
  viewer: Viewer | null,
  idea: { municipalityId: string; handledAt: Date | null },
): string | null {
  if (
    !viewer ||
    !(viewer.isPlatformAdmin || viewer.manageableMunicipalityIds.has(idea.municipalityId))
  )
    return "Alleen de medewerkers die de social return van deze gemeente uitvoeren, handelen dit af.";
  if (idea.handledAt) return "Dit bericht is al afgehandeld.";
  return null;
}

/** Marks the item handled; the audit trail records who and when, never the sender. */
export async function markIdeaHandled(
  prisma: PrismaClient,
  viewer: Viewer,
  id: string,
  now = new Date(),
) {
  return prisma.$transaction(async (tx) => {
    const idea = await tx.ideaMessage.findFirst({
      where: { AND: [{ id }, visibleIdeasWhere(viewer)] },
      select: { id: true, municipalityId: true, handledAt: true, kind: true },
    });
    if (!idea) throw new InputError("Dit bericht bestaat niet of u mag het niet zien.", "id");
    const refusal = handleIdeaRefusal(viewer, idea);
    if (refusal) throw new NotAllowedError(refusal);
    // Only an item still open is changed: two people pressing at once make one change.
    const { count } = await tx.ideaMessage.updateMany({
      where: { id, handledAt: null },
      data: { handledAt: now, handledById: viewer.userId },
    });
    if (count === 0) throw new NotAllowedError("Dit bericht is al afgehandeld.");
    await audit(tx, viewer, {
      action: "idea.handle",
      entityType: "IdeaMessage",
      entityId: id,
      before: { handledAt: null },
      after: { handledAt: now.toISOString(), kind: idea.kind },
    });
    return tx.ideaMessage.findUniqueOrThrow({ where: { id } });
  });
}

/** Open items for the work queue of the staff who manage the gemeente, oldest first. */
export async function ideasToAnswer(prisma: PrismaClient, viewer: Viewer) {
  const items = await prisma.ideaMessage.findMany({
    where: {
      handledAt: null,
      ...(viewer.isPlatformAdmin
        ? {}
        : { municipalityId: { in: [...viewer.manageableMunicipalityIds] } }),
    },
    orderBy: [{ receivedAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      kind: true,
      message: true,
      receivedAt: true,
      senderName: true,
      senderOrganisation: true,
      municipality: { select: { name: true } },
    },
  });
  return items.map((idea) => ({
    contractId: null,
    catalogueKey: null,
    reference: IDEA_KIND_LABELS[idea.kind],
    title: `gemeente ${idea.municipality.name}: ${excerpt(idea.message)}`,
    contractorName: idea.senderOrganisation ?? idea.senderName ?? "afzender verwijderd",
    subjectId: idea.id,
    date: dutchDate(idea.receivedAt),
    receivedAt: idea.receivedAt,
  }));
}

function excerpt(text: string, length = 60) {
  const flat = collapse(text);
  return flat.length <= length ? flat : `${flat.slice(0, length - 1)}…`;
}

// --- retention -----------------------------------------------------------------------------------

const EMAIL_IN_TEXT = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
// Dutch numbers as people type them: 06-12345678, 023 - 511 38 67, +31 6 1234 5678, 0031...
const PHONE_IN_TEXT = /(?:\+|00)?\d[\d\s().-]{7,}\d/g;

/**
 * The message text stays (it is what the gemeente learns from), but e-mail addresses and phone
 * numbers typed into it go with the sender's details. A name in running text is not recognised.
 */
export function maskContactDetails(text: string): string {
  return text
    .replace(EMAIL_IN_TEXT, "[e-mailadres verwijderd]")
    .replace(PHONE_IN_TEXT, (match) =>
      match.replace(/\D/g, "").length >= 9 ? "[telefoonnummer verwijderd]" : match,
    );
}

function monthsBefore(now: Date, months: number): Date {
  const date = new Date(now);
  date.setUTCMonth(date.getUTCMonth() - months);
  return date;
}

/**
 * Erases the sender's name, e-mail and organisation, and the contact details in the text, of
 * items handled more than `handledMonths` ago or received more than `unhandledMonths` ago and
 * never handled. Returns how many were erased. Run daily by the schedule (startIdeasRetention).
 */
export async function eraseExpiredSenders(
  prisma: PrismaClient,
  now = new Date(),
  retention: IdeaRetention = DEFAULT_IDEA_RETENTION,
): Promise<number> {
  const due = await prisma.ideaMessage.findMany({
    where: {
      erasedAt: null,
      OR: [
        { handledAt: { lt: monthsBefore(now, retention.handledMonths) } },
        { handledAt: null, receivedAt: { lt: monthsBefore(now, retention.unhandledMonths) } },
      ],
    },
    select: { id: true, message: true },
  });
  for (const idea of due) {
    // The mails about it (both carry its id) held the same details: sent ones go too.
    await prisma.outboxMessage.deleteMany({
      where: { text: { contains: idea.id } },
    });
    await prisma.ideaMessage.update({
      where: { id: idea.id },
      data: {
        senderName: null,
        senderEmail: null,
        senderOrganisation: null,
        message: maskContactDetails(idea.message),
        erasedAt: now,
      },
    });
  }
  return due.length;
}

/** Erases due sender details at start and then every six hours, one instance at a time. */
export function startIdeasRetention(
  prisma: PrismaClient,
  options: { retention: IdeaRetention; runJob?: JobRunner; intervalMs?: number },
) {
  const runJob = options.runJob ?? runHere;
  let running: Promise<unknown> | null = null;
  const run = () => {
    running ??= runJob("ideas-retention", async () => {
      const erased = await eraseExpiredSenders(prisma, new Date(), options.retention);
      if (erased > 0) logger().info({ erased }, "ideas form: sender details erased");
    })
      .catch((error: unknown) =>
        logger().error({ job: "ideas-retention", err: error }, "ideas retention run failed"),
      )
      .finally(() => {
        running = null;
      });
  };
  run();
  const timer = setInterval(run, options.intervalMs ?? 6 * 3_600_000);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
