// Every mail the contractor gets about its contracts, in one place so the wording lives once:
// plain Dutch, written for the contractor, always with the contract's reference and title, a link
// to the page in the portal and money as "€ 390.000,00". Each notice is written through the outbox
// in the caller's transaction, so a refused or rolled-back change sends nothing.
//
// Who gets them (docs/decisions/0008-contractor-notices.md): the contractor organisation's admins
// always, also before they chose a password (the gemeente registered them as the contact; the mail
// says how to get in); its users once they chose a password (an invitation never accepted is not
// a reader yet). Each address once; a deactivated account never.
import type { AssessmentOutcome, ObligationKind, Prisma } from "@prisma/client";
import { toIsoDate } from "@sroi/db";
import { decimal, formatDate, formatEuro } from "@sroi/domain";
import { carryingOutName } from "../carrying-out.js";
import { enqueueMail, type Mail } from "../outbox.js";

type Tx = Prisma.TransactionClient;
type Amount = string | { toFixed(digits: number): string };

/** The contract as every notice names it. */
export interface NoticeContract {
  id: string;
  reference: string;
  title: string;
  contractorId: string;
  municipality: { id: string; name: string };
}

export interface ContractorRecipient {
  email: string;
  name: string;
  /** false until the person chose a password (an invitation not yet accepted) */
  hasPassword: boolean;
}

const moneyString = (amount: Amount) => (typeof amount === "string" ? amount : amount.toFixed(2));
const euro = (amount: Amount) => formatEuro(moneyString(amount));

const PORTAL = "/portal";

export function portalContractUrl(publicUrl: string, contractId: string, subpath = ""): string {
  return `${publicUrl}${PORTAL}/opdrachten/${contractId}${subpath}`;
}

const RECIPIENT_MEMBERSHIPS = {
  role: { in: ["CONTRACTOR_ADMIN", "CONTRACTOR_USER"] },
  user: { deactivatedAt: null },
} satisfies Prisma.MembershipWhereInput;

/** Who at the contractor reads its notices (see the file comment), from its memberships. */
function recipientsFrom(
  memberships: {
    role: string;
    user: { email: string; name: string; passwordHash: string | null };
  }[],
): ContractorRecipient[] {
  const recipients = new Map<string, ContractorRecipient>();
  for (const { role, user } of memberships) {
    const hasPassword = user.passwordHash !== null;
    if (role === "CONTRACTOR_USER" && !hasPassword) continue;
    recipients.set(user.email, { email: user.email, name: user.name, hasPassword });
  }
  return [...recipients.values()];
}

/** The readers of several contractors in one query: contractor id → its readers. */
export async function contractorRecipientsOf(
  tx: Tx,
  contractorIds: string[],
): Promise<Map<string, ContractorRecipient[]>> {
  const memberships = await tx.membership.findMany({
    where: { organisationId: { in: contractorIds }, ...RECIPIENT_MEMBERSHIPS },
    include: { user: { select: { email: true, name: true, passwordHash: true } } },
    orderBy: { createdAt: "asc" },
  });
  return new Map(
    contractorIds.map((id) => [
      id,
      recipientsFrom(memberships.filter((m) => m.organisationId === id)),
    ]),
  );
}

/** Who at the contractor reads its notices (see the file comment). */
export async function contractorRecipients(
  tx: Tx,
  contractorId: string,
): Promise<ContractorRecipient[]> {
  return (await contractorRecipientsOf(tx, [contractorId])).get(contractorId) ?? [];
}

/** The organisation that carries out the gemeente's social return, as the mails name it. */
async function carriedOutByName(tx: Tx, municipality: { id: string; name: string }) {
  const { carriedOutBy } = await tx.municipality.findUniqueOrThrow({
    where: { id: municipality.id },
    select: { carriedOutBy: { select: { name: true } } },
  });
  return carryingOutName({ name: municipality.name, carriedOutBy });
}

interface Notice {
  subject: string;
  /** the paragraphs that say what happened and what to do */
  body: string[];
  /** where in the portal it is seen or done */
  link: { label: string; url: string };
}

function mailText(
  recipient: { name: string; hasPassword: boolean },
  contract: NoticeContract,
  carriedOutBy: string,
  notice: Notice,
  publicUrl: string,
): string {
  return [
    `Beste ${recipient.name},`,
    "",
    ...notice.body.flatMap((paragraph) => [paragraph, ""]),
    `Opdracht: ${contract.reference} – ${contract.title} (gemeente ${contract.municipality.name})`,
    `${notice.link.label}: ${notice.link.url}`,
    ...(recipient.hasPassword
      ? []
      : [
          "",
          `U heeft nog geen wachtwoord voor het portaal. Kies er een via de uitnodiging die u van ons kreeg, of via ${publicUrl}${PORTAL}/wachtwoord-vergeten.`,
        ]),
    "",
    `Heeft u vragen? Neem dan contact op met uw accountmanager of ${carriedOutBy}.`,
    "",
    "Met vriendelijke groet,",
    carriedOutBy,
  ].join("\n");
}

/** The notice as one mail per reader. */
function noticeMails(
  recipients: ContractorRecipient[],
  contract: NoticeContract,
  carriedOutBy: string,
  notice: Notice,
  publicUrl: string,
): Mail[] {
  return recipients.map((recipient) => ({
    to: recipient.email,
    subject: notice.subject,
    text: mailText(recipient, contract, carriedOutBy, notice, publicUrl),
  }));
}

async function sendToContractor(
  tx: Tx,
  contract: NoticeContract,
  publicUrl: string,
  write: (carriedOutBy: string) => Notice,
): Promise<string[]> {
  const recipients = await contractorRecipients(tx, contract.contractorId);
  if (recipients.length === 0) return [];
  const carriedOutBy = await carriedOutByName(tx, contract.municipality);
  const mails = noticeMails(recipients, contract, carriedOutBy, write(carriedOutBy), publicUrl);
  for (const mail of mails) await enqueueMail(tx, mail);
  return mails.map((mail) => mail.to);
}

export async function noticeContractRegistered(
  tx: Tx,
  contract: NoticeContract & {
    valueExclVat: Amount;
    obligationKind: ObligationKind;
    obligationAmount: Amount;
    contactDueDate: Date;
  },
  publicUrl: string,
) {
  const obligation = {
    PERCENTAGE: `De social return-verplichting is ${euro(contract.obligationAmount)}, bij een opdrachtwaarde van ${euro(contract.valueExclVat)} excl. btw.`,
    ACTIVITY:
      "Voor deze opdracht vraagt de gemeente één maatschappelijke activiteit in plaats van een bedrag.",
    NONE: "Voor deze opdracht geldt geen social return-verplichting.",
  }[contract.obligationKind];
  return sendToContractor(tx, contract, publicUrl, (carriedOutBy) => ({
    subject: `Nieuwe opdracht met social return: ${contract.reference} ${contract.title}`,
    body: [
      `Gemeente ${contract.municipality.name} heeft opdracht ${contract.reference} (${contract.title}) aan uw organisatie gegund en in het Social Return platform vastgelegd. ${obligation}`,
      `Neem uiterlijk ${formatDate(toIsoDate(contract.contactDueDate))} contact op met ${carriedOutBy} voor een intake; dat kan op de pagina van de opdracht. Samen maakt u daarna het plan van aanpak.`,
    ],
    link: { label: "De opdracht in het portaal", url: portalContractUrl(publicUrl, contract.id) },
  }));
}

export async function noticePlanReviewed(
  tx: Tx,
  contract: NoticeContract,
  review: { planNumber: number; approved: boolean; comment: string | null },
  publicUrl: string,
) {
  return sendToContractor(tx, contract, publicUrl, (carriedOutBy) => ({
    subject: review.approved
      ? `Plan van aanpak goedgekeurd: ${contract.reference} ${contract.title}`
      : `Plan van aanpak aanpassen: ${contract.reference} ${contract.title}`,
    body: review.approved
      ? [
          `${carriedOutBy} heeft versie ${review.planNumber} van uw plan van aanpak goedgekeurd. Voer het plan uit en verantwoord wat u realiseert in het portaal.`,
          ...(review.comment ? [`Opmerking: ${review.comment}`] : []),
        ]
      : [
          `${carriedOutBy} vraagt u versie ${review.planNumber} van uw plan van aanpak aan te passen:`,
          review.comment ?? "",
          "Pas het plan aan en dien het opnieuw in.",
        ],
    link: {
      label: "Het plan van aanpak in het portaal",
      url: portalContractUrl(publicUrl, contract.id, "/plan"),
    },
  }));
}

/** How the contractor recognises a realisation: its block (or maatwerk) and its own reference. */
function realisationLabel(realisation: {
  blockName: string | null;
  blockCode: string | null;
  maatwerkDescription: string | null;
  personRef: string | null;
  invoiceNumber: string | null;
}): string {
  const what = realisation.blockCode
    ? `${realisation.blockName ?? "bouwblok"} (${realisation.blockCode})`
    : `maatwerk "${realisation.maatwerkDescription ?? ""}"`;
  const which = realisation.personRef
    ? `, kenmerk ${realisation.personRef}`
    : realisation.invoiceNumber
      ? `, factuur ${realisation.invoiceNumber}`
      : "";
  return `${what}${which}`;
}

export async function noticeRealisationReviewed(
  tx: Tx,
  contract: NoticeContract & { catalogueVersionId: string | null },
  realisation: {
    id: string;
    status: "ACCEPTED" | "REJECTED";
    value: Amount;
    reviewReason: string | null;
    blockCode: string | null;
    maatwerkDescription: string | null;
    personRef: string | null;
    invoiceNumber: string | null;
  },
  publicUrl: string,
) {
  const block =
    realisation.blockCode && contract.catalogueVersionId
      ? await tx.block.findFirst({
          where: { catalogueVersionId: contract.catalogueVersionId, code: realisation.blockCode },
          select: { name: true },
        })
      : null;
  const label = realisationLabel({ ...realisation, blockName: block?.name ?? null });
  const accepted = realisation.status === "ACCEPTED";
  return sendToContractor(tx, contract, publicUrl, (carriedOutBy) => ({
    subject: accepted
      ? `Verantwoording geaccepteerd: ${contract.reference} ${contract.title}`
      : `Verantwoording afgewezen: ${contract.reference} ${contract.title}`,
    body: accepted
      ? [
          `${carriedOutBy} heeft uw verantwoording ${label} geaccepteerd. Zij telt mee voor ${euro(realisation.value)}.`,
          ...(realisation.reviewReason ? [`Toelichting: ${realisation.reviewReason}`] : []),
        ]
      : [
          `${carriedOutBy} heeft uw verantwoording ${label} afgewezen.`,
          `Reden: ${realisation.reviewReason ?? ""}`,
          "U kunt de verantwoording corrigeren en opnieuw indienen.",
        ],
    link: accepted
      ? {
          label: "De verantwoording in het portaal",
          url: portalContractUrl(publicUrl, contract.id, `/verantwoording/${realisation.id}`),
        }
      : {
          label: "Corrigeer de verantwoording in het portaal",
          url: portalContractUrl(
            publicUrl,
            contract.id,
            `/verantwoording/${realisation.id}/corrigeren`,
          ),
        },
  }));
}

/** One mail for several realisations accepted together (acceptRealisations), not one each. */
export async function noticeRealisationsAccepted(
  tx: Tx,
  contract: NoticeContract & { catalogueVersionId: string | null },
  realisations: readonly {
    value: Amount;
    blockCode: string | null;
    maatwerkDescription: string | null;
    personRef: string | null;
    invoiceNumber: string | null;
  }[],
  publicUrl: string,
) {
  const codes = [...new Set(realisations.flatMap((r) => (r.blockCode ? [r.blockCode] : [])))];
  const blocks =
    codes.length && contract.catalogueVersionId
      ? await tx.block.findMany({
          where: { catalogueVersionId: contract.catalogueVersionId, code: { in: codes } },
          select: { code: true, name: true },
        })
      : [];
  const names = new Map(blocks.map((block) => [block.code, block.name]));
  const total = realisations.reduce(
    (sum, r) => sum.plus(decimal(moneyString(r.value))),
    decimal("0"),
  );
  return sendToContractor(tx, contract, publicUrl, (carriedOutBy) => ({
    subject: `${realisations.length} verantwoordingen geaccepteerd: ${contract.reference} ${contract.title}`,
    body: [
      `${carriedOutBy} heeft ${realisations.length} verantwoordingen geaccepteerd. Samen tellen zij mee voor ${euro(total.toFixed(2))}:`,
      ...realisations.map(
        (r) =>
          `- ${realisationLabel({ ...r, blockName: r.blockCode ? (names.get(r.blockCode) ?? null) : null })}: ${euro(r.value)}`,
      ),
    ],
    link: {
      label: "De verantwoording in het portaal",
      url: portalContractUrl(publicUrl, contract.id, "#verantwoording"),
    },
  }));
}

export async function noticeAssessmentRecorded(
  tx: Tx,
  contract: NoticeContract & { obligationKind: ObligationKind },
  assessment: {
    outcome: AssessmentOutcome;
    obligationAmount: Amount;
    acceptedAmount: Amount;
    sanctionAmount: Amount | null;
    recoveryUntil: Date | null;
    reason: string | null;
  },
  publicUrl: string,
) {
  const gap = decimal(moneyString(assessment.obligationAmount)).minus(
    decimal(moneyString(assessment.acceptedAmount)),
  );
  const shortfall = gap.gt(0) ? ` van ${euro(gap.toFixed(2))}` : "";
  const outcome = {
    FULFILLED: "De social return-verplichting is vervuld.",
    RECOVERY_PERIOD: `De verplichting is nog niet vervuld. U krijgt een herstelperiode tot en met ${assessment.recoveryUntil ? formatDate(toIsoDate(assessment.recoveryUntil)) : "de datum in de brief"} om het tekort${shortfall} alsnog te realiseren.`,
    SANCTIONED: `De verplichting is niet vervuld. De gemeente legt een sanctie op van ${euro(assessment.sanctionAmount ?? "0")}.`,
    WAIVED: `De gemeente scheldt het niet-gerealiseerde deel van de verplichting${shortfall} kwijt.`,
  }[assessment.outcome];
  const figures =
    contract.obligationKind === "PERCENTAGE"
      ? [
          `Verplichting: ${euro(assessment.obligationAmount)}. Gerealiseerd en geaccepteerd: ${euro(assessment.acceptedAmount)}.`,
        ]
      : [];
  return sendToContractor(tx, contract, publicUrl, () => ({
    subject: `Eindbeoordeling social return: ${contract.reference} ${contract.title}`,
    body: [
      `Gemeente ${contract.municipality.name} heeft de eindbeoordeling van opdracht ${contract.reference} vastgelegd. ${outcome}`,
      ...figures,
      ...(assessment.reason ? [`Toelichting: ${assessment.reason}`] : []),
      // The outbox sends text only; the letter is a download behind the portal login.
      `De brief met de eindbeoordeling (pdf) downloadt u na het inloggen in het portaal: ${publicUrl}/brieven/eindbeoordeling/${contract.id}`,
    ],
    link: { label: "De opdracht in het portaal", url: portalContractUrl(publicUrl, contract.id) },
  }));
}

/** A deadline the reminder loop tells the contractor about. */
export type Deadline =
  | { kind: "CONTACT"; dueDate: string }
  | { kind: "REPORT_SOON" | "REPORT"; dueDate: string; from: string; through: string };

function deadlineSentence(deadline: Deadline, carriedOutBy: string): string {
  const due = formatDate(deadline.dueDate);
  if (deadline.kind === "CONTACT")
    return `U had uiterlijk ${due} contact moeten opnemen met ${carriedOutBy} voor een intake. Doe dat zo snel mogelijk via de pagina van de opdracht.`;
  const period = `${formatDate(deadline.from)} tot en met ${formatDate(deadline.through)}`;
  return deadline.kind === "REPORT_SOON"
    ? `De verantwoording over ${period} moet uiterlijk ${due} binnen zijn.`
    : `De verantwoording over ${period} had uiterlijk ${due} binnen moeten zijn.`;
}

/**
 * One mail per reader for all deadlines found in one run, however many: a contractor whose
 * contract has three overdue quarters gets one reminder, not three. The caller loads the readers
 * and the organisation's name for all contracts at once (services/reminders.ts). Staff get no copy:
 * their daily digest (staff-digest.ts) says what is overdue.
 */
export function deadlineMails(
  contract: NoticeContract,
  deadlines: Deadline[],
  readers: { recipients: ContractorRecipient[]; carriedOutBy: string },
  publicUrl: string,
): Mail[] {
  if (deadlines.length === 0) return [];
  const { carriedOutBy } = readers;
  const overdue = deadlines.some((d) => d.kind !== "REPORT_SOON");
  const notice: Notice = {
    subject: `${overdue ? "Herinnering: termijn verstreken" : "Herinnering: termijn nadert"} voor ${contract.reference} ${contract.title}`,
    body: [
      ...deadlines.map((deadline) => deadlineSentence(deadline, carriedOutBy)),
      ...(deadlines.some((d) => d.kind !== "CONTACT")
        ? ["Voeg uw realisaties toe op de pagina van de opdracht in het portaal."]
        : []),
    ],
    link: { label: "De opdracht in het portaal", url: portalContractUrl(publicUrl, contract.id) },
  };
  return noticeMails(readers.recipients, contract, carriedOutBy, notice, publicUrl);
}
