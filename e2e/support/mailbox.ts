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

/**
 * The invited person's side: follows the newest invitation to `to` into `app`, checks the page
 * and chooses `password`. Screenshots are named `<screenshotPrefix>-mailbox` and `-accept`.
 */
export async function acceptInvitation(
  page: TestPage,
  to: string,
  app: "admin" | "portal",
  password: string,
  screenshotPrefix: string,
): Promise<void> {
  const link = await followMailLink(
    page,
    to,
    /^Uitnodiging voor het Social Return platform/,
    `${screenshotPrefix}-mailbox`,
  );
  expect(new URL(link).pathname).toBe(`/${app}/wachtwoord`);
  await page.waitForURL(`**/${app}/wachtwoord?token=*`);
  await checkPage(page, `${screenshotPrefix}-accept`);
  await page.getByLabel("Nieuw wachtwoord", { exact: true }).fill(password);
  await page.getByLabel("Herhaal het nieuwe wachtwoord").fill(password);
  await page.getByRole("button", { name: "Wachtwoord opslaan" }).click();
}
