// A person counted once (docs/decisions/0025-count-once.md): one person at 36 hours a week for the
// same four months, accepted on a Groenbeheer Spaarne contract, is reported again by Bouwbedrijf
// Eemland on its own contract in the region. The reviewer sees the flag with the other entry on
// the review page and in the list, and the acceptance is refused; the contractor is warned
// without learning whose contract the other entry is on.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { browserAvailable, checkPage, launchBrowser, type TestPage } from "../support/browser.js";
import {
  asSomeone,
  CONSULTANT,
  COORDINATOR,
  EEMLAND_ADMIN,
  EEMLAND_KVK,
  mutate,
  registerContract,
  registerSpaarneWorks,
  SPAARNE_ADMIN,
  type WithId,
} from "../support/contracts.js";

const SUBMIT = `mutation ($contractId: ID!, $input: RealisationInput!) {
  submitRealisation(contractId: $contractId, input: $input) {
    __typename ... on Realisation { id version } ... on Error { message } } }`;
const ACCEPT = `mutation ($id: ID!, $v: Int!) { reviewRealisation(id: $id, version: $v, accept: true) {
  __typename ... on Realisation { id version } ... on Error { message } } }`;

const PERSON = {
  blockCode: "PW",
  hoursPerWeek: "36",
  startDate: "2026-01-01",
  endDate: "2026-04-30",
  personBirthDate: "1990-05-17",
};

describe.skipIf(!browserAvailable)("a person counted once", () => {
  let browser: Browser;
  let consultant: TestPage;
  let eemland: TestPage;
  let eemlandContractId: string;
  let duplicateId: string;

  beforeAll(async () => {
    browser = await launchBrowser();
    const coordinator = await asSomeone(browser, COORDINATOR);
    consultant = await asSomeone(browser, CONSULTANT);
    const spaarne = await asSomeone(browser, SPAARNE_ADMIN);
    eemland = await asSomeone(browser, EEMLAND_ADMIN);
    const spaarneContractId = await registerSpaarneWorks(
      coordinator,
      "AMF-E2E-EENMAAL",
      "Groenonderhoud wijken",
    );
    const eemlandContract = await registerContract(
      coordinator,
      {
        reference: "AMF-E2E-NOGMAALS",
        title: "Renovatie buurthuis",
        kind: "WORKS",
        valueExclVat: "2400000.00",
        awardDate: "2025-12-01",
        startDate: "2026-01-01",
        endDate: "2027-12-31",
      },
      EEMLAND_KVK,
    );
    eemlandContractId = eemlandContract.id;
    const first = await mutate<WithId>(spaarne, "submitRealisation", SUBMIT, {
      contractId: spaarneContractId,
      input: { ...PERSON, personRef: "GS-11", personName: "Fatima el Amrani" },
    });
    await mutate(consultant, "reviewRealisation", ACCEPT, { id: first.id, v: first.version });
    const again = await mutate<WithId>(eemland, "submitRealisation", SUBMIT, {
      contractId: eemlandContractId,
      input: { ...PERSON, personRef: "EEM-40", personName: "F. el Amrani" },
    });
    duplicateId = again.id;
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("shows the reviewer the other entry and refuses to accept the same days twice", async () => {
    const page = consultant;
    await page.goto(`/admin/opdrachten/${eemlandContractId}/verantwoording/${duplicateId}`);
    const flag = page.getByRole("heading", { name: "Mogelijk dubbel geteld" }).locator("..");
    await flag.waitFor();
    await expect(flag.textContent()).resolves.toContain(
      "Dezelfde persoon (zelfde geboortedatum, voorletter en achternaam) staat van 1 januari 2026 t/m 30 april 2026 ook in opdracht AMF-E2E-EENMAAL (geaccepteerd); 120 dagen overlappen.",
    );
    // the WSP serves both contracts: a link to the other one
    await expect(
      flag.getByRole("link", { name: "Naar opdracht AMF-E2E-EENMAAL" }).count(),
    ).resolves.toBe(1);
    await expect(page.getByText("17 mei 1990").count()).resolves.toBe(1);
    await checkPage(page, "admin-realisation-double-count");

    await page.getByRole("button", { name: "Accepteren" }).click();
    const refused = page.getByRole("alert").filter({ hasText: "Niet opgeslagen" });
    await refused.waitFor();
    await expect(refused.textContent()).resolves.toContain(
      "Deze verantwoording kan niet worden geaccepteerd: Dezelfde persoon",
    );
    await checkPage(page, "admin-realisation-double-count-refused");

    // In the list on the contract page the entry is marked
    await page.goto(`/admin/opdrachten/${eemlandContractId}`);
    const list = page.getByRole("table", { name: /Verantwoordingen van de opdrachtnemer/ });
    await list.waitFor();
    await expect(list.textContent()).resolves.toContain("Mogelijk dubbel geteld");
  });

  it("warns the contractor without naming the other contractor's contract", async () => {
    const page = eemland;
    await page.goto(`/portal/opdrachten/${eemlandContractId}/verantwoording/${duplicateId}`);
    const flag = page.getByRole("heading", { name: "Mogelijk dubbel geteld" }).locator("..");
    await flag.waitFor();
    const text = await flag.textContent();
    expect(text).toContain("ook in een andere opdracht in de regio (geaccepteerd)");
    expect(text).not.toContain("AMF-E2E-EENMAAL");
    await expect(flag.getByRole("link").count()).resolves.toBe(0);
    // the date of birth is for the WSP only
    await expect(page.getByText("17 mei 1990").count()).resolves.toBe(0);
    await checkPage(page, "portal-realisation-double-count");
  });
});
