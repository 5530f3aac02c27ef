// Who is logged in, the guard in front of the pages that need a login, and logging out. `me` lives
// in the Apollo cache: the header, the guard and the pages all read the same entry.
import { useQuery } from "@apollo/client/react";
import {
  type AppKind,
  Heading,
  loginPath,
  PageTitle,
  pathWithinApp,
  type SignedInAccount,
  WrongAppNotice,
} from "@sroi/ui";
import { createContext, useCallback, useContext, useState } from "react";
import { flushSync } from "react-dom";
import {
  type LoaderFunctionArgs,
  Navigate,
  Outlet,
  redirect,
  useLocation,
  useNavigate,
} from "react-router";
import { client } from "../apollo";
import { graphql } from "../gql";
import type { PortalMeQuery } from "../gql/graphql";

export const APP: AppKind = "PORTAL";
export const BASENAME = "/portal";
/** Where a contractor starts after logging in, unless the login page was asked to return elsewhere */
export const AFTER_LOGIN_PATH = "/opdrachten";
const AFTER_LOGOUT_PATH = "/";

export const MeQuery = graphql(`
  query PortalMe {
    me {
      id
      name
      email
      app
      roles
      organisation {
        id
        name
      }
      memberships {
        role
        roleLabel
        organisation {
          id
          name
        }
      }
    }
  }
`);

const LogoutMutation = graphql(`
  mutation PortalLogout {
    logout
  }
`);

const LogoutEverywhereMutation = graphql(`
  mutation PortalLogoutEverywhere {
    logoutEverywhere
  }
`);

export type Me = NonNullable<PortalMeQuery["me"]>;

/**
 * Who is logged in, from the cache. `fresh` asks the API instead: a session can end elsewhere
 * ("overal uitloggen", expiry), and the login page must not claim someone is still logged in.
 */
export function useMe({ fresh = false }: { fresh?: boolean } = {}): {
  me: Me | null;
  loading: boolean;
} {
  const { data, loading } = useQuery(MeQuery, fresh ? { fetchPolicy: "network-only" } : {});
  return { me: data?.me ?? null, loading: loading && data === undefined };
}

export function signedInAccount(
  me: Pick<Me, "name" | "email" | "app"> & { organisation?: { name: string } | null },
): SignedInAccount {
  return {
    name: me.name,
    email: me.email,
    app: me.app,
    organisationName: me.organisation?.name ?? null,
  };
}

export const isContractorAdmin = (me: Pick<Me, "roles">) => me.roles.includes("CONTRACTOR_ADMIN");

/**
 * Loader of the routes that need a login: without one it sends the visitor to the login page,
 * which returns here afterwards. The answer is cached, so later navigations cost no request.
 */
export async function requireLogin({ request }: LoaderFunctionArgs) {
  const { data } = await client.query({ query: MeQuery });
  if (!data?.me) throw redirect(loginPath(pathWithinApp(new URL(request.url), BASENAME)));
  return null;
}

/** Element of the routes that need a login: shows them only to someone who belongs in this app. */
export function LoginGuard() {
  const { data } = useQuery(MeQuery, { fetchPolicy: "cache-only" });
  const location = useLocation();
  const me = data?.me;
  if (!me) return <Navigate replace to={loginPath(`${location.pathname}${location.search}`)} />;
  if (me.app !== APP) {
    return (
      <>
        <PageTitle>Andere omgeving</PageTitle>
        <Heading level={1}>Deze pagina is voor opdrachtnemers</Heading>
        <WrongAppNotice app={APP} account={signedInAccount(me)} />
      </>
    );
  }
  return <Outlet />;
}

/**
 * After logging in or out: nothing cached for one person may show to the next. Apollo's
 * `client.resetStore()` would refetch every watched query, also the preloaded ones of a page that
 * sent the visitor to the login page (they fail, or are aborted, and reject the reset). This
 * empties the cache and asks again only who is logged in, for the header and the guard.
 */
export async function resetSessionStore(): Promise<void> {
  await client.clearStore();
  await client.refetchQueries({ include: [MeQuery] });
}

export interface Session {
  /** Logging out is under way: the layout shows nothing of the previous person meanwhile */
  leaving: boolean;
  logOut: (options?: { everywhere?: boolean }) => Promise<void>;
}

const SessionContext = createContext<Session | null>(null);
/** Rendered by the Layout around its pages (React 19: a context is its own provider). */
export const SessionProvider = SessionContext;

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error("useSession needs the Layout around it");
  return session;
}

/** For the Layout: the session actions it offers the header and the pages below it. */
export function useSessionActions(): Session {
  const navigate = useNavigate();
  const { key } = useLocation();
  // The page being left; once the navigation away has been rendered, leaving is over by itself.
  // (Resetting a flag after `navigate` would render the old page once more, logged out.)
  const [leavingPage, setLeavingPage] = useState<string | null>(null);
  const logOut = useCallback(
    async ({ everywhere = false }: { everywhere?: boolean } = {}) => {
      // The page unmounts first: on an emptied cache it would refetch (or fail) its data.
      flushSync(() => setLeavingPage(key));
      try {
        let flash = "U bent uitgelogd.";
        if (everywhere) {
          const { data } = await client.mutate({ mutation: LogoutEverywhereMutation });
          const count = data?.logoutEverywhere ?? 0;
          flash = `U bent overal uitgelogd: ${count} ${count === 1 ? "sessie" : "sessies"} beëindigd.`;
        } else {
          await client.mutate({ mutation: LogoutMutation });
        }
        // Nothing of the previous person stays in memory.
        await resetSessionStore();
        await navigate(AFTER_LOGOUT_PATH, { replace: true, state: { flash } });
      } catch (error) {
        setLeavingPage(null);
        throw error;
      }
    },
    [navigate, key],
  );
  return { leaving: leavingPage !== null && leavingPage === key, logOut };
}
