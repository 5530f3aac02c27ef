// Uploading and downloading evidence: POST /bewijs?contractId=…&bestandsnaam=… with the file as
// the request body, GET /bewijs/:id. Plain HTTP because a file is not GraphQL's strength; the
// session and the same contract rules apply. Storage trouble is logged in English for the operator
// and answered in Dutch for the person; a file is stored before its row is written, so a failed
// upload leaves no row pointing at nothing.
import type { PrismaClient } from "@prisma/client";
import express from "express";
import { RATE_LIMITS, rateLimited, waitPhrase } from "./auth/throttle.js";
import { actsForContractor, canReadContract, viewerForRequest } from "./auth/viewer.js";
import { logger } from "./logging.js";
import { EVIDENCE_CONTENT_SECURITY_POLICY } from "./security-headers.js";
import {
  addEvidence,
  EvidenceIntegrityError,
  EvidenceRefusedError,
  EvidenceStorageError,
  type EvidenceStore,
  evidenceRefusal,
  MAX_EVIDENCE_BYTES,
  sniffEvidenceType,
} from "./services/evidence.js";

export async function viewerOf(prisma: PrismaClient, req: express.Request) {
  return viewerForRequest(prisma, req);
}

/** 503 when the storage cannot be reached, 502 when it answered with an error. */
export const storageStatus = (error: EvidenceStorageError) => (error.reachable ? 502 : 503);

/**
 * The uploaded file's bytes, once the person's upload rate allows it and the file is not empty;
 * null when the answer (429 or 400, in Dutch) has been sent. For every upload route.
 */
export async function uploadedBytes(
  prisma: PrismaClient,
  userId: string,
  req: express.Request,
  res: express.Response,
): Promise<Buffer | null> {
  const wait = await rateLimited(prisma, RATE_LIMITS.uploadsPerUser(userId));
  if (wait > 0) {
    res.setHeader("Retry-After", String(wait));
    res.status(429).json({
      message: `U heeft veel bestanden kort na elkaar toegevoegd. Probeer het ${waitPhrase(wait)} opnieuw.`,
    });
    return null;
  }
  const bytes: Buffer = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
  if (bytes.length === 0) {
    res.status(400).json({ message: "Het bestand is leeg." });
    return null;
  }
  return bytes;
}

// express.raw refuses an oversize body before the handler runs: answer that in Dutch too.
export const tooLarge: express.ErrorRequestHandler = (
  error: { type?: string },
  _req,
  res,
  next,
) => {
  if (error?.type === "entity.too.large") {
    res.status(413).json({
      message: `Het bestand is te groot; het maximum is ${MAX_EVIDENCE_BYTES / 1024 / 1024} MB.`,
    });
    return;
  }
  next(error);
};

export function evidenceRouter(prisma: PrismaClient, store: EvidenceStore): express.Router {
  const router = express.Router();
  router.post(
    "/",
    express.raw({ type: () => true, limit: MAX_EVIDENCE_BYTES }),
    async (req: express.Request, res: express.Response) => {
      const viewer = await viewerOf(prisma, req);
      const contractId = String(req.query.contractId ?? "");
      const fileName =
        String(req.query.bestandsnaam ?? "")
          .trim()
          .slice(0, 200) || "bijlage";
      const contract = contractId
        ? await prisma.contract.findUnique({ where: { id: contractId } })
        : null;
      if (!viewer || !contract || !actsForContractor(viewer, contract)) {
        res.status(403).json({ message: "U kunt geen bewijs toevoegen aan deze opdracht." });
        return;
      }
      const bytes = await uploadedBytes(prisma, viewer.userId, req, res);
      if (!bytes) return;
      const mimeType = sniffEvidenceType(bytes);
      if (!mimeType) {
        res
          .status(415)
          .json({ message: "Alleen PDF-, PNG- of JPEG-bestanden zijn toegestaan als bewijs." });
        return;
      }
      const refusal = await evidenceRefusal(prisma, contract, bytes.length);
      if (refusal) {
        res.status(409).json({ message: refusal });
        return;
      }
      let file: Awaited<ReturnType<typeof addEvidence>>;
      try {
        file = await addEvidence(prisma, store, viewer, { contractId, fileName, mimeType, bytes });
      } catch (error) {
        if (error instanceof EvidenceRefusedError) {
          res.status(409).json({ message: error.message });
          return;
        }
        if (!(error instanceof EvidenceStorageError)) throw error;
        logger().error({ contractId, err: error }, "evidence upload not stored");
        res.status(storageStatus(error)).json({
          message:
            "Het bestand kon nu niet worden opgeslagen, omdat de opslag voor bewijsstukken niet bereikbaar is. Probeer het later opnieuw.",
        });
        return;
      }
      res
        .status(201)
        .json({ id: file.id, fileName, mimeType, size: file.size, sha256: file.sha256 });
    },
  );
  router.use(tooLarge);
  router.get("/:id", async (req, res) => {
    const viewer = await viewerOf(prisma, req);
    const file = await prisma.evidenceFile.findUnique({
      where: { id: req.params.id },
      include: { contract: true },
    });
    if (!file || !canReadContract(viewer, file.contract)) {
      res.status(404).type("text/plain").send("Geen bestand gevonden.");
      return;
    }
    let bytes: Buffer;
    try {
      bytes = await store.get(file.storageKey, file.sha256);
    } catch (error) {
      if (error instanceof EvidenceIntegrityError) {
        logger().error({ evidenceFileId: file.id, err: error }, "evidence file refused");
        // A download link opens in the browser: plain text, like the 404 above.
        res
          .status(500)
          .type("text/plain")
          .send(
            "Dit bestand wordt niet getoond: het is in de opslag gewijzigd of beschadigd sinds het werd toegevoegd. Meld dit bij de beheerder van het platform.",
          );
        return;
      }
      if (error instanceof EvidenceStorageError) {
        logger().error({ evidenceFileId: file.id, err: error }, "evidence file not read");
        res
          .status(storageStatus(error))
          .type("text/plain")
          .send(
            "Het bestand kan nu niet worden opgehaald, omdat de opslag voor bewijsstukken niet bereikbaar is. Probeer het later opnieuw.",
          );
        return;
      }
      throw error;
    }
    // Shown in the browser only when the bytes themselves are a PDF, PNG or JPEG (sniffed now,
    // not the type stored or the name given); anything else is a download of unknown type.
    const safeType = sniffEvidenceType(bytes);
    res.setHeader(
      "Content-Disposition",
      `${safeType ? "inline" : "attachment"}; filename="${encodeURIComponent(file.fileName)}"`,
    );
    res.setHeader("Content-Security-Policy", EVIDENCE_CONTENT_SECURITY_POLICY);
    res.setHeader("X-Frame-Options", "SAMEORIGIN");
    res.type(safeType ?? "application/octet-stream").send(bytes);
  });
  return router;
}
