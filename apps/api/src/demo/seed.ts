// Demo data for `npm start`: organisations, one login per role, and about thirty realistic
// contracts across Amersfoort, Soest, Baarn and Haarlem in every status, some overdue, with plans,
// realisations, evidence and an assessment (demo/execution.ts). Dates are relative to today so the
// deadlines always look alive. Runs once: skipped when the demo platform admin exists.

import type { ContractKind, ContractStatus, Prisma, PrismaClient } from "@prisma/client";
import { addDays, contactDueDate, dutchDate } from "@sroi/domain";
import { hashPassword } from "../auth/passwords.js";
import { audit } from "../services/audit.js";
import { computeContractObligation, contractSnapshot } from "../services/contracts.js";
import type { EvidenceStore } from "../services/evidence.js";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "./accounts.js";
import { seedDemoCandidates } from "./candidates.js";
import { seedDemoExecution } from "./execution.js";
import { DEMO_LETTER_SETTINGS } from "./letters.js";
import { DEMO_PAGE_TEXTS, demoPageRow } from "./municipality-pages.js";

// Fictional companies; KvK numbers from a range no real company has (9xxxxxxx is unassigned).
const CONTRACTORS = [
  { key: "eemland", name: "Bouwbedrijf Eemland B.V.", kvkNumber: "90000001" },
  { key: "spaarne", name: "Groenbeheer Spaarne B.V.", kvkNumber: "90000002" },
  { key: "kei", name: "Schoonmaakdiensten De Kei", kvkNumber: "90000003" },
  { key: "heuvelrug", name: "ICT-diensten Heuvelrug", kvkNumber: "90000004" },
  { key: "wegen", name: "Wegenbouw Gooi en Eem", kvkNumber: "90000005" },
  { key: "catering", name: "Catering Kennemerland", kvkNumber: "90000006" },
] as const;

interface DemoContract {
  municipality: "GM0307" | "GM0342" | "GM0308" | "GM0392";
  reference: string;
  title: string;
  department: string;
  kind: ContractKind;
  value: string;
  labourShare?: string;
  contractor: (typeof CONTRACTORS)[number]["key"];
  /** days before today */
  awardedDaysAgo: number;
  months: number;
  status: ContractStatus;
  /** days after award the contractor made contact; null: not (yet) */
  contactAfterDays: number | null;
}

const CONTRACTS: DemoContract[] = [
  {
    municipality: "GM0307",
    reference: "AMF-2026-001",
    title: "Renovatie sporthal Zielhorst",
    department: "Vastgoed",
    kind: "WORKS",
    value: "2450000.00",
    contractor: "eemland",
    awardedDaysAgo: 3,
    months: 18,
    status: "AWARDED",
    contactAfterDays: null,
  },
  {
    municipality: "GM0307",
    reference: "AMF-2026-002",
    title: "Onderhoud openbaar groen Vathorst",
    department: "Stadsbeheer",
    kind: "SERVICES",
    value: "640000.00",
    contractor: "spaarne",
    awardedDaysAgo: 21,
    months: 36,
    status: "AWARDED",
    contactAfterDays: null,
  },
  {
    municipality: "GM0307",
    reference: "AMF-2026-003",
    title: "Schoonmaak stadhuis en wijkkantoren",
    department: "Facilitair",
    kind: "SERVICES",
    value: "1180000.00",
    contractor: "kei",
    awardedDaysAgo: 40,
    months: 48,
    status: "PLANNING",
    contactAfterDays: 5,
  },
  {
    municipality: "GM0307",
    reference: "AMF-2025-014",
    title: "Herinrichting Stationsplein",
    department: "Ruimtelijke ontwikkeling",
    kind: "WORKS",
    value: "5200000.00",
    contractor: "wegen",
    awardedDaysAgo: 210,
    months: 24,
    status: "IN_EXECUTION",
    contactAfterDays: 4,
  },
  {
    municipality: "GM0307",
    reference: "AMF-2025-015",
    title: "Levering en beheer werkplekken",
    department: "Informatievoorziening",
    kind: "SUPPLIES",
    value: "890000.00",
    labourShare: "0.40",
    contractor: "heuvelrug",
    awardedDaysAgo: 300,
    months: 36,
    status: "IN_EXECUTION",
    contactAfterDays: 12,
  },
  {
    municipality: "GM0307",
    reference: "AMF-2025-021",
    title: "Vervanging lichtmasten Kruiskamp",
    department: "Stadsbeheer",
    kind: "WORKS",
    value: "185000.00",
    contractor: "wegen",
    awardedDaysAgo: 150,
    months: 4,
    status: "IN_EXECUTION",
    contactAfterDays: 6,
  },
  {
    municipality: "GM0307",
    reference: "AMF-2025-017",
    title: "Nieuwbouw wijkcentrum Schothorst",
    department: "Vastgoed",
    kind: "WORKS",
    value: "1600000.00",
    contractor: "eemland",
    awardedDaysAgo: 330,
    months: 24,
    status: "IN_EXECUTION",
    contactAfterDays: 3,
  },
  {
    municipality: "GM0307",
    reference: "AMF-2024-008",
    title: "Nieuwbouw brede school Hoogland",
    department: "Vastgoed",
    kind: "WORKS",
    value: "7800000.00",
    contractor: "eemland",
    awardedDaysAgo: 760,
    months: 22,
    status: "ASSESSMENT",
    contactAfterDays: 2,
  },
  {
    municipality: "GM0307",
    reference: "AMF-2023-031",
    title: "Groenonderhoud begraafplaatsen",
    department: "Stadsbeheer",
    kind: "SERVICES",
    value: "420000.00",
    contractor: "spaarne",
    awardedDaysAgo: 1200,
    months: 24,
    status: "CLOSED",
    contactAfterDays: 7,
  },
  {
    municipality: "GM0307",
    reference: "AMF-2026-004",
    title: "Catering raadsvergaderingen",
    department: "Bestuursondersteuning",
    kind: "SERVICES",
    value: "95000.00",
    contractor: "catering",
    awardedDaysAgo: 12,
    months: 12,
    status: "AWARDED",
    contactAfterDays: null,
  },
  {
    municipality: "GM0307",
    reference: "AMF-SUB-2026-02",
    title: "Subsidie buurthuizen",
    department: "Maatschappelijke ontwikkeling",
    kind: "SUBSIDY",
    value: "350000.00",
    contractor: "kei",
    awardedDaysAgo: 60,
    months: 12,
    status: "PLANNING",
    contactAfterDays: 6,
  },
  {
    municipality: "GM0342",
    reference: "SOE-2026-001",
    title: "Onderhoud wegen Soesterberg",
    department: "Openbare ruimte",
    kind: "WORKS",
    value: "980000.00",
    contractor: "wegen",
    awardedDaysAgo: 15,
    months: 12,
    status: "AWARDED",
    contactAfterDays: null,
  },
  {
    municipality: "GM0342",
    reference: "SOE-2025-007",
    title: "Leerlingenvervoer",
    department: "Sociaal domein",
    kind: "SERVICES",
    value: "1350000.00",
    contractor: "catering",
    awardedDaysAgo: 180,
    months: 48,
    status: "IN_EXECUTION",
    contactAfterDays: 3,
  },
  {
    municipality: "GM0342",
    reference: "SOE-2025-009",
    title: "Schoonmaak gemeentehuis Soest",
    department: "Bedrijfsvoering",
    kind: "SERVICES",
    value: "260000.00",
    contractor: "kei",
    awardedDaysAgo: 120,
    months: 24,
    status: "PLANNING",
    contactAfterDays: 9,
  },
  {
    municipality: "GM0342",
    reference: "SOE-2025-011",
    title: "Uitbreiding brandweerkazerne Soest",
    department: "Vastgoed",
    kind: "WORKS",
    value: "1150000.00",
    contractor: "eemland",
    awardedDaysAgo: 45,
    months: 14,
    status: "PLANNING",
    contactAfterDays: 2,
  },
  {
    municipality: "GM0342",
    reference: "SOE-2024-012",
    title: "Renovatie zwembad Den Hommel",
    department: "Vastgoed",
    kind: "WORKS",
    value: "3100000.00",
    contractor: "eemland",
    awardedDaysAgo: 640,
    months: 14,
    status: "ASSESSMENT",
    contactAfterDays: 5,
  },
  {
    municipality: "GM0342",
    reference: "SOE-2023-004",
    title: "Levering kantoormeubilair",
    department: "Bedrijfsvoering",
    kind: "SUPPLIES",
    value: "230000.00",
    labourShare: "0.10",
    contractor: "heuvelrug",
    awardedDaysAgo: 1000,
    months: 6,
    status: "CLOSED",
    contactAfterDays: 4,
  },
  {
    municipality: "GM0342",
    reference: "SOE-2026-002",
    title: "Bermmaaien buitengebied",
    department: "Openbare ruimte",
    kind: "SERVICES",
    value: "150000.00",
    contractor: "spaarne",
    awardedDaysAgo: 30,
    months: 24,
    status: "AWARDED",
    contactAfterDays: null,
  },
  {
    municipality: "GM0308",
    reference: "BRN-2026-001",
    title: "Herinrichting Brink",
    department: "Ruimte",
    kind: "WORKS",
    value: "1650000.00",
    contractor: "wegen",
    awardedDaysAgo: 9,
    months: 10,
    status: "AWARDED",
    contactAfterDays: null,
  },
  {
    municipality: "GM0308",
    reference: "BRN-2025-003",
    title: "ICT-beheer en servicedesk",
    department: "Bedrijfsvoering",
    kind: "SERVICES",
    value: "720000.00",
    contractor: "heuvelrug",
    awardedDaysAgo: 240,
    months: 36,
    status: "IN_EXECUTION",
    contactAfterDays: 6,
  },
  {
    municipality: "GM0308",
    reference: "BRN-2025-006",
    title: "Onderhoud groen Baarn-Noord",
    department: "Ruimte",
    kind: "SERVICES",
    value: "310000.00",
    contractor: "spaarne",
    awardedDaysAgo: 90,
    months: 24,
    status: "PLANNING",
    contactAfterDays: 11,
  },
  {
    municipality: "GM0308",
    reference: "BRN-2024-002",
    title: "Nieuwbouw gemeentewerf",
    department: "Vastgoed",
    kind: "WORKS",
    value: "2750000.00",
    contractor: "eemland",
    awardedDaysAgo: 700,
    months: 16,
    // ended: closed by its assessment in demo/execution.ts
    status: "IN_EXECUTION",
    contactAfterDays: 3,
  },
  {
    municipality: "GM0392",
    reference: "HLM-2026-001",
    title: "Onderhoud groen Schalkwijk",
    department: "Openbare ruimte",
    kind: "SERVICES",
    value: "860000.00",
    contractor: "spaarne",
    awardedDaysAgo: 5,
    months: 36,
    status: "AWARDED",
    contactAfterDays: null,
  },
  {
    municipality: "GM0392",
    reference: "HLM-2026-002",
    title: "Renovatie Philharmonie",
    department: "Vastgoed",
    kind: "WORKS",
    value: "4300000.00",
    contractor: "eemland",
    awardedDaysAgo: 25,
    months: 20,
    status: "AWARDED",
    contactAfterDays: null,
  },
  {
    municipality: "GM0392",
    reference: "HLM-2025-011",
    title: "Catering stadhuis",
    department: "Facilitair",
    kind: "SERVICES",
    value: "540000.00",
    contractor: "catering",
    awardedDaysAgo: 160,
    months: 36,
    status: "IN_EXECUTION",
    contactAfterDays: 4,
  },
  {
    municipality: "GM0392",
    reference: "HLM-2025-012",
    title: "Levering en plaatsing afvalcontainers",
    department: "Openbare ruimte",
    kind: "SUPPLIES",
    value: "690000.00",
    labourShare: "0.20",
    contractor: "wegen",
    awardedDaysAgo: 200,
    months: 12,
    status: "IN_EXECUTION",
    contactAfterDays: 7,
  },
  {
    municipality: "GM0392",
    reference: "HLM-2025-013",
    title: "Levering en onderhoud laadpalen",
    department: "Duurzaamheid",
    kind: "SUPPLIES",
    value: "1250000.00",
    labourShare: "0.45",
    contractor: "heuvelrug",
    awardedDaysAgo: 130,
    months: 60,
    status: "IN_EXECUTION",
    contactAfterDays: 6,
  },
  {
    municipality: "GM0392",
    reference: "HLM-SUB-2025-04",
    title: "Subsidie taalhuis en maatjesproject",
    department: "Maatschappelijke ontwikkeling",
    kind: "SUBSIDY",
    value: "420000.00",
    contractor: "kei",
    awardedDaysAgo: 220,
    months: 24,
    status: "IN_EXECUTION",
    contactAfterDays: 10,
  },
  {
    municipality: "GM0392",
    reference: "HLM-2024-020",
    title: "Schoonmaak sportaccommodaties",
    department: "Sport",
    kind: "SERVICES",
    value: "780000.00",
    contractor: "kei",
    awardedDaysAgo: 800,
    months: 24,
    status: "ASSESSMENT",
    contactAfterDays: 5,
  },
  {
    municipality: "GM0392",
    reference: "HLM-2023-015",
    title: "Herstel kademuren Spaarne",
    department: "Openbare ruimte",
    kind: "WORKS",
    value: "6900000.00",
    contractor: "eemland",
    awardedDaysAgo: 1100,
    months: 26,
    status: "CLOSED",
    contactAfterDays: 6,
  },
  {
    municipality: "GM0392",
    reference: "HLM-2026-003",
    title: "Drukwerk en verzending",
    department: "Communicatie",
    kind: "SUPPLIES",
    value: "120000.00",
    labourShare: "0.35",
    contractor: "catering",
    awardedDaysAgo: 18,
    months: 12,
    status: "AWARDED",
    contactAfterDays: null,
  },
  {
    municipality: "GM0392",
    reference: "HLM-2025-018",
    title: "Beveiliging gemeentelijke gebouwen",
    department: "Facilitair",
    kind: "SERVICES",
    value: "930000.00",
    contractor: "kei",
    awardedDaysAgo: 75,
    months: 36,
    status: "PLANNING",
    contactAfterDays: 14,
  },
];

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** The demo's shared mailboxes of the organisations carrying out Amersfoort's and Haarlem's SR. */
export const DEMO_MAILBOXES = [
  ["GM0307", "socialreturn@wsp-amersfoort.demo"],
  ["GM0392", "socialreturn@haarlem.demo"],
] as const;

export async function seedDemo(
  prisma: PrismaClient,
  evidenceStore: EvidenceStore,
): Promise<{ seeded: boolean; contracts: number }> {
  if (await prisma.user.findUnique({ where: { email: "admin@platform.demo" } })) {
    return { seeded: false, contracts: 0 };
  }
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const today = dutchDate(new Date());
  const municipalities = new Map(
    (await prisma.municipality.findMany({ include: { region: true } })).map((m) => [m.code, m]),
  );
  const need = (code: string) => {
    const municipality = municipalities.get(code);
    if (!municipality)
      throw new Error(`Demo seed needs gemeente ${code}; run the reference seed first`);
    return municipality;
  };

  let count = 0;
  await prisma.$transaction(
    async (tx) => {
      const orgIds = new Map<string, string>();
      for (const code of ["GM0307", "GM0342", "GM0308", "GM0392"]) {
        const municipality = need(code);
        await tx.municipality.update({
          where: { id: municipality.id },
          data: DEMO_LETTER_SETTINGS[code] ?? {},
        });
        const pageTexts = DEMO_PAGE_TEXTS[code];
        if (pageTexts) {
          await tx.municipalityPage.create({
            data: demoPageRow(municipality.id, pageTexts, new Date()),
          });
        }
        // A gemeente with its own team (Haarlem) got that organisation from the reference seed.
        const org =
          (await tx.organisation.findUnique({ where: { municipalityId: municipality.id } })) ??
          (await tx.organisation.create({
            data: {
              kind: "MUNICIPALITY",
              name: `Gemeente ${municipality.name}`,
              municipalityId: municipality.id,
            },
          }));
        orgIds.set(code, org.id);
      }
      orgIds.set("amersfoort", orgIds.get("GM0307") ?? "");
      orgIds.set("haarlem", orgIds.get("GM0392") ?? "");
      const wspId = need("GM0307").carriedOutById;
      if (!wspId) throw new Error("Demo seed needs the WSP of Amersfoort from the reference seed");
      // The reference seed gives the real shared mailboxes; demo mail (reminders about invented
      // contracts) must never reach them, also with SMTP set, and shows in the dev mailbox.
      for (const [code, email] of DEMO_MAILBOXES) {
        const carrierId = need(code).carriedOutById;
        if (carrierId) await tx.organisation.update({ where: { id: carrierId }, data: { email } });
      }
      orgIds.set("wsp-amersfoort", wspId);
      for (const contractor of CONTRACTORS) {
        const org = await tx.organisation.create({
          data: { kind: "CONTRACTOR", name: contractor.name, kvkNumber: contractor.kvkNumber },
        });
        orgIds.set(contractor.key, org.id);
      }
      await tx.organisation.create({
        data: { kind: "SOCIAL_ENTERPRISE", name: "Werkbedrijf Eemvallei", kvkNumber: "90000010" },
      });

      const users = new Map<string, { id: string; email: string; name: string }>();
      for (const account of DEMO_ACCOUNTS) {
        const user = await tx.user.create({
          data: {
            email: account.email,
            name: account.name,
            phone: account.phone ?? null,
            passwordHash,
            memberships: {
              create: {
                role: account.role,
                department: account.department ?? null,
                organisationId: account.organisation
                  ? (orgIds.get(account.organisation) ?? null)
                  : null,
              },
            },
          },
        });
        users.set(account.email, user);
      }
      const coordinatorFor = (code: string) =>
        code === "GM0392"
          ? users.get("coordinator@haarlem.demo")
          : users.get("coordinator@amersfoort.demo");
      const wspConsultant = users.get("consultant@wsp-amersfoort.demo");
      const haarlemAccountmanager = users.get("accountmanager@haarlem.demo");

      for (const demo of CONTRACTS) {
        const municipality = need(demo.municipality);
        const awardDate = addDays(today, -demo.awardedDaysAgo);
        const startDate = addDays(awardDate, 30);
        const endDate = addDays(startDate, Math.round(demo.months * 30.4));
        const fields = {
          kind: demo.kind,
          valueExclVat: demo.value,
          labourShare: demo.labourShare ?? null,
          publicationDate: addDays(awardDate, -45),
          awardDate,
        };
        const contractorId = orgIds.get(demo.contractor);
        if (!contractorId) throw new Error(`Unknown demo contractor ${demo.contractor}`);
        const computed = await computeContractObligation(tx, municipality, fields, contractorId);
        const coordinator = coordinatorFor(demo.municipality);
        // Haarlem's new contracts wait for an accountmanager: their mail goes to the team's mailbox.
        const consultant =
          demo.municipality === "GM0392"
            ? demo.status === "AWARDED"
              ? undefined
              : haarlemAccountmanager
            : wspConsultant;
        const contactAt =
          demo.contactAfterDays === null
            ? null
            : new Date(`${addDays(awardDate, demo.contactAfterDays)}T10:00:00Z`);
        const intakeAt =
          contactAt && demo.status !== "AWARDED"
            ? new Date(contactAt.getTime() + 3 * 86_400_000)
            : null;
        const contract = await tx.contract.create({
          data: {
            reference: demo.reference,
            title: demo.title,
            department: demo.department,
            kind: demo.kind,
            valueExclVat: demo.value,
            labourShare: demo.labourShare ?? null,
            publicationDate: day(fields.publicationDate),
            awardDate: day(awardDate),
            startDate: day(startDate),
            endDate: day(endDate),
            status: demo.status,
            municipalityId: municipality.id,
            contractorId,
            consultantId: consultant?.id ?? null,
            policyId: computed.policy.id,
            catalogueVersionId: computed.catalogueVersionId,
            obligationKind: computed.obligation.kind,
            obligationPercentage: computed.obligation.percentage,
            obligationAmount: computed.obligation.amount,
            obligationLines: computed.obligation.lines.map((line) => ({ ...line })),
            contactDueDate: day(contactDueDate(awardDate, computed.policy.contactDeadlineDays)),
            contactRequestedAt: contactAt,
            contactMessage: contactAt
              ? "Graag plannen we een intake om het plan van aanpak te bespreken."
              : null,
            intakeConfirmedAt: intakeAt,
            intakeConfirmedById: intakeAt ? (consultant?.id ?? coordinator?.id ?? null) : null,
          },
        });
        await audit(tx, coordinator ? { userId: coordinator.id, email: coordinator.email } : null, {
          action: "contract.register",
          entityType: "Contract",
          entityId: contract.id,
          contractId: contract.id,
          after: {
            ...contractSnapshot(contract),
            obligationLines: computed.obligation.lines,
            source: "demo",
          },
        });
        count++;
      }
      await seedDemoPso(tx, orgIds, users, today);
    },
    { timeout: 60_000 },
  );
  await seedDemoExecution(prisma, evidenceStore);
  await seedDemoCandidates(prisma);
  return { seeded: true, contracts: count };
}

/**
 * PSO certificates, recorded after the demo contracts were awarded so those keep their obligation:
 * Bouwbedrijf Eemland holds trede 2, checked by Amersfoort's coordinator (the discount applies to
 * its next contract where the policy gives one); Groenbeheer Spaarne's trede 1 still awaits a
 * check by a gemeente it works for.
 */
async function seedDemoPso(
  tx: Prisma.TransactionClient,
  orgIds: Map<string, string>,
  users: Map<string, { id: string; email: string }>,
  today: string,
) {
  const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
  const demo = [
    {
      contractor: "eemland",
      admin: "admin@bouwbedrijf-eemland.demo",
      level: "TREDE_2" as const,
      certificateNumber: "PSO-2025-10482",
      validFrom: addDays(today, -200),
      validUntil: addDays(today, 895),
      checkedBy: "coordinator@amersfoort.demo",
    },
    {
      contractor: "spaarne",
      admin: "admin@groen-spaarne.demo",
      level: "TREDE_1" as const,
      certificateNumber: "PSO-2026-20931",
      validFrom: addDays(today, -30),
      validUntil: addDays(today, 1065),
      checkedBy: null,
    },
  ];
  for (const certificate of demo) {
    const organisationId = orgIds.get(certificate.contractor);
    const admin = users.get(certificate.admin);
    const checker = certificate.checkedBy ? users.get(certificate.checkedBy) : undefined;
    if (!organisationId || !admin) throw new Error(`Demo PSO needs ${certificate.contractor}`);
    const row = await tx.psoCertificate.create({
      data: {
        organisationId,
        level: certificate.level,
        certificateNumber: certificate.certificateNumber,
        validFrom: day(certificate.validFrom),
        validUntil: day(certificate.validUntil),
        recordedById: admin.id,
        checkedAt: checker ? new Date() : null,
        checkedById: checker?.id ?? null,
      },
    });
    const facts = {
      level: row.level,
      certificateNumber: row.certificateNumber,
      validFrom: certificate.validFrom,
      validUntil: certificate.validUntil,
    };
    await audit(
      tx,
      { userId: admin.id, email: admin.email },
      {
        action: "pso.record",
        entityType: "PsoCertificate",
        entityId: row.id,
        after: facts,
      },
    );
    if (checker) {
      await audit(
        tx,
        { userId: checker.id, email: checker.email },
        {
          action: "pso.check",
          entityType: "PsoCertificate",
          entityId: row.id,
          after: { ...facts, status: "gecontroleerd" },
        },
      );
    }
  }
}
