// How a plan van aanpak reads, the same for the contractor and the WSP: its status, its lines with
// their projected values, the figures against the obligation, its versions and what changed
// between two of them. Props are plain data. What PlanVersionDetails shows of a version is selected
// once, by the PlanVersion fragment below: both apps' codegen reads this file, so every plan page and
// mutation spreads "...PlanVersion" and the cache holds one complete version whichever page loaded it.
import {
  describePlannedInputs,
  formatEuro,
  formatPercentage,
  PLAN_LINE_CHANGE_LABELS,
  PLAN_STATUS_LABELS,
  type PlanLineChange,
  type PlanStatus,
  REPORT_FREQUENCY_LABELS,
  usesCountingPeriod,
  type ValuationKind,
} from "@sroi/domain";
import { Form } from "react-router";
import type { PlanVersionFragment } from "../gql/graphql.js";
import { graphql } from "../gql/index.js";
import {
  DataList,
  DataListItem,
  StatusBadge,
  type StatusBadgeType,
} from "../primitives/data-list.js";
import { formatDateTime } from "../primitives/date-time.js";
import { Button, FormField, Select } from "../primitives/form.js";
import { Link } from "../primitives/link.js";
import {
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "../primitives/table.js";
import { VisuallyHidden } from "../primitives/typography.js";

export const PlanVersionFields = graphql(`
  fragment PlanVersion on PlanVersion {
    id
    number
    status
    version
    reportFrequency
    total
    submittedAt
    reviewedAt
    reviewComment
    projection {
      total
      percentageCovered
      gap
    }
    lines {
      id
      blockCode
      description
      people
      hoursPerWeek
      startDate
      endDate
      hours
      days
      count
      amountExclVat
      bonusCodes
      value
    }
  }
`);

/** One version of a plan as PlanVersionDetails shows it: the fragment's answer. */
export type PlanVersionData = PlanVersionFragment;

const STATUS_BADGES: Record<PlanStatus, StatusBadgeType> = {
  DRAFT: "neutral",
  SUBMITTED: "warning",
  APPROVED: "success",
  CHANGES_REQUESTED: "danger",
};

export function PlanStatusBadge({ status }: { status: PlanStatus }) {
  return <StatusBadge type={STATUS_BADGES[status]}>{PLAN_STATUS_LABELS[status]}</StatusBadge>;
}

/** The blocks of the contract's pinned catalogue, to name the codes a plan stores. */
export interface PlanBlockName {
  code: string;
  name: string;
  kind: ValuationKind;
}

export interface PlanLineView {
  blockCode: string;
  description?: string | null;
  people: number;
  hoursPerWeek?: string | null;
  startDate?: string | null;
  endDate?: string | null;
  hours?: string | null;
  days?: string | null;
  count?: string | null;
  amountExclVat?: string | null;
  bonusCodes?: readonly string[];
  /** projected value, all people */
  value: string;
}

const blockLabel = (code: string, blocks: readonly PlanBlockName[]) =>
  blocks.find((block) => block.code === code)?.name ?? code;

/** "Participatiewet (PW)": the name to read, the code to match with the catalogue. */
function BlockName({ code, blocks }: { code: string; blocks: readonly PlanBlockName[] }) {
  return (
    <>
      {blockLabel(code, blocks)} <span className="sroi-code">({code})</span>
    </>
  );
}

/**
 * The header row of a table of plan lines, the same columns in the same places in each: what the
 * row is, the block and the inputs in words (wide: sentences keep a readable width on a phone),
 * and the value.
 */
function PlanTableHeader({
  first,
  wide,
  value,
}: {
  first: string;
  wide: readonly string[];
  value: string;
}) {
  return (
    <TableHeader>
      <TableRow>
        <TableHeaderCell scope="col">{first}</TableHeaderCell>
        {wide.map((label) => (
          <TableHeaderCell key={label} scope="col" wide>
            {label}
          </TableHeaderCell>
        ))}
        <TableHeaderCell scope="col" numeric>
          {value}
        </TableHeaderCell>
      </TableRow>
    </TableHeader>
  );
}

/** Only blocks over a period are about people; for hours or an invoice the count means nothing. */
function peopleText(line: { blockCode: string; people: number }, blocks: readonly PlanBlockName[]) {
  const block = blocks.find((candidate) => candidate.code === line.blockCode);
  if (block && !usesCountingPeriod(block.kind)) return null;
  return `${line.people} ${line.people === 1 ? "persoon" : "personen"}`;
}

/** The planned lines: block, inputs in words, people and projected value, with their total. */
export function PlanLinesTable({
  lines,
  blocks,
  total,
  caption = "Regels van het plan",
  captionHidden = false,
}: {
  lines: readonly PlanLineView[];
  blocks: readonly PlanBlockName[];
  total: string;
  caption?: string;
  captionHidden?: boolean;
}) {
  return (
    <Table caption={caption} captionHidden={captionHidden}>
      <PlanTableHeader first="Regel" wide={["Bouwblok", "Invulling"]} value="Verwachte waarde" />
      <TableBody>
        {lines.map((line, index) => {
          const people = peopleText(line, blocks);
          const inputs = describePlannedInputs(line);
          return (
            // A plan's lines have no identity across versions; their place is their name.
            // biome-ignore lint/suspicious/noArrayIndexKey: see above
            <TableRow key={index}>
              <TableHeaderCell scope="row">{index + 1}</TableHeaderCell>
              <TableCell>
                <BlockName code={line.blockCode} blocks={blocks} />
                {line.description ? (
                  <span className="sroi-cell-note">{line.description}</span>
                ) : null}
              </TableCell>
              <TableCell>{[people, inputs].filter(Boolean).join(", ") || "—"}</TableCell>
              <TableCell numeric>
                <span data-plan-line-value={line.value}>{formatEuro(line.value)}</span>
              </TableCell>
            </TableRow>
          );
        })}
        <TableRow total>
          <TableHeaderCell scope="row">Totaal</TableHeaderCell>
          <TableCell />
          <TableCell />
          <TableCell numeric>
            <span data-plan-total={total}>{formatEuro(total)}</span>
          </TableCell>
        </TableRow>
      </TableBody>
    </Table>
  );
}

export interface PlanProjectionView {
  total: string;
  /** null when the obligation is 0 */
  percentageCovered: string | null;
  gap: string;
}

/** The plan against the obligation: total, share covered and what is still missing. */
export function PlanFigures({
  obligation,
  projection,
}: {
  obligation: { kind: "PERCENTAGE" | "ACTIVITY" | "NONE"; amount: string };
  projection: PlanProjectionView;
}) {
  return (
    <DataList>
      <DataListItem label="SR-verplichting">
        {obligation.kind === "PERCENTAGE"
          ? formatEuro(obligation.amount)
          : obligation.kind === "ACTIVITY"
            ? "1 maatschappelijke activiteit"
            : "geen"}
      </DataListItem>
      <DataListItem label="Totaal van het plan">
        <span data-plan-figure="total" data-amount={projection.total}>
          {formatEuro(projection.total)}
        </span>
      </DataListItem>
      {projection.percentageCovered !== null ? (
        <DataListItem label="Gedekt">
          <span data-plan-figure="coverage" data-percentage={projection.percentageCovered}>
            {formatPercentage(projection.percentageCovered)}
          </span>
        </DataListItem>
      ) : null}
      {obligation.kind === "PERCENTAGE" ? (
        <DataListItem label="Nog in te vullen">
          <span data-plan-figure="gap" data-amount={projection.gap}>
            {formatEuro(projection.gap)}
          </span>
        </DataListItem>
      ) : null}
    </DataList>
  );
}

export interface PlanVersionView {
  id: string;
  number: number;
  status: PlanStatus;
  submittedAt: string | null;
  reviewedAt: string | null;
  reviewComment: string | null;
  total: string;
}

/**
 * One version as a whole: its facts, the figures against the obligation and its lines. The WSP's
 * comment stands out when it asks for changes: that is what the contractor has to act on.
 */
export function PlanVersionDetails({
  version,
  blocks,
  obligation,
}: {
  version: PlanVersionData;
  blocks: readonly PlanBlockName[];
  obligation: { kind: "PERCENTAGE" | "ACTIVITY" | "NONE"; amount: string };
}) {
  return (
    <div className="sroi-plan-version">
      <DataList>
        <DataListItem label="Versie">{version.number}</DataListItem>
        <DataListItem label="Status">
          <PlanStatusBadge status={version.status} />
        </DataListItem>
        <DataListItem label="Rapportage">
          {capitalise(REPORT_FREQUENCY_LABELS[version.reportFrequency])}
        </DataListItem>
        <DataListItem label="Ingediend">
          {version.submittedAt ? formatDateTime(version.submittedAt) : "nog niet"}
        </DataListItem>
        {version.reviewedAt ? (
          <DataListItem label="Beoordeeld">{formatDateTime(version.reviewedAt)}</DataListItem>
        ) : null}
        {version.reviewComment ? (
          <DataListItem label="Opmerking bij de beoordeling">
            <span className="sroi-preserve-lines">{version.reviewComment}</span>
          </DataListItem>
        ) : null}
      </DataList>
      <PlanFigures obligation={obligation} projection={version.projection} />
      {version.lines.length > 0 ? (
        <PlanLinesTable
          lines={version.lines}
          blocks={blocks}
          total={version.total}
          caption={`Regels van versie ${version.number}`}
        />
      ) : (
        <p className="utrecht-paragraph">Deze versie heeft nog geen regels.</p>
      )}
    </div>
  );
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** Every version, newest first, each linking to its own page. */
export function PlanVersionsTable({
  versions,
  versionPath,
  caption = "Versies van het plan van aanpak",
  captionHidden = false,
}: {
  versions: readonly PlanVersionView[];
  versionPath: (version: PlanVersionView) => string;
  caption?: string;
  captionHidden?: boolean;
}) {
  return (
    <Table caption={caption} captionHidden={captionHidden}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell scope="col">Versie</TableHeaderCell>
          <TableHeaderCell scope="col">Status</TableHeaderCell>
          <TableHeaderCell scope="col">Ingediend</TableHeaderCell>
          <TableHeaderCell scope="col">Beoordeeld</TableHeaderCell>
          <TableHeaderCell scope="col" wide>
            Opmerking bij de beoordeling
          </TableHeaderCell>
          <TableHeaderCell scope="col" numeric>
            Totaal
          </TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {versions.map((version) => (
          <TableRow key={version.id}>
            <TableHeaderCell scope="row">
              <Link to={versionPath(version)}>Versie {version.number}</Link>
            </TableHeaderCell>
            <TableCell>
              <PlanStatusBadge status={version.status} />
            </TableCell>
            <TableCell>{version.submittedAt ? formatDateTime(version.submittedAt) : "—"}</TableCell>
            <TableCell>{version.reviewedAt ? formatDateTime(version.reviewedAt) : "—"}</TableCell>
            <TableCell>
              {version.reviewComment ? (
                <span className="sroi-preserve-lines">{version.reviewComment}</span>
              ) : (
                "—"
              )}
            </TableCell>
            <TableCell numeric>{formatEuro(version.total)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

/**
 * Choosing two versions to compare. A form that puts them in the address (?van=…&naar=…), so a
 * comparison can be bookmarked and works with Back.
 */
export function PlanCompareForm({
  versions,
  action,
  before,
  after,
}: {
  versions: readonly { id: string; number: number }[];
  /** the compare page's path */
  action: string;
  before?: string;
  after?: string;
}) {
  const newest = versions[0];
  const previous = versions[1];
  return (
    <Form method="get" action={action} className="sroi-form sroi-plan-compare-form">
      <div className="sroi-form-grid">
        <VersionSelect
          name="van"
          label="Van versie"
          versions={versions}
          defaultValue={before ?? previous?.id}
        />
        <VersionSelect
          name="naar"
          label="Naar versie"
          versions={versions}
          defaultValue={after ?? newest?.id}
        />
      </div>
      <Button type="submit" appearance="secondary-action">
        Vergelijk
      </Button>
    </Form>
  );
}

function VersionSelect({
  name,
  label,
  versions,
  defaultValue,
}: {
  /** "van" or "naar": the parameter in the address */
  name: string;
  label: string;
  versions: readonly { id: string; number: number }[];
  defaultValue: string | undefined;
}) {
  const id = `vergelijk-${name}`;
  return (
    <FormField id={id} label={label}>
      <Select id={id} name={name} defaultValue={defaultValue}>
        {versions.map((version) => (
          <option key={version.id} value={version.id}>
            Versie {version.number}
          </option>
        ))}
      </Select>
    </FormField>
  );
}

export interface PlanDifferenceView {
  blockCode: string;
  /** ADDED, REMOVED, CHANGED or UNCHANGED (the API sends it as a string) */
  status: string;
  before: { people: number; inputs: string; value: string } | null;
  after: { people: number; inputs: string; value: string } | null;
}

const CHANGE_BADGES: Record<PlanLineChange, StatusBadgeType> = {
  ADDED: "success",
  REMOVED: "danger",
  CHANGED: "warning",
  UNCHANGED: "inactive",
};

/** Line by line what changed between two versions: the inputs in words and the value before → after. */
export function PlanDifferencesTable({
  differences,
  blocks,
  caption,
  captionHidden = false,
}: {
  differences: readonly PlanDifferenceView[];
  blocks: readonly PlanBlockName[];
  caption: string;
  captionHidden?: boolean;
}) {
  const describe = (
    blockCode: string,
    side: { people: number; inputs: string } | null,
  ): string | null => {
    if (!side) return null;
    const people = peopleText({ blockCode, people: side.people }, blocks);
    return [people, side.inputs].filter(Boolean).join(", ") || "—";
  };
  return (
    <Table caption={caption} captionHidden={captionHidden}>
      <PlanTableHeader first="Wijziging" wide={["Bouwblok", "Was", "Wordt"]} value="Waarde" />
      <TableBody>
        {differences.map((difference, index) => (
          // The API's order is the reading order; lines have no identity across versions.
          // biome-ignore lint/suspicious/noArrayIndexKey: see above
          <TableRow key={index}>
            <TableCell>
              <ChangeBadge status={difference.status} />
            </TableCell>
            <TableHeaderCell scope="row">
              <BlockName code={difference.blockCode} blocks={blocks} />
            </TableHeaderCell>
            <TableCell>
              {describe(difference.blockCode, difference.before) ?? (
                <>
                  —<VisuallyHidden> (nieuwe regel)</VisuallyHidden>
                </>
              )}
            </TableCell>
            <TableCell>
              {describe(difference.blockCode, difference.after) ?? (
                <>
                  —<VisuallyHidden> (regel vervalt)</VisuallyHidden>
                </>
              )}
            </TableCell>
            <TableCell numeric>
              <ValueChange before={difference.before?.value} after={difference.after?.value} />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

function ChangeBadge({ status }: { status: string }) {
  const known = status in PLAN_LINE_CHANGE_LABELS ? (status as PlanLineChange) : null;
  return (
    <StatusBadge type={known ? CHANGE_BADGES[known] : "neutral"}>
      {known ? PLAN_LINE_CHANGE_LABELS[known] : status}
    </StatusBadge>
  );
}

function ValueChange({ before, after }: { before?: string; after?: string }) {
  if (before !== undefined && after !== undefined) {
    if (before === after) return <>{formatEuro(after)}</>;
    return (
      <span>
        {formatEuro(before)} <span aria-hidden="true">→</span>
        <VisuallyHidden> wordt </VisuallyHidden> {formatEuro(after)}
      </span>
    );
  }
  if (after !== undefined) return <>{formatEuro(after)}</>;
  if (before !== undefined)
    return (
      <>
        <del>{formatEuro(before)}</del>
        <VisuallyHidden> (vervalt)</VisuallyHidden>
      </>
    );
  return null;
}
