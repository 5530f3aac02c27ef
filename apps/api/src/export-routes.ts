// Catalogue downloads: GET /export/catalogi/<key>.json|.csv|.xlsx. Published versions are public
// (bidders read them); a draft only for someone who may manage its region.
import type { PrismaClient } from "@prisma/client";
import { toBlockDefinition, toBonusDefinition } from "@sroi/db";
import { catalogueToRows, rowsToCsv, SHEET_COLUMNS, sheetCells } from "@sroi/domain";
import ExcelJS from "exceljs";
import type express from "express";
import { viewerForRequest } from "./auth/viewer.js";
import { canSeeCatalogueVersion } from "./auth/visibility.js";
import { toExchangeFile } from "./services/catalogue-files.js";

export function catalogueExportRoute(prisma: PrismaClient): express.RequestHandler {
  return async (req, res) => {
    const match = /^([a-z0-9-]+)\.(json|csv|xlsx)$/.exec(String(req.params.file ?? ""));
    if (!match) {
      res
        .status(404)
        .type("text/plain")
        .send("Onbekend bestand. Gebruik <sleutel>.json, .csv of .xlsx.");
      return;
    }
    const [, key = "", extension] = match;
    const version = await prisma.catalogueVersion.findUnique({
      where: { key },
      include: { region: true, blocks: true, bonuses: true },
    });
    if (version && version.status === "DRAFT") {
      const viewer = await viewerForRequest(prisma, req);
      if (!canSeeCatalogueVersion(viewer, version)) {
        res.status(404).type("text/plain").send("Geen bouwblokkenmodel met deze sleutel.");
        return;
      }
    }
    if (!version) {
      res.status(404).type("text/plain").send("Geen bouwblokkenmodel met deze sleutel.");
      return;
    }
    const file = toExchangeFile(version);
    res.setHeader("Content-Disposition", `attachment; filename="${key}.${extension}"`);
    if (extension === "json") {
      res.type("application/json").send(`${JSON.stringify(file, null, 2)}\n`);
      return;
    }
    const byPosition = <T extends { position: number }>(items: T[]) =>
      [...items].sort((a, b) => a.position - b.position);
    const rows = catalogueToRows({
      blocks: byPosition(version.blocks).map(toBlockDefinition),
      bonuses: byPosition(version.bonuses).map(toBonusDefinition),
      conceptNote: version.conceptNote,
    });
    if (extension === "csv") {
      // A byte-order mark so Excel reads the accents (ë, é) as UTF-8.
      res.type("text/csv; charset=utf-8").send(`\uFEFF${rowsToCsv(rows)}\r\n`);
      return;
    }
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Bouwblokken");
    sheet.addRow([...SHEET_COLUMNS]);
    for (const row of rows) sheet.addRow(sheetCells(row));
    sheet.getRow(1).font = { bold: true };
    res.type("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    res.send(Buffer.from(await workbook.xlsx.writeBuffer()));
  };
}
