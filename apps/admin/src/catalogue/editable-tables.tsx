// The blocks and bonuses of a draft, each row with its way to change or remove it. Removing asks
// first, in a panel under the table that takes focus.
import { CATEGORY_LABELS, describeBlockValuation, formatEuro } from "@sroi/domain";
import {
  type CatalogueBlock,
  type CatalogueBonus,
  EmptyState,
  Link,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@sroi/ui";
import { useState } from "react";
import { ConfirmPanel } from "../forms/confirm-action";

const encode = encodeURIComponent;

function valuationText(block: CatalogueBlock, basisHours: string): string {
  try {
    return describeBlockValuation(block, basisHours);
  } catch {
    return "Onvolledig: bedrag of aandeel ontbreekt";
  }
}

export function EditableBlocksTable({
  catalogueKey,
  blocks,
  basisHours,
  onDelete,
}: {
  catalogueKey: string;
  blocks: CatalogueBlock[];
  basisHours: string;
  onDelete: (code: string) => Promise<string | null>;
}) {
  const [pending, setPending] = useState<CatalogueBlock | null>(null);
  if (blocks.length === 0)
    return <EmptyState>Deze versie heeft nog geen bouwblokken. Voeg er een toe.</EmptyState>;
  return (
    <>
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
            <TableHeaderCell scope="col">Acties</TableHeaderCell>
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
              <TableCell>
                <span className="sroi-row-actions">
                  <Link to={`/catalogi/${encode(catalogueKey)}/bouwblokken/${encode(block.code)}`}>
                    Wijzigen<span className="sroi-visually-hidden"> {block.name}</span>
                  </Link>
                  <button
                    type="button"
                    className="sroi-link-button"
                    onClick={() => setPending(block)}
                  >
                    Verwijderen<span className="sroi-visually-hidden"> {block.name}</span>
                  </button>
                </span>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {pending ? (
        <ConfirmPanel
          key={pending.code}
          question={`Bouwblok “${pending.name}” verwijderen?`}
          confirmLabel="Ja, verwijderen"
          onCancel={() => setPending(null)}
          onConfirm={async () => {
            const failure = await onDelete(pending.code);
            if (!failure) setPending(null);
            return failure;
          }}
        >
          <p className="utrecht-paragraph">
            Het bouwblok {pending.code} verdwijnt uit deze conceptversie. Toeslagen die alleen voor
            dit bouwblok gelden, moeten daarna een ander bouwblok krijgen.
          </p>
        </ConfirmPanel>
      ) : null}
    </>
  );
}

export function EditableBonusesTable({
  catalogueKey,
  bonuses,
  blocks,
  onDelete,
}: {
  catalogueKey: string;
  bonuses: CatalogueBonus[];
  blocks: Pick<CatalogueBlock, "code" | "name">[];
  onDelete: (code: string) => Promise<string | null>;
}) {
  const [pending, setPending] = useState<CatalogueBonus | null>(null);
  if (bonuses.length === 0) return <EmptyState>Deze versie heeft geen toeslagen.</EmptyState>;
  const targetText = (target: string) => {
    if (target in CATEGORY_LABELS) return CATEGORY_LABELS[target as keyof typeof CATEGORY_LABELS];
    const block = blocks.find((candidate) => candidate.code === target);
    return block ? `${block.name} (${block.code})` : target;
  };
  return (
    <>
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
            <TableHeaderCell scope="col" wide>
              Telt bij
            </TableHeaderCell>
            <TableHeaderCell scope="col">Berekening</TableHeaderCell>
            <TableHeaderCell scope="col">Acties</TableHeaderCell>
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
              <TableCell>{bonus.appliesTo.map(targetText).join(", ")}</TableCell>
              <TableCell>{bonus.oneOff ? "Eenmalig" : "Naar rato"}</TableCell>
              <TableCell>
                <span className="sroi-row-actions">
                  <Link to={`/catalogi/${encode(catalogueKey)}/toeslagen/${encode(bonus.code)}`}>
                    Wijzigen<span className="sroi-visually-hidden"> {bonus.name}</span>
                  </Link>
                  <button
                    type="button"
                    className="sroi-link-button"
                    onClick={() => setPending(bonus)}
                  >
                    Verwijderen<span className="sroi-visually-hidden"> {bonus.name}</span>
                  </button>
                </span>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {pending ? (
        <ConfirmPanel
          key={pending.code}
          question={`Toeslag “${pending.name}” verwijderen?`}
          confirmLabel="Ja, verwijderen"
          onCancel={() => setPending(null)}
          onConfirm={async () => {
            const failure = await onDelete(pending.code);
            if (!failure) setPending(null);
            return failure;
          }}
        >
          <p className="utrecht-paragraph">
            De toeslag {pending.code} verdwijnt uit deze conceptversie.
          </p>
        </ConfirmPanel>
      ) : null}
    </>
  );
}
