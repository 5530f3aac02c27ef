// Every kind of audit event, as the API records it, reads as Dutch: a label for the action and
// each field, and values in words, never JSON, quotes or an English key. One event per action:
// a new action does not compile here until it has an example.
import { AUDIT_FIELD_LABELS, type AuditAction } from "@sroi/domain";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { AuditTrail } from "../src/audit/audit-trail";
import { describeChanges, describeEntity } from "../src/audit/describe";

type Fields = Record<string, unknown>;
interface Recorded {
  entityType: string;
  before?: Fields;
  after?: Fields;
}

const contract = {
  reference: "2026-017",
  title: "Onderhoud groen",
  department: "Openbare ruimte",
  kind: "SERVICES",
  valueExclVat: "480000.00",
  labourShare: null,
  publicationDate: "2026-09-01",
  awardDate: "2026-11-20",
  startDate: "2027-01-01",
  endDate: "2028-12-31",
  status: "AWARDED",
  consultantId: "c1",
  obligationKind: "PERCENTAGE",
  obligationAmount: "24000.00",
};
const obligationLines = [
  { label: "5 % van de opdrachtwaarde € 480.000 excl. btw", amount: "24000.00" },
];
const realisation = {
  blockCode: "PW",
  maatwerkDescription: null,
  personRef: "K-0042",
  targetGroup: "Participatiewet",
  homeMunicipalityCode: "GM0307",
  hoursPerWeek: "24.5",
  startDate: "2027-02-01",
  endDate: "2027-07-31",
  hours: null,
  days: null,
  amountExclVat: null,
  bonusCodes: ["50PLUS"],
  value: "13345.21",
  status: "SUBMITTED",
};
const catalogue = {
  key: "amersfoort-2027",
  name: "Bouwblokken regio Amersfoort 2027",
  status: "DRAFT",
  validFrom: null,
  basisHours: "36",
  source: "https://example.org/bouwblokken",
  countingNote: "Telt vanaf de eerste werkdag.",
  conceptNote: "Concept, te bevestigen",
};
const block = {
  code: "PW",
  name: "Dienstverband Participatiewet",
  category: "EMPLOYMENT",
  kind: "PER_FTE_YEAR",
  amount: "40000.00",
  share: null,
  maxMonths: 24,
  minHoursPerWeek: "12",
  note: null,
};
const bonus = {
  code: "50PLUS",
  name: "50 jaar of ouder",
  amount: "2500.00",
  appliesTo: ["EMPLOYMENT", "PW"],
  oneOff: true,
};
const policy = {
  name: "SR-beleid Amersfoort 2027",
  status: "DRAFT",
  validFrom: null,
  percentage: "0.05",
  thresholdWorks: "250000.00",
  thresholdServices: "100000.00",
  thresholdSupplies: "100000.00",
  thresholdSubsidy: null,
  belowThreshold: "ACTIVITY",
  suppliesMinLabourShare: "0.25",
  suppliesReducedPercentage: "0.02",
  cap: null,
  psoDiscounts: { "3": "0.50", aspirant: "0.10" },
  contactDeadlineDays: 7,
  reportFrequency: "QUARTERLY",
};
const invitation = {
  email: "jan@bouwbedrijf.example",
  name: "Jan de Vries",
  organisation: "Bouwbedrijf Eemland",
  role: "CONTRACTOR_ADMIN",
};

/** How the API records a change of status and nothing else. */
const statusChange = (entityType: string, from: string, to: string): Recorded => ({
  entityType,
  before: { status: from },
  after: { status: to },
});

// As the API's services and schema record each action (apps/api/src: grep "action:").
const RECORDED: Record<AuditAction, Recorded> = {
  "contract.register": {
    entityType: "Contract",
    after: { ...contract, obligationLines, policy: "SR-beleid Amersfoort", source: "demo" },
  },
  "contract.correct": {
    entityType: "Contract",
    before: { title: "Onderhoud groen", endDate: "2028-12-31" },
    after: { title: "Onderhoud openbaar groen", endDate: "2029-06-30" },
  },
  "contract.correct.recomputeObligation": {
    entityType: "Contract",
    before: { valueExclVat: "480000.00", labourShare: null },
    after: { valueExclVat: "520000.50", labourShare: "0.3", obligationLines },
  },
  "contract.status": statusChange("Contract", "PLANNING", "IN_EXECUTION"),
  "contract.requestIntake": {
    entityType: "Contract",
    after: {
      contactRequestedAt: "2026-11-22T09:30:00.000Z",
      contactMessage: "Graag een afspraak.",
      contactPreferredTimes: "dinsdagochtend",
    },
  },
  "contract.confirmIntake": {
    entityType: "Contract",
    before: { status: "AWARDED", intakeConfirmedAt: null },
    after: { status: "PLANNING", intakeConfirmedAt: "2026-11-25T10:00:00.000Z" },
  },
  "contract.assess": {
    entityType: "Contract",
    before: { status: "ASSESSMENT", assessment: null },
    after: {
      status: "CLOSED",
      outcome: "RECOVERY_PERIOD",
      recoveryUntil: "2029-06-30",
      sanctionAmount: null,
      reason: "Twee plaatsingen lopen nog.",
      obligation: "24000.00",
      accepted: "18250.40",
    },
  },
  "plan.save": {
    entityType: "PlanVersion",
    after: {
      reportFrequency: "QUARTERLY",
      total: "26356.16",
      lines: [
        { blockCode: "PW", people: 2, value: "22356.16" },
        { blockCode: "INITIATIEF", people: 1, value: "4000.00" },
      ],
    },
  },
  "plan.submit": {
    entityType: "PlanVersion",
    before: { status: "DRAFT" },
    after: { status: "SUBMITTED", number: 2, total: "26356.16" },
  },
  "plan.approve": {
    entityType: "PlanVersion",
    before: { status: "SUBMITTED" },
    after: { status: "APPROVED", comment: null, contractStatus: "IN_EXECUTION" },
  },
  "plan.requestChanges": {
    entityType: "PlanVersion",
    before: { status: "SUBMITTED" },
    after: { status: "CHANGES_REQUESTED", comment: "Voeg een leerwerkplek toe." },
  },
  "realisation.submit": { entityType: "Realisation", after: realisation },
  "realisation.correct": {
    entityType: "Realisation",
    before: { ...realisation, status: "REJECTED" },
    after: { ...realisation, hoursPerWeek: "32", value: "17430.14" },
  },
  "realisation.accept": {
    entityType: "Realisation",
    before: { status: "SUBMITTED", value: "0.00" },
    after: { status: "ACCEPTED", value: "2500.00", reason: "Maatwerk: 25 uur × € 100" },
  },
  "realisation.reject": {
    entityType: "Realisation",
    before: { status: "SUBMITTED", value: "13345.21" },
    after: { status: "REJECTED", value: "13345.21", reason: "Loonstrook ontbreekt." },
  },
  "realisation.import": {
    entityType: "Contract",
    after: {
      format: "CSV",
      rows: 2,
      realisations: [realisation, { ...realisation, blockCode: null, value: "0.00" }],
    },
  },
  "evidence.upload": {
    entityType: "EvidenceFile",
    after: {
      fileName: "loonstrook-februari.pdf",
      mimeType: "application/pdf",
      size: 184_320,
      sha256: "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
    },
  },
  "organisation.create": {
    entityType: "Organisation",
    after: { kind: "CONTRACTOR", name: "Bouwbedrijf Eemland", kvkNumber: "12345678" },
  },
  "user.invite": { entityType: "User", after: invitation },
  "user.acceptInvitation": { entityType: "User" },
  "user.resetPassword": { entityType: "User" },
  "user.logoutEverywhere": { entityType: "User" },
  "catalogue.createDraft": {
    entityType: "CatalogueVersion",
    after: { ...catalogue, copiedFrom: "utrecht-current", region: "regio-amersfoort" },
  },
  "catalogue.import": {
    entityType: "CatalogueVersion",
    after: { ...catalogue, format: "XLSX", blocks: 12, bonuses: 3 },
  },
  "catalogue.updateDraft": {
    entityType: "CatalogueVersion",
    before: catalogue,
    after: { ...catalogue, basisHours: "40", conceptNote: null },
  },
  "catalogue.addBlock": { entityType: "CatalogueVersion", after: block },
  "catalogue.updateBlock": {
    entityType: "CatalogueVersion",
    before: block,
    after: { ...block, kind: "PER_MONTH", amount: "3000.00", maxMonths: 12 },
  },
  "catalogue.deleteBlock": { entityType: "CatalogueVersion", before: block },
  "catalogue.addBonus": { entityType: "CatalogueVersion", after: bonus },
  "catalogue.updateBonus": {
    entityType: "CatalogueVersion",
    before: bonus,
    after: { ...bonus, appliesTo: ["LEARNING"], oneOff: false },
  },
  "catalogue.deleteBonus": { entityType: "CatalogueVersion", before: bonus },
  "catalogue.propose": {
    entityType: "CatalogueVersion",
    after: { key: catalogue.key, name: catalogue.name, region: "regio-amersfoort" },
  },
  "catalogue.sendBack": {
    entityType: "CatalogueVersion",
    before: { proposedBy: "coordinator@amersfoort.demo" },
    after: { reason: "De waarde van het leerwerkblok klopt niet." },
  },
  "catalogue.publish": {
    entityType: "CatalogueVersion",
    before: { ...catalogue, proposedBy: "coordinator@amersfoort.demo" },
    after: { ...catalogue, status: "PUBLISHED", validFrom: "2027-01-01" },
  },
  "catalogue.retire": statusChange("CatalogueVersion", "PUBLISHED", "RETIRED"),
  "catalogue.deleteDraft": {
    entityType: "CatalogueVersion",
    before: { ...catalogue, blocks: 12, bonuses: 3 },
  },
  "policy.createDraft": {
    entityType: "Policy",
    after: { ...policy, municipality: "GM0307", copiedFrom: "SR-beleid Amersfoort 2026" },
  },
  "policy.updateDraft": {
    entityType: "Policy",
    before: policy,
    after: { ...policy, cap: "150000.00", psoDiscounts: {}, contactDeadlineDays: 1 },
  },
  "policy.publish": {
    entityType: "Policy",
    before: { status: "DRAFT", validFrom: null },
    after: { status: "PUBLISHED", validFrom: "2027-01-01" },
  },
  "policy.retire": statusChange("Policy", "PUBLISHED", "RETIRED"),
  "policy.deleteDraft": { entityType: "Policy", before: policy },
};

const events = Object.entries(RECORDED).map(([action, event], index) => ({
  __typename: "AuditEvent" as const,
  id: `e${index}`,
  at: "2026-11-22T09:30:00.000Z",
  actorEmail: "coordinator@amersfoort.demo",
  action,
  entityType: event.entityType,
  before: event.before ? JSON.stringify(event.before) : null,
  after: event.after ? JSON.stringify(event.after) : null,
}));

const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, " ")
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ");

// Keys that are Dutch words too ("percentage van de opdrachtwaarde")
const DUTCH_TOO = new Set(["percentage"]);

// Every key any event stores: none may reach the reader.
const keys = new Set(
  Object.values(RECORDED).flatMap((event) =>
    [...Object.keys(event.before ?? {}), ...Object.keys(event.after ?? {})].filter(
      (key) => !DUTCH_TOO.has(key),
    ),
  ),
);

describe("the audit trail shows every recorded action in Dutch", () => {
  const html = renderToStaticMarkup(
    <AuditTrail events={events} consultantNames={new Map([["c1", "Wendy Jansen"]])} />,
  );
  const shown = text(html);

  it("labels each action and each field the API records", () => {
    for (const event of events) {
      const changes = describeChanges(event.before, event.after);
      for (const change of changes) {
        expect(AUDIT_FIELD_LABELS[change.field], `${event.action}: ${change.field}`).toBe(
          change.label,
        );
      }
    }
    expect(shown).not.toContain("Andere gebeurtenis");
    expect(shown).not.toContain("Ander gegeven");
  });

  it("shows no JSON, quotes, English keys or codes", () => {
    expect(shown).not.toMatch(/[{}"[\]]/);
    const english = [...keys].filter((key) => new RegExp(`\\b${key}\\b`).test(shown));
    expect(english).toEqual([]);
    // Enum values such as PER_FTE_YEAR or IN_EXECUTION, and camelCase keys of any kind
    expect(shown.match(/\b[A-Z]+_[A-Z_]+\b/g)).toBeNull();
    expect(shown.match(/\b[a-z]{2,}[A-Z][A-Za-z]*\b/g)).toBeNull();
  });

  it("formats the values the newer actions store", () => {
    expect(shown).toContain(
      "Korting voor PSO-trede: trede 3: 50 % korting; trede aspirant: 10 % korting",
    );
    expect(shown).toContain("Geldt voor: Werk (dienstverband), PW");
    expect(shown).toContain("Soort: Per fte-jaar (naar rato van uren en dagen)");
    expect(shown).toContain("Soort bestand: PDF");
    expect(shown).toContain("Grootte: 180 kB");
    expect(shown).toContain("Verantwoordingen: PW: € 13.345,21; Maatwerk: € 0");
    expect(shown).toContain("Uren per week: 24,5");
    expect(shown).toContain("Soort: Opdrachtnemer");
    expect(shown).toContain("Onder de drempel: één maatschappelijke activiteit");
    expect(shown).toContain("Status: Concept");
  });

  it("names what an event without a contract is about", () => {
    expect(describeEntity("CatalogueVersion")).toBe("Bouwblokkenmodel");
    expect(describeEntity("Policy")).toBe("SR-beleid");
    expect(describeEntity("SomethingNew")).toBe("Overig");
  });
});
