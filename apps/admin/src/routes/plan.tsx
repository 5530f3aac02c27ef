// The plan van aanpak of one contract as the WSP reviews it (/opdrachten/:id/plan): the latest
// version's lines and figures, what changed since the version before, and, for a submitted
// version and someone who manages the contract, the review form. Approving starts the execution.
import { useReadQuery } from "@apollo/client/react";
import {
  ContractStatusBadge,
  FocusedAlert,
  Heading,
  Link,
  PageTitle,
  Paragraph,
  type PlanBlockName,
  PlanDifferencesTable,
  PlanVersionDetails,
} from "@sroi/ui";
import { useState } from "react";
import { type LoaderFunctionArgs, useLoaderData, useRevalidator } from "react-router";
import { client, preloadQuery } from "../apollo";
import { graphql } from "../gql";
import type { AdminPlanContractFragment, AdminPlanDifferenceFragment } from "../gql/graphql";
import { ReviewForm } from "../plan/review-form";
import { ContractNotFound } from "./contract";
import { nextItemPath } from "./work-queue";

const PlanReviewQuery = graphql(`
  query AdminPlanReview($id: ID!) {
    contract(id: $id) {
      ...AdminPlanContract
    }
  }
`);

const PlanDifferencesQuery = graphql(`
  query AdminPlanDifferences($before: ID!, $after: ID!) {
    comparePlanVersions(beforeId: $before, afterId: $after) {
      ...AdminPlanDifference
    }
  }
`);

export async function loader({ params }: LoaderFunctionArgs) {
  const variables = { id: params.id ?? "" };
  // Always the plan as saved now: the contractor may have submitted a new version meanwhile.
  const contract = await preloadQuery.toPromise(
    preloadQuery(PlanReviewQuery, { variables, fetchPolicy: "network-only" }),
  );
  // Which versions to compare follows from the answer, which is in the cache by now.
  const { data } = await client.query({ query: PlanReviewQuery, variables });
  const [latest, previous] = data?.contract?.plans ?? [];
  const differences =
    latest && previous
      ? await preloadQuery.toPromise(
          preloadQuery(PlanDifferencesQuery, {
            variables: { before: previous.id, after: latest.id },
            fetchPolicy: "network-only",
          }),
        )
      : null;
  return { contract, differences };
}

type Notice = { approved: boolean; number: number; count: number };

export function PlanReviewPage() {
  const loaded = useLoaderData<typeof loader>();
  const { data } = useReadQuery(loaded.contract);
  const revalidator = useRevalidator();
  const [notice, setNotice] = useState<Notice | null>(null);
  const contract = data.contract;
  if (!contract) return <ContractNotFound />;
  const base = `/opdrachten/${encodeURIComponent(contract.id)}`;
  const [latest, previous] = contract.plans;
  const blocks = contract.obligation.catalogueVersion?.blocks ?? [];

  async function reviewed(approved: boolean) {
    const number = latest?.number ?? 0;
    // The outcome shows once the page shows the plan as judged, so the two never disagree.
    await revalidator.revalidate();
    setNotice((shown) => ({ approved, number, count: (shown?.count ?? 0) + 1 }));
  }

  return (
    <>
      <PageTitle>{`Plan van aanpak ${contract.reference}`}</PageTitle>
      <Paragraph>
        <Link to={base}>Terug naar de opdracht</Link>
      </Paragraph>
      <p className="utrecht-paragraph sroi-eyebrow">
        Opdracht <span className="sroi-code">{contract.reference}</span> · {contract.title} ·
        gemeente {contract.municipality.name}
      </p>
      <Heading level={1}>Plan van aanpak</Heading>
      <Paragraph>
        Opdrachtnemer {contract.contractor.name} stelt het plan op. De opdracht heeft de status{" "}
        <ContractStatusBadge status={contract.status} />.
      </Paragraph>
      {notice ? (
        <ReviewedNotice
          key={notice.count}
          notice={notice}
          contractStatus={contract.status}
          contractId={contract.id}
        />
      ) : null}

      {latest ? (
        <>
          <section aria-labelledby="laatste-versie">
            <Heading level={2} id="laatste-versie">
              Versie {latest.number}
            </Heading>
            {latest.status === "DRAFT" ? (
              <Paragraph>
                De opdrachtnemer werkt nog aan dit concept en heeft het niet ingediend.
              </Paragraph>
            ) : null}
            <PlanVersionDetails version={latest} blocks={blocks} obligation={contract.obligation} />
          </section>

          {previous && loaded.differences ? (
            <Differences
              queryRef={loaded.differences}
              blocks={blocks}
              caption={`Verschillen met versie ${previous.number}`}
              compareLink={`${base}/plan/vergelijk?${new URLSearchParams({ van: previous.id, naar: latest.id })}`}
            />
          ) : null}

          {latest.status === "SUBMITTED" ? (
            <section aria-labelledby="beoordelen">
              <Heading level={2} id="beoordelen">
                Beoordelen
              </Heading>
              {contract.viewerCan.reviewPlan ? (
                <>
                  <Paragraph>
                    Keur het plan goed, of vraag om wijzigingen en schrijf wat er anders moet. Na
                    goedkeuring gaat de opdracht naar In uitvoering, zodra ook de intake is
                    bevestigd. De opdrachtnemer krijgt uw oordeel per e-mail.
                  </Paragraph>
                  <ReviewForm
                    key={`${latest.id}-${latest.version}`}
                    plan={latest}
                    onReviewed={(approved) => void reviewed(approved)}
                    onReload={() => void revalidator.revalidate()}
                  />
                </>
              ) : (
                <Paragraph>
                  Het plan wacht op beoordeling. Alleen een accountmanager of coördinator van deze
                  opdracht kan het beoordelen.
                </Paragraph>
              )}
            </section>
          ) : null}

          <Paragraph>
            <Link to={`${base}/plan/versies`}>Alle versies van het plan</Link>
          </Paragraph>
        </>
      ) : (
        <Paragraph>
          De opdrachtnemer heeft nog geen plan van aanpak opgesteld. Het plan verschijnt hier zodra
          de opdrachtnemer het in het portaal opslaat.
        </Paragraph>
      )}
    </>
  );
}

function Differences({
  queryRef,
  blocks,
  caption,
  compareLink,
}: {
  queryRef: NonNullable<Awaited<ReturnType<typeof loader>>["differences"]>;
  blocks: readonly PlanBlockName[];
  caption: string;
  compareLink: string;
}) {
  const { data } = useReadQuery(queryRef);
  const differences: readonly AdminPlanDifferenceFragment[] = data.comparePlanVersions ?? [];
  return (
    <section aria-labelledby="verschillen">
      <Heading level={2} id="verschillen">
        {caption}
      </Heading>
      <PlanDifferencesTable
        differences={differences}
        blocks={blocks}
        caption={caption}
        captionHidden
      />
      <Paragraph>
        <Link to={compareLink}>Open de vergelijking</Link>
      </Paragraph>
    </section>
  );
}

function ReviewedNotice({
  notice,
  contractStatus,
  contractId,
}: {
  notice: Notice;
  contractStatus: AdminPlanContractFragment["status"];
  contractId: string;
}) {
  // The form that was used is gone: the outcome takes focus, so it is read out.
  return (
    <FocusedAlert type="ok" role="status">
      <p className="utrecht-paragraph">
        {notice.approved
          ? `Versie ${notice.number} is goedgekeurd.${afterApproval(contractStatus)}`
          : `U heeft om wijzigingen gevraagd in versie ${notice.number}. De opdrachtnemer krijgt uw opmerking per e-mail.`}
      </p>
      <p className="utrecht-paragraph">
        <Link to={nextItemPath("PLANS_TO_REVIEW", contractId)}>Volgende plan van aanpak</Link>
      </p>
    </FocusedAlert>
  );
}

function afterApproval(status: AdminPlanContractFragment["status"]): string {
  if (status === "IN_EXECUTION") return " De opdracht is nu In uitvoering.";
  // The domain's lifecycle waits for the intake as well (docs/domain.md).
  if (status === "AWARDED" || status === "PLANNING")
    return " De opdracht gaat in uitvoering zodra de intake is bevestigd.";
  return "";
}
