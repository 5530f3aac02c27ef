// The gemeenten the product is first built for, with concept policies. Neither has published its
// current thresholds or bouwblokken values in a public table we could find, so everything here says
// it is a concept until the gemeente or WSP confirms it in the admin app.
import type { ContractKind } from "@sroi/domain";

export const POLICY_CONCEPT_NOTE = "concept — te bevestigen door de gemeente";

export interface PolicySeed {
  name: string;
  validFrom: string;
  percentage: string;
  thresholds: Record<ContractKind, string | null>;
  belowThreshold: "ACTIVITY" | "NONE";
  suppliesMinLabourShare: string | null;
  suppliesReducedPercentage: string | null;
  contactDeadlineDays: number;
  source: string;
}

/**
 * The organisation that carries out a gemeente's social return: a WSP serving several gemeenten,
 * or the gemeente's own team (then it is the gemeente's own organisation on the platform).
 */
export interface CarryingOutSeed {
  kind: "SERVICE_POINT" | "OWN_TEAM";
  name: string;
  /** shared mailbox: mail for the gemeente's staff goes here when no accountmanager is assigned */
  email: string;
  /** null where no public number was found */
  phone: string | null;
}

const WSP_REGIO_AMERSFOORT: CarryingOutSeed = {
  kind: "SERVICE_POINT",
  name: "WSP regio Amersfoort",
  email: "socialreturn@amersfoort.nl",
  phone: null,
};

export interface RegionSeed {
  code: string;
  name: string;
  /** the concept catalogue this region starts with: a copy of a published one */
  conceptCatalogue: { key: string; copyOf: string; name: string; conceptNote: string };
  municipalities: {
    code: string;
    name: string;
    policy: PolicySeed;
    carriedOutBy: CarryingOutSeed;
  }[];
}

// WSP regio Amersfoort: 5 % of the contract sum for "large contracts"; €200,000 was the published
// threshold in 2012-13 and no later figure is public. Small contracts owe one activity.
const amersfoortPolicy: PolicySeed = {
  name: "Social return-beleid WSP regio Amersfoort (concept)",
  validFrom: "2013-01-01",
  percentage: "0.05",
  thresholds: { WORKS: "200000.00", SERVICES: "200000.00", SUPPLIES: "200000.00", SUBSIDY: null },
  belowThreshold: "ACTIVITY",
  suppliesMinLabourShare: null,
  suppliesReducedPercentage: null,
  contactDeadlineDays: 7,
  source: "https://www.wspregioamersfoort.nl/sociaal-ondernemen/social-return/",
};

export const REGION_SEEDS: RegionSeed[] = [
  {
    code: "regio-amersfoort",
    name: "WSP regio Amersfoort",
    conceptCatalogue: {
      key: "regio-amersfoort-concept",
      copyOf: "utrecht-current",
      name: "Bouwblokkenmodel regio Amersfoort (concept op basis van het Utrechtse model)",
      conceptNote:
        "Concept, te bevestigen: een kopie van het bouwblokkenmodel van de gemeente Utrecht. Het WSP regio Amersfoort moet de waarden nog bevestigen.",
    },
    municipalities: [
      {
        code: "GM0307",
        name: "Amersfoort",
        policy: amersfoortPolicy,
        carriedOutBy: WSP_REGIO_AMERSFOORT,
      },
      {
        code: "GM0342",
        name: "Soest",
        policy: amersfoortPolicy,
        carriedOutBy: WSP_REGIO_AMERSFOORT,
      },
      {
        code: "GM0308",
        name: "Baarn",
        policy: amersfoortPolicy,
        carriedOutBy: WSP_REGIO_AMERSFOORT,
      },
    ],
  },
  {
    code: "zuid-kennemerland-ijmond",
    name: "Zuid-Kennemerland en IJmond",
    conceptCatalogue: {
      key: "zuid-kennemerland-concept",
      copyOf: "utrecht-current",
      name: "Bouwblokkenmodel Zuid-Kennemerland en IJmond (concept op basis van het Utrechtse model)",
      conceptNote:
        "Concept, te bevestigen: de bouwblokkentabel in bijlage 1 van de Haarlemse beleidsregels is niet openbaar leesbaar; dit is een kopie van het Utrechtse model tot de gemeente de eigen waarden invoert.",
    },
    municipalities: [
      {
        code: "GM0392",
        name: "Haarlem",
        carriedOutBy: {
          kind: "OWN_TEAM",
          name: "Team Social Return gemeente Haarlem",
          email: "socialreturn@haarlem.nl",
          phone: "023 - 511 38 67",
        },
        // Modelled on the published rules of Bloemendaal, in the same labour-market region.
        policy: {
          name: "Beleidsregels SROI Haarlem (concept naar het model van Bloemendaal)",
          validFrom: "2021-04-01",
          percentage: "0.05",
          thresholds: {
            WORKS: "200000.00",
            SERVICES: "200000.00",
            SUPPLIES: "200000.00",
            SUBSIDY: "200000.00",
          },
          belowThreshold: "NONE",
          suppliesMinLabourShare: "0.30",
          suppliesReducedPercentage: null,
          contactDeadlineDays: 7,
          source: "https://lokaleregelgeving.overheid.nl/CVDR656076/1",
        },
      },
    ],
  },
];
