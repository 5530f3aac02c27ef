// The plan van aanpak pieces both apps show, as static markup: statuses in words, lines with their
// inputs in words, and differences that say "wordt" to a screen reader where the eye sees an arrow.
import { renderToStaticMarkup } from "react-dom/server";
import { createMemoryRouter, RouterProvider } from "react-router";
import { describe, expect, it } from "vitest";
import {
  type PlanBlockName,
  PlanDifferencesTable,
  PlanLinesTable,
  PlanStatusBadge,
  PlanVersionsTable,
} from "../src/index.js";

const blocks: PlanBlockName[] = [
  { code: "PW", name: "Participatiewet", kind: "PER_FTE_YEAR" },
  { code: "INITIATIEF", name: "Hulp aan een sociaal initiatief", kind: "PER_HOUR" },
];

const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, " ")
    .replace(/\s+/g, " ")
    .trim();

describe("PlanStatusBadge", () => {
  it("says the status in Dutch words", () => {
    expect(text(renderToStaticMarkup(<PlanStatusBadge status="CHANGES_REQUESTED" />))).toBe(
      "Wijzigingen gevraagd",
    );
    expect(renderToStaticMarkup(<PlanStatusBadge status="APPROVED" />)).toContain(
      "utrecht-status-badge--success",
    );
  });
});

describe("PlanLinesTable", () => {
  it("names each block, its inputs in words and people only where a block is about people", () => {
    const html = renderToStaticMarkup(
      <PlanLinesTable
        blocks={blocks}
        total="44000.00"
        lines={[
          {
            blockCode: "PW",
            description: "Timmerman",
            people: 2,
            hoursPerWeek: "24",
            startDate: "2026-03-01",
            endDate: "2026-12-31",
            value: "40000.00",
          },
          { blockCode: "INITIATIEF", people: 1, hours: "40", value: "4000.00" },
        ]}
      />,
    );
    const rows = [...html.matchAll(/<tr[^>]*>(.*?)<\/tr>/g)].map((row) => text(row[1] ?? ""));
    expect(rows).toEqual([
      "Regel Bouwblok Invulling Verwachte waarde",
      "1 Participatiewet (PW) Timmerman 2 personen, 24 uur per week, 1 maart 2026 t/m 31 december 2026 € 40.000,00",
      "2 Hulp aan een sociaal initiatief (INITIATIEF) 40 uur € 4.000,00",
      "Totaal € 44.000,00",
    ]);
    expect(html).toContain("<caption");
  });
});

describe("PlanDifferencesTable", () => {
  it("shows each change with the value before and after, in words for a screen reader", () => {
    const html = renderToStaticMarkup(
      <PlanDifferencesTable
        blocks={blocks}
        caption="Verschillen met versie 1"
        differences={[
          {
            blockCode: "INITIATIEF",
            status: "CHANGED",
            before: { people: 1, inputs: "40 uur", value: "4000.00" },
            after: { people: 1, inputs: "100 uur", value: "10000.00" },
          },
          {
            blockCode: "PW",
            status: "ADDED",
            before: null,
            after: { people: 1, inputs: "36 uur per week", value: "40000.00" },
          },
        ]}
      />,
    );
    const rows = [...html.matchAll(/<tr[^>]*>(.*?)<\/tr>/g)].map((row) => text(row[1] ?? ""));
    expect(rows).toEqual([
      "Wijziging Bouwblok Was Wordt Waarde",
      "Gewijzigd Hulp aan een sociaal initiatief (INITIATIEF) 40 uur 100 uur € 4.000,00 → wordt € 10.000,00",
      "Toegevoegd Participatiewet (PW) — (nieuwe regel) 1 persoon, 36 uur per week € 40.000,00",
    ]);
    expect(html).toContain('<span aria-hidden="true">→</span>');
  });
});

describe("PlanVersionsTable", () => {
  it("links every version and shows the WSP's comment", () => {
    const router = createMemoryRouter(
      [
        {
          path: "*",
          element: (
            <PlanVersionsTable
              versionPath={(version) => `/plan/versies/${version.id}`}
              versions={[
                {
                  id: "b",
                  number: 2,
                  status: "SUBMITTED",
                  submittedAt: "2026-02-01T09:00:00.000Z",
                  reviewedAt: null,
                  reviewComment: null,
                  total: "50000.00",
                },
                {
                  id: "a",
                  number: 1,
                  status: "CHANGES_REQUESTED",
                  submittedAt: "2026-01-10T09:00:00.000Z",
                  reviewedAt: "2026-01-12T14:30:00.000Z",
                  reviewComment: "Meer uren graag.",
                  total: "44000.00",
                },
              ]}
            />
          ),
        },
      ],
      { initialEntries: ["/"] },
    );
    const html = renderToStaticMarkup(<RouterProvider router={router} />);
    expect(html).toContain('href="/plan/versies/b"');
    const rows = [...html.matchAll(/<tr[^>]*>(.*?)<\/tr>/g)].map((row) => text(row[1] ?? ""));
    expect(rows[2]).toBe(
      "Versie 1 Wijzigingen gevraagd 10 januari 2026 om 10:00 12 januari 2026 om 15:30 Meer uren graag. € 44.000,00",
    );
  });
});
