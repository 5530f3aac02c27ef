// The session's GraphQL operations, the same for both apps: who is logged in, logging in and out,
// and choosing a password. The session (session.tsx) and the Apollo client (../apollo-client.ts)
// use them; an app reads `me` through the session's hooks or with `MeQuery` in a loader.
import { graphql } from "../../gql/index.js";

export const MeQuery = graphql(`
  query Me {
    me {
      id
      name
      email
      phone
      app
      roles
      managesPeople
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
          viewerCan {
            invite
          }
        }
      }
    }
  }
`);

/** Mijn account: the work phone of the person logged in; the answer updates `me` in the cache. */
export const SetMyPhoneMutation = graphql(`
  mutation SetMyPhone($phone: String) {
    setMyPhone(phone: $phone) {
      __typename
      ... on Me {
        id
        phone
      }
      ... on InputError {
        message
      }
    }
  }
`);

export const LoginMutation = graphql(`
  mutation Login($email: String!, $password: String!) {
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

export const LogoutMutation = graphql(`
  mutation Logout {
    logout
  }
`);

export const LogoutEverywhereMutation = graphql(`
  mutation LogoutEverywhere {
    logoutEverywhere
  }
`);

export const RequestPasswordResetMutation = graphql(`
  mutation RequestPasswordReset($email: String!) {
    requestPasswordReset(email: $email)
  }
`);

export const SetPasswordMutation = graphql(`
  mutation SetPassword($token: String!, $password: String!) {
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

/**
 * How many tasks wait for the person logged in, for both apps' navigation. Here rather than in
 * each app's layout: the layout is in every app's first download, and an app's own documents are
 * one module that would carry all of its pages' queries into it.
 */
export const OpenTaskCountQuery = graphql(`
  query OpenTaskCount {
    me {
      id
      workQueue {
        openTaskCount
      }
    }
  }
`);
