// The ideas and questions form on a gemeente's public page, with the keyboard only: a first try
// with mistakes shows every problem in a summary that takes focus and links to its field; the
// corrected form says who answers and when. Then the WSP's mail leads its staff to the question,
// where they mark it handled. Every state is checked with axe.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  browserAvailable,
  checkPage,
  launchBrowser,
  openPage,
  type TestPage,
} from "../support/browser.js";
import { followMailLink } from "../support/mailbox.js";
import { loginViaApi } from "../support/session.js";

/**
 * Opens the public page of the gemeente `name` at /portal/gemeenten/<name in lower case> and
 * waits for its ideas form. The one place that knows where the form lives.
 */
async function openMunicipalityPage(page: TestPage, name: string) {
  await page.goto(`/portal/gemeenten/${encodeURIComponent(name.toLowerCase())}`);
  await page.getByRole("heading", { name: "Uw vraag of idee over social return" }).waitFor();
  // the form is ready once the page's token came (it names who answers)
  await page.getByText("leest uw bericht en antwoordt binnen").waitFor();
}

/** Moves focus with Tab until the focused element matches `selector`, as a keyboard user would. */
async function tabTo(page: TestPage, selector: string, max = 120) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press("Tab");
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

const focusedLabel = (page: TestPage) =>
  page.evaluate(() => {
    const element = document.activeElement as HTMLInputElement | null;
    return element?.labels?.[0]?.textContent ?? element?.textContent ?? null;
  });

describe.skipIf(!browserAvailable)("portal: the ideas form on a gemeente's page", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("sends a question with the keyboard only, and the WSP marks it handled", async () => {
    const page = await openPage(browser);
    await openMunicipalityPage(page, "Amersfoort");
    const formReady = Date.now();
    await checkPage(page, "ideas-form");

    // The first field of the form is the choice of question or idea.
    await tabTo(page, ".sroi-ideas-form input[type=radio]");
    await expect(focusedLabel(page)).resolves.toBe("Een vraag");
    await page.keyboard.press("Tab");
    await expect(focusedLabel(page)).resolves.toBe("Uw naam");
    await page.keyboard.type("Jan de Vries");
    await page.keyboard.press("Tab");
    await page.keyboard.type("jan@");
    // Past the organisation, to the message: too short
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    await expect(focusedLabel(page)).resolves.toBe("Uw vraag");
    await page.keyboard.type("Stage?");
    await tabTo(page, ".sroi-ideas-form button[type=submit]");
    await page.keyboard.press("Enter");

    const summary = page.locator(".sroi-error-summary");
    await summary.getByText("Uw bericht is niet verstuurd").waitFor();
    await expect(
      page.evaluate(() => document.activeElement?.classList.contains("sroi-error-summary")),
    ).resolves.toBe(true);
    await expect(summary.getByRole("link").allTextContents()).resolves.toEqual([
      "Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl.",
      "Schrijf uw vraag in minstens 10 tekens.",
    ]);
    await checkPage(page, "ideas-form-errors");

    // The summary's link leads to the field, which says what is wrong.
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    await expect(focusedLabel(page)).resolves.toBe("Uw e-mailadres");
    await page.keyboard.type("vries.nl");
    await page.keyboard.press("Tab");
    await page.keyboard.type("Bouwbedrijf de Vries");
    await page.keyboard.press("Tab");
    await page.keyboard.press("End");
    await page.keyboard.type(" Kunnen wij een BBL-leerling inzetten als bouwblok?");
    // A person takes longer than the 3 s the API asks before it believes a form was typed.
    await page.waitForTimeout(Math.max(0, formReady + 3_500 - Date.now()));
    await tabTo(page, ".sroi-ideas-form button[type=submit]");
    await page.keyboard.press("Enter");

    const confirmation = page.getByRole("heading", { name: "Uw vraag is verstuurd" });
    await confirmation.waitFor();
    await expect(page.locator(".sroi-feedback").textContent()).resolves.toContain(
      "WSP regio Amersfoort leest uw bericht en antwoordt binnen 10 werkdagen. U krijgt het antwoord op jan@vries.nl.",
    );
    await expect(
      page.evaluate(() => document.activeElement?.classList.contains("sroi-feedback")),
    ).resolves.toBe(true);
    await checkPage(page, "ideas-form-sent");

    // The WSP's mailbox has the question with a link to it in Beheer.
    const staff = await openPage(browser);
    await loginViaApi(staff, "consultant@wsp-amersfoort.demo");
    const link = await followMailLink(
      staff,
      "socialreturn@wsp-amersfoort.demo",
      /^Nieuwe vraag over social return in gemeente Amersfoort/,
      "ideas-form-mailbox",
    );
    expect(new URL(link).pathname).toMatch(/^\/admin\/ideeen\/[\w-]+$/);
    await staff
      .getByRole("heading", { level: 1, name: "Vraag over gemeente Amersfoort" })
      .waitFor();
    await staff.getByText("Kunnen wij een BBL-leerling inzetten als bouwblok?").waitFor();
    await checkPage(staff, "ideas-admin-detail");
    await staff.getByRole("button", { name: "Markeer als afgehandeld" }).click();
    await staff.getByRole("heading", { name: "Afgehandeld" }).waitFor();
    await staff.getByText(/^Afgehandeld op /).waitFor();
    await checkPage(staff, "ideas-admin-handled");
  });
});
