// A stand-in for the gemeente's public page while that page is built elsewhere: it finds the
// gemeente by its name in lower case (/portal/gemeenten/amersfoort) and shows only the ideas
// form. At merge the form moves into gemeente/municipality-page.tsx and this route goes.
import { useReadQuery } from "@apollo/client/react";
import { Heading, NotFound, PageTitle } from "@sroi/ui";
import { type LoaderFunctionArgs, useLoaderData, useParams } from "react-router";
import { preloadQuery } from "../apollo";
import { graphql } from "../gql";
import { IdeasForm } from "./ideas-form";

const MunicipalitiesQuery = graphql(`
  query IdeasPreviewMunicipalities {
    municipalities {
      code
      name
    }
  }
`);

export function loader(_: LoaderFunctionArgs) {
  return preloadQuery.toPromise(preloadQuery(MunicipalitiesQuery));
}

export function IdeasPreviewPage() {
  const { data } = useReadQuery(useLoaderData<typeof loader>());
  const { slug = "" } = useParams();
  const municipality = data.municipalities.find((m) => m.name.toLowerCase() === slug.toLowerCase());
  if (!municipality) return <NotFound />;
  return (
    <>
      <PageTitle>{`Social return in gemeente ${municipality.name}`}</PageTitle>
      <Heading level={1}>Social return in gemeente {municipality.name}</Heading>
      <IdeasForm municipalityCode={municipality.code} municipalityName={municipality.name} />
    </>
  );
}
