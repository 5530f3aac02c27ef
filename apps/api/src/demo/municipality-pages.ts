// Demo texts for the gemeenten's public pages (/portal/gemeenten/<slug>), in plain Dutch (B1).
// Written for the demo; a real gemeente writes its own in the admin (Beheer → SR-beleid → Pagina).
// Figures (thresholds, percentages, deadlines) are not in these texts: the page states them from
// the policy in force, so a text cannot contradict the rules.
import type { Prisma } from "@prisma/client";

interface DemoPageTexts {
  introduction: string;
  localAccents: string;
}

const WSP_INTRODUCTION = (gemeente: string) =>
  `Gemeente ${gemeente} vraagt bedrijven die een opdracht van de gemeente krijgen om iets te doen voor mensen die moeilijk aan werk komen. Dat heet social return.

U kiest zelf hoe u dat doet. U stapelt bouwblokken: iemand in dienst nemen, een leerwerkplek bieden, inkopen bij een sociale onderneming of een activiteit voor de buurt. Elk blok heeft een vaste waarde, zodat u vooraf weet wat het oplevert.

Het WerkgeversServicepunt (WSP) regio Amersfoort voert social return uit voor de gemeenten Amersfoort, Soest en Baarn. Het WSP zoekt samen met u geschikte kandidaten en vertelt u welke regelingen er zijn, zoals loonkostensubsidie of een proefplaatsing.`;

export const DEMO_PAGE_TEXTS: Record<string, DemoPageTexts> = {
  GM0307: {
    introduction: WSP_INTRODUCTION("Amersfoort"),
    localAccents: `Amersfoort let vooral op duurzaam werk: een baan die blijft, ook na de opdracht. Een vaste aanstelling telt daarom goed mee.

Heeft u vragen over een aanbesteding? Stel ze in de aanbesteding zelf. Vragen over uw plan voor social return stelt u aan het WSP.`,
  },
  GM0342: {
    introduction: WSP_INTRODUCTION("Soest"),
    localAccents: `Bij kleine opdrachten vraagt Soest één maatschappelijke activiteit. Denk aan een gastles op een school, een open dag voor werkzoekenden of een dag meewerken met vrijwilligers in Soest.

Twijfelt u of uw idee meetelt? Bel of mail het WSP voordat u begint.`,
  },
  GM0308: {
    introduction: WSP_INTRODUCTION("Baarn"),
    localAccents: `Baarn is een kleine gemeente. Veel opdrachten gaan naar bedrijven uit de buurt. Baarn vindt het fijn als u kandidaten uit Baarn en omgeving een kans geeft, maar dat is geen eis.`,
  },
  GM0392: {
    introduction: `Gemeente Haarlem vraagt bedrijven en organisaties die een opdracht of een subsidie van de gemeente krijgen om mensen met een afstand tot de arbeidsmarkt een kans te geven. Dat heet social return.

Haarlem heeft een eigen Team Social Return. Het team helpt u een plan te maken, zoekt kandidaten met u mee en kijkt na afloop wat u heeft gedaan.

Haarlem heeft een voorkeur voor werk in Haarlem zelf: voor Haarlemmers die een baan, een stage of een leerwerkplek zoeken.`,
    localAccents: `Haarlem werkt samen in het Lokaal Sociaal Akkoord. Daarin spreken werkgevers, scholen, de gemeente en partners af dat zij samen meer Haarlemmers aan het werk helpen. Partners zijn onder meer Paswerk, het UWV, mbo-scholen in de regio en Haarlemse ondernemers.

Doet uw bedrijf mee aan het Lokaal Sociaal Akkoord? Vertel het ons. Wat u daar doet, kan ook meetellen voor social return.

Heeft u een goed idee of een vraag over social return? Laat het ons weten. Wij horen graag hoe het beter kan.`,
  },
};

/** The page as demo staff left it: published, with nothing waiting in the draft. */
export function demoPageRow(
  municipalityId: string,
  texts: DemoPageTexts,
  publishedAt: Date,
): Prisma.MunicipalityPageUncheckedCreateInput {
  return {
    municipalityId,
    introduction: texts.introduction,
    localAccents: texts.localAccents,
    draftIntroduction: texts.introduction,
    draftLocalAccents: texts.localAccents,
    publishedAt,
  };
}
