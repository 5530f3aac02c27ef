// The portal's session: who is logged in, the login guard, logging out, and the login, password
// and account routes, from @sroi/ui's createSession with this app's texts and paths.
import { createSession, type Me } from "@sroi/ui";
import { client } from "../apollo";
import { BASENAME } from "./page-frame";

/** The organisations whose colleagues this person may see and invite, as the API answers it. */
export const invitesInto = (me: Pick<Me, "memberships">): string[] =>
  me.memberships.flatMap(({ organisation }) =>
    organisation?.viewerCan.invite ? [organisation.id] : [],
  );

export const {
  useMe,
  requireLogin,
  LoginGuard,
  SessionProvider,
  useSessionActions,
  LoginRoute,
  ForgotPasswordRoute,
  ChoosePasswordRoute,
  AccountRoute,
} = createSession({
  app: "PORTAL",
  basename: BASENAME,
  afterLoginPath: "/opdrachten",
  // The portal's public pages (rekenhulp, bouwblokken) stay usable after logging out.
  afterLogoutPath: "/",
  client,
  loginIntro:
    "Log in om uw opdrachten met een social return-verplichting te zien en contact op te nemen met wie de social return van de gemeente uitvoert.",
  wrongAppHeading: "Deze pagina is voor opdrachtnemers",
});
