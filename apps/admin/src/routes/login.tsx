// Inloggen, wachtwoord vergeten, wachtwoord kiezen (invitation or reset link) and Mijn account:
// the shared pages from @sroi/ui, wired to this app's GraphQL operations.
import { useApolloClient } from "@apollo/client/react";
import {
  AccountPage,
  ChoosePasswordPage,
  ForgotPasswordPage,
  Loading,
  type LoginOutcome,
  LoginPage,
  type SetPasswordOutcome,
} from "@sroi/ui";
import { graphql } from "../gql";
import {
  AFTER_LOGIN_PATH,
  APP,
  resetSessionStore,
  signedInAccount,
  useMe,
  useSession,
} from "./login-session";

const LoginMutation = graphql(`
  mutation AdminLogin($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      __typename
      ... on Me {
        id
        name
        email
        app
        organisation {
          id
          name
        }
      }
      ... on LoginThrottledError {
        message
        retryAfterSeconds
      }
      ... on InputError {
        message
        field
      }
    }
  }
`);

const RequestPasswordResetMutation = graphql(`
  mutation AdminRequestPasswordReset($email: String!) {
    requestPasswordReset(email: $email)
  }
`);

const SetPasswordMutation = graphql(`
  mutation AdminSetPassword($token: String!, $password: String!) {
    setPassword(token: $token, password: $password) {
      __typename
      ... on Me {
        id
        name
        email
        app
        organisation {
          id
          name
        }
      }
      ... on InputError {
        message
        field
      }
    }
  }
`);

export function LoginRoute() {
  const client = useApolloClient();
  // No loading state here: logging in resets the store, and the page must stay mounted meanwhile.
  const { me } = useMe({ fresh: true });
  async function logIn(email: string, password: string): Promise<LoginOutcome> {
    const { data } = await client.mutate({
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
      app={APP}
      account={me ? signedInAccount(me) : null}
      onLogin={logIn}
      defaultReturnPath={AFTER_LOGIN_PATH}
      intro="Beheer is de omgeving voor medewerkers van gemeenten en werkgeversservicepunten: opdrachten, bouwblokkenmodellen, organisaties en de audittrail."
    />
  );
}

export function ForgotPasswordRoute() {
  const client = useApolloClient();
  return (
    <ForgotPasswordPage
      onRequest={async (email) => {
        await client.mutate({ mutation: RequestPasswordResetMutation, variables: { email } });
      }}
    />
  );
}

export function ChoosePasswordRoute() {
  const client = useApolloClient();
  async function setPassword(token: string, password: string): Promise<SetPasswordOutcome> {
    const { data } = await client.mutate({
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
  return <ChoosePasswordPage app={APP} onSetPassword={setPassword} afterPath={AFTER_LOGIN_PATH} />;
}

/** Behind the login guard, so `me` is there. */
export function AccountRoute() {
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
      onLogoutEverywhere={() => session.logOut({ everywhere: true })}
    />
  );
}
