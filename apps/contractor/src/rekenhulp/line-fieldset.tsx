// One line of the rekenhulp: a block with the inputs its valuation kind needs, and its value with
// the breakdown. A fieldset per line, so a screen reader hears which line a field belongs to.
import {
  type BlockDefinition,
  describeBlockValuation,
  formatDate,
  formatEuro,
  formatNumber,
  readDutchNumber,
  VALUATION_NUMBER_FIELDS,
} from "@sroi/domain";
import {
  Button,
  CheckboxField,
  FormField,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  TextInput,
} from "@sroi/ui";
import type { ReactNode } from "react";
import type { Line } from "./use-lines";
import {
  bonusesFor,
  type Catalogue,
  fieldsFor,
  type InputField,
  type LineValuation,
} from "./valuation";

type Block = Omit<BlockDefinition, "note">;

const LABELS: Record<InputField, string> = {
  people: "Aantal personen",
  hoursPerWeek: "Uren per week",
  startDate: "Begindatum",
  endDate: "Einddatum",
  hours: "Aantal uren",
  days: "Aantal dagen",
  count: "Aantal activiteiten",
  amount: "Bedrag excl. btw",
};

export const lineFieldId = (line: Pick<Line, "id">, field: InputField | "bonusCodes") =>
  `regel-${line.id}-${field}`;

export function lineTitle(number: number, block: Pick<Block, "name"> | null, code: string) {
  return `Regel ${number}: ${block ? block.name : code}`;
}

export interface LineFieldsetProps<L extends Line> {
  number: number;
  line: L;
  valuation: LineValuation;
  catalogue: Catalogue;
  /** Messages from the server by draft field, shown where the browser's own check found none */
  errors?: Partial<Record<InputField | "bonusCodes", string>>;
  onChange: (line: L) => void;
  onRemove: () => void;
  /** More fields of the line, e.g. a plan's description, after the inputs */
  children?: ReactNode;
  /**
   * Say at an empty field that it is missing. Until the person tries to save, an empty field of a
   * line just added is not an error yet: the line only says it does not count until filled in.
   */
  revealMissing?: boolean;
}

export function LineFieldset<L extends Line>({
  number,
  line,
  valuation,
  catalogue,
  errors = {},
  onChange,
  onRemove,
  children,
  revealMissing = false,
}: LineFieldsetProps<L>) {
  const block = catalogue.blocks.find((candidate) => candidate.code === line.blockCode) ?? null;
  const title = lineTitle(number, block, line.blockCode);
  const failed = valuation.ok ? null : valuation;
  const onlyMissing = failed !== null && !revealMissing && isEmptyInput(line, failed.field);
  const error = onlyMissing ? null : failed;
  const messageFor = (field: InputField | "bonusCodes") =>
    error?.field === field ? error.message : errors[field];
  return (
    <fieldset className="sroi-line">
      <legend className="sroi-line__legend">
        {title}
        {block ? <span className="sroi-code sroi-line__code"> ({block.code})</span> : null}
      </legend>
      {block ? (
        <p className="utrecht-paragraph sroi-line__rule">
          {describeBlockValuation(block, catalogue.basisHours)}
        </p>
      ) : null}
      {block ? (
        <>
          <div className="sroi-line__fields sroi-no-print">
            {fieldsFor(block).map((field) => (
              <LineInput
                key={field}
                line={line}
                field={field}
                block={block}
                basisHours={catalogue.basisHours}
                error={messageFor(field)}
                onChange={(value) => onChange({ ...line, [field]: value })}
              />
            ))}
          </div>
          <Bonuses
            line={line}
            block={block}
            catalogue={catalogue}
            error={messageFor("bonusCodes")}
            onChange={(bonusCodes) => onChange({ ...line, bonusCodes })}
          />
          {children}
          <p className="utrecht-paragraph sroi-print-only">
            {describeInputs(line, block, catalogue)}
          </p>
        </>
      ) : null}
      <div>
        {valuation.ok ? (
          <LineBreakdown number={number} valuation={valuation} />
        ) : (
          <p className="utrecht-paragraph sroi-line__incomplete">
            {error && !isShownAtField(error.field, block) ? (
              <span className="sroi-field-error">{error.message} </span>
            ) : null}
            {onlyMissing
              ? "Deze regel telt mee zodra de velden hierboven zijn ingevuld."
              : "Deze regel telt nog niet mee."}
          </p>
        )}
      </div>
      <Button appearance="secondary-action" className="sroi-no-print" onClick={onRemove}>
        Verwijder regel
        <span className="sroi-visually-hidden">
          {" "}
          {number}: {block ? block.name : line.blockCode}
        </span>
      </Button>
    </fieldset>
  );
}

/** Whether the field a valuation failed on is one the person has not typed anything in yet. */
function isEmptyInput(line: Line, field: string): boolean {
  const value = (line as unknown as Record<string, unknown>)[field];
  return typeof value === "string" && value.trim() === "";
}

function isShownAtField(field: string, block: Block | null): boolean {
  if (!block) return false;
  return field === "bonusCodes" || (fieldsFor(block) as readonly string[]).includes(field);
}

function LineInput({
  line,
  field,
  block,
  basisHours,
  error,
  onChange,
}: {
  line: Line;
  field: InputField;
  block: Block;
  basisHours: string;
  error: string | undefined;
  onChange: (value: string) => void;
}) {
  const id = lineFieldId(line, field);
  const isDate = field === "startDate" || field === "endDate";
  return (
    <FormField
      id={id}
      label={LABELS[field]}
      description={describeField(field, block, basisHours)}
      error={error}
    >
      <TextInput
        id={id}
        type={isDate ? "date" : "text"}
        inputMode={isDate ? undefined : field === "people" ? "numeric" : "decimal"}
        autoComplete="off"
        value={line[field]}
        onChange={(event) => onChange(event.target.value)}
        width={isDate ? "sm" : "xs"}
      />
    </FormField>
  );
}

function describeField(field: InputField, block: Block, basisHours: string): string | undefined {
  switch (field) {
    case "people":
      return "Even veel uren en dezelfde periode";
    case "hoursPerWeek":
      return block.minHoursPerWeek
        ? `Minimaal ${formatNumber(block.minHoursPerWeek)}; voltijd is ${formatNumber(basisHours)}`
        : `Voltijd is ${formatNumber(basisHours)}`;
    case "amount":
      return block.kind === "INVOICE_SHARE" ? "Het factuurbedrag" : "De gemaakte kosten";
    default:
      return undefined;
  }
}

function Bonuses({
  line,
  block,
  catalogue,
  error,
  onChange,
}: {
  line: Line;
  block: Block;
  catalogue: Catalogue;
  error: string | undefined;
  onChange: (codes: string[]) => void;
}) {
  const available = bonusesFor(block, catalogue);
  // A code from an old link that this block cannot have stays visible, so it can be removed.
  const stray = line.bonusCodes.filter((code) => !available.some((bonus) => bonus.code === code));
  if (available.length === 0 && stray.length === 0) return null;
  const errorId = `${lineFieldId(line, "bonusCodes")}-fout`;
  const toggle = (code: string, checked: boolean) =>
    onChange(checked ? [...line.bonusCodes, code] : line.bonusCodes.filter((c) => c !== code));
  return (
    <fieldset
      className="sroi-line__bonuses sroi-no-print"
      aria-describedby={error ? errorId : undefined}
    >
      <legend className="sroi-line__bonuses-legend">Toeslagen (niet verplicht)</legend>
      {error ? (
        <p className="sroi-field-error" id={errorId}>
          {error}
        </p>
      ) : null}
      {available.map((bonus) => (
        <CheckboxField
          key={bonus.code}
          id={`${lineFieldId(line, "bonusCodes")}-${bonus.code}`}
          label={`${bonus.name}: ${formatEuro(bonus.amount)}${bonus.oneOff ? " eenmalig" : " per jaar, naar rato"}`}
          checked={line.bonusCodes.includes(bonus.code)}
          onChange={(event) => toggle(bonus.code, event.target.checked)}
        />
      ))}
      {stray.map((code) => (
        <CheckboxField
          key={code}
          id={`${lineFieldId(line, "bonusCodes")}-${code}`}
          label={`${code} (hoort niet bij dit bouwblok)`}
          checked
          onChange={() => toggle(code, false)}
        />
      ))}
    </fieldset>
  );
}

function LineBreakdown({
  number,
  valuation,
}: {
  number: number;
  valuation: Extract<LineValuation, { ok: true }>;
}) {
  return (
    <Table caption={`Waarde van regel ${number}`}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell scope="col">Berekening</TableHeaderCell>
          <TableHeaderCell scope="col" numeric>
            Bedrag
          </TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {valuation.lines.map((breakdown, index) => (
          // The order of the lines is their meaning; they have no identity of their own.
          // biome-ignore lint/suspicious/noArrayIndexKey: see above
          <TableRow key={index}>
            <TableCell>{breakdown.label}</TableCell>
            <TableCell numeric>{formatEuro(breakdown.amount)}</TableCell>
          </TableRow>
        ))}
        <TableRow total>
          <TableHeaderCell scope="row">Waarde regel {number}</TableHeaderCell>
          <TableCell numeric>
            <span className="sroi-line-total" data-amount={valuation.total}>
              {formatEuro(valuation.total)}
            </span>
          </TableCell>
        </TableRow>
      </TableBody>
    </Table>
  );
}

/** The inputs in words, for the printed page where the form fields are left out. */
function describeInputs(line: Line, block: Block, catalogue: Catalogue): string {
  const parts: string[] = [];
  for (const field of fieldsFor(block)) {
    const value = line[field];
    if (!value) continue;
    switch (field) {
      case "people":
        parts.push(`${value} ${value === "1" ? "persoon" : "personen"}`);
        break;
      case "hoursPerWeek":
        parts.push(`${value} uur per week`);
        break;
      case "startDate":
        parts.push(`vanaf ${safeDate(value)}`);
        break;
      case "endDate":
        parts.push(`tot en met ${safeDate(value)}`);
        break;
      case "hours":
        parts.push(`${value} uur`);
        break;
      case "days":
        parts.push(`${value} dagen`);
        break;
      case "count":
        parts.push(`${value} ${value === "1" ? "activiteit" : "activiteiten"}`);
        break;
      case "amount": {
        const amount = readDutchNumber(value, VALUATION_NUMBER_FIELDS.amountExclVat);
        parts.push(`bedrag ${amount.ok ? formatEuro(amount.value) : value} excl. btw`);
        break;
      }
    }
  }
  const bonuses = catalogue.bonuses.filter((bonus) => line.bonusCodes.includes(bonus.code));
  if (bonuses.length > 0) parts.push(`toeslagen: ${bonuses.map((bonus) => bonus.name).join(", ")}`);
  return parts.length > 0 ? `Ingevuld: ${parts.join(", ")}.` : "";
}

function safeDate(value: string): string {
  try {
    return formatDate(value);
  } catch {
    return value;
  }
}
