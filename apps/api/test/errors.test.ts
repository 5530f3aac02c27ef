// What a caller learns from bad input and from failures: the inputs the security probe found
// reaching the database as internal errors (issue 11) are refused first, in Dutch; what still
// fails unexpectedly is masked with a request id and logged in full under that id.
import type { PrismaClient } from "@prisma/client";
import { seed } from "@sroi/db";
import { backends } from "@sroi/db/testing/backends";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer } from "../src/server.js";
import { captureLog } from "./log-capture.js";
import { type Client, startTestApi, type TestApi } from "./support.js";

const ONE_CONTRACT = `query ($first: Int, $after: String) {
  contracts(first: $first, after: $after) { edges { cursor node { id } } } }`;

describe.each(backends())("input refused before the database on $name", (backend) => {
  let api: TestApi;
  let coordinator: Client;
  beforeAll(async () => {
    if (!backend.available) return;
    api = await startTestApi(backend, { demo: true });
    coordinator = await api.loginAs("coordinator@amersfoort.demo");
  });
  afterAll(async () => {
    await api?.close();
  });

  async function refusal(client: Client, query: string, variables?: Record<string, unknown>) {
    const result = await client.graphql(query, variables);
    expect(result.data ?? null).toBeNull();
    expect(result.status).toBe(400);
    expect(result.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    return result.errors?.[0]?.message;
  }

  it.skipIf(!backend.available)(
    "a malformed JSON body gets Dutch JSON, not an HTML page",
    async () => {
      const response = await fetch(`${api.url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: '{"query": "{ regions { code } }"',
      });
      expect(response.status).toBe(400);
      expect(response.headers.get("content-type")).toMatch(/^application\/json/);
      const body = (await response.json()) as { errors: { message: string }[] };
      expect(body.errors[0]?.message).toBe("De aanvraag is geen geldige JSON.");
    },
  );

  it.skipIf(!backend.available)(
    "scalar errors are Dutch, from variables and literals",
    async () => {
      const preview = `query ($value: Decimal!) { obligationPreview(input: {
      municipalityCode: "GM0307", contractKind: WORKS, valueExclVat: $value, referenceDate: "2026-01-01" }) { __typename } }`;
      expect(await refusal(api, preview, { value: 40000 })).toBe(
        'Een getal of bedrag moet als tekst komen, zoals "40000.00". ($value)',
      );
      const literal = await api.graphql(
        `{ obligationPreview(input: { municipalityCode: "GM0307", contractKind: WORKS, valueExclVat: "veel", referenceDate: "2026-01-01" }) { __typename } }`,
      );
      expect(literal.errors?.[0]?.message).toBe(
        'Een getal of bedrag moet als tekst komen, zoals "40000.00".',
      );
      expect(await refusal(api, preview, { value: "1".repeat(13) })).toBe(
        "Dit getal is te groot of te precies: hooguit 12 cijfers voor en 6 na de komma. ($value)",
      );
    },
  );

  it.skipIf(!backend.available)("dates are real calendar dates between 1990 and 2099", async () => {
    const query = `query ($date: Date!) { obligationPreview(input: {
      municipalityCode: "GM0307", contractKind: WORKS, valueExclVat: "100000", referenceDate: $date }) { __typename } }`;
    // 2024-02-30 used to be stored as 2024-03-01; month 13 gave an internal error
    expect(await refusal(api, query, { date: "2024-02-30" })).toBe(
      "2024-02-30 is geen bestaande datum. ($date)",
    );
    expect(await refusal(api, query, { date: "2024-13-01" })).toBe(
      "2024-13-01 is geen bestaande datum. ($date)",
    );
    for (const date of ["0001-01-01", "9999-12-31", "1989-12-31", "2100-01-01"]) {
      expect(await refusal(api, query, { date })).toBe(
        "Een datum moet tussen 1990 en 2099 liggen. ($date)",
      );
    }
    expect(await refusal(api, query, { date: "1-2-2024" })).toBe(
      "Een datum moet de vorm jjjj-mm-dd hebben. ($date)",
    );
    const leapDay = await api.graphql(query, { date: "2024-02-29" });
    expect(leapDay.errors).toBeUndefined();
  });

  it.skipIf(!backend.available)(
    "strings with a NUL byte or a lone surrogate, or too long, are refused",
    async () => {
      const query = "query ($key: String!) { catalogueVersion(key: $key) { key } }";
      expect(await refusal(api, query, { key: "a\u0000b" })).toBe(
        "key bevat een teken dat niet is toegestaan.",
      );
      expect(await refusal(api, query, { key: "a\ud800b" })).toBe(
        "key bevat een teken dat niet is toegestaan.",
      );
      expect(await refusal(api, query, { key: "k".repeat(301) })).toBe(
        "key is te lang: hooguit 300 tekens.",
      );
      // a surrogate pair (an emoji) is a real character
      expect((await api.graphql(query, { key: "sleutel-\u{1F600}" })).data).toEqual({
        catalogueVersion: null,
      });
      // nested input fields too, by the field's own name
      const nested = await refusal(
        api,
        `query ($input: ObligationPreviewInput!) { obligationPreview(input: $input) { __typename } }`,
        {
          input: {
            municipalityCode: "GM\u00000307",
            contractKind: "WORKS",
            valueExclVat: "1",
            referenceDate: "2026-01-01",
          },
        },
      );
      expect(nested).toBe("municipalityCode bevat een teken dat niet is toegestaan.");
    },
  );

  it.skipIf(!backend.available)(
    "a 1 MB e-mail address at login is refused as too long",
    async () => {
      const message = await refusal(
        api,
        'mutation ($email: String!) { login(email: $email, password: "x") { __typename } }',
        { email: `${"a".repeat(1_000_000)}@example.org` },
      );
      expect(message).toBe("email is te lang: hooguit 254 tekens.");
    },
  );

  it.skipIf(!backend.available)(
    "paging: first and last within 0–200, cursors readable",
    async () => {
      expect(await refusal(coordinator, ONE_CONTRACT, { first: -1 })).toBe(
        "first moet tussen 0 en 200 liggen.",
      );
      expect(await refusal(coordinator, ONE_CONTRACT, { first: 100_000 })).toBe(
        "first moet tussen 0 en 200 liggen.",
      );
      for (const after of ["nonsense", Buffer.from("GPC:N:12").toString("base64"), "@@"]) {
        expect(await refusal(coordinator, ONE_CONTRACT, { first: 1, after })).toBe(
          "Deze cursor is niet geldig; vraag de lijst opnieuw op.",
        );
      }
      const page = await coordinator.graphql<{
        contracts: { edges: { cursor: string }[] };
      }>(ONE_CONTRACT, { first: 1 });
      const cursor = page.data?.contracts.edges[0]?.cursor;
      const next = await coordinator.graphql(ONE_CONTRACT, { first: 1, after: cursor });
      expect(next.errors).toBeUndefined();
    },
  );

  it.skipIf(!backend.available)(
    "99,999,999.99 hours of INITIATIEF is a validation error, not € 9.999.999.999,00",
    async () => {
      const regions = await api.graphql<{
        regions: { catalogueVersions: { key: string; blocks: { code: string }[] }[] }[];
      }>("{ regions { catalogueVersions { key blocks { code } } } }");
      const key = regions.data?.regions
        .flatMap((r) => r.catalogueVersions)
        .find((v) => v.blocks.some((b) => b.code === "INITIATIEF"))?.key;
      const result = await api.graphql<{ valuePreview: { __typename: string; message: string } }>(
        `query ($key: String!) { valuePreview(input: { catalogueKey: $key, blockCode: "INITIATIEF", hours: "99999999.99" }) {
          __typename ... on Error { message } } }`,
        { key },
      );
      expect(result.data?.valuePreview).toEqual({
        __typename: "InputError",
        message: "Het aantal uren is te groot: hoogstens 10.000.",
      });
    },
  );

  it.skipIf(!backend.available)(
    "two requests racing into one unique key: one wins, the other hears of a conflict",
    async () => {
      const create = () =>
        coordinator.graphql<{ createCatalogueDraft: { __typename: string } }>(
          `mutation { createCatalogueDraft(regionCode: "regio-amersfoort", key: "race-concept", name: "Race") {
            __typename ... on Error { message } } }`,
        );
      const results = await Promise.all(Array.from({ length: 8 }, create));
      const kinds = results.map(
        (r) => r.data?.createCatalogueDraft.__typename ?? r.errors?.[0]?.extensions?.code,
      );
      expect(kinds.filter((k) => k === "CatalogueVersion")).toHaveLength(1);
      for (const kind of kinds) {
        expect(["CatalogueVersion", "ValidationError", "CONFLICT"]).toContain(kind);
      }
    },
  );
});

describe.each(backends())("an unexpected failure on $name", (backend) => {
  let server: Awaited<ReturnType<typeof startServer>>;
  let dispose: () => Promise<void>;
  beforeAll(async () => {
    if (!backend.available) return;
    const opened = await backend.open();
    dispose = opened.dispose;
    await seed(opened.database.prisma);
    // A fault in the database layer, with the kind of text a real one carries.
    const faulty = opened.database.prisma.$extends({
      query: {
        municipality: {
          async findMany() {
            throw new Error(
              'Invalid `prisma.municipality.findMany()` invocation: relation "Municipality" does not exist',
            );
          },
        },
      },
    }) as unknown as PrismaClient;
    server = await startServer({ prisma: faulty, port: 0, host: "127.0.0.1", serveApps: false });
  });
  afterAll(async () => {
    await server?.close();
    await dispose?.();
  });

  it.skipIf(!backend.available)(
    "is masked for the client and logged in full under the same request id",
    async () => {
      const log = captureLog();
      try {
        const response = await fetch(`${server.url}/graphql`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ query: "{ municipalities { name } }" }),
        });
        const text = await response.text();
        const requestId = response.headers.get("x-request-id") ?? "";
        expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
        expect(text).not.toMatch(/prisma|relation|does not exist|stack|at .*\.ts/i);
        const body = JSON.parse(text) as {
          errors: { message: string; extensions: { code: string; requestId: string } }[];
        };
        expect(body.errors).toEqual([
          {
            message: `Er ging aan onze kant iets mis. Probeer het later opnieuw; blijft het misgaan, noem dan code ${requestId}.`,
            path: ["municipalities"],
            locations: [{ line: 1, column: 3 }],
            extensions: { code: "INTERNAL_SERVER_ERROR", requestId },
          },
        ]);
        const logged = log.lines.find((line) => line.msg === "unexpected error");
        expect(logged).toMatchObject({ level: "error", reqId: requestId, path: "municipalities" });
        expect(logged?.err).toMatchObject({
          message: expect.stringContaining('relation "Municipality" does not exist'),
        });
      } finally {
        log.restore();
      }
    },
  );
});
