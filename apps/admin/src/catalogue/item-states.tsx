// What the block and bonus pages show when there is nothing to edit.
import { Heading, Link, PageTitle, Paragraph } from "@sroi/ui";

export function VersionNotFound({ catalogueKey }: { catalogueKey: string }) {
  return (
    <>
      <PageTitle>Bouwblokkenmodel niet gevonden</PageTitle>
      <Heading level={1}>Bouwblokkenmodel niet gevonden</Heading>
      <Paragraph>
        Er is geen bouwblokkenmodel met de code “{catalogueKey}”. Misschien is de link verouderd.
      </Paragraph>
      <Paragraph>
        <Link to="/catalogi">Bekijk alle bouwblokkenmodellen</Link>
      </Paragraph>
    </>
  );
}

export function NotEditable({
  version,
  title,
}: {
  version: { key: string; name: string; status: string };
  title: string;
}) {
  return (
    <>
      <PageTitle>{title}</PageTitle>
      <Heading level={1}>{title}</Heading>
      <Paragraph>
        {version.status === "DRAFT"
          ? `U kunt ${version.name} niet wijzigen: alleen beheerders van de regio kunnen een conceptversie bewerken.`
          : `${version.name} is gepubliceerd of ingetrokken en kan niet meer worden gewijzigd. Maak een nieuwe versie om waarden aan te passen.`}
      </Paragraph>
      <Paragraph>
        <Link to={`/catalogi/${encodeURIComponent(version.key)}`}>Terug naar {version.name}</Link>
      </Paragraph>
    </>
  );
}
