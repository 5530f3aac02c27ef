// Mijn account → Telefoonnummer: a staff member's work phone, which the contractors they advise
// read on their contract page. The API checks the number (setMyPhone); this form says its answer.
import { type FormEvent, useState } from "react";
import { Alert } from "../../primitives/feedback.js";
import { Button, FormField, TextInput } from "../../primitives/form.js";
import { Heading, Paragraph } from "../../primitives/typography.js";

export type SavePhoneOutcome = { ok: true; phone: string | null } | { ok: false; message: string };

const FIELD_ID = "werktelefoon";

export function WorkPhoneForm({
  phone,
  onSave,
}: {
  phone: string | null;
  onSave: (phone: string) => Promise<SavePhoneOutcome>;
}) {
  const [value, setValue] = useState(phone ?? "");
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setBusy(true);
    setSaved(null);
    try {
      const outcome = await onSave(value);
      if (outcome.ok) {
        setError(null);
        setValue(outcome.phone ?? "");
        setSaved(outcome.phone ? `Opgeslagen: ${outcome.phone}.` : "Het telefoonnummer is gewist.");
      } else setError(outcome.message);
    } catch {
      setError("Opslaan is niet gelukt. Probeer het opnieuw.");
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="telefoon-kop">
      <Heading level={2} id="telefoon-kop">
        Telefoonnummer
      </Heading>
      <Paragraph>
        De opdrachtnemers die u als accountmanager begeleidt, zien dit nummer bij hun opdracht,
        naast uw naam en e-mailadres. Laat het veld leeg om het nummer te wissen.
      </Paragraph>
      <form onSubmit={submit} noValidate>
        <FormField
          id={FIELD_ID}
          label="Telefoonnummer werk (niet verplicht)"
          description="Een Nederlands nummer, bijvoorbeeld 023 - 511 38 67 of 06 12345678."
          error={error ?? undefined}
        >
          <TextInput
            id={FIELD_ID}
            type="tel"
            autoComplete="tel"
            width="md"
            value={value}
            onChange={(event) => setValue(event.currentTarget.value)}
          />
        </FormField>
        <Button type="submit" appearance="secondary-action" disabled={busy}>
          Telefoonnummer opslaan
        </Button>
      </form>
      <div role="status">
        {saved ? (
          <Alert type="ok">
            <p className="utrecht-paragraph">{saved}</p>
          </Alert>
        ) : null}
      </div>
    </section>
  );
}
