// viewerCan tells the apps which buttons to show. It must say false exactly where the mutation
// refuses (NotAllowedError), for every role and every state of the contract: the test arranges each
// state, reads viewerCan as each actor, then tries every mutation from that same state.
import type {
  AssessmentOutcome,
  ContractStatus,
  PlanStatus,
  RealisationStatus,
} from "@prisma/client";
import { backends } from "@sroi/db/testing/backends";
import { CONTRACT_STATUSES, dutchDate } from "@sroi/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Client, startTestApi, type TestApi } from "./support.js";

interface Scenario {
  name: string;
  status: ContractStatus;
  ended: boolean;
  intakeRequested: boolean;
  intakeConfirmed: boolean;
  plan: PlanStatus | null;
  realisation: RealisationStatus | null;
  assessment: AssessmentOutcome | null;
}

const base = {
  ended: false,
  intakeRequested: false,
  intakeConfirmed: false,
  plan: null,
  realisation: null,
  assessment: null,
} as const;

const SCENARIOS: Scenario[] = [
  { ...base, name: "just awarded", status: "AWARDED" },
  {
    ...base,
    name: "intake requested, plan in draft",
    status: "PLANNING",
    intakeRequested: true,
    plan: "DRAFT",
  },
  {
    ...base,
    name: "intake confirmed, plan submitted",
    status: "PLANNING",
    intakeRequested: true,
    intakeConfirmed: true,
    plan: "SUBMITTED",
  },
  {
    // Approved before the intake was confirmed: the plan alone does not start the execution.
    ...base,
    name: "intake confirmed after the plan was approved",
    status: "PLANNING",
    intakeRequested: true,
    intakeConfirmed: true,
    plan: "APPROVED",
  },
  {
    ...base,
    name: "in execution, a realisation to review",
    status: "IN_EXECUTION",
    intakeConfirmed: true,
    plan: "APPROVED",
    realisation: "SUBMITTED",
  },
  {
    ...base,
    name: "past its end date, a rejected realisation",
    status: "IN_EXECUTION",
    ended: true,
    plan: "CHANGES_REQUESTED",
    realisation: "REJECTED",
  },
  {
    ...base,
    name: "in assessment with a plan still in draft",
    status: "ASSESSMENT",
    plan: "DRAFT",
    realisation: "ACCEPTED",
  },
  {
    ...base,
    name: "in a recovery period",
    status: "ASSESSMENT",
    ended: true,
    realisation: "REJECTED",
    assessment: "RECOVERY_PERIOD",
  },
  {
    ...base,
    name: "closed, a rejected realisation and a draft plan",
    status: "CLOSED",
    ended: true,
    plan: "DRAFT",
    realisation: "REJECTED",
    assessment: "WAIVED",
  },
];

const ACTORS = {
  coordinator: "coordinator@amersfoort.demo",
  consultant: "consultant@wsp-amersfoort.demo",
  lead: "lead@wsp-amersfoort.demo",
  auditor: "auditor@amersfoort.demo",
  // department Vastgoed, the department of the contract under test (AMF-2026-001)
  contractManager: "contractmanager@amersfoort.demo",
  platformAdmin: "admin@platform.demo",
  contractor: "admin@bouwbedrijf-eemland.demo",
  colleague: "medewerker@bouwbedrijf-eemland.demo",
  otherContractor: "admin@groen-spaarne.demo",
  otherGemeente: "coordinator@haarlem.demo",
} as const;
type Actor = keyof typeof ACTORS;

const CONTRACT_ACTIONS = [
  "correct",
  "confirmIntake",
  "requestIntake",
  "editPlan",
  "submitPlan",
  "reviewPlan",
  "reportRealisation",
  "assess",
] as const;
const REALISATION_ACTIONS = ["correct", "review", "acceptWithoutJudgement"] as const;

const VIEWER_CAN = `query ($id: ID!) { contract(id: $id) {
  viewerCan { ${CONTRACT_ACTIONS.join(" ")} }
  assessRefusal
  statusChoices
  realisations { viewerCan { ${REALISATION_ACTIONS.join(" ")} } correctRefusal } } }`;

const result = "{ __typename ... on Error { message } }";
const REFUSED = new Set(["NotAllowedError", "FORBIDDEN"]);

describe.each(backends())("viewerCan on $name", (backend) => {
  let api: TestApi;
  const clients = {} as Record<Actor, Client>;
  let contractId: string;
  let userId: string;
  beforeAll(async () => {
    if (!backend.available) return;
    api = await startTestApi(backend, { demo: true });
    for (const [actor, email] of Object.entries(ACTORS)) {
      clients[actor as Actor] = await api.loginAs(email);
    }
    contractId = (
      await api.prisma.contract.findFirstOrThrow({ where: { reference: "AMF-2026-001" } })
    ).id;
    userId = (await api.prisma.user.findFirstOrThrow({ where: { email: ACTORS.contractor } })).id;
  });
  afterAll(async () => {
    await api?.close();
  });

  /** Puts the contract in the scenario's state; returns the plan and realisation it made. */
  async function arrange(scenario: Scenario) {
    const prisma = api.prisma;
    await prisma.assessment.deleteMany({ where: { contractId } });
    await prisma.realisation.deleteMany({ where: { contractId } });
    await prisma.planVersion.deleteMany({ where: { contractId } });
    const day = 24 * 60 * 60 * 1000;
    await prisma.contract.update({
      where: { id: contractId },
      data: {
        status: scenario.status,
        // Valid dates, so that a correction is judged by its rule and not refused as input.
        awardDate: new Date(Date.now() - 500 * day),
        startDate: new Date(Date.now() - 400 * day),
        endDate: new Date(Date.now() + (scenario.ended ? -30 : 300) * day),
        // The contract manager's department: a correction let through must not move it away.
        department: "Vastgoed",
        contactRequestedAt: scenario.intakeRequested ? new Date() : null,
        intakeConfirmedAt: scenario.intakeConfirmed ? new Date() : null,
        version: 1,
      },
    });
    const plan = scenario.plan
      ? await prisma.planVersion.create({
          data: {
            contractId,
            number: 1,
            status: scenario.plan,
            reportFrequency: "QUARTERLY",
            total: "0",
          },
        })
      : null;
    const realisation = scenario.realisation
      ? await prisma.realisation.create({
          data: {
            contractId,
            blockCode: "INITIATIEF",
            hours: "4",
            value: "0",
            valueLines: [],
            status: scenario.realisation,
            submittedById: userId,
          },
        })
      : null;
    if (scenario.assessment) {
      await prisma.assessment.create({
        data: {
          contractId,
          outcome: scenario.assessment,
          obligationAmount: "0",
          acceptedAmount: "0",
          decidedById: userId,
        },
      });
    }
    return { plan, realisation };
  }

  type Arranged = Awaited<ReturnType<typeof arrange>>;
  /** Each action's mutation from the arranged state; null where there is nothing to act on. */
  async function attempt(
    client: Client,
    action: string,
    { plan, realisation }: Arranged,
  ): Promise<string | null> {
    const contract = await api.prisma.contract.findUniqueOrThrow({ where: { id: contractId } });
    const iso = (date: Date | null) => date?.toISOString().slice(0, 10) ?? null;
    const run = async (operation: string, variables: Record<string, unknown>) => {
      const response = await client.graphql<Record<string, { __typename: string }>>(
        operation,
        variables,
      );
      // A role that may never call the mutation is stopped by its scope, before any rule.
      if (response.errors?.[0]?.extensions?.code === "FORBIDDEN") return "FORBIDDEN";
      expect(response.errors).toBeUndefined();
      return Object.values(response.data ?? {})[0]?.__typename ?? "none";
    };
    const id = contractId;
    switch (action) {
      case "correct":
        return run(
          `mutation ($id: ID!, $contract: ContractInput!) { correctContract(id: $id, version: 1, contract: $contract) ${result} }`,
          {
            id,
            contract: {
              reference: contract.reference,
              title: contract.title,
              kind: contract.kind,
              valueExclVat: contract.valueExclVat.toFixed(2),
              awardDate: iso(contract.awardDate),
              startDate: iso(contract.startDate),
              endDate: iso(contract.endDate),
              department: contract.department,
            },
          },
        );
      case "confirmIntake":
        return run(`mutation ($id: ID!) { confirmIntake(contractId: $id, version: 1) ${result} }`, {
          id,
        });
      case "requestIntake":
        return run(
          `mutation ($id: ID!) { requestIntake(contractId: $id, message: "Graag een afspraak.") ${result} }`,
          { id },
        );
      case "editPlan":
        return run(
          `mutation ($id: ID!, $basedOn: PlanVersionRef) { savePlan(contractId: $id, basedOn: $basedOn, reportFrequency: QUARTERLY, lines: []) ${result} }`,
          { id, basedOn: plan ? { planId: plan.id, version: plan.version } : null },
        );
      case "submitPlan":
        if (!plan) return null;
        return run(`mutation ($id: ID!) { submitPlan(planId: $id, version: 1) ${result} }`, {
          id: plan.id,
        });
      case "reviewPlan":
        if (!plan) return null;
        return run(
          `mutation ($id: ID!) { reviewPlan(planId: $id, version: 1, approve: true) ${result} }`,
          { id: plan.id },
        );
      case "reportRealisation":
        return run(
          `mutation ($id: ID!) { submitRealisation(contractId: $id, input: { blockCode: "INITIATIEF", hours: "4" }) ${result} }`,
          { id },
        );
      case "importRealisations":
        // Refused or not before the file is read: an unreadable file is an ImportError.
        return run(
          `mutation ($id: ID!) { importRealisations(contractId: $id, format: CSV, content: "bouwblok") ${result} }`,
          { id },
        );
      case "assess":
        return run(
          `mutation ($id: ID!) { assessContract(contractId: $id, version: 1, outcome: WAIVED, reason: "Ter toets") ${result} }`,
          { id },
        );
      case "status AWARDED":
      case "status PLANNING":
      case "status IN_EXECUTION":
      case "status ASSESSMENT":
      case "status CLOSED":
        return run(
          `mutation ($id: ID!, $status: ContractStatus!) { changeContractStatus(id: $id, version: 1, status: $status) ${result} }`,
          { id, status: action.slice("status ".length) },
        );
      case "realisation.correct":
        if (!realisation) return null;
        return run(
          `mutation ($id: ID!) { correctRealisation(id: $id, version: 1, input: { blockCode: "INITIATIEF", hours: "5" }) ${result} }`,
          { id: realisation.id },
        );
      case "realisation.review":
        if (!realisation) return null;
        return run(
          `mutation ($id: ID!) { reviewRealisation(id: $id, version: 1, accept: false, reason: "Onvoldoende onderbouwd") ${result} }`,
          { id: realisation.id },
        );
      case "realisation.acceptWithoutJudgement":
        // The fixture's entry has no evidence: it needs judgement in every state, for everyone.
        if (!realisation) return null;
        return run(
          `mutation ($contract: ID!, $id: ID!) { acceptRealisations(contractId: $contract, realisations: [{ id: $id, version: 1 }]) ${result} }`,
          { contract: id, id: realisation.id },
        );
    }
    throw new Error(`no mutation for ${action}`);
  }

  it.skipIf(!backend.available)(
    "is false exactly where the mutation refuses, for every role and state",
    async () => {
      const table: string[] = [];
      for (const scenario of SCENARIOS) {
        for (const actor of Object.keys(ACTORS) as Actor[]) {
          const client = clients[actor];
          let arranged = await arrange(scenario);
          const read = await client.graphql<{
            contract: {
              viewerCan: Record<string, boolean>;
              assessRefusal: string | null;
              statusChoices: string[];
              realisations: { viewerCan: Record<string, boolean>; correctRefusal: string | null }[];
            } | null;
          }>(VIEWER_CAN, { id: contractId });
          expect(read.errors).toBeUndefined();
          // Another tenant does not see the contract at all: every step is refused.
          const can: Record<string, boolean> = {};
          for (const action of CONTRACT_ACTIONS) {
            can[action] = read.data?.contract?.viewerCan[action] ?? false;
          }
          // The admin app says why not with assessRefusal: there exactly where assess is false.
          if (read.data?.contract) {
            expect(read.data.contract.assessRefusal === null, `${scenario.name}, ${actor}`).toBe(
              can.assess,
            );
          }
          // The portal says why not with correctRefusal: there exactly where correct is false.
          for (const realisation of read.data?.contract?.realisations ?? []) {
            expect(realisation.correctRefusal === null, `${scenario.name}, ${actor}`).toBe(
              realisation.viewerCan.correct,
            );
          }
          // Importing is reporting too, by file.
          can.importRealisations = can.reportRealisation ?? false;
          for (const action of REALISATION_ACTIONS) {
            can[`realisation.${action}`] =
              read.data?.contract?.realisations[0]?.viewerCan[action] ?? false;
          }
          // Every status, the current one too: changeContractStatus accepts exactly the choices.
          for (const status of CONTRACT_STATUSES) {
            can[`status ${status}`] = read.data?.contract?.statusChoices.includes(status) ?? false;
          }
          // A refused step changes nothing; after one that was let through, arrange again.
          for (const [action, allowed] of Object.entries(can)) {
            const outcome = await attempt(client, action, arranged);
            if (outcome === null) {
              expect(allowed, `${scenario.name}, ${actor}, ${action}`).toBe(false);
              continue;
            }
            expect(
              { scenario: scenario.name, actor, action, refused: REFUSED.has(outcome) },
              outcome,
            ).toEqual({ scenario: scenario.name, actor, action, refused: !allowed });
            if (!REFUSED.has(outcome)) arranged = await arrange(scenario);
            if (allowed && action !== "importRealisations") {
              table.push(`${scenario.name}: ${actor} ${action}`);
            }
          }
        }
      }
      // The rules themselves, spelled out: who may do what in which state.
      expect(table).toEqual([
        "just awarded: coordinator correct",
        "just awarded: coordinator confirmIntake",
        "just awarded: coordinator status PLANNING",
        "just awarded: consultant correct",
        "just awarded: consultant confirmIntake",
        "just awarded: consultant status PLANNING",
        "just awarded: lead correct",
        "just awarded: lead confirmIntake",
        "just awarded: lead status PLANNING",
        "just awarded: contractManager correct",
        "just awarded: platformAdmin correct",
        "just awarded: platformAdmin confirmIntake",
        "just awarded: platformAdmin status PLANNING",
        "just awarded: contractor requestIntake",
        "just awarded: contractor editPlan",
        "just awarded: contractor reportRealisation",
        "just awarded: colleague requestIntake",
        "just awarded: colleague editPlan",
        "just awarded: colleague reportRealisation",
        "intake requested, plan in draft: coordinator correct",
        "intake requested, plan in draft: coordinator confirmIntake",
        "intake requested, plan in draft: coordinator status AWARDED",
        "intake requested, plan in draft: consultant correct",
        "intake requested, plan in draft: consultant confirmIntake",
        "intake requested, plan in draft: consultant status AWARDED",
        "intake requested, plan in draft: lead correct",
        "intake requested, plan in draft: lead confirmIntake",
        "intake requested, plan in draft: lead status AWARDED",
        "intake requested, plan in draft: contractManager correct",
        "intake requested, plan in draft: platformAdmin correct",
        "intake requested, plan in draft: platformAdmin confirmIntake",
        "intake requested, plan in draft: platformAdmin status AWARDED",
        "intake requested, plan in draft: contractor editPlan",
        "intake requested, plan in draft: contractor submitPlan",
        "intake requested, plan in draft: contractor reportRealisation",
        "intake requested, plan in draft: colleague editPlan",
        "intake requested, plan in draft: colleague submitPlan",
        "intake requested, plan in draft: colleague reportRealisation",
        "intake confirmed, plan submitted: coordinator correct",
        "intake confirmed, plan submitted: coordinator reviewPlan",
        "intake confirmed, plan submitted: coordinator status AWARDED",
        "intake confirmed, plan submitted: consultant correct",
        "intake confirmed, plan submitted: consultant reviewPlan",
        "intake confirmed, plan submitted: consultant status AWARDED",
        "intake confirmed, plan submitted: lead correct",
        "intake confirmed, plan submitted: lead reviewPlan",
        "intake confirmed, plan submitted: lead status AWARDED",
        "intake confirmed, plan submitted: contractManager correct",
        "intake confirmed, plan submitted: platformAdmin correct",
        "intake confirmed, plan submitted: platformAdmin reviewPlan",
        "intake confirmed, plan submitted: platformAdmin status AWARDED",
        "intake confirmed, plan submitted: contractor reportRealisation",
        "intake confirmed, plan submitted: colleague reportRealisation",
        "intake confirmed after the plan was approved: coordinator correct",
        "intake confirmed after the plan was approved: coordinator status AWARDED",
        "intake confirmed after the plan was approved: coordinator status IN_EXECUTION",
        "intake confirmed after the plan was approved: consultant correct",
        "intake confirmed after the plan was approved: consultant status AWARDED",
        "intake confirmed after the plan was approved: consultant status IN_EXECUTION",
        "intake confirmed after the plan was approved: lead correct",
        "intake confirmed after the plan was approved: lead status AWARDED",
        "intake confirmed after the plan was approved: lead status IN_EXECUTION",
        "intake confirmed after the plan was approved: contractManager correct",
        "intake confirmed after the plan was approved: platformAdmin correct",
        "intake confirmed after the plan was approved: platformAdmin status AWARDED",
        "intake confirmed after the plan was approved: platformAdmin status IN_EXECUTION",
        "intake confirmed after the plan was approved: contractor editPlan",
        "intake confirmed after the plan was approved: contractor reportRealisation",
        "intake confirmed after the plan was approved: colleague editPlan",
        "intake confirmed after the plan was approved: colleague reportRealisation",
        "in execution, a realisation to review: coordinator correct",
        "in execution, a realisation to review: coordinator realisation.review",
        "in execution, a realisation to review: coordinator status PLANNING",
        "in execution, a realisation to review: coordinator status ASSESSMENT",
        "in execution, a realisation to review: consultant correct",
        "in execution, a realisation to review: consultant realisation.review",
        "in execution, a realisation to review: consultant status PLANNING",
        "in execution, a realisation to review: consultant status ASSESSMENT",
        "in execution, a realisation to review: lead correct",
        "in execution, a realisation to review: lead realisation.review",
        "in execution, a realisation to review: lead status PLANNING",
        "in execution, a realisation to review: lead status ASSESSMENT",
        "in execution, a realisation to review: contractManager correct",
        "in execution, a realisation to review: platformAdmin correct",
        "in execution, a realisation to review: platformAdmin realisation.review",
        "in execution, a realisation to review: platformAdmin status PLANNING",
        "in execution, a realisation to review: platformAdmin status ASSESSMENT",
        "in execution, a realisation to review: contractor requestIntake",
        "in execution, a realisation to review: contractor editPlan",
        "in execution, a realisation to review: contractor reportRealisation",
        "in execution, a realisation to review: contractor realisation.correct",
        "in execution, a realisation to review: colleague requestIntake",
        "in execution, a realisation to review: colleague editPlan",
        "in execution, a realisation to review: colleague reportRealisation",
        "in execution, a realisation to review: colleague realisation.correct",
        "past its end date, a rejected realisation: coordinator correct",
        "past its end date, a rejected realisation: coordinator confirmIntake",
        "past its end date, a rejected realisation: coordinator assess",
        "past its end date, a rejected realisation: coordinator status PLANNING",
        "past its end date, a rejected realisation: coordinator status ASSESSMENT",
        "past its end date, a rejected realisation: consultant correct",
        "past its end date, a rejected realisation: consultant confirmIntake",
        "past its end date, a rejected realisation: consultant assess",
        "past its end date, a rejected realisation: consultant status PLANNING",
        "past its end date, a rejected realisation: consultant status ASSESSMENT",
        "past its end date, a rejected realisation: lead correct",
        "past its end date, a rejected realisation: lead confirmIntake",
        "past its end date, a rejected realisation: lead assess",
        "past its end date, a rejected realisation: lead status PLANNING",
        "past its end date, a rejected realisation: lead status ASSESSMENT",
        "past its end date, a rejected realisation: contractManager correct",
        "past its end date, a rejected realisation: platformAdmin correct",
        "past its end date, a rejected realisation: platformAdmin confirmIntake",
        "past its end date, a rejected realisation: platformAdmin assess",
        "past its end date, a rejected realisation: platformAdmin status PLANNING",
        "past its end date, a rejected realisation: platformAdmin status ASSESSMENT",
        "past its end date, a rejected realisation: contractor requestIntake",
        "past its end date, a rejected realisation: contractor editPlan",
        "past its end date, a rejected realisation: contractor reportRealisation",
        "past its end date, a rejected realisation: contractor realisation.correct",
        "past its end date, a rejected realisation: colleague requestIntake",
        "past its end date, a rejected realisation: colleague editPlan",
        "past its end date, a rejected realisation: colleague reportRealisation",
        "past its end date, a rejected realisation: colleague realisation.correct",
        "in assessment with a plan still in draft: coordinator correct",
        "in assessment with a plan still in draft: coordinator confirmIntake",
        "in assessment with a plan still in draft: coordinator assess",
        "in assessment with a plan still in draft: coordinator status IN_EXECUTION",
        "in assessment with a plan still in draft: consultant correct",
        "in assessment with a plan still in draft: consultant confirmIntake",
        "in assessment with a plan still in draft: consultant assess",
        "in assessment with a plan still in draft: consultant status IN_EXECUTION",
        "in assessment with a plan still in draft: lead correct",
        "in assessment with a plan still in draft: lead confirmIntake",
        "in assessment with a plan still in draft: lead assess",
        "in assessment with a plan still in draft: lead status IN_EXECUTION",
        "in assessment with a plan still in draft: contractManager correct",
        "in assessment with a plan still in draft: platformAdmin correct",
        "in assessment with a plan still in draft: platformAdmin confirmIntake",
        "in assessment with a plan still in draft: platformAdmin assess",
        "in assessment with a plan still in draft: platformAdmin status IN_EXECUTION",
        "in assessment with a plan still in draft: contractor requestIntake",
        "in assessment with a plan still in draft: contractor reportRealisation",
        "in assessment with a plan still in draft: colleague requestIntake",
        "in assessment with a plan still in draft: colleague reportRealisation",
        "in a recovery period: coordinator correct",
        "in a recovery period: coordinator confirmIntake",
        "in a recovery period: coordinator assess",
        "in a recovery period: coordinator status IN_EXECUTION",
        "in a recovery period: consultant correct",
        "in a recovery period: consultant confirmIntake",
        "in a recovery period: consultant assess",
        "in a recovery period: consultant status IN_EXECUTION",
        "in a recovery period: lead correct",
        "in a recovery period: lead confirmIntake",
        "in a recovery period: lead assess",
        "in a recovery period: lead status IN_EXECUTION",
        "in a recovery period: contractManager correct",
        "in a recovery period: platformAdmin correct",
        "in a recovery period: platformAdmin confirmIntake",
        "in a recovery period: platformAdmin assess",
        "in a recovery period: platformAdmin status IN_EXECUTION",
        "in a recovery period: contractor requestIntake",
        "in a recovery period: contractor reportRealisation",
        "in a recovery period: contractor realisation.correct",
        "in a recovery period: colleague requestIntake",
        "in a recovery period: colleague reportRealisation",
        "in a recovery period: colleague realisation.correct",
        "closed, a rejected realisation and a draft plan: coordinator correct",
        "closed, a rejected realisation and a draft plan: coordinator confirmIntake",
        "closed, a rejected realisation and a draft plan: coordinator status ASSESSMENT",
        "closed, a rejected realisation and a draft plan: consultant correct",
        "closed, a rejected realisation and a draft plan: consultant confirmIntake",
        "closed, a rejected realisation and a draft plan: consultant status ASSESSMENT",
        "closed, a rejected realisation and a draft plan: lead correct",
        "closed, a rejected realisation and a draft plan: lead confirmIntake",
        "closed, a rejected realisation and a draft plan: lead status ASSESSMENT",
        "closed, a rejected realisation and a draft plan: contractManager correct",
        "closed, a rejected realisation and a draft plan: platformAdmin correct",
        "closed, a rejected realisation and a draft plan: platformAdmin confirmIntake",
        "closed, a rejected realisation and a draft plan: platformAdmin status ASSESSMENT",
        "closed, a rejected realisation and a draft plan: contractor requestIntake",
        "closed, a rejected realisation and a draft plan: colleague requestIntake",
      ]);
    },
    // Every actor tries every step in every state: several minutes on a busy two-core machine.
    600_000,
  );
  // The same promise for a gemeente and an organisation: registering a contract, managing the SR
  // policy and inviting a colleague. Each attempt is made with input that is wrong in another way
  // (or undone), so that what is let through changes nothing.
  it.skipIf(!backend.available)(
    "a gemeente's and an organisation's viewerCan is false exactly where the mutation refuses",
    async () => {
      const municipalities = await api.prisma.municipality.findMany({ orderBy: { code: "asc" } });
      const contractors = await api.prisma.organisation.findMany({
        where: { kind: "CONTRACTOR" },
        orderBy: { name: "asc" },
      });
      const table: string[] = [];
      for (const actor of Object.keys(ACTORS) as Actor[]) {
        const client = clients[actor];
        const read = await client.graphql<{
          municipalities: { code: string; viewerCan: Record<string, boolean> }[];
          organisations: { id: string; viewerCan: { invite: boolean } }[];
          me: { memberships: { organisation: { id: string; viewerCan: { invite: boolean } } }[] };
        }>(`{
          municipalities { code viewerCan { registerContract managePolicy createPolicyDraft } }
          organisations(kind: CONTRACTOR) { id viewerCan { invite } }
          me { memberships { organisation { id viewerCan { invite } } } }
        }`);
        expect(read.errors).toBeUndefined();
        const run = async (operation: string, variables: Record<string, unknown>) => {
          const response = await client.graphql<
            Record<string, { __typename: string; id?: string; issues?: { field: string }[] }>
          >(operation, variables);
          if (response.errors?.[0]?.extensions?.code === "FORBIDDEN") return null;
          expect(response.errors).toBeUndefined();
          return Object.values(response.data ?? {})[0] ?? null;
        };
        for (const municipality of municipalities) {
          const can = read.data?.municipalities.find(
            (m) => m.code === municipality.code,
          )?.viewerCan;
          // An empty title is wrong input: let through, the answer names the title, not the gemeente.
          const registered = await run(
            `mutation ($code: String!) { registerContract(municipalityCode: $code,
              contract: { reference: "VC-1", title: "", kind: WORKS, valueExclVat: "1000.00", awardDate: "2026-01-05" },
              contractor: { kvkNumber: "12345678" })
              { __typename ... on ValidationError { issues { field } } } }`,
            { code: municipality.code },
          );
          const registerRefused =
            registered === null ||
            (registered.issues ?? []).some((issue) => issue.field === "municipalityCode");
          expect(
            { actor, municipality: municipality.code, registerContract: !registerRefused },
            JSON.stringify(registered),
          ).toEqual({
            actor,
            municipality: municipality.code,
            registerContract: can?.registerContract ?? false,
          });
          const drafted = await run(
            `mutation ($code: String!) { createPolicyDraft(municipalityCode: $code)
              { __typename ... on Policy { id } } }`,
            { code: municipality.code },
          );
          const managePolicy = drafted?.__typename === "Policy";
          if (drafted?.id) await api.prisma.policy.delete({ where: { id: drafted.id } });
          // Without a draft yet, whoever manages the policy may start one.
          expect({ actor, municipality: municipality.code, managePolicy }).toEqual({
            actor,
            municipality: municipality.code,
            managePolicy: can?.managePolicy ?? false,
          });
          expect(can?.createPolicyDraft ?? false, `${actor} ${municipality.code}`).toBe(
            managePolicy,
          );
          if (!registerRefused) table.push(`${actor} registerContract ${municipality.code}`);
          if (managePolicy) table.push(`${actor} managePolicy ${municipality.code}`);
        }
        for (const organisation of contractors) {
          const can =
            read.data?.organisations.find((o) => o.id === organisation.id)?.viewerCan.invite ??
            false;
          // The same answer where the portal's navigation reads it, on the viewer's memberships.
          const own = read.data?.me.memberships.find((m) => m.organisation?.id === organisation.id);
          if (own) expect(own.organisation.viewerCan.invite).toBe(can);
          // An empty e-mail address is wrong input: let through, the answer names the address.
          const invited = await run(
            `mutation ($id: ID!) { inviteColleague(organisationId: $id, name: "Nieuwe collega", email: "", role: CONTRACTOR_USER)
              { __typename } }`,
            { id: organisation.id },
          );
          const invite = invited?.__typename === "ValidationError";
          expect(
            { actor, organisation: organisation.name, invite },
            JSON.stringify(invited),
          ).toEqual({ actor, organisation: organisation.name, invite: can });
          if (invite) table.push(`${actor} invite ${organisation.name}`);
        }
      }
      // Amersfoort GM0307, Soest GM0342, Baarn GM0308 (the WSP's region), Haarlem GM0392.
      expect(table).toEqual([
        "coordinator registerContract GM0307",
        "coordinator managePolicy GM0307",
        "consultant registerContract GM0307",
        "consultant registerContract GM0308",
        "consultant registerContract GM0342",
        "lead registerContract GM0307",
        "lead registerContract GM0308",
        "lead registerContract GM0342",
        "contractManager registerContract GM0307",
        "platformAdmin registerContract GM0307",
        "platformAdmin managePolicy GM0307",
        "platformAdmin registerContract GM0308",
        "platformAdmin managePolicy GM0308",
        "platformAdmin registerContract GM0342",
        "platformAdmin managePolicy GM0342",
        "platformAdmin registerContract GM0392",
        "platformAdmin managePolicy GM0392",
        "contractor invite Bouwbedrijf Eemland B.V.",
        "otherContractor invite Groenbeheer Spaarne B.V.",
        "otherGemeente registerContract GM0392",
        "otherGemeente managePolicy GM0392",
      ]);
    },
  );
  // The matrix above is about a contract of the contract manager's own department (Vastgoed).
  it.skipIf(!backend.available)(
    "a contract manager may not correct another department's contract, and is told so",
    async () => {
      const other = await api.prisma.contract.findFirstOrThrow({
        where: { reference: "AMF-2026-002" },
      });
      expect(other.department).toBe("Stadsbeheer");
      const read = await clients.contractManager.graphql<{
        contract: { viewerCan: { correct: boolean } } | null;
      }>("query ($id: ID!) { contract(id: $id) { viewerCan { correct } } }", { id: other.id });
      expect(read.data?.contract?.viewerCan.correct).toBe(false);
      const iso = (date: Date | null) => date?.toISOString().slice(0, 10) ?? null;
      const corrected = await clients.contractManager.graphql<{
        correctContract: { __typename: string; message?: string };
      }>(
        `mutation ($id: ID!, $version: Int!, $contract: ContractInput!) {
          correctContract(id: $id, version: $version, contract: $contract) ${result} }`,
        {
          id: other.id,
          version: other.version,
          contract: {
            reference: other.reference,
            title: other.title,
            kind: other.kind,
            valueExclVat: other.valueExclVat.toFixed(2),
            awardDate: iso(other.awardDate),
            startDate: iso(other.startDate),
            endDate: iso(other.endDate),
            department: "Vastgoed",
          },
        },
      );
      expect(corrected.data?.correctContract).toEqual({
        __typename: "NotAllowedError",
        message: "U kunt deze opdracht niet wijzigen.",
      });
    },
  );
  it.skipIf(!backend.available)(
    "a policy's viewerCanRetire is false exactly where retirePolicy refuses",
    async () => {
      const municipality = (code: string) =>
        api.prisma.municipality.findUniqueOrThrow({ where: { code } });
      const amersfoort = await municipality("GM0307");
      const haarlem = await municipality("GM0392");
      // Versions of its own per attempt: a retired version cannot be changed back. Valid from long
      // ago, so none is the version in force.
      let day = 0;
      const version = (municipalityId: string, status: "PUBLISHED" | "DRAFT") =>
        api.prisma.policy.create({
          data: {
            municipalityId,
            name: `Ter toets ${status}`,
            status,
            validFrom: status === "PUBLISHED" ? new Date(Date.UTC(2000, 0, ++day)) : null,
            percentage: "0.05",
            belowThreshold: "ACTIVITY",
            psoDiscounts: {},
          },
        });
      const table: string[] = [];
      for (const actor of Object.keys(ACTORS) as Actor[]) {
        const cases = [
          { label: "Amersfoort published", policy: await version(amersfoort.id, "PUBLISHED") },
          { label: "Amersfoort draft", policy: await version(amersfoort.id, "DRAFT") },
          { label: "Haarlem published", policy: await version(haarlem.id, "PUBLISHED") },
        ];
        for (const { label, policy } of cases) {
          const read = await clients[actor].graphql<{
            policy: { viewerCanRetire: boolean } | null;
          }>("query ($id: ID!) { policy(id: $id) { viewerCanRetire } }", { id: policy.id });
          expect(read.errors).toBeUndefined();
          const can = read.data?.policy?.viewerCanRetire ?? false;
          const retired = await clients[actor].graphql<{ retirePolicy: { __typename: string } }>(
            `mutation ($id: ID!) { retirePolicy(id: $id) ${result} }`,
            { id: policy.id },
          );
          const forbidden = retired.errors?.[0]?.extensions?.code === "FORBIDDEN";
          const allowed = !forbidden && retired.data?.retirePolicy.__typename === "Policy";
          expect({ actor, label, retire: allowed }).toEqual({ actor, label, retire: can });
          if (allowed) table.push(`${actor} ${label}`);
        }
        // One draft at a time: the next actor's case needs this one gone.
        await api.prisma.policy.deleteMany({
          where: { municipalityId: amersfoort.id, status: "DRAFT" },
        });
      }
      expect(table).toEqual([
        "coordinator Amersfoort published",
        "platformAdmin Amersfoort published",
        "platformAdmin Haarlem published",
        "otherGemeente Haarlem published",
      ]);
    },
  );

  it.skipIf(!backend.available)(
    "a catalogue version's viewerCanRetire is false exactly where retireCatalogueVersion refuses",
    async () => {
      const regionOf = async (code: string) =>
        (await api.prisma.municipality.findUniqueOrThrow({ where: { code } })).regionId;
      const amersfoortRegion = await regionOf("GM0307");
      const haarlemRegion = await regionOf("GM0392");
      // Versions of their own per attempt, valid from long ago: a retired one cannot come back.
      let day = 0;
      const version = (regionId: string, status: "PUBLISHED" | "DRAFT") =>
        api.prisma.catalogueVersion.create({
          data: {
            key: `ter-toets-${status.toLowerCase()}-${++day}`,
            regionId,
            name: `Ter toets ${status}`,
            status,
            validFrom: status === "PUBLISHED" ? new Date(Date.UTC(1990, 0, day)) : null,
          },
        });
      const table: string[] = [];
      for (const actor of Object.keys(ACTORS) as Actor[]) {
        const cases = [
          { label: "Amersfoort published", v: await version(amersfoortRegion, "PUBLISHED") },
          { label: "Amersfoort draft", v: await version(amersfoortRegion, "DRAFT") },
          { label: "Haarlem published", v: await version(haarlemRegion, "PUBLISHED") },
        ];
        for (const { label, v } of cases) {
          const read = await clients[actor].graphql<{
            catalogueVersion: { viewerCanRetire: boolean } | null;
          }>("query ($key: String!) { catalogueVersion(key: $key) { viewerCanRetire } }", {
            key: v.key,
          });
          expect(read.errors).toBeUndefined();
          const can = read.data?.catalogueVersion?.viewerCanRetire ?? false;
          const retired = await clients[actor].graphql<{
            retireCatalogueVersion: { __typename: string };
          }>(`mutation ($key: String!) { retireCatalogueVersion(key: $key) ${result} }`, {
            key: v.key,
          });
          const allowed =
            retired.errors === undefined &&
            retired.data?.retireCatalogueVersion.__typename === "CatalogueVersion";
          expect({ actor, label, retire: allowed }).toEqual({ actor, label, retire: can });
          if (allowed) table.push(`${actor} ${label}`);
        }
      }
      // The organisation carrying out the policy of the whole region retires (its lead, or
      // Haarlem's own team's coordinator), and the platform admin; not a gemeente's coordinator.
      expect(table).toEqual([
        "lead Amersfoort published",
        "platformAdmin Amersfoort published",
        "platformAdmin Haarlem published",
        "otherGemeente Haarlem published",
      ]);
    },
  );

  it.skipIf(!backend.available)(
    "viewerCanPropose and viewerCanPublish are false exactly where the mutations refuse",
    async () => {
      const regionOf = async (code: string) =>
        (await api.prisma.municipality.findUniqueOrThrow({ where: { code } })).regionId;
      const regions = { Amersfoort: await regionOf("GM0307"), Haarlem: await regionOf("GM0392") };
      // A publishable draft of its own per attempt: one block, nothing left to solve.
      let n = 0;
      const draft = (regionId: string, proposed: boolean) =>
        api.prisma.catalogueVersion.create({
          data: {
            key: `ter-toets-concept-${++n}`,
            regionId,
            name: `Ter toets concept ${n}`,
            status: "DRAFT",
            proposedAt: proposed ? new Date() : null,
            blocks: {
              create: {
                position: 0,
                code: "UUR",
                name: "Uur",
                category: "COMMUNITY_ACTIVITY",
                kind: "PER_HOUR",
                amount: "10.00",
              },
            },
          },
        });
      const table: string[] = [];
      for (const actor of Object.keys(ACTORS) as Actor[]) {
        for (const [region, regionId] of Object.entries(regions)) {
          for (const action of ["propose", "publish"] as const) {
            const v = await draft(regionId, false);
            const field = action === "propose" ? "viewerCanPropose" : "viewerCanPublish";
            const read = await clients[actor].graphql<{
              catalogueVersion: Record<string, boolean> | null;
            }>(`query ($key: String!) { catalogueVersion(key: $key) { ${field} } }`, {
              key: v.key,
            });
            expect(read.errors).toBeUndefined();
            const can = read.data?.catalogueVersion?.[field] ?? false;
            const mutation =
              action === "propose"
                ? `mutation ($key: String!) { proposeCatalogueVersion(key: $key) ${result} }`
                : `mutation ($key: String!) { publishCatalogueVersion(key: $key, validFrom: "1990-01-01") ${result} }`;
            const done = await clients[actor].graphql<Record<string, { __typename: string }>>(
              mutation,
              { key: v.key },
            );
            const name =
              action === "propose" ? "proposeCatalogueVersion" : "publishCatalogueVersion";
            const allowed =
              done.errors === undefined && done.data?.[name]?.__typename === "CatalogueVersion";
            expect({ actor, region, action, allowed }).toEqual({
              actor,
              region,
              action,
              allowed: can,
            });
            if (allowed)
              table.push(`${actor} ${action === "propose" ? "proposes" : "publishes"} ${region}`);
          }
        }
      }
      expect(table).toEqual([
        "coordinator proposes Amersfoort",
        "consultant proposes Amersfoort",
        "lead publishes Amersfoort",
        "platformAdmin publishes Amersfoort",
        "platformAdmin publishes Haarlem",
        "otherGemeente publishes Haarlem",
      ]);
      // A proposal goes back only by the hand of the publisher.
      const sentBackBy: string[] = [];
      for (const actor of Object.keys(ACTORS) as Actor[]) {
        const v = await draft(regions.Amersfoort, true);
        const read = await clients[actor].graphql<{
          catalogueVersion: { viewerCanSendBack: boolean } | null;
        }>("query ($key: String!) { catalogueVersion(key: $key) { viewerCanSendBack } }", {
          key: v.key,
        });
        const can = read.data?.catalogueVersion?.viewerCanSendBack ?? false;
        const done = await clients[actor].graphql<{
          sendBackCatalogueVersion: { __typename: string };
        }>(
          `mutation ($key: String!) { sendBackCatalogueVersion(key: $key, reason: "Nog niet") ${result} }`,
          { key: v.key },
        );
        const allowed = done.data?.sendBackCatalogueVersion.__typename === "CatalogueVersion";
        expect({ actor, allowed }).toEqual({ actor, allowed: can });
        if (allowed) sentBackBy.push(actor);
      }
      expect(sentBackBy).toEqual(["lead", "platformAdmin"]);
    },
  );

  it.skipIf(!backend.available)(
    "one policy draft at a time: viewerCan.createPolicyDraft and policyDraft follow the refusal",
    async () => {
      const amersfoort = await api.prisma.municipality.findUniqueOrThrow({
        where: { code: "GM0307" },
      });
      const create = (actor: Actor) =>
        clients[actor].graphql<{
          createPolicyDraft: { __typename: string; id?: string; name?: string; message?: string };
        }>(
          `mutation { createPolicyDraft(municipalityCode: "GM0307") { __typename ... on Policy { id name } ... on Error { message } } }`,
        );
      const first = await create("coordinator");
      expect(first.data?.createPolicyDraft.__typename).toBe("Policy");
      const draft = first.data?.createPolicyDraft;
      const seen: string[] = [];
      for (const actor of Object.keys(ACTORS) as Actor[]) {
        const read = await clients[actor].graphql<{
          municipalities: {
            code: string;
            viewerCan: { createPolicyDraft: boolean };
            policyDraft: { id: string } | null;
          }[];
        }>("{ municipalities { code viewerCan { createPolicyDraft } policyDraft { id } } }");
        expect(read.errors).toBeUndefined();
        const row = read.data?.municipalities.find((m) => m.code === "GM0307");
        // Nobody may start a second draft of Amersfoort's policy while this one exists.
        expect({ actor, can: row?.viewerCan.createPolicyDraft }).toEqual({ actor, can: false });
        if (row?.policyDraft) {
          expect(row.policyDraft.id).toBe(draft?.id);
          seen.push(actor);
        }
      }
      // The draft itself only for those who manage the policy (as in Municipality.policies).
      expect(seen).toEqual(["coordinator", "platformAdmin"]);
      for (const actor of ["coordinator", "platformAdmin"] as const) {
        const second = await create(actor);
        expect(second.data?.createPolicyDraft).toEqual({
          __typename: "NotAllowedError",
          message: `Er is al een conceptversie van het beleid van Amersfoort: ${draft?.name}. Werk die bij, of verwijder die eerst.`,
        });
      }
      expect(
        await api.prisma.policy.count({
          where: { municipalityId: amersfoort.id, status: "DRAFT" },
        }),
      ).toBe(1);
      const deleted = await clients.coordinator.graphql<{
        deletePolicyDraft: { __typename: string };
      }>(`mutation ($id: ID!) { deletePolicyDraft(id: $id) ${result} }`, { id: draft?.id });
      expect(deleted.data?.deletePolicyDraft.__typename).toBe("DeleteResult");
      const after = await clients.coordinator.graphql<{
        municipalities: {
          code: string;
          viewerCan: { createPolicyDraft: boolean };
          policyDraft: { id: string } | null;
        }[];
      }>("{ municipalities { code viewerCan { createPolicyDraft } policyDraft { id } } }");
      expect(after.data?.municipalities.find((m) => m.code === "GM0307")).toEqual({
        code: "GM0307",
        viewerCan: { createPolicyDraft: true },
        policyDraft: null,
      });
    },
  );

  it.skipIf(!backend.available)(
    "Policy.inForce is the version registerContract would choose today",
    async () => {
      // Copies of Haarlem's rules from today and from tomorrow: the first is in force from today
      // on (the domain's rule: the latest validFrom on or before the date), the second not yet.
      const haarlem = await api.prisma.municipality.findUniqueOrThrow({
        where: { code: "GM0392" },
        include: { policies: { orderBy: { validFrom: "desc" } } },
      });
      const earlier = haarlem.policies.map((p) => p.id);
      const current = haarlem.policies.find((p) => p.status === "PUBLISHED");
      if (!current) throw new Error("Haarlem has no published policy");
      const { id: _id, createdAt: _c, updatedAt: _u, psoDiscounts, ...rules } = current;
      const today = dutchDate(new Date());
      const tomorrow = new Date(`${today}T00:00:00Z`);
      tomorrow.setUTCDate(tomorrow.getUTCDate() + 1);
      const copy = (name: string, validFrom: Date) =>
        api.prisma.policy.create({
          data: {
            ...rules,
            psoDiscounts: psoDiscounts ?? {},
            name,
            status: "PUBLISHED",
            validFrom,
          },
        });
      const fromToday = await copy("Haarlem vanaf vandaag", new Date(`${today}T00:00:00Z`));
      const fromTomorrow = await copy("Haarlem vanaf morgen", tomorrow);
      const read = await api.client().graphql<{
        municipalities: { code: string; policies: { id: string; inForce: boolean }[] }[];
      }>("{ municipalities { code policies { id inForce } } }");
      expect(read.errors).toBeUndefined();
      const inForce = Object.fromEntries(
        (read.data?.municipalities.find((m) => m.code === "GM0392")?.policies ?? []).map((p) => [
          p.id,
          p.inForce,
        ]),
      );
      expect(inForce).toEqual({
        ...Object.fromEntries(earlier.map((id) => [id, false])),
        [fromToday.id]: true,
        [fromTomorrow.id]: false,
      });
    },
  );

  it.skipIf(!backend.available)(
    "Realisation.correctRefusal is the message correctRealisation refuses with",
    async () => {
      const byName = (name: string) => SCENARIOS.find((scenario) => scenario.name === name);
      for (const name of [
        "in assessment with a plan still in draft",
        "closed, a rejected realisation and a draft plan",
      ]) {
        const scenario = byName(name);
        if (!scenario) throw new Error(name);
        const { realisation } = await arrange(scenario);
        for (const actor of ["contractor", "coordinator"] as const) {
          const read = await clients[actor].graphql<{
            contract: { realisations: { correctRefusal: string | null }[] };
          }>("query ($id: ID!) { contract(id: $id) { realisations { correctRefusal } } }", {
            id: contractId,
          });
          const refusal = read.data?.contract.realisations[0]?.correctRefusal;
          const answer = await clients[actor].graphql<{
            correctRealisation: { __typename: string; message?: string };
          }>(
            `mutation ($id: ID!) { correctRealisation(id: $id, version: 1, input: { blockCode: "INITIATIEF", hours: "5" }) ${result} }`,
            { id: realisation?.id },
          );
          const refused = answer.data?.correctRealisation;
          // A role that may never correct is stopped by its scope; the field still says why.
          if (answer.errors?.[0]?.extensions?.code === "FORBIDDEN") {
            expect(refusal).toBe("Deze verantwoording hoort niet bij uw organisatie.");
            continue;
          }
          expect({ name, actor, refusal }).toEqual({
            name,
            actor,
            refusal: refused?.message,
          });
        }
      }
    },
  );
});
