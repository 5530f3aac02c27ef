// A catalogue version as a file: the exchange format (JSON) it is exported in, and reading an
// uploaded JSON, CSV or XLSX file back into a catalogue. Nothing here touches the database; an
// import becomes a draft in catalogue-drafts.ts.
import type { Block, Bonus, CatalogueVersion, Region } from "@prisma/client";
import { toBlockDefinition, toBonusDefinition, toIsoDate } from "@sroi/db";
import {
  type CatalogueFile,
  type CatalogueFileProblem,
  catalogueFromCsv,
  catalogueFromRows,
  parseCatalogueFile,
  SHEET_COLUMNS,
  type SheetMetadata,
  type SheetRow,
} from "@sroi/domain";
import ExcelJS from "exceljs";
import { cellText } from "./spreadsheet-cells.js";

export type VersionWithItems = CatalogueVersion & {
  region: Region;
  blocks: Block[];
  bonuses: Bonus[];
};

/** The version in the exchange format ("sroi-catalogue/1"; packages/domain/src/catalogue-file.ts reads it). */
export function toExchangeFile(version: VersionWithItems) {
  const blocks = [...version.blocks].sort((a, b) => a.position - b.position).map(toBlockDefinition);
  const bonuses = [...version.bonuses]
    .sort((a, b) => a.position - b.position)
    .map(toBonusDefinition);
  return {
    format: "sroi-catalogue/1",
    region: version.region.name,
    regionCode: version.region.code,
    name: version.name,
    validFrom: version.validFrom ? toIsoDate(version.validFrom) : null,
    source: version.source,
    retrieved: version.retrieved ? toIsoDate(version.retrieved) : null,
    basisHours: Number(version.basisHours.toString()),
    complete: version.complete,
    ...(version.countingNote ? { countingNote: version.countingNote } : {}),
    blocks: blocks.map((b) => ({
      code: b.code,
      name: b.name,
      category: b.category,
      kind: b.kind,
      ...(b.amount !== null ? { amount: b.amount } : {}),
      ...(b.share !== null ? { share: b.share } : {}),
      maxMonths: b.maxMonths,
      ...(b.minHoursPerWeek !== null ? { minHoursPerWeek: Number(b.minHoursPerWeek) } : {}),
      ...(b.note ? { note: b.note } : {}),
    })),
    bonuses,
  };
}

export type CatalogueFileFormat = "JSON" | "CSV" | "XLSX";

async function xlsxRows(
  base64: string,
): Promise<{ rows: SheetRow[]; lines: number[] } | CatalogueFileProblem[]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(base64, "base64") as unknown as ArrayBuffer);
  } catch {
    return [{ path: "(bestand)", message: "dit is geen leesbaar Excel-bestand (.xlsx)" }];
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return [{ path: "(bestand)", message: "het bestand heeft geen werkblad" }];
  const header = (sheet.getRow(1).values as unknown[]).map((v) =>
    String(v ?? "")
      .trim()
      .toLowerCase()
      .replace(/\s+/g, "_"),
  );
  const missing = SHEET_COLUMNS.filter((c) => c !== "toelichting" && !header.includes(c));
  if (missing.length)
    return [{ path: "regel 1", message: `kolommen ontbreken: ${missing.join(", ")}` }];
  const rows: SheetRow[] = [];
  const lines: number[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, number) => {
    if (number === 1) return;
    const values = row.values as unknown[];
    const record: SheetRow = {};
    header.forEach((column, index) => {
      if ((SHEET_COLUMNS as readonly string[]).includes(column)) {
        record[column as keyof SheetRow] = cellText(values[index]);
      }
    });
    rows.push(record);
    lines.push(number);
  });
  return { rows, lines };
}

export async function parseCatalogueUpload(
  format: CatalogueFileFormat,
  content: string,
  meta: SheetMetadata,
): Promise<
  | { ok: true; catalogue: CatalogueFile; conceptNote?: string | null }
  | { ok: false; problems: CatalogueFileProblem[] }
> {
  if (format === "JSON") {
    let json: unknown;
    try {
      json = JSON.parse(content);
    } catch (error) {
      return {
        ok: false,
        problems: [
          { path: "(bestand)", message: `geen geldige JSON: ${(error as Error).message}` },
        ],
      };
    }
    return parseCatalogueFile(json);
  }
  if (format === "CSV") return catalogueFromCsv(content, meta);
  const sheet = await xlsxRows(content);
  if (Array.isArray(sheet)) return { ok: false, problems: sheet };
  return catalogueFromRows(sheet.rows, meta, (i) => sheet.lines[i] ?? i + 2);
}
