// Demo values for what each gemeente prints on its eindbeoordeling letter: its postal address and
// the texts it configures on the SR-beleid page. Demo mode only; a real gemeente fills in its own.
import type { Prisma } from "@prisma/client";

const LEGAL_BASIS =
  "De social return-verplichting volgt uit de contractvoorwaarden van deze opdracht en het social return-beleid van de gemeente dat op de gunningsdatum gold.";
const OBJECTION =
  "Bent u het niet eens met deze beoordeling? Dan kunt u binnen zes weken na de datum van deze brief schriftelijk bezwaar maken bij het college van burgemeester en wethouders, onder vermelding van het kenmerk van de opdracht.";

const payment = (days: number) =>
  `Een sanctie betaalt u binnen ${days} dagen na de datum van deze brief. U ontvangt hiervoor een factuur van de gemeente.`;

export const DEMO_LETTER_SETTINGS: Record<string, Prisma.MunicipalityUpdateInput> = {
  GM0307: {
    letterAddress: "Gemeente Amersfoort\nPostbus 4000\n3800 EA Amersfoort",
    letterLegalBasis: LEGAL_BASIS,
    letterPaymentTerm: payment(30),
    letterObjectionClause: OBJECTION,
  },
  GM0342: {
    letterAddress: "Gemeente Soest\nPostbus 2000\n3760 CA Soest",
    letterLegalBasis: LEGAL_BASIS,
    letterPaymentTerm: payment(30),
    letterObjectionClause: OBJECTION,
  },
  GM0308: {
    letterAddress: "Gemeente Baarn\nPostbus 1000\n3740 BA Baarn",
    letterLegalBasis: LEGAL_BASIS,
    letterPaymentTerm: payment(30),
    letterObjectionClause: OBJECTION,
  },
  GM0392: {
    letterAddress: "Gemeente Haarlem\nPostbus 511\n2003 PB Haarlem",
    letterLegalBasis: LEGAL_BASIS,
    letterPaymentTerm: payment(14),
    letterObjectionClause: OBJECTION,
  },
};
