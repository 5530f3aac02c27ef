// Corrigeren: change a realisation that is not accepted (yet), e.g. after a rejection; it goes
// back for review. A change by someone else in between is reported, and what was typed stays.
import { useMutation, useReadQuery } from "@apollo/client/react";
import {
  Alert,
  EvidenceList,
  type FlashState,
  Heading,
  Link,
  namesByCode,
  PageTitle,
  Paragraph,
  REALISATION_STATUS_LABELS,
  realisationPath,
  realisationTitle,
  useFocusOnMount,
} from "@sroi/ui";
import { useState } from "react";
import { useLoaderData, useNavigate, useParams, useRevalidator } from "react-router";
import { carrierName } from "../carrier";
import { graphql } from "../gql";
import type { RealisationInput } from "../gql/graphql";
import { entryKindOf, valuesFromRealisation } from "../realisations/form-values";
import { forgetContractRealisations, pinnedCatalogue } from "../realisations/fragments";
import { RealisationForm, type SubmitOutcome } from "../realisations/realisation-form";
import { ContractNotFound } from "./contract";
// The route uses the realisation page's loader: the same query, the realisation with its contract.
import type { loader } from "./realisation";

const CorrectRealisationMutation = graphql(`
  mutation PortalCorrectRealisation($id: ID!, $version: Int!, $input: RealisationInput!) {
    correctRealisation(id: $id, version: $version, input: $input) {
      __typename
      ... on Realisation {
        ...PortalRealisation
      }
      ...ValidationIssues
      ...ErrorMessage
    }
  }
`);

export function CorrectRealisationPage() {
  const { data } = useReadQuery(useLoaderData<typeof loader>());
  const { realisationId } = useParams();
  const navigate = useNavigate();
  const revalidator = useRevalidator();
  const [correct] = useMutation(CorrectRealisationMutation);
  // The version on screen when "Laad de nieuwe gegevens" was pressed
  const [reloadedFrom, setReloadedFrom] = useState<number | null>(null);
  const contract = data.contract;
  if (!contract) return <ContractNotFound />;
  const realisation = contract.realisations.find((r) => r.id === realisationId);
  const contractPath = `/opdrachten/${encodeURIComponent(contract.id)}`;
  const catalogue = pinnedCatalogue(contract);
  const blockNames = namesByCode(catalogue?.blocks);
  const carrier = carrierName(contract.municipality);

  if (!realisation?.viewerCan.correct) {
    return (
      <>
        <PageTitle>Verantwoording niet te corrigeren</PageTitle>
        <Heading level={1}>Verantwoording niet te corrigeren</Heading>
        <Paragraph>
          {realisation
            ? realisation.correctRefusal
            : "Deze verantwoording bestaat niet (meer) bij deze opdracht."}
        </Paragraph>
        <Paragraph>
          <Link to={realisation ? realisationPath(contract.id, realisation.id) : contractPath}>
            {realisation ? "Terug naar de verantwoording" : "Terug naar de opdracht"}
          </Link>
        </Paragraph>
      </>
    );
  }
  const title = realisationTitle(realisation, blockNames);
  const detailsPath = realisationPath(contract.id, realisation.id);
  const isPerson = entryKindOf(realisation.blockCode ?? "maatwerk", catalogue)?.kind === "person";

  async function submit(input: RealisationInput): Promise<SubmitOutcome> {
    if (!contract || !realisation)
      return { kind: "failed", message: "De verantwoording is niet meer beschikbaar." };
    const { data: answer } = await correct({
      variables: { id: realisation.id, version: realisation.version, input },
      update: (cache, { data: written }) => {
        if (written?.correctRealisation.__typename === "Realisation")
          forgetContractRealisations(cache, contract.id);
      },
    });
    const result = answer?.correctRealisation;
    switch (result?.__typename) {
      case "Realisation": {
        const state: FlashState = {
          flash: `Uw correctie is ingediend. ${carrier} beoordeelt de verantwoording opnieuw.`,
        };
        navigate(detailsPath, { state });
        return { kind: "saved" };
      }
      case "ValidationError":
        return { kind: "invalid", issues: result.issues };
      case "ConflictError":
        return { kind: "conflict", message: result.message };
      case "NotAllowedError":
        return { kind: "failed", message: result.message };
      default:
        return { kind: "failed", message: "Het indienen is niet gelukt. Probeer het opnieuw." };
    }
  }

  return (
    <>
      <PageTitle>{`${title} corrigeren – ${contract.reference}`}</PageTitle>
      <Paragraph>
        <Link to={detailsPath}>Terug naar de verantwoording</Link>
      </Paragraph>
      <Heading level={1}>{`${title} corrigeren`}</Heading>
      <Paragraph lead>
        Verbeter de verantwoording voor <span className="sroi-code">{contract.reference}</span>{" "}
        {contract.title}. Na het indienen beoordeelt {carrier} haar opnieuw.
      </Paragraph>
      {realisation.status === "REJECTED" && realisation.reviewReason ? (
        <Alert type="warning" heading={`Waarom ${carrier} haar afwees`} headingLevel={2}>
          <p className="utrecht-paragraph sroi-preserve-lines">{realisation.reviewReason}</p>
        </Alert>
      ) : null}
      {realisation.evidence.length > 0 ? (
        <>
          <Heading level={2}>Bewijs dat er al bij hoort</Heading>
          <EvidenceList files={realisation.evidence} />
        </>
      ) : null}
      {isPerson ? (
        <Paragraph>
          De naam van de persoon ziet alleen {carrier}, ook u niet. Laat u het veld leeg, dan houdt{" "}
          {carrier} de naam die u eerder gaf; vul een naam in om die te vervangen.
        </Paragraph>
      ) : null}
      <Heading level={2}>Correctie</Heading>
      <RealisationForm
        contractId={contract.id}
        catalogue={catalogue}
        contract={contract}
        carrier={carrier}
        municipalities={data.municipalities}
        initial={valuesFromRealisation(realisation)}
        submitLabel="Correctie indienen"
        cancelTo={detailsPath}
        attachedBefore={realisation.evidence.length}
        onSubmit={submit}
        onReload={() => {
          setReloadedFrom(realisation.version);
          revalidator.revalidate();
        }}
        notice={
          reloadedFrom !== null && reloadedFrom !== realisation.version ? (
            <ReloadedNotice status={REALISATION_STATUS_LABELS[realisation.status]} />
          ) : null
        }
      />
    </>
  );
}

function ReloadedNotice({ status }: { status: string }) {
  const ref = useFocusOnMount<HTMLDivElement>();
  return (
    <div ref={ref} tabIndex={-1}>
      <Alert type="info" role="status">
        <p className="utrecht-paragraph">
          De nieuwe gegevens zijn geladen; de status is nu {status.toLowerCase()}. Uw invoer staat
          nog in het formulier: controleer haar en dien de correctie opnieuw in.
        </p>
      </Alert>
    </div>
  );
}
