// The login page of both apps. It only shows and collects; the session (session.tsx) talks to the API.
import { type FormEvent, type ReactNode, useState } from "react";
import { useNavigate, useSearchParams } from "react-router";
import { ErrorSummary, type ErrorSummaryItem } from "../../primitives/error-summary.js";
import { Loading } from "../../primitives/feedback.js";
import { Button, FormField, TextInput } from "../../primitives/form.js";
import { Link } from "../../primitives/link.js";
import { PageTitle } from "../../primitives/page.js";
import { Heading, Paragraph } from "../../primitives/typography.js";
import {
  type AppKind,
  FORGOT_PASSWORD_PATH,
  RETURN_PARAM,
  type SignedInAccount,
  safeReturnPath,
} from "./paths.js";
import { belongsElsewhere, WrongAppNotice } from "./wrong-app-notice.js";

export type LoginOutcome =
  | { ok: true; account: SignedInAccount }
  | {
      ok: false;
      message: string;
      /** "email" or "password" when the message is about that field */
      field?: string | null;
      /** Too many failed attempts: wait, or ask for a new password */
      throttled?: boolean;
    };

export interface LoginPageProps {
  app: AppKind;
  /** Who is logged in already, if anyone */
  account: SignedInAccount | null;
  onLogin: (email: string, password: string) => Promise<LoginOutcome>;
  /** Where to go after logging in when the address names no page to return to */
  defaultReturnPath: string;
  /** What this app is for, under the heading */
  intro: ReactNode;
}

const FIELD_IDS = { email: "email", password: "wachtwoord" } as const;

export function LoginPage({ app, account, onLogin, defaultReturnPath, intro }: LoginPageProps) {
  const [searchParams] = useSearchParams();
  const navigate = useNavigate();
  const returnPath = safeReturnPath(searchParams.get(RETURN_PARAM)) ?? defaultReturnPath;
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [errors, setErrors] = useState<{ email?: string; password?: string }>({});
  const [failure, setFailure] = useState<{ message: string; throttled: boolean } | null>(null);
  const [state, setState] = useState<"idle" | "submitting" | "done">("idle");

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const missing = {
      ...(email.trim() ? {} : { email: "Vul uw e-mailadres in." }),
      ...(password ? {} : { password: "Vul uw wachtwoord in." }),
    };
    setFailure(null);
    setErrors(missing);
    if (Object.keys(missing).length > 0) return;
    setState("submitting");
    let outcome: LoginOutcome;
    try {
      outcome = await onLogin(email.trim(), password);
    } catch {
      outcome = {
        ok: false,
        message: "Inloggen lukt nu niet. Probeer het over een paar minuten opnieuw.",
      };
    }
    if (outcome.ok) {
      setState("done");
      if (!belongsElsewhere(outcome.account, app)) navigate(returnPath, { replace: true });
      return;
    }
    setState("idle");
    setPassword("");
    if (outcome.field === "email" || outcome.field === "password") {
      setErrors({ [outcome.field]: outcome.message });
    } else {
      setFailure({ message: outcome.message, throttled: outcome.throttled ?? false });
    }
  }

  const title = <PageTitle>Inloggen</PageTitle>;
  if (account && belongsElsewhere(account, app)) {
    return (
      <>
        {title}
        <Heading level={1}>Inloggen</Heading>
        <WrongAppNotice app={app} account={account} />
      </>
    );
  }
  // While the store is reset after logging in, `account` may already name the person.
  if (state === "done" || (state === "submitting" && account)) {
    return (
      <>
        {title}
        <Heading level={1}>Inloggen</Heading>
        <Loading>U bent ingelogd. Bezig met doorsturen…</Loading>
      </>
    );
  }
  if (account) {
    return (
      <>
        {title}
        <Heading level={1}>Inloggen</Heading>
        <Paragraph>U bent al ingelogd als {account.name}.</Paragraph>
        <Paragraph>
          <Link to={returnPath}>Ga verder</Link>
        </Paragraph>
      </>
    );
  }

  const summaryItems: ErrorSummaryItem[] = [
    ...(errors.email ? [{ fieldId: FIELD_IDS.email, message: errors.email }] : []),
    ...(errors.password ? [{ fieldId: FIELD_IDS.password, message: errors.password }] : []),
  ];
  return (
    <>
      {title}
      <Heading level={1}>Inloggen</Heading>
      <Paragraph lead>{intro}</Paragraph>
      {summaryItems.length > 0 || failure ? (
        <ErrorSummary heading="Inloggen is niet gelukt" items={summaryItems}>
          {failure ? <p className="utrecht-paragraph">{failure.message}</p> : null}
          {failure?.throttled ? (
            <p className="utrecht-paragraph">
              <Link to={FORGOT_PASSWORD_PATH}>Nieuw wachtwoord aanvragen</Link>
            </p>
          ) : null}
        </ErrorSummary>
      ) : null}
      <form className="sroi-auth-form" noValidate onSubmit={submit}>
        <FormField id={FIELD_IDS.email} label="E-mailadres" error={errors.email}>
          <TextInput
            id={FIELD_IDS.email}
            name="email"
            type="email"
            autoComplete="username"
            spellCheck={false}
            value={email}
            onChange={(event) => setEmail(event.target.value)}
            width="md"
          />
        </FormField>
        <FormField id={FIELD_IDS.password} label="Wachtwoord" error={errors.password}>
          <TextInput
            id={FIELD_IDS.password}
            name="password"
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={(event) => setPassword(event.target.value)}
            width="md"
          />
        </FormField>
        <Button type="submit" disabled={state === "submitting"}>
          {state === "submitting" ? "Bezig met inloggen…" : "Inloggen"}
        </Button>
      </form>
      <Paragraph>
        <Link to={FORGOT_PASSWORD_PATH}>Wachtwoord vergeten?</Link>
      </Paragraph>
    </>
  );
}
