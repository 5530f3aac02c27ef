// Adding or changing one toeslag of a draft (/catalogi/:key/toeslagen/nieuw and …/:code).
import { useMutation, useReadQuery } from "@apollo/client/react";
import { type FlashState, Heading, Link, PageTitle, Paragraph } from "@sroi/ui";
import { type LoaderFunctionArgs, useLoaderData, useNavigate, useParams } from "react-router";
import { preloadQuery } from "../apollo";
import "../catalogue/catalogue.css";
import { BonusForm, type BonusValues, bonusFormValues, EMPTY_BONUS } from "../catalogue/bonus-form";
import { NotEditable, VersionNotFound } from "../catalogue/item-states";
import { outcomeOf, requestFailed } from "../catalogue/outcome";
import { graphql } from "../gql";

const BonusPageQuery = graphql(`
  query AdminCatalogueBonus($key: String!) {
    catalogueVersion(key: $key) {
      ...CatalogueEditor
    }
  }
`);

const SaveBonusMutation = graphql(`
  mutation AdminSaveBonus($key: String!, $originalCode: String, $bonus: BonusInput!) {
    saveBonus(catalogueKey: $key, originalCode: $originalCode, bonus: $bonus) {
      __typename
      ... on CatalogueVersion {
        ...CatalogueEditor
      }
      ... on ValidationError {
        message
        issues {
          field
          message
        }
      }
      ...ErrorMessage
    }
  }
`);

export function loader({ params }: LoaderFunctionArgs) {
  return preloadQuery.toPromise(
    preloadQuery(BonusPageQuery, { variables: { key: params.key ?? "" } }),
  );
}

export function CatalogueBonusPage() {
  const { data } = useReadQuery(useLoaderData<typeof loader>());
  const { key = "", code } = useParams();
  const navigate = useNavigate();
  const [saveBonus] = useMutation(SaveBonusMutation);
  const version = data.catalogueVersion;
  if (!version) return <VersionNotFound catalogueKey={key} />;
  const back = `/catalogi/${encodeURIComponent(version.key)}`;
  const bonus = code === undefined ? null : version.bonuses.find((item) => item.code === code);
  const title = bonus ? `Toeslag ${bonus.code} wijzigen` : "Toeslag toevoegen";

  if (code !== undefined && !bonus) {
    return (
      <>
        <PageTitle>Toeslag niet gevonden</PageTitle>
        <Paragraph>
          <Link to={back}>Terug naar {version.name}</Link>
        </Paragraph>
        <Heading level={1}>Toeslag niet gevonden</Heading>
        <Paragraph>
          {version.name} heeft geen toeslag met de code “{code}”. Misschien is hij verwijderd of
          heeft hij een andere code gekregen.
        </Paragraph>
      </>
    );
  }
  if (!version.viewerCanEdit) return <NotEditable version={version} title={title} />;

  async function submit(values: BonusValues) {
    try {
      const { data: answer } = await saveBonus({
        variables: { key: version?.key ?? key, originalCode: bonus?.code ?? null, bonus: values },
      });
      const outcome = outcomeOf(answer?.saveBonus, "CatalogueVersion");
      if (outcome.kind === "ok") {
        const state: FlashState = { flash: `Toeslag ${values.code} is opgeslagen.` };
        navigate(back, { state });
      }
      return outcome;
    } catch {
      return requestFailed();
    }
  }

  return (
    <>
      <PageTitle>{title}</PageTitle>
      <Paragraph>
        <Link to={back}>Terug naar {version.name}</Link>
      </Paragraph>
      <Heading level={1}>{title}</Heading>
      <Paragraph lead>
        {bonus ? `${bonus.name} in ${version.name}.` : `Een nieuwe toeslag in ${version.name}.`}
      </Paragraph>
      <BonusForm
        initial={bonus ? bonusFormValues(bonus) : EMPTY_BONUS}
        blocks={version.blocks}
        submitLabel={bonus ? "Toeslag opslaan" : "Toeslag toevoegen"}
        cancelTo={back}
        onSubmit={submit}
      />
    </>
  );
}
