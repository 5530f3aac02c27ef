// Adding or changing one bouwblok of a draft (/catalogi/:key/bouwblokken/nieuw and …/:code).
import { useMutation, useReadQuery } from "@apollo/client/react";
import { type FlashState, Heading, Link, PageTitle, Paragraph } from "@sroi/ui";
import { type LoaderFunctionArgs, useLoaderData, useNavigate, useParams } from "react-router";
import { preloadQuery } from "../apollo";
import "../catalogue/catalogue.css";
import { BlockForm, type BlockValues, blockFormValues, EMPTY_BLOCK } from "../catalogue/block-form";
import { NotEditable, VersionNotFound } from "../catalogue/item-states";
import { outcomeOf, requestFailed } from "../catalogue/outcome";
import { graphql } from "../gql";

const BlockPageQuery = graphql(`
  query AdminCatalogueBlock($key: String!) {
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
    preloadQuery(BlockPageQuery, { variables: { key: params.key ?? "" } }),
  );
}

export function CatalogueBlockPage() {
  const { data } = useReadQuery(useLoaderData<typeof loader>());
  const { key = "", code } = useParams();
  const navigate = useNavigate();
  const [saveBlock] = useMutation(SaveBlockMutation);
  const version = data.catalogueVersion;
  if (!version) return <VersionNotFound catalogueKey={key} />;
  const back = `/catalogi/${encodeURIComponent(version.key)}`;
  const block = code === undefined ? null : version.blocks.find((item) => item.code === code);
  const title = block ? `Bouwblok ${block.code} wijzigen` : "Bouwblok toevoegen";

  if (code !== undefined && !block) {
    return (
      <>
        <PageTitle>Bouwblok niet gevonden</PageTitle>
        <Paragraph>
          <Link to={back}>Terug naar {version.name}</Link>
        </Paragraph>
        <Heading level={1}>Bouwblok niet gevonden</Heading>
        <Paragraph>
          {version.name} heeft geen bouwblok met de code “{code}”. Misschien is het verwijderd of
          heeft het een andere code gekregen.
        </Paragraph>
      </>
    );
  }
  if (!version.viewerCanEdit) return <NotEditable version={version} title={title} />;

  async function submit(values: BlockValues) {
    try {
      const { data: answer } = await saveBlock({
        variables: { key: version?.key ?? key, originalCode: block?.code ?? null, block: values },
      });
      const outcome = outcomeOf(answer?.saveBlock, "CatalogueVersion");
      if (outcome.kind === "ok") {
        const state: FlashState = { flash: `Bouwblok ${values.code} is opgeslagen.` };
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
        {block ? `${block.name} in ${version.name}.` : `Een nieuw bouwblok in ${version.name}.`}
      </Paragraph>
      <BlockForm
        initial={block ? blockFormValues(block) : EMPTY_BLOCK}
        basisHours={version.basisHours}
        submitLabel={block ? "Bouwblok opslaan" : "Bouwblok toevoegen"}
        cancelTo={back}
        onSubmit={submit}
      />
    </>
  );
}
