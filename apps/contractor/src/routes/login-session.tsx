// The portal's session: who is logged in, the login guard, logging out, and the login, password
// and account routes, from @sroi/ui's createSession with this app's operations and texts.
import { createSession } from "@sroi/ui";
import { client } from "../apollo";
import { graphql } from "../gql";
import type { PortalMeQuery } from "../gql/graphql";

export const BASENAME = "/portal";

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

export type Me = NonNullable<PortalMeQuery["me"]>;

export const isContractorAdmin = (me: Pick<Me, "roles">) => me.roles.includes("CONTRACTOR_ADMIN");

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
  meQuery: MeQuery,
  loginMutation: graphql(`
    mutation PortalLogin($email: String!, $password: String!) {
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
  `),
  logoutMutation: graphql(`
    mutation PortalLogout {
      logout
    }
  `),
  logoutEverywhereMutation: graphql(`
    mutation PortalLogoutEverywhere {
      logoutEverywhere
    }
  `),
  requestPasswordResetMutation: graphql(`
    mutation PortalRequestPasswordReset($email: String!) {
      requestPasswordReset(email: $email)
    }
  `),
  setPasswordMutation: graphql(`
    mutation PortalSetPassword($token: String!, $password: String!) {
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
  `),
  loginIntro:
    "Log in om uw opdrachten met een social return-verplichting te zien en contact op te nemen met het werkgeversservicepunt.",
  wrongAppHeading: "Deze pagina is voor opdrachtnemers",
});
