// Uploading and downloading evidence: POST /bewijs?contractId=…&bestandsnaam=… with the file as
// the request body, GET /bewijs/:id. Plain HTTP because a file is not GraphQL's strength; the
// session and the same contract rules apply.
import type { PrismaClient } from "@prisma/client";
import express from "express";
import { findSession } from "./auth/sessions.js";
import { actsForContractor, canReadContract, loadViewer } from "./auth/viewer.js";
import { audit } from "./services/audit.js";
import {
  type FileEvidenceStore,
  MAX_EVIDENCE_BYTES,
  sniffEvidenceType,
} from "./services/evidence.js";

async function viewerOf(prisma: PrismaClient, req: express.Request) {
  const session = await findSession(prisma, req);
  return session ? loadViewer(prisma, session.userId, session.id) : null;
}

export function evidenceRouter(prisma: PrismaClient, store: FileEvidenceStore): express.Router {
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
      const bytes: Buffer = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
      if (bytes.length === 0) {
        res.status(400).json({ message: "Het bestand is leeg." });
        return;
      }
      const mimeType = sniffEvidenceType(bytes);
      if (!mimeType) {
        res
          .status(415)
          .json({ message: "Alleen PDF-, PNG- of JPEG-bestanden zijn toegestaan als bewijs." });
        return;
      }
      const { storageKey, sha256 } = await store.put(bytes);
      const file = await prisma.$transaction(async (tx) => {
        const created = await tx.evidenceFile.create({
          data: {
            contractId,
            fileName,
            mimeType,
            size: bytes.length,
            sha256,
            storageKey,
            uploadedById: viewer.userId,
          },
        });
        await audit(tx, viewer, {
          action: "evidence.upload",
          entityType: "EvidenceFile",
          entityId: created.id,
          contractId,
          after: { fileName, mimeType, size: bytes.length, sha256 },
        });
        return created;
      });
      res.status(201).json({ id: file.id, fileName, mimeType, size: file.size, sha256 });
    },
  );
  // express.raw refuses an oversize body before the handler runs: answer that in Dutch too.
  const tooLarge: express.ErrorRequestHandler = (error: { type?: string }, _req, res, next) => {
    if (error?.type === "entity.too.large") {
      res.status(413).json({
        message: `Het bestand is te groot; het maximum is ${MAX_EVIDENCE_BYTES / 1024 / 1024} MB.`,
      });
      return;
    }
    next(error);
  };
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
    res.setHeader(
      "Content-Disposition",
      `attachment; filename="${encodeURIComponent(file.fileName)}"`,
    );
    res.type(file.mimeType).send(await store.get(file.storageKey));
  });
  return router;
}
