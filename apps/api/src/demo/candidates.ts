// Demo candidates (fictional people) in the pools of WSP regio Amersfoort and of Haarlem's own
// team, with target groups, availability, tags and one consent each for a contractor, so the
// admin's Kandidaten pages and (next) proposals have something to show.
import type { PrismaClient } from "@prisma/client";
import { addDays, dutchDate } from "@sroi/domain";

interface DemoCandidate {
  reference: string;
  name: string;
  email?: string;
  phone?: string;
  summary: string;
  ageBand: string;
  home: string;
  hours: string;
  availableInDays: number;
  skills: string[];
  wishes: string[];
  restrictions: string[];
  targetGroups: { code: string; source: string | null }[];
  /** shares initials, availability and summary with this contractor (KvK number) */
  consentFor?: string;
}

const WSP_AMERSFOORT: DemoCandidate[] = [
  {
    reference: "WSP-2026-0141",
    name: "Joris van Leusden",
    email: "joris.vanleusden@voorbeeld.nl",
    phone: "06 - 1111 2201",
    summary: "Ervaren opperman, zoekt vast werk in de bouw; heeft VCA-basis.",
    ageBand: "FROM_27_TO_49",
    home: "GM0307",
    hours: "36",
    availableInDays: 0,
    skills: ["VCA-basis", "opperman", "heftruck"],
    wishes: ["bouw", "buitenwerk"],
    restrictions: [],
    targetGroups: [{ code: "PARTICIPATIEWET", source: "UITKERING_GEMEENTE" }],
    consentFor: "90000001",
  },
  {
    reference: "WSP-2026-0152",
    name: "Samira Bouzid",
    email: "s.bouzid@voorbeeld.nl",
    summary: "Afgestudeerd BOL niveau 2 administratie, zoekt een leer-werkplek.",
    ageBand: "UNDER_27",
    home: "GM0342",
    hours: "32",
    availableInDays: 14,
    skills: ["administratie", "Excel"],
    wishes: ["kantoor"],
    restrictions: ["geen avonddiensten"],
    targetGroups: [{ code: "ZONDER_STARTKWALIFICATIE", source: "SCHOOL" }],
  },
  {
    reference: "WSP-2026-0163",
    name: "Henk Wolters",
    phone: "06 - 1111 2203",
    summary: "Hovenier met 30 jaar ervaring, na reorganisatie werkloos.",
    ageBand: "FROM_55",
    home: "GM0308",
    hours: "24",
    availableInDays: 7,
    skills: ["groenonderhoud", "rijbewijs BE"],
    wishes: ["buitenwerk"],
    restrictions: ["niet zwaar tillen"],
    targetGroups: [
      { code: "WW", source: "UITKERING_UWV" },
      { code: "VIJFTIG_PLUS", source: null },
    ],
  },
  {
    reference: "WSP-2026-0170",
    name: "Tesfay Gebremedhin",
    summary: "Statushouder, technische achtergrond, volgt een taaltraject op B1.",
    ageBand: "FROM_27_TO_49",
    home: "GM0307",
    hours: "32",
    availableInDays: 30,
    skills: ["installatietechniek", "lassen"],
    wishes: ["techniek"],
    restrictions: [],
    targetGroups: [{ code: "STATUSHOUDER", source: "UITKERING_GEMEENTE" }],
  },
  {
    reference: "WSP-2026-0188",
    name: "Iris Kooiman",
    summary: "In het doelgroepregister; zoekt werk in de schoonmaak of facilitaire dienst.",
    ageBand: "FROM_27_TO_49",
    home: "GM0307",
    hours: "20",
    availableInDays: 0,
    skills: ["schoonmaak"],
    wishes: ["vaste werktijden"],
    restrictions: ["maximaal 4 uur per dag"],
    targetGroups: [{ code: "DOELGROEPREGISTER", source: "DOELGROEPREGISTER" }],
  },
];

const HAARLEM: DemoCandidate[] = [
  {
    reference: "HLM-K-0031",
    name: "Fleur Spaarnestad",
    email: "fleur.spaarnestad@voorbeeld.nl",
    summary: "Zoekt werk in het groen of in de logistiek; woont in Schalkwijk.",
    ageBand: "UNDER_27",
    home: "GM0392",
    hours: "36",
    availableInDays: 0,
    skills: ["orderpicken", "groenonderhoud"],
    wishes: ["buitenwerk"],
    restrictions: [],
    targetGroups: [{ code: "WAJONG", source: "UITKERING_UWV" }],
    consentFor: "90000002",
  },
  {
    reference: "HLM-K-0037",
    name: "Marcel de Kroon",
    summary: "Ervaren chauffeur, 52 jaar, zoekt weer vast werk.",
    ageBand: "FROM_50_TO_54",
    home: "GM0392",
    hours: "32",
    availableInDays: 21,
    skills: ["rijbewijs C", "code 95"],
    wishes: ["logistiek"],
    restrictions: [],
    targetGroups: [
      { code: "PARTICIPATIEWET", source: "UITKERING_GEMEENTE" },
      { code: "VIJFTIG_PLUS", source: null },
    ],
  },
  {
    reference: "HLM-K-0042",
    name: "Noor Bakkum",
    summary: "Schoolverlater praktijkonderwijs, wil in de bouw leren.",
    ageBand: "UNDER_27",
    home: "GM0392",
    hours: "32",
    availableInDays: 60,
    skills: ["timmeren"],
    wishes: ["BBL-plek"],
    restrictions: [],
    targetGroups: [{ code: "VSO_PRO_SCHOOLVERLATER", source: "SCHOOL" }],
  },
];

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

export async function seedDemoCandidates(prisma: PrismaClient): Promise<number> {
  const today = dutchDate(new Date());
  const pools = [
    { municipality: "GM0307", candidates: WSP_AMERSFOORT },
    { municipality: "GM0392", candidates: HAARLEM },
  ];
  let count = 0;
  for (const pool of pools) {
    const gemeente = await prisma.municipality.findUniqueOrThrow({
      where: { code: pool.municipality },
    });
    if (!gemeente.carriedOutById) continue;
    const consultant = await prisma.membership.findFirst({
      where: { organisationId: gemeente.carriedOutById },
      select: { userId: true },
    });
    for (const [index, c] of pool.candidates.entries()) {
      const contractor = c.consentFor
        ? await prisma.organisation.findUnique({ where: { kvkNumber: c.consentFor } })
        : null;
      await prisma.candidate.create({
        data: {
          organisationId: gemeente.carriedOutById,
          regionId: gemeente.regionId,
          reference: c.reference,
          name: c.name,
          email: c.email ?? null,
          phone: c.phone ?? null,
          summary: c.summary,
          ageBand: c.ageBand,
          ageBandReferenceDate: day(addDays(today, -30)),
          homeMunicipalityCode: c.home,
          hoursPerWeek: c.hours,
          availableFrom: day(addDays(today, c.availableInDays)),
          skills: c.skills,
          wishes: c.wishes,
          restrictions: c.restrictions,
          lastContactOn: day(addDays(today, -7 * (index + 1))),
          targetGroups: {
            create: c.targetGroups.map((g) => ({
              code: g.code,
              verificationSource: g.source,
              verifiedOn: g.source ? day(addDays(today, -60)) : null,
            })),
          },
          consents:
            contractor && consultant
              ? {
                  create: {
                    contractorId: contractor.id,
                    fields: ["INITIALS", "AVAILABILITY", "SUMMARY"],
                    givenOn: day(addDays(today, -7)),
                    validUntil: day(addDays(today, 358)),
                    recordedById: consultant.userId,
                  },
                }
              : undefined,
        },
      });
      count++;
    }
  }
  return count;
}
