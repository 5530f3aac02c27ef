// A new version of a region's catalogue (/catalogi/nieuw?regio=…&kopie=…): a draft that starts as a
// copy of a version (by default the one in force today) or empty.
import { useMutation, useReadQuery } from "@apollo/client/react";
import { dutchDate, formatDate, STATUS_LABELS } from "@sroi/domain";
import {
  Button,
  ButtonGroup,
  type FlashState,
  FormField,
  Heading,
  Link,
  PageTitle,
  Paragraph,
  Select,
  TextInput,
} from "@sroi/ui";
import { type FormEvent, useState } from "react";
import { type LoaderFunctionArgs, useLoaderData, useNavigate, useSearchParams } from "react-router";
import { preloadQuery } from "../apollo";
import "../catalogue/catalogue.css";
import { forgetRegionCatalogues } from "../catalogue/cache";
import { checkCatalogueKey, suggestCatalogueKey } from "../catalogue/keys";
import { errorFor, FormErrors } from "../forms/form-feedback";
import { type FieldIssue, outcomeOf } from "../forms/outcome";
import { graphql } from "../gql";

const NewCatalogueQuery = graphql(`
  query AdminNewCatalogueVersion($today: Date!) {
    regions {
      code
      name
      viewerCanManage
      catalogueInForce(date: $today) {
        key
      }
      catalogueVersions {
        key
        name
        status
        validFrom
      }
    }
  }
`);

const CreateDraftMutation = graphql(`
  mutation AdminCreateCatalogueDraft(
    $regionCode: String!
    $key: String!
    $name: String!
    $copyFromKey: String
  ) {
    createCatalogueDraft(regionCode: $regionCode, key: $key, name: $name, copyFromKey: $copyFromKey) {
      __typename
      ... on CatalogueVersion {
        key
        name
      }
      ...ValidationIssues
      ...ErrorMessage
    }
  }
`);

const FIELD_IDS: Record<string, string> = {
  regionCode: "nieuw-regio",
  copyFromKey: "nieuw-basis",
  key: "nieuw-code",
  name: "nieuw-naam",
};
const EMPTY = "";

export function loader(_: LoaderFunctionArgs) {
  return preloadQuery.toPromise(
    preloadQuery(NewCatalogueQuery, { variables: { today: dutchDate(new Date()) } }),
  );
}

export function NewCatalogueVersionPage() {
  const { data } = useReadQuery(useLoaderData<typeof loader>());
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const [create] = useMutation(CreateDraftMutation);
  const regions = data.regions.filter((region) => region.viewerCanManage);
  const [regionCode, setRegionCode] = useState(
    regions.find((region) => region.code === params.get("regio"))?.code ?? regions[0]?.code ?? "",
  );
  const region = regions.find((candidate) => candidate.code === regionCode);
  const defaultBasis = (code: string) => {
    const chosen = regions.find((candidate) => candidate.code === code);
    const asked = params.get("kopie");
    if (asked && chosen?.catalogueVersions.some((version) => version.key === asked)) return asked;
    return chosen?.catalogueInForce?.key ?? EMPTY;
  };
  const [copyFromKey, setCopyFromKey] = useState(() => defaultBasis(regionCode));
  const [key, setKey] = useState(() => suggestCatalogueKey(regionCode, dutchDate(new Date())));
  const [name, setName] = useState("");
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);

  if (regions.length === 0) {
    return (
      <>
        <PageTitle>Nieuwe versie</PageTitle>
        <Heading level={1}>Nieuwe versie</Heading>
        <Paragraph>
          U kunt geen nieuwe versie maken: uw account beheert geen bouwblokkenmodel van een regio.
        </Paragraph>
        <Paragraph>
          <Link to="/catalogi">Naar de bouwblokkenmodellen</Link>
        </Paragraph>
      </>
    );
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (submitting) return;
    setFailure(null);
    const local: FieldIssue[] = [];
    const keyProblem = checkCatalogueKey(key.trim());
    if (keyProblem) local.push({ field: "key", message: keyProblem });
    if (!name.trim())
      local.push({ field: "name", message: "Vul een naam in voor de nieuwe versie." });
    if (local.length > 0) {
      setIssues(local);
      return;
    }
    setSubmitting(true);
    try {
      const { data: answer } = await create({
        variables: {
          regionCode,
          key: key.trim(),
          name: name.trim(),
          copyFromKey: copyFromKey === EMPTY ? null : copyFromKey,
        },
      });
      const outcome = outcomeOf(answer?.createCatalogueDraft, "CatalogueVersion");
      if (outcome.kind === "ok") {
        forgetRegionCatalogues(regionCode);
        const state: FlashState = {
          flash: `De conceptversie ${outcome.value.name} is aangemaakt. Pas de waarden aan en publiceer haar als ze kloppen.`,
        };
        navigate(`/catalogi/${encodeURIComponent(outcome.value.key)}`, { state });
        return;
      }
      if (outcome.kind === "invalid" && outcome.issues.length > 0) setIssues(outcome.issues);
      else {
        setIssues([]);
        setFailure(outcome.message);
      }
    } catch {
      setFailure("De server was niet bereikbaar. Probeer het opnieuw.");
    } finally {
      setSubmitting(false);
    }
  }

  return (
    <>
      <PageTitle>Nieuwe versie</PageTitle>
      <Paragraph>
        <Link to="/catalogi">Alle bouwblokkenmodellen</Link>
      </Paragraph>
      <Heading level={1}>Nieuwe versie van een bouwblokkenmodel</Heading>
      <Paragraph lead>
        Een nieuwe versie begint als concept. U kunt de bouwblokken en toeslagen aanpassen en de
        versie daarna publiceren met de datum vanaf wanneer ze geldt. Tot dan verandert er niets.
      </Paragraph>
      <form onSubmit={submit} noValidate aria-label="Nieuwe versie">
        <FormErrors
          issues={issues}
          fieldIds={FIELD_IDS}
          fallbackId="nieuw-code"
          failure={failure}
        />
        {regions.length > 1 ? (
          <FormField id="nieuw-regio" label="Regio" error={errorFor(issues, "regionCode")}>
            <Select
              id="nieuw-regio"
              value={regionCode}
              onChange={(event) => {
                const code = event.currentTarget.value;
                setRegionCode(code);
                setCopyFromKey(defaultBasis(code));
                setKey(suggestCatalogueKey(code, dutchDate(new Date())));
              }}
            >
              {regions.map((option) => (
                <option key={option.code} value={option.code}>
                  {option.name}
                </option>
              ))}
            </Select>
          </FormField>
        ) : (
          <Paragraph>
            Regio: <strong>{region?.name}</strong>
          </Paragraph>
        )}
        <FormField
          id="nieuw-basis"
          label="Beginnen met"
          description="Een kopie neemt alle bouwblokken, toeslagen en gegevens over; daarna past u aan wat verandert."
          error={errorFor(issues, "copyFromKey")}
        >
          <Select
            id="nieuw-basis"
            value={copyFromKey}
            onChange={(event) => setCopyFromKey(event.currentTarget.value)}
          >
            {region?.catalogueVersions.map((version) => (
              <option key={version.key} value={version.key}>
                Kopie van {version.name} ({STATUS_LABELS[version.status].toLowerCase()}
                {version.validFrom ? `, geldig vanaf ${formatDate(version.validFrom)}` : ""}
                {region.catalogueInForce?.key === version.key ? ", nu geldig" : ""})
              </option>
            ))}
            <option value={EMPTY}>Een leeg bouwblokkenmodel</option>
          </Select>
        </FormField>
        <FormField
          id="nieuw-code"
          label="Code"
          description="Blijft altijd hetzelfde en staat in het webadres: kleine letters, cijfers en streepjes, bijvoorbeeld regio-amersfoort-2027."
          error={errorFor(issues, "key")}
        >
          <TextInput
            id="nieuw-code"
            width="md"
            value={key}
            onChange={(event) => setKey(event.currentTarget.value)}
            autoComplete="off"
            spellCheck={false}
          />
        </FormField>
        <FormField
          id="nieuw-naam"
          label="Naam"
          description="Zoals opdrachtnemers de versie zien, bijvoorbeeld Bouwblokkenmodel regio Amersfoort 2027."
          error={errorFor(issues, "name")}
        >
          <TextInput
            id="nieuw-naam"
            value={name}
            onChange={(event) => setName(event.currentTarget.value)}
            autoComplete="off"
          />
        </FormField>
        <ButtonGroup>
          <Button type="submit" disabled={submitting}>
            {submitting ? "Bezig…" : "Concept aanmaken"}
          </Button>
          <Link to="/catalogi">Annuleren</Link>
        </ButtonGroup>
      </form>
    </>
  );
}
