// Blocks and bonuses as published in the seeded catalogues (packages/db/catalogues, values
// retrieved 2026-11-22), copied here so the domain tests depend on nothing outside the package.
import type { BlockDefinition, BonusDefinition } from "../src/catalogue.js";

type BlockFields = Pick<BlockDefinition, "code" | "name" | "category" | "kind"> &
  Partial<Pick<BlockDefinition, "amount" | "share" | "maxMonths" | "minHoursPerWeek">>;

function block(fields: BlockFields): BlockDefinition {
  return { amount: null, share: null, maxMonths: null, minHoursPerWeek: null, ...fields };
}

/** utrecht-current.json (basisHours 36) */
export const utrecht = {
  PW: block({
    code: "PW",
    name: "Participatiewet",
    category: "EMPLOYMENT",
    kind: "PER_FTE_YEAR",
    amount: "40000.00",
  }),
  BOL: block({
    code: "BOL",
    name: "Mbo bol niveau 2, 3 en 4",
    category: "LEARNING",
    kind: "PER_FTE_YEAR",
    amount: "20000.00",
  }),
  INITIATIEF: block({
    code: "INITIATIEF",
    name: "Hulp, steun of kennis bieden aan een sociaal initiatief",
    category: "COMMUNITY_ACTIVITY",
    kind: "PER_HOUR",
    amount: "100.00",
  }),
  bonus50Plus: {
    code: "50PLUS",
    name: "Werkzoekende ouder dan 50 jaar",
    amount: "10000.00",
    appliesTo: ["EMPLOYMENT"],
    oneOff: false,
  } satisfies BonusDefinition,
  bonusStatushouder: {
    code: "STATUSHOUDER",
    name: "Statushouder of persoon met taalachterstand",
    amount: "10000.00",
    appliesTo: ["EMPLOYMENT"],
    oneOff: false,
  } satisfies BonusDefinition,
};

/** haaglanden-2023.json (basisHours 36) */
export const haaglanden = {
  WW: block({
    code: "WW",
    name: "WW",
    category: "EMPLOYMENT",
    kind: "PER_FTE_YEAR",
    amount: "20000.00",
    maxMonths: 12,
  }),
  PW: block({
    code: "PW",
    name: "Participatiewet",
    category: "EMPLOYMENT",
    kind: "PER_FTE_YEAR",
    amount: "40000.00",
    maxMonths: 24,
  }),
  BA: block({
    code: "BA",
    name: "Banenafspraak (incl. Wajong, Wsw, doelgroepregistratie)",
    category: "EMPLOYMENT",
    kind: "PER_FTE_YEAR",
    amount: "50000.00",
  }),
  SCHOLING: block({
    code: "SCHOLING",
    name: "Scholing en bijzondere begeleiding",
    category: "COST",
    kind: "ACTUAL_COST",
  }),
  bonus55Plus: {
    code: "55PLUS",
    name: "55+",
    amount: "10000.00",
    appliesTo: ["EMPLOYMENT"],
    oneOff: false,
  } satisfies BonusDefinition,
};

/** harlingen.json (basisHours 36; at least 12 hours a week for the employment blocks) */
export const harlingen = {
  PW_GT2: block({
    code: "PW-GT2",
    name: "Participatiewet > 2 jaar",
    category: "EMPLOYMENT",
    kind: "PER_FTE_YEAR",
    amount: "40000.00",
    minHoursPerWeek: "12",
  }),
  WEP: block({
    code: "WEP",
    name: "Werkervaringsplaats",
    category: "WORK_EXPERIENCE",
    kind: "PER_FTE_YEAR",
    amount: "7500.00",
  }),
  bonus50Plus: {
    code: "50PLUS",
    name: "50+ op de peildatum",
    amount: "5000.00",
    appliesTo: ["EMPLOYMENT"],
    oneOff: false,
  } satisfies BonusDefinition,
};

/** oost-nederland-v05-2023.json (basisHours 36) */
export const oostNederland = {
  WEP: block({
    code: "WEP",
    name: "Werkervaringsplek / proefplaatsing",
    category: "WORK_EXPERIENCE",
    kind: "PER_MONTH",
    amount: "750.00",
  }),
  INKOOP_SENL: block({
    code: "INKOOP-SENL",
    name: "Inkoop bij lid van Social Enterprise NL",
    category: "SOCIAL_PURCHASE",
    kind: "INVOICE_SHARE",
    share: "0.50",
  }),
  WW_LT1: block({
    code: "WW-LT1",
    name: "WW < 1 jaar",
    category: "EMPLOYMENT",
    kind: "PER_FTE_YEAR",
    amount: "10000.00",
    maxMonths: 12,
  }),
};

/** leiden-2023.json (basisHours 36) */
export const leiden = {
  MA: block({
    code: "MA",
    name: "Maatschappelijke activiteit (maatwerk)",
    category: "COMMUNITY_ACTIVITY",
    kind: "PER_DAY",
    amount: "1000.00",
  }),
  SW_INKOOP: block({
    code: "SW-INKOOP",
    name: "Dienstverlening of productie door een sw-bedrijf",
    category: "SOCIAL_PURCHASE",
    kind: "INVOICE_SHARE",
    share: "1.00",
  }),
  PRO_VSO: block({
    code: "PRO-VSO",
    name: "Leerling Pro/Vso, indienstneming na uitstroom",
    category: "EMPLOYMENT",
    kind: "PER_FTE_YEAR",
    amount: "25000.00",
  }),
  WW: block({
    code: "WW",
    name: "WW (uitkeringsduur niet van belang)",
    category: "EMPLOYMENT",
    kind: "PER_FTE_YEAR",
    amount: "15000.00",
  }),
  bonusProVsoNaStage: {
    code: "PRO-VSO-NA-STAGE",
    name: "Pro/Vso: indienstname na stage van minimaal 6 maanden",
    amount: "10000.00",
    appliesTo: ["PRO-VSO"],
    oneOff: false,
  } satisfies BonusDefinition,
  bonus55Plus: {
    code: "55PLUS",
    name: "Werkzoekende van 55+",
    amount: "15000.00",
    appliesTo: ["EMPLOYMENT"],
    oneOff: false,
  } satisfies BonusDefinition,
};

/** Not in any published catalogue: the format allows them, so the rules must handle them. */
export const synthetic = {
  oneOffBonus: {
    code: "PLAATSING",
    name: "Plaatsingspremie",
    amount: "2500.00",
    appliesTo: ["EMPLOYMENT"],
    oneOff: true,
  } satisfies BonusDefinition,
  activity: block({
    code: "GASTLES",
    name: "Gastles op een school",
    category: "COMMUNITY_ACTIVITY",
    kind: "PER_ACTIVITY",
    amount: "500.00",
  }),
  monthWithMinimum: block({
    code: "WEP-MIN",
    name: "Werkervaringsplek (minimaal 16 uur)",
    category: "WORK_EXPERIENCE",
    kind: "PER_MONTH",
    amount: "750.00",
    minHoursPerWeek: "16",
  }),
};
