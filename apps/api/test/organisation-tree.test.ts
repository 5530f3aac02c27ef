// The organisation tree over real HTTP on both databases: the platform admin creates and renames a
// region, adds gemeenten by CBS code and moves them; each step is refused in Dutch when it should
// be, audited when it happens, and changes who serves the gemeente (its region's WSP).
import { backends } from "@sroi/db/testing/backends";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Client, startTestApi, type TestApi } from "./support.js";

const ERRORS = `__typename
  ... on ValidationError { issues { field message } }
  ... on Error { message }`;
const REGION = `${ERRORS} ... on Region { code name municipalities { code name } }`;
const MUNICIPALITY = `${ERRORS} ... on Municipality { code name region { code name } }`;

interface Result {
  __typename: string;
  code?: string;
  name?: string;
  municipalities?: { code: string; name: string }[];
  region?: { code: string; name: string };
  issues?: { field: string; message: string }[];
  message?: string;
}

describe.each(backends())("the organisation tree on $name", (backend) => {
  let api: TestApi;
  let admin: Client;
  beforeAll(async () => {
    if (!backend.available) return;
    api = await startTestApi(backend, { demo: true });
    admin = await api.loginAs("admin@platform.demo");
  });
  afterAll(async () => {
    await api?.close();
  });

  async function run(mutation: string, variables: Record<string, unknown>): Promise<Result> {
    const result = await admin.graphql<Record<string, Result>>(
      mutation.replace("REGION", REGION).replace("MUNICIPALITY", MUNICIPALITY),
      variables,
    );
    expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
    const value = Object.values(result.data ?? {})[0];
    if (!value) throw new Error(`no result in ${JSON.stringify(result)}`);
    return value;
  }
  const ADD = `mutation ($region: String!, $code: String!) {
    addMunicipality(regionCode: $region, code: $code) { MUNICIPALITY } }`;
  const MOVE = `mutation ($code: String!, $region: String!) {
    moveMunicipality(municipalityCode: $code, regionCode: $region) { MUNICIPALITY } }`;

  async function servedByWsp(code: string) {
    const wsp = await api.loginAs("consultant@wsp-amersfoort.demo");
    const result = await wsp.graphql<{ me: { readableMunicipalities: { code: string }[] } }>(
      "{ me { readableMunicipalities { code } } }",
    );
    return result.data?.me.readableMunicipalities.some((m) => m.code === code) ?? false;
  }

  it.skipIf(!backend.available)("offers the CBS list with its source and date", async () => {
    const result = await admin.graphql<{
      cbsMunicipalities: {
        title: string;
        referenceDate: string;
        source: string;
        municipalities: { code: string; name: string }[];
      };
    }>("{ cbsMunicipalities { title referenceDate source municipalities { code name } } }");
    const list = result.data?.cbsMunicipalities;
    expect(list?.title).toBe("Gemeentelijke indeling op 1 januari 2025");
    expect(list?.referenceDate).toBe("2025-01-01");
    expect(list?.source).toMatch(/^https:\/\/www\.cbs\.nl\//);
    expect(list?.municipalities).toHaveLength(342);
    expect(list?.municipalities).toContainEqual({ code: "GM0355", name: "Zeist" });
  });

  it.skipIf(!backend.available)(
    "adds Zeist to regio Amersfoort by its code, with the CBS name, and its WSP serves it",
    async () => {
      expect(await servedByWsp("GM0355")).toBe(false);
      const added = await run(ADD, { region: "regio-amersfoort", code: "gm355" });
      expect(added).toMatchObject({
        __typename: "Municipality",
        code: "GM0355",
        name: "Zeist",
        region: { code: "regio-amersfoort", name: "WSP regio Amersfoort" },
      });
      expect(await servedByWsp("GM0355")).toBe(true);

      const again = await run(ADD, { region: "zuid-kennemerland-ijmond", code: "GM0355" });
      expect(again.issues).toEqual([
        {
          field: "code",
          message:
            "Gemeente Zeist (GM0355) staat al op het platform, in regio WSP regio Amersfoort.",
        },
      ]);
      const unknown = await run(ADD, { region: "regio-amersfoort", code: "GM9999" });
      expect(unknown.issues).toEqual([
        {
          field: "code",
          message:
            "GM9999 is geen gemeentecode uit de CBS-lijst (Gemeentelijke indeling op 1 januari 2025). Kies een gemeente uit de lijst.",
        },
      ]);
      const noRegion = await run(ADD, { region: "regio-bestaat-niet", code: "GM0310" });
      expect(noRegion.issues).toEqual([
        { field: "regionCode", message: "Kies een bestaande regio." },
      ]);
    },
  );

  it.skipIf(!backend.available)(
    "creates and renames a region, refuses a name in use, and moves a gemeente into it",
    async () => {
      const CREATE = `mutation ($name: String!) { createRegion(name: $name) { REGION } }`;
      const created = await run(CREATE, { name: "  Regio Utrechtse Heuvelrug  " });
      expect(created).toMatchObject({
        __typename: "Region",
        code: "regio-utrechtse-heuvelrug",
        name: "Regio Utrechtse Heuvelrug",
        municipalities: [],
      });
      const twice = await run(CREATE, { name: "regio utrechtse heuvelrug" });
      expect(twice.issues).toEqual([
        { field: "name", message: "Er is al een regio met de naam Regio Utrechtse Heuvelrug." },
      ]);
      expect((await run(CREATE, { name: " " })).issues).toEqual([
        { field: "name", message: "Vul de naam van de regio in." },
      ]);

      const RENAME = `mutation ($code: String!, $name: String!) {
        renameRegion(regionCode: $code, name: $name) { REGION } }`;
      const renamed = await run(RENAME, {
        code: "regio-utrechtse-heuvelrug",
        name: "Regio Heuvelrug en Vallei",
      });
      // The code stays: catalogue keys and links refer to it.
      expect(renamed).toMatchObject({
        code: "regio-utrechtse-heuvelrug",
        name: "Regio Heuvelrug en Vallei",
      });
      const clash = await run(RENAME, {
        code: "regio-utrechtse-heuvelrug",
        name: "WSP regio Amersfoort",
      });
      expect(clash.issues?.[0]?.message).toBe(
        "Er is al een regio met de naam WSP regio Amersfoort.",
      );

      await run(ADD, { region: "regio-amersfoort", code: "GM0339" });
      expect(await servedByWsp("GM0339")).toBe(true);
      const moved = await run(MOVE, { code: "GM0339", region: "regio-utrechtse-heuvelrug" });
      expect(moved).toMatchObject({
        code: "GM0339",
        name: "Renswoude",
        region: { code: "regio-utrechtse-heuvelrug", name: "Regio Heuvelrug en Vallei" },
      });
      // The WSP of regio Amersfoort no longer serves it.
      expect(await servedByWsp("GM0339")).toBe(false);
      const stay = await run(MOVE, { code: "GM0339", region: "regio-utrechtse-heuvelrug" });
      expect(stay.issues).toEqual([
        {
          field: "regionCode",
          message: "Gemeente Renswoude hoort al bij regio Regio Heuvelrug en Vallei.",
        },
      ]);
      const absent = await run(MOVE, { code: "GM0363", region: "regio-amersfoort" });
      expect(absent.issues).toEqual([
        { field: "municipalityCode", message: "Deze gemeente staat niet op het platform." },
      ]);

      const audit = await admin.graphql<{
        auditEvents: {
          edges: { node: { action: string; before: string | null; after: string } }[];
        };
      }>(
        `{ auditEvents(first: 20, filter: { action: "region." }) { edges { node { action before after } } } }`,
      );
      const events = audit.data?.auditEvents.edges.map((edge) => edge.node) ?? [];
      expect(events.map((event) => event.action)).toEqual([
        "region.moveMunicipality",
        "region.addMunicipality",
        "region.rename",
        "region.create",
        "region.addMunicipality",
      ]);
      expect(JSON.parse(events[0]?.before ?? "null")).toEqual({
        code: "GM0339",
        name: "Renswoude",
        region: "WSP regio Amersfoort",
      });
      expect(JSON.parse(events[0]?.after ?? "null")).toEqual({
        region: "Regio Heuvelrug en Vallei",
      });
      expect(JSON.parse(events[2]?.before ?? "null")).toEqual({
        name: "Regio Utrechtse Heuvelrug",
      });
    },
  );

  const CARRIER = `${ERRORS} ... on Municipality { code carriedOutBy { id name email phone } }`;
  const SET_CARRIER = `mutation ($code: String!, $organisationId: ID, $create: NewCarrierInput) {
    setCarriedOutBy(municipalityCode: $code, organisationId: $organisationId, create: $create) {
      ${CARRIER} } }`;
  const UPDATE_CONTACT = `mutation ($id: ID!, $email: String, $phone: String) {
    updateOrganisationContact(organisationId: $id, email: $email, phone: $phone) {
      ${ERRORS} ... on Organisation { name email phone } } }`;
  async function carrierOf(code: string) {
    const result = await admin.graphql<{
      municipalities: { code: string; carriedOutBy: { id: string; name: string } | null }[];
    }>("{ municipalities { code carriedOutBy { id name } } }");
    const municipality = result.data?.municipalities.find((m) => m.code === code);
    if (!municipality) throw new Error(`${code} not found: ${JSON.stringify(result)}`);
    return municipality.carriedOutBy;
  }
  interface CarrierResult extends Result {
    carriedOutBy?: { id: string; name: string; email: string | null; phone: string | null } | null;
  }

  it.skipIf(!backend.available)(
    "a new gemeente has no carrying-out organisation until the admin names or creates one, whose first member the admin invites",
    async () => {
      // Zandvoort joins Haarlem's region, where no WSP works (Haarlem has its own team).
      await run(ADD, { region: "zuid-kennemerland-ijmond", code: "GM0473" });
      expect(await carrierOf("GM0473")).toBeNull();

      const invalid = (await run(SET_CARRIER, {
        code: "GM0473",
        create: { kind: "OWN_TEAM", name: " ", email: "socialreturn@zandvoort", phone: "023 57 4" },
      })) as CarrierResult;
      expect(invalid.issues).toEqual([
        { field: "name", message: "Vul de naam van de organisatie in." },
        {
          field: "email",
          message: "Vul een geldig e-mailadres in, zoals socialreturn@haarlem.nl.",
        },
        {
          field: "phone",
          message:
            "Dit telefoonnummer heeft niet het juiste aantal cijfers. Schrijf het nummer zoals 023 - 511 38 67, 14 023 of +31 23 511 38 67.",
        },
      ]);
      const both = (await run(SET_CARRIER, {
        code: "GM0473",
        organisationId: "x",
        create: { kind: "OWN_TEAM", name: "Team" },
      })) as CarrierResult;
      expect(both.issues?.[0]?.message).toBe(
        "Kies een bestaande organisatie of maak een nieuwe, niet allebei.",
      );

      const created = (await run(SET_CARRIER, {
        code: "GM0473",
        create: {
          kind: "OWN_TEAM",
          name: "  Team Werk   gemeente Zandvoort ",
          email: " SocialReturn@Zandvoort.nl ",
          phone: "023 - 574 01 00",
        },
      })) as CarrierResult;
      expect(created.carriedOutBy).toMatchObject({
        name: "Team Werk gemeente Zandvoort",
        email: "socialreturn@zandvoort.nl",
        phone: "023 - 574 01 00",
      });
      const teamId = created.carriedOutBy?.id ?? "";
      const again = (await run(SET_CARRIER, {
        code: "GM0473",
        create: { kind: "OWN_TEAM", name: "Nog een team" },
      })) as CarrierResult;
      expect(again.issues).toEqual([
        {
          field: "kind",
          message:
            "Gemeente Zandvoort heeft al een eigen organisatie op het platform: Team Werk gemeente Zandvoort. Kies die als uitvoerende organisatie.",
        },
      ]);
      // Haarlem's own team cannot carry out Zandvoort's policy; a WSP could.
      const foreign = (await run(SET_CARRIER, {
        code: "GM0473",
        organisationId: (await carrierOf("GM0392"))?.id,
      })) as CarrierResult;
      expect(foreign.issues).toEqual([
        {
          field: "organisationId",
          message: "Kies een werkgeversservicepunt of het eigen team van gemeente Zandvoort.",
        },
      ]);

      const contact = await run(UPDATE_CONTACT, { id: teamId, email: "", phone: "14 023" });
      expect(contact).toMatchObject({ email: null, phone: "14 023" });
      const badPhone = await run(UPDATE_CONTACT, { id: teamId, phone: "bel ons" });
      expect(badPhone.issues?.map((issue) => issue.field)).toEqual(["phone"]);

      // The platform admin invites the team's first member, who then serves Zandvoort.
      const invite = await admin.graphql<{ inviteStaffMember: { __typename: string } }>(
        `mutation ($id: ID!) { inviteStaffMember(organisationId: $id, name: "Z. Coördinator",
          email: "coordinator@zandvoort.test", role: MUNICIPALITY_ADMIN) { __typename } }`,
        { id: teamId },
      );
      expect(invite.data?.inviteStaffMember.__typename).toBe("User");
      const member = await api.prisma.membership.findFirstOrThrow({
        where: { user: { email: "coordinator@zandvoort.test" } },
      });
      expect(member.organisationId).toBe(teamId);

      const audit = await admin.graphql<{
        auditEvents: {
          edges: { node: { action: string; before: string | null; after: string } }[];
        };
      }>(
        `{ auditEvents(first: 3, filter: { action: "region.setCarriedOutBy" }) { edges { node { action before after } } } }`,
      );
      const event = audit.data?.auditEvents.edges[0]?.node;
      expect(JSON.parse(event?.before ?? "null")).toEqual({
        code: "GM0473",
        name: "Zandvoort",
        carriedOutBy: null,
      });
      expect(JSON.parse(event?.after ?? "null")).toEqual({
        carriedOutBy: "Team Werk gemeente Zandvoort",
      });
      const contactEvents = await api.prisma.auditEvent.findMany({
        where: { entityId: teamId },
        orderBy: { at: "asc" },
        select: { action: true, after: true },
      });
      expect(contactEvents.map((e) => e.action)).toEqual([
        "organisation.create",
        "organisation.updateContact",
      ]);
      expect(contactEvents[1]?.after).toEqual({ email: null, phone: "14 023" });
    },
  );

  it.skipIf(!backend.available)(
    "a gemeente can be served by an existing WSP, and a new WSP's name must be free",
    async () => {
      await run(ADD, { region: "zuid-kennemerland-ijmond", code: "GM0397" });
      const served = (await run(SET_CARRIER, {
        code: "GM0397",
        organisationId: (await carrierOf("GM0307"))?.id,
      })) as CarrierResult;
      expect(served.carriedOutBy).toMatchObject({
        name: "WSP regio Amersfoort",
        email: "socialreturn@wsp-amersfoort.demo",
      });
      expect(await servedByWsp("GM0397")).toBe(true);
      const taken = (await run(SET_CARRIER, {
        code: "GM0397",
        create: { kind: "SERVICE_POINT", name: "wsp regio amersfoort" },
      })) as CarrierResult;
      expect(taken.issues).toEqual([
        {
          field: "name",
          message:
            "Er is al een werkgeversservicepunt met de naam WSP regio Amersfoort. Kies dat als uitvoerende organisatie.",
        },
      ]);
      const own = (await run(SET_CARRIER, {
        code: "GM0397",
        create: { kind: "SERVICE_POINT", name: "WSP Zuid-Kennemerland", phone: "+31 23 000 00 00" },
      })) as CarrierResult;
      expect(own.carriedOutBy).toMatchObject({ name: "WSP Zuid-Kennemerland", email: null });
      expect(await servedByWsp("GM0397")).toBe(false);
    },
  );
});
