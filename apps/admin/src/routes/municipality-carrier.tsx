// Uitvoerende organisatie (/organisaties/regios/:code/uitvoering): who carries out one gemeente's
// social return, with its mailbox and phone, the forms to choose or create it, and the way to
// invite its first staff member. Until one is chosen, mail about the gemeente's contracts goes to
// the platform admins (services/carrying-out.ts) and the apps name the gemeente itself.
import { useReadQuery } from "@apollo/client/react";
import {
  Alert,
  DataList,
  DataListItem,
  Heading,
  Link,
  NotFound,
  PageTitle,
  Paragraph,
} from "@sroi/ui";
import { type LoaderFunctionArgs, useLoaderData, useParams } from "react-router";
import { preloadQuery } from "../apollo";
import { graphql } from "../gql";
import {
  type CarrierOption,
  ChooseCarrierForm,
  ContactForm,
  NewCarrierForm,
} from "../organisation-tree/carrier-forms";
import { useAnnounce } from "../organisation-tree/tree-mutation";
import "../organisation-tree/organisation-tree.css";

const MunicipalityCarrierQuery = graphql(`
  query AdminMunicipalityCarrier {
    municipalities {
      code
      name
      organisation {
        id
        name
      }
      carriedOutBy {
        id
        name
        email
        phone
      }
    }
    organisations(kind: SERVICE_POINT) {
      id
      name
    }
  }
`);

export function loader(_: LoaderFunctionArgs) {
  return preloadQuery.toPromise(
    preloadQuery(MunicipalityCarrierQuery, { fetchPolicy: "network-only" }),
  );
}

export function MunicipalityCarrierPage() {
  const { data } = useReadQuery(useLoaderData<typeof loader>());
  const { code } = useParams();
  const announce = useAnnounce();
  const municipality = data.municipalities.find((m) => m.code === code);
  if (!municipality) return <NotFound />;
  const carrier = municipality.carriedOutBy;
  const own = municipality.organisation;
  const options: CarrierOption[] = [
    ...(own ? [{ id: own.id, label: `${own.name} (eigen team van de gemeente)` }] : []),
    ...data.organisations.map((wsp) => ({
      id: wsp.id,
      label: `${wsp.name} (werkgeversservicepunt)`,
    })),
  ];

  return (
    <>
      <PageTitle>{`Uitvoerende organisatie van gemeente ${municipality.name}`}</PageTitle>
      <Paragraph>
        <Link to="/organisaties/regios">Regio's en gemeenten</Link>
      </Paragraph>
      <Heading level={1}>Uitvoerende organisatie van gemeente {municipality.name}</Heading>
      <Paragraph lead>
        De organisatie die het social return-beleid van de gemeente uitvoert: een
        werkgeversservicepunt of het eigen team van de gemeente. Opdrachtnemers zien haar naam,
        mailbox en telefoon; haar medewerkers zijn de accountmanagers van de opdrachten.
      </Paragraph>

      <section aria-labelledby="huidig" className="sroi-organisation-tree__form">
        <Heading level={2} id="huidig">
          Nu
        </Heading>
        {carrier ? (
          <>
            <DataList>
              <DataListItem label="Organisatie">{carrier.name}</DataListItem>
              <DataListItem label="Gedeelde mailbox">{carrier.email ?? "Nog geen"}</DataListItem>
              <DataListItem label="Telefoon">{carrier.phone ?? "Nog geen"}</DataListItem>
            </DataList>
            <Paragraph>
              <Link to={`/medewerkers#organisatie-${carrier.id}`}>
                Medewerkers van {carrier.name} uitnodigen
              </Link>
            </Paragraph>
            <Heading level={3}>Mailbox en telefoon wijzigen</Heading>
            <ContactForm key={carrier.id} organisation={carrier} announce={announce} />
          </>
        ) : (
          <Alert type="warning">
            <Paragraph>
              Gemeente {municipality.name} heeft nog geen uitvoerende organisatie. Tot die er is,
              gaat e-mail over haar opdrachten naar de platformbeheerders en zien opdrachtnemers de
              gemeente zelf als contact. Kies hieronder een organisatie of maak een nieuwe.
            </Paragraph>
          </Alert>
        )}
      </section>

      {options.length > 0 ? (
        <section aria-labelledby="bestaand" className="sroi-organisation-tree__form">
          <Heading level={2} id="bestaand">
            Bestaande organisatie kiezen
          </Heading>
          <ChooseCarrierForm
            municipality={municipality}
            options={options}
            currentId={carrier?.id ?? null}
            announce={announce}
          />
        </section>
      ) : null}

      <section aria-labelledby="nieuw" className="sroi-organisation-tree__form">
        <Heading level={2} id="nieuw">
          Nieuwe organisatie
        </Heading>
        <Paragraph>
          Daarna nodigt u de eerste medewerker van de organisatie uit bij Medewerkers; die nodigt de
          collega's uit.
        </Paragraph>
        <NewCarrierForm
          municipality={municipality}
          hasOwnOrganisation={own !== null && own !== undefined}
          announce={announce}
        />
      </section>
    </>
  );
}
