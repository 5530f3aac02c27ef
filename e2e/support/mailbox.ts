// The demo mailbox (/dev/mailbox): in demo mode the e-mails the platform would send are listed
// there, newest first, so a test can follow an invitation or reset link like a person would.
import { expect } from "vitest";
import { checkPage, type TestPage } from "./browser.js";

/**
 * Opens the mailbox, finds the newest message to `to` whose subject matches, and follows the link
 * in it. Returns the address the link pointed at.
 */
export async function followMailLink(
  page: TestPage,
  to: string,
  subject: RegExp,
  screenshotName: string,
): Promise<string> {
  await page.goto("/dev/mailbox");
  await checkPage(page, screenshotName);
  const message = page
    .locator("article")
    .filter({ hasText: `Aan ${to}` })
    .filter({ has: page.getByRole("heading", { name: subject }) })
    .first();
  const link = message.getByRole("link");
  await expect(link.count()).resolves.toBe(1);
  const href = (await link.getAttribute("href")) ?? "";
  await link.click();
  return href;
}
