// Reading a catalogue file the person picked, as the import mutation wants it: the text of a JSON or
// CSV file, base64 of an XLSX workbook. And the spreadsheet template, built here from the columns.
import { SHEET_COLUMNS } from "@sroi/domain";

export type CatalogueFileFormat = "JSON" | "CSV" | "XLSX";

export const FORMAT_LABELS: Record<CatalogueFileFormat, string> = {
  JSON: "uitwisselformaat (JSON)",
  CSV: "spreadsheet (CSV)",
  XLSX: "Excel-werkmap (XLSX)",
};

export function formatOfFile(fileName: string): CatalogueFileFormat | null {
  const extension = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  if (extension === "json") return "JSON";
  if (extension === "csv" || extension === "txt") return "CSV";
  if (extension === "xlsx") return "XLSX";
  return null;
}

export async function readCatalogueFile(file: File, format: CatalogueFileFormat): Promise<string> {
  if (format !== "XLSX") return file.text();
  return toBase64(new Uint8Array(await file.arrayBuffer()));
}

function toBase64(bytes: Uint8Array): string {
  // In slices: String.fromCharCode with a whole workbook as arguments overflows the stack.
  let binary = "";
  const slice = 0x8000;
  for (let start = 0; start < bytes.length; start += slice) {
    binary += String.fromCharCode(...bytes.subarray(start, start + slice));
  }
  return btoa(binary);
}

/** The name in a JSON exchange file, to suggest as the version's name; null when there is none. */
export function nameInJsonFile(text: string): string | null {
  try {
    const parsed: unknown = JSON.parse(text);
    if (parsed && typeof parsed === "object" && "name" in parsed) {
      const name = (parsed as { name: unknown }).name;
      return typeof name === "string" && name.trim() ? name.trim() : null;
    }
  } catch {
    // Not JSON: the import reports it.
  }
  return null;
}

/** A CSV file with only the header row; with a BOM so Excel reads the file as UTF-8. */
export const SHEET_TEMPLATE_URL = `data:text/csv;charset=utf-8,${encodeURIComponent(`\uFEFF${SHEET_COLUMNS.join(",")}\r\n`)}`;

export interface ReportRow {
  line: string;
  column: string | null;
  message: string;
}

/** "regel 3, bedrag" → line 3, column bedrag; a JSON path stays whole. */
export function reportRow(problem: { path: string; message: string }): ReportRow {
  const match = /^regel (\d+)(?:,\s*(.+))?$/i.exec(problem.path.trim());
  if (!match?.[1]) return { line: problem.path, column: null, message: problem.message };
  return { line: match[1], column: match[2] ?? null, message: problem.message };
}
