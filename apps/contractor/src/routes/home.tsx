import { Heading, Link, PageTitle, Paragraph } from "@sroi/ui";

export function HomePage() {
  return (
    <>
      <PageTitle>Start</PageTitle>
      <Heading level={1}>Portaal voor opdrachtnemers</Heading>
      <Paragraph lead>
        Heeft u een opdracht of subsidie gekregen met een social return-verplichting? Dan besteedt u
        een deel van de opdrachtwaarde aan werk en kansen voor mensen met een afstand tot de
        arbeidsmarkt.
      </Paragraph>
      <Paragraph>
        U vult de verplichting in met bouwblokken: activiteiten met een vaste waarde, zoals iemand
        in dienst nemen, een leerwerkplek bieden of inkopen bij een sociale onderneming. Elke regio
        heeft een eigen bouwblokkenmodel.
      </Paragraph>
      <Paragraph>
        <Link to="/bouwblokken">Bekijk de bouwblokken van uw regio</Link>
      </Paragraph>
    </>
  );
}
