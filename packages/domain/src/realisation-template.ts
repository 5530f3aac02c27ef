// The columns of the template contractors import their realisations from, with what goes in each.
// One list for the API (the CSV and XLSX templates, the import's reader) and the portal's import
// page, so the template explains exactly what the import reads.

export const REALISATION_TEMPLATE_COLUMNS = [
  {
    name: "bouwblok",
    meaning: "De code van het bouwblok, zie de codes bij de opdracht (verplicht).",
  },
  { name: "kenmerk_persoon", meaning: "Uw eigen kenmerk voor de persoon; nooit een BSN." },
  {
    name: "naam_persoon",
    meaning: "Voorletter(s) en achternaam, bij werk over een periode; alleen het WSP ziet de naam.",
  },
  {
    name: "geboortedatum",
    meaning:
      "Bij werk over een periode: zo telt dezelfde persoon maar één keer mee in de regio. Alleen het WSP ziet de datum.",
  },
  { name: "doelgroep", meaning: "Bijvoorbeeld Participatiewet of WW." },
  { name: "woongemeente", meaning: "De CBS-code van de woongemeente, bijvoorbeeld GM0307." },
  { name: "uren_per_week", meaning: "Bij werk, leren en werkervaring." },
  { name: "begindatum", meaning: "Als dd-mm-jjjj of jjjj-mm-dd, bijvoorbeeld 31-01-2026." },
  { name: "einddatum", meaning: "Als dd-mm-jjjj of jjjj-mm-dd, bijvoorbeeld 30-06-2026." },
  { name: "uren", meaning: "Bij bouwblokken per uur." },
  { name: "dagen", meaning: "Bij bouwblokken per dag." },
  { name: "aantal", meaning: "Bij bouwblokken per activiteit." },
  { name: "medewerkers", meaning: "Het aantal medewerkers bij een maatschappelijke activiteit." },
  { name: "bedrag_excl_btw", meaning: "Factuurbedrag of kosten, bijvoorbeeld 2.500,50." },
  {
    name: "toeslagen",
    meaning: "Codes van toeslagen, gescheiden door komma's, zie de codes bij de opdracht.",
  },
  { name: "leverancier", meaning: "Bij inkoop: de naam van de sociale onderneming." },
  { name: "kvk_leverancier", meaning: "Bij inkoop: het KvK-nummer van de leverancier, 8 cijfers." },
  {
    name: "factuurnummer",
    meaning:
      "Bij inkoop: het nummer van de factuur van de sociale onderneming, zoals het op de factuur staat.",
  },
  {
    name: "factuurdatum",
    meaning: "Bij inkoop: de datum van die factuur, als dd-mm-jjjj of jjjj-mm-dd.",
  },
  { name: "omschrijving", meaning: "Toelichting, of de omschrijving van de activiteit." },
] as const;

export type RealisationTemplateColumn = (typeof REALISATION_TEMPLATE_COLUMNS)[number]["name"];

/** How numbers and dates are written in the template: the readers' rules in the user's words. */
export const REALISATION_TEMPLATE_FORMATS =
  "Getallen en bedragen met een komma voor de decimalen en eventueel punten voor de duizendtallen (2.500,50 of 2500,50). Datums als dd-mm-jjjj (31-01-2026, ook 31/01/2026 of 31.01.2026, zoals Excel ze bewaart) of als jjjj-mm-dd (2026-01-31); een jaar altijd met vier cijfers, de dag altijd vóór de maand.";
