// Adding or changing one bouwblok or toeslag of a draft (/catalogi/:key/bouwblokken/nieuw and
// …/:code, the same under toeslagen/). The two pages differ only in their words, form and mutation.
import { useMutation, useReadQuery } from "@apollo/client/react";
import { type FlashState, Heading, Link, PageTitle, Paragraph } from "@sroi/ui";
import { type LoaderFunctionArgs, useLoaderData, useNavigate, useParams } from "react-router";
import { preloadQuery } from "../apollo";
import "../catalogue/catalogue.css";
import { BlockForm, blockFormValues, EMPTY_BLOCK } from "../catalogue/block-form";
import { BonusForm, bonusFormValues, EMPTY_BONUS } from "../catalogue/bonus-form";
import { NotEditable, VersionNotFound } from "../catalogue/item-states";
import { type MutationOutcome, outcomeOf, requestFailed } from "../forms/outcome";
import { graphql } from "../gql";

const ItemPageQuery = graphql(`
  query AdminCatalogueItem($key: String!) {
    catalogueVersion(key: $key) {
      ...CatalogueEditor
    }
  }
`);

const SaveBlockMutation = graphql(`
  mutation AdminSaveBlock($key: String!, $originalCode: String, $block: BlockInput!) {
    saveBlock(catalogueKey: $key, originalCode: $originalCode, block: $block) {
      __typename
      ... on CatalogueVersion {
        ...CatalogueEditor
      }
      ...ValidationIssues
      ...ErrorMessage
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
      ...ValidationIssues
      ...ErrorMessage
    }
  }
`);

export type CatalogueItemKind = "block" | "bonus";

const WORDS: Record<
  CatalogueItemKind,
  { noun: string; lowerNoun: string; pronoun: string; newOne: string }
> = {
  block: { noun: "Bouwblok", lowerNoun: "bouwblok", pronoun: "het", newOne: "Een nieuw bouwblok" },
  bonus: { noun: "Toeslag", lowerNoun: "toeslag", pronoun: "hij", newOne: "Een nieuwe toeslag" },
};

export function loader({ params }: LoaderFunctionArgs) {
  return preloadQuery.toPromise(
    preloadQuery(ItemPageQuery, { variables: { key: params.key ?? "" } }),
  );
}

export function CatalogueItemPage({ kind }: { kind: CatalogueItemKind }) {
  const { data } = useReadQuery(useLoaderData<typeof loader>());
  const { key = "", code } = useParams();
  const navigate = useNavigate();
  const [saveBlock] = useMutation(SaveBlockMutation);
  const [saveBonus] = useMutation(SaveBonusMutation);
  const version = data.catalogueVersion;
  if (!version) return <VersionNotFound catalogueKey={key} />;
  const words = WORDS[kind];
  const back = `/catalogi/${encodeURIComponent(version.key)}`;
  const find = <Item extends { code: string }>(items: readonly Item[]) =>
    code === undefined ? null : items.find((item) => item.code === code);
  const block = kind === "block" ? find(version.blocks) : null;
  const bonus = kind === "bonus" ? find(version.bonuses) : null;
  const item = block ?? bonus;
  const title = item ? `${words.noun} ${item.code} wijzigen` : `${words.noun} toevoegen`;

  if (code !== undefined && !item) {
    return (
      <>
        <PageTitle>{`${words.noun} niet gevonden`}</PageTitle>
        <Paragraph>
          <Link to={back}>Terug naar {version.name}</Link>
        </Paragraph>
        <Heading level={1}>{words.noun} niet gevonden</Heading>
        <Paragraph>
          {version.name} heeft geen {words.lowerNoun} met de code “{code}”. Misschien is{" "}
          {words.pronoun} verwijderd of heeft {words.pronoun} een andere code gekregen.
        </Paragraph>
      </>
    );
  }
  if (!version.viewerCanEdit) return <NotEditable version={version} title={title} />;

  const variables = { key: version.key, originalCode: item?.code ?? null };
  /** Saves through `save` and goes back to the version with a flash, or says what went wrong. */
  async function submit<Result extends { __typename: string }>(
    savedCode: string,
    save: () => Promise<Result | null | undefined>,
  ): Promise<MutationOutcome<unknown>> {
    try {
      const outcome = outcomeOf(await save(), "CatalogueVersion");
      if (outcome.kind === "ok") {
        const state: FlashState = { flash: `${words.noun} ${savedCode} is opgeslagen.` };
        navigate(back, { state });
      }
      return outcome;
    } catch {
      return requestFailed();
    }
  }
  const submitLabel = item ? `${words.noun} opslaan` : `${words.noun} toevoegen`;

  return (
    <>
      <PageTitle>{title}</PageTitle>
      <Paragraph>
        <Link to={back}>Terug naar {version.name}</Link>
      </Paragraph>
      <Heading level={1}>{title}</Heading>
      <Paragraph lead>
        {item ? `${item.name} in ${version.name}.` : `${words.newOne} in ${version.name}.`}
      </Paragraph>
      {kind === "block" ? (
        <BlockForm
          initial={block ? blockFormValues(block) : EMPTY_BLOCK}
          basisHours={version.basisHours}
          submitLabel={submitLabel}
          cancelTo={back}
          onSubmit={(values) =>
            submit(values.code, async () => {
              const { data: answer } = await saveBlock({
                variables: { ...variables, block: values },
              });
              return answer?.saveBlock;
            })
          }
        />
      ) : (
        <BonusForm
          initial={bonus ? bonusFormValues(bonus) : EMPTY_BONUS}
          blocks={version.blocks}
          submitLabel={submitLabel}
          cancelTo={back}
          onSubmit={(values) =>
            submit(values.code, async () => {
              const { data: answer } = await saveBonus({
                variables: { ...variables, bonus: values },
              });
              return answer?.saveBonus;
            })
          }
        />
      )}
    </>
  );
}
