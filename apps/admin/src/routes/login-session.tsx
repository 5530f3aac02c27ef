// Beheer's session: who is logged in, the login guard, logging out, and the login, password
// and account routes, from @sroi/ui's createSession with this app's texts and paths.
import { createSession } from "@sroi/ui";
import { client } from "../apollo";
import { BASENAME } from "./page-frame";

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
  app: "ADMIN",
  basename: BASENAME,
  afterLoginPath: "/",
  // Everything else needs a login, so after logging out there is only the login page.
  afterLogoutPath: "/inloggen",
  client,
  loginIntro:
    "Beheer is de omgeving voor medewerkers van gemeenten en werkgeversservicepunten: opdrachten, bouwblokkenmodellen, organisaties en de audittrail.",
  wrongAppHeading: "Beheer is voor gemeenten en werkgeversservicepunten",
});
