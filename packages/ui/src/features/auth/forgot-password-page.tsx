// Asking for a link to choose a new password.
import { type FormEvent, useState } from "react";
import { ErrorSummary } from "../../primitives/error-summary.js";
import { Alert } from "../../primitives/feedback.js";
import { Button, FormField, TextInput } from "../../primitives/form.js";
import { Link } from "../../primitives/link.js";
import { PageTitle } from "../../primitives/page.js";
import { Heading, Paragraph } from "../../primitives/typography.js";
import { FORGOT_PASSWORD_PATH, LOGIN_PATH } from "./paths.js";

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
