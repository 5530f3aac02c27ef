// One version of a gemeente's SR policy (/beleid/:id): every rule in words; for a draft the way to
// edit, publish or delete it; for a published version retire; compare with another version.
import { useMutation, useReadQuery } from "@apollo/client/react";
import { dutchDate, formatDate } from "@sroi/domain";
import {
  Button,
  ButtonLink,
  CatalogueSource,
  CatalogueStatusBadge,
  ConceptNote,
  DataList,
  DataListItem,
  type FlashState,
  FormField,
  formatValidFrom,
  Heading,
  Link,
  PageTitle,
  Paragraph,
  Select,
  StatusBadge,
} from "@sroi/ui";
import { type FormEvent, useState } from "react";
import { type LoaderFunctionArgs, useLoaderData, useNavigate, useParams } from "react-router";
import { preloadQuery } from "../apollo";
import "../catalogue/catalogue.css";
import { PublishForm } from "../catalogue/version-tools";
import { ConfirmAction } from "../forms/confirm-action";
import { outcomeOf } from "../forms/outcome";
import { graphql } from "../gql";
import type { AdminPolicyQuery } from "../gql/graphql";
import { NewPolicyVersion } from "../policy/new-version";
import { forgetPolicies, useDeletePolicyDraft } from "../policy/policy-actions";
import { policyRules } from "../policy/policy-details";
import { policyFieldId } from "../policy/policy-form";

const PolicyQuery = graphql(`
  query AdminPolicy {
    municipalities {
      code
      name
      viewerCan {
        createPolicyDraft
      }
      policyDraft {
        id
      }
      policies {
        ...PolicyDetails
      }
    }
  }
`);

const PublishPolicyMutation = graphql(`
  mutation AdminPublishPolicy($id: ID!, $validFrom: Date!) {
    publishPolicy(id: $id, validFrom: $validFrom) {
      __typename
      ... on Policy {
        ...PolicyDetails
      }
      ...ValidationIssues
      ...ErrorMessage
    }
  }
`);

const RetirePolicyMutation = graphql(`
  mutation AdminRetirePolicy($id: ID!) {
    retirePolicy(id: $id) {
      __typename
      ... on Policy {
        ...PolicyDetails
      }
      ...ErrorMessage
    }
  }
`);

type Municipality = AdminPolicyQuery["municipalities"][number];
type Policy = Municipality["policies"][number];

export function loader(_: LoaderFunctionArgs) {
  return preloadQuery.toPromise(preloadQuery(PolicyQuery));
}

/** The gemeente and the policy version with this id, from the list of all gemeenten. */
export function findPolicy<M extends { policies: { id: string }[] }>(
  municipalities: M[],
  id: string | undefined,
): { municipality: M; policy: M["policies"][number] } | null {
  for (const municipality of municipalities) {
    const policy = municipality.policies.find((candidate) => candidate.id === id);
    if (policy) return { municipality, policy };
  }
  return null;
}

export function PolicyPage() {
  const { data } = useReadQuery(useLoaderData<typeof loader>());
  const { id } = useParams();
  const found = findPolicy(data.municipalities, id);
  if (!found) {
    return (
      <>
        <PageTitle>Beleid niet gevonden</PageTitle>
        <Heading level={1}>Beleid niet gevonden</Heading>
        <Paragraph>
          Deze versie van het beleid bestaat niet (meer), bijvoorbeeld omdat het concept is
          verwijderd.
        </Paragraph>
        <Paragraph>
          <Link to="/beleid">Naar het SR-beleid</Link>
        </Paragraph>
      </>
    );
  }
  const { municipality, policy } = found;
  return (
    <>
      <PageTitle>{policy.name}</PageTitle>
      <Paragraph>
        <Link to="/beleid">Al het SR-beleid</Link>
      </Paragraph>
      <Heading level={1}>{policy.name}</Heading>
      <Paragraph lead>
        Gemeente {municipality.name}
        {policy.inForce ? (
          <>
            {" "}
            <StatusBadge type="neutral">Nu geldig</StatusBadge>
          </>
        ) : null}
      </Paragraph>
      <DataList>
        <DataListItem label="Status">
          <CatalogueStatusBadge status={policy.status} />
        </DataListItem>
        <DataListItem label="Geldig vanaf">
          {policy.status === "DRAFT" ? "nog niet gepubliceerd" : formatValidFrom(policy.validFrom)}
        </DataListItem>
        <DataListItem label="Bron">
          <CatalogueSource source={policy.source} />
        </DataListItem>
      </DataList>
      {policy.conceptNote ? <ConceptNote note={policy.conceptNote} headingLevel={2} /> : null}
      {policy.viewerCanEdit ? <DraftActions municipality={municipality} policy={policy} /> : null}

      <Heading level={2}>Regels</Heading>
      <PolicyRules policy={policy} />

      <Heading level={2}>Vergelijken</Heading>
      <ComparePolicyForm policy={policy} others={municipality.policies} />

      <ManageActions municipality={municipality} policy={policy} />
    </>
  );
}

function PolicyRules({ policy }: { policy: Policy }) {
  const rules = policyRules(policy);
  if (rules.length === 0) {
    return <Paragraph>De regels van deze versie zijn nog niet volledig ingevuld.</Paragraph>;
  }
  return (
    <DataList>
      {rules.map((rule) => (
        <DataListItem key={rule.field} label={rule.label}>
          {rule.value}
        </DataListItem>
      ))}
    </DataList>
  );
}

function DraftActions({ municipality, policy }: { municipality: Municipality; policy: Policy }) {
  const navigate = useNavigate();
  const [publish] = useMutation(PublishPolicyMutation);
  const deleteDraft = useDeletePolicyDraft();
  const editPath = `/beleid/${encodeURIComponent(policy.id)}/bewerken`;
  return (
    <>
      {policy.problems.length > 0 ? (
        <div className="utrecht-alert utrecht-alert--warning sroi-alert">
          <div className="utrecht-alert__content">
            <div className="utrecht-alert__message">
              <h2 className="utrecht-heading-2">Nog op te lossen voor publicatie</h2>
              <ul className="sroi-problem-list">
                {policy.problems.map((problem) => (
                  <li key={`${problem.path}:${problem.message}`}>
                    <Link to={`${editPath}#${policyFieldId(problem.path)}`}>{problem.message}</Link>
                  </li>
                ))}
              </ul>
            </div>
          </div>
        </div>
      ) : null}
      <div className="sroi-button-group">
        <ButtonLink to={editPath}>Beleid bewerken</ButtonLink>
      </div>

      <Heading level={2}>Publiceren</Heading>
      <PublishForm
        what="deze versie van het beleid"
        fieldId="beleid-publiceren-datum"
        today={dutchDate(new Date())}
        blocked={policy.problems.length > 0}
        consequences={
          <>
            <p className="utrecht-paragraph">
              Na publicatie kan niemand deze versie meer wijzigen. Vanaf de gekozen datum rekenen
              nieuwe opdrachten van {municipality.name} en de rekenhulp met dit beleid.
            </p>
            <p className="utrecht-paragraph">
              Opdrachten die al gegund zijn, houden de verplichting die bij de gunning is vastgezet.
            </p>
          </>
        }
        onPublish={async (validFrom) => {
          const { data } = await publish({ variables: { id: policy.id, validFrom } });
          const outcome = outcomeOf(data?.publishPolicy, "Policy");
          if (outcome.kind === "invalid") {
            return [outcome.message, ...outcome.issues.map((issue) => issue.message)].join(" ");
          }
          if (outcome.kind !== "ok") return outcome.message;
          forgetPolicies();
          const state: FlashState = {
            flash: `${policy.name} is gepubliceerd en geldt vanaf ${formatDate(validFrom)}.`,
          };
          navigate(`/beleid/${encodeURIComponent(policy.id)}`, { state, replace: true });
          return null;
        }}
      />

      <Heading level={2}>Concept verwijderen</Heading>
      <ConfirmAction
        label="Concept verwijderen"
        question="Deze conceptversie van het beleid verwijderen?"
        confirmLabel="Ja, verwijderen"
        onConfirm={async () => {
          const failure = await deleteDraft(policy.id);
          if (failure) return failure;
          const state: FlashState = { flash: `De conceptversie ${policy.name} is verwijderd.` };
          navigate("/beleid", { state });
          return null;
        }}
      >
        <p className="utrecht-paragraph">
          Het concept verdwijnt. Het gepubliceerde beleid van {municipality.name} blijft zoals het
          is.
        </p>
      </ConfirmAction>
    </>
  );
}

function ManageActions({ municipality, policy }: { municipality: Municipality; policy: Policy }) {
  const [retire] = useMutation(RetirePolicyMutation);
  // Another version's draft to go on with; on the draft itself there is nothing to manage here.
  const draft = municipality.policyDraft?.id === policy.id ? null : municipality.policyDraft;
  const mayStart = municipality.viewerCan.createPolicyDraft;

  if (!mayStart && !draft && !policy.viewerCanRetire) return null;
  return (
    <>
      <Heading level={2}>Beheren</Heading>
      <Paragraph>
        Gepubliceerd beleid kan niet meer worden gewijzigd. Maak een nieuwe versie om regels aan te
        passen.
      </Paragraph>
      {mayStart ? (
        <NewPolicyVersion municipality={municipality} />
      ) : draft ? (
        <div className="sroi-button-group">
          <Link to={`/beleid/${encodeURIComponent(draft.id)}`}>Naar de conceptversie</Link>
        </div>
      ) : null}
      {policy.viewerCanRetire ? (
        <ConfirmAction
          label="Versie intrekken"
          question="Deze versie van het beleid intrekken?"
          confirmLabel="Ja, intrekken"
          onConfirm={async () => {
            const { data } = await retire({ variables: { id: policy.id } });
            const outcome = outcomeOf(data?.retirePolicy, "Policy");
            if (outcome.kind !== "ok") return outcome.message;
            forgetPolicies();
            return null;
          }}
        >
          <p className="utrecht-paragraph">
            Een ingetrokken versie geldt niet meer voor nieuwe opdrachten: daarvoor geldt dan de
            vorige gepubliceerde versie van {municipality.name}. Opdrachten die al gegund zijn,
            houden hun verplichting.
          </p>
        </ConfirmAction>
      ) : null}
    </>
  );
}

function ComparePolicyForm({ policy, others }: { policy: Policy; others: Policy[] }) {
  const navigate = useNavigate();
  const candidates = others.filter((other) => other.id !== policy.id);
  const [other, setOther] = useState(
    candidates.find((candidate) => candidate.status === "PUBLISHED")?.id ?? candidates[0]?.id ?? "",
  );
  if (candidates.length === 0) {
    return <Paragraph>Deze gemeente heeft geen andere versie om mee te vergelijken.</Paragraph>;
  }
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const chosen = candidates.find((candidate) => candidate.id === other);
    if (!chosen) return;
    // The older version is "voor"; a draft has no date yet and is the newest.
    const shownLater =
      policy.validFrom === null ||
      (chosen.validFrom !== null && policy.validFrom >= chosen.validFrom);
    const [before, after] = shownLater ? [chosen.id, policy.id] : [policy.id, chosen.id];
    navigate(`/beleid/vergelijk?${new URLSearchParams({ voor: before, na: after })}`);
  }
  return (
    <form className="sroi-inline-form" onSubmit={submit} aria-label="Vergelijken">
      <FormField id="beleid-vergelijk-met" label="Vergelijk met">
        <Select
          id="beleid-vergelijk-met"
          value={other}
          onChange={(event) => setOther(event.currentTarget.value)}
        >
          {candidates.map((candidate) => (
            <option key={candidate.id} value={candidate.id}>
              {candidate.name} (
              {candidate.status === "DRAFT"
                ? "concept"
                : `${candidate.status === "RETIRED" ? "vervallen, " : ""}geldig vanaf ${formatValidFrom(candidate.validFrom)}`}
              )
            </option>
          ))}
        </Select>
      </FormField>
      <Button type="submit" appearance="secondary-action">
        Vergelijken
      </Button>
    </form>
  );
}
