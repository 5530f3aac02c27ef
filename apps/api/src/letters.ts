// The assessment letter as a PDF (pdfkit: pure JavaScript, no binaries). Plain Dutch, one page,
// the figures exact to the cent as recorded.
import type { PrismaClient } from "@prisma/client";
import { toIsoDate } from "@sroi/db";
import { formatDate, formatEuro } from "@sroi/domain";
import type express from "express";
import PDFDocument from "pdfkit";
import { findSession } from "./auth/sessions.js";
import { canReadContract, loadViewer } from "./auth/viewer.js";
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

export function assessmentLetterRoute(prisma: PrismaClient): express.RequestHandler {
  return async (req, res) => {
    const session = await findSession(prisma, req);
    const viewer = session ? await loadViewer(prisma, session.userId, session.id) : null;
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
    const a = contract.assessment;
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
    doc.fontSize(11).text(`Gemeente ${contract.municipality.name}`).moveDown();
    doc
      .text(contract.contractor.name)
      .text(`KvK ${contract.contractor.kvkNumber ?? "onbekend"}`)
      .moveDown();
    doc.text(`Datum: ${formatDate(toIsoDate(a.decidedAt))}`).moveDown();
    doc.fontSize(14).text(`Eindbeoordeling social return: ${contract.reference}`).moveDown(0.5);
    doc.fontSize(11).text(contract.title).moveDown();
    doc.text(`Social return-verplichting: ${formatEuro(a.obligationAmount.toFixed(2))}`);
    doc.text(`Gerealiseerd en geaccepteerd: ${formatEuro(a.acceptedAmount.toFixed(2))}`).moveDown();
    let outcome: string = OUTCOME_TEXT[a.outcome];
    if (a.outcome === "RECOVERY_PERIOD" && a.recoveryUntil)
      outcome += ` tot en met ${formatDate(toIsoDate(a.recoveryUntil))}.`;
    if (a.outcome === "SANCTIONED" && a.sanctionAmount)
      outcome += ` van ${formatEuro(a.sanctionAmount.toFixed(2))}.`;
    doc.text(outcome);
    if (a.reason) doc.moveDown().text(`Toelichting: ${a.reason}`);
    doc
      .moveDown()
      .text(
        `Heeft u vragen over deze beoordeling? Neem dan contact op met ${contactLine(contract.municipality)}.`,
      );
    doc.end();
  };
}
