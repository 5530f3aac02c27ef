// Choosing a password from an invitation or a reset link; it ends logged in.
import { type FormEvent, useState } from "react";
import { useNavigate, useSearchParams } from "react-router";
import { ErrorSummary, type ErrorSummaryItem } from "../../primitives/error-summary.js";
import { Alert, Loading } from "../../primitives/feedback.js";
import { Button, FormField, TextInput } from "../../primitives/form.js";
import { Link } from "../../primitives/link.js";
import { PageTitle } from "../../primitives/page.js";
import { Heading, Paragraph } from "../../primitives/typography.js";
import {
  type AppKind,
  FORGOT_PASSWORD_PATH,
  MIN_PASSWORD_LENGTH,
  type SignedInAccount,
} from "./paths.js";
import { belongsElsewhere, WrongAppNotice } from "./wrong-app-notice.js";

export type SetPasswordOutcome =
  | { ok: true; account: SignedInAccount }
  | {
      ok: false;
      message: string;
      /** "token" when the link is expired or used, "password" when the password is refused */
      field?: string | null;
    };

export interface ChoosePasswordPageProps {
  app: AppKind;
  onSetPassword: (token: string, password: string) => Promise<SetPasswordOutcome>;
  /** Where to go once the password is set (and the person is logged in) */
  afterPath: string;
}

const PASSWORD_IDS = { password: "nieuw-wachtwoord", repeat: "herhaal-wachtwoord" } as const;

/** For an invitation and a reset link alike: both end with a new password and being logged in. */
export function ChoosePasswordPage({ app, onSetPassword, afterPath }: ChoosePasswordPageProps) {
  const [searchParams] = useSearchParams();
  const navigate = useNavigate();
  const token = searchParams.get("token")?.trim() ?? "";
  const [password, setPassword] = useState("");
  const [repeat, setRepeat] = useState("");
  const [errors, setErrors] = useState<{ password?: string; repeat?: string }>({});
  const [failure, setFailure] = useState<{ message: string; linkBroken: boolean } | null>(null);
  const [signedIn, setSignedIn] = useState<SignedInAccount | null>(null);
  const [submitting, setSubmitting] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFailure(null);
    const problems = {
      ...(password.length < MIN_PASSWORD_LENGTH
        ? {
            password: password
              ? `Kies een wachtwoord van minstens ${MIN_PASSWORD_LENGTH} tekens; dit zijn er ${password.length}.`
              : "Kies een wachtwoord.",
          }
        : {}),
      ...(password.length >= MIN_PASSWORD_LENGTH && repeat !== password
        ? {
            repeat: "De twee wachtwoorden zijn niet gelijk. Typ hetzelfde wachtwoord nog een keer.",
          }
        : {}),
    };
    setErrors(problems);
    if (Object.keys(problems).length > 0) return;
    setSubmitting(true);
    let outcome: SetPasswordOutcome;
    try {
      outcome = await onSetPassword(token, password);
    } catch {
      outcome = {
        ok: false,
        message: "Opslaan lukt nu niet. Probeer het over een paar minuten opnieuw.",
      };
    }
    setSubmitting(false);
    if (outcome.ok) {
      setSignedIn(outcome.account);
      if (!belongsElsewhere(outcome.account, app)) {
        navigate(afterPath, {
          replace: true,
          state: {
            flash: `Uw wachtwoord is opgeslagen. U bent ingelogd als ${outcome.account.name}.`,
          },
        });
      }
      return;
    }
    if (outcome.field === "password") setErrors({ password: outcome.message });
    else setFailure({ message: outcome.message, linkBroken: outcome.field === "token" });
  }

  const heading = (
    <>
      <PageTitle>Wachtwoord kiezen</PageTitle>
      <Heading level={1}>Wachtwoord kiezen</Heading>
    </>
  );
  if (signedIn) {
    return (
      <>
        {heading}
        {belongsElsewhere(signedIn, app) ? (
          <WrongAppNotice app={app} account={signedIn} />
        ) : (
          <Loading>Uw wachtwoord is opgeslagen. Bezig met doorsturen…</Loading>
        )}
      </>
    );
  }
  if (!token) {
    return (
      <>
        {heading}
        <Alert type="error" heading="Deze link is niet compleet">
          <p className="utrecht-paragraph">
            Open de link uit de e-mail opnieuw, of kopieer hem in zijn geheel naar de adresbalk.
          </p>
        </Alert>
        <Paragraph>
          <Link to={FORGOT_PASSWORD_PATH}>Vraag een nieuwe link aan</Link>
        </Paragraph>
      </>
    );
  }

  const summaryItems: ErrorSummaryItem[] = [
    ...(errors.password ? [{ fieldId: PASSWORD_IDS.password, message: errors.password }] : []),
    ...(errors.repeat ? [{ fieldId: PASSWORD_IDS.repeat, message: errors.repeat }] : []),
  ];
  return (
    <>
      {heading}
      <Paragraph lead>
        Kies een wachtwoord voor uw account. Daarna bent u meteen ingelogd.
      </Paragraph>
      {summaryItems.length > 0 || failure ? (
        <ErrorSummary heading="Het wachtwoord is niet opgeslagen" items={summaryItems}>
          {failure ? (
            <p className="utrecht-paragraph">
              {failure.message}
              {failure.linkBroken ? (
                <>
                  {" "}
                  <Link to={FORGOT_PASSWORD_PATH}>Vraag een nieuwe link aan</Link>
                </>
              ) : null}
            </p>
          ) : null}
        </ErrorSummary>
      ) : null}
      <form className="sroi-auth-form" noValidate onSubmit={submit}>
        {/* Lets a password manager store the new password with the right account */}
        <input type="hidden" name="username" autoComplete="username" value="" readOnly />
        <FormField
          id={PASSWORD_IDS.password}
          label="Nieuw wachtwoord"
          description={`Minstens ${MIN_PASSWORD_LENGTH} tekens. Een zin van een paar woorden is sterk en goed te onthouden.`}
          error={errors.password}
        >
          <TextInput
            id={PASSWORD_IDS.password}
            name="new-password"
            type="password"
            autoComplete="new-password"
            value={password}
            onChange={(event) => setPassword(event.target.value)}
            width="md"
          />
        </FormField>
        <FormField
          id={PASSWORD_IDS.repeat}
          label="Herhaal het nieuwe wachtwoord"
          error={errors.repeat}
        >
          <TextInput
            id={PASSWORD_IDS.repeat}
            name="repeat-password"
            type="password"
            autoComplete="new-password"
            value={repeat}
            onChange={(event) => setRepeat(event.target.value)}
            width="md"
          />
        </FormField>
        <Button type="submit" disabled={submitting}>
          {submitting ? "Bezig met opslaan…" : "Wachtwoord opslaan"}
        </Button>
      </form>
    </>
  );
}
