// Meldingen (/meldingen), reached through one's own name in the header: which e-mails this person
// gets, the daily digest and each immediate notice. The API says which notices exist
// (me.noticePreferences.notices) and stores the choice; this page only shows and sends it.
import { useMutation, useReadQuery } from "@apollo/client/react";
import {
  Alert,
  Button,
  CheckboxField,
  Fieldset,
  FocusedAlert,
  Heading,
  PageTitle,
  Paragraph,
} from "@sroi/ui";
import { type FormEvent, useState } from "react";
import { type LoaderFunctionArgs, useLoaderData } from "react-router";
import { preloadQuery } from "../apollo";
import { outcomeOf } from "../forms/outcome";
import { graphql } from "../gql";
import type { StaffNoticeKind } from "../gql/graphql";

const NoticePreferencesQuery = graphql(`
  query AdminNoticePreferences {
    me {
      id
      name
      email
      noticePreferences {
        digest
        notices {
          kind
          enabled
        }
      }
    }
  }
`);

const UpdateNoticePreferencesMutation = graphql(`
  mutation AdminUpdateNoticePreferences($digest: Boolean!, $mutedKinds: [StaffNoticeKind!]!) {
    updateNoticePreferences(digest: $digest, mutedKinds: $mutedKinds) {
      __typename
      ... on NoticePreferences {
        digest
        notices {
          kind
          enabled
        }
      }
      ...ErrorMessage
    }
  }
`);

const NOTICE_LABELS: Record<StaffNoticeKind, string> = {
  INTAKE_REQUESTED: "Een opdrachtnemer vraagt een intake aan",
  PLAN_SUBMITTED: "Een plan van aanpak is ingediend",
  REALISATION_SUBMITTED: "Een verantwoording is ingediend",
};

export function loader(_: LoaderFunctionArgs) {
  return preloadQuery.toPromise(
    preloadQuery(NoticePreferencesQuery, { fetchPolicy: "network-only" }),
  );
}

export function NoticePreferencesPage() {
  const { data } = useReadQuery(useLoaderData<typeof loader>());
  const me = data.me;
  const preferences = me?.noticePreferences ?? null;
  const [digest, setDigest] = useState(preferences?.digest ?? true);
  const [enabled, setEnabled] = useState(
    () => new Set(preferences?.notices.filter((n) => n.enabled).map((n) => n.kind) ?? []),
  );
  const [save, { loading }] = useMutation(UpdateNoticePreferencesMutation);
  const [result, setResult] = useState<{ ok: boolean; message: string } | null>(null);

  if (!me || !preferences) {
    return (
      <>
        <PageTitle>Meldingen</PageTitle>
        <Heading level={1}>Meldingen</Heading>
        <Paragraph>
          U krijgt geen e-mails voor medewerkers van een gemeente of uitvoerder.
        </Paragraph>
      </>
    );
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setResult(null);
    const mutedKinds = (preferences?.notices ?? [])
      .map((n) => n.kind)
      .filter((kind) => !enabled.has(kind));
    try {
      const answer = await save({ variables: { digest, mutedKinds } });
      const outcome = outcomeOf(answer.data?.updateNoticePreferences, "NoticePreferences");
      setResult(
        outcome.kind === "ok"
          ? { ok: true, message: "Uw keuze is opgeslagen." }
          : { ok: false, message: outcome.message },
      );
    } catch {
      setResult({
        ok: false,
        message: "Opslaan is niet gelukt. Controleer uw verbinding en probeer het opnieuw.",
      });
    }
  }

  function toggle(kind: StaffNoticeKind, on: boolean) {
    setEnabled((current) => {
      const next = new Set(current);
      if (on) next.add(kind);
      else next.delete(kind);
      return next;
    });
  }

  return (
    <>
      <PageTitle>Meldingen</PageTitle>
      <Heading level={1}>Meldingen</Heading>
      <Paragraph lead>
        Kies welke e-mails u krijgt op {me.email}. Wat u uitzet, blijft zichtbaar onder Te doen.
      </Paragraph>
      {result ? (
        result.ok ? (
          <Alert type="ok" role="status">
            <p className="utrecht-paragraph">{result.message}</p>
          </Alert>
        ) : (
          <FocusedAlert type="error">
            <p className="utrecht-paragraph">{result.message}</p>
          </FocusedAlert>
        )
      ) : null}
      <form onSubmit={submit} noValidate>
        <Fieldset
          legend="Dagoverzicht"
          description="Eén e-mail per dag met wat er is binnengekomen en welke termijnen zijn verstreken bij de opdrachten die u beheert. Is er niets nieuws, dan krijgt u geen e-mail."
        >
          <CheckboxField
            id="digest"
            label="Stuur mij het dagoverzicht"
            checked={digest}
            onChange={(event) => setDigest(event.target.checked)}
          />
        </Fieldset>
        <Fieldset
          legend="Direct bericht"
          description="Een e-mail op het moment dat het gebeurt, bijvoorbeeld over opdrachten waarvan u accountmanager bent."
        >
          {preferences.notices.map((notice) => (
            <CheckboxField
              key={notice.kind}
              id={`notice-${notice.kind}`}
              label={NOTICE_LABELS[notice.kind]}
              checked={enabled.has(notice.kind)}
              onChange={(event) => toggle(notice.kind, event.target.checked)}
            />
          ))}
        </Fieldset>
        <Button type="submit" disabled={loading}>
          {loading ? "Bezig met opslaan…" : "Opslaan"}
        </Button>
      </form>
    </>
  );
}
