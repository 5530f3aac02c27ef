// Kandidaat toevoegen (/kandidaten/nieuw): a consultant adds a candidate to the pool of the
// organisation they work for.
import { useMutation, useReadQuery } from "@apollo/client/react";
import { Heading, PageTitle, Paragraph } from "@sroi/ui";
import { useState } from "react";
import { type LoaderFunctionArgs, useLoaderData, useNavigate } from "react-router";
import { preloadQuery } from "../apollo";
import { type FieldIssue, outcomeOf, requestFailed } from "../forms/outcome";
import { graphql } from "../gql";
import { CandidateForm, EMPTY_CANDIDATE, toCandidateInput } from "./candidate-form";

const NewCandidateQuery = graphql(`
  query AdminNewCandidate {
    candidatePools {
      organisationId
      organisationName
      viewerCanAdd
    }
  }
`);

const CreateCandidateMutation = graphql(`
  mutation AdminCreateCandidate($organisationId: ID!, $input: CandidateInput!) {
    createCandidate(organisationId: $organisationId, input: $input) {
      __typename
      ... on Candidate {
        id
      }
      ... on ValidationError {
        issues {
          field
          message
        }
      }
      ...ErrorMessage
    }
  }
`);

export function loader(_: LoaderFunctionArgs) {
  return preloadQuery.toPromise(preloadQuery(NewCandidateQuery, { fetchPolicy: "network-only" }));
}

export function NewCandidatePage() {
  const { data } = useReadQuery(useLoaderData<typeof loader>());
  const pool = data.candidatePools.find((p) => p.viewerCanAdd) ?? null;
  const navigate = useNavigate();
  const [create, { loading }] = useMutation(CreateCandidateMutation);
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [failure, setFailure] = useState<string | null>(null);

  if (!pool) {
    return (
      <>
        <PageTitle>Kandidaat toevoegen</PageTitle>
        <Heading level={1}>Kandidaat toevoegen</Heading>
        <Paragraph>
          Alleen een consulent van de organisatie met de kandidatenpool kan dit.
        </Paragraph>
      </>
    );
  }

  return (
    <>
      <PageTitle>Kandidaat toevoegen</PageTitle>
      <Heading level={1}>Kandidaat toevoegen</Heading>
      <Paragraph lead>Aan de kandidatenpool van {pool.organisationName}.</Paragraph>
      <CandidateForm
        initial={EMPTY_CANDIDATE}
        submitLabel="Kandidaat toevoegen"
        issues={issues}
        failure={failure}
        busy={loading}
        onSubmit={async (values) => {
          setIssues([]);
          setFailure(null);
          try {
            const answer = await create({
              variables: { organisationId: pool.organisationId, input: toCandidateInput(values) },
            });
            const outcome = outcomeOf(answer.data?.createCandidate, "Candidate");
            if (outcome.kind === "ok") await navigate(`/kandidaten/${outcome.value.id}`);
            else if (outcome.kind === "invalid") setIssues(outcome.issues);
            else setFailure(outcome.message);
          } catch {
            setFailure(requestFailed().message);
          }
        }}
      />
    </>
  );
}
