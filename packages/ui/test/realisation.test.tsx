// The realisation pieces both apps share: status in words, what and when an entry is about, the
// counts per status, file sizes, and the evidence list as download links.
import { renderToStaticMarkup } from "react-dom/server";
import { MemoryRouter } from "react-router";
import { describe, expect, it } from "vitest";
import {
  DoubleCountNotice,
  describeStatusCounts,
  EvidenceList,
  formatFileSize,
  RealisationStatusBadge,
  realisationTitle,
  realisationWhen,
} from "../src/index.js";

const names = new Map([["PW", "Participatiewet"]]);

describe("a realisation in words", () => {
  it("names the block, or the maatwerk with its description shortened to one line", () => {
    expect(realisationTitle({ blockCode: "PW", maatwerkDescription: null }, names)).toBe(
      "Participatiewet",
    );
    expect(realisationTitle({ blockCode: "XYZ", maatwerkDescription: null }, names)).toBe(
      "Bouwblok XYZ",
    );
    expect(
      realisationTitle({ blockCode: null, maatwerkDescription: "Gastlessen\nop het vmbo" }, names),
    ).toBe("Maatwerk: Gastlessen op het vmbo");
    expect(realisationTitle({ blockCode: null, maatwerkDescription: "a".repeat(80) }, names)).toBe(
      `Maatwerk: ${"a".repeat(59)}…`,
    );
  });

  it("gives the period, the day or the invoice date", () => {
    const none = { startDate: null, endDate: null, invoiceDate: null };
    expect(realisationWhen({ ...none, startDate: "2026-01-01", endDate: "2026-06-30" })).toBe(
      "1 januari 2026 t/m 30 juni 2026",
    );
    expect(realisationWhen({ ...none, startDate: "2026-05-01", endDate: "2026-05-01" })).toBe(
      "1 mei 2026",
    );
    expect(realisationWhen({ ...none, invoiceDate: "2026-03-01" })).toBe("factuur 1 maart 2026");
    expect(realisationWhen(none)).toBe("—");
  });

  it("counts per status in a sentence", () => {
    expect(describeStatusCounts([])).toBe("geen");
    expect(describeStatusCounts([{ status: "ACCEPTED" }])).toBe("1 geaccepteerd");
    expect(
      describeStatusCounts([
        { status: "REJECTED" },
        { status: "SUBMITTED" },
        { status: "SUBMITTED" },
        { status: "ACCEPTED" },
      ]),
    ).toBe("2 ingediend, 1 geaccepteerd en 1 afgewezen");
  });

  it("says the status in words", () => {
    expect(renderToStaticMarkup(<RealisationStatusBadge status="REJECTED" />)).toBe(
      '<span class="utrecht-status-badge utrecht-status-badge--danger">Afgewezen</span>',
    );
  });
});

describe("evidence", () => {
  it("reads file sizes the way people do", () => {
    expect(formatFileSize(1)).toBe("1 byte");
    expect(formatFileSize(900)).toBe("900 bytes");
    expect(formatFileSize(245 * 1024)).toBe("245 kB");
    expect(formatFileSize(Math.round(1.24 * 1024 * 1024))).toBe("1,2 MB");
  });

  it("lists each file as a download link with its type and size", () => {
    const html = renderToStaticMarkup(
      <EvidenceList
        files={[
          {
            id: "f1",
            fileName: "contract.pdf",
            mimeType: "application/pdf",
            size: 2048,
            url: "/bewijs/f1",
          },
        ]}
      />,
    );
    expect(html).toContain(
      '<a class="utrecht-link utrecht-link--html-a" href="/bewijs/f1" download="contract.pdf">contract.pdf</a> (PDF, 2 kB)',
    );
    expect(renderToStaticMarkup(<EvidenceList files={[]} />)).toContain(
      "Er is geen bewijs toegevoegd.",
    );
  });
});

describe("a possible double count", () => {
  const notice = (doubleCounts: Parameters<typeof DoubleCountNotice>[0]["doubleCounts"]) =>
    renderToStaticMarkup(
      <MemoryRouter>
        <DoubleCountNotice
          doubleCounts={doubleCounts}
          contractPath={(id) => `/opdrachten/${id}`}
          intro="Telt maar één keer."
        />
      </MemoryRouter>,
    );

  it("says nothing when no other entry counts the same", () => {
    expect(notice([])).toBe("");
  });

  it("lists each other entry, with a link only to a contract the reader may see", () => {
    const html = notice([
      {
        contractId: "c1",
        contractReference: "AMF-1",
        message: "Dezelfde persoon staat ook in opdracht AMF-1.",
      },
      {
        contractId: null,
        contractReference: null,
        message: "Dezelfde factuur staat ook in een andere opdracht in de regio.",
      },
    ]);
    expect(html).toContain("Mogelijk dubbel geteld");
    expect(html).toContain('href="/opdrachten/c1"');
    expect(html).toContain("Naar opdracht AMF-1");
    expect(html.match(/<a /g)).toHaveLength(1);
    expect(html).toContain("een andere opdracht in de regio.");
  });
});
