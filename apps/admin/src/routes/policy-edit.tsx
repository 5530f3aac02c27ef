// Editing a draft policy (/beleid/:id/bewerken).
import { useMutation, useReadQuery } from "@apollo/client/react";
import { type FlashState, Heading, Link, PageTitle, Paragraph } from "@sroi/ui";
import { useEffect } from "react";
import {
  type LoaderFunctionArgs,
  useLoaderData,
  useLocation,
  useNavigate,
  useParams,
} from "react-router";
import { preloadQuery } from "../apollo";
import "../catalogue/catalogue.css";
import { outcomeOf, requestFailed } from "../forms/outcome";
import { graphql } from "../gql";
import type { PolicyInput } from "../gql/graphql";
import {
  forgetPolicies,
  type NewPolicyDraftState,
  useDeletePolicyDraft,
} from "../policy/policy-actions";
import { PolicyForm, policyFormValues } from "../policy/policy-form";
import { findPolicy } from "./policy";

const PolicyEditQuery = graphql(`
  query AdminPolicyEdit {
    municipalities {
      code
      name
      policies {
        ...PolicyDetails
      }
    }
  }
`);

const UpdatePolicyMutation = graphql(`
  mutation AdminUpdatePolicyDraft($id: ID!, $input: PolicyInput!) {
    updatePolicyDraft(id: $id, input: $input) {
      __typename
      ... on Policy {
        ...PolicyDetails
      }
      ...ValidationIssues
      ...ErrorMessage
    }
  }
`);

export function loader(_: LoaderFunctionArgs) {
  return preloadQuery.toPromise(preloadQuery(PolicyEditQuery));
}

export function PolicyEditPage() {
  const { data } = useReadQuery(useLoaderData<typeof loader>());
  const { id } = useParams();
  const { hash, state } = useLocation();
  // Just made by "Nieuwe versie" and not saved yet: cancelling takes the draft away again.
  const newDraft = (state as NewPolicyDraftState | null)?.newDraft === true;
  const deleteDraft = useDeletePolicyDraft();
  const navigate = useNavigate();
  const [update] = useMutation(UpdatePolicyMutation);
  const found = findPolicy(data.municipalities, id);

  // A link from a problem on the policy page points at its field: go there once the page (and
  // its heading focus) has settled.
  useEffect(() => {
    if (!hash) return;
    const timer = setTimeout(() => {
      const control = document.getElementById(decodeURIComponent(hash.slice(1)));
      if (!control) return;
      (control.closest(".utrecht-form-field") ?? control).scrollIntoView({ block: "start" });
      control.focus({ preventScroll: true });
    }, 50);
    return () => clearTimeout(timer);
  }, [hash]);

  if (!found) {
    return (
      <>
        <PageTitle>Beleid niet gevonden</PageTitle>
        <Heading level={1}>Beleid niet gevonden</Heading>
        <Paragraph>Deze versie van het beleid bestaat niet (meer).</Paragraph>
        <Paragraph>
          <Link to="/beleid">Naar het SR-beleid</Link>
        </Paragraph>
      </>
    );
  }
  const { municipality, policy } = found;
  const back = `/beleid/${encodeURIComponent(policy.id)}`;
  if (!policy.viewerCanEdit) {
    return (
      <>
        <PageTitle>Beleid bewerken</PageTitle>
        <Heading level={1}>Beleid bewerken</Heading>
        <Paragraph>
          {policy.status === "DRAFT"
            ? `U kunt het beleid van ${municipality.name} niet bewerken.`
            : "Deze versie is gepubliceerd of ingetrokken en kan niet meer worden gewijzigd. Maak een nieuwe versie om regels aan te passen."}
        </Paragraph>
        <Paragraph>
          <Link to={back}>Terug naar {policy.name}</Link>
        </Paragraph>
      </>
    );
  }

  async function submit(input: PolicyInput) {
    try {
      const { data: answer } = await update({ variables: { id: policy.id, input } });
      const outcome = outcomeOf(answer?.updatePolicyDraft, "Policy");
      if (outcome.kind === "ok") {
        forgetPolicies();
        const state: FlashState = { flash: "Het beleid is opgeslagen." };
        navigate(back, { state });
      }
      return outcome;
    } catch {
      return requestFailed();
    }
  }

  return (
    <>
      <PageTitle>{`Bewerken: ${policy.name}`}</PageTitle>
      <Paragraph>
        <Link to={back}>Terug naar {policy.name}</Link>
      </Paragraph>
      <Heading level={1}>Beleid bewerken</Heading>
      <Paragraph lead>
        Conceptversie van het SR-beleid van {municipality.name}. Wijzigingen gelden pas als u de
        versie publiceert.
      </Paragraph>
      <PolicyForm
        initial={policyFormValues(policy)}
        initialIssues={policy.problems.map((problem) => ({
          field: problem.path,
          message: problem.message,
        }))}
        cancelTo={back}
        onCancel={
          newDraft
            ? async () => {
                const failure = await deleteDraft(policy.id);
                const after: FlashState = {
                  flash: failure
                    ? `Het concept is niet verwijderd: ${failure}`
                    : "U heeft het bewerken geannuleerd; de nieuwe conceptversie is weer verwijderd.",
                };
                navigate(failure ? back : "/beleid", { state: after });
              }
            : undefined
        }
        onSubmit={submit}
      />
    </>
  );
}
