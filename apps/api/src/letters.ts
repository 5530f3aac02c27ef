// The assessment letter as a PDF (pdfkit: pure JavaScript, no binaries). Plain Dutch, one page,
// the figures exact to the cent as recorded.
import type { Prisma, PrismaClient } from "@prisma/client";
import { toIsoDate } from "@sroi/db";
import { formatDate, formatEuro } from "@sroi/domain";
import type express from "express";
import PDFDocument from "pdfkit";
import { canReadContract, viewerForRequest } from "./auth/viewer.js";
import { carryingOutName } from "./services/carrying-out.js";

const OUTCOME_TEXT = {
  FULFILLED: "De social return-verplichting is vervuld.",
  RECOVERY_PERIOD: "De verplichting is nog niet vervuld. U krijgt een herstelperiode",
  SANCTIONED: "De verplichting is niet vervuld. De gemeente legt een sanctie op",
  WAIVED: "De gemeente scheldt het niet-gerealiseerde deel van de verplichting kwijt.",
} as const;

/** The organisation carrying out the gemeente's social return, with its mailbox and phone. */
function contactLine(municipality: {
  name: string;
  carriedOutBy: { name: string; email: string | null; phone: string | null } | null;
}): string {
  const organisation = municipality.carriedOutBy;
  const reach = [organisation?.email, organisation?.phone].filter(Boolean).join(", telefoon ");
  return `${carryingOutName(municipality)}${reach ? ` (${reach})` : ""}`;
}

/** What the letter needs: the contract, its gemeente with the texts it configured, the outcome. */
export interface LetterContract {
  reference: string;
  title: string;
  municipality: {
    name: string;
    carriedOutBy: { name: string; email: string | null; phone: string | null } | null;
    letterAddress: string | null;
    letterLegalBasis: string | null;
    letterPaymentTerm: string | null;
    letterObjectionClause: string | null;
  };
  contractor: { name: string; kvkNumber: string | null };
  assessment: {
    outcome: keyof typeof OUTCOME_TEXT;
    recoveryUntil: Date | null;
    sanctionAmount: Prisma.Decimal | null;
    reason: string | null;
    obligationAmount: Prisma.Decimal;
    acceptedAmount: Prisma.Decimal;
    decidedAt: Date;
  };
}

export interface LetterText {
  /** the sender's address block, one line each */
  sender: string[];
  recipient: string[];
  date: string;
  subject: string;
  paragraphs: string[];
}

/** The letter's words, apart from the PDF, so a test can read them. */
export function assessmentLetterText(contract: LetterContract): LetterText {
  const a = contract.assessment;
  const m = contract.municipality;
  let outcome: string = OUTCOME_TEXT[a.outcome];
  if (a.outcome === "RECOVERY_PERIOD" && a.recoveryUntil)
    outcome += ` tot en met ${formatDate(toIsoDate(a.recoveryUntil))}.`;
  if (a.outcome === "SANCTIONED" && a.sanctionAmount)
    outcome += ` van ${formatEuro(a.sanctionAmount.toFixed(2))}.`;
  const paragraphs = [
    contract.title,
    `Social return-verplichting: ${formatEuro(a.obligationAmount.toFixed(2))}\nGerealiseerd en geaccepteerd: ${formatEuro(a.acceptedAmount.toFixed(2))}`,
    outcome,
  ];
  if (a.reason) paragraphs.push(`Toelichting: ${a.reason}`);
  if (m.letterLegalBasis) paragraphs.push(m.letterLegalBasis);
  if (a.outcome === "SANCTIONED" && m.letterPaymentTerm) paragraphs.push(m.letterPaymentTerm);
  if (m.letterObjectionClause) paragraphs.push(m.letterObjectionClause);
  paragraphs.push(
    `Heeft u vragen over deze beoordeling? Neem dan contact op met ${contactLine(m)}.`,
  );
  return {
    sender: m.letterAddress
      ? m.letterAddress
          .split("\n")
          .map((line) => line.trim())
          .filter(Boolean)
      : [`Gemeente ${m.name}`],
    recipient: [contract.contractor.name, `KvK ${contract.contractor.kvkNumber ?? "onbekend"}`],
    date: `Datum: ${formatDate(toIsoDate(a.decidedAt))}`,
    subject: `Eindbeoordeling social return: ${contract.reference}`,
    paragraphs,
  };
}

export function assessmentLetterRoute(prisma: PrismaClient): express.RequestHandler {
  return async (req, res) => {
    const viewer = await viewerForRequest(prisma, req);
    const contract = await prisma.contract.findUnique({
      where: { id: String(req.params.contractId) },
      include: {
        assessment: true,
        municipality: { include: { carriedOutBy: true } },
        contractor: true,
      },
    });
    if (!contract || !canReadContract(viewer, contract) || !contract.assessment) {
      res.status(404).type("text/plain").send("Geen eindbeoordeling gevonden.");
      return;
    }
    const letter = assessmentLetterText({ ...contract, assessment: contract.assessment });
    const doc = new PDFDocument({
      size: "A4",
      margin: 56,
      info: { Title: `Eindbeoordeling social return ${contract.reference}` },
    });
    res.type("application/pdf");
    res.setHeader(
      "Content-Disposition",
      `attachment; filename="eindbeoordeling-${contract.reference}.pdf"`,
    );
    doc.pipe(res);
    doc.fontSize(11);
    for (const line of letter.sender) doc.text(line);
    doc.moveDown();
    for (const line of letter.recipient) doc.text(line);
    doc.moveDown().text(letter.date).moveDown();
    doc.fontSize(14).text(letter.subject).moveDown(0.5);
    doc.fontSize(11);
    for (const paragraph of letter.paragraphs) doc.text(paragraph).moveDown();
    doc.end();
  };
}
