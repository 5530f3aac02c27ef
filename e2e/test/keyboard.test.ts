import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  browserAvailable,
  checkPage,
  launchBrowser,
  openPage,
  saveScreenshot,
} from "../support/browser.js";
import { seededCatalogue } from "../support/catalogues.js";
import { loginViaApi } from "../support/session.js";

describe.skipIf(!browserAvailable)("with the keyboard only", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  for (const path of ["/admin/catalogi", "/portal/"]) {
    it(`${path}: the first Tab reaches the skip link, which moves focus to the main content`, async () => {
      const page = await openPage(browser);
      if (path.startsWith("/admin/")) await loginViaApi(page, "coordinator@amersfoort.demo");
      await page.goto(path);
      await checkPage(page, `keyboard-${path.split("/")[1]}`);

      await page.keyboard.press("Tab");
      const skipLink = await page.evaluate(() => {
        const element = document.activeElement as HTMLElement | null;
        const box = element?.getBoundingClientRect();
        return {
          text: element?.textContent,
          visible: box !== undefined && box.top >= 0 && box.height > 0,
        };
      });
      expect(skipLink).toEqual({ text: "Direct naar de inhoud", visible: true });
      await saveScreenshot(page, `keyboard-skip-link-${path.split("/")[1]}`);

      await page.keyboard.press("Enter");
      await expect(page.evaluate(() => document.activeElement?.tagName)).resolves.toBe("MAIN");
      // The next Tab continues inside the main content, past the header and navigation.
      await page.keyboard.press("Tab");
      await expect(
        page.evaluate(() => document.activeElement?.closest("main") !== null),
      ).resolves.toBe(true);
    });
  }

  it("the portal's region choice works without a mouse", async () => {
    const leiden = seededCatalogue("leiden-2023");
    const page = await openPage(browser);
    await page.goto("/portal/bouwblokken");
    await checkPage(page, "keyboard-portal-blocks");
    await page.getByLabel("Regio").focus();
    await page.getByLabel("Regio").selectOption({ label: leiden.region });
    await page.keyboard.press("Tab");
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe(
      "Toon bouwblokken",
    );
    await page.keyboard.press("Enter");
    await page.waitForURL((url) => url.searchParams.get("versie") === "leiden-2023");
    await checkPage(page, "keyboard-portal-blocks-leiden");
  });
});
