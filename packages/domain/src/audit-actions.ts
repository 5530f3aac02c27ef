// The audit trail's vocabulary: every action the API records and every field an event stores,
// each with the Dutch a reader sees. The API types the action it records from this list, so an
// action without a label does not compile; the admin labels events from the same list.
// docs/architecture.md ("to change X, go to Y") says when to add to it.

export const AUDIT_ACTION_LABELS = {
  "contract.register": "Opdracht geregistreerd",
  "contract.correct": "Gegevens gecorrigeerd",
  "contract.correct.recomputeObligation":
    "Gegevens gecorrigeerd en SR-verplichting opnieuw berekend",
  "contract.status": "Status gewijzigd",
  "contract.requestIntake": "Opdrachtnemer nam contact op voor een intake",
  "contract.confirmIntake": "Intake bevestigd",
  "contract.assess": "Eindbeoordeling vastgelegd",
  "plan.save": "Plan van aanpak opgeslagen",
  "plan.submit": "Plan van aanpak ingediend",
  "plan.approve": "Plan van aanpak goedgekeurd",
  "plan.requestChanges": "Wijzigingen in het plan van aanpak gevraagd",
  "realisation.submit": "Verantwoording ingediend",
  "realisation.correct": "Verantwoording gecorrigeerd en opnieuw ingediend",
  "realisation.accept": "Verantwoording geaccepteerd",
  "realisation.reject": "Verantwoording afgewezen",
  "realisation.import": "Verantwoordingen geïmporteerd",
  "evidence.upload": "Bewijs toegevoegd",
  "organisation.create": "Organisatie aangemaakt",
  "region.create": "Regio aangemaakt",
  "region.rename": "Regio hernoemd",
  "region.addMunicipality": "Gemeente aan een regio toegevoegd",
  "region.moveMunicipality": "Gemeente naar een andere regio verplaatst",
  "user.invite": "Uitnodiging verstuurd",
  "user.acceptInvitation": "Uitnodiging aangenomen",
  "user.changeRole": "Rol gewijzigd",
  "user.deactivate": "Account gedeactiveerd",
  "user.reactivate": "Account weer geactiveerd",
  "user.createPlatformAdmin": "Platformbeheerder aangemaakt met de beheeropdracht",
  "user.resetPassword": "Wachtwoord opnieuw ingesteld",
  "user.logoutEverywhere": "Overal uitgelogd",
  "user.changePhone": "Telefoonnummer gewijzigd",
  "catalogue.createDraft": "Concept van een bouwblokkenmodel gemaakt",
  "catalogue.import": "Bouwblokkenmodel ingelezen uit een bestand",
  "catalogue.updateDraft": "Gegevens van een concept-bouwblokkenmodel gewijzigd",
  "catalogue.addBlock": "Bouwblok toegevoegd",
  "catalogue.updateBlock": "Bouwblok gewijzigd",
  "catalogue.deleteBlock": "Bouwblok verwijderd",
  "catalogue.addBonus": "Toeslag toegevoegd",
  "catalogue.updateBonus": "Toeslag gewijzigd",
  "catalogue.deleteBonus": "Toeslag verwijderd",
  "catalogue.publish": "Bouwblokkenmodel gepubliceerd",
  "catalogue.retire": "Bouwblokkenmodel ingetrokken",
  "catalogue.deleteDraft": "Concept van een bouwblokkenmodel verwijderd",
  "policy.createDraft": "Concept van SR-beleid gemaakt",
  "policy.updateDraft": "Concept van SR-beleid gewijzigd",
  "policy.publish": "SR-beleid gepubliceerd",
  "policy.retire": "SR-beleid ingetrokken",
  "policy.deleteDraft": "Concept van SR-beleid verwijderd",
  "policy.updateLetter": "Gegevens voor de beoordelingsbrief gewijzigd",
  "pso.record": "PSO-certificaat vastgelegd",
  "pso.check": "PSO-certificaat gecontroleerd",
  "pso.delete": "PSO-certificaat verwijderd",
} as const satisfies Record<string, string>;

/** An action the audit trail records, e.g. "contract.register". */
export type AuditAction = keyof typeof AUDIT_ACTION_LABELS;

export const AUDIT_ACTIONS = Object.keys(AUDIT_ACTION_LABELS) as AuditAction[];

export function isAuditAction(value: string): value is AuditAction {
  return Object.hasOwn(AUDIT_ACTION_LABELS, value);
}

/** Groups of actions by their prefix, for a filter on the whole group. */
export const AUDIT_ACTION_GROUPS: Record<string, { name: string; all: string }> = {
  "contract.": { name: "Opdrachten", all: "Alles over opdrachten" },
  "plan.": { name: "Plannen van aanpak", all: "Alles over plannen van aanpak" },
  "realisation.": { name: "Verantwoordingen", all: "Alles over verantwoordingen" },
  "evidence.": { name: "Bewijsstukken", all: "Alles over bewijsstukken" },
  "organisation.": { name: "Organisaties", all: "Alles over organisaties" },
  "region.": { name: "Regio's en gemeenten", all: "Alles over regio's en gemeenten" },
  "user.": { name: "Gebruikers", all: "Alles over gebruikers" },
  "catalogue.": { name: "Bouwblokkenmodellen", all: "Alles over bouwblokkenmodellen" },
  "policy.": { name: "SR-beleid", all: "Alles over SR-beleid" },
  "pso.": { name: "PSO-certificaten", all: "Alles over PSO-certificaten" },
};

/** What an event is about, when it is not about one contract. */
export const AUDIT_ENTITY_LABELS: Record<string, string> = {
  Contract: "Opdracht",
  PlanVersion: "Plan van aanpak",
  Realisation: "Verantwoording",
  EvidenceFile: "Bewijsstuk",
  Organisation: "Organisatie",
  Region: "Regio",
  Municipality: "Gemeente",
  User: "Gebruiker",
  CatalogueVersion: "Bouwblokkenmodel",
  Policy: "SR-beleid",
  PsoCertificate: "PSO-certificaat",
};

/**
 * Every key an event's before or after may hold, with its Dutch label. The order is the order a
 * reader expects: what the subject is, then money, then dates, then the rest.
 */
export const AUDIT_FIELD_LABELS: Record<string, string> = {
  // What anything is called
  code: "Code",
  name: "Naam",
  key: "Sleutel van de versie",
  // What a gemeente prints on its eindbeoordeling letter
  letterAddress: "Adres op de brief",
  letterLegalBasis: "Grondslag",
  letterPaymentTerm: "Betalingstermijn",
  letterObjectionClause: "Bezwaarclausule",
  // A contract
  reference: "Kenmerk",
  title: "Titel",
  department: "Afdeling",
  kind: "Soort",
  valueExclVat: "Opdrachtwaarde excl. btw",
  labourShare: "Arbeidsaandeel",
  publicationDate: "Publicatiedatum",
  awardDate: "Gunningsdatum",
  startDate: "Begindatum",
  endDate: "Einddatum",
  status: "Status",
  consultantId: "Accountmanager",
  obligationKind: "Soort verplichting",
  obligationAmount: "SR-verplichting",
  obligationLines: "Berekening",
  policy: "SR-beleid",
  source: "Bron",
  contactRequestedAt: "Contact opgenomen op",
  contactMessage: "Bericht",
  contactPreferredTimes: "Voorkeurstijden",
  intakeConfirmedAt: "Intake bevestigd op",
  // People and organisations
  email: "E-mailadres",
  phone: "Telefoonnummer",
  organisation: "Organisatie",
  role: "Rol",
  organisationId: "Organisatie (id)",
  sessionsEnded: "Beëindigde sessies",
  kvkNumber: "KvK-nummer",
  // The eindbeoordeling, with the figures it rested on
  assessment: "Eerdere eindbeoordeling",
  outcome: "Uitkomst",
  recoveryUntil: "Herstelperiode tot en met",
  sanctionAmount: "Sanctie",
  obligation: "SR-verplichting bij de beoordeling",
  accepted: "Geaccepteerd bij de beoordeling",
  // A realisation (verantwoording) and its review
  blockCode: "Bouwblok",
  maatwerkDescription: "Maatwerk",
  personRef: "Kenmerk persoon",
  targetGroup: "Doelgroep",
  homeMunicipalityCode: "Woongemeente",
  hoursPerWeek: "Uren per week",
  hours: "Uren",
  days: "Dagen",
  amountExclVat: "Bedrag excl. btw",
  bonusCodes: "Toeslagen",
  value: "Waarde",
  reason: "Reden",
  realisations: "Verantwoordingen",
  rows: "Aantal regels",
  // A version of the plan van aanpak and its review
  number: "Versie",
  reportFrequency: "Rapportagefrequentie",
  total: "Totaal van het plan",
  lines: "Regels",
  comment: "Opmerking bij de beoordeling",
  contractStatus: "Status van de opdracht",
  // An evidence file
  fileName: "Bestandsnaam",
  mimeType: "Soort bestand",
  size: "Grootte",
  sha256: "Controlegetal (SHA-256)",
  // A bouwblokkenmodel version, its blocks and bonuses
  region: "Regio",
  copiedFrom: "Gebaseerd op",
  format: "Bestandsformaat",
  validFrom: "Geldig vanaf",
  basisHours: "Uren van een volledige werkweek",
  countingNote: "Toelichting op het tellen",
  conceptNote: "Conceptopmerking",
  blocks: "Aantal bouwblokken",
  bonuses: "Aantal toeslagen",
  category: "Categorie",
  amount: "Bedrag",
  share: "Aandeel van het factuurbedrag",
  maxMonths: "Telt maximaal",
  minHoursPerWeek: "Minimum uren per week",
  appliesTo: "Geldt voor",
  oneOff: "Eenmalig",
  note: "Toelichting",
  // A gemeente's SR-beleid
  municipality: "Gemeente",
  percentage: "Percentage van de opdrachtwaarde",
  thresholdWorks: "Drempel werken",
  thresholdServices: "Drempel diensten",
  thresholdSupplies: "Drempel leveringen",
  thresholdSubsidy: "Drempel subsidies",
  belowThreshold: "Onder de drempel",
  suppliesMinLabourShare: "Leveringen: minimaal arbeidsaandeel",
  suppliesReducedPercentage: "Leveringen: percentage onder dat aandeel",
  cap: "Maximum per opdracht",
  psoDiscounts: "Korting voor PSO-trede",
  contactDeadlineDays: "Contact na gunning binnen",
  // A PSO certificate (validFrom is labelled above)
  level: "PSO-trede",
  certificateNumber: "Certificaatnummer",
  validUntil: "Geldig tot en met",
};
