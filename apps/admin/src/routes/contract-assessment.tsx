// Eindbeoordeling: after the end date the gemeente or WSP records whether the contractor met the
// obligation, with a recovery period, a sanction or a waiver when it did not. The figures it rests
// on come first; the letter is made from what is saved here.
import { useMutation, useReadQuery } from "@apollo/client/react";
import { decimal, describeAssessmentOutcome, formatEuro } from "@sroi/domain";
import {
  Alert,
  DataList,
  DataListItem,
  type FlashState,
  Heading,
  Link,
  PageTitle,
  Paragraph,
  useFocusOnMount,
} from "@sroi/ui";
import { useState } from "react";
import { type LoaderFunctionArgs, useLoaderData, useNavigate, useRevalidator } from "react-router";
import { preloadQuery } from "../apollo";
import { AssessmentForm, type AssessmentSubmitOutcome } from "../contracts/assessment-form";
import type { AssessmentInput } from "../contracts/assessment-values";
import { type ActionFeedback, ActionFeedbackMessage } from "../contracts/feedback";
import { graphql } from "../gql";
import type { AdminAssessableContractQuery } from "../gql/graphql";

const AssessableContractQuery = graphql(`
  query AdminAssessableContract($id: ID!) {
    contract(id: $id) {
      id
      reference
      title
      status
      version
      # Why not, in the API's words, exactly when assessContract would refuse
      assessRefusal
      obligation {
        kind
        amount
      }
      progress {
        obligation
        accepted
        pending
        gap
        acceptedActivities
        pendingActivities
      }
      assessment {
        outcome
        recoveryUntil
        sanctionAmount
        reason
      }
    }
  }
`);

const AssessContractMutation = graphql(`
  mutation AdminAssessContract(
    $contractId: ID!
    $version: Int!
    $outcome: AssessmentOutcome!
    $recoveryUntil: Date
    $sanctionAmount: Decimal
    $reason: String
  ) {
    assessContract(
      contractId: $contractId
      version: $version
      outcome: $outcome
      recoveryUntil: $recoveryUntil
      sanctionAmount: $sanctionAmount
      reason: $reason
    ) {
      __typename
      ... on Assessment {
        outcome
        recoveryUntil
        sanctionAmount
        letterUrl
      }
      ...ValidationIssues
      ...ErrorMessage
    }
  }
`);

type Assessable = NonNullable<AdminAssessableContractQuery["contract"]>;

export function loader({ params }: LoaderFunctionArgs) {
  return preloadQuery.toPromise(
    preloadQuery(AssessableContractQuery, {
      variables: { id: params.id ?? "" },
      fetchPolicy: "network-only",
    }),
  );
}

export function ContractAssessmentPage() {
  const { data } = useReadQuery(useLoaderData<typeof loader>());
  const navigate = useNavigate();
  const revalidator = useRevalidator();
  const [assess] = useMutation(AssessContractMutation);
  const [feedback, setFeedback] = useState<ActionFeedback | null>(null);
  // The version on screen when "Laad de nieuwe gegevens" was pressed
  const [reloadedFrom, setReloadedFrom] = useState<number | null>(null);
  const contract = data.contract;

  const refusal = contract?.assessRefusal ?? null;
  if (!contract || refusal) {
    return (
      <>
        <PageTitle>Eindbeoordeling niet mogelijk</PageTitle>
        <Heading level={1}>Eindbeoordeling niet mogelijk</Heading>
        <Paragraph>
          {refusal ?? "Deze opdracht bestaat niet, of u heeft er geen toegang toe."}
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

  async function submit(input: AssessmentInput): Promise<AssessmentSubmitOutcome> {
    if (!contract) return { kind: "refused", message: "De opdracht is niet meer beschikbaar." };
    setFeedback(null);
    setReloadedFrom(null);
    try {
      const { data: answer } = await assess({
        variables: { contractId: contract.id, version: contract.version, ...input },
      });
      const result = answer?.assessContract;
      switch (result?.__typename) {
        case "Assessment": {
          const state: FlashState = {
            flash: `De eindbeoordeling is vastgelegd: ${describeAssessmentOutcome(result)}. De beoordelingsbrief staat bij de eindbeoordeling.`,
          };
          navigate(contractPath, { state });
          return { kind: "saved" };
        }
        case "ValidationError":
          return { kind: "invalid", issues: result.issues };
        case "ConflictError":
          setFeedback({ kind: "conflict", message: result.message });
          return { kind: "refused", message: result.message };
        case "NotAllowedError":
          setFeedback({ kind: "failed", message: result.message });
          return { kind: "refused", message: result.message };
        default:
          throw new Error("no answer");
      }
    } catch {
      const message = "Het opslaan is niet gelukt. Probeer het opnieuw.";
      setFeedback({ kind: "failed", message });
      return { kind: "refused", message };
    }
  }

  return (
    <>
      <PageTitle>{`Eindbeoordeling ${contract.reference}`}</PageTitle>
      <Paragraph>
        <Link to={contractPath}>Terug naar de opdracht</Link>
      </Paragraph>
      <Heading level={1}>{`Eindbeoordeling ${contract.reference}`}</Heading>
      <Paragraph lead>
        Leg vast of de opdrachtnemer de SR-verplichting van {contract.title} is nagekomen. De
        opdrachtnemer ziet de uitkomst in het portaal en kan de beoordelingsbrief downloaden.
      </Paragraph>
      <Standing contract={contract} />
      <AssessmentForm
        obligationKind={contract.obligation.kind}
        gap={contract.progress.gap}
        cancelTo={contractPath}
        onSubmit={submit}
        notice={
          feedback ? (
            <ActionFeedbackMessage
              feedback={feedback}
              reloading={revalidator.state === "loading"}
              onReload={() => {
                setFeedback(null);
                setReloadedFrom(contract.version);
                revalidator.revalidate();
              }}
            />
          ) : reloadedFrom !== null && reloadedFrom !== contract.version ? (
            <ReloadedNotice />
          ) : null
        }
      />
    </>
  );
}

/** What the outcome rests on: the obligation against what was accepted. */
function Standing({ contract }: { contract: Assessable }) {
  const { obligation, progress, assessment } = contract;
  const activities =
    obligation.kind === "ACTIVITY"
      ? { accepted: progress.acceptedActivities, pending: progress.pendingActivities }
      : null;
  return (
    <section aria-labelledby="stand">
      <Heading level={2} id="stand">
        Stand van de verplichting
      </Heading>
      {assessment?.outcome === "RECOVERY_PERIOD" ? (
        <Alert type="info" heading="Herstelperiode" headingLevel={3}>
          <p className="utrecht-paragraph">
            Eerder vastgelegd: {describeAssessmentOutcome(assessment)}. Leg nu de uitkomst na de
            herstelperiode vast.
          </p>
        </Alert>
      ) : null}
      {activities ? (
        <>
          <Paragraph>
            Deze opdracht vraagt één maatschappelijke activiteit. Een maatschappelijke activiteit
            die is geaccepteerd, vult de verplichting: de uitkomst is dan Nagekomen.
          </Paragraph>
          <DataList>
            <DataListItem label="SR-verplichting">1 maatschappelijke activiteit</DataListItem>
            <DataListItem label="Geaccepteerde maatschappelijke activiteiten">
              {activities.accepted === 0 ? "geen" : activities.accepted}
            </DataListItem>
            <DataListItem label="Ingediend, nog te beoordelen">
              {activities.pending === 0 ? "geen" : activities.pending}
            </DataListItem>
          </DataList>
        </>
      ) : (
        <>
          <DataList>
            <DataListItem label="SR-verplichting">{formatEuro(progress.obligation)}</DataListItem>
            <DataListItem label="Geaccepteerd">{formatEuro(progress.accepted)}</DataListItem>
            <DataListItem label="Niet gerealiseerd">{formatEuro(progress.gap)}</DataListItem>
          </DataList>
          {decimal(progress.pending).gt(0) ? (
            <Alert type="warning" heading="Nog niet alles is beoordeeld" headingLevel={3}>
              <p className="utrecht-paragraph">
                Er liggen nog verantwoordingen ter waarde van {formatEuro(progress.pending)} ter
                beoordeling. Die tellen pas mee als ze zijn geaccepteerd.
              </p>
            </Alert>
          ) : null}
        </>
      )}
    </section>
  );
}

function ReloadedNotice() {
  const ref = useFocusOnMount<HTMLDivElement>();
  return (
    <div ref={ref} tabIndex={-1}>
      <Alert type="info" role="status">
        <p className="utrecht-paragraph">
          De nieuwe gegevens zijn geladen; uw keuze en toelichting staan er nog. Controleer de stand
          hierboven en sla de eindbeoordeling opnieuw op.
        </p>
      </Alert>
    </div>
  );
}
