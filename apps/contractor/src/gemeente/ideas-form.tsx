// "Uw vraag of idee": the form on a gemeente's public page. Anyone may send one; it goes to the
// organisation that carries out the gemeente's social return. The API checks everything and says
// what is wrong per field; the form shows it at the field and in a summary that takes focus. The
// page's token (ideaFormToken) lets the API tell a person from a robot that answers within a
// second; the hidden "website" field is a honeypot people never see (docs/decisions/0023).
import { useMutation, useQuery } from "@apollo/client/react";
import {
  Button,
  ErrorSummary,
  type ErrorSummaryItem,
  Fieldset,
  FocusedAlert,
  FormField,
  Heading,
  Paragraph,
  Textarea,
  TextInput,
} from "@sroi/ui";
import { type FormEvent, useId, useState } from "react";
import { graphql } from "../gql";
import type { IdeaKind } from "../gql/graphql";
import "./ideas-form.css";

const IdeaFormQuery = graphql(`
  query IdeaForm($municipalityCode: String!) {
    ideaForm(municipalityCode: $municipalityCode) {
      token
      answeredBy
      answerWithinWorkingDays
      keepDetailsMonths
    }
  }
`);

const SendIdeaMutation = graphql(`
  mutation SendIdea($input: SendIdeaInput!) {
    sendIdea(input: $input) {
      __typename
      ... on IdeaReceipt {
        answeredBy
        answerWithinWorkingDays
      }
      ... on InputError {
        field
      }
      ...ValidationIssues
      ...ErrorMessage
    }
  }
`);

const FIELDS = ["kind", "name", "email", "organisation", "message"] as const;
type Field = (typeof FIELDS)[number];
const fieldId = (prefix: string, field: Field) => `${prefix}-${field}`;

interface Sent {
  answeredBy: string;
  days: number;
  email: string;
  kind: IdeaKind;
}

export function IdeasForm({
  municipalityCode,
  municipalityName,
}: {
  /** CBS code, e.g. GM0307 */
  municipalityCode: string;
  municipalityName: string;
}) {
  const prefix = `idee${useId().replace(/:/g, "")}`;
  const form = useQuery(IdeaFormQuery, {
    variables: { municipalityCode },
    fetchPolicy: "network-only",
  });
  const [sendIdea, { loading }] = useMutation(SendIdeaMutation);
  const [values, setValues] = useState<Record<Field, string>>({
    kind: "QUESTION",
    name: "",
    email: "",
    organisation: "",
    message: "",
  });
  const [website, setWebsite] = useState("");
  const [issues, setIssues] = useState<Partial<Record<Field, string>>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [sent, setSent] = useState<Sent | null>(null);

  const set = (field: Field) => (value: string) => setValues((v) => ({ ...v, [field]: value }));

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFailure(null);
    const formToken = form.data?.ideaForm?.token;
    if (!formToken) {
      setIssues({});
      setFailure("Het formulier is nog niet klaar. Probeer het over een paar seconden opnieuw.");
      return;
    }
    const kind = values.kind as IdeaKind;
    try {
      const { data } = await sendIdea({
        variables: {
          input: {
            municipalityCode,
            kind,
            name: values.name,
            email: values.email,
            organisation: values.organisation || null,
            message: values.message,
            formToken,
            website: website || null,
          },
        },
      });
      const result = data?.sendIdea;
      if (result?.__typename === "IdeaReceipt") {
        setIssues({});
        setSent({
          answeredBy: result.answeredBy,
          days: result.answerWithinWorkingDays,
          email: values.email.trim(),
          kind,
        });
      } else if (result?.__typename === "ValidationError") {
        setIssues(
          Object.fromEntries(result.issues.map((issue) => [issue.field, issue.message])) as Partial<
            Record<Field, string>
          >,
        );
      } else {
        setIssues({});
        setFailure(result?.message ?? "Versturen is niet gelukt.");
        // An expired or too quick form gets a fresh token; the text typed stays.
        if (result?.__typename === "InputError" && result.field === "formToken")
          await form.refetch();
      }
    } catch {
      setFailure("Versturen is niet gelukt. Controleer uw verbinding en probeer het opnieuw.");
    }
  }

  if (sent) {
    return (
      <FocusedAlert
        type="ok"
        heading={`Uw ${sent.kind === "IDEA" ? "idee" : "vraag"} is verstuurd`}
      >
        <Paragraph>
          Bedankt. {sent.answeredBy} leest uw bericht en antwoordt binnen {sent.days} werkdagen. U
          krijgt het antwoord op {sent.email}.
        </Paragraph>
        <Paragraph>
          U krijgt nu ook een e-mail dat wij uw bericht hebben ontvangen. Kreeg u die niet? Kijk dan
          in uw map met ongewenste e-mail.
        </Paragraph>
      </FocusedAlert>
    );
  }

  const about = form.data?.ideaForm;
  const summary: ErrorSummaryItem[] = FIELDS.flatMap((field) => {
    const message = issues[field];
    return message ? [{ fieldId: fieldId(prefix, field), message }] : [];
  });
  const input = (field: Field) => ({
    id: fieldId(prefix, field),
    name: field,
    value: values[field],
    onChange: (event: { target: { value: string } }) => set(field)(event.target.value),
  });
  return (
    <form
      noValidate
      onSubmit={submit}
      aria-labelledby={`${prefix}-kop`}
      className="sroi-ideas-form"
    >
      <Heading level={3} id={`${prefix}-kop`}>
        Uw vraag of idee over social return
      </Heading>
      <Paragraph>
        Heeft u een vraag over social return in gemeente {municipalityName}? Of een advies of een
        creatief idee? Wij horen het graag.
        {about
          ? ` ${about.answeredBy} leest uw bericht en antwoordt binnen ${about.answerWithinWorkingDays} werkdagen.`
          : null}
      </Paragraph>
      {summary.length > 0 || failure ? (
        <ErrorSummary heading="Uw bericht is niet verstuurd" items={summary}>
          {failure ? <p className="utrecht-paragraph">{failure}</p> : null}
        </ErrorSummary>
      ) : null}
      <Fieldset legend="Wat wilt u sturen?">
        {(
          [
            ["QUESTION", "Een vraag"],
            ["IDEA", "Een idee of advies"],
          ] as const
        ).map(([kind, label]) => (
          <div key={kind} className="utrecht-form-field sroi-form-field sroi-checkbox-field">
            <div className="utrecht-form-field__input">
              <input
                type="radio"
                className="sroi-radio"
                id={kind === "QUESTION" ? fieldId(prefix, "kind") : `${prefix}-kind-idea`}
                name={`${prefix}-kind`}
                value={kind}
                checked={values.kind === kind}
                onChange={() => set("kind")(kind)}
              />
            </div>
            <div className="utrecht-form-field__label">
              <label
                className="utrecht-form-label"
                htmlFor={kind === "QUESTION" ? fieldId(prefix, "kind") : `${prefix}-kind-idea`}
              >
                {label}
              </label>
            </div>
          </div>
        ))}
      </Fieldset>
      <FormField id={fieldId(prefix, "name")} label="Uw naam" error={issues.name}>
        <TextInput {...input("name")} autoComplete="name" />
      </FormField>
      <FormField
        id={fieldId(prefix, "email")}
        label="Uw e-mailadres"
        description="Hierop krijgt u antwoord."
        error={issues.email}
      >
        <TextInput {...input("email")} type="email" autoComplete="email" />
      </FormField>
      <FormField
        id={fieldId(prefix, "organisation")}
        label="Uw organisatie (niet verplicht)"
        error={issues.organisation}
      >
        <TextInput {...input("organisation")} autoComplete="organization" />
      </FormField>
      <FormField
        id={fieldId(prefix, "message")}
        label={values.kind === "IDEA" ? "Uw idee of advies" : "Uw vraag"}
        description="Zet hier liever geen telefoonnummer of gegevens van anderen in."
        error={issues.message}
      >
        <Textarea {...input("message")} rows={6} />
      </FormField>
      {/* The honeypot: hidden from sight, from screen readers and from the tab order. */}
      <div className="sroi-ideas-form__trap" aria-hidden="true">
        <label htmlFor={`${prefix}-website`}>Laat dit veld leeg</label>
        <input
          id={`${prefix}-website`}
          name="website"
          type="text"
          tabIndex={-1}
          autoComplete="off"
          value={website}
          onChange={(event) => setWebsite(event.target.value)}
        />
      </div>
      <Paragraph>
        Uw naam en e-mailadres gebruiken wij alleen om u te antwoorden. Wij verwijderen ze{" "}
        {about?.keepDetailsMonths ?? 6} maanden nadat uw bericht is afgehandeld. Meer hierover leest
        u in de{" "}
        <a className="utrecht-link utrecht-link--html-a" href="/privacy">
          privacyverklaring
        </a>
        .
      </Paragraph>
      <Button type="submit" disabled={loading}>
        {loading ? "Bezig met versturen…" : "Verstuur"}
      </Button>
    </form>
  );
}
