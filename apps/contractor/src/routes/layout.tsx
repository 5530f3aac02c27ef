import { ApolloProvider, useQuery } from "@apollo/client/react";
import {
  AccountMenu,
  Alert,
  LOGIN_PATH,
  Loading,
  loginPath,
  OpenTaskCountQuery,
  Page,
} from "@sroi/ui";
import { useEffect, useState } from "react";
import { Outlet, ScrollRestoration, useLocation, useNavigation } from "react-router";
import { client } from "../apollo";
import { invitesInto, SessionProvider, useMe, useSessionActions } from "./login-session";
import { APP_NAME, contractsItem, PUBLIC_NAVIGATION } from "./page-frame";

/**
 * The layout route's element. Apollo Client comes with this module, not with the entry script:
 * main.tsx shows the page frame (routes/page-frame.tsx) while this module loads.
 */
export function Layout() {
  return (
    <ApolloProvider client={client}>
      <LayoutFrame />
    </ApolloProvider>
  );
}

function LayoutFrame() {
  const navigation = useNavigation();
  const location = useLocation();
  const { me, loading } = useMe();
  const session = useSessionActions();
  const [logoutFailed, setLogoutFailed] = useState(false);
  const tasks = useQuery(OpenTaskCountQuery, { skip: !me, fetchPolicy: "cache-and-network" });
  const { refetch } = tasks;
  // A report or a correction changes the count: read it again after every navigation.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the location is the trigger
  useEffect(() => {
    if (me) void refetch().catch(() => undefined);
  }, [me, refetch, location.pathname]);
  const openTasks = tasks.data?.me?.workQueue.openTaskCount;
  const items = [
    ...PUBLIC_NAVIGATION,
    contractsItem(openTasks),
    ...(me && invitesInto(me).length > 0 ? [{ to: "/collegas", label: "Collega's" }] : []),
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
        appName={APP_NAME}
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
