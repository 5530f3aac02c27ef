// The people of an organisation as a table: on Organisaties (to read) and on Medewerkers (with a
// column to change each one). One table, so both pages say the same about an account.
import {
  ExternalLink,
  StatusBadge,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@sroi/ui";
import type { ReactNode } from "react";

export interface MemberRowData {
  /** unique within the table (a person can hold two roles in one organisation) */
  key: string;
  roleLabel: string;
  department?: string | null;
  user: { name: string; email: string; invitationPending: boolean; deactivated: boolean };
}

export function MembersTable<Member extends MemberRowData>({
  organisationName,
  members,
  actions,
}: {
  organisationName: string;
  members: Member[];
  /** The Acties column: what the viewer may change about each person */
  actions?: (member: Member) => ReactNode;
}) {
  return (
    <Table
      caption={`Medewerkers van ${organisationName}`}
      captionHidden
      fixedLayout={actions === undefined}
    >
      <TableHeader>
        <TableRow>
          <TableHeaderCell scope="col">Naam</TableHeaderCell>
          <TableHeaderCell scope="col">E-mailadres</TableHeaderCell>
          <TableHeaderCell scope="col">Rol</TableHeaderCell>
          <TableHeaderCell scope="col">Account</TableHeaderCell>
          {actions ? <TableHeaderCell scope="col">Acties</TableHeaderCell> : null}
        </TableRow>
      </TableHeader>
      <TableBody>
        {members.map((member) => (
          <TableRow key={member.key}>
            <TableHeaderCell scope="row">{member.user.name}</TableHeaderCell>
            <TableCell>
              <ExternalLink href={`mailto:${member.user.email}`}>{member.user.email}</ExternalLink>
            </TableCell>
            <TableCell>
              {member.roleLabel}
              {member.department ? (
                <span className="sroi-staff__department">Afdeling: {member.department}</span>
              ) : null}
            </TableCell>
            <TableCell>
              {member.user.deactivated ? (
                <StatusBadge type="inactive">Gedeactiveerd</StatusBadge>
              ) : member.user.invitationPending ? (
                <StatusBadge type="warning">Uitnodiging verstuurd</StatusBadge>
              ) : (
                <StatusBadge type="success">Actief</StatusBadge>
              )}
            </TableCell>
            {actions ? <TableCell>{actions(member)}</TableCell> : null}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
