// Steps the journeys around a contract share: a logged-in page per person, mutations that must
// succeed, contracts registered through the API, the plan editor's lines, the realisation pages,
// and reading data lists and tables as plain text.
import type { Browser, Locator } from "playwright-core";
import { openPage, type PHONE, type TestPage } from "./browser.js";
import { graphqlAs, loginViaApi } from "./session.js";

export const COORDINATOR = "coordinator@amersfoort.demo";
export const CONSULTANT = "consultant@wsp-amersfoort.demo";
// Groenbeheer Spaarne. Contracts registered for Bouwbedrijf Eemland would change the list that
// portal-contracts.test.ts reads in the same server run; either works with the Amersfoort WSP.
export const SPAARNE_ADMIN = "admin@groen-spaarne.demo";
export const SPAARNE_KVK = "90000002";
export const EEMLAND_ADMIN = "admin@bouwbedrijf-eemland.demo";
export const EEMLAND_KVK = "90000001";

export type Union = { __typename: string; message?: string };
export type WithId = Union & { id: string; version: number };

/** A new browser context (its own cookies) logged in as this person. */
export async function asSomeone(
  browser: Browser,
  email: string,
  viewport?: typeof PHONE,
): Promise<TestPage> {
  const page = await openPage(browser, viewport);
  await loginViaApi(page, email);
  return page;
}

/** A mutation whose result union must be the success type; returns it. */
export async function mutate<T extends Union>(
  page: TestPage,
  field: string,
  query: string,
  variables: Record<string, unknown>,
): Promise<T> {
  const data = await graphqlAs<Record<string, T>>(page, query, variables);
  const result = data[field];
  if (!result || result.message !== undefined) {
    throw new Error(`${field} failed: ${JSON.stringify(result)}`);
  }
  return result;
}

export interface ContractInput {
  reference: string;
  title: string;
  kind: "WORKS" | "SERVICES" | "SUPPLIES";
  valueExclVat: string;
  awardDate: string;
  startDate: string;
  endDate: string;
}

/** Registers a contract in Amersfoort (GM0307) as the coordinator; returns its id and version. */
export async function registerContract(
  coordinator: TestPage,
  contract: ContractInput,
  kvkNumber: string,
): Promise<WithId> {
  return mutate<WithId>(
    coordinator,
    "registerContract",
    `mutation ($contract: ContractInput!, $kvk: String!) {
      registerContract(municipalityCode: "GM0307", contract: $contract, contractor: { kvkNumber: $kvk }) {
        __typename ... on Contract { id version } ... on Error { message } } }`,
    { contract, kvk: kvkNumber },
  );
}

/**
 * Works of € 5.200.000,00 for Groenbeheer Spaarne under the Amersfoort concept catalogue (a copy of
 * Utrecht's), running through 2026 and 2027; registered only, before the intake. Returns its id.
 */
export async function registerSpaarneWorks(
  coordinator: TestPage,
  reference: string,
  title: string,
): Promise<string> {
  const contract = await registerContract(
    coordinator,
    {
      reference,
      title,
      kind: "WORKS",
      valueExclVat: "5200000.00",
      awardDate: "2025-12-01",
      startDate: "2026-01-01",
      endDate: "2027-12-31",
    },
    SPAARNE_KVK,
  );
  return contract.id;
}

/** The WSP confirms the intake: the contract moves to Plan van aanpak. */
export async function confirmIntake(page: TestPage, contract: WithId): Promise<void> {
  await mutate(
    page,
    "confirmIntake",
    `mutation ($id: ID!, $v: Int!) { confirmIntake(contractId: $id, version: $v) {
      __typename ... on Contract { id status } ... on Error { message } } }`,
    { id: contract.id, v: contract.version },
  );
}

/** A line of the plan editor by its number. */
export function planLine(page: TestPage, number: number): Locator {
  return page.getByRole("group", { name: new RegExp(`^Regel ${number}: `) });
}

/** Adds a line for this building block to the plan editor; returns the new line. */
export async function addPlanLine(page: TestPage, blockName: string): Promise<Locator> {
  const before = await page.locator("fieldset.sroi-line").count();
  await page.getByLabel("Bouwblok voor een nieuwe regel").selectOption({ label: blockName });
  await page.getByRole("button", { name: "Voeg regel toe" }).click();
  const added = planLine(page, before + 1);
  await added.waitFor();
  return added;
}

/** The plan editor's live total or gap, as the amount in its data attribute. */
export const planSummary = (page: TestPage, part: "total" | "gap") =>
  page.locator(`[data-summary=${part}]`).getAttribute("data-amount");

/** The realisation's own page, not the form at …/nieuw or the import. */
export const isRealisationPage = (url: URL) =>
  /\/verantwoording\/[^/]+$/.test(url.pathname) && !/\/(nieuw|importeren)$/.test(url.pathname);

/** The evidence files attached in the realisation form. */
export const attached = (page: TestPage) =>
  page.getByRole("list", { name: "Toegevoegd bewijs" }).getByRole("listitem");

/** Label → value of the data list items in a part of the page. */
export function dataList(scope: Locator): Promise<Record<string, string>> {
  return scope
    .locator(".utrecht-data-list__item")
    .evaluateAll((items) =>
      Object.fromEntries(
        items.map((item) => [
          item.querySelector("dt")?.textContent?.trim() ?? "",
          item.querySelector("dd")?.textContent?.trim() ?? "",
        ]),
      ),
    );
}

/** The body rows of a table, each as its cells' texts, white space collapsed. */
export function rows(table: Locator): Promise<string[][]> {
  return table
    .locator("tbody tr")
    .evaluateAll((trs) =>
      trs.map((tr) =>
        Array.from(tr.querySelectorAll("th, td"), (cell) =>
          (cell.textContent ?? "").replace(/\s+/g, " ").trim(),
        ),
      ),
    );
}

/** A PDF as far as the server looks: it checks the first bytes, not the name. */
export const pdf = (text: string) => Buffer.from(`%PDF-1.4\n% ${text}\n%%EOF\n`);

/** A real 1 × 1 PNG image */
export const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==",
  "base64",
);
