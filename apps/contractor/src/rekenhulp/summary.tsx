// The bottom line of the rekenhulp: what the lines add up to against the obligation, said again
// to screen readers (politely, once typing pauses), and ways to keep the calculation.
import { formatEuro, formatPercentage, type ObligationKind, projectPlan } from "@sroi/domain";
import {
  Button,
  ButtonGroup,
  Table,
  TableBody,
  TableCell,
  TableHeaderCell,
  TableRow,
  TextInput,
} from "@sroi/ui";
import { useEffect, useState } from "react";
import { lineTitle } from "./line-fieldset";
import "./rekenhulp.css";

export interface SummaryLine {
  title: string;
  /** null while the line has an error: it does not count */
  total: string | null;
}

const ANNOUNCE_AFTER_MS = 800;

/** The lines as the summaries read them: a title each, and the total once the line counts. */
export function summariseLines(
  lines: readonly { blockCode: string }[],
  valuations: readonly ({ ok: true; total: string } | { ok: false })[],
  catalogue: { blocks: readonly { code: string; name: string }[] } | null,
): SummaryLine[] {
  return lines.map((line, index) => {
    const valuation = valuations[index];
    const block = catalogue?.blocks.find((candidate) => candidate.code === line.blockCode);
    return {
      title: lineTitle(index + 1, block ?? null, line.blockCode),
      total: valuation?.ok ? valuation.total : null,
    };
  });
}

export function Summary({
  obligation,
  lines,
  caption = "Overzicht van de berekening",
}: {
  obligation: { kind: ObligationKind; amount: string };
  lines: SummaryLine[];
  caption?: string;
}) {
  const counted = lines.flatMap((line) => (line.total === null ? [] : [line.total]));
  const plan = projectPlan(obligation.amount, counted);
  const incomplete = lines.length - counted.length;
  const coverage =
    plan.percentageCovered === null ? null : formatPercentage(plan.percentageCovered);
  const sentence =
    lines.length === 0
      ? ""
      : `Totaal van de bouwblokken ${formatEuro(plan.total)}${
          coverage ? `, ${coverage} van de verplichting` : ""
        }. ${
          obligation.kind === "PERCENTAGE" ? `Nog in te vullen: ${formatEuro(plan.gap)}.` : ""
        }${incomplete > 0 ? ` ${incompleteText(incomplete)}` : ""}`;
  const announcement = useSettled(sentence, ANNOUNCE_AFTER_MS);
  return (
    <>
      <Table caption={caption} captionHidden>
        <TableBody>
          <TableRow>
            <TableHeaderCell scope="row">SR-verplichting</TableHeaderCell>
            <TableCell numeric>
              {obligation.kind === "PERCENTAGE"
                ? formatEuro(obligation.amount)
                : obligation.kind === "ACTIVITY"
                  ? "1 maatschappelijke activiteit"
                  : "geen"}
            </TableCell>
          </TableRow>
          {lines.map((line) => (
            <TableRow key={line.title}>
              <TableHeaderCell scope="row">{line.title}</TableHeaderCell>
              <TableCell numeric>
                {line.total === null ? "telt nog niet mee" : formatEuro(line.total)}
              </TableCell>
            </TableRow>
          ))}
          <TableRow total>
            <TableHeaderCell scope="row">Totaal bouwblokken</TableHeaderCell>
            <TableCell numeric>
              <span data-summary="total" data-amount={plan.total}>
                {formatEuro(plan.total)}
              </span>
            </TableCell>
          </TableRow>
          {coverage ? (
            <TableRow>
              <TableHeaderCell scope="row">Gedekt</TableHeaderCell>
              <TableCell numeric>
                <span data-summary="coverage" data-percentage={plan.percentageCovered ?? ""}>
                  {coverage}
                </span>
              </TableCell>
            </TableRow>
          ) : null}
          {obligation.kind === "PERCENTAGE" ? (
            <TableRow>
              <TableHeaderCell scope="row">Nog in te vullen</TableHeaderCell>
              <TableCell numeric>
                <span data-summary="gap" data-amount={plan.gap}>
                  {formatEuro(plan.gap)}
                </span>
              </TableCell>
            </TableRow>
          ) : null}
        </TableBody>
      </Table>
      {incomplete > 0 ? <p className="utrecht-paragraph">{incompleteText(incomplete)}</p> : null}
      <p className="sroi-visually-hidden" aria-live="polite" aria-atomic="true">
        {announcement}
      </p>
    </>
  );
}

/**
 * The total while lines are being stacked: it stays at the bottom of the screen as long as the
 * lines are in view, so nobody scrolls down to see what a change did. The Summary below it says
 * the same in full, and to screen readers once typing pauses; this one is not announced.
 */
export function RunningTotal({
  obligation,
  lines,
}: {
  obligation: { kind: ObligationKind; amount: string };
  lines: SummaryLine[];
}) {
  if (lines.length === 0) return null;
  const plan = projectPlan(
    obligation.amount,
    lines.flatMap((line) => (line.total === null ? [] : [line.total])),
  );
  return (
    <p className="utrecht-paragraph sroi-running-total sroi-no-print" data-running-total>
      <strong>Totaal {formatEuro(plan.total)}</strong>
      {plan.percentageCovered !== null
        ? `, ${formatPercentage(plan.percentageCovered)} van de verplichting`
        : ""}
      {obligation.kind === "PERCENTAGE" ? `; nog in te vullen ${formatEuro(plan.gap)}` : ""}
    </p>
  );
}

function incompleteText(count: number): string {
  return count === 1
    ? "Eén regel is nog niet volledig en telt niet mee."
    : `${count} regels zijn nog niet volledig en tellen niet mee.`;
}

/** The value once it has stopped changing for a while: one announcement per pause in typing. */
function useSettled(value: string, delayMs: number): string {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return settled;
}

/** Kopieer link and Afdrukken: the address holds the whole calculation. */
export function KeepCalculation() {
  const [copied, setCopied] = useState<"no" | "yes" | "failed">("no");
  async function copyLink() {
    try {
      await navigator.clipboard.writeText(window.location.href);
      setCopied("yes");
    } catch {
      setCopied("failed");
    }
  }
  return (
    <div className="sroi-no-print">
      <ButtonGroup>
        <Button appearance="secondary-action" onClick={copyLink}>
          Kopieer link
        </Button>
        <Button appearance="secondary-action" onClick={() => window.print()}>
          Afdrukken
        </Button>
      </ButtonGroup>
      <div role="status">
        {copied === "yes" ? (
          <p className="utrecht-paragraph">
            De link is gekopieerd. Wie hem opent, ziet deze berekening.
          </p>
        ) : null}
      </div>
      {copied === "failed" ? (
        <div className="sroi-form-field">
          <label className="utrecht-form-label" htmlFor="link-berekening">
            Kopiëren lukte niet. Kopieer deze link zelf:
          </label>
          <TextInput
            id="link-berekening"
            readOnly
            value={window.location.href}
            onFocus={(event) => event.currentTarget.select()}
          />
        </div>
      ) : null}
    </div>
  );
}
