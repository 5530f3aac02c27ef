// The public rekenhulp: the obligation from the API, blocks stacked in the browser with the same
// domain rules (checked against the API's valuePreview to the cent), everything in the address,
// keyboard-only use, a phone, and a clean printout.
import type { Browser, Locator } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  browserAvailable,
  checkPage,
  launchBrowser,
  openPage,
  PHONE,
  pageOverflowsHorizontally,
  saveScreenshot,
  type TestPage,
} from "../support/browser.js";
import { graphqlAs } from "../support/session.js";

const START = "/portal/rekenhulp";

async function calculateObligation(
  page: TestPage,
  input: { municipality: string; kind: string; value: string; date: string; labourShare?: string },
) {
  await page.getByLabel("Gemeente").selectOption({ label: input.municipality });
  await page.getByLabel("Soort opdracht").selectOption({ label: input.kind });
  await page.getByLabel("Opdrachtwaarde excl. btw").fill(input.value);
  if (input.labourShare !== undefined) {
    await page.getByLabel("Arbeidsaandeel (%)").fill(input.labourShare);
  }
  await page.getByLabel("Peildatum").fill(input.date);
  await page.getByRole("button", { name: "Bereken de verplichting" }).click();
}

async function addLine(page: TestPage, blockName: string): Promise<Locator> {
  const before = await page.locator("fieldset.sroi-line").count();
  await page.getByLabel("Bouwblok voor een nieuwe regel").selectOption({ label: blockName });
  await page.getByRole("button", { name: "Voeg regel toe" }).click();
  const line = page.getByRole("group", { name: new RegExp(`^Regel ${before + 1}: `) });
  await line.waitFor();
  return line;
}

function lineTotal(line: Locator): Promise<string | null> {
  return line.locator(".sroi-line-total").getAttribute("data-amount");
}

function summaryValue(page: TestPage, part: "total" | "gap"): Promise<string | null> {
  return page.locator(`[data-summary=${part}]`).getAttribute("data-amount");
}

interface PreviewInput {
  blockCode: string;
  startDate?: string;
  endDate?: string;
  hoursPerWeek?: string;
  hours?: string;
  amountExclVat?: string;
  bonusCodes?: string[];
}

/** The catalogue in force that the rekenhulp values with: its key is in the link to its blocks. */
async function catalogueShown(page: TestPage): Promise<string> {
  const link = page.getByRole("link", { name: "Bekijk alle bouwblokken en voorwaarden" });
  const key = new URL((await link.getAttribute("href")) ?? "", "http://x").searchParams.get(
    "versie",
  );
  if (!key) throw new Error("The rekenhulp names no catalogue");
  return key;
}

/** The API's value of one realisation, the way the API computes it. */
async function apiValue(
  page: TestPage,
  catalogueKey: string,
  input: PreviewInput,
): Promise<string> {
  const data = await graphqlAs<{
    valuePreview: { __typename: string; total?: string; message?: string };
  }>(
    page,
    `query($input: ValuePreviewInput!) { valuePreview(input: $input) { __typename ... on ValuePreview { total } ... on InputError { message } } }`,
    { input: { catalogueKey, ...input } },
  );
  if (data.valuePreview.__typename !== "ValuePreview") {
    throw new Error(`valuePreview refused ${JSON.stringify(input)}: ${data.valuePreview.message}`);
  }
  return data.valuePreview.total ?? "";
}

// Exact arithmetic on the API's money strings ("40109.59"): whole cents, never floats.
const cents = (amount: string) => BigInt(amount.replace(".", ""));
const money = (total: bigint) => `${total / 100n}.${(total % 100n).toString().padStart(2, "0")}`;

describe.skipIf(!browserAvailable)("contractor portal: rekenhulp", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("computes the obligation, stacks blocks, and restores it all from the address", async () => {
    const page = await openPage(browser);
    await page.goto("/portal/");
    await page
      .getByRole("navigation", { name: "Hoofdmenu" })
      .getByRole("link", { name: "Rekenhulp" })
      .click();
    await page.waitForURL(`**${START}`);
    await checkPage(page, "rekenhulp-empty");
    await expect(page.title()).resolves.toBe("Rekenhulp – Portaal – Social Return");

    await calculateObligation(page, {
      municipality: "Amersfoort",
      kind: "Werken",
      value: "1.000.000",
      date: "2026-01-15",
    });
    await page.getByRole("heading", { name: "2. De verplichting" }).waitFor();
    // The result takes focus, so it is what a screen reader reads next.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.id))
      .toBe("stap-verplichting");
    await checkPage(page, "rekenhulp-obligation");
    const url = new URL(page.url());
    expect(url.searchParams.get("gemeente")).toBe("GM0307");
    expect(url.searchParams.get("soort")).toBe("werken");
    await expect(page.locator("[data-obligation]").textContent()).resolves.toBe("€ 50.000,00");
    await expect(
      page.getByRole("table", { name: "Berekening van de SR-verplichting" }).textContent(),
    ).resolves.toContain("5 % van de opdrachtwaarde € 1.000.000,00 excl. btw");
    // The policy and the catalogue in force are concepts; both say so.
    const main = page.locator("main");
    await expect(main.textContent()).resolves.toContain("Concept — te bevestigen door de gemeente");
    await expect(main.textContent()).resolves.toContain(
      "Het WSP regio Amersfoort moet de waarden nog bevestigen.",
    );

    const line = await addLine(page, "Participatiewet");
    // Focus moves into the new line, to its first field.
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toMatch(/-people$/);
    await line.getByLabel("Aantal personen").fill("2");
    await line.getByLabel("Uren per week").fill("36");
    await line.getByLabel("Begindatum").fill("2024-01-01");
    await line.getByLabel("Einddatum").fill("2024-12-31");
    await expect.poll(() => lineTotal(line)).toBe("80219.18");
    await expect(line.textContent()).resolves.toContain(
      "Dezelfde inzet voor nog 1 persoon: 1 × € 40.109,59",
    );
    await expect(summaryValue(page, "total")).resolves.toBe("80219.18");
    await expect(page.locator("[data-summary=total]").textContent()).resolves.toBe("€ 80.219,18");
    await expect(page.locator("[data-summary=coverage]").textContent()).resolves.toBe("160,44 %");
    await expect(summaryValue(page, "gap")).resolves.toBe("0.00");
    await expect(page.locator("[data-summary=gap]").textContent()).resolves.toBe("€ 0,00");
    // The new total is announced politely once typing stops.
    const live = page.locator("[aria-live=polite]");
    await expect
      .poll(() => live.textContent())
      .toBe(
        "Totaal van de bouwblokken € 80.219,18, 160,44 % van de verplichting. Nog in te vullen: € 0,00.",
      );
    await checkPage(page, "rekenhulp-one-line");

    // A line short of the obligation leaves a gap, to the cent.
    await line.getByLabel("Aantal personen").fill("1");
    await line.getByLabel("Uren per week").fill("24");
    await expect.poll(() => lineTotal(line)).toBe("26739.73");
    await expect(page.locator("[data-summary=coverage]").textContent()).resolves.toBe("53,48 %");
    await expect(summaryValue(page, "gap")).resolves.toBe("23260.27");
    await line.getByLabel("Aantal personen").fill("2");
    await line.getByLabel("Uren per week").fill("36");
    await expect.poll(() => lineTotal(line)).toBe("80219.18");

    await expect
      .poll(() => new URL(page.url()).searchParams.getAll("regel"))
      .toEqual(["PW~n2~w36~s2024-01-01~e2024-12-31"]);
    // Readable when shared: the separators are not escaped.
    expect(page.url()).toContain("regel=PW~n2~w36~s2024-01-01~e2024-12-31");

    await page.reload();
    const restored = page.getByRole("group", { name: /^Regel 1: Participatiewet/ });
    await restored.waitFor();
    await checkPage(page, "rekenhulp-reloaded");
    await expect(page.getByLabel("Gemeente").inputValue()).resolves.toBe("GM0307");
    await expect(page.getByLabel("Opdrachtwaarde excl. btw").inputValue()).resolves.toBe(
      "1.000.000",
    );
    await expect(restored.getByLabel("Aantal personen").inputValue()).resolves.toBe("2");
    await expect(restored.getByLabel("Einddatum").inputValue()).resolves.toBe("2024-12-31");
    await expect(lineTotal(restored)).resolves.toBe("80219.18");
    await expect(summaryValue(page, "total")).resolves.toBe("80219.18");
    await expect(page.locator("[data-summary=coverage]").textContent()).resolves.toBe("160,44 %");

    // The link to share is the address itself.
    await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
    await page.getByRole("button", { name: "Kopieer link" }).click();
    await page.getByText("De link is gekopieerd.", { exact: false }).waitFor();
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(page.url());
  });

  it("values varied lines exactly as the API does, to the cent", async () => {
    const page = await openPage(browser);
    await page.goto(`${START}?gemeente=GM0342&soort=diensten&waarde=2400000&datum=2025-06-01`);
    await page.getByRole("heading", { name: "2. De verplichting" }).waitFor();
    await expect(page.locator("[data-obligation]").textContent()).resolves.toBe("€ 120.000,00");

    interface Case {
      block: string;
      people: number;
      fill: (line: Locator) => Promise<void>;
      api: PreviewInput;
    }
    const cases: Case[] = [
      {
        block: "Participatiewet",
        people: 2,
        fill: async (line) => {
          await line.getByLabel("Aantal personen").fill("2");
          await line.getByLabel("Uren per week").fill("36");
          await line.getByLabel("Begindatum").fill("2024-01-01");
          await line.getByLabel("Einddatum").fill("2024-12-31");
        },
        api: {
          blockCode: "PW",
          hoursPerWeek: "36",
          startDate: "2024-01-01",
          endDate: "2024-12-31",
        },
      },
      {
        // More hours than a full-time week count as full time; two bonuses pro rata.
        block: "Doelgroep banenafspraak",
        people: 1,
        fill: async (line) => {
          await line.getByLabel("Uren per week").fill("40");
          await line.getByLabel("Begindatum").fill("2025-03-01");
          await line.getByLabel("Einddatum").fill("2025-08-31");
          await line.getByLabel(/^Werkzoekende ouder dan 50 jaar/).check();
          await line.getByLabel(/^Aanbieden vast dienstverband/).check();
        },
        api: {
          blockCode: "BA",
          hoursPerWeek: "40",
          startDate: "2025-03-01",
          endDate: "2025-08-31",
          bonusCodes: ["50PLUS", "VAST"],
        },
      },
      {
        // Hours typed the Dutch way, with a decimal comma; three people over two school years.
        block: "Mbo bbl niveau 2, 3 en 4",
        people: 3,
        fill: async (line) => {
          await line.getByLabel("Aantal personen").fill("3");
          await line.getByLabel("Uren per week").fill("24,5");
          await line.getByLabel("Begindatum").fill("2024-09-01");
          await line.getByLabel("Einddatum").fill("2026-06-30");
        },
        api: {
          blockCode: "BBL",
          hoursPerWeek: "24.5",
          startDate: "2024-09-01",
          endDate: "2026-06-30",
        },
      },
      {
        block: "Inkopen bij sociaal ondernemers en/of sociale werkvoorziening",
        people: 1,
        fill: (line) => line.getByLabel("Bedrag excl. btw").fill("12.345,67"),
        api: { blockCode: "INKOOP", amountExclVat: "12345.67" },
      },
      {
        block: "Hulp, steun of kennis bieden aan een sociaal initiatief",
        people: 1,
        fill: (line) => line.getByLabel("Aantal uren").fill("37,5"),
        api: { blockCode: "INITIATIEF", hours: "37.5" },
      },
      {
        // A month in part-time, with a bonus: pro rata by days and hours.
        block: "WW",
        people: 1,
        fill: async (line) => {
          await line.getByLabel("Uren per week").fill("20");
          await line.getByLabel("Begindatum").fill("2025-01-15");
          await line.getByLabel("Einddatum").fill("2025-02-14");
          await line.getByLabel(/^Statushouder of persoon met taalachterstand/).check();
        },
        api: {
          blockCode: "WW",
          hoursPerWeek: "20",
          startDate: "2025-01-15",
          endDate: "2025-02-14",
          bonusCodes: ["STATUSHOUDER"],
        },
      },
    ];

    const catalogueKey = await catalogueShown(page);
    expect(catalogueKey).toBe("regio-amersfoort-concept");
    const totals: string[] = [];
    for (const testCase of cases) {
      const line = await addLine(page, testCase.block);
      await testCase.fill(line);
      const expected = money(
        cents(await apiValue(page, catalogueKey, testCase.api)) * BigInt(testCase.people),
      );
      await expect.poll(() => lineTotal(line), { message: testCase.block }).toBe(expected);
      totals.push(expected);
    }
    await checkPage(page, "rekenhulp-varied-lines");
    const sum = totals.reduce((total, amount) => total + cents(amount), 0n);
    await expect(summaryValue(page, "total")).resolves.toBe(money(sum));

    // A value that is not a number: a Dutch message at the field, and the line stops counting.
    const broken = page.getByRole("group", { name: /^Regel 2: / });
    await broken.getByLabel("Uren per week").fill("veertig");
    await broken
      .getByText("Het aantal uren per week is geen getal; schrijf het bijvoorbeeld als 24 of 12,5.")
      .waitFor();
    await expect(broken.getByLabel("Uren per week").getAttribute("aria-invalid")).resolves.toBe(
      "true",
    );
    await expect(page.locator("main").textContent()).resolves.toContain(
      "Eén regel is nog niet volledig en telt niet mee.",
    );
    await checkPage(page, "rekenhulp-line-error");

    // Removing a line says which one in its name, and moves focus to the list's heading.
    await page.getByRole("button", { name: "Verwijder regel 2: Doelgroep banenafspraak" }).click();
    await expect(page.locator("fieldset.sroi-line").count()).resolves.toBe(cases.length - 1);
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe("stap-bouwblokken");
    await expect
      .poll(() => new URL(page.url()).searchParams.getAll("regel").length)
      .toBe(cases.length - 1);
  });

  it("asks for the labour share of supplies, and checks what was typed", async () => {
    const page = await openPage(browser);
    await page.goto(START);
    await expect(page.getByLabel("Arbeidsaandeel (%)").count()).resolves.toBe(0);
    await calculateObligation(page, {
      municipality: "Haarlem",
      kind: "Leveringen",
      value: "500000",
      labourShare: "20",
      date: "2026-02-01",
    });
    await page.getByRole("heading", { name: "2. De verplichting" }).waitFor();
    expect(new URL(page.url()).searchParams.get("arbeid")).toBe("20");
    await expect(page.locator("[data-obligation]").textContent()).resolves.toBe(
      "Geen social return-verplichting",
    );
    await checkPage(page, "rekenhulp-supplies");

    await page.getByLabel("Opdrachtwaarde excl. btw").fill("vijf ton");
    await page.getByRole("button", { name: "Bereken de verplichting" }).click();
    await page
      .getByText("Schrijf de opdrachtwaarde in euro's, bijvoorbeeld 1.250.000 of 1250000,00.")
      .first()
      .waitFor();
    await expect(page.getByRole("heading", { name: "2. De verplichting" }).count()).resolves.toBe(
      0,
    );
    await checkPage(page, "rekenhulp-invalid-value");

    // What only the API knows: the policy in force on the date
    await page.goto(`${START}?gemeente=GM0307&soort=werken&waarde=1000000&datum=2010-01-01`);
    await page.getByRole("alert").filter({ hasText: "nog geen social return-beleid" }).waitFor();
    await checkPage(page, "rekenhulp-no-policy");
  });

  it("works with the keyboard alone", async () => {
    const page = await openPage(browser);
    await page.goto(`${START}?gemeente=GM0307&soort=werken&waarde=1000000&datum=2026-01-15`);
    await page.getByRole("heading", { name: "2. De verplichting" }).waitFor();
    await checkPage(page, "keyboard-rekenhulp");
    await page.getByLabel("Bouwblok voor een nieuwe regel").focus();
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Tab");
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe(
      "Voeg regel toe",
    );
    await page.keyboard.press("Enter");
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toMatch(/-people$/);
    await page.keyboard.press("Control+A");
    await page.keyboard.type("3");
    const line = page.getByRole("group", { name: /^Regel 1: / });
    // One person a year full time from the reference date: the defaults of a new line
    await expect.poll(() => lineTotal(line)).not.toBeNull();
    await checkPage(page, "keyboard-rekenhulp-line");
    const removeName = await line.getByRole("button", { name: /^Verwijder regel 1/ }).textContent();
    await line.getByRole("button", { name: /^Verwijder regel 1/ }).focus();
    await page.keyboard.press("Enter");
    await expect(page.locator("fieldset.sroi-line").count()).resolves.toBe(0);
    expect(removeName).toMatch(/^Verwijder regel 1: /);
  });

  it("fits a phone, and prints the calculation without the controls", async () => {
    const query =
      "?gemeente=GM0307&soort=werken&waarde=1000000&datum=2026-01-15&regel=PW~n2~w36~s2024-01-01~e2024-12-31~t50PLUS&regel=INKOOP~b25000";
    const phone = await openPage(browser, PHONE);
    await phone.goto(`${START}${query}`);
    await phone.getByRole("group", { name: /^Regel 2: / }).waitFor();
    await checkPage(phone, "phone-rekenhulp");
    await expect(pageOverflowsHorizontally(phone)).resolves.toBe(false);

    const page = await openPage(browser);
    await page.goto(`${START}${query}`);
    await page.getByRole("group", { name: /^Regel 2: / }).waitFor();
    await page.emulateMedia({ media: "print" });
    await checkPage(page, "rekenhulp-print");
    await saveScreenshot(page, "rekenhulp-print-first-page");
    for (const hidden of [
      page.getByRole("navigation", { name: "Hoofdmenu" }),
      page.getByRole("button", { name: "Voeg regel toe" }),
      page.getByRole("button", { name: "Bereken de verplichting" }),
      page.getByRole("button", { name: "Kopieer link" }),
      page.getByLabel("Gemeente"),
      page.locator("fieldset.sroi-line input").first(),
    ]) {
      await expect(hidden.isVisible()).resolves.toBe(false);
    }
    await expect(page.locator("[data-summary=total]").isVisible()).resolves.toBe(true);
    await expect(page.locator(".sroi-line-total").first().isVisible()).resolves.toBe(true);
    await expect(
      page.getByText(/^Ingevuld: 2 personen, 36 uur per week/).isVisible(),
    ).resolves.toBe(true);
  });
});
