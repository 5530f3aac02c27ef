// Documents on a gemeente's public page: POST /gemeente-documenten?gemeente=GM0307&titel=…&datum=
// yyyy-mm-dd&bestandsnaam=… with the PDF as the request body, GET /gemeente-documenten/:id for
// anyone. Checked and stored as evidence is (services/evidence.ts: size, first bytes, content
// hash, the same store), but only PDF: a page's documents are for reading and printing.
import type { PrismaClient } from "@prisma/client";
import { isIsoDate } from "@sroi/domain";
import express from "express";
import { canManagePolicy } from "./auth/viewer.js";
import { storageStatus, tooLarge, uploadedBytes, viewerOf } from "./evidence-routes.js";
import { logger } from "./logging.js";
import { EVIDENCE_CONTENT_SECURITY_POLICY } from "./security-headers.js";
import {
  EvidenceIntegrityError,
  EvidenceStorageError,
  type EvidenceStore,
  MAX_EVIDENCE_BYTES,
  sniffEvidenceType,
} from "./services/evidence.js";
import { addPageDocument, DOCUMENT_TITLE_LIMIT } from "./services/municipality-pages.js";

export function municipalityDocumentRouter(
  prisma: PrismaClient,
  store: EvidenceStore,
): express.Router {
  const router = express.Router();
  router.post(
    "/",
    express.raw({ type: () => true, limit: MAX_EVIDENCE_BYTES }),
    async (req: express.Request, res: express.Response) => {
      const viewer = await viewerOf(prisma, req);
      const code = String(req.query.gemeente ?? "");
      const municipality = code
        ? await prisma.municipality.findUnique({ where: { code }, select: { id: true } })
        : null;
      if (!viewer || !municipality || !canManagePolicy(viewer, municipality.id)) {
        res
          .status(403)
          .json({ message: "U kunt geen documenten op de pagina van deze gemeente zetten." });
        return;
      }
      const title = String(req.query.titel ?? "").trim();
      const documentDate = String(req.query.datum ?? "");
      if (title === "" || title.length > DOCUMENT_TITLE_LIMIT) {
        res.status(400).json({
          message: `Geef het document een titel van hoogstens ${DOCUMENT_TITLE_LIMIT} tekens.`,
        });
        return;
      }
      if (!isIsoDate(documentDate)) {
        res.status(400).json({ message: "Geef de datum van het document, zoals 2024-01-31." });
        return;
      }
      const bytes = await uploadedBytes(prisma, viewer.userId, req, res);
      if (!bytes) return;
      if (sniffEvidenceType(bytes) !== "application/pdf") {
        res.status(415).json({ message: "Alleen PDF-bestanden kunnen op de pagina." });
        return;
      }
      const fileName =
        String(req.query.bestandsnaam ?? "")
          .trim()
          .slice(0, 200) || "document.pdf";
      try {
        const document = await addPageDocument(prisma, store, viewer, {
          municipalityId: municipality.id,
          title,
          documentDate,
          fileName,
          bytes,
        });
        res.status(201).json({ id: document.id, title, fileName, size: document.size });
      } catch (error) {
        if (!(error instanceof EvidenceStorageError)) throw error;
        logger().error({ municipalityId: municipality.id, err: error }, "page document not stored");
        res.status(storageStatus(error)).json({
          message:
            "Het bestand kon nu niet worden opgeslagen, omdat de opslag niet bereikbaar is. Probeer het later opnieuw.",
        });
      }
    },
  );
  router.use(tooLarge);
  router.get("/:id", async (req, res) => {
    const document = await prisma.municipalityDocument.findUnique({ where: { id: req.params.id } });
    if (!document) {
      res.status(404).type("text/plain").send("Geen document gevonden.");
      return;
    }
    let bytes: Buffer;
    try {
      bytes = await store.get(document.storageKey, document.sha256);
    } catch (error) {
      if (error instanceof EvidenceIntegrityError || error instanceof EvidenceStorageError) {
        logger().error(
          { municipalityDocumentId: document.id, err: error },
          "page document not served",
        );
        res
          .status(error instanceof EvidenceStorageError ? storageStatus(error) : 500)
          .type("text/plain")
          .send("Dit document kan nu niet worden getoond. Probeer het later opnieuw.");
        return;
      }
      throw error;
    }
    res.setHeader(
      "Content-Disposition",
      `inline; filename="${encodeURIComponent(document.fileName)}"`,
    );
    res.setHeader("Content-Security-Policy", EVIDENCE_CONTENT_SECURITY_POLICY);
    res.setHeader("X-Frame-Options", "SAMEORIGIN");
    res.type("application/pdf").send(bytes);
  });
  return router;
}
