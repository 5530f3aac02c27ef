// Medewerkers (/medewerkers): the people of each organisation the viewer manages (a coordinator
// its gemeente, a WSP lead its WSP, the platform admin every gemeente and WSP), with forms to
// invite a colleague, change a role and deactivate or reactivate an account.
import { useReadQuery } from "@apollo/client/react";
import { ORGANISATION_KIND_LABELS } from "@sroi/domain";
import { EmptyState, Heading, PageTitle, Paragraph } from "@sroi/ui";
import { type LoaderFunctionArgs, useLoaderData } from "react-router";
import { preloadQuery } from "../apollo";
import { graphql } from "../gql";
import type { AdminStaffQuery } from "../gql/graphql";
import { useAnnounce } from "../organisation-tree/tree-mutation";
import { MembersTable } from "../organisations/members-table";
import { AccountActiveAction, ChangeRoleForm, InviteForm, type RoleChoice } from "../staff/forms";
import "../staff/staff.css";

const StaffQuery = graphql(`
  query AdminStaff {
    staffOrganisations {
      id
      kind
      name
      grantableRoles {
        role
        label
        needsDepartment
      }
      members {
        id
        role
        roleLabel
        department
        user {
          id
          name
          email
          invitationPending
          deactivated
        }
      }
    }
  }
`);

type Organisation = AdminStaffQuery["staffOrganisations"][number];

export function loader(_: LoaderFunctionArgs) {
  return preloadQuery.toPromise(preloadQuery(StaffQuery, { fetchPolicy: "network-only" }));
}

export function StaffPage() {
  const { data } = useReadQuery(useLoaderData<typeof loader>());
  const announce = useAnnounce();
  const organisations = data.staffOrganisations;
  return (
    <>
      <PageTitle>Medewerkers</PageTitle>
      <Heading level={1}>Medewerkers</Heading>
      <Paragraph lead>
        Wie van uw organisatie met het platform werkt, in welke rol. Een nieuwe collega krijgt een
        e-mail met een link om een wachtwoord te kiezen. U geeft niemand een rol die meer mag dan uw
        eigen rol.
      </Paragraph>
      {organisations.length > 1 ? (
        <nav aria-label="Organisaties op deze pagina">
          <ul className="sroi-staff__index">
            {organisations.map((organisation) => (
              <li key={organisation.id}>
                <a className="utrecht-link" href={`#organisatie-${organisation.id}`}>
                  {organisation.name}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
      {organisations.length === 0 ? (
        <EmptyState>Er zijn nog geen gemeenten of werkgeversservicepunten.</EmptyState>
      ) : (
        organisations.map((organisation) => (
          <OrganisationStaff
            key={organisation.id}
            organisation={organisation}
            announce={announce}
          />
        ))
      )}
    </>
  );
}

function OrganisationStaff({
  organisation,
  announce,
}: {
  organisation: Organisation;
  announce: (message: string) => void;
}) {
  const headingId = `organisatie-${organisation.id}`;
  const members = [...organisation.members].sort((a, b) => a.user.name.localeCompare(b.user.name));
  const roles: RoleChoice[] = organisation.grantableRoles;
  return (
    <section aria-labelledby={headingId} className="sroi-staff__organisation">
      <Heading level={2} id={headingId}>
        {organisation.name}
      </Heading>
      <p className="utrecht-paragraph sroi-timeline__meta">
        {ORGANISATION_KIND_LABELS[organisation.kind]} ·{" "}
        {members.length === 1 ? "1 medewerker" : `${members.length} medewerkers`}
      </p>
      {members.length === 0 ? (
        <EmptyState>
          Nog niemand met een account. Nodig hieronder de eerste medewerker uit.
        </EmptyState>
      ) : (
        <MembersTable
          organisationName={organisation.name}
          members={members.map((member) => ({ ...member, key: member.id }))}
          actions={(member) => (
            <details className="sroi-staff__manage">
              <summary>
                Wijzigen<span className="sroi-visually-hidden">: {member.user.name}</span>
              </summary>
              <ChangeRoleForm member={member} roles={roles} announce={announce} />
              <AccountActiveAction user={member.user} announce={announce} />
            </details>
          )}
        />
      )}
      <details className="sroi-staff__invite" open={members.length === 0}>
        <summary>Collega uitnodigen bij {organisation.name}</summary>
        <InviteForm organisation={organisation} roles={roles} announce={announce} />
      </details>
    </section>
  );
}
