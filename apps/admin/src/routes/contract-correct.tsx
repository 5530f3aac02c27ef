// Corrigeren: fix a contract's details. A changed value, kind or date that the obligation depends
// on recomputes it; someone else's change in between is reported, never overwritten.
import { useMutation, useReadQuery } from "@apollo/client/react";
import {
  Alert,
  type FlashState,
  Heading,
  Link,
  obligationText,
  PageTitle,
  Paragraph,
} from "@sroi/ui";
import { useEffect, useRef, useState } from "react";
import { type LoaderFunctionArgs, useLoaderData, useNavigate, useRevalidator } from "react-router";
import { preloadQuery } from "../apollo";
import { ContractForm, type SubmitOutcome } from "../contracts/contract-form";
import { type ContractFormValues, toContractInput } from "../contracts/form-values";
import { graphql } from "../gql";
import type { AdminCorrectableContractQuery } from "../gql/graphql";

const CorrectableContractQuery = graphql(`
  query AdminCorrectableContract($id: ID!) {
    contract(id: $id) {
      id
      reference
      title
      department
      kind
      valueExclVat
      labourShare
      publicationDate
      awardDate
      startDate
      endDate
      version
      viewerCan {
        correct
      }
      obligation {
        kind
        amount
      }
      municipality {
        code
        name
        viewerCan {
          registerDepartments
        }
      }
      contractor {
        id
        name
        kvkNumber
      }
      consultant {
        id
        name
      }
    }
  }
`);

const CorrectContractMutation = graphql(`
  mutation AdminCorrectContract($id: ID!, $version: Int!, $contract: ContractInput!) {
    correctContract(id: $id, version: $version, contract: $contract) {
      __typename
      ... on Contract {
        ...ContractDetails
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

type Correctable = NonNullable<AdminCorrectableContractQuery["contract"]>;

export function loader({ params }: LoaderFunctionArgs) {
  return preloadQuery.toPromise(
    preloadQuery(CorrectableContractQuery, {
      variables: { id: params.id ?? "" },
      fetchPolicy: "network-only",
    }),
  );
}

function formValues(contract: Correctable): ContractFormValues {
  return {
    municipalityCode: contract.municipality.code,
    reference: contract.reference,
    title: contract.title,
    department: contract.department ?? "",
    kind: contract.kind,
    valueExclVat: contract.valueExclVat,
    labourShare: contract.labourShare ?? "",
    publicationDate: contract.publicationDate ?? "",
    awardDate: contract.awardDate,
    startDate: contract.startDate ?? "",
    endDate: contract.endDate ?? "",
    consultantId: contract.consultant?.id ?? "",
    kvkNumber: contract.contractor.kvkNumber ?? "",
    contractorName: "",
    contactName: "",
    contactEmail: "",
  };
}

export function CorrectContractPage() {
  const { data } = useReadQuery(useLoaderData<typeof loader>());
  const navigate = useNavigate();
  const revalidator = useRevalidator();
  const [correct] = useMutation(CorrectContractMutation);
  // The version on screen when "Laad de nieuwe gegevens" was pressed
  const [reloadedFrom, setReloadedFrom] = useState<number | null>(null);
  const contract = data.contract;

  if (!contract?.viewerCan.correct) {
    return (
      <>
        <PageTitle>Opdracht niet te corrigeren</PageTitle>
        <Heading level={1}>Opdracht niet te corrigeren</Heading>
        <Paragraph>
          {contract
            ? "U kunt deze opdracht alleen bekijken, niet wijzigen."
            : "Deze opdracht bestaat niet, of u heeft er geen toegang toe."}
        </Paragraph>
        <Paragraph>
          <Link to={contract ? `/opdrachten/${encodeURIComponent(contract.id)}` : "/opdrachten"}>
            {contract ? "Terug naar de opdracht" : "Naar alle opdrachten"}
          </Link>
        </Paragraph>
      </>
    );
  }
  const contractPath = `/opdrachten/${encodeURIComponent(contract.id)}`;

  async function submit(values: ContractFormValues): Promise<SubmitOutcome> {
    if (!contract) return { kind: "failed", message: "De opdracht is niet meer beschikbaar." };
    const { data: answer } = await correct({
      variables: { id: contract.id, version: contract.version, contract: toContractInput(values) },
    });
    const result = answer?.correctContract;
    switch (result?.__typename) {
      case "Contract": {
        const before = obligationText(contract.obligation);
        const after = obligationText(result.obligation);
        const state: FlashState = {
          flash:
            before === after
              ? "De correctie is opgeslagen. De SR-verplichting blijft gelijk."
              : `De correctie is opgeslagen en de SR-verplichting is opnieuw berekend: was ${before}, nu ${after}.`,
        };
        navigate(contractPath, { state });
        return { kind: "saved" };
      }
      case "ValidationError":
        return { kind: "invalid", issues: result.issues };
      case "InputError":
        return result.field
          ? { kind: "invalid", issues: [{ field: result.field, message: result.message }] }
          : { kind: "failed", message: result.message };
      case "ConflictError":
        return { kind: "conflict", message: result.message };
      case "NotAllowedError":
        return { kind: "failed", message: result.message };
      default:
        return { kind: "failed", message: "Het opslaan is niet gelukt. Probeer het opnieuw." };
    }
  }

  return (
    <>
      <PageTitle>{`${contract.reference} corrigeren`}</PageTitle>
      <Paragraph>
        <Link to={contractPath}>Terug naar de opdracht</Link>
      </Paragraph>
      <Heading level={1}>{`${contract.reference} corrigeren`}</Heading>
      <Paragraph lead>
        Corrigeer de gegevens van {contract.title}. Verandert u de soort, de opdrachtwaarde, het
        arbeidsaandeel, de publicatie- of de gunningsdatum, dan berekent het platform de
        SR-verplichting opnieuw. Elke wijziging komt in de audittrail.
      </Paragraph>
      <ContractForm
        // New data after a conflict: start again from it, as the message asked.
        key={contract.version}
        initial={formValues(contract)}
        municipalities={null}
        registerDepartments={{
          [contract.municipality.code]: contract.municipality.viewerCan.registerDepartments ?? null,
        }}
        fixed={{
          municipality: contract.municipality.name,
          contractor: contract.contractor.name,
          kvkNumber: contract.contractor.kvkNumber ?? null,
        }}
        currentConsultant={contract.consultant ?? null}
        submitLabel="Correctie opslaan"
        cancelTo={contractPath}
        pinnedWhat="Bij het opslaan wordt deze berekening vastgezet als de correctie de verplichting raakt."
        onSubmit={submit}
        onReload={() => {
          setReloadedFrom(contract.version);
          revalidator.revalidate();
        }}
        notice={
          reloadedFrom !== null && reloadedFrom !== contract.version ? <ReloadedNotice /> : null
        }
      />
    </>
  );
}

function ReloadedNotice() {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <div ref={ref} tabIndex={-1}>
      <Alert type="info" role="status">
        <p className="utrecht-paragraph">
          De nieuwe gegevens zijn geladen. Breng uw wijziging opnieuw aan en sla de correctie op.
        </p>
      </Alert>
    </div>
  );
}
