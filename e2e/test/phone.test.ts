// A phone-sized screen: every page fits its width. Wide tables scroll inside their own box.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  browserAvailable,
  checkPage,
  launchBrowser,
  openPage,
  PHONE,
  pageOverflowsHorizontally,
} from "../support/browser.js";
import { loginViaApi } from "../support/session.js";

const PAGES = [
  { path: "/admin/inloggen", name: "admin-login" },
  { path: "/portal/inloggen", name: "portal-login" },
  { path: "/admin/catalogi", name: "admin-catalogues" },
  { path: "/admin/catalogi/haaglanden-2023", name: "admin-catalogue-haaglanden" },
  { path: "/portal/", name: "portal-home" },
  { path: "/portal/bouwblokken?regio=haaglanden&versie=haaglanden-2023", name: "portal-blocks" },
];

describe.skipIf(!browserAvailable)("on a phone", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  for (const { path, name } of PAGES) {
    it(`${path} fits 375 px without sideways scrolling`, async () => {
      const page = await openPage(browser, PHONE);
      // Beheer needs a login everywhere but on its login page
      if (path.startsWith("/admin/") && path !== "/admin/inloggen") {
        await loginViaApi(page, "coordinator@amersfoort.demo");
      }
      await page.goto(path);
      await checkPage(page, `phone-${name}`);
      await expect(pageOverflowsHorizontally(page)).resolves.toBe(false);
    });
  }

  it("the blocks page still fits at 320 px, and its tables can be scrolled by keyboard", async () => {
    const page = await openPage(browser, { width: 320, height: 640 });
    await page.goto(PAGES.find((entry) => entry.name === "portal-blocks")?.path ?? "");
    await checkPage(page, "phone-320-portal-blocks");
    await expect(pageOverflowsHorizontally(page)).resolves.toBe(false);
    const scrollBox = page.getByRole("region", { name: "Bouwblokken" });
    await expect(scrollBox.getAttribute("tabindex")).resolves.toBe("0");
  });
});
