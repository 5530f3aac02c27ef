// Beheer's session: who is logged in, the login guard, logging out, and the login, password
// and account routes, from @sroi/ui's createSession with this app's operations and texts.
import { createSession } from "@sroi/ui";
import { client } from "../apollo";
import { graphql } from "../gql";

export const BASENAME = "/admin";

export const MeQuery = graphql(`
  query AdminMe {
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
  meQuery: MeQuery,
  loginMutation: graphql(`
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
  `),
  logoutMutation: graphql(`
    mutation AdminLogout {
      logout
    }
  `),
  logoutEverywhereMutation: graphql(`
    mutation AdminLogoutEverywhere {
      logoutEverywhere
    }
  `),
  requestPasswordResetMutation: graphql(`
    mutation AdminRequestPasswordReset($email: String!) {
      requestPasswordReset(email: $email)
    }
  `),
  setPasswordMutation: graphql(`
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
  `),
  loginIntro:
    "Beheer is de omgeving voor medewerkers van gemeenten en werkgeversservicepunten: opdrachten, bouwblokkenmodellen, organisaties en de audittrail.",
  wrongAppHeading: "Beheer is voor gemeenten en werkgeversservicepunten",
});
