// A PSO certificate's row, the same in the portal and the admin app: number, level, validity and
// whether it was checked. What an unchecked one offers differs (a wait, or the check button), so
// the caller passes that cell's content. Props are plain data from each app's own query.
import { formatDate } from "@sroi/domain";
import type { ReactNode } from "react";
import { StatusBadge } from "../primitives/data-list.js";
import { formatDateTime } from "../primitives/date-time.js";
import { TableCell, TableHeaderCell } from "../primitives/table.js";

export interface PsoCertificateRow {
  certificateNumber: string;
  levelLabel: string;
  validFrom: string | Date;
  validUntil: string | Date;
  validToday: boolean;
  checked: boolean;
  checkedAt?: string | null;
  checkedByName?: string | null;
}

export function PsoCertificateCells({
  certificate,
  unchecked,
}: {
  certificate: PsoCertificateRow;
  /** the check cell's content while nobody checked the certificate */
  unchecked: ReactNode;
}) {
  return (
    <>
      <TableHeaderCell scope="row">{certificate.certificateNumber}</TableHeaderCell>
      <TableCell>{certificate.levelLabel}</TableCell>
      <TableCell>
        {formatDate(String(certificate.validFrom))} t/m {formatDate(String(certificate.validUntil))}
        {certificate.validToday ? null : " (nu niet geldig)"}
      </TableCell>
      <TableCell>
        {certificate.checked ? (
          <>
            <StatusBadge type="success">Gecontroleerd</StatusBadge>{" "}
            {certificate.checkedAt ? `op ${formatDateTime(certificate.checkedAt)}` : ""}
            {certificate.checkedByName ? ` door ${certificate.checkedByName}` : ""}
          </>
        ) : (
          unchecked
        )}
      </TableCell>
    </>
  );
}
