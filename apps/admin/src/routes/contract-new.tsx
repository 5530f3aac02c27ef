// Registreren: a new contract, its contractor (new or known by KvK number) and a live preview of
// the obligation that registering will pin.
import { useMutation, useReadQuery } from "@apollo/client/react";
import { type FlashState, Heading, Link, PageTitle, Paragraph } from "@sroi/ui";
import { type LoaderFunctionArgs, useLoaderData, useNavigate } from "react-router";
import { preloadQuery } from "../apollo";
import { ContractForm, type SubmitOutcome } from "../contracts/contract-form";
import {
  type ContractFormValues,
  EMPTY_FORM,
  toContractInput,
  toContractorInput,
} from "../contracts/form-values";
import { graphql } from "../gql";

const NewContractQuery = graphql(`
  query AdminNewContract {
    ...ViewerMunicipalities
  }
`);

const RegisterContractMutation = graphql(`
  mutation AdminRegisterContract(
    $municipalityCode: String!
    $contract: ContractInput!
    $contractor: ContractorInput!
  ) {
    registerContract(
      municipalityCode: $municipalityCode
      contract: $contract
      contractor: $contractor
    ) {
      __typename
      ... on Contract {
        id
        reference
      }
      ...ValidationIssues
      ... on InputError {
        message
        field
      }
      ...ErrorMessage
    }
  }
`);

export function loader(_: LoaderFunctionArgs) {
  return preloadQuery.toPromise(preloadQuery(NewContractQuery));
}

export function NewContractPage() {
  const { data } = useReadQuery(useLoaderData<typeof loader>());
  const navigate = useNavigate();
  const [register] = useMutation(RegisterContractMutation);
  const manageable = (data.me?.readableMunicipalities ?? []).filter(
    (municipality) => municipality.viewerCan.registerContract,
  );

  if (manageable.length === 0) {
    return (
      <>
        <PageTitle>Opdracht registreren</PageTitle>
        <Heading level={1}>Opdracht registreren</Heading>
        <Paragraph>
          U kunt geen opdrachten registreren: uw account mag de opdrachten alleen lezen. Neem
          contact op met de SR-coördinator van uw gemeente als dat niet klopt.
        </Paragraph>
        <Paragraph>
          <Link to="/opdrachten">Naar de opdrachten</Link>
        </Paragraph>
      </>
    );
  }

  async function submit(
    values: ContractFormValues,
    { newContractor }: { newContractor: boolean },
  ): Promise<SubmitOutcome> {
    const { data: answer } = await register({
      variables: {
        municipalityCode: values.municipalityCode,
        contract: toContractInput(values),
        contractor: toContractorInput(values),
      },
    });
    const result = answer?.registerContract;
    switch (result?.__typename) {
      case "Contract": {
        const state: FlashState = {
          flash: `Opdracht ${result.reference} is geregistreerd en de SR-verplichting is vastgezet.${
            newContractor
              ? ` ${values.contactName.trim()} (${values.contactEmail.trim()}) krijgt een uitnodiging per e-mail om het portaal te gebruiken.`
              : ""
          }`,
        };
        navigate(`/opdrachten/${encodeURIComponent(result.id)}`, { state });
        return { kind: "saved" };
      }
      case "ValidationError":
        return { kind: "invalid", issues: result.issues };
      case "InputError":
        return result.field
          ? { kind: "invalid", issues: [{ field: result.field, message: result.message }] }
          : { kind: "failed", message: result.message };
      case "ConflictError":
      case "NotAllowedError":
        return { kind: "failed", message: result.message };
      default:
        return { kind: "failed", message: "Het registreren is niet gelukt. Probeer het opnieuw." };
    }
  }

  const onlyOne = manageable.length === 1 ? manageable[0] : undefined;
  return (
    <>
      <PageTitle>Opdracht registreren</PageTitle>
      <Paragraph>
        <Link to="/opdrachten">Alle opdrachten</Link>
      </Paragraph>
      <Heading level={1}>Opdracht registreren</Heading>
      <Paragraph lead>
        Registreer een gegunde opdracht of subsidie met een social return-voorwaarde. Het platform
        berekent de SR-verplichting met het beleid van de gemeente en zet die bij het registreren
        vast, samen met het bouwblokkenmodel van de regio.
      </Paragraph>
      <ContractForm
        initial={{
          ...EMPTY_FORM,
          municipalityCode: onlyOne?.code ?? "",
          // A contract manager of one department registers that department's contracts only.
          department:
            onlyOne?.viewerCan.registerDepartments?.length === 1
              ? (onlyOne.viewerCan.registerDepartments[0] ?? "")
              : "",
        }}
        municipalities={manageable}
        registerDepartments={Object.fromEntries(
          manageable.map((m) => [m.code, m.viewerCan.registerDepartments ?? null]),
        )}
        submitLabel="Opdracht registreren"
        cancelTo="/opdrachten"
        pinnedWhat="Bij het registreren wordt deze berekening vastgezet, met het beleid en het bouwblokkenmodel hierboven."
        onSubmit={submit}
      />
    </>
  );
}
