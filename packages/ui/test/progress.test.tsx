// Progress, report periods and the eindbeoordeling as both apps show them, as static markup; and
// the small rules behind them.
import { renderToStaticMarkup } from "react-dom/server";
import { StaticRouter } from "react-router";
import { describe, expect, it } from "vitest";
import {
  ActivityProgress,
  AssessmentDetails,
  ProgressMeter,
  ProgressSummary,
  ReportPeriods,
  showsProgress,
} from "../src/index.js";

const text = (html: string) => html.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ");

describe("report states", () => {
  it("shows each period with its deadline, report date and standing as a badge with words", () => {
    const html = renderToStaticMarkup(
      <ReportPeriods
        frequency="QUARTERLY"
        reports={[
          {
            from: "2025-01-15",
            through: "2025-03-31",
            dueDate: "2025-04-14",
            reportedOn: "2025-04-02",
            standing: "ON_TIME",
          },
          {
            from: "2025-04-01",
            through: "2025-06-30",
            dueDate: "2025-07-14",
            reportedOn: "2025-08-01",
            standing: "LATE",
          },
          {
            from: "2025-07-01",
            through: "2025-09-30",
            dueDate: "2025-10-14",
            reportedOn: null,
            standing: "MISSED",
          },
          {
            from: "2025-10-01",
            through: "2025-12-31",
            dueDate: "2026-01-14",
            reportedOn: null,
            standing: "DUE",
          },
        ]}
      />,
    );
    expect(html).toContain("Rapportageperiodes (per kwartaal)");
    expect(text(html)).toContain("Afgesproken: rapporteren per kwartaal.");
    expect(text(html)).toContain(
      "Een apart verslag is niet nodig: elke ingediende verantwoording telt als rapportage",
    );
    const rows = html.split("<tr").slice(2).map(text);
    expect(rows).toEqual([
      expect.stringContaining(
        "15 januari 2025 t/m 31 maart 2025 Op tijd ingediend 14 april 2025 2 april 2025",
      ),
      expect.stringContaining(
        "1 april 2025 t/m 30 juni 2025 Te laat ingediend 14 juli 2025 1 augustus 2025",
      ),
      expect.stringContaining(
        "1 juli 2025 t/m 30 september 2025 Niet ingediend 14 oktober 2025 nog niet",
      ),
      expect.stringContaining(
        "1 oktober 2025 t/m 31 december 2025 Nog in te dienen 14 januari 2026 nog niet",
      ),
    ]);
    expect(html).toContain('<th scope="row"');
    expect(html).toContain("utrecht-status-badge--success");
    expect(html).toContain("utrecht-status-badge--danger");
    expect(html).toContain("utrecht-status-badge--warning");
  });

  it("says so when no period has ended yet, instead of an empty table", () => {
    const html = renderToStaticMarkup(<ReportPeriods frequency="MONTHLY" reports={[]} />);
    expect(html).not.toContain("<table");
    expect(text(html)).toContain("rapporteren maandelijks");
    expect(text(html)).toContain("Er is nog geen rapportageperiode afgelopen.");
  });
});

describe("progress", () => {
  it("lists every figure as money, with the percentage as text and as a meter", () => {
    const html = renderToStaticMarkup(
      <ProgressSummary
        plannedLabel="Gepland in het goedgekeurde plan van aanpak"
        progress={{
          obligation: "260000.00",
          accepted: "16223.74",
          pending: "3500.50",
          rejected: "0.00",
          planned: "111111.11",
          percentageAccepted: "6.24",
          gap: "243776.26",
        }}
      />,
    );
    expect(text(html)).toContain(
      "SR-verplichting € 260.000,00 Geaccepteerd (telt mee) € 16.223,74 Ingediend, nog te beoordelen € 3.500,50 Afgewezen € 0,00 Gepland in het goedgekeurde plan van aanpak € 111.111,11 Gerealiseerd 6,24 % van de verplichting",
    );
    expect(text(html)).toContain("Nog te realiseren € 243.776,26");
    expect(html).toContain(
      '<meter class="sroi-progress__meter" min="0" max="100" value="6.24" aria-label="Gerealiseerd: 6,24 % van de SR-verplichting"></meter>',
    );
  });

  it("fills the bar at 100 % but says how far past the obligation the text goes", () => {
    const html = renderToStaticMarkup(<ProgressMeter percentage="104.50" />);
    expect(html).toContain('value="100"');
    expect(text(html)).toContain("104,50 % van de verplichting");
  });

  it("says whether an activity obligation is fulfilled, in words", () => {
    expect(text(renderToStaticMarkup(<ActivityProgress accepted={1} pending={0} />))).toContain(
      "Geaccepteerde maatschappelijke activiteiten 1 Ingediend, nog te beoordelen geen Stand Vervuld",
    );
    expect(text(renderToStaticMarkup(<ActivityProgress accepted={0} pending={2} />))).toContain(
      "Geaccepteerde maatschappelijke activiteiten nog geen Ingediend, nog te beoordelen 2 Stand Nog niet vervuld",
    );
  });

  it("shows progress from planning onward, or earlier once there is something to show", () => {
    expect(showsProgress("AWARDED", false)).toBe(false);
    expect(showsProgress("AWARDED", true)).toBe(true);
    expect(showsProgress("PLANNING", false)).toBe(true);
    expect(showsProgress("CLOSED", false)).toBe(true);
  });
});

describe("eindbeoordeling", () => {
  it("shows the outcome, the figures, the reason and the letter", () => {
    const html = renderToStaticMarkup(
      <StaticRouter location="/">
        <AssessmentDetails
          obligationKind="PERCENTAGE"
          assessment={{
            outcome: "SANCTIONED",
            recoveryUntil: null,
            sanctionAmount: "1000.00",
            reason: "Deels gerealiseerd na de einddatum.",
            obligationAmount: "260000.00",
            acceptedAmount: "9075.84",
            decidedAt: "2026-11-22T09:30:00.000Z",
            letterUrl: "/brieven/eindbeoordeling/c1",
          }}
        />
      </StaticRouter>,
    );
    expect(text(html)).toContain(
      "Uitkomst Sanctie van € 1.000,00 SR-verplichting € 260.000,00 Geaccepteerd bij de beoordeling € 9.075,84 Toelichting Deels gerealiseerd na de einddatum. Vastgelegd op 22 november 2026 om 10:30",
    );
    expect(html).toContain(
      '<a class="utrecht-link utrecht-link--html-a" href="/brieven/eindbeoordeling/c1" type="application/pdf">Beoordelingsbrief downloaden (PDF)</a>',
    );
  });
});
