import { AccountMenu, Alert, LOGIN_PATH, Loading, loginPath, Page } from "@sroi/ui";
import { useState } from "react";
import { Outlet, useLocation, useNavigation } from "react-router";
import { SessionProvider, useMe, useSessionActions } from "./login-session";

const NAVIGATION = [
  { to: "/opdrachten", label: "Opdrachten" },
  { to: "/catalogi", label: "Bouwblokkenmodellen" },
  { to: "/beleid", label: "SR-beleid" },
  { to: "/organisaties", label: "Organisaties" },
  { to: "/audit", label: "Audittrail" },
];
// Only for who manages people: the API says so (me.managesPeople), the app does not guess by role.
const STAFF_PAGE = { to: "/medewerkers", label: "Medewerkers" };

export function Layout() {
  const navigation = useNavigation();
  const location = useLocation();
  const { me, loading } = useMe();
  const session = useSessionActions();
  const [logoutFailed, setLogoutFailed] = useState(false);
  const here = `${location.pathname}${location.search}`;
  async function logOut() {
    setLogoutFailed(false);
    try {
      await session.logOut();
    } catch {
      setLogoutFailed(true);
    }
  }
  // Staff see the navigation once logged in; before that it would only lead to the login page.
  const staff = me?.app === "ADMIN";
  return (
    <SessionProvider value={session}>
      <Page
        appName="Beheer"
        navigation={staff ? (me.managesPeople ? [...NAVIGATION, STAFF_PAGE] : NAVIGATION) : []}
        busy={navigation.state === "loading"}
        account={
          <AccountMenu
            account={me ? { name: me.name, organisationName: me.organisation?.name ?? null } : null}
            loading={loading}
            loginTo={location.pathname === LOGIN_PATH ? null : loginPath(here)}
            onLogout={logOut}
            busy={session.leaving}
          />
        }
      >
        {logoutFailed ? (
          <Alert type="error" role="alert">
            <p className="utrecht-paragraph">
              Uitloggen is niet gelukt. Controleer uw verbinding en probeer het opnieuw.
            </p>
          </Alert>
        ) : null}
        {session.leaving ? <Loading>Bezig met uitloggen…</Loading> : <Outlet />}
      </Page>
    </SessionProvider>
  );
}
