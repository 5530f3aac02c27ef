// Demo data for the life of a contract after award: plans van aanpak, realisations with evidence,
// reviews and an eindbeoordeling, so every screen of it has something to show. Everything goes
// through the same services as the API (values by the domain rules, audit events, e-mails); only
// the moments are moved back afterwards, because the services stamp "now" and the story took
// months. The audit trail keeps the moment the demo was seeded.
import type { PrismaClient } from "@prisma/client";
import { toIsoDate } from "@sroi/db";
import { addDays, dutchDate, formatDate, reportSchedule } from "@sroi/domain";
import PDFDocument from "pdfkit";
import { loadViewer, type Viewer } from "../auth/viewer.js";
import { assessContract } from "../services/assessment.js";
import { DEV_PERSON_MATCH_KEY } from "../services/count-once.js";
import { addEvidence, EvidenceStorageError, type EvidenceStore } from "../services/evidence.js";
import { type PlanLineFields, reviewPlan, savePlan, submitPlan } from "../services/plans.js";
import {
  type RealisationFields,
  reviewRealisation,
  submitRealisation,
} from "../services/realisations.js";

const at = (iso: string) => new Date(`${iso}T10:00:00Z`);

// The story's mails to the contractor are discarded at the end (seedDemoExecution), so the links
// in them are never read; the reminder loop mails what is due today with the real address.
const STORY_URL = "http://localhost:4000";

async function actor(prisma: PrismaClient, email: string): Promise<Viewer> {
  const user = await prisma.user.findUniqueOrThrow({ where: { email } });
  const viewer = await loadViewer(prisma, user.id, "demo-seed");
  if (!viewer) throw new Error(`Demo user ${email} has no viewer`);
  return viewer;
}

/** A one-page PDF that reads like the evidence a contractor attaches; the same bytes every time. */
function evidencePdf(title: string, lines: string[]): Promise<Buffer> {
  const doc = new PDFDocument({
    size: "A4",
    margin: 56,
    info: { Title: title, CreationDate: new Date("2025-01-01T00:00:00Z") },
  });
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) =>
    doc.on("end", () => resolve(Buffer.concat(chunks))),
  );
  doc.fontSize(14).text(title).moveDown();
  doc.fontSize(11);
  for (const line of lines) doc.text(line);
  doc.moveDown().fontSize(9).text("Voorbeeldbestand van de demo; geen echt document.");
  doc.end();
  return done;
}

/**
 * Stores a demo evidence file; its ids, or none when the storage cannot be reached (an S3 bucket
 * not set up yet), so the rest of the demo is still seeded and the platform still starts.
 */
async function demoEvidence(
  prisma: PrismaClient,
  store: EvidenceStore,
  uploader: Viewer,
  contractId: string,
  file: { fileName: string; uploadedOn: string; pdf: Buffer },
): Promise<string[]> {
  try {
    const stored = await addEvidence(prisma, store, uploader, {
      contractId,
      fileName: file.fileName,
      mimeType: "application/pdf",
      bytes: file.pdf,
    });
    await prisma.evidenceFile.update({
      where: { id: stored.id },
      data: { createdAt: at(file.uploadedOn) },
    });
    return [stored.id];
  } catch (error) {
    if (!(error instanceof EvidenceStorageError)) throw error;
    console.warn(`Demo evidence ${file.fileName} not stored: ${error.message}`);
    return [];
  }
}

interface DemoPeople {
  eemland: Viewer;
  eemlandColleague: Viewer;
  spaarne: Viewer;
  consultant: Viewer;
}

async function plan(
  prisma: PrismaClient,
  people: { contractor: Viewer; reviewer: Viewer },
  contractId: string,
  lines: PlanLineFields[],
  story: {
    savedOn: string;
    submittedOn: string;
    review?: { on: string; approve: boolean; comment?: string };
  },
) {
  const saved = await savePlan(prisma, people.contractor, {
    contractId,
    expectedVersion: null,
    reportFrequency: "QUARTERLY",
    lines,
  });
  let current = await submitPlan(prisma, people.contractor, saved.id, saved.version);
  if (story.review) {
    current = await reviewPlan(
      prisma,
      people.reviewer,
      {
        planId: current.id,
        version: current.version,
        approve: story.review.approve,
        comment: story.review.comment ?? null,
      },
      STORY_URL,
    );
  }
  await prisma.planVersion.update({
    where: { id: current.id },
    data: {
      createdAt: at(story.savedOn),
      submittedAt: at(story.submittedOn),
      ...(story.review ? { reviewedAt: at(story.review.on) } : {}),
    },
  });
}

async function report(
  prisma: PrismaClient,
  people: { contractor: Viewer; reviewer: Viewer },
  contractId: string,
  fields: RealisationFields,
  story: { reportedOn: string; review?: { on: string; accept: boolean; reason?: string } },
) {
  // the demo's entries are matched with the development key, as a demo server without a key of its own
  const submitted = await submitRealisation(
    prisma,
    people.contractor,
    contractId,
    fields,
    DEV_PERSON_MATCH_KEY,
  );
  if (story.review) {
    await reviewRealisation(
      prisma,
      people.reviewer,
      {
        id: submitted.id,
        version: submitted.version,
        accept: story.review.accept,
        reason: story.review.reason ?? null,
      },
      STORY_URL,
    );
  }
  await prisma.realisation.update({
    where: { id: submitted.id },
    data: {
      createdAt: at(story.reportedOn),
      ...(story.review ? { reviewedAt: at(story.review.on) } : {}),
    },
  });
}

async function contractByReference(prisma: PrismaClient, reference: string) {
  const contract = await prisma.contract.findFirstOrThrow({ where: { reference } });
  if (!contract.startDate) throw new Error(`Demo contract ${reference} has no start date`);
  return { ...contract, start: toIsoDate(contract.startDate) };
}

/**
 * AMF-2025-017 (Bouwbedrijf Eemland, in execution): an approved plan and a realisation in every
 * state. Reports every quarter since 300 days ago: the first quarter's came in on time, the next
 * one a few days ago (late), and at least one quarter has none and shows as overdue.
 */
async function inExecution(
  prisma: PrismaClient,
  store: EvidenceStore,
  people: DemoPeople,
  today: string,
) {
  const contract = await contractByReference(prisma, "AMF-2025-017");
  const start = contract.start;
  const day = (offset: number) => addDays(start, offset);
  // The first quarter is a part of one, by the calendar: its end decides when "on time" is.
  const [firstQuarter] = reportSchedule({
    start,
    end: null,
    frequency: "QUARTERLY",
    today,
    reportDates: [],
  });
  if (!firstQuarter) throw new Error("AMF-2025-017 should have a first quarter behind it");
  const onTime = addDays(firstQuarter.through, 5);
  const eemland = { contractor: people.eemland, reviewer: people.consultant };
  // 40000 × 32/36 × 365/365 = 35555.56; 35000 × 365/365 = 35000.00; 12000.00 → 82555.56 of 80000
  await plan(
    prisma,
    eemland,
    contract.id,
    [
      {
        blockCode: "PW",
        description: "Grondwerker via het WSP",
        hoursPerWeek: "32",
        startDate: day(0),
        endDate: day(364),
      },
      {
        blockCode: "BBL",
        description: "Leerling timmerman, mbo niveau 2",
        hoursPerWeek: "36",
        startDate: day(31),
        endDate: day(395),
      },
      {
        blockCode: "INKOOP",
        description: "Schoonmaak van de bouwkeet door Werkbedrijf Eemvallei",
        amountExclVat: "12000.00",
      },
    ],
    {
      savedOn: day(-20),
      submittedOn: day(-18),
      review: { on: day(-12), approve: true },
    },
  );

  const evidenceIds = await demoEvidence(prisma, store, people.eemland, contract.id, {
    fileName: "arbeidsovereenkomst-EEM-01.pdf",
    uploadedOn: day(100),
    pdf: await evidencePdf("Arbeidsovereenkomst EEM-01", [
      "Werkgever: Bouwbedrijf Eemland B.V.",
      "Werknemer: kenmerk EEM-01",
      `Functie: grondwerker, 32 uur per week, vanaf ${formatDate(day(0))}`,
    ]),
  });
  // 40000 × 32/36 × 90/365 = 8767.12; reported after the 90 days, later than the first quarter
  await report(
    prisma,
    eemland,
    contract.id,
    {
      blockCode: "PW",
      personRef: "EEM-01",
      personName: "Sam de Boer",
      personBirthDate: "1987-09-14",
      targetGroup: "Participatiewet (bijstand)",
      homeMunicipalityCode: "GM0307",
      hoursPerWeek: "32",
      startDate: day(0),
      endDate: day(89),
      evidenceIds,
    },
    { reportedOn: day(100), review: { on: day(109), accept: true } },
  );
  // invoice share 1.00 × 4250.00
  await report(
    prisma,
    eemland,
    contract.id,
    {
      blockCode: "INKOOP",
      supplierName: "Werkbedrijf Eemvallei",
      supplierKvk: "90000010",
      invoiceNumber: "EV-2025-0418",
      invoiceDate: firstQuarter.through,
      amountExclVat: "4250.00",
      description: "Schoonmaak bouwkeet, eerste kwartaal",
    },
    { reportedOn: onTime, review: { on: addDays(onTime, 9), accept: true } },
  );
  // 100 × 16 = 1600.00, rejected: the contractor still has to correct it
  await report(
    prisma,
    { contractor: people.eemlandColleague, reviewer: people.consultant },
    contract.id,
    {
      blockCode: "INITIATIEF",
      hours: "16",
      employees: 4,
      startDate: firstQuarter.through,
      description: "Opknappen speeltuin met buurtvereniging Schothorst",
    },
    {
      reportedOn: onTime,
      review: {
        on: addDays(onTime, 9),
        accept: false,
        reason:
          "Er zit geen urenstaat of bevestiging van de buurtvereniging bij. Voeg die toe en dien de verantwoording opnieuw in.",
      },
    },
  );
  // 35000 × 36/36 × 182/365 = 17452.05, waiting for the WSP
  await report(
    prisma,
    { contractor: people.eemlandColleague, reviewer: people.consultant },
    contract.id,
    {
      blockCode: "BBL",
      personRef: "EEM-02",
      targetGroup: "Mbo bbl niveau 2",
      homeMunicipalityCode: "GM0342",
      hoursPerWeek: "36",
      startDate: day(31),
      endDate: day(212),
    },
    { reportedOn: day(297) },
  );
}

/** Two contracts in planning: one plan waits for the WSP, one was sent back with a comment. */
async function inPlanning(prisma: PrismaClient, people: DemoPeople) {
  const soest = await contractByReference(prisma, "SOE-2025-011");
  const soestDay = (offset: number) => addDays(soest.start, offset);
  // 35000.00 + 40000 × 24/36 × 182/365 = 13296.80 + 100 × 40 = 4000.00 → 52296.80 of 57500
  await plan(
    prisma,
    { contractor: people.eemland, reviewer: people.consultant },
    soest.id,
    [
      {
        blockCode: "BBL",
        description: "Leerling metselaar",
        hoursPerWeek: "36",
        startDate: soestDay(14),
        endDate: soestDay(378),
      },
      {
        blockCode: "PW",
        description: "Bouwplaatsassistent via het WSP",
        hoursPerWeek: "24",
        startDate: soestDay(14),
        endDate: soestDay(195),
      },
      {
        blockCode: "INITIATIEF",
        description: "Open dag en gastlessen techniek voor het vmbo",
        hours: "40",
      },
    ],
    { savedOn: soestDay(10), submittedOn: soestDay(11) },
  );

  const baarn = await contractByReference(prisma, "BRN-2025-006");
  const baarnDay = (offset: number) => addDays(baarn.start, offset);
  // 6000.00 + 100 × 40 = 4000.00 → 10000.00 of 15500
  await plan(
    prisma,
    { contractor: people.spaarne, reviewer: people.consultant },
    baarn.id,
    [
      {
        blockCode: "INKOOP",
        description: "Inhuur groenploeg van Werkbedrijf Eemvallei",
        amountExclVat: "6000.00",
      },
      { blockCode: "INITIATIEF", description: "Natuurwerkdag met scholen", hours: "40" },
    ],
    {
      savedOn: baarnDay(40),
      submittedOn: baarnDay(41),
      review: {
        on: baarnDay(46),
        approve: false,
        comment:
          "Het plan dekt € 10.000 van de € 15.500. Voeg een leerwerkplek toe, bijvoorbeeld een bbl-leerling in het groenonderhoud; het WSP kan kandidaten voordragen.",
      },
    },
  );
}

/** BRN-2024-002 (Bouwbedrijf Eemland): everything accepted, assessed as fulfilled, closed. */
async function assessed(prisma: PrismaClient, people: DemoPeople) {
  const contract = await contractByReference(prisma, "BRN-2024-002");
  const day = (offset: number) => addDays(contract.start, offset);
  const eemland = { contractor: people.eemland, reviewer: people.consultant };
  const accepted = (reportedOn: string) => ({
    reportedOn,
    review: { on: addDays(reportedOn, 10), accept: true },
  });
  await plan(
    prisma,
    eemland,
    contract.id,
    [
      { blockCode: "BA", hoursPerWeek: "36", startDate: day(30), endDate: day(394) },
      { blockCode: "PW", hoursPerWeek: "36", startDate: day(30), endDate: day(394) },
      { blockCode: "BBL", hoursPerWeek: "36", startDate: day(60), endDate: day(424) },
    ],
    { savedOn: day(-20), submittedOn: day(-19), review: { on: day(-14), approve: true } },
  );
  // 50000 × 365/365 = 50000.00
  await report(
    prisma,
    eemland,
    contract.id,
    {
      blockCode: "BA",
      personRef: "EEM-11",
      targetGroup: "Doelgroep banenafspraak",
      homeMunicipalityCode: "GM0308",
      hoursPerWeek: "36",
      startDate: day(30),
      endDate: day(394),
    },
    accepted(day(400)),
  );
  // 40000 × 365/365 = 40000.00 plus the 50+ bonus 10000 × 365/365 = 10000.00
  await report(
    prisma,
    eemland,
    contract.id,
    {
      blockCode: "PW",
      personRef: "EEM-12",
      targetGroup: "Participatiewet (bijstand)",
      homeMunicipalityCode: "GM0307",
      hoursPerWeek: "36",
      startDate: day(30),
      endDate: day(394),
      bonusCodes: ["50PLUS"],
    },
    accepted(day(400)),
  );
  // 35000 × 365/365 = 35000.00
  await report(
    prisma,
    eemland,
    contract.id,
    {
      blockCode: "BBL",
      personRef: "EEM-13",
      targetGroup: "Mbo bbl niveau 2",
      homeMunicipalityCode: "GM0308",
      hoursPerWeek: "36",
      startDate: day(60),
      endDate: day(424),
    },
    accepted(day(430)),
  );
  // 4500.00; together 139500.00 against an obligation of 137500.00
  await report(
    prisma,
    eemland,
    contract.id,
    {
      blockCode: "INKOOP",
      supplierName: "Werkbedrijf Eemvallei",
      supplierKvk: "90000010",
      invoiceNumber: "EV-2024-0207",
      invoiceDate: day(190),
      amountExclVat: "4500.00",
      description: "Catering bouwvergaderingen",
    },
    accepted(day(200)),
  );
  const current = await prisma.contract.findUniqueOrThrow({ where: { id: contract.id } });
  const assessment = await assessContract(
    prisma,
    people.consultant,
    {
      contractId: contract.id,
      version: current.version,
      outcome: "FULFILLED",
    },
    STORY_URL,
  );
  if (!contract.endDate) throw new Error("BRN-2024-002 has no end date");
  await prisma.assessment.update({
    where: { id: assessment.id },
    data: { decidedAt: at(addDays(toIsoDate(contract.endDate), 21)) },
  });
}

export async function seedDemoExecution(prisma: PrismaClient, store: EvidenceStore) {
  const people: DemoPeople = {
    eemland: await actor(prisma, "admin@bouwbedrijf-eemland.demo"),
    eemlandColleague: await actor(prisma, "medewerker@bouwbedrijf-eemland.demo"),
    spaarne: await actor(prisma, "admin@groen-spaarne.demo"),
    consultant: await actor(prisma, "consultant@wsp-amersfoort.demo"),
  };
  const storyStarted = new Date();
  await inExecution(prisma, store, people, dutchDate(new Date()));
  await inPlanning(prisma, people);
  await assessed(prisma, people);
  // The story happened months ago: its notices (about 30: every review, the assessment) would
  // reach the demo's inboxes as today's news on the first start. What is due now still goes out
  // through the reminder loop.
  await prisma.outboxMessage.deleteMany({ where: { createdAt: { gte: storyStarted } } });
}
