// The Content-Security-Policy in a real browser: every page the product serves works under it
// (a violation is a console error, which fails checkPage here and in every other browser test),
// and it does block what it is for: a script or style injected into the page does not run.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { browserAvailable, checkPage, launchBrowser, openPage } from "../support/browser.js";
import { loginViaApi } from "../support/session.js";

describe.skipIf(!browserAvailable)("Content-Security-Policy", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("lets every page render and refuses injected inline code", async () => {
    const page = await openPage(browser);
    const violations: string[] = [];
    await page.exposeFunction("reportViolation", (text: string) => violations.push(text));
    await page.addInitScript(() => {
      document.addEventListener("securitypolicyviolation", (event) => {
        (window as unknown as { reportViolation(text: string): void }).reportViolation(
          `${event.violatedDirective} ${event.blockedURI}`,
        );
      });
    });
    for (const [path, name] of [
      ["/", "csp-landing"],
      ["/dev/mailbox", "csp-mailbox"],
      ["/portal/", "csp-portal"],
    ] as const) {
      const response = await page.goto(path);
      expect(response?.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
      await checkPage(page, name);
    }
    await loginViaApi(page, "coordinator@amersfoort.demo");
    await page.goto("/admin/");
    await checkPage(page, "csp-admin");
    expect(violations).toEqual([]);

    // What an attacker's injected markup would try: neither runs.
    const injected = await page.evaluate(async () => {
      const script = document.createElement("script");
      script.textContent = "window.injectedScriptRan = true;";
      document.body.append(script);
      const style = document.createElement("style");
      style.textContent = "body { outline: 7px solid rgb(255, 0, 0); }";
      document.head.append(style);
      await new Promise((resolve) => setTimeout(resolve, 100));
      return {
        scriptRan:
          (window as unknown as { injectedScriptRan?: boolean }).injectedScriptRan === true,
        outline: getComputedStyle(document.body).outlineStyle,
      };
    });
    expect(injected).toEqual({ scriptRan: false, outline: "none" });
    expect(violations.map((v) => v.split(" ")[0])).toEqual(["script-src-elem", "style-src-elem"]);
    // Those two refusals were console errors; they were expected here.
    page.errors.length = 0;
  });
});
