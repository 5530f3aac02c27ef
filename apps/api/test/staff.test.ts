// Staff manage their own organisation: who may invite whom, role changes, the last admin, and
// deactivation that ends an open session at once. Over real HTTP on both databases.
import { backends } from "@sroi/db/testing/backends";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Client, startTestApi, type TestApi } from "./support.js";

const INVITE = `mutation ($organisationId: ID!, $name: String!, $email: String!, $role: Role!, $department: String) {
  inviteStaffMember(organisationId: $organisationId, name: $name, email: $email, role: $role, department: $department) {
    __typename
    ... on User { id email invitationPending }
    ... on Error { message }
  }
}`;
const CHANGE_ROLE = `mutation ($membershipId: ID!, $role: Role!, $department: String) {
  changeStaffRole(membershipId: $membershipId, role: $role, department: $department) {
    __typename
    ... on OrganisationMember { role department }
    ... on Error { message }
  }
}`;
const SET_ACTIVE = `mutation ($userId: ID!, $active: Boolean!) {
  setAccountActive(userId: $userId, active: $active) {
    __typename
    ... on User { deactivated }
    ... on Error { message }
  }
}`;
const ME = "{ me { email roles } }";

type Result = { __typename: string; message?: string } & Record<string, unknown>;

describe.each(backends())("staff accounts on $name", (backend) => {
  let api: TestApi;
  let coordinator: Client;
  let lead: Client;
  /** "WSP" is the demo's one WSP, whatever it is called; gemeenten by their name */
  const orgId = async (name: string) =>
    (
      await api.prisma.organisation.findFirstOrThrow({
        where: name === "WSP" ? { kind: "SERVICE_POINT" } : { name },
      })
    ).id;
  const membershipOf = async (email: string) =>
    api.prisma.membership.findFirstOrThrow({ where: { user: { email } } });
  /** Invites someone, sets the password through the mailed link and logs in. */
  async function onboard(by: Client, organisation: string, email: string, role: string) {
    const invited = await by.graphql<{ inviteStaffMember: Result }>(INVITE, {
      organisationId: await orgId(organisation),
      name: "Nieuwe collega",
      email,
      role,
      department: role === "CONTRACT_MANAGER" ? "Vastgoed" : null,
    });
    expect(invited.data?.inviteStaffMember.__typename).toBe("User");
    const mail = await api.prisma.outboxMessage.findFirstOrThrow({ where: { to: email } });
    const token = /token=([\w-]+)/.exec(mail.text)?.[1];
    const person = api.client();
    const set = await person.graphql<{ setPassword: Result }>(
      `mutation ($token: String!) { setPassword(token: $token, password: "een lang wachtwoord") { __typename } }`,
      { token },
    );
    expect(set.data?.setPassword.__typename).toBe("Me");
    return person;
  }

  beforeAll(async () => {
    if (!backend.available) return;
    api = await startTestApi(backend, { demo: true });
    coordinator = await api.loginAs("coordinator@amersfoort.demo");
    lead = await api.loginAs("lead@wsp-amersfoort.demo");
  });
  afterAll(async () => {
    await api?.close();
  });

  it.skipIf(!backend.available)(
    "a coordinator invites a contract manager for a department; the audit holds ids and roles only",
    async () => {
      const amersfoort = await orgId("Gemeente Amersfoort");
      const missing = await coordinator.graphql<{ inviteStaffMember: Result }>(INVITE, {
        organisationId: amersfoort,
        name: "Cor Manager",
        email: "cor@amersfoort.example",
        role: "CONTRACT_MANAGER",
      });
      expect(missing.data?.inviteStaffMember).toMatchObject({
        __typename: "ValidationError",
        message: "Vul de afdeling van de contractmanager in.",
      });
      const invited = await coordinator.graphql<{ inviteStaffMember: Result }>(INVITE, {
        organisationId: amersfoort,
        name: "Cor Manager",
        email: "Cor@Amersfoort.example",
        role: "CONTRACT_MANAGER",
        department: " Vastgoed ",
      });
      expect(invited.data?.inviteStaffMember).toMatchObject({
        __typename: "User",
        email: "cor@amersfoort.example",
        invitationPending: true,
      });
      const id = String(invited.data?.inviteStaffMember.id);
      const membership = await api.prisma.membership.findFirstOrThrow({ where: { userId: id } });
      expect(membership).toMatchObject({ role: "CONTRACT_MANAGER", department: "Vastgoed" });
      const event = await api.prisma.auditEvent.findFirstOrThrow({
        where: { action: "user.invite", entityId: id },
      });
      expect(event.after).toEqual({
        organisationId: amersfoort,
        role: "CONTRACT_MANAGER",
        department: "Vastgoed",
      });
      expect(JSON.stringify(event.after)).not.toMatch(/Cor|amersfoort\.example/);
      const mail = await api.prisma.outboxMessage.findFirstOrThrow({
        where: { to: "cor@amersfoort.example" },
      });
      expect(mail.text).toContain("/admin/wachtwoord?token=");
    },
  );

  it.skipIf(!backend.available)(
    "nobody grants a role more powerful than one they hold",
    async () => {
      const auditor = await api.loginAs("auditor@amersfoort.demo");
      const consultant = await api.loginAs("consultant@wsp-amersfoort.demo");
      const cases: [Client, string, string, string][] = [
        // a coordinator cannot make a WSP lead, nor a platform admin
        [coordinator, "Gemeente Amersfoort", "PLATFORM_ADMIN", "NotAllowedError"],
        [coordinator, "Gemeente Amersfoort", "SERVICE_POINT_LEAD", "NotAllowedError"],
        // nor staff another organisation
        [coordinator, "WSP", "SERVICE_POINT_CONSULTANT", "NotAllowedError"],
        [coordinator, "Team Social Return gemeente Haarlem", "READ_ONLY", "NotAllowedError"],
        // the WSP lead cannot make a gemeente coordinator
        [lead, "WSP", "MUNICIPALITY_ADMIN", "NotAllowedError"],
        [lead, "Gemeente Amersfoort", "READ_ONLY", "NotAllowedError"],
      ];
      for (const [client, organisation, role, expected] of cases) {
        const result = await client.graphql<{ inviteStaffMember: Result }>(INVITE, {
          organisationId: await orgId(organisation),
          name: "X",
          email: `x-${role.toLowerCase()}@example.org`,
          role,
        });
        expect(
          [organisation, role, result.data?.inviteStaffMember.__typename],
          JSON.stringify(result),
        ).toEqual([organisation, role, expected]);
      }
      // roles without the admin role of the organisation may not manage people at all
      for (const client of [auditor, consultant]) {
        const result = await client.graphql(INVITE, {
          organisationId: await orgId("WSP"),
          name: "X",
          email: "x@example.org",
          role: "SERVICE_POINT_CONSULTANT",
        });
        expect(result.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
      }
      expect(await api.prisma.user.count({ where: { email: { startsWith: "x-" } } })).toBe(0);
      const grantable = await lead.graphql<{
        staffOrganisations: { name: string; grantableRoles: { role: string; label: string }[] }[];
      }>("{ staffOrganisations { name grantableRoles { role label } } }");
      expect(grantable.data?.staffOrganisations).toEqual([
        {
          name: "WSP regio Amersfoort",
          grantableRoles: [
            { role: "SERVICE_POINT_LEAD", label: "Teamleider" },
            { role: "SERVICE_POINT_CONSULTANT", label: "Accountmanager" },
          ],
        },
      ]);
      // The admin app asks for a department by needsDepartment, not by the role's name.
      const gemeente = await coordinator.graphql<{
        staffOrganisations: { grantableRoles: { role: string; needsDepartment: boolean }[] }[];
      }>("{ staffOrganisations { grantableRoles { role needsDepartment } } }");
      expect(gemeente.data?.staffOrganisations).toEqual([
        {
          grantableRoles: [
            { role: "MUNICIPALITY_ADMIN", needsDepartment: false },
            { role: "CONTRACT_MANAGER", needsDepartment: true },
            { role: "READ_ONLY", needsDepartment: false },
          ],
        },
      ]);
    },
  );

  it.skipIf(!backend.available)(
    "the WSP lead invites a consultant; the platform admin staffs any gemeente",
    async () => {
      const consultant = await onboard(
        lead,
        "WSP",
        "nieuw@wsp-amersfoort.example",
        "SERVICE_POINT_CONSULTANT",
      );
      expect((await consultant.graphql<{ me: { roles: string[] } }>(ME)).data?.me.roles).toEqual([
        "SERVICE_POINT_CONSULTANT",
      ]);
      const admin = await api.loginAs("admin@platform.demo");
      const first = await onboard(
        admin,
        "Team Social Return gemeente Haarlem",
        "tweede@haarlem.example",
        "MUNICIPALITY_ADMIN",
      );
      expect((await first.graphql<{ me: { roles: string[] } }>(ME)).data?.me.roles).toEqual([
        "MUNICIPALITY_ADMIN",
      ]);
    },
  );

  it.skipIf(!backend.available)(
    "the last coordinator cannot demote or deactivate itself; with a second one it can",
    async () => {
      const haarlem = await api.loginAs("coordinator@haarlem.demo");
      const own = await membershipOf("coordinator@haarlem.demo");
      // Haarlem has a second coordinator since the previous test; make a fresh gemeente state:
      // deactivate that one first, so Hugo Bakker is the last active coordinator.
      const second = await api.prisma.user.findUniqueOrThrow({
        where: { email: "tweede@haarlem.example" },
      });
      const off = await haarlem.graphql<{ setAccountActive: Result }>(SET_ACTIVE, {
        userId: second.id,
        active: false,
      });
      expect(off.data?.setAccountActive).toEqual({ __typename: "User", deactivated: true });
      const demote = await haarlem.graphql<{ changeStaffRole: Result }>(CHANGE_ROLE, {
        membershipId: own.id,
        role: "READ_ONLY",
      });
      expect(demote.data?.changeStaffRole).toEqual({
        __typename: "NotAllowedError",
        message:
          "De organisatie houdt dan geen actieve SR-coördinator gemeente over. Geef eerst iemand anders die rol.",
      });
      const self = await haarlem.graphql<{ setAccountActive: Result }>(SET_ACTIVE, {
        userId: own.userId,
        active: false,
      });
      expect(self.data?.setAccountActive.__typename).toBe("NotAllowedError");
      expect((await membershipOf("coordinator@haarlem.demo")).role).toBe("MUNICIPALITY_ADMIN");
      // with the second coordinator active again, stepping down is allowed
      const on = await haarlem.graphql<{ setAccountActive: Result }>(SET_ACTIVE, {
        userId: second.id,
        active: true,
      });
      expect(on.data?.setAccountActive).toEqual({ __typename: "User", deactivated: false });
      const stepDown = await haarlem.graphql<{ changeStaffRole: Result }>(CHANGE_ROLE, {
        membershipId: own.id,
        role: "CONTRACT_MANAGER",
        department: "Stadsbeheer",
      });
      expect(stepDown.data?.changeStaffRole).toEqual({
        __typename: "OrganisationMember",
        role: "CONTRACT_MANAGER",
        department: "Stadsbeheer",
      });
      const events = await api.prisma.auditEvent.findMany({
        where: { action: { in: ["user.changeRole", "user.deactivate", "user.reactivate"] } },
        orderBy: { at: "asc" },
      });
      expect(events.map((e) => [e.action, e.before, e.after])).toEqual([
        ["user.deactivate", null, { sessionsEnded: 1 }],
        ["user.reactivate", null, {}],
        [
          "user.changeRole",
          { organisationId: own.organisationId, role: "MUNICIPALITY_ADMIN", department: null },
          {
            organisationId: own.organisationId,
            role: "CONTRACT_MANAGER",
            department: "Stadsbeheer",
          },
        ],
      ]);
    },
  );

  it.skipIf(!backend.available)(
    "deactivation ends an open session at once; the person cannot log in or reset",
    async () => {
      const person = await onboard(
        coordinator,
        "Gemeente Amersfoort",
        "weg@amersfoort.example",
        "READ_ONLY",
      );
      expect((await person.graphql<{ me: { email: string } }>(ME)).data?.me.email).toBe(
        "weg@amersfoort.example",
      );
      const { id } = await api.prisma.user.findUniqueOrThrow({
        where: { email: "weg@amersfoort.example" },
      });
      const off = await coordinator.graphql<{ setAccountActive: Result }>(SET_ACTIVE, {
        userId: id,
        active: false,
      });
      expect(off.data?.setAccountActive).toEqual({ __typename: "User", deactivated: true });
      // the old cookie is anonymous now
      const after = await person.graphql("{ contracts(first: 1) { totalCount } }");
      expect(after.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
      expect(await api.prisma.session.count({ where: { userId: id } })).toBe(0);
      const login = await api
        .client()
        .graphql<{ login: Result }>(
          `mutation { login(email: "weg@amersfoort.example", password: "een lang wachtwoord") { __typename ... on Error { message } } }`,
        );
      expect(login.data?.login).toEqual({
        __typename: "InputError",
        message:
          "Dit account is gedeactiveerd. Neem contact op met de beheerder van uw organisatie.",
      });
      const mailsBefore = await api.prisma.outboxMessage.count({
        where: { to: "weg@amersfoort.example" },
      });
      await api
        .client()
        .graphql(`mutation { requestPasswordReset(email: "weg@amersfoort.example") }`);
      expect(
        await api.prisma.outboxMessage.count({ where: { to: "weg@amersfoort.example" } }),
      ).toBe(mailsBefore);
      // another gemeente's coordinator cannot touch this account
      const other = await api.loginAs("tweede@haarlem.example", "een lang wachtwoord");
      const refused = await other.graphql<{ setAccountActive: Result }>(SET_ACTIVE, {
        userId: id,
        active: true,
      });
      expect(refused.data?.setAccountActive.__typename).toBe("NotAllowedError");
    },
  );

  it.skipIf(!backend.available)(
    "a contract manager registers contracts of its own department only and reads the gemeente's",
    async () => {
      const manager = await api.loginAs("contractmanager@amersfoort.demo");
      // The form shows what the API decides: the department is the manager's, and required;
      // for the coordinator any department, optional (null).
      const DEPARTMENTS =
        "{ me { readableMunicipalities { code viewerCan { registerContract registerDepartments } } } }";
      type Departments = {
        me: {
          readableMunicipalities: {
            code: string;
            viewerCan: { registerContract: boolean; registerDepartments: string[] | null };
          }[];
        };
      };
      const amersfoort = async (email: string) =>
        (
          await (await api.loginAs(email)).graphql<Departments>(DEPARTMENTS)
        ).data?.me.readableMunicipalities.find((m) => m.code === "GM0307")?.viewerCan;
      expect(await amersfoort("contractmanager@amersfoort.demo")).toEqual({
        registerContract: true,
        registerDepartments: ["Vastgoed"],
      });
      expect(await amersfoort("coordinator@amersfoort.demo")).toEqual({
        registerContract: true,
        registerDepartments: null,
      });
      expect(await amersfoort("auditor@amersfoort.demo")).toEqual({
        registerContract: false,
        registerDepartments: [],
      });
      const register = `mutation ($department: String) {
        registerContract(
          municipalityCode: "GM0307"
          contract: { reference: "CM-1", title: "Dak stadhuis", department: $department, kind: WORKS, valueExclVat: "500000.00", awardDate: "2026-11-02", startDate: "2026-12-01", endDate: "2027-12-01" }
          contractor: { name: "Dakwerken Eem", kvkNumber: "12312312", contactName: "D. Eem", contactEmail: "d@dakwerken-eem.example" }
        ) { __typename ... on Contract { department } ... on Error { message } }
      }`;
      const other = await manager.graphql<{ registerContract: Result }>(register, {
        department: "Stadsbeheer",
      });
      expect(other.data?.registerContract).toEqual({
        __typename: "ValidationError",
        message: "U registreert alleen opdrachten van uw eigen afdeling (Vastgoed).",
      });
      const own = await manager.graphql<{ registerContract: Result }>(register, {
        department: "vastgoed",
      });
      expect(own.data?.registerContract, JSON.stringify(own)).toEqual({
        __typename: "Contract",
        department: "vastgoed",
      });
      const read = await manager.graphql<{ contracts: { totalCount: number } }>(
        `{ contracts(first: 1, filter: { municipalityCode: "GM0307" }) { totalCount } }`,
      );
      const all = await api.prisma.contract.count({ where: { municipality: { code: "GM0307" } } });
      expect(read.data?.contracts.totalCount).toBe(all);
      // not a policy
      const policy = await manager.graphql(
        `mutation { createPolicyDraft(municipalityCode: "GM0307") { __typename } }`,
      );
      expect(policy.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    },
  );

  it.skipIf(!backend.available)(
    "an accountmanager sets a Dutch work phone, which the contractor then reads on its contract",
    async () => {
      const SET = `mutation ($phone: String) { setMyPhone(phone: $phone) {
        __typename ... on Me { phone } ... on InputError { message field } } }`;
      const team = await api.loginAs("accountmanager@haarlem.demo");
      const refused = await team.graphql<{ setMyPhone: Record<string, unknown> }>(SET, {
        phone: "023 511",
      });
      expect(refused.data?.setMyPhone).toMatchObject({ __typename: "InputError", field: "phone" });
      const set = await team.graphql<{ setMyPhone: Record<string, unknown> }>(SET, {
        phone: "  023 -  511 38 99 ",
      });
      expect(set.data?.setMyPhone).toEqual({ __typename: "Me", phone: "023 - 511 38 99" });
      // a contract Haarlem's accountmanager advises, read by its contractor's admin
      const advised = await api.prisma.contract.findFirstOrThrow({
        where: {
          consultant: { email: "accountmanager@haarlem.demo" },
          contractor: { memberships: { some: { role: "CONTRACTOR_ADMIN" } } },
        },
        select: {
          id: true,
          contractor: {
            select: {
              memberships: { where: { role: "CONTRACTOR_ADMIN" }, select: { user: true } },
            },
          },
        },
      });
      const contractorAdmin = advised.contractor.memberships[0]?.user.email ?? "";
      const contractor = await api.loginAs(contractorAdmin);
      const read = await contractor.graphql<{
        contract: { consultant: { name: string; phone: string | null } | null };
      }>("query ($id: ID!) { contract(id: $id) { consultant { name phone } } }", {
        id: advised.id,
      });
      expect(read.data?.contract.consultant).toEqual({
        name: "Lotte Hendriks",
        phone: "023 - 511 38 99",
      });
      // the change is in the audit trail, as every change to a person's account
      const admin = await api.loginAs("admin@platform.demo");
      const trail = await admin.graphql<{
        auditEvents: { edges: { node: { action: string; entityId: string } }[] };
      }>(
        '{ auditEvents(first: 5, filter: { action: "user.changePhone" }) { edges { node { action entityId } } } }',
      );
      expect(trail.data?.auditEvents.edges).toHaveLength(1);
      const cleared = await team.graphql<{ setMyPhone: Record<string, unknown> }>(SET, {
        phone: "",
      });
      expect(cleared.data?.setMyPhone).toEqual({ __typename: "Me", phone: null });
    },
  );
});
