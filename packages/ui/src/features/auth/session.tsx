// Who is logged in, the guard in front of the pages that need a login, logging out, and the login,
// password and account routes: the same in both apps, with the same operations (operations.ts);
// the apps differ only in a few texts and paths. `me` lives in the Apollo cache: the header, the
// guard and the pages all read the same entry.
import type { ApolloClient } from "@apollo/client";
import { useApolloClient, useQuery } from "@apollo/client/react";
import { type Context, createContext, useCallback, useContext, useState } from "react";
import { flushSync } from "react-dom";
import {
  type LoaderFunctionArgs,
  Navigate,
  Outlet,
  redirect,
  useLocation,
  useNavigate,
} from "react-router";
import type { MeQuery as MeQueryData } from "../../gql/graphql.js";
import { Loading } from "../../primitives/feedback.js";
import { PageTitle } from "../../primitives/page.js";
import { Heading } from "../../primitives/typography.js";
import { SessionEnded } from "../route-states.js";
import { AccountPage } from "./account-page.js";
import { ChoosePasswordPage, type SetPasswordOutcome } from "./choose-password-page.js";
import { ForgotPasswordPage } from "./forgot-password-page.js";
import { type LoginOutcome, LoginPage } from "./login-page.js";
import {
  LoginMutation,
  LogoutEverywhereMutation,
  LogoutMutation,
  MeQuery,
  RequestPasswordResetMutation,
  SetMyPhoneMutation,
  SetPasswordMutation,
} from "./operations.js";
import { type AppKind, loginPath, pathWithinApp, type SignedInAccount } from "./paths.js";
import type { SavePhoneOutcome } from "./work-phone-form.js";
import { WrongAppNotice } from "./wrong-app-notice.js";

/** What the API answers a request whose session ended: the route's error element shows it. */
const SESSION_ENDED = {
  errors: [{ message: "Niet ingelogd", extensions: { code: "UNAUTHENTICATED" } }],
};

/** Who is logged in, as the session's `me` query selects it. */
export type Me = NonNullable<MeQueryData["me"]>;

export interface SessionConfig {
  app: AppKind;
  /** Where the app is served, e.g. "/admin" */
  basename: string;
  /** Where one starts after logging in, unless the login page was asked to return elsewhere */
  afterLoginPath: string;
  /** Where one lands after logging out */
  afterLogoutPath: string;
  /** The app's client from createApolloClient: it refetches `me` when a session ends. */
  client: ApolloClient;
  /** Above the login form: who this app is for */
  loginIntro: string;
  /** Heading when someone of the other app opens a page behind the guard */
  wrongAppHeading: string;
}

export interface Session {
  /** Logging out is under way: the layout shows nothing of the previous person meanwhile */
  leaving: boolean;
  logOut: (options?: { everywhere?: boolean }) => Promise<void>;
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

/** Everything session-related for one app, bound to its client. */
export function createSession(config: SessionConfig) {
  const { app, client } = config;
  // Someone was logged in in this tab: a guarded page that then finds nobody says the session
  // ended ("Log opnieuw in") rather than sending to the login page, whether the page's own query
  // or the header's noticed first. Logging in or out starts afresh.
  let sessionKnown = false;

  /**
   * Who is logged in, from the cache. `fresh` asks the API instead: a session can end elsewhere
   * ("overal uitloggen", expiry), and the login page must not claim someone is still logged in.
   */
  function useMe({ fresh = false }: { fresh?: boolean } = {}): {
    me: Me | null;
    loading: boolean;
  } {
    const { data, loading } = useQuery(MeQuery, fresh ? { fetchPolicy: "network-only" } : {});
    return { me: data?.me ?? null, loading: loading && data === undefined };
  }

  /**
   * Loader of the routes that need a login: without one it sends the visitor to the login page,
   * which returns here afterwards. The answer is cached, so later navigations cost no request.
   */
  async function requireLogin({ request }: LoaderFunctionArgs) {
    const { data } = await client.query({ query: MeQuery });
    if (data?.me) {
      sessionKnown = true;
      return null;
    }
    if (sessionKnown) throw SESSION_ENDED;
    throw redirect(loginPath(pathWithinApp(new URL(request.url), config.basename)));
  }

  /** Element of the routes that need a login: shows them only to someone who belongs here. */
  function LoginGuard() {
    const { data } = useQuery(MeQuery, { fetchPolicy: "cache-only" });
    const location = useLocation();
    const me = data?.me;
    if (!me) {
      if (sessionKnown) return <SessionEnded />;
      return <Navigate replace to={loginPath(`${location.pathname}${location.search}`)} />;
    }
    if (me.app !== app) {
      return (
        <>
          <PageTitle>Andere omgeving</PageTitle>
          <Heading level={1}>{config.wrongAppHeading}</Heading>
          <WrongAppNotice app={app} account={signedInAccount(me)} />
        </>
      );
    }
    return <Outlet />;
  }

  /**
   * After logging in or out: nothing cached for one person may show to the next. Apollo's
   * `client.resetStore()` would refetch every watched query, also the preloaded ones of a page
   * that sent the visitor to the login page (they fail, or are aborted, and reject the reset).
   * This empties the cache and asks again only who is logged in, for the header and the guard.
   */
  async function resetSessionStore(): Promise<void> {
    sessionKnown = false;
    await client.clearStore();
    await client.refetchQueries({ include: [MeQuery] });
  }

  const SessionContext: Context<Session | null> = createContext<Session | null>(null);

  function useSession(): Session {
    const session = useContext(SessionContext);
    if (!session) throw new Error("useSession needs the Layout around it");
    return session;
  }

  /** For the Layout: the session actions it offers the header and the pages below it. */
  function useSessionActions(): Session {
    const navigate = useNavigate();
    const { key } = useLocation();
    // The page being left; once the navigation away has been rendered, leaving is over by
    // itself. (Resetting a flag after `navigate` would render the old page once more, logged out.)
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
          await navigate(config.afterLogoutPath, { replace: true, state: { flash } });
        } catch (error) {
          setLeavingPage(null);
          throw error;
        }
      },
      [navigate, key],
    );
    return { leaving: leavingPage !== null && leavingPage === key, logOut };
  }

  function LoginRoute() {
    const apollo = useApolloClient();
    // No loading state here: logging in resets the store, and the page must stay mounted.
    const { me } = useMe({ fresh: true });
    async function logIn(email: string, password: string): Promise<LoginOutcome> {
      const { data } = await apollo.mutate({
        mutation: LoginMutation,
        variables: { email, password },
      });
      const result = data?.login;
      switch (result?.__typename) {
        case "Me":
          // A fresh store for the person now logged in: nothing cached from before stays.
          await resetSessionStore();
          return { ok: true, account: signedInAccount(result) };
        case "LoginThrottledError":
          return { ok: false, message: result.message, throttled: true };
        case "InputError":
          return { ok: false, message: result.message, field: result.field };
        default:
          throw new Error("Onverwacht antwoord op het inloggen");
      }
    }
    return (
      <LoginPage
        app={app}
        account={me ? signedInAccount(me) : null}
        onLogin={logIn}
        defaultReturnPath={config.afterLoginPath}
        intro={config.loginIntro}
      />
    );
  }

  function ForgotPasswordRoute() {
    const apollo = useApolloClient();
    return (
      <ForgotPasswordPage
        onRequest={async (email) => {
          await apollo.mutate({
            mutation: RequestPasswordResetMutation,
            variables: { email },
          });
        }}
      />
    );
  }

  function ChoosePasswordRoute() {
    const apollo = useApolloClient();
    async function setPassword(token: string, password: string): Promise<SetPasswordOutcome> {
      const { data } = await apollo.mutate({
        mutation: SetPasswordMutation,
        variables: { token, password },
      });
      const result = data?.setPassword;
      switch (result?.__typename) {
        case "Me":
          await resetSessionStore();
          return { ok: true, account: signedInAccount(result) };
        case "InputError":
          return { ok: false, message: result.message, field: result.field };
        default:
          throw new Error("Onverwacht antwoord op het opslaan van het wachtwoord");
      }
    }
    return (
      <ChoosePasswordPage app={app} onSetPassword={setPassword} afterPath={config.afterLoginPath} />
    );
  }

  async function saveWorkPhone(phone: string): Promise<SavePhoneOutcome> {
    const { data } = await client.mutate({ mutation: SetMyPhoneMutation, variables: { phone } });
    const result = data?.setMyPhone;
    if (result?.__typename === "Me") return { ok: true, phone: result.phone ?? null };
    return {
      ok: false,
      message: result?.message ?? "Opslaan is niet gelukt. Probeer het opnieuw.",
    };
  }

  /** Behind the login guard, so `me` is there. */
  function AccountRoute() {
    const { me } = useMe();
    const session = useSession();
    if (!me) return <Loading />;
    return (
      <AccountPage
        account={{
          name: me.name,
          email: me.email,
          memberships: me.memberships.map((membership) => ({
            roleLabel: membership.roleLabel,
            organisationName: membership.organisation?.name ?? null,
          })),
        }}
        workPhone={app === "ADMIN" ? { phone: me.phone ?? null, onSave: saveWorkPhone } : undefined}
        onLogoutEverywhere={() => session.logOut({ everywhere: true })}
      />
    );
  }

  return {
    useMe,
    requireLogin,
    LoginGuard,
    resetSessionStore,
    /** Rendered by the Layout around its pages (React 19: a context is its own provider). */
    SessionProvider: SessionContext,
    useSession,
    useSessionActions,
    LoginRoute,
    ForgotPasswordRoute,
    ChoosePasswordRoute,
    AccountRoute,
  };
}
