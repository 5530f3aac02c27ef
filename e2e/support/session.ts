// Logging in without the login page: the API sets the session cookie on the browser context, so
// every page of that context is then logged in. For tests about other pages than the login itself.
import type { Page } from "playwright-core";

export const DEMO_PASSWORD = "demo";

export async function loginViaApi(page: Page, email: string, password = DEMO_PASSWORD) {
  const response = await page.request.post("/graphql", {
    data: {
      query:
        "mutation Login($email: String!, $password: String!) { login(email: $email, password: $password) { __typename ... on Error { message } } }",
      variables: { email, password },
    },
  });
  const body = (await response.json()) as {
    data?: { login?: { __typename: string; message?: string } };
  };
  const result = body.data?.login;
  if (result?.__typename !== "Me") {
    throw new Error(`Logging in as ${email} failed: ${result?.message ?? JSON.stringify(body)}`);
  }
}

/** A GraphQL request with the page's session, e.g. to change data behind the page's back. */
export async function graphqlAs<T>(
  page: Page,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const response = await page.request.post("/graphql", { data: { query, variables } });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (!body.data || body.errors?.length) {
    throw new Error(`GraphQL failed: ${JSON.stringify(body.errors ?? body)}`);
  }
  return body.data;
}
