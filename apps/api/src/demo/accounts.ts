// The demo logins, one per role, named so a newcomer can guess them. Password "demo", in demo
// mode only (never seeded when DEMO=false, which is the default with a DATABASE_URL).
import type { Role } from "@prisma/client";

export const DEMO_PASSWORD = "demo";

export interface DemoAccount {
  email: string;
  name: string;
  role: Role;
  /** organisation key in demo/seed.ts, null for the platform admin */
  organisation: "amersfoort" | "haarlem" | "wsp-amersfoort" | "eemland" | "spaarne" | null;
  /** what the account is for, printed at start */
  description: string;
  /** a contract manager's department */
  department?: string;
  /** an accountmanager's work phone, shown to the contractors they advise */
  phone?: string;
}

export const DEMO_ACCOUNTS: DemoAccount[] = [
  {
    email: "coordinator@amersfoort.demo",
    name: "Anouk de Vries",
    role: "MUNICIPALITY_ADMIN",
    organisation: "amersfoort",
    description: "SR-coördinator gemeente Amersfoort (beheer)",
  },
  {
    email: "coordinator@haarlem.demo",
    name: "Hugo Bakker",
    role: "MUNICIPALITY_ADMIN",
    organisation: "haarlem",
    description: "SR-coördinator gemeente Haarlem (beheer)",
  },
  {
    email: "consultant@wsp-amersfoort.demo",
    name: "Wendy Jansen",
    role: "SERVICE_POINT_CONSULTANT",
    organisation: "wsp-amersfoort",
    phone: "06 - 2000 3101",
    description: "accountmanager WSP regio Amersfoort (beheer)",
  },
  {
    email: "lead@wsp-amersfoort.demo",
    name: "Lotte van Dijk",
    role: "SERVICE_POINT_LEAD",
    organisation: "wsp-amersfoort",
    description: "teamleider WSP regio Amersfoort, beheert de medewerkers (beheer)",
  },
  {
    email: "contractmanager@amersfoort.demo",
    name: "Coen Hendriks",
    role: "CONTRACT_MANAGER",
    organisation: "amersfoort",
    department: "Vastgoed",
    description: "contractmanager afdeling Vastgoed, gemeente Amersfoort (beheer)",
  },
  {
    email: "accountmanager@haarlem.demo",
    name: "Lotte Hendriks",
    role: "SERVICE_POINT_CONSULTANT",
    organisation: "haarlem",
    phone: "023 - 511 38 70",
    description: "accountmanager Team Social Return gemeente Haarlem (beheer)",
  },
  {
    email: "auditor@amersfoort.demo",
    name: "Arjen Smit",
    role: "READ_ONLY",
    organisation: "amersfoort",
    description: "auditor gemeente Amersfoort, alleen lezen (beheer)",
  },
  {
    email: "admin@platform.demo",
    name: "Pim Visser",
    role: "PLATFORM_ADMIN",
    organisation: null,
    description: "platformbeheerder (beheer)",
  },
  {
    email: "admin@bouwbedrijf-eemland.demo",
    name: "Erik Mulder",
    role: "CONTRACTOR_ADMIN",
    organisation: "eemland",
    description: "Bouwbedrijf Eemland, beheerder (portaal)",
  },
  {
    email: "medewerker@bouwbedrijf-eemland.demo",
    name: "Fatima El Amrani",
    role: "CONTRACTOR_USER",
    organisation: "eemland",
    description: "Bouwbedrijf Eemland, medewerker (portaal)",
  },
  {
    email: "admin@groen-spaarne.demo",
    name: "Sanne Dekker",
    role: "CONTRACTOR_ADMIN",
    organisation: "spaarne",
    description: "Groenbeheer Spaarne, beheerder (portaal)",
  },
];
