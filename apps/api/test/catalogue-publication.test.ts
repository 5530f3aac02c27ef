// Who publishes a region's catalogue (docs/decisions/0012-catalogue-publisher.md): Amersfoort's
// coordinator drafts and proposes for the WSP region, the WSP's lead publishes or sends back, the
// publication is mailed to the staff of the region's gemeenten and the WSP, and its audit entry
// reads for a Soest coordinator too, never for Haarlem.
import { backends } from "@sroi/db/testing/backends";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashPassword } from "../src/auth/passwords.js";
import { type Client, startTestApi, type TestApi } from "./support.js";

const SOEST_COORDINATOR = "coordinator@soest.test";

const FIELDS = `__typename
  ... on CatalogueVersion { key status viewerCanEdit viewerCanPublish viewerCanPropose viewerCanSendBack
    publishRefusal proposal { byName } sentBack { byName reason } region { cataloguePublisher } }
  ... on Error { message }`;

interface Answer {
  __typename: string;
  key?: string;
  status?: string;
  viewerCanEdit?: boolean;
  viewerCanPublish?: boolean;
  viewerCanPropose?: boolean;
  viewerCanSendBack?: boolean;
  publishRefusal?: string | null;
  proposal?: { byName: string | null } | null;
  sentBack?: { byName: string | null; reason: string } | null;
  region?: { cataloguePublisher: string | null };
  message?: string;
}

describe.each(backends())("publishing a region's catalogue on $name", (backend) => {
  let api: TestApi;
  let coordinator: Client;
  let lead: Client;
  let haarlem: Client;
  let soest: Client;

  beforeAll(async () => {
    if (!backend.available) return;
    api = await startTestApi(backend, { demo: true });
    const municipality = await api.prisma.municipality.findUniqueOrThrow({
      where: { code: "GM0342" },
    });
    const team = await api.prisma.organisation.upsert({
      where: { municipalityId: municipality.id },
      create: { kind: "MUNICIPALITY", name: "Gemeente Soest", municipalityId: municipality.id },
      update: {},
    });
    await api.prisma.user.create({
      data: {
        email: SOEST_COORDINATOR,
        name: "Coördinator Soest",
        passwordHash: await hashPassword("demo"),
        memberships: { create: { role: "MUNICIPALITY_ADMIN", organisationId: team.id } },
      },
    });
    coordinator = await api.loginAs("coordinator@amersfoort.demo");
    lead = await api.loginAs("lead@wsp-amersfoort.demo");
    haarlem = await api.loginAs("coordinator@haarlem.demo");
    soest = await api.loginAs(SOEST_COORDINATOR);
  });
  afterAll(async () => {
    await api?.close();
  });

  async function as(client: Client, mutation: string, field: string): Promise<Answer> {
    const result = await client.graphql<Record<string, Answer>>(mutation);
    expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
    const answer = result.data?.[field];
    if (!answer) throw new Error(`no ${field} in ${JSON.stringify(result)}`);
    return answer;
  }
  const read = (client: Client, key: string) =>
    as(
      client,
      `{ catalogueVersion(key: "${key}") { ${FIELDS.replace("... on Error { message }", "")} } }`,
      "catalogueVersion",
    );
  const draft = (client: Client, key: string) =>
    as(
      client,
      `mutation { createCatalogueDraft(regionCode: "regio-amersfoort", key: "${key}", name: "Bouwblokken ${key}",
        copyFromKey: "regio-amersfoort-concept") { ${FIELDS} } }`,
      "createCatalogueDraft",
    );
  const publish = (client: Client, key: string) =>
    as(
      client,
      `mutation { publishCatalogueVersion(key: "${key}", validFrom: "2088-01-01") { ${FIELDS} } }`,
      "publishCatalogueVersion",
    );
  const propose = (client: Client, key: string) =>
    as(
      client,
      `mutation { proposeCatalogueVersion(key: "${key}") { ${FIELDS} } }`,
      "proposeCatalogueVersion",
    );
  const sendBack = (client: Client, key: string, reason: string) =>
    as(
      client,
      `mutation { sendBackCatalogueVersion(key: "${key}", reason: ${JSON.stringify(reason)}) { ${FIELDS} } }`,
      "sendBackCatalogueVersion",
    );
  async function queue(client: Client) {
    const result = await client.graphql<{
      me: {
        workQueue: {
          staff: {
            kind: string;
            items: { catalogueKey: string | null; contractorName: string }[];
          }[];
        };
      };
    }>("{ me { workQueue { staff { kind items { catalogueKey contractorName } } } } }");
    return (
      result.data?.me.workQueue.staff.find((q) => q.kind === "CATALOGUES_TO_PUBLISH")?.items ?? []
    );
  }

  it.skipIf(!backend.available)(
    "the coordinator proposes, the WSP lead publishes, the region's staff are told and read the trail",
    async () => {
      const key = "regio-amersfoort-voorstel";
      const drafted = await draft(coordinator, key);
      expect(drafted).toMatchObject({
        status: "DRAFT",
        viewerCanEdit: true,
        viewerCanPublish: false,
        viewerCanPropose: true,
        region: { cataloguePublisher: "WSP regio Amersfoort" },
        publishRefusal:
          "Alleen WSP regio Amersfoort of de platformbeheerder publiceert het bouwblokkenmodel van deze regio. U kunt het concept voorstellen.",
      });
      // The refusal the page shows is the mutation's.
      expect(await publish(coordinator, key)).toEqual({
        __typename: "NotAllowedError",
        message: drafted.publishRefusal,
      });

      const proposed = await propose(coordinator, key);
      expect(proposed).toMatchObject({
        viewerCanEdit: false,
        viewerCanPropose: false,
        viewerCanSendBack: false,
        proposal: { byName: "Anouk de Vries" },
      });
      // Nothing changes under the publisher's eyes.
      const edit = await as(
        coordinator,
        `mutation { updateCatalogueDraft(key: "${key}", input: { name: "Anders", basisHours: "36" }) { ${FIELDS} } }`,
        "updateCatalogueDraft",
      );
      expect(edit.__typename).toBe("NotAllowedError");
      expect(await queue(lead)).toEqual([{ catalogueKey: key, contractorName: "Anouk de Vries" }]);
      expect(await queue(coordinator)).toEqual([]);
      expect(await queue(haarlem)).toEqual([]);
      expect(await read(lead, key)).toMatchObject({
        viewerCanPublish: true,
        viewerCanSendBack: true,
        publishRefusal: null,
      });

      const before = new Set((await api.prisma.outboxMessage.findMany()).map((m) => m.id));
      expect(await publish(lead, key)).toMatchObject({ status: "PUBLISHED" });
      const announcements = (
        await api.prisma.outboxMessage.findMany({ orderBy: { to: "asc" } })
      ).filter((m) => !before.has(m.id));
      // Every staff member of Amersfoort, Soest (Baarn has no team on the platform) and the WSP,
      // and the WSP's shared mailbox; not Haarlem, not the contractors, not the platform admin.
      expect(announcements.map((m) => m.to)).toEqual([
        "auditor@amersfoort.demo",
        "consultant@wsp-amersfoort.demo",
        "contractmanager@amersfoort.demo",
        "coordinator@amersfoort.demo",
        SOEST_COORDINATOR,
        "lead@wsp-amersfoort.demo",
        "socialreturn@wsp-amersfoort.demo",
      ]);
      expect(announcements[0]?.subject).toBe(
        `Nieuw bouwblokkenmodel voor WSP regio Amersfoort: Bouwblokken ${key}`,
      );
      expect(announcements[0]?.text).toContain(
        "Vanaf 1 januari 2088 rekenen nieuwe opdrachten en de rekenhulp van gemeente Amersfoort, gemeente Baarn en gemeente Soest met deze versie.",
      );
      expect(await queue(lead)).toEqual([]);

      const trail = (client: Client) =>
        client.graphql<{
          auditEvents: { edges: { node: { action: string; entityId: string } }[] };
        }>(
          '{ auditEvents(first: 50, filter: { action: "catalogue." }) { edges { node { action entityId } } } }',
        );
      const version = await api.prisma.catalogueVersion.findUniqueOrThrow({ where: { key } });
      const actionsFor = async (client: Client) =>
        ((await trail(client)).data?.auditEvents.edges ?? [])
          .filter((e) => e.node.entityId === version.id)
          .map((e) => e.node.action);
      const expected = ["catalogue.publish", "catalogue.propose", "catalogue.createDraft"];
      expect(await actionsFor(soest)).toEqual(expected);
      expect(await actionsFor(coordinator)).toEqual(expected);
      expect(await actionsFor(haarlem)).toEqual([]);
    },
  );

  it.skipIf(!backend.available)(
    "the lead sends a proposal back with a reason; the coordinator is mailed and may change it again",
    async () => {
      const key = "regio-amersfoort-terug";
      await draft(coordinator, key);
      await propose(coordinator, key);
      expect((await sendBack(coordinator, key, "zelf terug")).__typename).toBe("NotAllowedError");
      expect(await sendBack(lead, key, "   ")).toMatchObject({ __typename: "ValidationError" });
      const returned = await sendBack(lead, key, "Het bedrag voor PW klopt niet.");
      expect(returned).toMatchObject({ proposal: null, viewerCanSendBack: false });
      expect(await read(coordinator, key)).toMatchObject({
        viewerCanEdit: true,
        viewerCanPropose: true,
        sentBack: { byName: "Lotte van Dijk", reason: "Het bedrag voor PW klopt niet." },
      });
      const mail = await api.prisma.outboxMessage.findFirstOrThrow({
        where: { subject: `Voorstel teruggestuurd: Bouwblokken ${key}` },
      });
      expect(mail.to).toBe("coordinator@amersfoort.demo");
      expect(mail.text).toContain("Het bedrag voor PW klopt niet.");
    },
  );

  it.skipIf(!backend.available)(
    "Haarlem's own team publishes its own region; nobody of it touches the Amersfoort region",
    async () => {
      const own = await as(
        haarlem,
        `mutation { createCatalogueDraft(regionCode: "zuid-kennemerland-ijmond", key: "zkij-eigen",
          name: "Eigen", copyFromKey: "zuid-kennemerland-concept") { ${FIELDS} } }`,
        "createCatalogueDraft",
      );
      expect(own).toMatchObject({
        viewerCanPublish: true,
        viewerCanPropose: false,
        region: { cataloguePublisher: "Team Social Return gemeente Haarlem" },
      });
      await draft(coordinator, "regio-amersfoort-haarlem");
      await propose(coordinator, "regio-amersfoort-haarlem");
      const seen = await haarlem.graphql<{ catalogueVersion: unknown }>(
        '{ catalogueVersion(key: "regio-amersfoort-haarlem") { key } }',
      );
      expect(seen.data?.catalogueVersion).toBeNull();
      expect((await publish(haarlem, "regio-amersfoort-haarlem")).__typename).toBe(
        "NotAllowedError",
      );
      expect((await sendBack(haarlem, "regio-amersfoort-haarlem", "nee")).__typename).toBe(
        "NotAllowedError",
      );
    },
  );
});
