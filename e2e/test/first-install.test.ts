// The first day of a real install (issue 12, "Tests"): a fresh PostgreSQL without demo data, the
// built server in production mode and `admin create` as its own process. The platform admin sets
// a password from the printed link, checks that Haarlem is carried out by its own team, gives a
// new gemeente its own team, and invites Haarlem's coordinator; the coordinator sets a password
// from the mail, registers a contract, the contractor accepts its invitation and asks for an
// intake, which reaches the team's shared mailbox; plan, a realisation accepted, the contractor
// mailed. No dev mailbox exists without DEMO: the mails are read from the outbox table.
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { type Database, openDatabase } from "@sroi/db";
import { announceSkip, createTestDatabase, freePort, startTestPostgres } from "@sroi/db/testing";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  browserAvailable,
  checkPage,
  launchBrowser,
  openPage,
  type TestPage,
} from "../support/browser.js";
import { addPlanLine, planSummary } from "../support/contracts.js";
import { loginViaApi } from "../support/session.js";

const REPO_ROOT = fileURLToPath(new URL("../../", import.meta.url));
const ADMIN = "beheer@haarlem.example";
const COORDINATOR = "coordinator@haarlem.example";
const CONTRACTOR = "directie@groenbedrijf-kennemerland.example";
const PASSWORD = "Eerste-dag-2026!";
const TEAM = "Team Social Return gemeente Haarlem";

function waitForServer(server: ChildProcess): Promise<void> {
  return new Promise((resolve, reject) => {
    let output = "";
    const timer = setTimeout(() => reject(new Error(`No start within 90 s:\n${output}`)), 90_000);
    const collect = (chunk: Buffer) => {
      output += chunk.toString();
      if (/GraphQL API:\s+http/.test(output)) {
        clearTimeout(timer);
        resolve();
      }
    };
    server.stdout?.on("data", collect);
    server.stderr?.on("data", collect);
    server.once("exit", (code) => reject(new Error(`Server exited (${code}):\n${output}`)));
  });
}

describe.skipIf(!browserAvailable)("a first install on PostgreSQL, without demo data", () => {
  let stopPostgres: (() => Promise<void>) | null = null;
  let dropDatabase: (() => Promise<void>) | null = null;
  let server: ChildProcess | null = null;
  let dataDir = "";
  let database: Database | null = null;
  let browser: Browser;
  let baseUrl = "";
  let env: NodeJS.ProcessEnv = {};
  let available = true;

  beforeAll(async () => {
    const postgres = await startTestPostgres();
    if ("unavailable" in postgres) {
      announceSkip("the first-install journey", postgres.unavailable);
      available = false;
      return;
    }
    stopPostgres = () => postgres.stop();
    const db = await createTestDatabase(postgres.url);
    dropDatabase = () => db.drop();
    const port = await freePort();
    baseUrl = `http://localhost:${port}`;
    dataDir = await mkdtemp(join(tmpdir(), "sroi-first-install-"));
    env = {
      ...process.env,
      NODE_ENV: "production",
      DATABASE_URL: db.url,
      PORT: String(port),
      PUBLIC_URL: baseUrl,
      DATA_DIR: dataDir,
      DEMO: "false",
      SMTP_URL: "",
      // production refuses to start without it (docs/operations.md); any 32+ characters here
      PERSON_MATCH_KEY: "e2e-first-install-person-match-key-0123456789",
    };
    server = spawn(process.execPath, ["apps/api/dist/main.js"], {
      cwd: REPO_ROOT,
      env,
      stdio: ["ignore", "pipe", "pipe"],
    });
    await waitForServer(server);
    database = await openDatabase({ databaseUrl: db.url });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await database?.prisma.$disconnect();
    if (server && server.exitCode === null) {
      const exited = new Promise((resolve) => server?.once("exit", resolve));
      server.kill("SIGTERM");
      await exited;
    }
    await dropDatabase?.();
    await stopPostgres?.();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  /** The link in the newest mail to `to` whose subject matches. */
  async function mailedLink(to: string, subject: RegExp): Promise<string> {
    const mails = await (database as Database).prisma.outboxMessage.findMany({
      where: { to },
      orderBy: { createdAt: "desc" },
    });
    const mail = mails.find((m) => subject.test(m.subject));
    const link = mail ? /https?:\/\/\S+/.exec(mail.text)?.[0] : undefined;
    if (!link) throw new Error(`No mail "${subject}" to ${to}: ${JSON.stringify(mails)}`);
    return link;
  }

  async function mailsTo(to: string) {
    return (database as Database).prisma.outboxMessage.findMany({
      where: { to },
      orderBy: { createdAt: "asc" },
      select: { subject: true, text: true },
    });
  }

  async function choosePassword(
    page: TestPage,
    link: string,
    app: "admin" | "portal",
    name: string,
  ) {
    expect(new URL(link).pathname).toBe(`/${app}/wachtwoord`);
    await page.goto(link);
    await checkPage(page, `first-install-${name}-password`);
    await page.getByLabel("Nieuw wachtwoord", { exact: true }).fill(PASSWORD);
    await page.getByLabel("Herhaal het nieuwe wachtwoord").fill(PASSWORD);
    await page.getByRole("button", { name: "Wachtwoord opslaan" }).click();
    await page.waitForURL((url) => !url.pathname.endsWith("/wachtwoord"));
  }

  // One long journey through three people's sessions: longer than the suite's 60 s default.
  it("from `admin create` to a realisation accepted, every step in the apps", {
    timeout: 300_000,
  }, async () => {
    if (!available) return;
    // The command, as its own process with the server's environment.
    const cli = spawnSync(
      process.execPath,
      ["apps/api/dist/cli/admin.js", "create", "--email", ADMIN, "--name", "Bea Beheer"],
      { cwd: REPO_ROOT, env, encoding: "utf8" },
    );
    expect(cli.status, cli.stderr).toBe(0);
    const adminLink = /https?:\/\/\S+\/admin\/wachtwoord\?token=[\w-]+/.exec(cli.stdout)?.[0];
    expect(adminLink, cli.stdout).toBeDefined();

    const admin = await openPage(browser, undefined, baseUrl);
    await choosePassword(admin, adminLink as string, "admin", "admin");
    await loginViaApi(admin, ADMIN, PASSWORD);

    // Haarlem arrives with the install, carried out by its own team.
    await admin.goto("/admin/organisaties/regios");
    await checkPage(admin, "first-install-tree");
    const haarlemRow = admin.getByRole("row", { name: /^Haarlem/ });
    await expect(haarlemRow.textContent()).resolves.toContain(TEAM);

    // A gemeente added through the tree has no carrying-out organisation until one is made.
    await admin.getByLabel("Zoek een gemeente op naam of CBS-code").fill("Zandvoort");
    await admin.getByLabel("In regio").selectOption({ label: "Zuid-Kennemerland en IJmond" });
    await admin.getByRole("button", { name: "Gemeente toevoegen" }).click();
    const zandvoortRow = admin.getByRole("row", { name: /^Zandvoort/ });
    await expect
      .poll(() => zandvoortRow.textContent())
      .toContain("Nog geen uitvoerende organisatie");
    await zandvoortRow.getByRole("link", { name: /Kiezen/ }).click();
    await admin.getByRole("heading", { level: 1, name: /Zandvoort/ }).waitFor();
    await admin.getByText("heeft nog geen uitvoerende organisatie", { exact: false }).waitFor();
    await checkPage(admin, "first-install-carrier-none");
    const newOrganisation = admin.getByRole("form", { name: "Nieuwe organisatie" });
    await newOrganisation.getByLabel("Naam").fill("Team Werk gemeente Zandvoort");
    await newOrganisation.getByLabel("Gedeelde mailbox (optioneel)").fill("werk@zandvoort");
    await newOrganisation.getByLabel("Telefoon (optioneel)").fill("023 574");
    await newOrganisation.getByRole("button", { name: "Organisatie aanmaken en kiezen" }).click();
    await admin.getByRole("link", { name: /^Vul een geldig e-mailadres in/ }).waitFor();
    await checkPage(admin, "first-install-carrier-invalid");
    await newOrganisation.getByLabel("Gedeelde mailbox (optioneel)").fill("werk@zandvoort.nl");
    await newOrganisation.getByLabel("Telefoon (optioneel)").fill("023 - 574 01 00");
    await newOrganisation.getByRole("button", { name: "Organisatie aanmaken en kiezen" }).click();
    await admin
      .getByText(
        "Team Werk gemeente Zandvoort voert nu het social return-beleid van gemeente Zandvoort uit.",
      )
      .waitFor();
    await checkPage(admin, "first-install-carrier-created");

    // Haarlem's team: its details, and its first staff member.
    await admin.goto("/admin/organisaties/regios/GM0392/uitvoering");
    const contact = admin.getByRole("form", { name: `Mailbox en telefoon van ${TEAM}` });
    await expect(contact.getByLabel("Gedeelde mailbox (optioneel)").inputValue()).resolves.toBe(
      "socialreturn@haarlem.nl",
    );
    await expect(contact.getByLabel("Telefoon (optioneel)").inputValue()).resolves.toBe(
      "023 - 511 38 67",
    );
    await checkPage(admin, "first-install-carrier-haarlem");
    await admin.getByRole("link", { name: `Medewerkers van ${TEAM} uitnodigen` }).click();
    const invite = admin.getByRole("form", { name: `Collega uitnodigen bij ${TEAM}` });
    await invite.getByLabel("Naam").fill("Hanna Haarlem");
    await invite.getByLabel("E-mailadres").fill(COORDINATOR);
    await invite.getByLabel("Rol").selectOption({ label: "SR-coördinator gemeente" });
    await invite.getByRole("button", { name: "Stuur uitnodiging" }).click();
    await expect.poll(async () => (await mailsTo(COORDINATOR)).length).toBe(1);

    // The coordinator: a password from the mail, then a contract.
    const coordinator = await openPage(browser, undefined, baseUrl);
    await choosePassword(
      coordinator,
      await mailedLink(COORDINATOR, /^Uitnodiging/),
      "admin",
      "coordinator",
    );
    await loginViaApi(coordinator, COORDINATOR, PASSWORD);
    await coordinator.goto("/admin/opdrachten/nieuw");
    await coordinator.getByLabel("Kenmerk").fill("HLM-2026-101");
    await coordinator.getByLabel("Titel").fill("Onderhoud groen Schalkwijk");
    await coordinator.getByLabel("Soort").selectOption({ label: "Diensten" });
    // € 800.000,00 of services, Haarlem's 5 %: € 40.000,00 owed.
    await coordinator.getByLabel("Opdrachtwaarde excl. btw").fill("800.000,00");
    await coordinator.getByLabel("Gunningsdatum").fill("2026-01-05");
    await coordinator.getByLabel("Begindatum (niet verplicht)").fill("2026-02-01");
    await coordinator.getByLabel("Einddatum (niet verplicht)").fill("2027-01-31");
    await coordinator.getByLabel("KvK-nummer").fill("91234567");
    await coordinator.getByLabel("Naam opdrachtnemer").fill("Groenbedrijf Kennemerland");
    await coordinator.getByLabel("Naam contactpersoon").fill("Kees Kennemer");
    await coordinator.getByLabel("E-mailadres contactpersoon").fill(CONTRACTOR);
    await checkPage(coordinator, "first-install-register");
    await coordinator.getByRole("button", { name: "Opdracht registreren" }).click();
    await coordinator
      .getByRole("heading", { level: 1, name: "Onderhoud groen Schalkwijk" })
      .waitFor();
    const contractPath = new URL(coordinator.url()).pathname;
    const contractId = contractPath.split("/").pop() as string;

    // The contractor: its invitation, then the intake request to the team's mailbox.
    const contractor = await openPage(browser, undefined, baseUrl);
    await choosePassword(
      contractor,
      await mailedLink(CONTRACTOR, /^Uitnodiging/),
      "portal",
      "contractor",
    );
    await loginViaApi(contractor, CONTRACTOR, PASSWORD);
    await contractor.goto(`/portal/opdrachten/${contractId}`);
    const intake = contractor.getByRole("form", { name: `Neem contact op met ${TEAM}` });
    await contractor
      .getByLabel(`Uw bericht aan ${TEAM}`)
      .fill("Graag een intake over de inzet van mensen uit de Participatiewet.");
    await intake.getByRole("button", { name: `Neem contact op met ${TEAM}` }).click();
    await contractor.getByRole("heading", { name: "Uw bericht is verstuurd" }).waitFor();
    await checkPage(contractor, "first-install-intake-sent");
    await expect
      .poll(async () => (await mailsTo("socialreturn@haarlem.nl")).map((m) => m.subject))
      .toContain("Intakeverzoek: HLM-2026-101 Onderhoud groen Schalkwijk");

    await coordinator.goto(contractPath);
    await coordinator.getByRole("button", { name: "Intake bevestigen" }).click();
    await coordinator.getByText("De intake is bevestigd.", { exact: false }).waitFor();

    // The plan: one person on social assistance, 36 of 36 hours, 1 February – 31 July 2026 =
    // 181 days: € 40.000,00 × 181/365 = € 19.835,616… → € 19.835,62.
    await contractor.goto(`/portal/opdrachten/${contractId}/plan`);
    const line = await addPlanLine(contractor, "Participatiewet");
    await line.getByLabel("Uren per week").fill("36");
    await line.getByLabel("Begindatum").fill("2026-02-01");
    await line.getByLabel("Einddatum").fill("2026-07-31");
    await expect.poll(() => planSummary(contractor, "total")).toBe("19835.62");
    await contractor.getByRole("button", { name: /^Opslaan en indienen bij/ }).click();
    await contractor.locator("[data-plan-notice=submitted]").waitFor();

    await coordinator.goto(`${contractPath}/plan`);
    await coordinator
      .getByRole("form", { name: "Versie 1 beoordelen" })
      .getByRole("button", { name: "Goedkeuren" })
      .click();
    await coordinator.getByText("Versie 1 is goedgekeurd.", { exact: false }).waitFor();

    // A realisation, accepted; the contractor is mailed.
    await contractor.goto(`/portal/opdrachten/${contractId}/verantwoording/nieuw`);
    await contractor.getByLabel("Wat heeft u gerealiseerd?").selectOption("PW");
    await contractor.getByLabel("Kenmerk van de persoon").fill("GK-2026-01");
    await contractor.getByLabel("Uren per week").fill("36");
    await contractor.getByLabel("Begindatum").fill("2026-02-01");
    await contractor.getByLabel("Einddatum").fill("2026-07-31");
    await contractor.getByRole("button", { name: "Verantwoording indienen" }).click();
    await contractor.getByText("Uw verantwoording is ingediend.", { exact: false }).waitFor();

    await coordinator.goto(contractPath);
    await coordinator
      .getByRole("table", { name: /^Verantwoordingen van de opdrachtnemer/ })
      .getByRole("link", { name: "Participatiewet" })
      .click();
    await coordinator.getByRole("button", { name: "Accepteren" }).click();
    await coordinator.getByText("De verantwoording is geaccepteerd.", { exact: false }).waitFor();
    await expect
      .poll(async () => (await mailsTo(CONTRACTOR)).map((m) => m.subject).join("\n"))
      .toMatch(/geaccepteerd/i);
  });
});
