import { describe, expect, it } from "vitest";
import type {
  BlockValuation,
  ValuationInput,
  ValueBlockInput,
  ValueBlockResult,
} from "../src/valuation.js";
import { valuationInputs, valueBlock } from "../src/valuation.js";
import { haaglanden, harlingen, leiden, oostNederland, synthetic, utrecht } from "./fixtures.js";

function valued(input: ValueBlockInput): BlockValuation {
  const result = valueBlock(input);
  if (!result.ok) throw new Error(`expected a value, got ${result.field}: ${result.message}`);
  return result;
}

function amounts(result: BlockValuation): string[] {
  return result.lines.map((line) => line.amount);
}

function failure(result: ValueBlockResult): { field: string; message: string } {
  if (result.ok) throw new Error(`expected an error, got ${result.total}`);
  return { field: result.field, message: result.message };
}

describe("PER_FTE_YEAR, Utrecht (huidige versie)", () => {
  it("Participatiewet, 36 hours for a full (non-leap) year is exactly the block amount", () => {
    const result = valued({
      block: utrecht.PW,
      basisHours: "36",
      startDate: "2023-01-01",
      endDate: "2023-12-31",
      hoursPerWeek: "36",
    });
    // 40000 × 36/36 × 365/365 = 40000.00
    expect(result.total).toBe("40000.00");
    expect(result.countedDays).toBe(365);
    expect(result.countedFrom).toBe("2023-01-01");
    expect(result.countedThrough).toBe("2023-12-31");
    expect(result.countedHoursPerWeek).toBe("36");
    expect(result.lines).toEqual([
      { label: "Participatiewet: € 40.000,00 × 36/36 uur × 365/365 dagen", amount: "40000.00" },
    ]);
  });

  it("24 hours for 182 days, with a single final division", () => {
    // 2023-01-01 .. 2023-07-01 = 31+28+31+30+31+30+1 = 182 days
    const result = valued({
      block: utrecht.PW,
      startDate: "2023-01-01",
      endDate: "2023-07-01",
      hoursPerWeek: "24",
    });
    // 40000 × 24 × 182 / (36 × 365) = 174720000 / 13140 = 13296.8036… → 13296.80
    // (rounding 40000 × 24/36 first to 26666.67 would give 13296.81: the division happens once)
    expect(result.countedDays).toBe(182);
    expect(result.total).toBe("13296.80");
    expect(result.lines[0]?.label).toBe("Participatiewet: € 40.000,00 × 24/36 uur × 182/365 dagen");
  });

  it("a leap year counts 366 days: 366/365 of the amount", () => {
    const result = valued({
      block: utrecht.PW,
      startDate: "2024-01-01",
      endDate: "2024-12-31",
      hoursPerWeek: "36",
    });
    // 40000 × 366/365 = 40109.5890… → 40109.59
    expect(result.countedDays).toBe(366);
    expect(result.total).toBe("40109.59");
  });

  it("hours above the full-time week count as full time", () => {
    const result = valued({
      block: utrecht.PW,
      startDate: "2023-01-01",
      endDate: "2023-12-31",
      hoursPerWeek: "40",
    });
    // 40000 × min(40, 36)/36 × 365/365 = 40000.00
    expect(result.total).toBe("40000.00");
    expect(result.countedHoursPerWeek).toBe("36");
    expect(result.lines[0]?.label).toBe(
      "Participatiewet: € 40.000,00 × 36/36 uur (40 uur per week telt als voltijd) × 365/365 dagen",
    );
  });

  it("decimal hours stay exact", () => {
    const result = valued({
      block: utrecht.PW,
      startDate: "2023-01-01",
      endDate: "2023-12-31",
      hoursPerWeek: "12.5",
    });
    // 40000 × 12.5/36 = 13888.888… → 13888.89
    expect(result.total).toBe("13888.89");
    expect(result.lines[0]?.label).toBe(
      "Participatiewet: € 40.000,00 × 12,5/36 uur × 365/365 dagen",
    );
  });

  it("uses the catalogue's full-time week when it is 40 hours", () => {
    const result = valued({
      block: utrecht.BOL,
      basisHours: "40",
      startDate: "2023-01-01",
      endDate: "2023-12-31",
      hoursPerWeek: "32",
    });
    // 20000 × 32/40 × 365/365 = 16000.00
    expect(result.total).toBe("16000.00");
    expect(result.lines[0]?.label).toBe(
      "Mbo bol niveau 2, 3 en 4: € 20.000,00 × 32/40 uur × 365/365 dagen",
    );
  });

  it("defaults to a 36-hour week", () => {
    const result = valued({
      block: utrecht.PW,
      startDate: "2023-01-01",
      endDate: "2023-12-31",
      hoursPerWeek: "18",
    });
    // 40000 × 18/36 = 20000.00
    expect(result.total).toBe("20000.00");
  });

  it("a single day", () => {
    const result = valued({
      block: utrecht.PW,
      startDate: "2023-03-01",
      endDate: "2023-03-01",
      hoursPerWeek: "36",
    });
    // 40000 / 365 = 109.5890… → 109.59
    expect(result.total).toBe("109.59");
    expect(result.lines[0]?.label).toBe("Participatiewet: € 40.000,00 × 36/36 uur × 1/365 dag");
  });
});

describe("bonuses", () => {
  it("a pro rata bonus has the same hours and days factors as its block", () => {
    const result = valued({
      block: utrecht.PW,
      bonuses: [utrecht.bonus50Plus],
      startDate: "2023-01-01",
      endDate: "2023-07-01",
      hoursPerWeek: "24",
    });
    // block: 40000 × 24 × 182 / (36 × 365) = 13296.8036… → 13296.80
    // bonus: 10000 × 24 × 182 / (36 × 365) = 3324.2009… → 3324.20
    // total: 13296.80 + 3324.20 = 16621.00
    expect(result.lines).toEqual([
      { label: "Participatiewet: € 40.000,00 × 24/36 uur × 182/365 dagen", amount: "13296.80" },
      {
        label: "Toeslag Werkzoekende ouder dan 50 jaar: € 10.000,00 × 24/36 uur × 182/365 dagen",
        amount: "3324.20",
      },
    ]);
    expect(result.total).toBe("16621.00");
  });

  it("a one-off bonus adds its amount once, whatever the hours and days", () => {
    const result = valued({
      block: utrecht.PW,
      bonuses: [synthetic.oneOffBonus],
      startDate: "2023-01-01",
      endDate: "2023-07-01",
      hoursPerWeek: "24",
    });
    // 13296.80 (as above) + 2500.00 = 15796.80
    expect(result.lines[1]).toEqual({
      label: "Toeslag Plaatsingspremie: € 2.500,00 eenmalig",
      amount: "2500.00",
    });
    expect(result.total).toBe("15796.80");
  });

  it("the total is the sum of lines rounded one by one, not the rounded exact sum", () => {
    const result = valued({
      block: utrecht.PW,
      bonuses: [utrecht.bonus50Plus, utrecht.bonusStatushouder],
      startDate: "2023-03-01",
      endDate: "2023-03-01",
      hoursPerWeek: "36",
    });
    // 40000/365 = 109.5890… → 109.59; 10000/365 = 27.3972… → 27.40 (twice)
    // 109.59 + 27.40 + 27.40 = 164.39, while 60000/365 = 164.3835… would round to 164.38
    expect(amounts(result)).toEqual(["109.59", "27.40", "27.40"]);
    expect(result.total).toBe("164.39");
  });

  it("a bonus listed by block code (Leiden Pro/Vso after an internship)", () => {
    const result = valued({
      block: leiden.PRO_VSO,
      bonuses: [leiden.bonusProVsoNaStage, leiden.bonus55Plus],
      startDate: "2023-01-01",
      endDate: "2023-04-10", // 31 + 28 + 31 + 10 = 100 days
      hoursPerWeek: "20",
    });
    // block: 25000 × 20 × 100 / (36 × 365) = 50000000/13140 = 3805.1750… → 3805.18
    // Pro/Vso bonus: 10000 × 20 × 100 / 13140 = 1522.0700… → 1522.07
    // 55+ bonus: 15000 × 20 × 100 / 13140 = 2283.1050… → 2283.11
    expect(result.countedDays).toBe(100);
    expect(amounts(result)).toEqual(["3805.18", "1522.07", "2283.11"]);
    expect(result.total).toBe("7610.36"); // 3805.18 + 1522.07 + 2283.11
  });

  it("a bonus on a PER_MONTH block follows its days (no hours factor)", () => {
    const bonus = { ...synthetic.oneOffBonus, appliesTo: ["WORK_EXPERIENCE"], oneOff: false };
    const result = valued({
      block: oostNederland.WEP,
      bonuses: [bonus],
      startDate: "2024-01-01",
      endDate: "2024-03-31",
    });
    // block: 750 × 91 × 12 / 365 = 2243.8356… → 2243.84; bonus: 2500 × 91 / 365 = 623.2876… → 623.29
    expect(amounts(result)).toEqual(["2243.84", "623.29"]);
    expect(result.lines[1]?.label).toBe("Toeslag Plaatsingspremie: € 2.500,00 × 91/365 dagen");
    expect(result.total).toBe("2867.13");
  });

  it("a bonus that does not apply to the block is an error on bonusCodes", () => {
    const wrongCategory = failure(
      valueBlock({
        block: utrecht.BOL, // LEARNING, while 50+ is for EMPLOYMENT
        bonuses: [utrecht.bonus50Plus],
        startDate: "2023-01-01",
        endDate: "2023-12-31",
        hoursPerWeek: "36",
      }),
    );
    expect(wrongCategory.field).toBe("bonusCodes");
    expect(wrongCategory.message).toBe(
      "Toeslag Werkzoekende ouder dan 50 jaar hoort niet bij bouwblok Mbo bol niveau 2, 3 en 4.",
    );
    const wrongCode = failure(
      valueBlock({
        block: leiden.WW, // the Pro/Vso bonus lists only block PRO-VSO
        bonuses: [leiden.bonusProVsoNaStage],
        startDate: "2023-01-01",
        endDate: "2023-12-31",
        hoursPerWeek: "36",
      }),
    );
    expect(wrongCode.field).toBe("bonusCodes");
  });

  it("the same bonus twice is an error", () => {
    const error = failure(
      valueBlock({
        block: utrecht.PW,
        bonuses: [utrecht.bonus50Plus, utrecht.bonus50Plus],
        startDate: "2023-01-01",
        endDate: "2023-12-31",
        hoursPerWeek: "36",
      }),
    );
    expect(error).toEqual({
      field: "bonusCodes",
      message: "Toeslag Werkzoekende ouder dan 50 jaar is meer dan één keer gekozen.",
    });
  });
});

describe("maximum counting period (maxMonths), Haaglanden 2023", () => {
  it("WW counts at most 12 months of a 2-year placement", () => {
    const result = valued({
      block: haaglanden.WW,
      startDate: "2022-07-01",
      endDate: "2024-06-30",
      hoursPerWeek: "36",
    });
    // 12 months from 2022-07-01: 2023-07-01 is excluded, so 2022-07-01 .. 2023-06-30 = 365 days
    // 20000 × 36/36 × 365/365 = 20000.00
    expect(result.countedDays).toBe(365);
    expect(result.countedThrough).toBe("2023-06-30");
    expect(result.total).toBe("20000.00");
    expect(result.lines[0]?.label).toBe(
      "WW: € 20.000,00 × 36/36 uur × 365/365 dagen (geteld 1 juli 2022 t/m 30 juni 2023: maximaal 12 maanden vanaf 1 juli 2022)",
    );
  });

  it("12 months that contain 29 February count 366 days", () => {
    const result = valued({
      block: haaglanden.WW,
      startDate: "2024-01-01",
      endDate: "2025-12-31",
      hoursPerWeek: "36",
    });
    // 2024-01-01 .. 2024-12-31 = 366 days; 20000 × 366/365 = 20054.7945… → 20054.79
    expect(result.countedDays).toBe(366);
    expect(result.total).toBe("20054.79");
  });

  it("Participatiewet counts 24 months, part time", () => {
    const result = valued({
      block: haaglanden.PW,
      startDate: "2023-07-01",
      endDate: "2026-06-30",
      hoursPerWeek: "32",
    });
    // 2023-07-01 .. 2025-06-30 = 366 + 365 = 731 days
    // 40000 × 32 × 731 / (36 × 365) = 935680000 / 13140 = 71208.5235… → 71208.52
    expect(result.countedDays).toBe(731);
    expect(result.total).toBe("71208.52");
  });

  it("a 1-month maximum from 31 January counts through 28 February 2024", () => {
    const block = { ...haaglanden.WW, maxMonths: 1 };
    const result = valued({
      block,
      startDate: "2024-01-31",
      endDate: "2024-06-30",
      hoursPerWeek: "36",
    });
    // excluded day 2024-02-29 (31 February does not exist): 2024-01-31 .. 2024-02-28 = 29 days
    // 20000 × 29 / 365 = 1589.0410… → 1589.04
    expect(result.countedDays).toBe(29);
    expect(result.countedThrough).toBe("2024-02-28");
    expect(result.total).toBe("1589.04");
  });

  it("a 1-month maximum from 15 January counts through 14 February", () => {
    const block = { ...haaglanden.WW, maxMonths: 1 };
    const result = valued({
      block,
      startDate: "2024-01-15",
      endDate: "2024-06-30",
      hoursPerWeek: "36",
    });
    // 2024-01-15 .. 2024-02-14 = 17 + 14 = 31 days; 20000 × 31 / 365 = 1698.6301… → 1698.63
    expect(result.countedDays).toBe(31);
    expect(result.total).toBe("1698.63");
  });

  it("a placement shorter than the maximum counts in full", () => {
    const result = valued({
      block: haaglanden.WW,
      startDate: "2023-01-01",
      endDate: "2023-03-31",
      hoursPerWeek: "36",
    });
    // 90 days; 20000 × 90 / 365 = 4931.5068… → 4931.51
    expect(result.countedDays).toBe(90);
    expect(result.total).toBe("4931.51");
    expect(result.lines[0]?.label).toBe("WW: € 20.000,00 × 36/36 uur × 90/365 dagen");
  });

  it("banenafspraak always counts (no maximum)", () => {
    const result = valued({
      block: haaglanden.BA,
      startDate: "2023-01-01",
      endDate: "2025-12-31",
      hoursPerWeek: "36",
    });
    // 365 + 366 + 365 = 1096 days; 50000 × 1096 / 365 = 150136.9863… → 150136.99
    expect(result.countedDays).toBe(1096);
    expect(result.total).toBe("150136.99");
  });
});

describe("the contract's period", () => {
  it("only days within the contract count", () => {
    const result = valued({
      block: utrecht.PW,
      startDate: "2023-01-01",
      endDate: "2023-12-31",
      hoursPerWeek: "36",
      contractStart: "2023-04-01",
      contractEnd: "2023-09-30",
    });
    // 2023-04-01 .. 2023-09-30 = 30 + 31 + 30 + 31 + 31 + 30 = 183 days
    // 40000 × 183 / 365 = 20054.7945… → 20054.79
    expect(result.countedDays).toBe(183);
    expect(result.total).toBe("20054.79");
    expect(result.lines[0]?.label).toBe(
      "Participatiewet: € 40.000,00 × 36/36 uur × 183/365 dagen (geteld 1 april 2023 t/m 30 september 2023: binnen de looptijd van het contract)",
    );
  });

  it("the maximum runs from the placement's own start, even before the contract", () => {
    const result = valued({
      block: haaglanden.WW,
      startDate: "2023-01-01",
      endDate: "2024-12-31",
      hoursPerWeek: "36",
      contractStart: "2023-07-01",
    });
    // 12 months from 2023-01-01 end on 2023-12-31; within the contract: 2023-07-01 .. 2023-12-31 = 184 days
    // 20000 × 184 / 365 = 10082.1917… → 10082.19
    expect(result.countedDays).toBe(184);
    expect(result.countedFrom).toBe("2023-07-01");
    expect(result.total).toBe("10082.19");
  });

  it("no overlap with the contract is 0 days, value 0.00, with the reason", () => {
    const result = valued({
      block: utrecht.PW,
      bonuses: [utrecht.bonus50Plus],
      startDate: "2020-01-01",
      endDate: "2020-12-31",
      hoursPerWeek: "36",
      contractStart: "2021-01-01",
      contractEnd: "2022-12-31",
    });
    expect(result.countedDays).toBe(0);
    expect(result.countedFrom).toBeUndefined();
    expect(result.total).toBe("0.00");
    expect(result.lines).toEqual([
      {
        label:
          "Participatiewet: telt niet mee, want de periode 1 januari 2020 t/m 31 december 2020 valt buiten de looptijd van het contract",
        amount: "0.00",
      },
      {
        label:
          "Toeslag Werkzoekende ouder dan 50 jaar: telt niet mee, want het bouwblok telt niet mee",
        amount: "0.00",
      },
    ]);
  });

  it("a placement whose maximum ended before the contract began counts 0 days", () => {
    const result = valued({
      block: haaglanden.WW,
      startDate: "2022-01-01",
      endDate: "2024-12-31",
      hoursPerWeek: "36",
      contractStart: "2023-06-01",
    });
    expect(result.countedDays).toBe(0);
    expect(result.total).toBe("0.00");
    expect(result.lines[0]?.label).toContain("pas na de maximale telperiode van 12 maanden");
  });
});

describe("minimum hours per week, Harlingen", () => {
  it("below 12 hours a week the value is 0.00 with the reason", () => {
    const result = valued({
      block: harlingen.PW_GT2,
      bonuses: [harlingen.bonus50Plus],
      startDate: "2023-01-01",
      endDate: "2023-12-31",
      hoursPerWeek: "11.5",
    });
    expect(result.total).toBe("0.00");
    expect(result.lines).toEqual([
      {
        label:
          "Participatiewet > 2 jaar: telt niet mee, want 11,5 uur per week is minder dan het minimum van 12 uur per week",
        amount: "0.00",
      },
      {
        label: "Toeslag 50+ op de peildatum: telt niet mee, want het bouwblok telt niet mee",
        amount: "0.00",
      },
    ]);
  });

  it("exactly the minimum counts", () => {
    const result = valued({
      block: harlingen.PW_GT2,
      bonuses: [harlingen.bonus50Plus],
      startDate: "2023-01-01",
      endDate: "2023-12-31",
      hoursPerWeek: "12",
    });
    // block: 40000 × 12/36 = 13333.333… → 13333.33; bonus: 5000 × 12/36 = 1666.666… → 1666.67
    expect(amounts(result)).toEqual(["13333.33", "1666.67"]);
    expect(result.total).toBe("15000.00");
  });

  it("a block without a minimum counts any hours (werkervaringsplaats, 8 hours)", () => {
    const result = valued({
      block: harlingen.WEP,
      startDate: "2023-01-01",
      endDate: "2023-12-31",
      hoursPerWeek: "8",
    });
    // 7500 × 8/36 = 1666.666… → 1666.67
    expect(result.total).toBe("1666.67");
  });

  it("a PER_MONTH block with a minimum asks for hours per week", () => {
    const missing = failure(
      valueBlock({
        block: synthetic.monthWithMinimum,
        startDate: "2024-01-01",
        endDate: "2024-03-31",
      }),
    );
    expect(missing.field).toBe("hoursPerWeek");
    const below = valued({
      block: synthetic.monthWithMinimum,
      startDate: "2024-01-01",
      endDate: "2024-03-31",
      hoursPerWeek: "12",
    });
    expect(below.total).toBe("0.00");
    const enough = valued({
      block: synthetic.monthWithMinimum,
      startDate: "2024-01-01",
      endDate: "2024-03-31",
      hoursPerWeek: "16",
    });
    // hours do not scale a monthly amount: 750 × 91 × 12 / 365 = 2243.84
    expect(enough.total).toBe("2243.84");
  });
});

describe("PER_MONTH, Oost-Nederland werkervaringsplek", () => {
  it("€ 750,00 a month for 2024-01-01 .. 2024-03-31", () => {
    const result = valued({
      block: oostNederland.WEP,
      startDate: "2024-01-01",
      endDate: "2024-03-31",
    });
    // 31 + 29 + 31 = 91 days; 750 × 91 × 12 / 365 = 819000 / 365 = 2243.8356… → 2243.84
    expect(result.countedDays).toBe(91);
    expect(result.total).toBe("2243.84");
    expect(result.countedHoursPerWeek).toBeUndefined();
    expect(result.lines).toEqual([
      {
        label: "Werkervaringsplek / proefplaatsing: € 750,00 per maand × 12 maanden × 91/365 dagen",
        amount: "2243.84",
      },
    ]);
  });

  it("a full year is 12 months", () => {
    const result = valued({
      block: oostNederland.WEP,
      startDate: "2023-01-01",
      endDate: "2023-12-31",
    });
    // 750 × 365 × 12 / 365 = 9000.00
    expect(result.total).toBe("9000.00");
  });
});

describe("PER_HOUR, PER_DAY, PER_ACTIVITY", () => {
  it("Utrecht: € 100,00 per hour for help to a social initiative", () => {
    const result = valued({ block: utrecht.INITIATIEF, hours: "12.5" });
    // 100 × 12.5 = 1250.00
    expect(result.total).toBe("1250.00");
    expect(result.countedDays).toBeUndefined();
    expect(result.lines[0]?.label).toBe(
      "Hulp, steun of kennis bieden aan een sociaal initiatief: € 100,00 per uur × 12,5 uur",
    );
  });

  it("Leiden maatschappelijke activiteit: € 1.000,00 per day", () => {
    const result = valued({ block: leiden.MA, days: "3" });
    // 1000 × 3 = 3000.00
    expect(result.total).toBe("3000.00");
    expect(result.lines[0]?.label).toBe(
      "Maatschappelijke activiteit (maatwerk): € 1.000,00 per dag × 3 dagen",
    );
  });

  it("Leiden maatschappelijke activiteit: half a day", () => {
    // 1000 × 0.5 = 500.00
    expect(valued({ block: leiden.MA, days: "0.5" }).total).toBe("500.00");
  });

  it("a policy's cap per day applies when it is lower than the block amount", () => {
    const capped = valued({ block: leiden.MA, days: "3", dayCap: "750.00" });
    // min(1000, 750) × 3 = 2250.00
    expect(capped.total).toBe("2250.00");
    expect(capped.lines[0]?.label).toBe(
      "Maatschappelijke activiteit (maatwerk): € 750,00 per dag (maximum volgens het beleid; catalogus € 1.000,00) × 3 dagen",
    );
    // min(1000, 1500) × 3 = 3000.00
    expect(valued({ block: leiden.MA, days: "3", dayCap: "1500" }).total).toBe("3000.00");
  });

  it("€ 500,00 per activity", () => {
    const result = valued({ block: synthetic.activity, count: "2" });
    // 500 × 2 = 1000.00
    expect(result.total).toBe("1000.00");
    expect(result.lines[0]?.label).toBe(
      "Gastles op een school: € 500,00 per activiteit × 2 activiteiten",
    );
    expect(valued({ block: synthetic.activity, count: "1" }).lines[0]?.label).toBe(
      "Gastles op een school: € 500,00 per activiteit × 1 activiteit",
    );
  });

  it("half up to cents on exact products", () => {
    // 100 × 0.12345 = 12.345 → 12.35
    expect(valued({ block: utrecht.INITIATIEF, hours: "0.12345" }).total).toBe("12.35");
  });
});

describe("INVOICE_SHARE and ACTUAL_COST", () => {
  it("Oost-Nederland, 50 % for a Social Enterprise NL member, rounds half up", () => {
    const result = valued({ block: oostNederland.INKOOP_SENL, amountExclVat: "1234.57" });
    // 1234.57 × 0.50 = 617.285 → 617.29
    expect(result.total).toBe("617.29");
    expect(result.lines[0]?.label).toBe(
      "Inkoop bij lid van Social Enterprise NL: 50 % van € 1.234,57 (factuurbedrag excl. btw)",
    );
  });

  it("Leiden, 100 % for an sw-bedrijf", () => {
    // 1234.57 × 1.00 = 1234.57
    expect(valued({ block: leiden.SW_INKOOP, amountExclVat: "1234.57" }).total).toBe("1234.57");
  });

  it("Haaglanden, training at actual cost", () => {
    const result = valued({ block: haaglanden.SCHOLING, amountExclVat: "2500.005" });
    // 2500.005 → 2500.01
    expect(result.total).toBe("2500.01");
    expect(result.lines[0]?.label).toBe(
      "Scholing en bijzondere begeleiding: werkelijke kosten € 2.500,01 excl. btw",
    );
  });
});

describe("validation errors", () => {
  const fte = {
    block: utrecht.PW,
    startDate: "2023-01-01",
    endDate: "2023-12-31",
    hoursPerWeek: "36",
  };

  it.each([
    [
      "end before start",
      { ...fte, endDate: "2022-12-31" },
      "endDate",
      "De einddatum ligt vóór de begindatum.",
    ],
    ["missing start", { ...fte, startDate: null }, "startDate", "De begindatum ontbreekt."],
    ["missing end", { ...fte, endDate: undefined }, "endDate", "De einddatum ontbreekt."],
    [
      "an impossible date",
      { ...fte, endDate: "2023-02-29" },
      "endDate",
      "De einddatum is geen bestaande datum; schrijf hem als jjjj-mm-dd, bijvoorbeeld 2024-01-31.",
    ],
    [
      "missing hours per week",
      { ...fte, hoursPerWeek: "" },
      "hoursPerWeek",
      "Het aantal uren per week ontbreekt.",
    ],
    [
      "negative hours per week",
      { ...fte, hoursPerWeek: "-4" },
      "hoursPerWeek",
      "Het aantal uren per week mag niet negatief zijn.",
    ],
    [
      "a decimal comma",
      { ...fte, hoursPerWeek: "12,5" },
      "hoursPerWeek",
      "Het aantal uren per week is geen geldig getal; schrijf het bijvoorbeeld als 24 of 12.5 (met een punt als decimaalteken).",
    ],
    [
      "contract end before contract start",
      { ...fte, contractStart: "2023-06-01", contractEnd: "2023-05-31" },
      "contractEnd",
      "De einddatum van het contract ligt vóór de begindatum van het contract.",
    ],
    ["a bad contract date", { ...fte, contractStart: "1-6-2023" }, "contractStart", undefined],
    ["a zero full-time week", { ...fte, basisHours: "0" }, "basisHours", undefined],
    ["missing hours", { block: utrecht.INITIATIEF }, "hours", "Het aantal uren ontbreekt."],
    [
      "negative hours",
      { block: utrecht.INITIATIEF, hours: "-1" },
      "hours",
      "Het aantal uren mag niet negatief zijn.",
    ],
    [
      // was valued at € 9.999.999.999,00 and overflowed the hours column from 1e8 on
      "hours far beyond any activity",
      { block: utrecht.INITIATIEF, hours: "99999999.99" },
      "hours",
      "Het aantal uren is te groot: hoogstens 10.000.",
    ],
    [
      "an invoice beyond a hundred million",
      { block: leiden.SW_INKOOP, amountExclVat: "100000000.01" },
      "amountExclVat",
      "Het bedrag excl. btw is te groot: hoogstens € 100.000.000,00.",
    ],
    ["missing days", { block: leiden.MA }, "days", "Het aantal dagen ontbreekt."],
    [
      "negative day cap",
      { block: leiden.MA, days: "1", dayCap: "-5" },
      "dayCap",
      "Het maximum per dag mag niet negatief zijn.",
    ],
    ["missing count", { block: synthetic.activity }, "count", "Het aantal activiteiten ontbreekt."],
    [
      "a fractional count",
      { block: synthetic.activity, count: "1.5" },
      "count",
      "Het aantal activiteiten moet een heel getal zijn.",
    ],
    [
      "missing invoice amount",
      { block: leiden.SW_INKOOP },
      "amountExclVat",
      "Het bedrag excl. btw ontbreekt.",
    ],
    [
      "negative cost",
      { block: haaglanden.SCHOLING, amountExclVat: "-10.00" },
      "amountExclVat",
      "Het bedrag excl. btw mag niet negatief zijn.",
    ],
    [
      "a block without an amount",
      { ...fte, block: { ...utrecht.PW, amount: null } },
      "block",
      "Bouwblok Participatiewet (PW) heeft geen geldig bedrag in de catalogus.",
    ],
    [
      "an invoice block without a share",
      { block: { ...leiden.SW_INKOOP, share: null }, amountExclVat: "10" },
      "block",
      undefined,
    ],
  ] as [string, ValueBlockInput, string, string | undefined][])(
    "%s",
    (_name, input, field, message) => {
      const error = failure(valueBlock(input));
      expect(error.field).toBe(field);
      if (message !== undefined) expect(error.message).toBe(message);
      expect(error.message.length).toBeGreaterThan(0);
    },
  );

  it("a start and end on the same day is valid", () => {
    expect(valueBlock({ ...fte, endDate: "2023-01-01" }).ok).toBe(true);
  });

  it("zero hours a week is valid and worth nothing", () => {
    expect(valued({ ...fte, hoursPerWeek: "0" }).total).toBe("0.00");
  });
});

describe("the inputs a block asks for", () => {
  const sample: Record<ValuationInput, string> = {
    hoursPerWeek: "24",
    startDate: "2026-01-01",
    endDate: "2026-06-30",
    hours: "8",
    days: "3",
    count: "2",
    amountExclVat: "1000",
  };
  const blocks = [
    [utrecht.PW, ["hoursPerWeek", "startDate", "endDate"]],
    [harlingen.PW_GT2, ["hoursPerWeek", "startDate", "endDate"]],
    [oostNederland.WEP, ["startDate", "endDate"]],
    [synthetic.monthWithMinimum, ["hoursPerWeek", "startDate", "endDate"]],
    [utrecht.INITIATIEF, ["hours"]],
    [leiden.MA, ["days"]],
    [synthetic.activity, ["count"]],
    [oostNederland.INKOOP_SENL, ["amountExclVat"]],
    [haaglanden.SCHOLING, ["amountExclVat"]],
  ] as const;

  it.each(blocks)("%o asks %o, and values with exactly those", (block, expected) => {
    const inputs = valuationInputs(block);
    expect(inputs).toEqual(expected);
    const given = Object.fromEntries(inputs.map((input) => [input, sample[input]]));
    expect(valueBlock({ block, basisHours: "36", ...given }).ok).toBe(true);
    // Leaving out any one of them is what the valuation refuses, on that input.
    for (const missing of inputs) {
      const result = valueBlock({ block, basisHours: "36", ...given, [missing]: null });
      expect(result.ok ? null : result.field).toBe(missing);
    }
  });
});
