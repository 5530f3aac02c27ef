// How many realisations per second the valuation rules handle: in the domain package directly,
// the integer-cent valueBlock beside the big.js valuation it replaced (kept as the domain tests'
// reference), and through the public valuePreview query over HTTP on embedded PGlite. The inputs
// are made before any clock starts; both paths value the same inputs and must give equal results.
// Run: npm run bench:valuation -w @sroi/bench   (figures, not a pass/fail test; the script sets
// LOG_LEVEL=warn unless given, so no request log line is timed with the requests)
import { openDatabase, seed, toBlockDefinition, toBonusDefinition } from "@sroi/db";
import { type ValueBlockInput, type ValueBlockResult, valueBlock } from "@sroi/domain";
import { startServer } from "../apps/api/src/server.js";
import { valueBlockWithBigJs } from "../packages/domain/test/reference/valuation-bigjs.js";

const DOMAIN_INPUTS = Number(process.env.BENCH_DOMAIN_INPUTS ?? 200_000);
/** Each path runs this many times over the inputs, taking turns; the fastest round counts. */
const DOMAIN_ROUNDS = Number(process.env.BENCH_DOMAIN_ROUNDS ?? 5);
const HTTP_REQUESTS = Number(process.env.BENCH_HTTP_REQUESTS ?? 2_000);
const HTTP_CONCURRENCY = Number(process.env.BENCH_HTTP_CONCURRENCY ?? 8);

const database = await openDatabase({});
await seed(database.prisma);
const version = await database.prisma.catalogueVersion.findUniqueOrThrow({
  where: { key: "utrecht-current" },
  include: { blocks: true, bonuses: true },
});
const pwBlock = version.blocks.find((b) => b.code === "PW");
const firstBonus = version.bonuses[0];
if (!pwBlock || !firstBonus) throw new Error("utrecht-current should have block PW and a bonus");
const block = toBlockDefinition(pwBlock);
const bonus = toBonusDefinition(firstBonus);
const basisHours = version.basisHours.toString();

// Varied inputs so no result is a cached repeat: hours 1..48, periods of 1..730 days over 3 years.
function inputFor(i: number) {
  const start = new Date(Date.UTC(2023, 0, 1) + (i % 1000) * 86_400_000);
  const end = new Date(start.getTime() + ((i * 7919) % 730) * 86_400_000);
  return {
    startDate: start.toISOString().slice(0, 10),
    endDate: end.toISOString().slice(0, 10),
    hoursPerWeek: String(1 + (i % 48)),
    bonusCodes: i % 2 === 0 ? [bonus.code] : [],
  };
}

const domainInputs: ValueBlockInput[] = Array.from({ length: DOMAIN_INPUTS }, (_, i) => {
  const input = inputFor(i);
  return {
    block,
    basisHours,
    bonuses: input.bonusCodes.length ? [bonus] : [],
    startDate: input.startDate,
    endDate: input.endDate,
    hoursPerWeek: input.hoursPerWeek,
  };
});

/** Seconds for the fastest of DOMAIN_ROUNDS rounds of each path, the rounds taking turns. */
function timeDomainPaths(paths: Record<string, (input: ValueBlockInput) => ValueBlockResult>): {
  seconds: Record<string, number>;
  results: Record<string, ValueBlockResult[]>;
} {
  const seconds: Record<string, number> = {};
  const results: Record<string, ValueBlockResult[]> = {};
  for (let round = 0; round < DOMAIN_ROUNDS; round++) {
    for (const [name, value] of Object.entries(paths)) {
      const out: ValueBlockResult[] = new Array(domainInputs.length);
      const started = performance.now();
      for (let i = 0; i < domainInputs.length; i++)
        out[i] = value(domainInputs[i] as ValueBlockInput);
      const elapsed = (performance.now() - started) / 1000;
      seconds[name] = Math.min(seconds[name] ?? Number.POSITIVE_INFINITY, elapsed);
      results[name] = out;
    }
  }
  return { seconds, results };
}

const domain = timeDomainPaths({ cents: valueBlock, bigjs: valueBlockWithBigJs });
const centsSeconds = domain.seconds.cents ?? Number.NaN;
const bigjsSeconds = domain.seconds.bigjs ?? Number.NaN;
let equalResults = 0;
let valued = 0;
for (let i = 0; i < DOMAIN_INPUTS; i++) {
  const cents = domain.results.cents?.[i];
  if (JSON.stringify(cents) === JSON.stringify(domain.results.bigjs?.[i])) equalResults++;
  if (cents?.ok) valued++;
}
const centsRate = DOMAIN_INPUTS / centsSeconds;
const bigjsRate = DOMAIN_INPUTS / bigjsSeconds;

const server = await startServer({
  prisma: database.prisma,
  port: 0,
  host: "127.0.0.1",
  serveApps: false,
});
const query = `query ($input: ValuePreviewInput!) { valuePreview(input: $input) {
  ... on ValuePreview { total lines { label amount } } ... on InputError { message } } }`;
let next = 0;
const latencies: number[] = [];
async function worker() {
  while (next < HTTP_REQUESTS) {
    const i = next++;
    const started = performance.now();
    const response = await fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        query,
        variables: {
          input: { catalogueKey: "utrecht-current", blockCode: block.code, ...inputFor(i) },
        },
      }),
    });
    await response.json();
    latencies.push(performance.now() - started);
  }
}
const httpStart = performance.now();
await Promise.all(Array.from({ length: HTTP_CONCURRENCY }, worker));
const httpSeconds = (performance.now() - httpStart) / 1000;
const httpRate = HTTP_REQUESTS / httpSeconds;
latencies.sort((a, b) => a - b);
const percentile = (p: number) =>
  latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))] ?? 0;

await server.close();
await database.close();

console.log(
  `valuation benchmark (${new Date().toISOString().slice(0, 10)}, node ${process.version})`,
);
const rateText = (seconds: number) =>
  `${Math.round(DOMAIN_INPUTS / seconds).toLocaleString("en")} /s (${((seconds / DOMAIN_INPUTS) * 1e6).toFixed(2)} µs each)`;
console.log(
  `  domain inputs:            ${DOMAIN_INPUTS.toLocaleString("en")} made before timing, ${valued.toLocaleString("en")} valued; fastest of ${DOMAIN_ROUNDS} rounds per path, taking turns`,
);
console.log(`  valueBlock, integer cents: ${rateText(centsSeconds)}`);
console.log(`  valueBlock, big.js (old):  ${rateText(bigjsSeconds)}`);
console.log(
  `  ratio cents : big.js =     ${(centsRate / bigjsRate).toFixed(1)} : 1; equal results (totals, lines, labels): ${equalResults.toLocaleString("en")} of ${DOMAIN_INPUTS.toLocaleString("en")}`,
);
console.log(
  `  valuePreview over HTTP:   ${HTTP_REQUESTS.toLocaleString("en")} requests, ${HTTP_CONCURRENCY} concurrent, in ${httpSeconds.toFixed(2)} s = ${Math.round(httpRate).toLocaleString("en")} /s (p50 ${percentile(0.5).toFixed(2)} ms, p95 ${percentile(0.95).toFixed(2)} ms, p99 ${percentile(0.99).toFixed(2)} ms)`,
);
console.log(`  ratio domain (cents) : HTTP = ${(centsRate / httpRate).toFixed(0)} : 1`);
