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
import { Outlet, useLocation, useNavigation } from "react-router";
import { client } from "../apollo";
import { SessionProvider, useMe, useSessionActions } from "./login-session";
import { APP_NAME } from "./page-frame";

/** "Te doen (3 open)": the count in words, so it does not rely on a colour or a badge. */
export function workQueueLabel(count: number | null) {
  return count === null ? "Te doen" : `Te doen (${count} open)`;
}

const NAVIGATION = [
  { to: "/opdrachten", label: "Opdrachten" },
  { to: "/catalogi", label: "Bouwblokkenmodellen" },
  { to: "/beleid", label: "SR-beleid" },
  { to: "/organisaties", label: "Organisaties" },
  { to: "/kandidaten", label: "Kandidaten" },
  { to: "/audit", label: "Audittrail" },
];
// Only for who manages people: the API says so (me.managesPeople), the app does not guess by role.
const STAFF_PAGE = { to: "/medewerkers", label: "Medewerkers" };
// One's own name in the header leads to one's choice of e-mails (routes/notice-preferences.tsx).
const NOTICE_PREFERENCES_PATH = "/meldingen";

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
  const tasks = useQuery(OpenTaskCountQuery, { skip: !staff, fetchPolicy: "cache-and-network" });
  const { refetch } = tasks;
  // A review or an intake changes the count: read it again after every navigation.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the location is the trigger
  useEffect(() => {
    if (staff) void refetch().catch(() => undefined);
  }, [staff, refetch, location.pathname]);
  const openTasks = tasks.data?.me?.workQueue.openTaskCount ?? null;
  const items = [{ to: "/te-doen", label: workQueueLabel(openTasks) }, ...NAVIGATION];
  return (
    <SessionProvider value={session}>
      <Page
        appName={APP_NAME}
        navigation={staff ? (me.managesPeople ? [...items, STAFF_PAGE] : items) : []}
        busy={navigation.state === "loading"}
        account={
          <AccountMenu
            account={me ? { name: me.name, organisationName: me.organisation?.name ?? null } : null}
            loading={loading}
            accountTo={NOTICE_PREFERENCES_PATH}
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
