// Lighthouse (pinned, mobile preset: a mid-range phone on a slow 4G line, simulated) against the
// built product as it ships: the rekenhulp, the portal's start page and Beheer's login page,
// beside a baseline, the landing page: plain HTML from the same server, the best a page can do here.
// Run: npm run bench:lighthouse   (builds first; figures, not a pass/fail test)
// BENCH_RUNS (default 3) runs per page, the median is printed; CHROMIUM_PATH (default /usr/bin/chromium);
// BENCH_REPORT_DIR: a folder to keep each run's full Lighthouse report (JSON) in, to see why.
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { launch } from "chrome-launcher";
import lighthouse from "lighthouse";

const REPO_ROOT = fileURLToPath(new URL("../", import.meta.url));
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const REPORT_DIR = process.env.BENCH_REPORT_DIR;
/** Runs that fail to record a trace, which happens now and then on a busy machine, are retried. */
const ATTEMPTS = 3;

const PAGES = [
  { name: "baseline: landing page /", path: "/" },
  { name: "Portaal: rekenhulp", path: "/portal/rekenhulp" },
  { name: "Portaal: start", path: "/portal/" },
  { name: "Beheer: inloggen", path: "/admin/inloggen" },
];

/** What is printed per page: the score and the timings Lighthouse weighs into it. */
interface Figures {
  score: number;
  fcp: number;
  lcp: number;
  tbt: number;
  cls: number;
  speedIndex: number;
  /** Script bytes over the wire (compressed), for the whole page load */
  scriptBytes: number;
  /**
   * Lighthouse's measure of this machine's speed at the run: the simulation scales the CPU time
   * it saw by it, so on a machine busy with other work the blocking time comes out too long.
   */
  benchmarkIndex: number;
}

for (const file of ["apps/api/dist/main.js", "apps/admin/dist/index.html"]) {
  if (!existsSync(join(REPO_ROOT, file))) {
    throw new Error(`Not built: ${file}. Run "npm run bench:lighthouse" from the repository root.`);
  }
}

const dataDir = await mkdtemp(join(tmpdir(), "sroi-lighthouse-"));
const { DATABASE_URL: _embeddedOnly, ...env } = process.env;
const server = spawn(process.execPath, ["apps/api/dist/main.js"], {
  cwd: REPO_ROOT,
  env: { ...env, NODE_ENV: "production", PORT: "0", DATA_DIR: dataDir, DEMO: "true" },
  stdio: ["ignore", "pipe", "pipe"],
});
const chrome = await launch({
  chromePath: CHROMIUM,
  chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu"],
});

try {
  const baseUrl = await serverUrl(server);
  console.log(`Lighthouse mobile preset, ${RUNS} run(s) per page, median; ${baseUrl}`);
  console.log(`Load average at the start: ${loadAverage()}\n`);
  const rows: string[][] = [];
  for (const page of PAGES) {
    const runs: Figures[] = [];
    // One unmeasured load first, so the server's own first-request work is not in the figures.
    await fetch(`${baseUrl}${page.path}`);
    for (let run = 0; run < RUNS; run++) runs.push(await measure(`${baseUrl}${page.path}`));
    const figures = median(runs);
    rows.push([
      page.name,
      String(figures.score),
      ms(figures.fcp),
      ms(figures.lcp),
      ms(figures.tbt),
      figures.cls.toFixed(3),
      ms(figures.speedIndex),
      `${(figures.scriptBytes / 1024).toFixed(0)} KB`,
      String(Math.round(figures.benchmarkIndex)),
    ]);
  }
  printTable(
    ["page", "score", "FCP", "LCP", "TBT", "CLS", "Speed Index", "JS sent", "benchmark index"],
    rows,
  );
  console.log(`\nLoad average at the end: ${loadAverage()}`);
} finally {
  chrome.kill();
  await stop(server);
  await rm(dataDir, { recursive: true, force: true });
}

async function measure(url: string, attempt = 1): Promise<Figures> {
  const result = await lighthouse(url, {
    port: chrome.port,
    onlyCategories: ["performance"],
    output: "json",
    logLevel: "error",
  });
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  const { lhr } = result;
  if (lhr.runtimeError) {
    if (attempt < ATTEMPTS) return measure(url, attempt + 1);
    throw new Error(`${url}: ${lhr.runtimeError.message}`);
  }
  if (REPORT_DIR) {
    await mkdir(REPORT_DIR, { recursive: true });
    const name = `${new URL(url).pathname.replaceAll("/", "_")}-${Date.now()}.json`;
    await writeFile(join(REPORT_DIR, name), JSON.stringify(lhr, null, 1));
  }
  const audit = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
  const scripts = lhr.audits["resource-summary"]?.details;
  const scriptRow =
    scripts?.type === "table"
      ? scripts.items.find((item) => item.resourceType === "script")
      : undefined;
  return {
    score: Math.round((lhr.categories.performance?.score ?? 0) * 100),
    fcp: audit("first-contentful-paint"),
    lcp: audit("largest-contentful-paint"),
    tbt: audit("total-blocking-time"),
    cls: audit("cumulative-layout-shift"),
    speedIndex: audit("speed-index"),
    scriptBytes: Number(scriptRow?.transferSize ?? 0),
    benchmarkIndex: lhr.environment.benchmarkIndex,
  };
}

/** Per figure the median over the runs (the score too, so one slow run does not decide it). */
function median(runs: Figures[]): Figures {
  const middle = (values: number[]) => {
    const sorted = [...values].sort((a, b) => a - b);
    return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
  };
  const keys = Object.keys(runs[0] ?? {}) as (keyof Figures)[];
  return Object.fromEntries(
    keys.map((key) => [key, middle(runs.map((run) => run[key]))]),
  ) as unknown as Figures;
}

function loadAverage(): string {
  return loadavg()
    .map((value) => value.toFixed(1))
    .join(", ");
}

function ms(value: number): string {
  return `${Math.round(value)} ms`;
}

function printTable(header: string[], rows: string[][]) {
  const widths = header.map((cell, i) =>
    Math.max(cell.length, ...rows.map((r) => r[i]?.length ?? 0)),
  );
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0)))
      .join("  ");
  console.log(line(header));
  for (const row of rows) console.log(line(row));
}

/** The server's base URL, once it prints "GraphQL API: http://…/graphql". */
function serverUrl(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = "";
    const timer = setTimeout(() => reject(new Error(`No start in 120 s:\n${output}`)), 120_000);
    const collect = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /GraphQL API:\s+(http:\/\/\S+)\/graphql/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout?.on("data", collect);
    child.stderr?.on("data", collect);
    child.once("exit", (code) => reject(new Error(`The server exited with ${code}:\n${output}`)));
  });
}

async function stop(child: ChildProcess) {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  await exited;
}
