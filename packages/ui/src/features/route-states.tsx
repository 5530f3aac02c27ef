// What a route shows when it has nothing to show: an unknown address, or data that failed to load.
import { isRouteErrorResponse, useLocation, useRevalidator, useRouteError } from "react-router";
import { Alert } from "../primitives/feedback.js";
import { Button } from "../primitives/form.js";
import { Link } from "../primitives/link.js";
import { PageTitle } from "../primitives/page.js";
import { Heading, Paragraph } from "../primitives/typography.js";
import { loginPath } from "./auth/paths.js";

export function NotFound({ homeLabel = "Naar de startpagina" }: { homeLabel?: string }) {
  return (
    <>
      <PageTitle>Pagina niet gevonden</PageTitle>
      <Heading level={1}>Pagina niet gevonden</Heading>
      <Paragraph>
        Deze pagina bestaat niet (meer). Misschien is de link verouderd of zit er een typefout in
        het adres.
      </Paragraph>
      <Paragraph>
        <Link to="/">{homeLabel}</Link>
      </Paragraph>
    </>
  );
}

/**
 * A session that ended while the person was using it (expiry, "overal uitloggen" elsewhere): ask
 * to log in again and come back to this page. Shown by a page whose query the API refused and by
 * the login guard, whichever notices first, so the person sees the same either way.
 */
export function SessionEnded() {
  const location = useLocation();
  return (
    <>
      <PageTitle>Log opnieuw in</PageTitle>
      <Heading level={1}>Log opnieuw in</Heading>
      <Paragraph>
        U bent niet (meer) ingelogd, bijvoorbeeld omdat u een tijd niets deed of op een ander
        apparaat overal uitlogde.
      </Paragraph>
      <Paragraph>
        <Link to={loginPath(`${location.pathname}${location.search}`)}>Inloggen</Link>
      </Paragraph>
    </>
  );
}

/** The router's error element: a failed query or a bug in a page. */
export function RouteError() {
  const error = useRouteError();
  const revalidator = useRevalidator();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFound />;
  if (isUnauthenticated(error)) return <SessionEnded />;
  const detail = error instanceof Error ? error.message : null;
  return (
    <>
      <PageTitle>Er ging iets mis</PageTitle>
      <Heading level={1}>Er ging iets mis</Heading>
      <Alert type="error" role="alert">
        <p className="utrecht-paragraph">
          De gegevens konden niet worden geladen. Probeer het opnieuw. Blijft het misgaan, neem dan
          contact op met de beheerder van het platform.
        </p>
        {detail ? (
          <details className="sroi-error-detail">
            <summary>Technische details</summary>
            <code>{detail}</code>
          </details>
        ) : null}
      </Alert>
      <Button onClick={() => revalidator.revalidate()} disabled={revalidator.state === "loading"}>
        Opnieuw proberen
      </Button>
    </>
  );
}

/** An API answer that says nobody is logged in (the session ended): GraphQL errors with that code. */
function isUnauthenticated(error: unknown): boolean {
  if (typeof error !== "object" || error === null || !("errors" in error)) return false;
  const { errors } = error as { errors: unknown };
  return (
    Array.isArray(errors) &&
    errors.some(
      (item: { extensions?: { code?: unknown } } | null) =>
        item?.extensions?.code === "UNAUTHENTICATED",
    )
  );
}
