// How a contract's status, contact deadline and SR obligation read, the same in the admin app and
// the portal. Props are plain data: each app selects these fields with its own GraphQL query.
import {
  CONTRACT_STATUS_LABELS,
  type ContractStatus,
  DEADLINE_STATE_LABELS,
  type DeadlineState,
  formatDate,
  formatEuro,
  type ObligationKind,
} from "@sroi/domain";
import type { ReactNode } from "react";
import { StatusBadge, type StatusBadgeType } from "../primitives/data-list.js";
import { Alert } from "../primitives/feedback.js";
import {
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "../primitives/table.js";

const STATUS_BADGES: Record<ContractStatus, StatusBadgeType> = {
  AWARDED: "neutral",
  PLANNING: "neutral",
  IN_EXECUTION: "neutral",
  ASSESSMENT: "neutral",
  CLOSED: "inactive",
};

export function ContractStatusBadge({ status }: { status: ContractStatus }) {
  return <StatusBadge type={STATUS_BADGES[status]}>{CONTRACT_STATUS_LABELS[status]}</StatusBadge>;
}

const DEADLINE_BADGES: Record<DeadlineState, StatusBadgeType> = {
  DUE: "warning",
  MET: "success",
  OVERDUE: "danger",
};

const DEADLINE_DATE_PREFIX: Record<DeadlineState, string> = {
  DUE: "uiterlijk",
  MET: "termijn",
  OVERDUE: "termijn was",
};

/** The contact deadline as a badge with words ("Te laat"), never colour alone, and its date. */
export function DeadlineBadge({ state, dueDate }: { state: DeadlineState; dueDate: string }) {
  return (
    <span className="sroi-deadline">
      <StatusBadge type={DEADLINE_BADGES[state]}>{DEADLINE_STATE_LABELS[state]}</StatusBadge>{" "}
      <span className="sroi-deadline__date">
        {DEADLINE_DATE_PREFIX[state]} {formatDate(dueDate)}
      </span>
    </span>
  );
}

export interface ObligationAmount {
  kind: ObligationKind;
  amount: string;
}

/** "€ 24.000", "1 maatschappelijke activiteit" or "geen": what a contract owes, in a few words. */
export function obligationText(obligation: ObligationAmount): string {
  switch (obligation.kind) {
    case "PERCENTAGE":
      return formatEuro(obligation.amount);
    case "ACTIVITY":
      return "1 maatschappelijke activiteit";
    case "NONE":
      return "geen";
  }
}

export interface ObligationDetails extends ObligationAmount {
  lines: { label: string; amount: string }[];
}

/** The computation step by step, one row per line, and the total the lines add up to. */
export function ObligationBreakdown({
  obligation,
  caption = "Berekening van de SR-verplichting",
  captionHidden = true,
}: {
  obligation: ObligationDetails;
  caption?: string;
  captionHidden?: boolean;
}) {
  return (
    <div className="sroi-breakdown">
      <Table caption={caption} captionHidden={captionHidden}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col" wide>
              Berekening
            </TableHeaderCell>
            <TableHeaderCell scope="col" numeric>
              Bedrag
            </TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {obligation.lines.map((line, index) => (
            // Lines have no identity of their own; their order is their meaning.
            // biome-ignore lint/suspicious/noArrayIndexKey: see above
            <TableRow key={index}>
              <TableCell>{line.label}</TableCell>
              <TableCell numeric>{formatEuro(line.amount)}</TableCell>
            </TableRow>
          ))}
          <TableRow total>
            <TableHeaderCell scope="row">Totaal</TableHeaderCell>
            <TableCell numeric>
              {obligation.kind === "PERCENTAGE"
                ? formatEuro(obligation.amount)
                : obligationText(obligation)}
            </TableCell>
          </TableRow>
        </TableBody>
      </Table>
    </div>
  );
}

/**
 * A policy or catalogue whose values await confirmation says so wherever it appears, in words
 * and before the values, so nobody takes a concept for the real thing.
 */
export function ConceptNote({
  note,
  headingLevel = 3,
  children,
}: {
  note: string;
  headingLevel?: 2 | 3 | 4;
  children?: ReactNode;
}) {
  return (
    <Alert type="warning" heading="Concept" headingLevel={headingLevel}>
      <p className="utrecht-paragraph">{capitalise(note)}</p>
      {children}
    </Alert>
  );
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** Said beside the obligation when the contractor's PSO certificate ends before the contract. */
export function PsoLapseNote({
  pso,
  headingLevel = 3,
}: {
  pso: { lapsesBeforeEnd: boolean; lapseMessage?: string | null } | null | undefined;
  headingLevel?: 2 | 3 | 4;
}) {
  if (!pso?.lapsesBeforeEnd || !pso.lapseMessage) return null;
  return (
    <Alert
      type="warning"
      heading="PSO-certificaat verloopt tijdens de opdracht"
      headingLevel={headingLevel}
    >
      <p className="utrecht-paragraph">{pso.lapseMessage}</p>
    </Alert>
  );
}
