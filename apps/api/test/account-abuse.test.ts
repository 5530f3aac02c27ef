// Accounts against abuse: single-use links, a login throttle per account and address with
// backoff, rate limits on resets, link use and invitations, and a demo mailbox that shows only
// the demo's own addresses. Client addresses are simulated with X-Forwarded-For, which the API
// trusts from loopback only (as behind a local reverse proxy).
import { backends } from "@sroi/db/testing/backends";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { lockAfter } from "../src/auth/throttle.js";
import { startTestApi, type TestApi } from "./support.js";

const LOGIN = `mutation ($email: String!, $password: String!) {
  login(email: $email, password: $password) { __typename ... on LoginThrottledError { retryAfterSeconds } } }`;
const SET_PASSWORD = `mutation ($token: String!, $password: String!) {
  setPassword(token: $token, password: $password) { __typename ... on Error { message } } }`;

describe("login backoff", () => {
  it("locks from the fifth failure, twice as long each further failure, at most 15 minutes", () => {
    const rule = { free: 5, firstLockMs: 120_000, maxLockMs: 900_000 };
    expect([4, 5, 6, 7, 8, 9].map((failures) => lockAfter(rule, failures) / 60_000)).toEqual([
      0, 2, 4, 8, 15, 15,
    ]);
  });
});

describe.each(backends())("account abuse on $name", (backend) => {
  let api: TestApi;
  beforeAll(async () => {
    if (backend.available) api = await startTestApi(backend, { demo: true });
  });
  afterAll(async () => {
    await api?.close();
  });

  async function graphqlFrom<Data>(
    client: string,
    query: string,
    variables: Record<string, unknown> = {},
  ): Promise<{ data?: Data; errors?: unknown[] }> {
    const response = await fetch(`${api.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-forwarded-for": client },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as { data?: Data };
  }
  const login = (client: string, email: string, password: string) =>
    graphqlFrom<{ login: { __typename: string; retryAfterSeconds?: number } }>(client, LOGIN, {
      email,
      password,
    }).then((r) => r.data?.login);
  const tokensMailedTo = async (to: string) =>
    (
      await api.prisma.outboxMessage.findMany({
        where: { to, subject: { startsWith: "Nieuw wachtwoord" } },
        orderBy: { createdAt: "asc" },
      })
    ).map((m) => /token=([\w-]+)/.exec(m.text)?.[1] ?? "");

  it.skipIf(!backend.available)(
    "an attacker's failures from one address do not lock the owner out from theirs",
    async () => {
      const email = "coordinator@haarlem.demo";
      for (let i = 1; i <= 4; i++)
        expect((await login("203.0.113.7", email, `gok-${i}`))?.__typename).toBe("InputError");
      const fifth = await login("203.0.113.7", email, "gok-5");
      expect(fifth?.__typename).toBe("LoginThrottledError");
      expect(await login("203.0.113.7", email, "demo")).toMatchObject({
        __typename: "LoginThrottledError",
      });
      // The owner, from the office
      expect((await login("198.51.100.20", email, "demo"))?.__typename).toBe("Me");
    },
  );

  it.skipIf(!backend.available)(
    "thirty failures on other accounts from an office address do not lock a colleague there",
    async () => {
      for (let i = 0; i < 30; i++) await login("198.51.100.30", `typo-${i}@haarlem.demo`, "x");
      expect((await login("198.51.100.30", "auditor@amersfoort.demo", "demo"))?.__typename).toBe(
        "Me",
      );
    },
  );

  it.skipIf(!backend.available)(
    "a reset link is single-use and using one ends every older link of that person",
    async () => {
      const email = "consultant@wsp-amersfoort.demo";
      const ask = () =>
        graphqlFrom("192.0.2.10", "mutation ($e: String!) { requestPasswordReset(email: $e) }", {
          e: email,
        });
      await ask();
      await ask();
      const [older, newer] = await tokensMailedTo(email);
      const used = await graphqlFrom<{ setPassword: { __typename: string } }>(
        "192.0.2.10",
        SET_PASSWORD,
        { token: newer, password: "een nieuw wachtwoord" },
      );
      expect(used.data?.setPassword.__typename).toBe("Me");
      for (const token of [newer, older]) {
        const again = await graphqlFrom<{ setPassword: { __typename: string; message: string } }>(
          "192.0.2.10",
          SET_PASSWORD,
          { token, password: "nog een wachtwoord" },
        );
        expect(again.data?.setPassword).toEqual({
          __typename: "InputError",
          message:
            "Deze link is verlopen of al gebruikt. Vraag een nieuwe uitnodiging of een nieuw wachtwoord aan.",
        });
      }
      expect((await login("192.0.2.10", email, "een nieuw wachtwoord"))?.__typename).toBe("Me");
    },
  );

  it.skipIf(!backend.available)(
    "reset requests are limited per account without telling anyone",
    async () => {
      const email = "medewerker@bouwbedrijf-eemland.demo";
      const answers = [];
      for (let i = 0; i < 6; i++)
        answers.push(
          await graphqlFrom<{ requestPasswordReset: boolean }>(
            `192.0.2.${100 + i}`,
            "mutation ($e: String!) { requestPasswordReset(email: $e) }",
            { e: email },
          ),
        );
      expect(answers.map((a) => a.data?.requestPasswordReset)).toEqual(Array(6).fill(true));
      expect(await tokensMailedTo(email)).toHaveLength(3);
    },
  );

  it.skipIf(!backend.available)(
    "guessing links is limited per address: the eleventh try within 15 minutes is refused",
    async () => {
      const messages = [];
      for (let i = 0; i < 11; i++) {
        const result = await graphqlFrom<{ setPassword: { message: string } }>(
          "192.0.2.50",
          SET_PASSWORD,
          { token: `geraden-${i}`, password: "wachtwoord lang genoeg" },
        );
        messages.push(result.data?.setPassword.message);
      }
      expect(messages.slice(0, 10).every((m) => m?.startsWith("Deze link is verlopen"))).toBe(true);
      expect(messages[10]).toMatch(/^Te veel pogingen met een link\. Probeer het over \d+ minu/);
    },
  );

  it.skipIf(!backend.available)(
    "invitations are limited to 20 an hour per person; the mailbox shows only .demo addresses",
    async () => {
      const admin = await api.loginAs("admin@groen-spaarne.demo");
      const organisation = await api.prisma.organisation.findFirstOrThrow({
        where: { kvkNumber: "90000002" },
      });
      const typenames = [];
      for (let i = 0; i < 21; i++) {
        const invited = await admin.graphql<{ inviteColleague: { __typename: string } }>(
          `mutation ($org: ID!, $email: String!) { inviteColleague(organisationId: $org, name: "Collega", email: $email, role: CONTRACTOR_USER) { __typename } }`,
          {
            org: organisation.id,
            email: i === 0 ? "echte.persoon@groen-spaarne.example" : `collega-${i}@spaarne.demo`,
          },
        );
        typenames.push(invited.data?.inviteColleague.__typename);
      }
      expect(typenames).toEqual([...Array(20).fill("User"), "ValidationError"]);
      const page = await (await fetch(`${api.url}/dev/mailbox`)).text();
      expect(page).toContain("collega-1@spaarne.demo");
      expect(page).not.toContain("echte.persoon@groen-spaarne.example");
    },
  );
});
