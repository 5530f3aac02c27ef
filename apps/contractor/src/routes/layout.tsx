import { AccountMenu, Alert, LOGIN_PATH, Loading, loginPath, Page } from "@sroi/ui";
import { useState } from "react";
import { Outlet, ScrollRestoration, useLocation, useNavigation } from "react-router";
import { isContractorAdmin, SessionProvider, useMe, useSessionActions } from "./login-session";

export function Layout() {
  const navigation = useNavigation();
  const location = useLocation();
  const { me, loading } = useMe();
  const session = useSessionActions();
  const [logoutFailed, setLogoutFailed] = useState(false);
  const items = [
    { to: "/", label: "Start", end: true },
    { to: "/rekenhulp", label: "Rekenhulp" },
    { to: "/bouwblokken", label: "Bouwblokken" },
    { to: "/opdrachten", label: "Mijn opdrachten" },
    ...(me && isContractorAdmin(me) ? [{ to: "/collegas", label: "Collega's" }] : []),
    ...(me ? [{ to: "/pso", label: "PSO-certificaat" }] : []),
  ];
  const here = `${location.pathname}${location.search}`;
  async function logOut() {
    setLogoutFailed(false);
    try {
      await session.logOut();
    } catch {
      setLogoutFailed(true);
    }
  }
  return (
    <SessionProvider value={session}>
      <Page
        appName="Portaal"
        navigation={items}
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
        <ScrollRestoration />
      </Page>
    </SessionProvider>
  );
}
