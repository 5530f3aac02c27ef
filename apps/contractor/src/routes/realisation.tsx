// One realisation of the contractor: what was entered, its value with the breakdown, the evidence,
// and the review by the gemeente's WSP or own team (carrierName). Until it is accepted, it can be
// corrected; after that it is closed.
import { useReadQuery } from "@apollo/client/react";
import {
  Alert,
  ButtonLink,
  DoubleCountNotice,
  formatDateTime,
  Heading,
  Link,
  namesByCode,
  PageTitle,
  Paragraph,
  RealisationRecord,
  RealisationStatusBadge,
  realisationPath,
  realisationTitle,
} from "@sroi/ui";
import { type LoaderFunctionArgs, useLoaderData, useParams } from "react-router";
import { preloadQuery } from "../apollo";
import { carrierName } from "../carrier";
import { graphql } from "../gql";
import type { PortalRealisationFragment } from "../gql/graphql";
import { ContractNotFound } from "./contract";

const RealisationQuery = graphql(`
  query PortalRealisationPage($id: ID!) {
    contract(id: $id) {
      ...PortalRealisationContext
      realisations {
        ...PortalRealisation
      }
    }
    municipalities {
      code
      name
    }
  }
`);

export function loader({ params }: LoaderFunctionArgs) {
  return preloadQuery.toPromise(
    // The review may have changed since the list was read: always ask the API.
    preloadQuery(RealisationQuery, {
      variables: { id: params.id ?? "" },
      fetchPolicy: "network-only",
    }),
  );
}

export function RealisationPage() {
  const { data } = useReadQuery(useLoaderData<typeof loader>());
  const { realisationId } = useParams();
  const contract = data.contract;
  if (!contract) return <ContractNotFound />;
  const contractPath = `/opdrachten/${encodeURIComponent(contract.id)}`;
  const realisation = contract.realisations.find((r) => r.id === realisationId);
  if (!realisation) {
    return (
      <>
        <PageTitle>Verantwoording niet gevonden</PageTitle>
        <Heading level={1}>Verantwoording niet gevonden</Heading>
        <Paragraph>
          Deze verantwoording bestaat niet (meer) bij deze opdracht. Misschien is de link verouderd.
        </Paragraph>
        <Paragraph>
          <Link to={contractPath}>Terug naar de opdracht</Link>
        </Paragraph>
      </>
    );
  }
  const catalogue = contract.obligation.catalogueVersion;
  const blockNames = namesByCode(catalogue?.blocks);
  const title = realisationTitle(realisation, blockNames);
  const carrier = carrierName(contract.municipality);
  return (
    <>
      <PageTitle>{`${title} – ${contract.reference}`}</PageTitle>
      <Paragraph>
        <Link to={`${contractPath}#verantwoording`}>Terug naar de opdracht</Link>
      </Paragraph>
      <div className="sroi-page-heading">
        <Heading level={1}>{title}</Heading>
        {realisation.viewerCan.correct ? (
          <ButtonLink
            appearance="secondary-action"
            to={`${realisationPath(contract.id, realisation.id)}/corrigeren`}
          >
            Corrigeren
          </ButtonLink>
        ) : null}
      </div>
      <Paragraph lead>
        Verantwoording voor <span className="sroi-code">{contract.reference}</span> {contract.title}
        , ingediend op {formatDateTime(realisation.submittedAt)}.
      </Paragraph>
      <Paragraph>
        Status: <RealisationStatusBadge status={realisation.status} />
      </Paragraph>
      <ReviewNote realisation={realisation} carrier={carrier} />
      {realisation.status === "SUBMITTED" ? (
        <DoubleCountNotice
          doubleCounts={realisation.doubleCounts}
          contractPath={(id) => `/opdrachten/${encodeURIComponent(id)}`}
          intro={`Deze persoon of factuur staat voor dezelfde dagen ook elders. Wat al is geaccepteerd, telt maar één keer: ${carrier} kan deze verantwoording dan niet accepteren. Klopt de periode of de factuur niet, corrigeer de verantwoording dan.`}
        />
      ) : null}

      <RealisationRecord
        realisation={realisation}
        blockNames={blockNames}
        bonusNames={namesByCode(catalogue?.bonuses)}
        municipalityNames={namesByCode(data.municipalities)}
        valueNote={
          realisation.status !== "ACCEPTED"
            ? `De waarde telt mee voor de SR-verplichting zodra ${carrier} de verantwoording accepteert.`
            : null
        }
      />
    </>
  );
}

function ReviewNote({
  realisation,
  carrier,
}: {
  realisation: PortalRealisationFragment;
  carrier: string;
}) {
  switch (realisation.status) {
    case "REJECTED":
      return (
        <Alert type="warning" heading={`Afgewezen door ${carrier}`} headingLevel={2}>
          <p className="utrecht-paragraph">
            Reden: <span className="sroi-preserve-lines">{realisation.reviewReason}</span>
          </p>
          <p className="utrecht-paragraph">
            Corrigeer de verantwoording of voeg bewijs toe, en dien haar opnieuw in.
          </p>
        </Alert>
      );
    case "ACCEPTED":
      return (
        <Alert type="ok" heading={`Geaccepteerd door ${carrier}`} headingLevel={2}>
          {realisation.reviewReason ? (
            <p className="utrecht-paragraph">
              Toelichting: <span className="sroi-preserve-lines">{realisation.reviewReason}</span>
            </p>
          ) : null}
          <p className="utrecht-paragraph">
            Deze verantwoording telt mee voor de SR-verplichting. Een geaccepteerde verantwoording
            kunt u niet meer wijzigen; klopt er iets niet, neem dan contact op met {carrier}.
          </p>
        </Alert>
      );
    default:
      return (
        <Paragraph>
          {carrier} heeft deze verantwoording nog niet beoordeeld. Tot dan kunt u haar corrigeren.
        </Paragraph>
      );
  }
}
