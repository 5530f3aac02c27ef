// Both apps share one login: someone of the other app who opens a page here is sent on, not refused.
import { Alert } from "../../primitives/feedback.js";
import { ExternalLink } from "../../primitives/link.js";
import type { AppKind, SignedInAccount } from "./paths.js";

const APPS: Record<AppKind, { name: string; href: string; audience: string }> = {
  ADMIN: {
    name: "Beheer",
    href: "/admin/",
    audience: "medewerkers van gemeenten en werkgeversservicepunten",
  },
  PORTAL: { name: "het portaal voor opdrachtnemers", href: "/portal/", audience: "opdrachtnemers" },
};

const otherApp = (app: AppKind): AppKind => (app === "ADMIN" ? "PORTAL" : "ADMIN");

/** Whether a signed-in account belongs in another app than this one. */
export function belongsElsewhere(account: Pick<SignedInAccount, "app">, app: AppKind): boolean {
  return account.app !== app;
}

/** Shown to someone logged in with an account that belongs in the other app, with a link there. */
export function WrongAppNotice({
  app,
  account,
  headingLevel = 2,
}: {
  app: AppKind;
  account: Pick<SignedInAccount, "name" | "organisationName">;
  headingLevel?: 2 | 3;
}) {
  const other = APPS[otherApp(app)];
  return (
    <Alert
      type="warning"
      heading="Uw account hoort bij een andere omgeving"
      headingLevel={headingLevel}
    >
      <p className="utrecht-paragraph">
        U bent ingelogd als {account.name}
        {account.organisationName ? ` (${account.organisationName})` : ""}. Deze omgeving is voor{" "}
        {APPS[app].audience}; uw account hoort bij {other.name}.
      </p>
      <p className="utrecht-paragraph">
        {/* Another app is another page load, not a route of this router */}
        <ExternalLink href={other.href}>Ga naar {other.name}</ExternalLink>
      </p>
    </Alert>
  );
}
