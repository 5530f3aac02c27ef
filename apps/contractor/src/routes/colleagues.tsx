// Collega's: a contractor admin sees who of the organisation has an account and invites others.
// The invitation goes out by e-mail; until the colleague chooses a password it shows as pending.
import { useMutation, useReadQuery } from "@apollo/client/react";
import {
  Alert,
  Button,
  EmptyState,
  ErrorSummary,
  type ErrorSummaryItem,
  FormField,
  Heading,
  MeQuery,
  PageTitle,
  Paragraph,
  Select,
  StatusBadge,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  TextInput,
} from "@sroi/ui";
import { type FormEvent, useState } from "react";
import { type LoaderFunctionArgs, useLoaderData } from "react-router";
import { client, preloadQuery } from "../apollo";
import { graphql } from "../gql";
import type { InvitableRole, PortalColleaguesQuery } from "../gql/graphql";
import { invitesInto } from "./login-session";

const ColleaguesQuery = graphql(`
  query PortalColleagues {
    organisations(kind: CONTRACTOR) {
      id
      name
      members {
        role
        roleLabel
        user {
          id
          name
          email
          invitationPending
        }
      }
    }
  }
`);

const InviteColleagueMutation = graphql(`
  mutation PortalInviteColleague(
    $organisationId: ID!
    $name: String!
    $email: String!
    $role: InvitableRole!
  ) {
    inviteColleague(organisationId: $organisationId, name: $name, email: $email, role: $role) {
      __typename
      ... on User {
        id
        name
        email
        invitationPending
      }
      ...ValidationIssues
      ...ErrorMessage
    }
  }
`);

/** Only who may invite sees the members (the API refuses others): ask for them only then. */
export async function loader(_: LoaderFunctionArgs) {
  const { data } = await client.query({ query: MeQuery });
  const adminOf = data?.me ? invitesInto(data.me) : [];
  if (adminOf.length === 0) return { adminOf, colleagues: null };
  return {
    adminOf,
    colleagues: await preloadQuery.toPromise(preloadQuery(ColleaguesQuery)),
  };
}

export function ColleaguesPage() {
  const loaded = useLoaderData<typeof loader>();
  return (
    <>
      <PageTitle>Collega's</PageTitle>
      <Heading level={1}>Collega's</Heading>
      {loaded.colleagues ? (
        <Colleagues queryRef={loaded.colleagues} adminOf={loaded.adminOf} />
      ) : (
        <Paragraph>
          Alleen een beheerder van uw organisatie kan collega's bekijken en uitnodigen. Vraag uw
          beheerder om een collega toe te voegen.
        </Paragraph>
      )}
    </>
  );
}

type Organisation = PortalColleaguesQuery["organisations"][number];

function Colleagues({
  queryRef,
  adminOf,
}: {
  queryRef: NonNullable<Awaited<ReturnType<typeof loader>>["colleagues"]>;
  adminOf: string[];
}) {
  const { data } = useReadQuery(queryRef);
  const organisations = data.organisations.filter((organisation) =>
    adminOf.includes(organisation.id),
  );
  if (organisations.length === 0) {
    return <EmptyState>U bent geen beheerder van een organisatie.</EmptyState>;
  }
  return (
    <>
      <Paragraph lead>
        Wie van uw organisatie het portaal gebruikt. Een nieuwe collega krijgt een e-mail met een
        link om een wachtwoord te kiezen.
      </Paragraph>
      {organisations.map((organisation) => (
        <section key={organisation.id} aria-labelledby={`organisatie-${organisation.id}`}>
          {organisations.length > 1 ? (
            <Heading level={2} id={`organisatie-${organisation.id}`}>
              {organisation.name}
            </Heading>
          ) : (
            <Heading level={2} id={`organisatie-${organisation.id}`}>
              Collega's bij {organisation.name}
            </Heading>
          )}
          <Members organisation={organisation} />
          <InviteForm organisation={organisation} />
        </section>
      ))}
    </>
  );
}

function Members({ organisation }: { organisation: Organisation }) {
  const members = [...organisation.members].sort((a, b) => a.user.name.localeCompare(b.user.name));
  return (
    <Table caption={`Collega's bij ${organisation.name}`} captionHidden>
      <TableHeader>
        <TableRow>
          <TableHeaderCell scope="col">Naam</TableHeaderCell>
          <TableHeaderCell scope="col">E-mailadres</TableHeaderCell>
          <TableHeaderCell scope="col">Rol</TableHeaderCell>
          <TableHeaderCell scope="col">Account</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {members.map((member) => (
          <TableRow key={member.user.id}>
            <TableHeaderCell scope="row">{member.user.name}</TableHeaderCell>
            <TableCell>{member.user.email}</TableCell>
            <TableCell>{member.roleLabel}</TableCell>
            <TableCell>
              {member.user.invitationPending ? (
                <StatusBadge type="warning">Uitnodiging verstuurd</StatusBadge>
              ) : (
                <StatusBadge type="success">Actief</StatusBadge>
              )}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

const ROLE_OPTIONS: { value: InvitableRole; label: string }[] = [
  {
    value: "CONTRACTOR_USER",
    label:
      "Medewerker: werkt aan de opdrachten (contact, plan van aanpak, verantwoording en bewijs)",
  },
  { value: "CONTRACTOR_ADMIN", label: "Beheerder: kan dat ook, en collega's uitnodigen" },
];

function InviteForm({ organisation }: { organisation: Organisation }) {
  const [invite, { loading }] = useMutation(InviteColleagueMutation, {
    refetchQueries: [ColleaguesQuery],
    awaitRefetchQueries: true,
  });
  const [name, setName] = useState("");
  const [email, setEmail] = useState("");
  const [role, setRole] = useState<InvitableRole>("CONTRACTOR_USER");
  const [issues, setIssues] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [invited, setInvited] = useState<{ name: string; email: string } | null>(null);
  const ids = {
    name: `naam-${organisation.id}`,
    email: `email-${organisation.id}`,
    role: `rol-${organisation.id}`,
  };

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFailure(null);
    setInvited(null);
    const found: Record<string, string> = {};
    if (!name.trim()) found.name = "Vul de naam van uw collega in.";
    if (!email.trim()) found.email = "Vul het e-mailadres van uw collega in.";
    else if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email.trim()))
      found.email = "Vul een geldig e-mailadres in, zoals naam@bedrijf.nl.";
    setIssues(found);
    if (Object.keys(found).length > 0) return;
    try {
      const { data } = await invite({
        variables: {
          organisationId: organisation.id,
          name: name.trim(),
          email: email.trim(),
          role,
        },
      });
      const result = data?.inviteColleague;
      if (result?.__typename === "User") {
        setInvited({ name: result.name, email: result.email });
        setName("");
        setEmail("");
        setRole("CONTRACTOR_USER");
      } else if (result?.__typename === "ValidationError") {
        setIssues(Object.fromEntries(result.issues.map((issue) => [issue.field, issue.message])));
      } else {
        setFailure(result?.message ?? "Uitnodigen is niet gelukt.");
      }
    } catch {
      setFailure("Uitnodigen is niet gelukt. Controleer uw verbinding en probeer het opnieuw.");
    }
  }

  const summary: ErrorSummaryItem[] = Object.entries(issues).map(([field, text]) => ({
    fieldId: ids[field as keyof typeof ids] ?? ids.name,
    message: text,
  }));
  return (
    <>
      <Heading level={3}>Collega uitnodigen</Heading>
      <div role="status">
        {invited ? (
          <Alert type="ok" heading="Uitnodiging verstuurd" headingLevel={4}>
            <p className="utrecht-paragraph">
              {invited.name} krijgt een e-mail op {invited.email} met een link om een wachtwoord te
              kiezen. De link is 7 dagen geldig.
            </p>
          </Alert>
        ) : null}
      </div>
      {summary.length > 0 || failure ? (
        <ErrorSummary heading="De uitnodiging is niet verstuurd" items={summary}>
          {failure ? <p className="utrecht-paragraph">{failure}</p> : null}
        </ErrorSummary>
      ) : null}
      <form noValidate onSubmit={submit} aria-label={`Collega uitnodigen bij ${organisation.name}`}>
        <FormField id={ids.name} label="Naam" error={issues.name}>
          <TextInput
            id={ids.name}
            name="name"
            autoComplete="off"
            value={name}
            onChange={(event) => setName(event.target.value)}
            width="md"
          />
        </FormField>
        <FormField id={ids.email} label="E-mailadres" error={issues.email}>
          <TextInput
            id={ids.email}
            name="email"
            type="email"
            autoComplete="off"
            spellCheck={false}
            value={email}
            onChange={(event) => setEmail(event.target.value)}
            width="md"
          />
        </FormField>
        <FormField id={ids.role} label="Rol" error={issues.role}>
          <Select
            id={ids.role}
            name="role"
            value={role}
            onChange={(event) => setRole(event.target.value as InvitableRole)}
          >
            {ROLE_OPTIONS.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </Select>
        </FormField>
        <Button type="submit" disabled={loading}>
          {loading ? "Bezig met uitnodigen…" : "Stuur uitnodiging"}
        </Button>
      </form>
    </>
  );
}
