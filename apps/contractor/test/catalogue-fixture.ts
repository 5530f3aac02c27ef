// A small catalogue for the rekenhulp's tests: a block per year, per month and per invoice.
import type { Catalogue } from "../src/rekenhulp/valuation";

export const catalogue: Catalogue = {
  key: "test",
  basisHours: "36",
  blocks: [
    {
      code: "PW",
      name: "Participatiewet",
      category: "EMPLOYMENT",
      kind: "PER_FTE_YEAR",
      amount: "40000.00",
      share: null,
      maxMonths: 24,
      minHoursPerWeek: null,
    },
    {
      code: "WEP",
      name: "Werkervaringsplaats",
      category: "WORK_EXPERIENCE",
      kind: "PER_MONTH",
      amount: "1000.00",
      share: null,
      maxMonths: 6,
      minHoursPerWeek: null,
    },
    {
      code: "INKOOP",
      name: "Inkoop",
      category: "SOCIAL_PURCHASE",
      kind: "INVOICE_SHARE",
      amount: null,
      share: "0.50",
      maxMonths: null,
      minHoursPerWeek: null,
    },
  ],
  bonuses: [
    { code: "50PLUS", name: "50+", amount: "10000.00", appliesTo: ["EMPLOYMENT"], oneOff: false },
  ],
};
