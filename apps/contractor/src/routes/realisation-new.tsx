// Activiteit verantwoorden: report one realised activity of a contract, with evidence. The server
// values it with the contract's pinned catalogue; the WSP reviews it.
import { useMutation, useReadQuery } from "@apollo/client/react";
import { type FlashState, Heading, Link, PageTitle, Paragraph, realisationPath } from "@sroi/ui";
import { type LoaderFunctionArgs, useLoaderData, useNavigate } from "react-router";
import { preloadQuery } from "../apollo";
import { carrierName } from "../carrier";
import { graphql } from "../gql";
import type { RealisationInput } from "../gql/graphql";
import { EMPTY_VALUES } from "../realisations/form-values";
import { forgetContractRealisations, pinnedCatalogue } from "../realisations/fragments";
import { RealisationForm, type SubmitOutcome } from "../realisations/realisation-form";
import { ContractNotFound } from "./contract";

const NewRealisationQuery = graphql(`
  query PortalNewRealisation($id: ID!) {
    contract(id: $id) {
      ...PortalRealisationContext
    }
    municipalities {
      code
      name
    }
  }
`);

const SubmitRealisationMutation = graphql(`
  mutation PortalSubmitRealisation($contractId: ID!, $input: RealisationInput!) {
    submitRealisation(contractId: $contractId, input: $input) {
      __typename
      ... on Realisation {
        ...PortalRealisation
      }
      ...ValidationIssues
      ...ErrorMessage
    }
  }
`);

export function loader({ params }: LoaderFunctionArgs) {
  return preloadQuery.toPromise(
    preloadQuery(NewRealisationQuery, { variables: { id: params.id ?? "" } }),
  );
}

export function NewRealisationPage() {
  const { data } = useReadQuery(useLoaderData<typeof loader>());
  const navigate = useNavigate();
  const [submitRealisation] = useMutation(SubmitRealisationMutation);
  const contract = data.contract;
  if (!contract) return <ContractNotFound />;
  const contractPath = `/opdrachten/${encodeURIComponent(contract.id)}`;
  const carrier = carrierName(contract.municipality);

  async function submit(input: RealisationInput): Promise<SubmitOutcome> {
    if (!contract) return { kind: "failed", message: "De opdracht is niet meer beschikbaar." };
    const { data: answer } = await submitRealisation({
      variables: { contractId: contract.id, input },
      update: (cache, { data: written }) => {
        if (written?.submitRealisation.__typename === "Realisation")
          forgetContractRealisations(cache, contract.id);
      },
    });
    const result = answer?.submitRealisation;
    switch (result?.__typename) {
      case "Realisation": {
        const state: FlashState = {
          flash:
            result.doubleCounts.length > 0
              ? `Uw verantwoording is ingediend. Let op: zij telt mogelijk dubbel, zie hieronder. ${carrier} beoordeelt haar.`
              : `Uw verantwoording is ingediend. ${carrier} beoordeelt haar.`,
        };
        navigate(realisationPath(contract.id, result.id), { state });
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
      <PageTitle>{`Activiteit verantwoorden – ${contract.reference}`}</PageTitle>
      <Paragraph>
        <Link to={contractPath}>Terug naar de opdracht</Link>
      </Paragraph>
      <Heading level={1}>Activiteit verantwoorden</Heading>
      <Paragraph lead>
        Voor <span className="sroi-code">{contract.reference}</span> {contract.title}. Kies wat u
        heeft gedaan, vul de gegevens in en voeg bewijs toe. {carrier} beoordeelt uw verantwoording.
      </Paragraph>
      {!contract.viewerCan.reportRealisation ? (
        <Paragraph>Deze opdracht is afgesloten: u kunt niets meer verantwoorden.</Paragraph>
      ) : (
        <RealisationForm
          contractId={contract.id}
          catalogue={pinnedCatalogue(contract)}
          contract={contract}
          carrier={carrier}
          municipalities={data.municipalities}
          initial={EMPTY_VALUES}
          submitLabel="Verantwoording indienen"
          cancelTo={contractPath}
          onSubmit={submit}
        />
      )}
    </>
  );
}
