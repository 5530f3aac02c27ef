// The forms of Medewerkers: invite a colleague, change a role, deactivate and reactivate. The API
// says which roles the viewer may give (grantableRoles) and which of them need a department, and
// refuses in Dutch what is not allowed; these forms only show its answers.
import { useMutation } from "@apollo/client/react";
import { Button, FormField, Select, TextInput } from "@sroi/ui";
import { useState } from "react";
import { ConfirmAction } from "../forms/confirm-action";
import { errorFor, FormErrors } from "../forms/form-feedback";
import { type FieldIssue, outcomeOf, requestFailed } from "../forms/outcome";
import { graphql } from "../gql";
import type { Role } from "../gql/graphql";
import { useTreeForm } from "../organisation-tree/tree-mutation";

const InviteStaffMemberMutation = graphql(`
  mutation AdminInviteStaffMember(
    $organisationId: ID!
    $name: String!
    $email: String!
    $role: Role!
    $department: String
  ) {
    inviteStaffMember(
      organisationId: $organisationId
      name: $name
      email: $email
      role: $role
      department: $department
    ) {
      __typename
      ... on User {
        id
        name
        email
      }
      ...ValidationIssues
      ...ErrorMessage
    }
  }
`);

const ChangeStaffRoleMutation = graphql(`
  mutation AdminChangeStaffRole($membershipId: ID!, $role: Role!, $department: String) {
    changeStaffRole(membershipId: $membershipId, role: $role, department: $department) {
      __typename
      ... on OrganisationMember {
        id
        roleLabel
        department
      }
      ...ValidationIssues
      ...ErrorMessage
    }
  }
`);

const SetAccountActiveMutation = graphql(`
  mutation AdminSetAccountActive($userId: ID!, $active: Boolean!) {
    setAccountActive(userId: $userId, active: $active) {
      __typename
      ... on User {
        id
        deactivated
      }
      ...ErrorMessage
    }
  }
`);

export interface RoleChoice {
  role: Role;
  label: string;
  needsDepartment: boolean;
}

type Announce = (message: string) => void;

/** The role to give and, when that role needs one, the department; ids start with `prefix`. */
function RoleFields({
  prefix,
  roles,
  role,
  department,
  needsDepartment,
  onRole,
  onDepartment,
  issues,
}: {
  prefix: string;
  roles: RoleChoice[];
  role: Role;
  department: string;
  needsDepartment: boolean;
  onRole: (role: Role) => void;
  onDepartment: (department: string) => void;
  issues: FieldIssue[];
}) {
  return (
    <>
      <FormField id={`${prefix}-rol`} label="Rol" error={errorFor(issues, "role")}>
        <Select
          id={`${prefix}-rol`}
          value={role}
          onChange={(event) => onRole(event.currentTarget.value as Role)}
        >
          {roles.map((choice) => (
            <option key={choice.role} value={choice.role}>
              {choice.label}
            </option>
          ))}
        </Select>
      </FormField>
      {needsDepartment ? (
        <FormField
          id={`${prefix}-afdeling`}
          label="Afdeling"
          description="De contractmanager registreert en corrigeert alleen opdrachten van deze afdeling, zoals Vastgoed."
          error={errorFor(issues, "department")}
        >
          <TextInput
            id={`${prefix}-afdeling`}
            value={department}
            onChange={(event) => onDepartment(event.currentTarget.value)}
            autoComplete="off"
            width="md"
          />
        </FormField>
      ) : null}
    </>
  );
}

/** The role chosen and its department, with the fields to choose them. */
function useRoleChoice(prefix: string, roles: RoleChoice[], initial: Role, initialDepartment = "") {
  const [role, setRole] = useState<Role>(initial);
  const [department, setDepartment] = useState(initialDepartment);
  const needsDepartment = roles.find((choice) => choice.role === role)?.needsDepartment ?? false;
  return {
    role,
    /** what to send: a department only for a role that needs one */
    department: needsDepartment ? department : null,
    fields: (issues: FieldIssue[]) => (
      <RoleFields
        prefix={prefix}
        roles={roles}
        role={role}
        department={department}
        needsDepartment={needsDepartment}
        onRole={setRole}
        onDepartment={setDepartment}
        issues={issues}
      />
    ),
  };
}

const fieldIdsFor = (prefix: string) => ({
  name: `${prefix}-naam`,
  email: `${prefix}-email`,
  role: `${prefix}-rol`,
  department: `${prefix}-afdeling`,
});

export function InviteForm({
  organisation,
  roles,
  announce,
}: {
  organisation: { id: string; name: string };
  roles: RoleChoice[];
  announce: Announce;
}) {
  const [invite] = useMutation(InviteStaffMemberMutation);
  const form = useTreeForm(announce);
  const [name, setName] = useState("");
  const [email, setEmail] = useState("");
  const prefix = `uitnodigen-${organisation.id}`;
  const choice = useRoleChoice(prefix, roles, roles[0]?.role ?? "READ_ONLY");
  const ids = fieldIdsFor(prefix);
  return (
    <form
      aria-label={`Collega uitnodigen bij ${organisation.name}`}
      noValidate
      onSubmit={(event) =>
        form.submit(
          event,
          "User",
          async () =>
            (
              await invite({
                variables: {
                  organisationId: organisation.id,
                  name,
                  email,
                  role: choice.role,
                  department: choice.department,
                },
              })
            ).data?.inviteStaffMember,
          (invited) =>
            `${invited.name} is uitgenodigd bij ${organisation.name}: de uitnodiging is verstuurd naar ${invited.email} en 7 dagen geldig.`,
        )
      }
    >
      <FormErrors
        issues={form.issues}
        fieldIds={ids}
        fallbackId={ids.name}
        failure={form.failure}
      />
      <FormField id={ids.name} label="Naam" error={errorFor(form.issues, "name")}>
        <TextInput
          id={ids.name}
          value={name}
          onChange={(event) => setName(event.currentTarget.value)}
          autoComplete="off"
          width="md"
        />
      </FormField>
      <FormField id={ids.email} label="E-mailadres" error={errorFor(form.issues, "email")}>
        <TextInput
          id={ids.email}
          type="email"
          value={email}
          onChange={(event) => setEmail(event.currentTarget.value)}
          autoComplete="off"
          spellCheck={false}
          width="md"
        />
      </FormField>
      {choice.fields(form.issues)}
      <Button type="submit" disabled={form.submitting}>
        {form.submitting ? "Bezig met uitnodigen…" : "Stuur uitnodiging"}
      </Button>
    </form>
  );
}

export function ChangeRoleForm({
  member,
  roles,
  announce,
}: {
  member: { id: string; role: Role; department: string | null; user: { name: string } };
  roles: RoleChoice[];
  announce: Announce;
}) {
  const [change] = useMutation(ChangeStaffRoleMutation);
  const form = useTreeForm(announce);
  const prefix = `rol-${member.id}`;
  const choice = useRoleChoice(prefix, roles, member.role, member.department ?? "");
  const ids = fieldIdsFor(prefix);
  return (
    <form
      aria-label={`Rol van ${member.user.name} wijzigen`}
      noValidate
      onSubmit={(event) =>
        form.submit(
          event,
          "OrganisationMember",
          async () =>
            (
              await change({
                variables: {
                  membershipId: member.id,
                  role: choice.role,
                  department: choice.department,
                },
              })
            ).data?.changeStaffRole,
          (changed) =>
            `${member.user.name} heeft nu de rol ${changed.roleLabel}${
              changed.department ? `, afdeling ${changed.department}` : ""
            }.`,
        )
      }
    >
      <FormErrors
        issues={form.issues}
        fieldIds={ids}
        fallbackId={ids.role}
        failure={form.failure}
      />
      {choice.fields(form.issues)}
      <Button type="submit" appearance="secondary-action" disabled={form.submitting}>
        {form.submitting ? "Bezig…" : "Rol opslaan"}
      </Button>
    </form>
  );
}

/** Deactivation asks first: the person is logged out at once and can no longer log in. */
export function AccountActiveAction({
  user,
  announce,
}: {
  user: { id: string; name: string; deactivated: boolean };
  announce: Announce;
}) {
  const [setActive] = useMutation(SetAccountActiveMutation);
  async function send(active: boolean): Promise<string | null> {
    let outcome: ReturnType<typeof outcomeOf> = requestFailed();
    try {
      outcome = outcomeOf(
        (await setActive({ variables: { userId: user.id, active } })).data?.setAccountActive,
        "User",
      );
    } catch {
      // requestFailed() says so
    }
    if (outcome.kind !== "ok") return outcome.message;
    announce(
      active
        ? `Het account van ${user.name} is weer actief: ${user.name} kan weer inloggen.`
        : `Het account van ${user.name} is gedeactiveerd: ${user.name} is uitgelogd en kan niet meer inloggen.`,
    );
    return null;
  }
  if (user.deactivated) {
    return (
      <ConfirmAction
        label={`Account van ${user.name} weer activeren`}
        question={`Het account van ${user.name} weer activeren?`}
        confirmLabel="Ja, activeren"
        onConfirm={() => send(true)}
      >
        <p className="utrecht-paragraph">
          {user.name} kan dan weer inloggen met het eigen wachtwoord, met dezelfde rol als voorheen.
        </p>
      </ConfirmAction>
    );
  }
  return (
    <ConfirmAction
      label={`Account van ${user.name} deactiveren`}
      question={`Het account van ${user.name} deactiveren?`}
      confirmLabel="Ja, deactiveren"
      onConfirm={() => send(false)}
    >
      <p className="utrecht-paragraph">
        {user.name} wordt direct overal uitgelogd en kan niet meer inloggen of een nieuw wachtwoord
        aanvragen. Wat {user.name} heeft vastgelegd blijft bewaard. U kunt het account later weer
        activeren.
      </p>
    </ConfirmAction>
  );
}
