// Importing realisations from the spreadsheet contractors keep today (CSV or XLSX, from a template
// to download). Every row is checked and valued like a form entry; the report lists each problem
// by line; nothing is imported when any row is wrong. Numbers and dates are read as the form reads
// them, also as Dutch Excel saves them ("1.234,56", "01-07-2026"; docs/domain.md, "Getallen en
// bedragen invoeren").
import type { PrismaClient } from "@prisma/client";
import {
  BIRTH_DATE_RANGE,
  type DutchNumberField,
  EMPLOYEES_NUMBER_FIELD,
  REALISATION_TEMPLATE_COLUMNS,
  REALISATION_TEMPLATE_FORMATS,
  type RealisationTemplateColumn,
  readDutchDate,
  readDutchNumber,
  VALUATION_NUMBER_FIELDS,
} from "@sroi/domain";
import ExcelJS from "exceljs";
import Papa from "papaparse";
import type { Viewer } from "../auth/viewer.js";
import { ImportError, NotAllowedError, refuseWith, ValidationError } from "../errors.js";
import { audit } from "./audit.js";
import {
  mailSubmittedRealisations,
  type RealisationFields,
  realisationColumns,
  realisationMatchColumns,
  realisationSnapshot,
  reportRefusal,
  validateRealisationFields,
  valueRealisation,
} from "./realisations.js";
import { cellText } from "./spreadsheet-cells.js";

export const REALISATION_COLUMNS = REALISATION_TEMPLATE_COLUMNS.map((column) => column.name);
type Column = RealisationTemplateColumn;
type Row = Partial<Record<Column, string>>;

const FIELD_TO_COLUMN: Record<string, Column> = {
  blockCode: "bouwblok",
  personRef: "kenmerk_persoon",
  personName: "naam_persoon",
  personBirthDate: "geboortedatum",
  targetGroup: "doelgroep",
  homeMunicipalityCode: "woongemeente",
  hoursPerWeek: "uren_per_week",
  startDate: "begindatum",
  endDate: "einddatum",
  hours: "uren",
  days: "dagen",
  count: "aantal",
  employees: "medewerkers",
  amountExclVat: "bedrag_excl_btw",
  bonusCodes: "toeslagen",
  supplierName: "leverancier",
  supplierKvk: "kvk_leverancier",
  invoiceNumber: "factuurnummer",
  invoiceDate: "factuurdatum",
  description: "omschrijving",
};

// The example row: a placement written as Dutch Excel shows it, dates day first.
const TEMPLATE_EXAMPLE: Row = {
  bouwblok: "PW",
  kenmerk_persoon: "K-001",
  doelgroep: "Participatiewet",
  woongemeente: "GM0307",
  uren_per_week: "32",
  begindatum: "01-01-2026",
  einddatum: "30-06-2026",
};

export function realisationTemplateCsv(): string {
  return `\uFEFF${Papa.unparse({ fields: [...REALISATION_COLUMNS], data: [REALISATION_COLUMNS.map((c) => TEMPLATE_EXAMPLE[c] ?? "")] })}\r\n`;
}

/**
 * The same template as an Excel workbook: the first sheet is the one the import reads (columns and
 * the example row, dates as real dates shown dd-mm-jjjj), the second explains every column.
 */
export async function realisationTemplateXlsx(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Verantwoording");
  sheet.addRow([...REALISATION_COLUMNS]);
  sheet.getRow(1).font = { bold: true };
  sheet.addRow(
    REALISATION_COLUMNS.map((column) => {
      const typed = TEMPLATE_EXAMPLE[column] ?? "";
      const date = readDutchDate(typed);
      if (date.ok) return new Date(`${date.value}T00:00:00Z`);
      const number = /^\d+$/.test(typed) ? Number(typed) : null;
      return number ?? typed;
    }),
  );
  REALISATION_COLUMNS.forEach((column, index) => {
    const sheetColumn = sheet.getColumn(index + 1);
    sheetColumn.width = Math.max(column.length + 2, 14);
    if (column in DATE_COLUMNS) sheetColumn.numFmt = "dd-mm-yyyy";
  });
  const help = workbook.addWorksheet("Toelichting");
  help.addRow(["Kolom", "Wat u invult"]).font = { bold: true };
  for (const column of REALISATION_TEMPLATE_COLUMNS) help.addRow([column.name, column.meaning]);
  help.addRow([]);
  help.addRow(["Schrijfwijze", REALISATION_TEMPLATE_FORMATS]);
  help.addRow([
    "Importeren",
    "Alleen het eerste werkblad wordt gelezen. Eén regel per verantwoording; vervang de voorbeeldregel door uw eigen regels.",
  ]);
  help.getColumn(1).width = 18;
  help.getColumn(2).width = 100;
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const normaliseHeader = (header: string) => header.trim().toLowerCase().replace(/\s+/g, "_");

async function readRows(
  format: "CSV" | "XLSX",
  content: string,
): Promise<{ rows: Row[]; lines: number[] } | ImportError> {
  if (format === "CSV") {
    const parsed = Papa.parse<Record<string, string>>(content.replace(/^\uFEFF/, ""), {
      header: true,
      skipEmptyLines: "greedy",
      transformHeader: normaliseHeader,
    });
    const missing = ["bouwblok"].filter((c) => !parsed.meta.fields?.includes(c));
    if (missing.length)
      return new ImportError([
        { path: "regel 1", message: `De kolom ${missing.join(", ")} ontbreekt.` },
      ]);
    return { rows: parsed.data as Row[], lines: parsed.data.map((_, i) => i + 2) };
  }
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(content, "base64") as unknown as ArrayBuffer);
  } catch {
    return new ImportError([
      { path: "(bestand)", message: "Dit is geen leesbaar Excel-bestand (.xlsx)." },
    ]);
  }
  const sheet = workbook.worksheets[0];
  if (!sheet)
    return new ImportError([{ path: "(bestand)", message: "Het bestand heeft geen werkblad." }]);
  const header = (sheet.getRow(1).values as unknown[]).map((v) => normaliseHeader(String(v ?? "")));
  if (!header.includes("bouwblok"))
    return new ImportError([{ path: "regel 1", message: "De kolom bouwblok ontbreekt." }]);
  const rows: Row[] = [];
  const lines: number[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, number) => {
    if (number === 1) return;
    const values = row.values as unknown[];
    const record: Row = {};
    header.forEach((column, index) => {
      if (!(REALISATION_COLUMNS as readonly string[]).includes(column)) return;
      record[column as Column] = cellText(values[index]);
    });
    rows.push(record);
    lines.push(number);
  });
  return { rows, lines };
}

/** The number columns, read as the realisation form reads them ("1.234,56", "12,5", "€ 250"). */
const NUMBER_COLUMNS = {
  uren_per_week: ["hoursPerWeek", VALUATION_NUMBER_FIELDS.hoursPerWeek],
  uren: ["hours", VALUATION_NUMBER_FIELDS.hours],
  dagen: ["days", VALUATION_NUMBER_FIELDS.days],
  aantal: ["count", VALUATION_NUMBER_FIELDS.count],
  bedrag_excl_btw: ["amountExclVat", VALUATION_NUMBER_FIELDS.amountExclVat],
} as const satisfies Partial<Record<Column, readonly [keyof RealisationFields, DutchNumberField]>>;

/** The date columns: "01-07-2026" as Dutch Excel saves a date, or "2026-07-01". */
const DATE_COLUMNS = {
  begindatum: ["startDate", "de begindatum"],
  einddatum: ["endDate", "de einddatum"],
  factuurdatum: ["invoiceDate", "de factuurdatum"],
} as const satisfies Partial<Record<Column, readonly [keyof RealisationFields, string]>>;

type CellProblem = { column: Column; message: string };

/** A row as the fields of the realisation form, and the cells that could not be read. */
function toFields(row: Row): { fields: RealisationFields; problems: CellProblem[] } {
  const problems: CellProblem[] = [];
  const text = (column: Column) => row[column]?.trim() || null;
  const fields: RealisationFields = {
    blockCode: text("bouwblok")?.toUpperCase() ?? null,
    personRef: text("kenmerk_persoon"),
    personName: text("naam_persoon"),
    targetGroup: text("doelgroep"),
    homeMunicipalityCode: text("woongemeente")?.toUpperCase() ?? null,
    bonusCodes: (text("toeslagen") ?? "")
      .split(/[,;]/)
      .map((c) => c.trim().toUpperCase())
      .filter(Boolean),
    supplierName: text("leverancier"),
    supplierKvk: text("kvk_leverancier"),
    invoiceNumber: text("factuurnummer"),
    description: text("omschrijving"),
  };
  const readColumns = <As>(
    columns: Partial<Record<Column, readonly [keyof RealisationFields, As]>>,
    reader: (typed: string, as: As) => { ok: true; value: string } | { ok: false; message: string },
  ) => {
    for (const [column, [field, as]] of Object.entries(columns) as [Column, [string, As]][]) {
      const typed = text(column);
      if (typed === null) continue;
      const read = reader(typed, as);
      if (read.ok) Object.assign(fields, { [field]: read.value });
      else problems.push({ column, message: read.message });
    }
  };
  readColumns(NUMBER_COLUMNS, readDutchNumber);
  readColumns(DATE_COLUMNS, readDutchDate);
  readColumns({ geboortedatum: ["personBirthDate", "de geboortedatum"] }, (typed, label) =>
    readDutchDate(typed, label, BIRTH_DATE_RANGE),
  );
  const employees = text("medewerkers");
  if (employees !== null) {
    const read = readDutchNumber(employees, EMPLOYEES_NUMBER_FIELD);
    if (read.ok) fields.employees = Number(read.value);
    else problems.push({ column: "medewerkers", message: read.message });
  }
  return { fields, problems };
}

export async function importRealisations(
  prisma: PrismaClient,
  actor: Viewer,
  input: { contractId: string; format: "CSV" | "XLSX"; content: string },
  personMatchKey: string,
) {
  const contract = await prisma.contract.findUnique({ where: { id: input.contractId } });
  if (!contract) throw new NotAllowedError("Deze opdracht hoort niet bij uw organisatie.");
  refuseWith(reportRefusal(actor, contract));
  const read = await readRows(input.format, input.content);
  if (read instanceof ImportError) throw read;
  if (read.rows.length === 0)
    throw new ImportError([{ path: "(bestand)", message: "Het bestand bevat geen regels." }]);
  if (read.rows.length > 1000)
    throw new ImportError([{ path: "(bestand)", message: "Hoogstens 1000 regels per bestand." }]);
  return prisma.$transaction(
    async (tx) => {
      const problems: { path: string; message: string }[] = [];
      const valued = [];
      for (const [index, row] of read.rows.entries()) {
        const line = read.lines[index] ?? index + 2;
        const { fields, problems: unread } = toFields(row);
        const where = (field: string) => `regel ${line}, ${FIELD_TO_COLUMN[field] ?? field}`;
        if (!fields.blockCode) {
          problems.push({
            path: `regel ${line}, bouwblok`,
            message: "Vul de code van het bouwblok in.",
          });
          continue;
        }
        if (unread.length) {
          problems.push(
            ...unread.map((p) => ({ path: `regel ${line}, ${p.column}`, message: p.message })),
          );
          continue;
        }
        const issues = validateRealisationFields(fields);
        if (issues.length) {
          problems.push(
            ...issues.map((issue) => ({ path: where(issue.field), message: issue.message })),
          );
          continue;
        }
        try {
          valued.push({ fields, value: await valueRealisation(tx, contract.id, fields) });
        } catch (error) {
          if (!(error instanceof ValidationError)) throw error;
          problems.push(
            ...error.issues.map((issue) => ({ path: where(issue.field), message: issue.message })),
          );
        }
      }
      if (problems.length) throw new ImportError(problems);
      const created = [];
      for (const { fields, value } of valued) {
        const realisation = await tx.realisation.create({
          data: {
            ...realisationColumns(fields),
            ...realisationMatchColumns(personMatchKey, fields),
            ...value,
            contractId: contract.id,
            submittedById: actor.userId,
          },
        });
        created.push(realisation);
      }
      await audit(tx, actor, {
        action: "realisation.import",
        entityType: "Contract",
        entityId: contract.id,
        contractId: contract.id,
        after: {
          format: input.format,
          rows: created.length,
          realisations: created.map(realisationSnapshot),
        },
      });
      await mailSubmittedRealisations(tx, actor, contract, created.length);
      return created;
    },
    { timeout: 60_000 },
  );
}
