// How a realisation (verantwoording) reads, the same in the admin app and the portal: its status,
// what it is about, its inputs, its value with the breakdown, and its evidence files; the list on
// the contract page and the record on a realisation's own page. Both apps spread the fragments
// below (their codegen reads this file) and add what only they ask: the person's name and the
// review for staff, the correction for the contractor; each brings its own words where they differ.
import { formatDate, formatEuro, formatNumber, type RealisationStatus } from "@sroi/domain";
import type { ReactNode } from "react";
import { graphql } from "../gql/index.js";
import {
  DataList,
  DataListItem,
  StatusBadge,
  type StatusBadgeType,
} from "../primitives/data-list.js";
import { Alert, EmptyState } from "../primitives/feedback.js";
import { ExternalLink, Link } from "../primitives/link.js";
import {
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "../primitives/table.js";
import { Heading, Paragraph } from "../primitives/typography.js";

/**
 * What the Verantwoording list on the contract page reads: the block names and the counts over all
 * entries. The rows come a page at a time: each app selects `realisationConnection`
 * with ContractRealisationRow and its own fields beside it.
 */
export const ContractRealisationsFields = graphql(`
  fragment ContractRealisations on Contract {
    id
    obligation {
      catalogueVersion {
        key
        blocks {
          code
          name
        }
      }
    }
    realisationCounts {
      total
      submitted
      accepted
      rejected
    }
  }
`);

/** One row of the list on the contract page. */
export const ContractRealisationRowFields = graphql(`
  fragment ContractRealisationRow on Realisation {
    id
    blockCode
    maatwerkDescription
    personRef
    supplierName
    startDate
    endDate
    invoiceDate
    value
    status
    reviewReason
  }
`);

/** One realisation as its own page shows it: every input, the value, the evidence, the review. */
export const RealisationRecordFields = graphql(`
  fragment RealisationRecord on Realisation {
    id
    blockCode
    maatwerkDescription
    personRef
    targetGroup
    homeMunicipalityCode
    hoursPerWeek
    startDate
    endDate
    hours
    days
    count
    employees
    amountExclVat
    bonusCodes
    supplierName
    supplierKvk
    invoiceNumber
    invoiceDate
    description
    value
    valueLines {
      label
      amount
    }
    status
    reviewReason
    submittedAt
    version
    evidence {
      id
      fileName
      mimeType
      size
      url
    }
  }
`);

/** "/opdrachten/<id>/verantwoording/<id>": a realisation's own page, the same in both apps. */
export const realisationPath = (contractId: string, realisationId: string) =>
  `/opdrachten/${encodeURIComponent(contractId)}/verantwoording/${encodeURIComponent(realisationId)}`;

/** Names by code, e.g. of a catalogue's blocks or bonuses, or of the municipalities. */
export function namesByCode(
  items: readonly { code: string; name: string }[] | undefined,
): ReadonlyMap<string, string> {
  return new Map((items ?? []).map((item) => [item.code, item.name]));
}

export const REALISATION_STATUS_LABELS: Record<RealisationStatus, string> = {
  SUBMITTED: "Ingediend",
  ACCEPTED: "Geaccepteerd",
  REJECTED: "Afgewezen",
};

const STATUS_BADGES: Record<RealisationStatus, StatusBadgeType> = {
  SUBMITTED: "warning",
  ACCEPTED: "success",
  REJECTED: "danger",
};

/** The review status in words, never colour alone. */
export function RealisationStatusBadge({ status }: { status: RealisationStatus }) {
  return (
    <StatusBadge type={STATUS_BADGES[status]}>{REALISATION_STATUS_LABELS[status]}</StatusBadge>
  );
}

/** What every view of a realisation needs to say what it is about. */
export interface RealisationSubject {
  blockCode: string | null;
  maatwerkDescription: string | null;
}

/** The block names of the contract's pinned catalogue, by code. */
export type BlockNames = ReadonlyMap<string, string>;

/** "Participatiewet" or "Maatwerk: gastlessen op het vmbo"; an unknown code stays readable. */
export function realisationTitle(realisation: RealisationSubject, blockNames: BlockNames): string {
  if (realisation.blockCode === null) {
    const description = realisation.maatwerkDescription?.trim() ?? "";
    return description ? `Maatwerk: ${shorten(description, 60)}` : "Maatwerk";
  }
  return blockNames.get(realisation.blockCode) ?? `Bouwblok ${realisation.blockCode}`;
}

function shorten(text: string, length: number): string {
  const line = text.replace(/\s+/g, " ");
  return line.length <= length ? line : `${line.slice(0, length - 1).trimEnd()}…`;
}

export interface RealisationDates {
  startDate: string | null;
  endDate: string | null;
  invoiceDate: string | null;
}

/** The period, the day, or the invoice date of a realisation; "—" when it has none. */
export function realisationWhen(realisation: RealisationDates): string {
  const { startDate, endDate, invoiceDate } = realisation;
  if (startDate && endDate && startDate !== endDate)
    return `${formatDate(startDate)} t/m ${formatDate(endDate)}`;
  if (startDate) return formatDate(startDate);
  if (invoiceDate) return `factuur ${formatDate(invoiceDate)}`;
  return "—";
}

export interface RealisationRow extends RealisationSubject, RealisationDates {
  id: string;
  personRef: string | null;
  /** Only staff get the name; the portal passes null */
  personName?: string | null;
  supplierName: string | null;
  value: string;
  status: RealisationStatus;
  reviewReason: string | null;
  /** other entries that count the same person's days or invoice, when the app asks for them */
  doubleCounts?: readonly unknown[];
}

/** Maatwerk has no value until the reviewer sets one when accepting it. */
function valueText(row: Pick<RealisationRow, "blockCode" | "status" | "value">): string {
  if (row.blockCode === null && row.status !== "ACCEPTED") return "vastgesteld bij acceptatie";
  return formatEuro(row.value);
}

/** Every realisation of a contract, newest first, each linking to its own page. */
export function RealisationTable({
  rows,
  blockNames,
  linkTo,
  caption,
  showPersonName = false,
}: {
  rows: readonly RealisationRow[];
  blockNames: BlockNames;
  /** the app's path of a realisation's page */
  linkTo: (id: string) => string;
  caption: ReactNode;
  showPersonName?: boolean;
}) {
  return (
    <Table caption={caption} stackOnPhone>
      <TableHeader>
        <TableRow>
          <TableHeaderCell scope="col" wide>
            Wat
          </TableHeaderCell>
          <TableHeaderCell scope="col">
            {showPersonName ? "Persoon of leverancier" : "Kenmerk of leverancier"}
          </TableHeaderCell>
          <TableHeaderCell scope="col">Periode of datum</TableHeaderCell>
          <TableHeaderCell scope="col" numeric>
            Waarde
          </TableHeaderCell>
          <TableHeaderCell scope="col">Status</TableHeaderCell>
          <TableHeaderCell scope="col" wide>
            Toelichting bij de beoordeling
          </TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((row) => (
          <TableRow key={row.id}>
            <TableHeaderCell scope="row">
              <Link to={linkTo(row.id)}>{realisationTitle(row, blockNames)}</Link>
            </TableHeaderCell>
            <TableCell>
              {showPersonName && row.personName ? (
                <>
                  {row.personName}
                  {row.personRef ? <span className="sroi-cell-note">{row.personRef}</span> : null}
                </>
              ) : (
                (row.personRef ?? row.supplierName ?? "—")
              )}
            </TableCell>
            <TableCell>{realisationWhen(row)}</TableCell>
            <TableCell numeric>{valueText(row)}</TableCell>
            <TableCell>
              <RealisationStatusBadge status={row.status} />
              {row.doubleCounts?.length ? (
                <span className="sroi-cell-note">Mogelijk dubbel geteld</span>
              ) : null}
            </TableCell>
            <TableCell>{row.reviewReason ?? ""}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

export interface RealisationsSectionContract {
  id: string;
  obligation: { catalogueVersion?: { blocks: readonly { code: string; name: string }[] } | null };
  realisationCounts: RealisationCounts;
}

/** How many realisations a contract has, over all of them, per review status. */
export interface RealisationCounts {
  total: number;
  submitted: number;
  accepted: number;
  rejected: number;
}

/**
 * Verantwoording on the contract page: the realisations loaded so far, newest first, each linking
 * to its own page, how many there are of each status (over all of them), and `more`, the control
 * that loads the next page. What to say around the list is the app's own.
 */
export function RealisationsSection({
  contract,
  rows,
  more,
  caption,
  empty,
  summaryNote,
  showPersonName = false,
  children,
}: {
  contract: RealisationsSectionContract;
  rows: readonly RealisationRow[];
  more?: ReactNode;
  caption: string;
  /** said while nothing is reported */
  empty: ReactNode;
  /** said after the counts, e.g. how many wait for the reader */
  summaryNote?: ReactNode;
  /** staff only */
  showPersonName?: boolean;
  /** above the list: e.g. the ways to report more */
  children?: ReactNode;
}) {
  const counts = contract.realisationCounts;
  return (
    <section aria-labelledby="verantwoording">
      <Heading level={2} id="verantwoording">
        Verantwoording
      </Heading>
      {children}
      {counts.total === 0 ? (
        <EmptyState>{empty}</EmptyState>
      ) : (
        <>
          <Paragraph>
            {counts.total === 1 ? "1 verantwoording" : `${counts.total} verantwoordingen`}:{" "}
            {describeCounts(counts)}.{summaryNote}
          </Paragraph>
          <RealisationTable
            caption={caption}
            rows={rows}
            blockNames={namesByCode(contract.obligation.catalogueVersion?.blocks)}
            linkTo={(id) => realisationPath(contract.id, id)}
            showPersonName={showPersonName}
          />
          {more}
        </>
      )}
    </section>
  );
}

/** "2 ingediend, 1 geaccepteerd en 1 afgewezen": the counts per status, for a summary line. */
export function describeStatusCounts(rows: readonly { status: RealisationStatus }[]): string {
  const count = (status: RealisationStatus) => rows.filter((row) => row.status === status).length;
  return describeCounts({
    total: rows.length,
    submitted: count("SUBMITTED"),
    accepted: count("ACCEPTED"),
    rejected: count("REJECTED"),
  });
}

/** The same from the API's counts (RealisationCounts), which cover every entry, not one page. */
export function describeCounts(counts: RealisationCounts): string {
  const byStatus: Record<RealisationStatus, number> = {
    SUBMITTED: counts.submitted,
    ACCEPTED: counts.accepted,
    REJECTED: counts.rejected,
  };
  const parts = (["SUBMITTED", "ACCEPTED", "REJECTED"] as const)
    .filter((status) => byStatus[status] > 0)
    .map((status) => `${byStatus[status]} ${REALISATION_STATUS_LABELS[status].toLowerCase()}`);
  if (parts.length <= 1) return parts[0] ?? "geen";
  return `${parts.slice(0, -1).join(", ")} en ${parts.at(-1)}`;
}

/** The inputs of a realisation as the API gives them: exact decimals, ISO dates. */
export interface RealisationFacts extends RealisationSubject, RealisationDates {
  personRef: string | null;
  personName?: string | null;
  /** Only staff get the date of birth (for counting a person once); the portal leaves it out */
  personBirthDate?: string | null;
  targetGroup: string | null;
  homeMunicipalityCode: string | null;
  hoursPerWeek: string | null;
  hours: string | null;
  days: string | null;
  count: string | null;
  employees: number | null;
  amountExclVat: string | null;
  bonusCodes: string[];
  supplierName: string | null;
  supplierKvk: string | null;
  invoiceNumber: string | null;
  description: string | null;
  submittedAt: string;
}

/** Every input that was given, one row each; inputs left empty are left out. */
export function RealisationDetails({
  realisation: r,
  blockNames,
  bonusNames,
  municipalityNames,
  showPersonName = false,
}: {
  realisation: RealisationFacts;
  blockNames: BlockNames;
  bonusNames: ReadonlyMap<string, string>;
  municipalityNames: ReadonlyMap<string, string>;
  showPersonName?: boolean;
}) {
  const period =
    r.startDate && r.endDate && r.startDate !== r.endDate
      ? `${formatDate(r.startDate)} t/m ${formatDate(r.endDate)}`
      : r.startDate
        ? formatDate(r.startDate)
        : null;
  return (
    <DataList>
      <DataListItem label="Bouwblok">
        {r.blockCode === null ? (
          "Maatwerk (staat niet in het bouwblokkenmodel)"
        ) : (
          <>
            {blockNames.get(r.blockCode) ?? r.blockCode}{" "}
            <span className="sroi-code">({r.blockCode})</span>
          </>
        )}
      </DataListItem>
      {r.maatwerkDescription ? (
        <DataListItem label="Beschrijving maatwerk">
          <span className="sroi-preserve-lines">{r.maatwerkDescription}</span>
        </DataListItem>
      ) : null}
      {r.personRef ? <DataListItem label="Kenmerk persoon">{r.personRef}</DataListItem> : null}
      {showPersonName ? (
        <DataListItem label="Naam">{r.personName ?? "niet opgegeven"}</DataListItem>
      ) : null}
      {showPersonName && r.personBirthDate ? (
        <DataListItem label="Geboortedatum">{formatDate(r.personBirthDate)}</DataListItem>
      ) : null}
      {r.targetGroup ? <DataListItem label="Doelgroep">{r.targetGroup}</DataListItem> : null}
      {r.homeMunicipalityCode ? (
        <DataListItem label="Woongemeente">
          {municipalityNames.get(r.homeMunicipalityCode) ?? r.homeMunicipalityCode}
        </DataListItem>
      ) : null}
      {r.hoursPerWeek ? (
        <DataListItem label="Uren per week">{formatNumber(r.hoursPerWeek)}</DataListItem>
      ) : null}
      {period ? <DataListItem label="Periode of datum">{period}</DataListItem> : null}
      {r.hours ? <DataListItem label="Aantal uren">{formatNumber(r.hours)}</DataListItem> : null}
      {r.days ? <DataListItem label="Aantal dagen">{formatNumber(r.days)}</DataListItem> : null}
      {r.count ? <DataListItem label="Aantal">{formatNumber(r.count)}</DataListItem> : null}
      {r.employees !== null ? (
        <DataListItem label="Aantal medewerkers">{r.employees}</DataListItem>
      ) : null}
      {r.bonusCodes.length > 0 ? (
        <DataListItem label="Toeslagen">
          {r.bonusCodes.map((code) => bonusNames.get(code) ?? code).join(", ")}
        </DataListItem>
      ) : null}
      {r.supplierName ? (
        <DataListItem label="Leverancier">
          {r.supplierName}
          {r.supplierKvk ? `, KvK-nummer ${r.supplierKvk}` : ""}
        </DataListItem>
      ) : null}
      {r.invoiceNumber ? (
        <DataListItem label="Factuurnummer">{r.invoiceNumber}</DataListItem>
      ) : null}
      {r.invoiceDate ? (
        <DataListItem label="Factuurdatum">{formatDate(r.invoiceDate)}</DataListItem>
      ) : null}
      {r.amountExclVat ? (
        <DataListItem label="Bedrag excl. btw">{formatEuro(r.amountExclVat)}</DataListItem>
      ) : null}
      {r.description ? (
        <DataListItem label="Omschrijving">
          <span className="sroi-preserve-lines">{r.description}</span>
        </DataListItem>
      ) : null}
    </DataList>
  );
}

/**
 * A realisation's own page below its heading, in both apps: Gegevens, Waarde with the breakdown,
 * and Bewijs. What each app says about the value comes in as text.
 */
export function RealisationRecord({
  realisation,
  blockNames,
  bonusNames,
  municipalityNames,
  showPersonName = false,
  valueIntro,
  valueNote,
}: {
  realisation: RealisationFacts & {
    value: string;
    valueLines: { label: string; amount: string }[];
    evidence: EvidenceFileLink[];
  };
  blockNames: BlockNames;
  bonusNames: ReadonlyMap<string, string>;
  municipalityNames: ReadonlyMap<string, string>;
  /** staff only */
  showPersonName?: boolean;
  /** said above the value's breakdown, e.g. how it was computed */
  valueIntro?: ReactNode;
  /** said below it, e.g. when it starts to count */
  valueNote?: ReactNode;
}) {
  return (
    <>
      <Heading level={2}>Gegevens</Heading>
      <RealisationDetails
        realisation={realisation}
        blockNames={blockNames}
        bonusNames={bonusNames}
        municipalityNames={municipalityNames}
        showPersonName={showPersonName}
      />

      <Heading level={2}>Waarde</Heading>
      {valueIntro ? <Paragraph>{valueIntro}</Paragraph> : null}
      <RealisationValueTable
        caption="Berekening van de waarde"
        lines={realisation.valueLines}
        total={realisation.value}
      />
      {valueNote ? <Paragraph>{valueNote}</Paragraph> : null}

      <Heading level={2}>Bewijs</Heading>
      <EvidenceList files={realisation.evidence} />
    </>
  );
}

/** The value line by line and its total, the same table for an estimate and the server's value. */
export function RealisationValueTable({
  lines,
  total,
  caption,
  totalLabel = "Waarde",
}: {
  lines: { label: string; amount: string }[];
  total: string;
  caption: string;
  totalLabel?: string;
}) {
  return (
    <div className="sroi-breakdown">
      <Table caption={caption}>
        <TableHeader>
          <TableRow>
            {/* Not "wide": two columns fit a phone when the labels wrap */}
            <TableHeaderCell scope="col">Berekening</TableHeaderCell>
            <TableHeaderCell scope="col" numeric>
              Bedrag
            </TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {lines.map((line, index) => (
            // Lines have no identity of their own; their order is their meaning.
            // biome-ignore lint/suspicious/noArrayIndexKey: see above
            <TableRow key={index}>
              <TableCell>{line.label}</TableCell>
              <TableCell numeric>{formatEuro(line.amount)}</TableCell>
            </TableRow>
          ))}
          <TableRow total>
            <TableHeaderCell scope="row">{totalLabel}</TableHeaderCell>
            <TableCell numeric>
              <span className="sroi-realisation-total" data-amount={total}>
                {formatEuro(total)}
              </span>
            </TableCell>
          </TableRow>
        </TableBody>
      </Table>
    </div>
  );
}

const MIME_LABELS: Record<string, string> = {
  "application/pdf": "PDF",
  "image/png": "PNG",
  "image/jpeg": "JPEG",
};

/** "245 kB", "1,2 MB": a file's size the way people read it (1 kB = 1024 bytes). */
export function formatFileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} ${bytes === 1 ? "byte" : "bytes"}`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} kB`;
  const megabytes = Math.round((bytes / 1024 / 1024) * 10) / 10;
  return `${formatNumber(String(megabytes))} MB`;
}

/** "PDF, 245 kB" */
export function describeFile(file: { mimeType: string; size: number }): string {
  return `${MIME_LABELS[file.mimeType] ?? file.mimeType}, ${formatFileSize(file.size)}`;
}

export interface EvidenceFileLink {
  id: string;
  fileName: string;
  mimeType: string;
  size: number;
  /** the API's download address, /bewijs/<id> */
  url: string;
}

/** The evidence files of a realisation, each a download link with its type and size. */
export function EvidenceList({ files }: { files: EvidenceFileLink[] }) {
  if (files.length === 0) return <EmptyState>Er is geen bewijs toegevoegd.</EmptyState>;
  return (
    <ul className="sroi-link-list sroi-evidence-list">
      {files.map((file) => (
        <li key={file.id}>
          {/* Outside the app's router: the API serves the file itself, as a download. */}
          <ExternalLink href={file.url} download={file.fileName}>
            {file.fileName}
          </ExternalLink>{" "}
          ({describeFile(file)})
        </li>
      ))}
    </ul>
  );
}

/**
 * Other entries in the region that count the same person's days or the same invoice
 * (docs/decisions/0025-count-once.md): the API words each one and names the other contract only
 * for a viewer who may read it.
 */
export const RealisationDoubleCountsFields = graphql(`
  fragment RealisationDoubleCounts on Realisation {
    doubleCounts {
      kind
      status
      contractId
      contractReference
      message
    }
  }
`);

export interface DoubleCountLine {
  contractId: string | null;
  contractReference: string | null;
  message: string;
}

/** The warning on a realisation's page while another entry counts the same; nothing otherwise. */
export function DoubleCountNotice({
  doubleCounts,
  contractPath,
  intro,
}: {
  doubleCounts: readonly DoubleCountLine[];
  /** the app's path of a contract's page, for the other entries the viewer may see */
  contractPath: (contractId: string) => string;
  intro: ReactNode;
}) {
  if (doubleCounts.length === 0) return null;
  return (
    <Alert type="warning" heading="Mogelijk dubbel geteld">
      <Paragraph>{intro}</Paragraph>
      <ul className="utrecht-unordered-list">
        {doubleCounts.map((other) => (
          <li key={`${other.contractId ?? "elders"}:${other.message}`}>
            {other.message}
            {other.contractId ? (
              <>
                {" "}
                <Link to={contractPath(other.contractId)}>
                  Naar opdracht {other.contractReference}
                </Link>
              </>
            ) : null}
          </li>
        ))}
      </ul>
    </Alert>
  );
}
