// The eindbeoordeling letter's words: the gemeente's address and configured texts, and money as
// "€ 390.000,00".
import { Prisma } from "@prisma/client";
import { describe, expect, it } from "vitest";
import { assessmentLetterText, type LetterContract } from "../src/letters.js";

const municipality: LetterContract["municipality"] = {
  name: "Amersfoort",
  carriedOutBy: {
    name: "WSP regio Amersfoort",
    email: "socialreturn@amersfoort.nl",
    phone: null,
  },
  letterAddress: "Gemeente Amersfoort\nPostbus 4000\n3800 EA Amersfoort",
  letterLegalBasis: "Grondslag: artikel 12 van de contractvoorwaarden.",
  letterPaymentTerm: "Betaal binnen 30 dagen.",
  letterObjectionClause: "Bezwaar binnen zes weken.",
};

const sanctioned: LetterContract = {
  reference: "AMF-2024-001",
  title: "Onderhoud fietspaden",
  municipality,
  contractor: { name: "Bouwbedrijf Eemland", kvkNumber: "12345678" },
  assessment: {
    outcome: "SANCTIONED",
    recoveryUntil: null,
    // 5 % of 7.800.000,00 = 390.000,00 owed, 12.345,67 accepted: 377.654,33 unrealised
    sanctionAmount: new Prisma.Decimal("377654.33"),
    reason: null,
    obligationAmount: new Prisma.Decimal("390000.00"),
    acceptedAmount: new Prisma.Decimal("12345.67"),
    decidedAt: new Date("2026-06-15T10:00:00Z"),
  },
};

describe("assessment letter", () => {
  it("carries the gemeente's address, its texts and every amount with cents", () => {
    const letter = assessmentLetterText(sanctioned);
    expect(letter.sender).toEqual(["Gemeente Amersfoort", "Postbus 4000", "3800 EA Amersfoort"]);
    expect(letter.date).toBe("Datum: 15 juni 2026");
    const body = letter.paragraphs.join("\n");
    expect(body).toContain("Social return-verplichting: € 390.000,00");
    expect(body).toContain("Gerealiseerd en geaccepteerd: € 12.345,67");
    expect(body).toContain("legt een sanctie op van € 377.654,33.");
    expect(letter.paragraphs).toContain("Grondslag: artikel 12 van de contractvoorwaarden.");
    expect(letter.paragraphs).toContain("Betaal binnen 30 dagen.");
    expect(body).toContain(
      "Neem dan contact op met WSP regio Amersfoort (socialreturn@amersfoort.nl).",
    );
    expect(letter.paragraphs).toContain("Bezwaar binnen zes weken.");
  });

  it("asks for payment only with a sanction, and falls back to the name without an address", () => {
    const letter = assessmentLetterText({
      ...sanctioned,
      municipality: { ...municipality, letterAddress: null },
      assessment: { ...sanctioned.assessment, outcome: "FULFILLED", sanctionAmount: null },
    });
    expect(letter.sender).toEqual(["Gemeente Amersfoort"]);
    expect(letter.paragraphs).not.toContain("Betaal binnen 30 dagen.");
    expect(letter.paragraphs).toContain("Bezwaar binnen zes weken.");
  });
});
