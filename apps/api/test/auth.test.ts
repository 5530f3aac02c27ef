import { backends } from "@sroi/db/testing/backends";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApi, type TestApi } from "./support.js";

const LOGIN = `mutation ($email: String!, $password: String!) {
  login(email: $email, password: $password) {
    __typename
    ... on Me { email name roles organisation { name kind } }
    ... on Error { message }
    ... on LoginThrottledError { retryAfterSeconds }
  }
}`;

describe.each(backends())("authentication on $name", (backend) => {
  let api: TestApi;
  beforeAll(async () => {
    if (backend.available) api = await startTestApi(backend, { demo: true });
  });
  afterAll(async () => {
    await api?.close();
  });

  it.skipIf(!backend.available)(
    "logs in with an httpOnly SameSite session cookie and tells who is logged in",
    async () => {
      const response = await fetch(`${api.url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({
          query: LOGIN,
          variables: { email: " Coordinator@Amersfoort.demo ", password: "demo" },
        }),
      });
      const cookie = response.headers.getSetCookie().find((c) => c.startsWith("sr_session="));
      expect(cookie).toMatch(/HttpOnly/i);
      expect(cookie).toMatch(/SameSite=Lax/i);
      const body = (await response.json()) as { data: { login: unknown } };
      expect(body.data.login).toEqual({
        __typename: "Me",
        email: "coordinator@amersfoort.demo",
        name: "Anouk de Vries",
        roles: ["MUNICIPALITY_ADMIN"],
        organisation: { name: "Gemeente Amersfoort", kind: "MUNICIPALITY" },
      });
      // the database holds only the token's hash
      const token = /sr_session=([^;]+)/.exec(cookie ?? "")?.[1] ?? "";
      expect(await api.prisma.session.count({ where: { tokenHash: token } })).toBe(0);
    },
  );

  it.skipIf(!backend.available)(
    "refuses a wrong password the same way as an unknown address",
    async () => {
      const wrong = await api.graphql<{ login: { __typename: string; message: string } }>(LOGIN, {
        email: "auditor@amersfoort.demo",
        password: "nope",
      });
      const unknown = await api.graphql<{ login: { __typename: string; message: string } }>(LOGIN, {
        email: "niemand@example.org",
        password: "nope",
      });
      expect(wrong.data?.login).toEqual(unknown.data?.login);
      expect(wrong.data?.login.message).toBe(
        "Deze combinatie van e-mailadres en wachtwoord kennen we niet.",
      );
    },
  );

  it.skipIf(!backend.available)(
    "after five failures an address waits two minutes there, also with the right password",
    async () => {
      const email = "admin@groen-spaarne.demo";
      for (let i = 0; i < 4; i++) {
        const attempt = await api.graphql<{ login: { __typename: string } }>(LOGIN, {
          email,
          password: `wrong-${i}`,
        });
        expect(attempt.data?.login.__typename).toBe("InputError");
      }
      const fifth = await api.graphql<{
        login: { __typename: string; message: string; retryAfterSeconds: number };
      }>(LOGIN, { email, password: "wrong-5" });
      expect(fifth.data?.login.__typename).toBe("LoginThrottledError");
      expect(fifth.data?.login.retryAfterSeconds).toBeGreaterThan(110);
      expect(fifth.data?.login.retryAfterSeconds).toBeLessThanOrEqual(120);
      expect(fifth.data?.login.message).toMatch(
        /^Te veel mislukte inlogpogingen\. Probeer het over 2 minuten opnieuw/,
      );
      const right = await api.graphql<{ login: { __typename: string } }>(LOGIN, {
        email,
        password: "demo",
      });
      expect(right.data?.login.__typename).toBe("LoginThrottledError");
      // another address from the same client is not locked
      const other = await api.graphql<{ login: { __typename: string } }>(LOGIN, {
        email: "admin@platform.demo",
        password: "demo",
      });
      expect(other.data?.login.__typename).toBe("Me");
    },
  );

  it.skipIf(!backend.available)(
    "logout ends one session, logoutEverywhere all of them",
    async () => {
      const laptop = await api.loginAs("admin@bouwbedrijf-eemland.demo");
      const phone = await api.loginAs("admin@bouwbedrijf-eemland.demo");
      const tablet = await api.loginAs("admin@bouwbedrijf-eemland.demo");
      await laptop.graphql("mutation { logout }");
      expect((await laptop.graphql<{ me: unknown }>("{ me { email } }")).data?.me).toBeNull();
      expect((await phone.graphql<{ me: { email: string } }>("{ me { email } }")).data?.me).toEqual(
        { email: "admin@bouwbedrijf-eemland.demo" },
      );
      const ended = await phone.graphql<{ logoutEverywhere: number }>(
        "mutation { logoutEverywhere }",
      );
      expect(ended.data?.logoutEverywhere).toBe(2);
      expect((await tablet.graphql<{ me: unknown }>("{ me { email } }")).data?.me).toBeNull();
    },
  );

  it.skipIf(!backend.available)(
    "resets a password by e-mailed link without telling who has an account",
    async () => {
      const asked = await api.graphql<{ requestPasswordReset: boolean }>(
        'mutation { requestPasswordReset(email: "auditor@amersfoort.demo") }',
      );
      const unknown = await api.graphql<{ requestPasswordReset: boolean }>(
        'mutation { requestPasswordReset(email: "niemand@example.org") }',
      );
      expect(asked.data?.requestPasswordReset).toBe(true);
      expect(unknown.data?.requestPasswordReset).toBe(true);
      expect(await api.prisma.outboxMessage.count({ where: { to: "niemand@example.org" } })).toBe(
        0,
      );
      const mail = await api.prisma.outboxMessage.findFirstOrThrow({
        where: { to: "auditor@amersfoort.demo" },
      });
      expect(mail.text).toContain("/admin/wachtwoord?token=");
      const token = /token=([\w-]+)/.exec(mail.text)?.[1];

      const oldSession = await api.loginAs("auditor@amersfoort.demo");
      const client = api.client();
      const reset = await client.graphql<{ setPassword: { __typename: string } }>(
        'mutation ($token: String!) { setPassword(token: $token, password: "nieuw wachtwoord 2026") { __typename } }',
        { token },
      );
      expect(reset.data?.setPassword.__typename).toBe("Me");
      // the old password and every older session stop working
      expect((await oldSession.graphql<{ me: unknown }>("{ me { email } }")).data?.me).toBeNull();
      const old = await api.graphql<{ login: { __typename: string } }>(LOGIN, {
        email: "auditor@amersfoort.demo",
        password: "demo",
      });
      expect(old.data?.login.__typename).toBe("InputError");
      await api.loginAs("auditor@amersfoort.demo", "nieuw wachtwoord 2026");
    },
  );

  it.skipIf(!backend.available)("refuses state-changing requests from another origin", async () => {
    const response = await fetch(`${api.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: "https://evil.example" },
      body: JSON.stringify({ query: "mutation { logout }" }),
    });
    expect(response.status).toBe(403);
    // a form post (a "simple" request) never reaches GraphQL either
    const form = await fetch(`${api.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: "query=mutation%20%7B%20logout%20%7D",
    });
    expect(form.status).toBe(400);
  });

  it.skipIf(!backend.available)(
    "a contractor admin invites a colleague, who lands in the outbox",
    async () => {
      const admin = await api.loginAs("admin@bouwbedrijf-eemland.demo");
      const org = await api.prisma.organisation.findFirstOrThrow({
        where: { kvkNumber: "90000001" },
      });
      const invited = await admin.graphql<{
        inviteColleague: { __typename: string; email: string; invitationPending: boolean };
      }>(
        `mutation ($org: ID!) { inviteColleague(organisationId: $org, name: "Bram Kok", email: "bram@eemland.example", role: CONTRACTOR_USER) {
        __typename ... on User { email invitationPending } } }`,
        { org: org.id },
      );
      expect(invited.data?.inviteColleague).toEqual({
        __typename: "User",
        email: "bram@eemland.example",
        invitationPending: true,
      });
      expect(await api.prisma.outboxMessage.count({ where: { to: "bram@eemland.example" } })).toBe(
        1,
      );
      const spaarne = await api.prisma.organisation.findFirstOrThrow({
        where: { kvkNumber: "90000002" },
      });
      const foreign = await admin.graphql<{ inviteColleague: { __typename: string } }>(
        `mutation ($org: ID!) { inviteColleague(organisationId: $org, name: "X", email: "x@x.example", role: CONTRACTOR_ADMIN) { __typename } }`,
        { org: spaarne.id },
      );
      expect(foreign.data?.inviteColleague.__typename).toBe("NotAllowedError");
    },
  );
});

describe.each(backends())("who may see which gemeente, on $name", (backend) => {
  let api: TestApi;
  beforeAll(async () => {
    if (backend.available) api = await startTestApi(backend, { demo: true });
  });
  afterAll(async () => {
    await api?.close();
  });

  it.skipIf(!backend.available)("me lists the gemeenten a person may see and manage", async () => {
    const query = "{ me { readableMunicipalities { code } manageableMunicipalities { code } } }";
    type Me = {
      me: {
        readableMunicipalities: { code: string }[];
        manageableMunicipalities: { code: string }[];
      };
    };
    const consultant = await (await api.loginAs("consultant@wsp-amersfoort.demo")).graphql<Me>(
      query,
    );
    expect(consultant.data?.me.readableMunicipalities.map((m) => m.code)).toEqual([
      "GM0307",
      "GM0308",
      "GM0342",
    ]);
    expect(consultant.data?.me.manageableMunicipalities.map((m) => m.code)).toEqual([
      "GM0307",
      "GM0308",
      "GM0342",
    ]);
    const auditor = await (await api.loginAs("auditor@amersfoort.demo")).graphql<Me>(query);
    expect(auditor.data?.me.readableMunicipalities.map((m) => m.code)).toEqual(["GM0307"]);
    expect(auditor.data?.me.manageableMunicipalities).toEqual([]);
    const contractor = await (await api.loginAs("admin@bouwbedrijf-eemland.demo")).graphql<Me>(
      query,
    );
    expect(contractor.data?.me).toEqual({
      readableMunicipalities: [],
      manageableMunicipalities: [],
    });
  });

  it.skipIf(!backend.available)("the audit trail counts what the filter matches", async () => {
    const admin = await api.loginAs("admin@platform.demo");
    const result = await admin.graphql<{ auditEvents: { totalCount: number } }>(
      '{ auditEvents(first: 5, filter: { action: "contract.register" }) { totalCount } }',
    );
    // the demo seed registers its 32 contracts
    expect(result.data?.auditEvents.totalCount).toBe(32);
  });
});
