// Hostile input over every root field, as three callers (anonymous, a gemeente coordinator, a
// contractor admin), on both databases. The fields and their argument types come from the schema
// itself, so a new field is fuzzed without a line here. What must never happen: an HTTP 5xx, an
// INTERNAL_SERVER_ERROR (every input is to be refused as a typed error before it reaches the
// database), any Prisma or PostgreSQL text in an answer, or a record of another tenant in the
// data: every answer selects the ids it can, and the ids each caller may not see are known.
import { backends } from "@sroi/db/testing/backends";
import fc from "fast-check";
import {
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLOutputType,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
} from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { schema } from "../src/schema/index.js";
import { type Client, type GraphQLResponse, startTestApi, type TestApi } from "./support.js";

/** Requests per database; FUZZ_RUNS raises it for a longer hunt. */
const RUNS = Number(process.env.FUZZ_RUNS ?? 10_000);
const SEED = Number(process.env.FUZZ_SEED ?? 20_261_203);
const PARALLEL = 6;

/** Text that betrays the database layer or the code behind it. */
const INTERNAL_TEXT =
  /prisma|invocation|PrismaClient|violates|constraint|duplicate key|relation "|column "|syntax error at|SQLSTATE|\bP\d{4}\b|pglite|postgres|node_modules|\bat [\w.<>$]+ \([^)]*:\d+:\d+\)|\.[jt]s:\d+/i;

/** Sessions would end mid-run; these are fuzzed anonymously only. */
const ANONYMOUS_ONLY = new Set(["logout", "logoutEverywhere", "login", "setPassword"]);

const HOSTILE_STRINGS = [
  "",
  " ",
  "\u0000",
  "a\u0000b",
  "\ud800",
  "x\udfffy",
  "\u{1F600}",
  '\'; DROP TABLE "Contract"; --',
  "' OR 1=1 --",
  "%",
  "_",
  "\\",
  "{{7*7}}",
  "<script>alert(1)</script>",
  '=HYPERLINK("http://example.org")',
  "../../../etc/passwd",
  "null",
  "NaN",
  "-1",
  "1e309",
  "9".repeat(40),
  "GPC:S:abc",
  Buffer.from("GPC:N:12").toString("base64"),
  Buffer.from("GPC:S:c0000000000000000000000000").toString("base64"),
  "ä".repeat(301),
  "x".repeat(5_001),
  "y".repeat(20_000),
];

const HOSTILE_DECIMALS = [
  "0",
  "-1",
  "0.000001",
  "1e8",
  "100000000",
  "99999999.99",
  "99999999999.99",
  "999999999999.99",
  "1000000000000",
  "12345678901234567890",
  "0.1234567",
  "36",
  "40000.00",
  " 5 ",
  "abc",
  "1,5",
  "-0",
];

const HOSTILE_DATES = [
  "2024-02-29",
  "2024-02-30",
  "2023-02-29",
  "2024-13-01",
  "2024-00-10",
  "2024-04-31",
  "0001-01-01",
  "9999-12-31",
  "1989-12-31",
  "2100-01-01",
  "2026-01-01",
  "2025-06-30",
  "2027-12-31",
  "24-1-1",
  "2024-1-1",
  "2024-01-01T00:00:00Z",
];

const HOSTILE_INTS = [0, 1, -1, 2, 100, 101, 200, 201, 1_000_000, 2_147_483_647, -2_147_483_648];

/** Values the demo data knows, so fuzzing reaches past "not found". */
interface Known {
  ids: string[];
  words: string[];
}

function stringArbitrary(known: Known): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...known.ids, ...known.words) },
    { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) },
    { weight: 2, arbitrary: fc.string({ maxLength: 40, unit: "binary" }) },
    { weight: 1, arbitrary: fc.string({ maxLength: 400, unit: "grapheme" }) },
  );
}

/** Occasionally a value of the wrong kind altogether. */
const wrongKind: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.double(),
  fc.constant({}),
  fc.constant([]),
  fc.constant("🙂"),
);

function valueArbitrary(type: GraphQLInputType, known: Known, depth = 0): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) {
    return fc.oneof(
      { weight: 19, arbitrary: valueArbitrary(type.ofType, known, depth) },
      { weight: 1, arbitrary: fc.constant(null) },
    );
  }
  const inner = ((): fc.Arbitrary<unknown> => {
    if (isListType(type)) {
      return fc.array(valueArbitrary(type.ofType, known, depth + 1), {
        maxLength: depth > 1 ? 2 : 4,
      });
    }
    if (isInputObjectType(type)) {
      const fields = Object.values(type.getFields());
      const record: Record<string, fc.Arbitrary<unknown>> = {};
      for (const field of fields) record[field.name] = valueArbitrary(field.type, known, depth + 1);
      const required = fields.filter((f) => isNonNullType(f.type)).map((f) => f.name);
      return fc.record(record, { requiredKeys: required });
    }
    if (isEnumType(type)) {
      return fc.oneof(
        { weight: 9, arbitrary: fc.constantFrom(...type.getValues().map((v) => v.name)) },
        { weight: 1, arbitrary: fc.constantFrom("NOPE", "", "works") },
      );
    }
    switch (type.name) {
      case "String":
      case "ID":
        return stringArbitrary(known);
      case "Int":
        return fc.oneof(fc.constantFrom(...HOSTILE_INTS), fc.integer());
      case "Float":
        return fc.double();
      case "Boolean":
        return fc.boolean();
      case "Decimal":
        return fc.oneof(
          { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_DECIMALS) },
          {
            weight: 1,
            arbitrary: fc
              .tuple(fc.bigInt({ min: 0n, max: 10n ** 14n }), fc.integer({ min: 0, max: 4 }))
              .map(([digits, places]) => {
                const text = digits.toString().padStart(places + 1, "0");
                return places ? `${text.slice(0, -places)}.${text.slice(-places)}` : text;
              }),
          },
        );
      case "Date":
        return fc.oneof(
          { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_DATES) },
          {
            weight: 1,
            arbitrary: fc
              .tuple(
                fc.integer({ min: 0, max: 9999 }),
                fc.integer({ min: 0, max: 14 }),
                fc.integer({ min: 0, max: 33 }),
              )
              .map(
                ([y, m, d]) =>
                  `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`,
              ),
          },
        );
      default:
        return stringArbitrary(known);
    }
  })();
  return fc.oneof({ weight: 19, arbitrary: inner }, { weight: 1, arbitrary: wrongKind });
}

function hasId(type: GraphQLNamedType): boolean {
  return isObjectType(type) && getNamedType(type.getFields().id?.type ?? type).name === "ID";
}

/** Fields that lead from an answer to the records in it: a connection's edges and nodes. */
const CONNECTION_FIELDS = new Set(["edges", "node", "nodes"]);

/**
 * `__typename` and, wherever the answer can carry a record, its id, also through a connection's
 * edges and nodes: what the leak check reads. Nested paths to records are the tenancy matrix's
 * (test/tenancy.test.ts).
 */
function selection(type: GraphQLOutputType, depth = 0): string {
  const named = getNamedType(type);
  if (isLeafType(named)) return "";
  if (!isObjectType(named)) {
    const members = schema
      .getPossibleTypes(named as Parameters<typeof schema.getPossibleTypes>[0])
      .map((member) => `... on ${member.name} ${selection(member, depth)}`);
    return `{ __typename ${members.join(" ")} }`;
  }
  const parts = ["__typename"];
  if (hasId(named)) parts.push("id");
  if (depth < 3) {
    for (const field of Object.values(named.getFields())) {
      if (field.args.some((arg) => isNonNullType(arg.type))) continue;
      const target = getNamedType(field.type);
      if (isLeafType(target) || field.name === "id") continue;
      // only through connections: a nested field that one caller may not read (a contract's
      // audit trail for a contractor) would void the whole answer, and with it the check
      if (CONNECTION_FIELDS.has(field.name)) {
        parts.push(`${field.name} ${selection(field.type, depth + 1)}`);
      }
    }
  }
  return `{ ${parts.join(" ")} }`;
}

interface RootField {
  operation: "query" | "mutation";
  field: GraphQLField<unknown, unknown>;
}

/** Every root field of the schema, each as a document with one variable per argument. */
function rootFields(): RootField[] {
  const fields: RootField[] = [];
  for (const [operation, type] of [
    ["query", schema.getQueryType()],
    ["mutation", schema.getMutationType()],
  ] as const) {
    for (const field of Object.values(type?.getFields() ?? {})) fields.push({ operation, field });
  }
  return fields;
}

function documentFor({ operation, field }: RootField): string {
  const definitions = field.args.map((arg) => `$${arg.name}: ${arg.type}`).join(", ");
  const args = field.args.map((arg) => `${arg.name}: $${arg.name}`).join(", ");
  return `${operation} Fuzz${definitions ? `(${definitions})` : ""} { ${field.name}${
    args ? `(${args})` : ""
  } ${selection(field.type)} }`;
}

interface Outcome {
  field: string;
  variables: Record<string, unknown>;
  response: GraphQLResponse<unknown>;
  text: string;
}

describe.each(backends())("fuzzing every root field on $name", (backend) => {
  let api: TestApi;
  let callers: Client[];
  let known: Known;
  /** Per caller (same order as callers): ids of records of another tenant, or drafts. */
  let forbidden: Set<string>[];
  beforeAll(async () => {
    if (!backend.available) return;
    api = await startTestApi(backend, { demo: true });
    callers = [
      api.client(),
      await api.loginAs("coordinator@amersfoort.demo"),
      await api.loginAs("admin@bouwbedrijf-eemland.demo"),
    ];
    const everyContract = await api.prisma.contract.findMany({
      select: {
        id: true,
        municipality: { select: { code: true } },
        contractorId: true,
        planVersions: { select: { id: true } },
        realisations: { select: { id: true } },
      },
    });
    const draftPolicies = await api.prisma.policy.findMany({
      where: { status: "DRAFT" },
      select: { id: true, municipality: { select: { code: true } } },
    });
    const idsOf = (rows: typeof everyContract) =>
      rows.flatMap((c) => [
        c.id,
        ...c.planVersions.map((p) => p.id),
        ...c.realisations.map((r) => r.id),
      ]);
    const amersfoort = "GM0307";
    const eemland = await api.prisma.organisation.findFirstOrThrow({
      where: { kvkNumber: "90000001" },
    });
    forbidden = [
      // anonymous: no contract, plan, realisation or draft at all
      new Set([...idsOf(everyContract), ...draftPolicies.map((p) => p.id)]),
      // Amersfoort's coordinator: nothing of another gemeente
      new Set([
        ...idsOf(everyContract.filter((c) => c.municipality.code !== amersfoort)),
        ...draftPolicies.filter((p) => p.municipality.code !== amersfoort).map((p) => p.id),
      ]),
      // Eemland's admin: no other contractor's contract, and no draft
      new Set([
        ...idsOf(everyContract.filter((c) => c.contractorId !== eemland.id)),
        ...draftPolicies.map((p) => p.id),
      ]),
    ];
    // Someone to leak: each caller must have records it may not see, or the check proves nothing.
    for (const ids of forbidden) expect(ids.size).toBeGreaterThan(10);
    // Other tenants' ids among the arguments, so the fuzzer asks for them by id.
    const strangers = everyContract.filter(
      (c) => c.municipality.code !== amersfoort && c.contractorId !== eemland.id,
    );
    const [contracts, plans, realisations, organisations, policies, catalogues] = await Promise.all(
      [
        api.prisma.contract.findMany({ select: { id: true }, take: 5 }),
        api.prisma.planVersion.findMany({ select: { id: true }, take: 3 }),
        api.prisma.realisation.findMany({ select: { id: true }, take: 3 }),
        api.prisma.organisation.findMany({ select: { id: true }, take: 3 }),
        api.prisma.policy.findMany({ select: { id: true }, take: 3 }),
        api.prisma.catalogueVersion.findMany({ select: { key: true }, take: 3 }),
      ],
    );
    known = {
      ids: [
        ...[contracts, plans, realisations, organisations, policies].flat().map((row) => row.id),
        ...idsOf(strangers.slice(0, 4)),
        ...draftPolicies.map((p) => p.id),
      ],
      words: [
        ...catalogues.map((c) => c.key),
        "GM0307",
        "GM0392",
        "regio-amersfoort",
        "PW",
        "INITIATIEF",
        "coordinator@amersfoort.demo",
        "demo",
        "90000001",
        // spreadsheet contents, so the imports' number and date readers get hostile cells too
        [
          "bouwblok;uren;uren_per_week;begindatum;einddatum;bedrag_excl_btw;medewerkers",
          "INITIATIEF;1.2,5;;31-02-2026;;€ 9.999.999.999.999,99;0",
          "PW;;99999999,99;01-01-0001;12/31/2026;-5;1e309",
          "INKOOP;7,5;;1-7-2026;01-07-26;1.234,56;2",
          "INITIATIEF;\u0000;;\ud800;;1,234.56;1.000.000",
        ].join("\r\n"),
        [
          "soort,code,naam,categorie,waardering,bedrag,aandeel,max_maanden,min_uren_per_week,geldt_voor,eenmalig,toelichting",
          'bouwblok,PW,P,EMPLOYMENT,PER_FTE_YEAR,"1.2,5","1,5",0,"99999,999",,,',
          'bouwblok,X,X,COST,PER_HOUR,"€ 9.999.999.999.999,-",,1.000,-1,,,',
          'toeslag,B,B,,,"1,234.56",,,,PW,ja,',
        ].join("\n"),
      ],
    };
  });
  afterAll(async () => {
    await api?.close();
  });

  it.skipIf(!backend.available)(
    `${RUNS.toLocaleString("en")} hostile requests: no 5xx, no internal error, no internal text`,
    async () => {
      const fields = rootFields();
      const requests = fc.sample(
        fc.constantFrom(...fields).chain((root) =>
          fc.record({
            root: fc.constant(root),
            caller: fc.integer({ min: 0, max: callers.length - 1 }),
            variables: fc.record(
              Object.fromEntries(
                root.field.args.map((arg) => [
                  arg.name,
                  // an optional argument is often left out, so plain reads answer with records
                  // too and the leak check has data to read
                  isNonNullType(arg.type)
                    ? valueArbitrary(arg.type, known)
                    : fc.option(valueArbitrary(arg.type, known), { nil: undefined, freq: 2 }),
                ]),
              ),
            ),
          }),
        ),
        { numRuns: RUNS, seed: SEED },
      );
      // Besides the hostile ones, every read that needs no argument, plainly, by every caller:
      // the answers most likely to carry records, for the leak check.
      const plainReads = fields
        .filter(
          (root) =>
            root.operation === "query" && !root.field.args.some((arg) => isNonNullType(arg.type)),
        )
        .flatMap((root) => callers.map((_, caller) => ({ root, caller, variables: {} })));
      requests.unshift(...plainReads);
      const bad: Outcome[] = [];
      const leaks: Outcome[] = [];
      const codes = new Map<string, number>();
      const covered = new Set<string>();
      const started = performance.now();
      for (let start = 0; start < requests.length; start += PARALLEL) {
        await Promise.all(
          requests.slice(start, start + PARALLEL).map(async ({ root, caller, variables }) => {
            const who = ANONYMOUS_ONLY.has(root.field.name) ? 0 : caller;
            const client = who === 0 ? api.client() : callers[who];
            if (!client) throw new Error("no caller");
            let response: GraphQLResponse<unknown>;
            try {
              response = await client.graphql(documentFor(root), variables);
            } catch (error) {
              // a dropped connection is a failure of the server as much as a 5xx
              const cause = (error as Error & { cause?: Error }).cause?.message ?? "";
              response = { status: 599, errors: [{ message: `${error} ${cause}` }] };
            }
            covered.add(root.field.name);
            const text = JSON.stringify(response);
            const errorCodes = (response.errors ?? []).map((e) => e.extensions?.code ?? "none");
            for (const code of errorCodes.length ? errorCodes : ["data"]) {
              codes.set(code, (codes.get(code) ?? 0) + 1);
            }
            if (
              response.status >= 500 ||
              errorCodes.includes("INTERNAL_SERVER_ERROR") ||
              errorCodes.includes("none") ||
              INTERNAL_TEXT.test(text)
            ) {
              bad.push({ field: root.field.name, variables, response, text });
            }
            // only the data counts: an error message may repeat the id the caller sent
            const data = JSON.stringify(response.data ?? null);
            for (const id of data.match(/"id":"[^"]+"/g) ?? []) {
              if (forbidden[who]?.has(id.slice(6, -1)))
                leaks.push({ field: root.field.name, variables, response, text: data });
            }
          }),
        );
      }
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      console.log(
        `${backend.name}: ${requests.length} requests over ${covered.size}/${fields.length} root fields in ${seconds} s (seed ${SEED}); outcomes ${JSON.stringify(Object.fromEntries(codes))}; bad ${bad.length}; records of another tenant ${leaks.length}`,
      );
      expect(covered.size).toBe(fields.length);
      expect(leaks.slice(0, 5).map((l) => `${l.field} → ${l.text.slice(0, 600)}`)).toEqual([]);
      expect(
        bad
          .slice(0, 5)
          .map((b) => `${b.field} ${JSON.stringify(b.variables).slice(0, 600)} → ${b.text}`),
      ).toEqual([]);
    },
    // about 80 s a database on an idle 2-core machine; the margin is for a busy one
    600_000,
  );
});
