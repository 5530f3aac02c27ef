// How a bouwblokkenmodel (catalogue version) reads, the same in the admin app and the portal.
// Props are plain data. The fields CatalogueContents renders are selected once, by the fragment
// below: both apps' codegen reads this file, so their queries spread "...CatalogueContents".
import {
  BLOCK_CATEGORIES,
  type BlockCategory,
  type BlockDefinition,
  type BonusDefinition,
  CATEGORY_LABELS,
  type CatalogueStatus,
  describeBlockValuation,
  formatDate,
  formatEuro,
  formatNumber,
  STATUS_LABELS,
} from "@sroi/domain";
import type { CatalogueContentsFragment } from "../gql/graphql.js";
import { graphql } from "../gql/index.js";
import {
  DataList,
  DataListItem,
  StatusBadge,
  type StatusBadgeType,
} from "../primitives/data-list.js";
import { Alert, EmptyState } from "../primitives/feedback.js";
import { ExternalLink } from "../primitives/link.js";
import {
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "../primitives/table.js";
import { Heading } from "../primitives/typography.js";
import { ConceptNote } from "./contract.js";

export const CatalogueContentsFields = graphql(`
  fragment CatalogueContents on CatalogueVersion {
    status
    validFrom
    source
    retrieved
    complete
    countingNote
    conceptNote
    basisHours
    blocks {
      code
      name
      category
      kind
      amount
      share
      maxMonths
      minHoursPerWeek
      note
    }
    bonuses {
      code
      name
      amount
      appliesTo
      oneOff
    }
  }
`);

export type CatalogueBlock = Omit<BlockDefinition, "note"> & { note: string | null };
export type CatalogueBonus = BonusDefinition;

/** What CatalogueContents shows of a catalogue version: the fragment's answer. */
export type CatalogueDetails = CatalogueContentsFragment;

const STATUS_BADGES: Record<CatalogueStatus, StatusBadgeType> = {
  PUBLISHED: "success",
  DRAFT: "warning",
  RETIRED: "inactive",
};

export function CatalogueStatusBadge({ status }: { status: CatalogueStatus }) {
  return <StatusBadge type={STATUS_BADGES[status]}>{STATUS_LABELS[status]}</StatusBadge>;
}

/** "1 juli 2023", or "niet vermeld" when the source gave no date: for a "Geldig vanaf" column. */
export function formatValidFrom(validFrom: string | null): string {
  return validFrom ? formatDate(validFrom) : "niet vermeld";
}

/** "geldig vanaf 1 juli 2023", or "ingangsdatum niet vermeld": for use in a sentence. */
export function describeValidFrom(validFrom: string | null): string {
  return validFrom ? `geldig vanaf ${formatDate(validFrom)}` : "ingangsdatum niet vermeld";
}

/**
 * Where the values were published. A source usually is a web address, sometimes followed by a
 * remark ("https://… (earlier stored copy)"): link the address, keep the remark as text.
 */
export function CatalogueSource({ source }: { source: string | null }) {
  if (!source) return <>niet vermeld</>;
  const match = /^(https?:\/\/\S+)(.*)$/.exec(source.trim());
  if (!match?.[1]) return <>{source}</>;
  const [, address, remark = ""] = match;
  return (
    <>
      <ExternalLink href={address}>{linkText(address)}</ExternalLink>
      {remark}
    </>
  );
}

// The host name reads better than a long address; the link itself still goes to the full page.
function linkText(address: string): string {
  try {
    return new URL(address).hostname.replace(/^www\./, "");
  } catch {
    return address;
  }
}

export interface CatalogueContentsProps {
  catalogue: CatalogueDetails;
  /** Level of the section headings ("Bouwblokken", "Toeslagen") */
  headingLevel?: 2 | 3 | 4;
}

/** Facts, blocks and bonuses of one catalogue version. */
export function CatalogueContents({ catalogue, headingLevel = 2 }: CatalogueContentsProps) {
  return (
    <>
      {catalogue.conceptNote ? (
        <ConceptNote note={catalogue.conceptNote} headingLevel={headingLevel} />
      ) : null}
      {catalogue.complete ? null : (
        <Alert type="warning" heading="Onvolledig overgenomen" headingLevel={headingLevel}>
          <p className="utrecht-paragraph">
            De bron was maar gedeeltelijk leesbaar. Niet alle bouwblokken of voorwaarden staan hier;
            controleer de waarden bij de bron.
          </p>
        </Alert>
      )}
      <CatalogueFacts catalogue={catalogue} />
      <Heading level={headingLevel}>Bouwblokken</Heading>
      <BlocksTable blocks={catalogue.blocks} basisHours={catalogue.basisHours} />
      <Heading level={headingLevel}>Toeslagen</Heading>
      <BonusesTable bonuses={catalogue.bonuses} blocks={catalogue.blocks} />
    </>
  );
}

function CatalogueFacts({ catalogue }: { catalogue: CatalogueDetails }) {
  return (
    <DataList>
      <DataListItem label="Status">
        <CatalogueStatusBadge status={catalogue.status} />
      </DataListItem>
      <DataListItem label="Geldig vanaf">{formatValidFrom(catalogue.validFrom)}</DataListItem>
      <DataListItem label="Voltijdbaan">
        {formatNumber(catalogue.basisHours)} uur per week
      </DataListItem>
      <DataListItem label="Bron">
        <CatalogueSource source={catalogue.source} />
        {catalogue.retrieved ? `, geraadpleegd op ${formatDate(catalogue.retrieved)}` : null}
      </DataListItem>
      {catalogue.countingNote ? (
        <DataListItem label="Hoe lang telt iemand mee">{catalogue.countingNote}</DataListItem>
      ) : null}
    </DataList>
  );
}

export function BlocksTable({
  blocks,
  basisHours,
}: {
  blocks: CatalogueBlock[];
  basisHours: string;
}) {
  if (blocks.length === 0)
    return <EmptyState>Dit bouwblokkenmodel heeft geen bouwblokken.</EmptyState>;
  const withNotes = blocks.some((block) => block.note);
  return (
    <Table caption="Bouwblokken" captionHidden>
      <TableHeader>
        <TableRow>
          <TableHeaderCell scope="col">Code</TableHeaderCell>
          <TableHeaderCell scope="col" wide>
            Bouwblok
          </TableHeaderCell>
          <TableHeaderCell scope="col">Categorie</TableHeaderCell>
          <TableHeaderCell scope="col" wide>
            Waardering
          </TableHeaderCell>
          {withNotes ? (
            <TableHeaderCell scope="col" wide>
              Toelichting
            </TableHeaderCell>
          ) : null}
        </TableRow>
      </TableHeader>
      <TableBody>
        {blocks.map((block) => (
          <TableRow key={block.code}>
            <TableCell>
              <span className="sroi-code">{block.code}</span>
            </TableCell>
            <TableHeaderCell scope="row">{block.name}</TableHeaderCell>
            <TableCell>{CATEGORY_LABELS[block.category]}</TableCell>
            <TableCell>{valuationText(block, basisHours)}</TableCell>
            {withNotes ? <TableCell>{block.note}</TableCell> : null}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

// One block with incomplete data should not hide the rest of the catalogue.
function valuationText(block: CatalogueBlock, basisHours: string): string {
  try {
    return describeBlockValuation(block, basisHours);
  } catch {
    return "Waardering onbekend";
  }
}

export function BonusesTable({
  bonuses,
  blocks,
}: {
  bonuses: CatalogueBonus[];
  blocks: Pick<CatalogueBlock, "code" | "name">[];
}) {
  if (bonuses.length === 0)
    return <EmptyState>Dit bouwblokkenmodel heeft geen toeslagen.</EmptyState>;
  return (
    <Table caption="Toeslagen" captionHidden>
      <TableHeader>
        <TableRow>
          <TableHeaderCell scope="col">Code</TableHeaderCell>
          <TableHeaderCell scope="col" wide>
            Toeslag
          </TableHeaderCell>
          <TableHeaderCell scope="col" numeric>
            Bedrag
          </TableHeaderCell>
          <TableHeaderCell scope="col">Telt bij</TableHeaderCell>
          <TableHeaderCell scope="col" wide>
            Berekening
          </TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {bonuses.map((bonus) => (
          <TableRow key={bonus.code}>
            <TableCell>
              <span className="sroi-code">{bonus.code}</span>
            </TableCell>
            <TableHeaderCell scope="row">{bonus.name}</TableHeaderCell>
            <TableCell numeric>{formatEuro(bonus.amount)}</TableCell>
            <TableCell>
              {bonus.appliesTo.map((target) => appliesToText(target, blocks)).join(", ")}
            </TableCell>
            <TableCell>
              {bonus.oneOff ? "Eenmalig" : "Naar rato van de uren en dagen van het bouwblok"}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

// A bonus names block categories ("EMPLOYMENT") or block codes ("PRO-VSO").
function appliesToText(target: string, blocks: Pick<CatalogueBlock, "code" | "name">[]): string {
  if (isBlockCategory(target)) return CATEGORY_LABELS[target];
  const block = blocks.find((candidate) => candidate.code === target);
  return block ? `${block.name} (${block.code})` : target;
}

function isBlockCategory(value: string): value is BlockCategory {
  return (BLOCK_CATEGORIES as readonly string[]).includes(value);
}
