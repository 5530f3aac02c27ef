// The texts of the three pages every Dutch public-sector site links from its footer. The
// accessibility statement follows the model statement (modelverklaring) of the Dutch government's
// digitoegankelijk programme: status, scope, how it was examined, known limits, feedback and the
// complaints procedure. Whoever runs this platform (a gemeente or a werkgeversservicepunt) is the
// organisation the statements speak for; see docs/quality.md for how these were decided.

const h1 = (text: string) => `<h1 class="utrecht-heading-1">${text}</h1>`;

import { DEFAULT_IDEA_RETENTION, type IdeaRetention } from "./services/ideas.js";

const h2 = (text: string) => `<h2 class="utrecht-heading-2">${text}</h2>`;
const p = (html: string) => `<p class="utrecht-paragraph">${html}</p>`;
const list = (items: string[]) => `<ul>${items.map((item) => `<li>${item}</li>`).join("")}</ul>`;

/** The date the accessibility statement was last reviewed against the product. */
export const ACCESSIBILITY_REVIEWED = "3 december 2026";

export function accessibilityStatement(): string {
  return [
    h1("Toegankelijkheidsverklaring"),
    p(
      "De organisatie die dit Social Return platform aanbiedt, een gemeente of een werkgeversservicepunt, wil dat iedereen het kan gebruiken, ook wie slecht ziet, een schermlezer of alleen het toetsenbord gebruikt. Overheidsorganisaties moeten voldoen aan het Besluit digitale toegankelijkheid overheid: de Europese norm EN 301 549, die de richtlijnen WCAG 2.1 op niveau A en AA omvat.",
    ),
    h2("Waar deze verklaring over gaat"),
    list([
      "de startpagina van het platform;",
      "Beheer: de omgeving voor medewerkers van gemeenten en werkgeversservicepunten (<code>/admin/</code>);",
      "het Portaal voor opdrachtnemers, met de rekenhulp en de bouwblokken (<code>/portal/</code>);",
      "de documenten die het platform maakt, zoals de brief met de eindbeoordeling (PDF).",
    ]),
    h2("Status: eerste maatregelen genomen"),
    p(
      "Volgens het model van de overheid heeft dit platform de status <strong>C: eerste maatregelen genomen</strong>. Er is nog geen volledig onderzoek door een onafhankelijke deskundige volgens de evaluatiemethode WCAG-EM. Tot dat onderzoek er is, kan de organisatie niet verklaren dat het platform (gedeeltelijk) voldoet.",
    ),
    h2("Wat er al gedaan is"),
    list([
      "Beide omgevingen zijn gebouwd op de componenten van NL Design System, die op toegankelijkheid getoetst zijn.",
      "Bij iedere wijziging controleert een automatische test elke schermtoestand van de belangrijkste taken met axe-core, op de regels van WCAG 2.1 en 2.2, niveau A en AA.",
      "Er zijn tests die de taken alleen met het toetsenbord uitvoeren, en tests op een schermbreedte van 375 pixels (telefoon).",
      "Foutmeldingen staan bovenaan een formulier met een link naar het veld, en bij het veld zelf; statusmeldingen worden aan schermlezers voorgelezen.",
      "Kleur is nooit de enige manier waarop iets wordt getoond: aantallen en statussen staan er ook in woorden.",
    ]),
    h2("Wat nog niet goed is"),
    list([
      "De brief met de eindbeoordeling is een PDF zonder tags; schermlezers lezen hem minder goed voor. Dezelfde gegevens staan op de pagina van de opdracht.",
      "Bewijsstukken die opdrachtnemers uploaden (PDF en afbeeldingen) worden niet op toegankelijkheid gecontroleerd.",
      "Een onderzoek met hulpmiddelen zoals schermlezers, door mensen die ze dagelijks gebruiken, moet nog plaatsvinden.",
    ]),
    h2("Iets niet te gebruiken? Laat het weten"),
    p(
      'Lukt het niet om iets te vinden, te lezen of te doen? Neem contact op met de organisatie die het platform aanbiedt (zie <a class="utrecht-link" href="/contact">contact</a>). U krijgt binnen vijf werkdagen een reactie, en binnen drie weken een oplossing of een uitleg waarom dat (nog) niet kan. U kunt ook vragen om de informatie op een andere manier te krijgen.',
    ),
    h2("Niet tevreden over de reactie?"),
    p(
      'Dan kunt u een klacht indienen bij de organisatie die het platform aanbiedt. Bent u daarna nog niet tevreden, dan kunt u zich wenden tot de <a class="utrecht-link" href="https://www.nationaleombudsman.nl/">Nationale ombudsman</a> of de ombudsman van uw gemeente.',
    ),
    h2("Over deze verklaring"),
    p(
      `Deze verklaring is opgesteld volgens het model van de Rijksoverheid en voor het laatst bijgewerkt op ${ACCESSIBILITY_REVIEWED}. Een organisatie die het platform aanbiedt, neemt haar op in het register van toegankelijkheidsverklaringen van de overheid.`,
    ),
  ].join("\n");
}

export function privacyStatement(ideaRetention: IdeaRetention = DEFAULT_IDEA_RETENTION): string {
  return [
    h1("Privacyverklaring"),
    p(
      "Dit platform ondersteunt social return: de afspraak dat een opdrachtnemer een deel van de waarde van een opdracht besteedt aan werk voor mensen met een afstand tot de arbeidsmarkt. De gemeente die de opdracht verleende is verwerkingsverantwoordelijke voor de gegevens in het platform; het werkgeversservicepunt dat social return voor haar uitvoert, verwerkt ze namens haar.",
    ),
    h2("Welke gegevens"),
    list([
      "<strong>Accounts</strong>: naam, e-mailadres, organisatie en rol van medewerkers en van contactpersonen van opdrachtnemers.",
      "<strong>Opdrachten</strong>: gegevens van de opdracht en de opdrachtnemer, het plan van aanpak, de verantwoording en de beoordeling.",
      "<strong>Verantwoording</strong>: wat een opdrachtnemer realiseerde, zoals uren en periodes van een plaatsing, met bewijsstukken. Vraag bij bewijsstukken alleen wat nodig is; zet er geen burgerservicenummer of gezondheidsgegevens in.",
      "<strong>Audittrail</strong>: wie wanneer wat veranderde, om besluiten te kunnen verantwoorden.",
      "<strong>Vragen en ideeën</strong>: wie het formulier op de pagina van een gemeente invult, geeft een naam, een e-mailadres, eventueel een organisatie, en een bericht. Dat gaat naar de organisatie die social return voor die gemeente uitvoert, die het gebruikt om te antwoorden.",
    ]),
    h2("Waarom"),
    p(
      "Om de social return-verplichting van een opdracht vast te stellen, de uitvoering te volgen en te beoordelen, en om de gemeenteraad te kunnen rapporteren. De grondslag is de taak van algemeen belang van de gemeente en de afspraken in de overeenkomst met de opdrachtnemer.",
    ),
    h2("Cookies"),
    p(
      "Het platform gebruikt alleen een functionele cookie om u ingelogd te houden. Er zijn geen cookies voor statistieken, advertenties of volgen, en er worden geen gegevens gedeeld met andere websites.",
    ),
    h2("Bewaren"),
    p(
      "Gegevens van een opdracht worden bewaard zolang de archiefregels van de gemeente dat voorschrijven. Een account dat niet meer nodig is, wordt gedeactiveerd; de organisatie die het platform aanbiedt, verwijdert het op verzoek.",
    ),
    p(
      `Bij een vraag of idee via het formulier verwijderen we uw naam, e-mailadres en organisatie ${ideaRetention.handledMonths} maanden nadat het bericht is afgehandeld, of ${ideaRetention.unhandledMonths} maanden na ontvangst als het nooit is afgehandeld. Ook de e-mails erover verwijderen we dan. Het bericht zelf blijft bewaard, zodat de gemeente kan zien welke vragen en ideeën er leven; e-mailadressen en telefoonnummers in de tekst worden dan onleesbaar gemaakt. Een naam in de tekst herkennen we niet: zet daarom geen gegevens van uzelf of anderen in het bericht.`,
    ),
    h2("Uw rechten"),
    p(
      'U mag uw gegevens inzien, laten verbeteren of laten verwijderen, en bezwaar maken tegen de verwerking. Neem daarvoor contact op met de gemeente of het werkgeversservicepunt (zie <a class="utrecht-link" href="/contact">contact</a>); zij hebben ook een functionaris gegevensbescherming. Een klacht kunt u indienen bij de <a class="utrecht-link" href="https://www.autoriteitpersoonsgegevens.nl/">Autoriteit Persoonsgegevens</a>.',
    ),
  ].join("\n");
}

export function contactPage(): string {
  return [
    h1("Contact"),
    p(
      "Dit platform wordt aangeboden door de gemeente of het werkgeversservicepunt dat social return voor uw opdracht uitvoert.",
    ),
    h2("Vragen over een opdracht"),
    p(
      "Op de pagina van uw opdracht in het Portaal staat wie social return voor die opdracht uitvoert: de accountmanager, of het team met zijn e-mailadres en telefoonnummer. Stel uw vraag daar, of gebruik het contactformulier op die pagina.",
    ),
    h2("Geen account of niet ingelogd?"),
    p(
      'Zonder account kunt u de <a class="utrecht-link" href="/portal/rekenhulp">rekenhulp</a> en de <a class="utrecht-link" href="/portal/bouwblokken">bouwblokken</a> gebruiken. Voor een account of een vraag over social return in het algemeen: neem contact op met het team social return van de gemeente die de opdracht verleende, of met het werkgeversservicepunt in uw regio.',
    ),
    h2("Toegankelijkheid en privacy"),
    p(
      'Hoe u een probleem met de toegankelijkheid meldt, staat in de <a class="utrecht-link" href="/toegankelijkheid">toegankelijkheidsverklaring</a>; wat er met uw gegevens gebeurt, in de <a class="utrecht-link" href="/privacy">privacyverklaring</a>.',
    ),
  ].join("\n");
}
