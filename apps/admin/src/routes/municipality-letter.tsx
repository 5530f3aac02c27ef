// Beoordelingsbrief (/beleid/brief/:code): what the gemeente prints on its eindbeoordeling letter,
// its postal address and its own texts (legal basis, payment term, bezwaar clause). The
// coordinator of the gemeente changes them; its other staff read them.
import { useMutation, useReadQuery } from "@apollo/client/react";
import {
  Button,
  ButtonGroup,
  type FlashState,
  FormField,
  Heading,
  Link,
  PageTitle,
  Paragraph,
  Textarea,
} from "@sroi/ui";
import { type FormEvent, useState } from "react";
import { type LoaderFunctionArgs, useLoaderData, useNavigate, useParams } from "react-router";
import { preloadQuery } from "../apollo";
import { errorFor, FormErrors } from "../forms/form-feedback";
import { type FieldIssue, outcomeOf, requestFailed } from "../forms/outcome";
import { graphql } from "../gql";

const LetterQuery = graphql(`
  query AdminMunicipalityLetter {
    municipalities {
      code
      name
      viewerCan {
        managePolicy
      }
      letter {
        address
        legalBasis
        paymentTerm
        objectionClause
      }
    }
  }
`);

const UpdateLetterMutation = graphql(`
  mutation AdminUpdateMunicipalityLetter(
    $municipalityCode: String!
    $letter: MunicipalityLetterInput!
  ) {
    updateMunicipalityLetter(municipalityCode: $municipalityCode, letter: $letter) {
      __typename
      ... on Municipality {
        code
        letter {
          address
          legalBasis
          paymentTerm
          objectionClause
        }
      }
      ...ValidationIssues
      ...ErrorMessage
    }
  }
`);

/** The form's fields: the API's name for each, its control and its words. */
const FIELDS = [
  {
    name: "address",
    issue: "letterAddress",
    label: "Adres van de gemeente",
    description: "Bovenaan de brief, één regel per adresregel, bijvoorbeeld Postbus 4000.",
  },
  {
    name: "legalBasis",
    issue: "letterLegalBasis",
    label: "Grondslag",
    description:
      "Waarop de social return-verplichting berust, bijvoorbeeld de contractvoorwaarden.",
  },
  {
    name: "paymentTerm",
    issue: "letterPaymentTerm",
    label: "Betalingstermijn",
    description:
      "Alleen in een brief met een sanctie: binnen welke termijn en hoe er betaald wordt.",
  },
  {
    name: "objectionClause",
    issue: "letterObjectionClause",
    label: "Bezwaarclausule",
    description: "Hoe en binnen welke termijn de opdrachtnemer bezwaar kan maken.",
  },
] as const;
type FieldName = (typeof FIELDS)[number]["name"];
const FIELD_IDS = Object.fromEntries(FIELDS.map((f) => [f.issue, `brief-${f.name}`]));

export function loader(_: LoaderFunctionArgs) {
  return preloadQuery.toPromise(preloadQuery(LetterQuery, { fetchPolicy: "network-only" }));
}

export function MunicipalityLetterPage() {
  const { data } = useReadQuery(useLoaderData<typeof loader>());
  const { code } = useParams();
  const municipality = data.municipalities.find((m) => m.code === code);
  if (!municipality?.letter) {
    return (
      <>
        <PageTitle>Beoordelingsbrief niet gevonden</PageTitle>
        <Heading level={1}>Beoordelingsbrief niet gevonden</Heading>
        <Paragraph>Deze gemeente bestaat niet, of u werkt niet voor haar.</Paragraph>
        <Paragraph>
          <Link to="/beleid">Naar het SR-beleid</Link>
        </Paragraph>
      </>
    );
  }
  return (
    <>
      <PageTitle>{`Beoordelingsbrief ${municipality.name}`}</PageTitle>
      <Paragraph>
        <Link to="/beleid">Terug naar het SR-beleid</Link>
      </Paragraph>
      <Heading level={1}>{`Beoordelingsbrief gemeente ${municipality.name}`}</Heading>
      <Paragraph lead>
        Wat de gemeente in de brief bij de eindbeoordeling zet, naast de uitkomst en de bedragen.
      </Paragraph>
      {municipality.viewerCan.managePolicy ? (
        <LetterForm code={municipality.code} letter={municipality.letter} />
      ) : (
        <dl className="utrecht-data-list utrecht-data-list--rows sroi-data-list">
          {FIELDS.map((field) => (
            <div className="utrecht-data-list__item" key={field.name}>
              <dt className="utrecht-data-list__item-key">{field.label}</dt>
              <dd className="utrecht-data-list__item-value sroi-preserve-lines">
                {municipality.letter?.[field.name] ?? "niet ingevuld"}
              </dd>
            </div>
          ))}
        </dl>
      )}
    </>
  );
}

function LetterForm({
  code,
  letter,
}: {
  code: string;
  letter: Record<FieldName, string | null | undefined>;
}) {
  const navigate = useNavigate();
  const [values, setValues] = useState<Record<FieldName, string>>(() => ({
    address: letter.address ?? "",
    legalBasis: letter.legalBasis ?? "",
    paymentTerm: letter.paymentTerm ?? "",
    objectionClause: letter.objectionClause ?? "",
  }));
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const [update, { loading }] = useMutation(UpdateLetterMutation);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setIssues([]);
    setFailure(null);
    try {
      const { data } = await update({ variables: { municipalityCode: code, letter: values } });
      const outcome = outcomeOf(data?.updateMunicipalityLetter, "Municipality");
      if (outcome.kind === "ok") {
        const state: FlashState = {
          flash: "De gegevens voor de beoordelingsbrief zijn opgeslagen.",
        };
        navigate("/beleid", { state });
      } else if (outcome.kind === "invalid") setIssues(outcome.issues);
      else setFailure(outcome.message);
    } catch {
      setFailure(requestFailed().message);
    }
  }

  return (
    <form onSubmit={submit} noValidate aria-label="Beoordelingsbrief">
      <FormErrors
        issues={issues}
        fieldIds={FIELD_IDS}
        fallbackId={FIELD_IDS.letterAddress ?? "brief-address"}
        failure={failure}
      />
      {FIELDS.map((field) => (
        <FormField
          key={field.name}
          id={`brief-${field.name}`}
          label={field.label}
          description={field.description}
          error={errorFor(issues, field.issue)}
        >
          <Textarea
            id={`brief-${field.name}`}
            value={values[field.name]}
            onChange={(event) => {
              const value = event.currentTarget.value;
              setValues((current) => ({ ...current, [field.name]: value }));
            }}
          />
        </FormField>
      ))}
      <ButtonGroup>
        <Button type="submit" disabled={loading}>
          {loading ? "Bezig…" : "Opslaan"}
        </Button>
        <Link to="/beleid">Annuleren</Link>
      </ButtonGroup>
    </form>
  );
}
