// Shared steps of the browser tests: start Chromium, open a page of the running server, and check
// every page the tests visit with axe-core.
import { mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { AxeBuilder } from "@axe-core/playwright";
import { type Browser, chromium, type Page } from "playwright-core";
import { inject } from "vitest";

const baseUrl = inject("baseUrl");
const chromiumPath = inject("chromiumPath");

/** False when the global setup found no Chromium (and we are not in CI): the suites skip. */
export const browserAvailable = baseUrl !== null && chromiumPath !== null;

const SCREENSHOT_DIR = fileURLToPath(new URL("../screenshots/", import.meta.url));
const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

export const DESKTOP = { width: 1280, height: 900 };
export const PHONE = { width: 375, height: 667 };

export function launchBrowser(): Promise<Browser> {
  if (!chromiumPath) throw new Error("No Chromium: the suite should have been skipped");
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

export interface TestPage extends Page {
  /** Uncaught exceptions, console errors and failed requests seen so far */
  errors: string[];
}

/** `server`: another server than the shared one, e.g. one a test started on its own database. */
export async function openPage(
  browser: Browser,
  viewport = DESKTOP,
  server = baseUrl,
): Promise<TestPage> {
  if (!server) throw new Error("No server: the suite should have been skipped");
  const context = await browser.newContext({ baseURL: server, viewport, locale: "nl-NL" });
  const page = (await context.newPage()) as TestPage;
  page.errors = [];
  page.on("pageerror", (error) => page.errors.push(error.message));
  page.on("console", (message) => {
    // Failed requests are reported below, with their address.
    if (message.type() === "error" && !message.text().startsWith("Failed to load resource")) {
      page.errors.push(message.text());
    }
  });
  page.on("response", (response) => {
    // Browsers ask for /favicon.ico on their own; the server's landing page does not link one.
    if (response.status() >= 400 && new URL(response.url()).pathname !== "/favicon.ico") {
      page.errors.push(`HTTP ${response.status()} for ${response.url()}`);
    }
  });
  return page;
}

/** Waits until the page has its heading and nothing is loading any more. */
export async function settled(page: Page): Promise<void> {
  await page.locator("h1").first().waitFor();
  await page.waitForFunction(
    () => !document.body.textContent?.includes("Bezig met laden"),
    undefined,
    { timeout: 15_000 },
  );
}

/**
 * Every page a test visits goes through here: wait for it, scan it with axe-core (zero violations
 * allowed) and save a screenshot to look at.
 */
export async function checkPage(page: TestPage, screenshotName: string): Promise<void> {
  await settled(page);
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  await saveScreenshot(page, screenshotName, { fullPage: true });
  if (results.violations.length > 0) {
    throw new Error(
      `axe-core found ${results.violations.length} accessibility violation(s) on ${page.url()}:\n\n${results.violations
        .map(
          (violation) =>
            `[${violation.impact ?? "?"}] ${violation.id}: ${violation.help}\n  ${violation.helpUrl}\n${violation.nodes
              .map(
                (node) =>
                  `    - ${node.target.join(" ")}\n      ${node.failureSummary?.replaceAll("\n", "\n      ") ?? ""}`,
              )
              .join("\n")}`,
        )
        .join("\n\n")}`,
    );
  }
  if (page.errors.length > 0) {
    throw new Error(`Errors in the browser on ${page.url()}:\n${page.errors.join("\n")}`);
  }
}

/** Saves e2e/screenshots/<name>.png (git-ignored), to look at after a run. */
export async function saveScreenshot(
  page: Page,
  name: string,
  options: { fullPage?: boolean } = {},
) {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({
    path: `${SCREENSHOT_DIR}${name}.png`,
    fullPage: options.fullPage ?? false,
  });
}

/** Whether the page as a whole scrolls sideways (a table scrolling in its own box is fine). */
export function pageOverflowsHorizontally(page: Page): Promise<boolean> {
  return page.evaluate(
    () => document.documentElement.scrollWidth > document.documentElement.clientWidth,
  );
}
