// TRUST_PROXY: the client's address (the login throttle, rate limits) comes from X-Forwarded-For
// only when the connection comes from a proxy the setting names. The HTTP part runs on PGlite
// alone: which address a request has is decided before the database is reached.
import { backends } from "@sroi/db/testing/backends";
import { afterEach, describe, expect, it } from "vitest";
import { readConfig, readTrustProxy, type TrustProxy } from "../src/config.js";
import { startTestApi, type TestApi } from "./support.js";

describe("the TRUST_PROXY setting", () => {
  it("reads none, a hop count, or a list of addresses, subnets and names; loopback by default", () => {
    expect(readConfig({}).trustProxy).toEqual(["loopback"]);
    expect(readTrustProxy("false")).toBe(false);
    expect(readTrustProxy("none")).toBe(false);
    expect(readTrustProxy("2")).toBe(2);
    expect(readTrustProxy(" 10.0.0.0/8, loopback ,fd00::1,192.168.1.10 ")).toEqual([
      "10.0.0.0/8",
      "loopback",
      "fd00::1",
      "192.168.1.10",
    ]);
  });

  it("refuses other values with a message that says what it takes", () => {
    for (const wrong of ["true", "*", "0", "11", "10.0.0.0/33", "10.0.0", "proxy.example.nl"])
      expect(() => readConfig({ TRUST_PROXY: wrong }), wrong).toThrow(/^TRUST_PROXY must be/);
    expect(() => readTrustProxy("true")).toThrow(/any client choose its own address/);
  });
});

const LOGIN = `mutation ($email: String!, $password: String!) {
  login(email: $email, password: $password) { __typename } }`;

const pglite = backends().filter((backend) => backend.name === "PGlite");

describe.each(pglite)("X-Forwarded-For on $name", (backend) => {
  let api: TestApi | undefined;
  afterEach(async () => {
    await api?.close();
    api = undefined;
  });

  /** Five wrong passwords from one claimed address, then the right one from another. */
  async function ownerAfterAttack(trustProxy: TrustProxy) {
    api = await startTestApi(backend, { demo: true, trustProxy });
    const url = api.url;
    const login = async (from: string, password: string) => {
      const response = await fetch(`${url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", "x-forwarded-for": from },
        body: JSON.stringify({
          query: LOGIN,
          variables: { email: "coordinator@haarlem.demo", password },
        }),
      });
      const body = (await response.json()) as { data?: { login: { __typename: string } } };
      return body.data?.login.__typename;
    };
    for (let i = 1; i <= 5; i++) await login("203.0.113.7", `gok-${i}`);
    return login("198.51.100.20", "demo");
  }

  it("from a trusted proxy each forwarded address is its own client", async () => {
    // The test connects over loopback: that is the proxy here.
    expect(await ownerAfterAttack(["127.0.0.1", "::1"])).toBe("Me");
  });

  it("from any other sender the header is ignored: both are the one connecting address", async () => {
    expect(await ownerAfterAttack(["10.0.0.1"])).toBe("LoginThrottledError");
    await api?.close();
    expect(await ownerAfterAttack(false)).toBe("LoginThrottledError");
  });
});
