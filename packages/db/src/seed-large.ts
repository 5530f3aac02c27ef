// A large, realistic data set for measuring the everyday pages (bench/load.ts, docs/quality.md):
// tens of thousands of contracts in every status across several regions, with plans, hundreds of
// thousands of realisations of every block kind in the catalogues, evidence rows, assessments and
// audit events. Rows go in with multi-row INSERTs (bulk-insert.ts), not one Prisma create each.
// Deterministic: the same options give the same rows (a seeded random, dates from `today`).
import type { Prisma, PrismaClient } from "@prisma/client";
import {
  addDays,
  computeObligation,
  decimal,
  toMoneyString,
  type ValueBlockInput,
  valueBlock,
} from "@sroi/domain";
import { type BulkConnection, insertRows } from "./bulk-insert.js";
import { toBlockDefinition, toObligationPolicy } from "./mapping.js";
import { seed } from "./seed.js";

export interface LargeSeedOptions {
  contracts: number;
  realisations: number;
  /** the seed of the random generator */
  seed?: number;
  /** the day the data set is built around (yyyy-mm-dd); deadlines and periods are relative to it */
  today: string;
  /** progress lines for the person waiting */
  log?: (line: string) => void;
}

export interface LargeSeedReport {
  regions: number;
  municipalities: number;
  contractors: number;
  users: number;
  contracts: number;
  planVersions: number;
  planLines: number;
  realisations: number;
  evidenceFiles: number;
  assessments: number;
  auditEvents: number;
}

/** The password-less logins the bench signs in as (it creates their sessions itself). */
export const LARGE_SEED_DOMAIN = "large.test";

/** mulberry32: small, fast and the same everywhere, so a seed gives the same data set. */
function random(seedValue: number) {
  let state = seedValue >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => {
    const item = items[Math.floor(next() * items.length)];
    if (item === undefined) throw new Error("pick from an empty list");
    return item;
  };
  /** one of the keys, with the given weights */
  const weighted = <K extends string>(weights: Record<K, number>): K => {
    const entries = Object.entries(weights) as [K, number][];
    let left = next() * entries.reduce((total, [, weight]) => total + weight, 0);
    for (const [key, weight] of entries) {
      left -= weight;
      if (left < 0) return key;
    }
    return (entries.at(-1) as [K, number])[0];
  };
  return { next, int, pick, weighted, chance: (p: number) => next() < p };
}
type Random = ReturnType<typeof random>;

const TITLES = [
  "Onderhoud openbaar groen",
  "Renovatie sporthal",
  "Schoonmaak gemeentelijke gebouwen",
  "Levering kantoormeubilair",
  "Beheer ICT-werkplekken",
  "Herinrichting winkelstraat",
  "Catering stadhuis",
  "Leerlingenvervoer",
  "Groot onderhoud bruggen",
  "Inzameling huishoudelijk afval",
  "Nieuwbouw brede school",
  "Subsidie wijkcentrum",
];
const PLACES = ["Centrum", "Noord", "Zuid", "Oost", "West", "Haven", "Dorp", "Park"];
const DEPARTMENTS = ["Vastgoed", "Stadsbeheer", "Facilitair", "ICT", "Sociaal Domein"];
const TARGET_GROUPS = ["Participatiewet", "WW", "Wajong", "Praktijkonderwijs", "Statushouder"];
const FIRST_NAMES = ["Anouk", "Bram", "Daan", "Eva", "Fatima", "Jesse", "Lotte", "Mohamed", "Sem"];
const LAST_NAMES = ["de Vries", "Jansen", "Bakker", "Visser", "Smit", "Yilmaz", "Meijer", "Mulder"];
const COMPANY_KINDS = ["Bouw", "Groen", "Schoonmaak", "ICT", "Infra", "Catering", "Installatie"];

/** The regions of the shipped catalogues get gemeenten of their own, each with a WSP. */
const EXTRA_GEMEENTEN_PER_REGION = 3;

const money = (cents: number) => toMoneyString(decimal(cents).div(100));
const cents = (amount: string) => Math.round(Number(amount) * 100);
const timestamp = (day: string, minutes = 9 * 60) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + minutes * 60_000).toISOString();
const json = (value: unknown) => JSON.stringify(value);

interface Template {
  blockCode: string | null;
  inputs: Partial<
    Record<
      "hoursPerWeek" | "startDate" | "endDate" | "hours" | "days" | "count" | "amountExclVat",
      string
    >
  >;
  value: string;
  valueLines: { label: string; amount: string }[];
}

/** The inputs each valuation kind asks for, in a few sizes. */
function inputsFor(kind: string, size: number, today: string): Template["inputs"][] {
  const start = addDays(today, -400 + size * 30);
  switch (kind) {
    case "PER_FTE_YEAR":
    case "PER_MONTH":
      return [
        { hoursPerWeek: "36", startDate: start, endDate: addDays(start, 364) },
        { hoursPerWeek: "24", startDate: start, endDate: addDays(start, 180) },
        { hoursPerWeek: "32", startDate: start, endDate: addDays(start, 90) },
      ];
    case "PER_HOUR":
      return [{ hours: String(40 * (size + 1)) }, { hours: "16" }];
    case "PER_DAY":
      return [{ days: String(5 * (size + 1)) }, { days: "20" }];
    case "PER_ACTIVITY":
      return [{ count: String(size + 1) }];
    default:
      return [{ amountExclVat: `${(size + 1) * 12_500}.00` }, { amountExclVat: "4800.00" }];
  }
}

type CatalogueRow = Prisma.CatalogueVersionGetPayload<{ include: { blocks: true } }>;

/** Realisations and plan lines are valued by the domain's own rules, from a few input shapes. */
function templatesOf(catalogue: CatalogueRow, today: string): Template[] {
  const templates: Template[] = [];
  for (const row of catalogue.blocks) {
    const block = toBlockDefinition(row);
    for (let size = 0; size < 3; size++) {
      for (const inputs of inputsFor(block.kind, size, today)) {
        const input: ValueBlockInput = {
          block,
          basisHours: catalogue.basisHours.toString(),
          ...inputs,
        };
        const result = valueBlock(input);
        if (!result.ok) continue;
        templates.push({
          blockCode: block.code,
          inputs,
          value: result.total,
          valueLines: result.lines,
        });
      }
    }
  }
  if (templates.length === 0) throw new Error(`Catalogue ${catalogue.key} gave no valued blocks`);
  return templates;
}

interface Gemeente {
  id: string;
  code: string;
  regionId: string;
  policy: Prisma.PolicyGetPayload<object>;
  catalogue: CatalogueRow;
  templates: Template[];
  coordinatorId: string;
  consultantId: string;
}

/** Gemeenten with a WSP for the regions that only have a shipped catalogue, and staff everywhere. */
async function prepareOrganisations(prisma: PrismaClient, rng: Random, today: string) {
  const regions = await prisma.region.findMany({
    orderBy: { code: "asc" },
    include: {
      municipalities: { orderBy: { code: "asc" } },
      catalogueVersions: {
        where: { status: "PUBLISHED" },
        orderBy: { validFrom: "desc" },
        include: { blocks: { orderBy: { position: "asc" } } },
      },
    },
  });
  const template = await prisma.policy.findFirstOrThrow({ orderBy: { createdAt: "asc" } });
  let number = 9000;
  for (const region of regions) {
    if (region.municipalities.length > 0 || region.catalogueVersions.length === 0) continue;
    const wsp = await prisma.organisation.create({
      data: {
        kind: "SERVICE_POINT",
        name: `WSP ${region.name}`,
        email: `wsp-${region.code}@${LARGE_SEED_DOMAIN}`,
      },
    });
    for (let i = 1; i <= EXTRA_GEMEENTEN_PER_REGION; i++) {
      number++;
      await prisma.municipality.create({
        data: {
          code: `GM${number}`,
          name: `Testgemeente ${region.name} ${i}`,
          regionId: region.id,
          carriedOutById: wsp.id,
          policies: {
            create: {
              name: `Social return-beleid testgemeente ${number}`,
              validFrom: template.validFrom,
              percentage: template.percentage,
              thresholdWorks: template.thresholdWorks,
              thresholdServices: template.thresholdServices,
              thresholdSupplies: template.thresholdSupplies,
              thresholdSubsidy: template.thresholdSubsidy,
              belowThreshold: template.belowThreshold,
              contactDeadlineDays: template.contactDeadlineDays,
            },
          },
        },
      });
    }
  }
  const municipalities = await prisma.municipality.findMany({
    orderBy: { code: "asc" },
    include: {
      organisation: true,
      carriedOutBy: true,
      policies: { where: { status: "PUBLISHED" }, orderBy: { validFrom: "desc" }, take: 1 },
    },
  });
  const catalogueOf = new Map(
    regions.map((region) => [region.id, region.catalogueVersions[0]] as const),
  );
  // Refreshed: the regions above may have been given gemeenten just now.
  const withCatalogue = await prisma.catalogueVersion.findMany({
    where: { id: { in: [...catalogueOf.values()].flatMap((c) => (c ? [c.id] : [])) } },
    include: { blocks: { orderBy: { position: "asc" } } },
  });
  const templatesByCatalogue = new Map(
    withCatalogue.map((catalogue) => [catalogue.id, templatesOf(catalogue, today)] as const),
  );
  const users: Record<string, unknown>[] = [];
  const memberships: Record<string, unknown>[] = [];
  const addUser = (email: string, name: string, organisationId: string, role: string) => {
    const id = `lg-user-${users.length + 1}`;
    users.push({ id, email, name, updatedAt: timestamp(today) });
    memberships.push({
      id: `lg-member-${memberships.length + 1}`,
      userId: id,
      organisationId,
      role,
    });
    return id;
  };
  const consultantOf = new Map<string, string>();
  const gemeenten: Gemeente[] = [];
  for (const municipality of municipalities) {
    const policy = municipality.policies[0];
    const catalogue = catalogueOf.get(municipality.regionId);
    const carrier = municipality.carriedOutBy;
    if (!policy || !catalogue || !carrier) continue;
    const own =
      municipality.organisation ??
      (await prisma.organisation.create({
        data: {
          kind: "MUNICIPALITY",
          name: `Gemeente ${municipality.name}`,
          municipalityId: municipality.id,
        },
      }));
    const coordinatorId = addUser(
      `coordinator-${municipality.code.toLowerCase()}@${LARGE_SEED_DOMAIN}`,
      `Coördinator ${municipality.name}`,
      own.id,
      "MUNICIPALITY_ADMIN",
    );
    let consultantId = consultantOf.get(carrier.id);
    if (!consultantId) {
      consultantId = addUser(
        `consultant-${consultantOf.size + 1}@${LARGE_SEED_DOMAIN}`,
        `${rng.pick(FIRST_NAMES)} ${rng.pick(LAST_NAMES)}`,
        carrier.id,
        carrier.kind === "SERVICE_POINT" ? "SERVICE_POINT_CONSULTANT" : "MUNICIPALITY_ADMIN",
      );
      consultantOf.set(carrier.id, consultantId);
    }
    gemeenten.push({
      id: municipality.id,
      code: municipality.code,
      regionId: municipality.regionId,
      policy,
      catalogue: withCatalogue.find((c) => c.id === catalogue.id) as CatalogueRow,
      templates: templatesByCatalogue.get(catalogue.id) as Template[],
      coordinatorId,
      consultantId,
    });
  }
  return { gemeenten, users, memberships, regions: regions.length, addUser };
}

const STATUS_WEIGHTS = {
  AWARDED: 10,
  PLANNING: 15,
  IN_EXECUTION: 50,
  ASSESSMENT: 10,
  CLOSED: 15,
} as const;
type Status = keyof typeof STATUS_WEIGHTS;
/** days between award and today, per status */
const AWARD_AGE: Record<Status, [number, number]> = {
  AWARDED: [0, 40],
  PLANNING: [15, 200],
  IN_EXECUTION: [60, 1100],
  ASSESSMENT: [700, 1400],
  CLOSED: [900, 1800],
};

export async function seedLarge(
  prisma: PrismaClient,
  bulk: BulkConnection,
  options: LargeSeedOptions,
): Promise<LargeSeedReport> {
  const log = options.log ?? (() => undefined);
  const rng = random(options.seed ?? 20_260_101);
  const { today } = options;
  if ((await prisma.contract.count()) > 0)
    throw new Error("The large seed fills an empty database; this one already has contracts.");
  await seed(prisma);
  const { gemeenten, users, memberships, regions, addUser } = await prepareOrganisations(
    prisma,
    rng,
    today,
  );
  log(`${gemeenten.length} gemeenten in ${regions} regions`);

  const contractorCount = Math.max(5, Math.round(options.contracts / 8));
  const organisations: Record<string, unknown>[] = [];
  const contractorAdmins: string[] = [];
  for (let i = 0; i < contractorCount; i++) {
    const id = `lg-org-${i + 1}`;
    organisations.push({
      id,
      kind: "CONTRACTOR",
      name: `${rng.pick(COMPANY_KINDS)}bedrijf ${rng.pick(LAST_NAMES)} ${i + 1} B.V.`,
      kvkNumber: String(91_000_000 + i),
      updatedAt: timestamp(today),
    });
  }
  await insertRows(bulk, "Organisation", organisations);
  for (const [i, organisation] of organisations.entries())
    contractorAdmins.push(
      addUser(
        `contractor-${i + 1}@${LARGE_SEED_DOMAIN}`,
        `Beheerder ${organisation.name}`,
        String(organisation.id),
        "CONTRACTOR_ADMIN",
      ),
    );
  await insertRows(bulk, "User", users);
  await insertRows(bulk, "Membership", memberships);
  log(`${contractorCount} contractors, ${users.length} users`);

  const contracts: Record<string, unknown>[] = [];
  const planVersions: Record<string, unknown>[] = [];
  const planLines: Record<string, unknown>[] = [];
  const auditEvents: Record<string, unknown>[] = [];
  const executing: { index: number; weight: number; pending: boolean }[] = [];
  const facts: {
    id: string;
    status: Status;
    gemeente: Gemeente;
    contractorAdmin: string;
    start: string;
    end: string;
    obligationCents: number;
  }[] = [];
  const sequence = new Map<string, number>();
  const event = (
    contractId: string,
    at: string,
    actorId: string,
    action: string,
    entityType: string,
    entityId: string,
    after: unknown,
  ) =>
    auditEvents.push({
      id: `lg-audit-${auditEvents.length + 1}`,
      at,
      actorId,
      actorEmail: null,
      action,
      entityType,
      entityId,
      contractId,
      after: json(after),
    });

  for (let i = 0; i < options.contracts; i++) {
    const gemeente = rng.pick(gemeenten);
    const status = rng.weighted(STATUS_WEIGHTS);
    const [youngest, oldest] = AWARD_AGE[status];
    const awardDate = addDays(today, -rng.int(youngest, oldest));
    const kind = rng.weighted({ WORKS: 40, SERVICES: 35, SUPPLIES: 15, SUBSIDY: 10 });
    const value = Math.round(Math.exp(Math.log(50_000) + rng.next() * Math.log(100)) / 100) * 100;
    const valueExclVat = `${value}.00`;
    const obligation = computeObligation(toObligationPolicy(gemeente.policy), {
      kind,
      valueExclVat,
    });
    const start = addDays(awardDate, 30);
    const end =
      status === "ASSESSMENT" || status === "CLOSED"
        ? addDays(today, -rng.int(10, 300))
        : addDays(start, rng.int(12, 48) * 30);
    const contactDueDate = addDays(awardDate, gemeente.policy.contactDeadlineDays);
    const contacted = status !== "AWARDED" || rng.chance(0.5);
    const contactDay = addDays(awardDate, rng.int(1, 10));
    const year = awardDate.slice(0, 4);
    const serial = (sequence.get(gemeente.code + year) ?? 0) + 1;
    sequence.set(gemeente.code + year, serial);
    const id = `lg-contract-${i + 1}`;
    const contractorIndex = rng.int(0, contractorCount - 1);
    const contractorAdmin = contractorAdmins[contractorIndex] as string;
    contracts.push({
      id,
      reference: `${gemeente.code}-${year}-${String(serial).padStart(5, "0")}`,
      title: `${rng.pick(TITLES)} ${rng.pick(PLACES)}`,
      department: rng.pick(DEPARTMENTS),
      kind,
      valueExclVat,
      awardDate,
      startDate: start,
      endDate: end,
      status,
      municipalityId: gemeente.id,
      contractorId: `lg-org-${contractorIndex + 1}`,
      consultantId: rng.chance(0.7) ? gemeente.consultantId : null,
      policyId: gemeente.policy.id,
      catalogueVersionId: gemeente.catalogue.id,
      obligationKind: obligation.kind,
      obligationPercentage: obligation.percentage,
      obligationAmount: obligation.amount,
      obligationLines: json(obligation.lines),
      contactDueDate,
      contactRequestedAt: contacted ? timestamp(contactDay) : null,
      intakeConfirmedAt: status === "AWARDED" ? null : timestamp(addDays(contactDay, 2)),
      createdAt: timestamp(awardDate),
      updatedAt: timestamp(awardDate, 10 * 60),
    });
    event(id, timestamp(awardDate), gemeente.coordinatorId, "contract.register", "Contract", id, {
      status: "AWARDED",
    });
    if (contacted)
      event(
        id,
        timestamp(contactDay),
        contractorAdmin,
        "contract.requestIntake",
        "Contract",
        id,
        {},
      );
    facts.push({
      id,
      status,
      gemeente,
      contractorAdmin,
      start,
      end,
      obligationCents: cents(obligation.amount),
    });

    if (status !== "AWARDED") {
      const planStatuses =
        status === "PLANNING"
          ? rng.pick([
              ["DRAFT"],
              ["SUBMITTED"],
              ["CHANGES_REQUESTED", "SUBMITTED"],
              ["CHANGES_REQUESTED", "DRAFT"],
            ])
          : rng.pick([["APPROVED"], ["APPROVED"], ["CHANGES_REQUESTED", "APPROVED"]]);
      for (const [n, planStatus] of planStatuses.entries()) {
        const planId = `${id}-plan-${n + 1}`;
        const day = addDays(start, n * 14);
        let total = 0;
        for (let position = 0; position < rng.int(2, 4); position++) {
          const line = rng.pick(gemeente.templates);
          total += cents(line.value);
          planLines.push({
            id: `${planId}-line-${position + 1}`,
            planVersionId: planId,
            position,
            blockCode: line.blockCode,
            people: 1,
            ...line.inputs,
            bonusCodes: [],
            value: line.value,
            valueLines: json(line.valueLines),
          });
        }
        const submitted = planStatus !== "DRAFT";
        const reviewed = planStatus === "APPROVED" || planStatus === "CHANGES_REQUESTED";
        planVersions.push({
          id: planId,
          contractId: id,
          number: n + 1,
          status: planStatus,
          reportFrequency: gemeente.policy.reportFrequency,
          total: money(total),
          submittedAt: submitted ? timestamp(day) : null,
          reviewedAt: reviewed ? timestamp(addDays(day, 3)) : null,
          reviewedById: reviewed ? gemeente.consultantId : null,
          reviewComment: planStatus === "CHANGES_REQUESTED" ? "Graag meer leerwerkplekken." : null,
          createdAt: timestamp(day),
          updatedAt: timestamp(addDays(day, 3)),
        });
        if (submitted)
          event(id, timestamp(day), contractorAdmin, "plan.submit", "PlanVersion", planId, {
            number: n + 1,
          });
      }
    }
    if (status === "IN_EXECUTION" || status === "ASSESSMENT" || status === "CLOSED") {
      event(
        id,
        timestamp(addDays(start, 30)),
        gemeente.consultantId,
        "contract.status",
        "Contract",
        id,
        { status: "IN_EXECUTION" },
      );
      // A few contracts carry most realisations, as in life; some have entries waiting for review.
      executing.push({
        index: facts.length - 1,
        weight: 1 + 20 * rng.next() ** 4,
        pending: status === "IN_EXECUTION" && rng.chance(0.2),
      });
    }
  }
  await insertRows(bulk, "Contract", contracts);
  await insertRows(bulk, "PlanVersion", planVersions);
  await insertRows(bulk, "PlanLine", planLines);
  log(
    `${contracts.length} contracts, ${planVersions.length} plan versions, ${planLines.length} plan lines`,
  );

  // Realisations, spread by weight so the total is exactly what was asked.
  const totalWeight = executing.reduce((sum, e) => sum + e.weight, 0);
  const counts = executing.map((e) => Math.floor((options.realisations * e.weight) / totalWeight));
  let missing = options.realisations - counts.reduce((a, b) => a + b, 0);
  for (let k = 0; missing > 0 && counts.length > 0; k = (k + 1) % counts.length, missing--)
    counts[k] = (counts[k] as number) + 1;

  const assessments: Record<string, unknown>[] = [];
  let realisationCount = 0;
  let evidenceCount = 0;
  let realisations: Record<string, unknown>[] = [];
  let evidence: Record<string, unknown>[] = [];
  const flush = async () => {
    await insertRows(bulk, "Realisation", realisations);
    await insertRows(bulk, "EvidenceFile", evidence);
    realisations = [];
    evidence = [];
  };
  for (const [e, { index, pending }] of executing.entries()) {
    const contract = facts[index] as (typeof facts)[number];
    const count = counts[e] as number;
    let acceptedCents = 0;
    for (let n = 0; n < count; n++) {
      const id = `${contract.id}-r-${n + 1}`;
      const maatwerk = rng.chance(0.03);
      const template = rng.pick(contract.gemeente.templates);
      const status =
        pending && n >= count * 0.9 ? "SUBMITTED" : rng.weighted({ ACCEPTED: 85, REJECTED: 15 });
      const day = addDays(contract.start, Math.floor(((n + 1) / (count + 1)) * 300));
      const maatwerkCents = status === "ACCEPTED" ? rng.int(50, 500) * 100 : 0;
      const value = maatwerk ? money(maatwerkCents) : template.value;
      if (status === "ACCEPTED") acceptedCents += cents(value);
      realisations.push({
        id,
        contractId: contract.id,
        blockCode: maatwerk ? null : template.blockCode,
        maatwerkDescription: maatwerk ? "Gastlessen op een praktijkschool" : null,
        personRef: `K-${e + 1}-${n + 1}`,
        personName: rng.chance(0.5) ? `${rng.pick(FIRST_NAMES)} ${rng.pick(LAST_NAMES)}` : null,
        targetGroup: rng.pick(TARGET_GROUPS),
        homeMunicipalityCode: contract.gemeente.code,
        ...(maatwerk ? {} : template.inputs),
        bonusCodes: [],
        value,
        valueLines: json(
          maatwerk
            ? [{ label: "Maatwerk, gewaardeerd door het WSP: gastlessen", amount: value }]
            : template.valueLines,
        ),
        status,
        reviewReason: status === "REJECTED" ? "Bewijs ontbreekt." : null,
        reviewedAt: status === "SUBMITTED" ? null : timestamp(addDays(day, 5)),
        reviewedById: status === "SUBMITTED" ? null : contract.gemeente.consultantId,
        submittedById: contract.contractorAdmin,
        createdAt: timestamp(day),
        updatedAt: timestamp(addDays(day, 5)),
      });
      if (n % 10 === 0)
        event(
          contract.id,
          timestamp(day),
          contract.contractorAdmin,
          "realisation.submit",
          "Realisation",
          id,
          { status: "SUBMITTED" },
        );
      if (rng.chance(0.4)) {
        evidenceCount++;
        const sha256 = Array.from({ length: 8 }, () =>
          rng.int(0, 0xffffffff).toString(16).padStart(8, "0"),
        ).join("");
        evidence.push({
          id: `${id}-evidence`,
          contractId: contract.id,
          realisationId: id,
          fileName: `bewijs-${n + 1}.pdf`,
          mimeType: "application/pdf",
          size: rng.int(20_000, 900_000),
          sha256,
          storageKey: sha256,
          uploadedById: contract.contractorAdmin,
          createdAt: timestamp(day),
        });
      }
      realisationCount++;
      if (realisations.length >= 20_000) {
        await flush();
        log(`${realisationCount} realisations`);
      }
    }
    if (contract.status === "CLOSED") {
      const fulfilled = acceptedCents >= contract.obligationCents;
      const outcome = fulfilled ? "FULFILLED" : rng.weighted({ SANCTIONED: 2, WAIVED: 1 });
      assessments.push({
        id: `${contract.id}-assessment`,
        contractId: contract.id,
        outcome,
        sanctionAmount:
          outcome === "SANCTIONED" ? money(contract.obligationCents - acceptedCents) : null,
        reason: outcome === "WAIVED" ? "Bijzondere omstandigheden in de markt." : null,
        obligationAmount: money(contract.obligationCents),
        acceptedAmount: money(acceptedCents),
        decidedById: contract.gemeente.coordinatorId,
        decidedAt: timestamp(addDays(contract.end, 20)),
      });
      event(
        contract.id,
        timestamp(addDays(contract.end, 20)),
        contract.gemeente.coordinatorId,
        "contract.assess",
        "Contract",
        contract.id,
        { outcome },
      );
    }
  }
  await flush();
  await insertRows(bulk, "Assessment", assessments);
  await insertRows(bulk, "AuditEvent", auditEvents);
  log(
    `${realisationCount} realisations, ${evidenceCount} evidence files, ${auditEvents.length} audit events`,
  );
  // The planner needs fresh statistics to choose the indexes on tables that just grew.
  await bulk.query("ANALYZE", []);
  return {
    regions,
    municipalities: gemeenten.length,
    contractors: contractorCount,
    users: users.length,
    contracts: contracts.length,
    planVersions: planVersions.length,
    planLines: planLines.length,
    realisations: realisationCount,
    evidenceFiles: evidenceCount,
    assessments: assessments.length,
    auditEvents: auditEvents.length,
  };
}
