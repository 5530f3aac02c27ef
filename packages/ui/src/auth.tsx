// Signing in and out, the same in the admin app and the portal. These pieces only show and collect;
// each app passes in what talks to the API (its own typed GraphQL operations) as callbacks.
import { type FormEvent, type ReactNode, useState } from "react";
import { useNavigate, useSearchParams } from "react-router";
import { DataList, DataListItem } from "./data-list.js";
import { ErrorSummary, type ErrorSummaryItem } from "./error-summary.js";
import { Alert, Loading } from "./feedback.js";
import { Button, FormField, TextInput } from "./form.js";
import { ExternalLink, Link } from "./link.js";
import { PageTitle } from "./page.js";
import { Heading, Paragraph } from "./typography.js";

/** Which app a person works in: staff in Beheer (ADMIN), contractors in the portal (PORTAL). */
export type AppKind = "ADMIN" | "PORTAL";

export interface SignedInAccount {
  name: string;
  email: string;
  organisationName: string | null;
  /** "ADMIN" or "PORTAL", as the API's Me.app says */
  app: string;
}

/** The query parameter that carries the page to return to after logging in. */
export const RETURN_PARAM = "terug";
export const LOGIN_PATH = "/inloggen";
export const FORGOT_PASSWORD_PATH = "/wachtwoord-vergeten";
export const CHOOSE_PASSWORD_PATH = "/wachtwoord";
export const ACCOUNT_PATH = "/account";
/** Long enough to resist guessing; the API refuses shorter ones with the same words. */
export const MIN_PASSWORD_LENGTH = 10;

const AUTH_PATHS = [LOGIN_PATH, FORGOT_PASSWORD_PATH, CHOOSE_PASSWORD_PATH];

/**
 * Only a path inside this app may be returned to: "/opdrachten/12?x=1" yes, "//evil.example",
 * "https://…" or "/\evil" no, so a crafted login link cannot send someone elsewhere.
 */
export function safeReturnPath(value: string | null | undefined): string | null {
  if (!value?.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) {
    return null;
  }
  // A login page is no place to return to: it would ask again.
  const path = value.split(/[?#]/)[0] ?? "";
  return AUTH_PATHS.includes(path) ? null : value;
}

/** "/inloggen?terug=%2Fopdrachten" for a page within the app (without the app's base path). */
export function loginPath(returnTo?: string | null): string {
  const target = safeReturnPath(returnTo);
  return target && target !== "/"
    ? `${LOGIN_PATH}?${new URLSearchParams({ [RETURN_PARAM]: target })}`
    : LOGIN_PATH;
}

/** The page a browser address points at, relative to the app's base path ("/admin"). */
export function pathWithinApp(url: URL, basename: string): string {
  const path = url.pathname.startsWith(basename)
    ? url.pathname.slice(basename.length) || "/"
    : url.pathname;
  return `${path}${url.search}`;
}

const APPS: Record<AppKind, { name: string; href: string; audience: string }> = {
  ADMIN: {
    name: "Beheer",
    href: "/admin/",
    audience: "medewerkers van gemeenten en werkgeversservicepunten",
  },
  PORTAL: { name: "het portaal voor opdrachtnemers", href: "/portal/", audience: "opdrachtnemers" },
};

const otherApp = (app: AppKind): AppKind => (app === "ADMIN" ? "PORTAL" : "ADMIN");

/** Whether a signed-in account belongs in another app than this one. */
export function belongsElsewhere(account: Pick<SignedInAccount, "app">, app: AppKind): boolean {
  return account.app !== app;
}

/** Shown to someone logged in with an account that belongs in the other app, with a link there. */
export function WrongAppNotice({
  app,
  account,
  headingLevel = 2,
}: {
  app: AppKind;
  account: Pick<SignedInAccount, "name" | "organisationName">;
  headingLevel?: 2 | 3;
}) {
  const other = APPS[otherApp(app)];
  return (
    <Alert
      type="warning"
      heading="Uw account hoort bij een andere omgeving"
      headingLevel={headingLevel}
    >
      <p className="utrecht-paragraph">
        U bent ingelogd als {account.name}
        {account.organisationName ? ` (${account.organisationName})` : ""}. Deze omgeving is voor{" "}
        {APPS[app].audience}; uw account hoort bij {other.name}.
      </p>
      <p className="utrecht-paragraph">
        {/* Another app is another page load, not a route of this router */}
        <ExternalLink href={other.href}>Ga naar {other.name}</ExternalLink>
      </p>
    </Alert>
  );
}

/** Who is logged in, in the page header, with the way out; or the way in. */
export function AccountMenu({
  account,
  loading = false,
  loginTo,
  accountTo = ACCOUNT_PATH,
  onLogout,
  busy = false,
}: {
  account: Pick<SignedInAccount, "name" | "organisationName"> | null;
  /** Not known yet whether anyone is logged in: show nothing rather than the wrong thing */
  loading?: boolean;
  /** null on the login page itself */
  loginTo: string | null;
  accountTo?: string;
  onLogout: () => void;
  /** Logging out is under way */
  busy?: boolean;
}) {
  if (loading) return null;
  if (!account) {
    if (loginTo === null) return null;
    return (
      <div className="sroi-account">
        <Link to={loginTo} className="sroi-account__login">
          Inloggen
        </Link>
      </div>
    );
  }
  return (
    <div className="sroi-account">
      <p className="sroi-account__who">
        <span className="sroi-account__label">Ingelogd als</span>{" "}
        <Link to={accountTo} className="sroi-account__name">
          {account.name}
        </Link>
        {account.organisationName ? (
          <span className="sroi-account__organisation">{account.organisationName}</span>
        ) : null}
      </p>
      <Button appearance="secondary-action" onClick={onLogout} disabled={busy}>
        Uitloggen
      </Button>
    </div>
  );
}

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

/** Deliberately the same whether or not the address has an account: nobody learns who has one. */
export const RESET_REQUESTED_TEXT =
  "Als dit e-mailadres bij ons bekend is, ontvangt u binnen een paar minuten een e-mail met een link om een nieuw wachtwoord te kiezen. De link is 2 uur geldig.";

export function ForgotPasswordPage({ onRequest }: { onRequest: (email: string) => Promise<void> }) {
  const [email, setEmail] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [failure, setFailure] = useState(false);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFailure(false);
    const address = email.trim();
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(address)) {
      setError(
        address
          ? "Vul een geldig e-mailadres in, zoals naam@bedrijf.nl."
          : "Vul uw e-mailadres in.",
      );
      return;
    }
    setError(null);
    setSubmitting(true);
    try {
      await onRequest(address);
      setSentTo(address);
    } catch {
      setFailure(true);
    } finally {
      setSubmitting(false);
    }
  }

  return (
    <>
      <PageTitle>Wachtwoord vergeten</PageTitle>
      <Heading level={1}>Wachtwoord vergeten</Heading>
      {sentTo ? (
        <>
          <Alert type="ok" role="status" heading="Controleer uw e-mail">
            <p className="utrecht-paragraph">{RESET_REQUESTED_TEXT}</p>
          </Alert>
          <Paragraph>
            Geen e-mail ontvangen? Kijk ook bij uw ongewenste e-mail, of{" "}
            <Link to={FORGOT_PASSWORD_PATH} onClick={() => setSentTo(null)}>
              vraag opnieuw een link aan
            </Link>
            .
          </Paragraph>
          <Paragraph>
            <Link to={LOGIN_PATH}>Terug naar inloggen</Link>
          </Paragraph>
        </>
      ) : (
        <>
          <Paragraph lead>
            Vul het e-mailadres van uw account in. U krijgt dan een link om een nieuw wachtwoord te
            kiezen.
          </Paragraph>
          {error || failure ? (
            <ErrorSummary
              heading="Het aanvragen is niet gelukt"
              items={error ? [{ fieldId: "email", message: error }] : []}
            >
              {failure ? (
                <p className="utrecht-paragraph">
                  Er ging iets mis bij het versturen. Probeer het over een paar minuten opnieuw.
                </p>
              ) : null}
            </ErrorSummary>
          ) : null}
          <form className="sroi-auth-form" noValidate onSubmit={submit}>
            <FormField id="email" label="E-mailadres" error={error}>
              <TextInput
                id="email"
                name="email"
                type="email"
                autoComplete="email"
                spellCheck={false}
                value={email}
                onChange={(event) => setEmail(event.target.value)}
                width="md"
              />
            </FormField>
            <Button type="submit" disabled={submitting}>
              Stuur mij een link
            </Button>
          </form>
          <Paragraph>
            <Link to={LOGIN_PATH}>Terug naar inloggen</Link>
          </Paragraph>
        </>
      )}
    </>
  );
}

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

export interface AccountDetails {
  name: string;
  email: string;
  /** "Beheerder opdrachtnemer bij Bouwbedrijf Eemland B.V." per membership */
  memberships: { roleLabel: string; organisationName: string | null }[];
}

/** Mijn account: who you are here, and logging out on every device. */
export function AccountPage({
  account,
  onLogoutEverywhere,
}: {
  account: AccountDetails;
  onLogoutEverywhere: () => Promise<void>;
}) {
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  async function logoutEverywhere() {
    setBusy(true);
    setFailed(false);
    try {
      await onLogoutEverywhere();
    } catch {
      setFailed(true);
      setBusy(false);
    }
  }
  return (
    <>
      <PageTitle>Mijn account</PageTitle>
      <Heading level={1}>Mijn account</Heading>
      <DataList>
        <DataListItem label="Naam">{account.name}</DataListItem>
        <DataListItem label="E-mailadres">{account.email}</DataListItem>
        {account.memberships.map((membership) => (
          <DataListItem
            key={`${membership.roleLabel}|${membership.organisationName}`}
            label={membership.organisationName ?? "Platform"}
          >
            {membership.roleLabel}
          </DataListItem>
        ))}
      </DataList>
      <Heading level={2}>Wachtwoord wijzigen</Heading>
      <Paragraph>
        Vraag een link aan om een nieuw wachtwoord te kiezen:{" "}
        <Link to={FORGOT_PASSWORD_PATH}>nieuw wachtwoord aanvragen</Link>. Met het nieuwe wachtwoord
        wordt u op alle andere apparaten uitgelogd.
      </Paragraph>
      <Heading level={2}>Overal uitloggen</Heading>
      <Paragraph>
        Bent u nog ingelogd op een ander apparaat, bijvoorbeeld een gedeelde computer, of vertrouwt
        u het niet? Log dan overal uit. U moet daarna op elk apparaat opnieuw inloggen, ook op dit.
      </Paragraph>
      {failed ? (
        <Alert type="error" role="alert">
          <p className="utrecht-paragraph">Uitloggen is niet gelukt. Probeer het opnieuw.</p>
        </Alert>
      ) : null}
      <Button appearance="secondary-action" onClick={logoutEverywhere} disabled={busy}>
        Overal uitloggen
      </Button>
    </>
  );
}
