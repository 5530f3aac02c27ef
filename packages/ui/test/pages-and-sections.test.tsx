// What both apps render with their own query's answer: the plan pages (which version a page shows,
// where its links go, what it says when there is nothing yet), the contract page's sections in each
// app's words (Voortgang, Eindbeoordeling, Verantwoording), a realisation's record, and the alert
// that takes focus.
import type { ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { createMemoryRouter, RouterProvider } from "react-router";
import { describe, expect, it } from "vitest";
import {
  AssessmentSection,
  FocusedAlert,
  namesByCode,
  PlanComparePageBody,
  type PlanPageContract,
  PlanVersionPageBody,
  PlanVersionsPageBody,
  ProgressSection,
  type ProgressSectionContract,
  type ProgressSectionTexts,
  planPath,
  RealisationRecord,
  type RealisationRow,
  RealisationsSection,
  realisationPath,
} from "../src/index.js";

const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, " ")
    .replace(/\s+/g, " ")
    .trim();

// The compare form is a react-router Form: it needs a data router around it.
function render(element: ReactElement) {
  const router = createMemoryRouter([{ path: "*", element }], { initialEntries: ["/"] });
  return renderToStaticMarkup(<RouterProvider router={router} />);
}

const version = (id: string, number: number, total: string) => ({
  id,
  number,
  version: 1,
  status: "APPROVED" as const,
  reportFrequency: "QUARTERLY" as const,
  submittedAt: "2026-01-10T09:00:00.000Z",
  reviewedAt: null,
  reviewComment: null,
  total,
  projection: { total, percentageCovered: null, gap: "0.00" },
  lines: [],
});

// Newest first, as the API gives them; an id with a slash shows the addresses are encoded.
const contract: PlanPageContract = {
  id: "c/1",
  reference: "AMF-2026-001",
  title: "Nieuwbouw school",
  obligation: { kind: "NONE", amount: "0.00", catalogueVersion: null },
  plans: [version("p3", 3, "3000.00"), version("p2", 2, "2000.00"), version("p1", 1, "1000.00")],
};

describe("planPath", () => {
  it("is the plan page of a contract, its id encoded", () => {
    expect(planPath("c/1")).toBe("/opdrachten/c%2F1/plan");
  });
});

describe("PlanVersionsPageBody", () => {
  it("links every version and offers a comparison once there are two", () => {
    const html = render(<PlanVersionsPageBody contract={contract} noPlan="Nog geen plan." />);
    expect(html).toContain('href="/opdrachten/c%2F1/plan/versies/p2"');
    expect(html).toContain('action="/opdrachten/c%2F1/plan/vergelijk"');
    expect(text(html)).toContain("Twee versies vergelijken");
    expect(text(html)).not.toContain("Nog geen plan.");
  });

  it("says what the app gives it when there is no version yet", () => {
    const html = render(
      <PlanVersionsPageBody contract={{ ...contract, plans: [] }} noPlan="Nog geen plan." />,
    );
    expect(html).toContain('<p class="utrecht-paragraph">Nog geen plan.</p>');
    expect(html).not.toContain("<table");
  });
});

describe("PlanVersionPageBody", () => {
  it("shows the version asked for and compares it with the one before it in time", () => {
    const html = render(<PlanVersionPageBody contract={contract} planId="p2" />);
    expect(text(html)).toContain("Plan van aanpak, versie 2");
    // Newest first: the version before 2 in time is 1, the next one in the list.
    expect(html).toContain('href="/opdrachten/c%2F1/plan/vergelijk?van=p1&amp;naar=p2"');
    expect(text(html)).toContain("Vergelijk met versie 1");
  });

  it("has nothing to compare the first version with", () => {
    expect(text(render(<PlanVersionPageBody contract={contract} planId="p1" />))).not.toContain(
      "Vergelijk met",
    );
  });

  it("does not find a version of another contract", () => {
    const html = render(<PlanVersionPageBody contract={contract} planId="elders" />);
    expect(text(html)).toContain("Versie niet gevonden");
    expect(html).toContain('href="/opdrachten/c%2F1/plan/versies"');
  });
});

describe("PlanComparePageBody", () => {
  it("names both versions with their totals and keeps them chosen in the form", () => {
    const html = render(
      <PlanComparePageBody contract={contract} differences={[]} beforeId="p1" afterId="p3" />,
    );
    expect(text(html)).toContain(
      "Versie 1 (€ 1.000,00) en versie 3 (€ 3.000,00) van het plan van aanpak, regel voor regel.",
    );
    expect(text(html)).toContain("Verschillen van versie 1 naar versie 3");
    expect(html).toMatch(/<option value="p1" selected="">Versie 1<\/option>/);
  });

  it("asks for two versions when the address names an unknown one or the API compared nothing", () => {
    for (const [beforeId, differences] of [
      ["elders", []],
      ["p1", null],
    ] as const) {
      const html = render(
        <PlanComparePageBody
          contract={contract}
          differences={differences}
          beforeId={beforeId}
          afterId="p3"
        />,
      );
      expect(text(html)).toContain(
        "Kies twee versies van het plan van deze opdracht om te vergelijken.",
      );
      expect(html).not.toContain("<table");
    }
  });
});

const texts: ProgressSectionTexts = {
  notStarted: "Nog niets.",
  activityRule: "Eén activiteit.",
  amountRule: "Alleen geaccepteerd telt.",
  plannedApproved: "Gepland (goedgekeurd)",
  plannedNotApproved: "Gepland (nog niet goedgekeurd)",
  noObligation: "Geen verplichting.",
};

const progressContract: ProgressSectionContract = {
  status: "IN_EXECUTION",
  obligation: { kind: "PERCENTAGE" },
  plans: [{ status: "SUBMITTED" }],
  realisations: [],
  progress: {
    obligation: "8000.00",
    accepted: "1000.00",
    pending: "0.00",
    rejected: "0.00",
    planned: "9000.00",
    percentageAccepted: "12.50",
    gap: "7000.00",
    acceptedActivities: 0,
    pendingActivities: 0,
    reportFrequency: "QUARTERLY",
    reports: [],
  },
};

describe("ProgressSection", () => {
  it("labels the planned amount by whether the plan is approved", () => {
    expect(text(render(<ProgressSection contract={progressContract} texts={texts} />))).toContain(
      "Gepland (nog niet goedgekeurd) € 9.000,00",
    );
    const approved = { ...progressContract, plans: [{ status: "APPROVED" }] };
    expect(text(render(<ProgressSection contract={approved} texts={texts} />))).toContain(
      "Gepland (goedgekeurd) € 9.000,00",
    );
  });

  it("says the app's words without an obligation, or leaves the section out", () => {
    const none = {
      ...progressContract,
      obligation: { kind: "NONE" as const },
    };
    expect(text(render(<ProgressSection contract={none} texts={texts} />))).toBe(
      "Voortgang Geen verplichting.",
    );
    expect(
      render(<ProgressSection contract={none} texts={{ ...texts, noObligation: null }} />),
    ).toBe("");
  });

  it("shows the community activities the API counted for an activity obligation", () => {
    const activity = {
      ...progressContract,
      obligation: { kind: "ACTIVITY" as const },
      realisations: [{}],
      progress: { ...progressContract.progress, acceptedActivities: 1, pendingActivities: 2 },
    };
    expect(text(render(<ProgressSection contract={activity} texts={texts} />))).toContain(
      "Geaccepteerde maatschappelijke activiteiten 1 Ingediend, nog te beoordelen 2 Stand Vervuld",
    );
  });

  it("is not there for an awarded contract without a plan or a realisation", () => {
    const awarded = { ...progressContract, status: "AWARDED" as const, plans: [] };
    expect(render(<ProgressSection contract={awarded} texts={texts} />)).toBe("");
  });
});

describe("AssessmentSection", () => {
  const assessment = {
    outcome: "FULFILLED" as const,
    recoveryUntil: null,
    sanctionAmount: null,
    reason: null,
    obligationAmount: "8000.00",
    acceptedAmount: "8000.00",
    decidedAt: "2027-01-05T10:00:00.000Z",
    letterUrl: "/brieven/eindbeoordeling/c1",
  };

  it("says the app's words before there is an assessment, and what can be done next", () => {
    const html = render(
      <AssessmentSection
        assessment={null}
        assessable
        obligationKind="PERCENTAGE"
        notAssessed="Nog niet beoordeeld."
        aboutOutcome="Niet te zien zonder uitkomst."
      >
        <p>Volgende stap</p>
      </AssessmentSection>,
    );
    expect(text(html)).toBe("Eindbeoordeling Nog niet beoordeeld. Volgende stap");
  });

  // Both apps show it by this one rule: a closed contract that is not assessable (closed before
  // its end date) and has no outcome has no Eindbeoordeling, in the admin app as in the portal.
  it("is not there without an outcome on a contract that is not assessable", () => {
    const html = render(
      <AssessmentSection
        assessment={null}
        assessable={false}
        obligationKind="PERCENTAGE"
        notAssessed="Nog niet beoordeeld."
      >
        <p>Volgende stap</p>
      </AssessmentSection>,
    );
    expect(html).toBe("");
  });

  it("shows the outcome with its letter, after what the app says about it", () => {
    const html = text(
      render(
        <AssessmentSection
          assessment={assessment}
          assessable={false}
          obligationKind="PERCENTAGE"
          notAssessed="Nog niet beoordeeld."
          aboutOutcome="Over de uitkomst."
        />,
      ),
    );
    expect(html).toMatch(/^Eindbeoordeling Over de uitkomst\. Uitkomst Nagekomen /);
    expect(html).toContain("Beoordelingsbrief downloaden (PDF)");
    expect(html).not.toContain("Nog niet beoordeeld.");
  });
});

const row = (id: string, status: RealisationRow["status"]): RealisationRow => ({
  id,
  blockCode: "PW",
  maatwerkDescription: null,
  personRef: "K-1",
  supplierName: null,
  startDate: "2026-01-01",
  endDate: "2026-02-01",
  invoiceDate: null,
  value: "100.00",
  status,
  reviewReason: null,
});

describe("RealisationsSection", () => {
  const section = {
    id: "c/1",
    obligation: { catalogueVersion: { blocks: [{ code: "PW", name: "Participatiewet" }] } },
    // One page of three rows; the counts cover all 53 entries.
    realisationCounts: { total: 53, submitted: 2, accepted: 50, rejected: 1 },
  };
  const rows = [row("a", "SUBMITTED"), row("b", "SUBMITTED"), row("c/2", "REJECTED")];

  it("counts by status over all entries, adds the app's note and links each loaded row", () => {
    const html = render(
      <RealisationsSection
        contract={section}
        rows={rows}
        more={<p>Meer.</p>}
        caption="Verantwoordingen"
        empty="Niets."
        summaryNote=" Twee wachten."
      >
        <p>Eerst dit.</p>
      </RealisationsSection>,
    );
    expect(text(html)).toMatch(
      /^Verantwoording Eerst dit\. 53 verantwoordingen: 2 ingediend, 50 geaccepteerd en 1 afgewezen\. Twee wachten\. /,
    );
    expect(text(html)).toMatch(/Meer\.$/);
    expect(html).toContain('href="/opdrachten/c%2F1/verantwoording/c%2F2"');
    expect(text(html)).toContain("Participatiewet");
  });

  it("says the app's words when nothing is reported", () => {
    const html = render(
      <RealisationsSection
        contract={{
          ...section,
          realisationCounts: { total: 0, submitted: 0, accepted: 0, rejected: 0 },
        }}
        rows={[]}
        caption="Verantwoordingen"
        empty="Niets."
      />,
    );
    expect(html).toContain('<p class="utrecht-paragraph sroi-empty">Niets.</p>');
    expect(html).not.toContain("<table");
  });
});

describe("RealisationRecord", () => {
  it("shows the inputs, the value with what the app says around it, and the evidence", () => {
    const html = text(
      render(
        <RealisationRecord
          realisation={{
            ...row("a", "SUBMITTED"),
            targetGroup: null,
            homeMunicipalityCode: "GM0307",
            hoursPerWeek: null,
            hours: null,
            days: null,
            count: null,
            employees: null,
            amountExclVat: null,
            bonusCodes: [],
            supplierKvk: null,
            invoiceNumber: null,
            description: null,
            submittedAt: "2026-02-02T10:00:00.000Z",
            valueLines: [{ label: "Basis", amount: "100.00" }],
            evidence: [],
          }}
          blockNames={namesByCode([{ code: "PW", name: "Participatiewet" }])}
          bonusNames={namesByCode(undefined)}
          municipalityNames={namesByCode([{ code: "GM0307", name: "Amersfoort" }])}
          valueIntro="Ervoor."
          valueNote="Erna."
        />,
      ),
    );
    expect(html).toMatch(/^Gegevens Bouwblok Participatiewet \(PW\) /);
    expect(html).toContain("Woongemeente Amersfoort");
    expect(html).toContain("Waarde Ervoor. Berekening van de waarde");
    expect(html).toContain("Waarde € 100,00 Erna. Bewijs Er is geen bewijs toegevoegd.");
  });
});

describe("realisationPath", () => {
  it("is a realisation's page below its contract, both ids encoded", () => {
    expect(realisationPath("c/1", "r 1")).toBe("/opdrachten/c%2F1/verantwoording/r%201");
  });
});

describe("FocusedAlert", () => {
  it("wraps the alert in an element that can take focus", () => {
    expect(
      renderToStaticMarkup(
        <FocusedAlert type="ok" role="status">
          <p>Klaar.</p>
        </FocusedAlert>,
      ),
    ).toBe(
      '<div tabindex="-1" class="sroi-feedback"><div class="utrecht-alert utrecht-alert--ok sroi-alert" role="status"><div class="utrecht-alert__content"><div class="utrecht-alert__message"><p>Klaar.</p></div></div></div></div>',
    );
  });
});
