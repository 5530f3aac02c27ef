// The request limits: every operation the two apps send passes them, and the attacks found in the
// security probe (issue 11) are refused within milliseconds, in Dutch, without touching the data.
import { backends } from "@sroi/db/testing/backends";
import {
  type DocumentNode,
  Kind,
  type OperationDefinitionNode,
  parse,
  print,
  specifiedRules,
  validate,
  visit,
} from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findInputIssues } from "../src/input-validation.js";
import { LIMITS, limitParseOptions, limitRules } from "../src/limits.js";
import { schema } from "../src/schema/index.js";
import { appOperations, asSent } from "./app-operations.js";
import { type Client, startTestApi, type TestApi } from "./support.js";

const operations = [...appOperations("admin"), ...appOperations("contractor")];

describe("the apps' own operations", () => {
  it("are all found (both apps have dozens)", () => {
    expect(operations.filter((o) => o.name.startsWith("admin")).length).toBeGreaterThan(30);
    expect(operations.filter((o) => o.name.startsWith("contractor")).length).toBeGreaterThan(15);
  });

  it.each(operations)("$name passes every limit", ({ document }) => {
    const parsed = parse(asSent(document), limitParseOptions);
    expect(validate(schema, parsed, [...specifiedRules, ...limitRules])).toEqual([]);
    const operation = parsed.definitions.find(
      (definition): definition is OperationDefinitionNode =>
        definition.kind === Kind.OPERATION_DEFINITION,
    );
    if (!operation) throw new Error("no operation");
    // without variables only the literal arguments are checked; those must pass as written
    const required = (operation.variableDefinitions ?? []).some(
      (v) => v.type.kind === Kind.NON_NULL_TYPE,
    );
    if (!required) expect(findInputIssues(schema, parsed, operation, {})).toEqual([]);
  });
});

/** region.catalogueVersions.region.catalogueVersions…: each level multiplies the answer. */
function doublingQuery(key: string, levels: number): string {
  let inner = "key name blocks { code name amount share }";
  for (let level = 0; level < levels; level++) {
    inner = `region { code catalogueVersions { key ${inner} } }`;
  }
  return `{ catalogueVersion(key: ${JSON.stringify(key)}) { ${inner} } }`;
}

function aliasQuery(count: number): string {
  const fields = Array.from(
    { length: count },
    (_, i) => `c${i}: contracts(first: 100) { edges { node { progress { percentage } } } }`,
  );
  return `{ ${fields.join(" ")} }`;
}

async function timed<T>(work: () => Promise<T>): Promise<{ result: T; ms: number }> {
  const started = performance.now();
  const result = await work();
  return { result, ms: Math.round(performance.now() - started) };
}

describe.each(backends())("limits over HTTP on $name", (backend) => {
  let api: TestApi;
  let coordinator: Client;
  let catalogueKey = "";
  beforeAll(async () => {
    if (!backend.available) return;
    api = await startTestApi(backend, { demo: true });
    coordinator = await api.loginAs("coordinator@amersfoort.demo");
    const regions = await api.graphql<{
      regions: { catalogueVersions: { key: string }[] }[];
    }>("{ regions { catalogueVersions { key } } }");
    const widest = [...(regions.data?.regions ?? [])].sort(
      (a, b) => b.catalogueVersions.length - a.catalogueVersions.length,
    )[0];
    catalogueKey = widest?.catalogueVersions[0]?.key ?? "";
  });
  afterAll(async () => {
    await api?.close();
  });

  it.skipIf(!backend.available)(
    "refuses the anonymous doubling query in milliseconds, and /healthz stays free",
    async () => {
      const query = doublingQuery(catalogueKey, 12);
      const [attack, health] = await Promise.all([
        timed(() => api.graphql(query)),
        timed(() => fetch(`${api.url}/healthz`)),
      ]);
      expect(attack.result.status).toBe(400);
      expect(attack.result.data).toBeUndefined();
      expect(attack.result.errors?.[0]?.message).toBe(
        `Deze vraag is te diep genest: hooguit ${LIMITS.depth} niveaus.`,
      );
      expect(attack.ms).toBeLessThan(1_000);
      expect(health.result.status).toBe(200);
      console.log(
        `${backend.name}: doubling query (${query.length} bytes) refused in ${attack.ms} ms; /healthz ${health.ms} ms`,
      );
    },
  );

  it.skipIf(!backend.available)(
    "still answers the same query within the depth limit, at a bounded size",
    async () => {
      const result = await api.graphql(doublingQuery(catalogueKey, 3));
      expect(result.errors).toBeUndefined();
      expect(JSON.stringify(result.data).length).toBeLessThan(1_000_000);
    },
  );

  it.skipIf(!backend.available)(
    "refuses 1,000 aliases of a page of contracts with progress in milliseconds",
    async () => {
      const query = aliasQuery(1_000);
      const { result, ms } = await timed(() => coordinator.graphql(query));
      expect(result.status).toBe(400);
      expect(result.data).toBeUndefined();
      // 17 tokens an alias: the token limit stops it while parsing
      expect(result.errors?.map((e) => e.message)).toEqual([
        `Deze vraag is te lang: hooguit ${LIMITS.tokens} onderdelen (tokens).`,
      ]);
      expect(ms).toBeLessThan(1_000);
      console.log(
        `${backend.name}: 1,000 aliases of contracts(first: 100) refused in ${ms} ms (${query.length} bytes)`,
      );
      const fifty = await timed(() => coordinator.graphql(aliasQuery(50)));
      expect(fifty.result.status).toBe(400);
      expect(fifty.result.errors?.map((e) => e.message)).toContain(
        `Deze vraag gebruikt te veel aliassen: hooguit ${LIMITS.aliases}.`,
      );
      console.log(`${backend.name}: 50 aliases refused in ${fifty.ms} ms`);
    },
  );

  it.skipIf(!backend.available)("refuses a costly query within the alias limit", async () => {
    const { result } = await timed(() => coordinator.graphql(aliasQuery(3)));
    expect(result.status).toBe(400);
    expect(result.errors?.[0]?.message).toBe(
      "Deze vraag vraagt te veel gegevens tegelijk; splits haar op.",
    );
  });

  it.skipIf(!backend.available)(
    "refuses a document of too many tokens before parsing it all",
    async () => {
      const query = `{ ${Array.from({ length: LIMITS.tokens }, () => "__typename").join(" ")} }`;
      const { result, ms } = await timed(() => api.graphql(query));
      expect(result.status).toBe(400);
      expect(result.errors?.[0]?.message).toBe(
        `Deze vraag is te lang: hooguit ${LIMITS.tokens} onderdelen (tokens).`,
      );
      console.log(`${backend.name}: ${LIMITS.tokens + 2}-token document refused in ${ms} ms`);
    },
  );

  it.skipIf(!backend.available)("refuses too many directives", async () => {
    const directives = Array.from({ length: LIMITS.directives + 1 }, () => "@include(if: true)");
    const result = await api.graphql(`{ regions ${directives.join(" ")} { code } }`);
    expect(result.status).toBe(400);
    expect(result.errors?.[0]?.message).toBe(
      `Deze vraag gebruikt te veel directives: hooguit ${LIMITS.directives}.`,
    );
  });

  it.skipIf(!backend.available)(
    "keeps introspection and suggestions on outside production",
    async () => {
      const schemaQuery = await api.graphql<{ __schema: { queryType: { name: string } } }>(
        "{ __schema { queryType { name } } }",
      );
      expect(schemaQuery.data?.__schema.queryType.name).toBe("Query");
      const typo = await api.graphql("{ region { code } }");
      expect(typo.errors?.[0]?.message).toContain("Did you mean");
    },
  );
});

describe.each(backends())("a production server on $name", (backend) => {
  let api: TestApi;
  beforeAll(async () => {
    if (backend.available) api = await startTestApi(backend, { demo: true, production: true });
  });
  afterAll(async () => {
    await api?.close();
  });

  it.skipIf(!backend.available)(
    "gives anonymous callers neither the schema nor suggestions",
    async () => {
      for (const query of [
        "{ __schema { types { name } } }",
        '{ __type(name: "Contract") { fields { name } } }',
      ]) {
        const result = await api.graphql(query);
        expect(result.status).toBe(403);
        expect(result.data).toBeUndefined();
        expect(result.errors?.[0]?.message).toBe(
          "Het schema is gepubliceerd als schema.graphql; opvragen kan alleen na inloggen.",
        );
      }
      const typo = await api.graphql("{ region { code } }");
      expect(typo.errors?.[0]?.message).toBe('Cannot query field "region" on type "Query".');
      // __typename is not introspection of the schema
      expect((await api.graphql("{ __typename }")).data).toEqual({ __typename: "Query" });
    },
  );

  it.skipIf(!backend.available)("gives a logged-in person both", async () => {
    const coordinator = await api.loginAs("coordinator@amersfoort.demo");
    const result = await coordinator.graphql<{ __schema: { queryType: { name: string } } }>(
      "{ __schema { queryType { name } } }",
    );
    expect(result.data?.__schema.queryType.name).toBe("Query");
    const typo = await coordinator.graphql("{ region { code } }");
    expect(typo.errors?.[0]?.message).toContain('Did you mean "regions"?');
  });
});
