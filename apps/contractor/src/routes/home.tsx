import { Heading, Link, PageTitle, Paragraph } from "@sroi/ui";
import { useMe } from "./login-session";

export function HomePage() {
  const { me } = useMe();
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
      <ul className="sroi-link-list">
        <li>
          <Link to="/rekenhulp">Reken uit wat een opdracht vraagt en hoe u die invult</Link>
        </li>
        <li>
          <Link to="/bouwblokken">Bekijk de bouwblokken van uw regio</Link>
        </li>
        <li>
          <Link to="/gemeenten">Lees wat uw gemeente vraagt en met wie u contact opneemt</Link>
        </li>
        <li>
          {me ? (
            <Link to="/opdrachten">Naar mijn opdrachten</Link>
          ) : (
            <Link to="/inloggen">Log in voor uw opdrachten</Link>
          )}
        </li>
      </ul>
    </>
  );
}
