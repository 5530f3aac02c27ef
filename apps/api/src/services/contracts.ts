// Registering and changing contracts. The obligation is computed at award with the policy and the
// catalogue in force on the reference date and pinned with its explanation; only a correction of
// the inputs it depends on recomputes it. Every change is audited in its own transaction.
import type { Contract, ContractKind, ContractStatus, Prisma, PrismaClient } from "@prisma/client";
import {
  chooseCatalogueInForce,
  choosePolicyInForce,
  toIsoDate,
  toObligationPolicy,
} from "@sroi/db";
import {
  allowedTransitions,
  computeObligation,
  contactDueDate,
  decimal,
  dutchDate,
  formatDate,
  isDecimalString,
  isIsoDate,
  isMoneyAmount,
  type LifecycleFacts,
  nextStepRefusal,
  normaliseKvkNumber,
  obligationReferenceDate,
  psoCertificateForAward,
  statusAfterAgreement,
  toMoneyString,
  transitionRefusal,
} from "@sroi/domain";
import type { Viewer } from "../auth/viewer.js";
import {
  actsForContractor,
  canManageContract,
  canRegisterContract,
  registerableDepartments,
} from "../auth/viewer.js";
import {
  ConflictError,
  type FieldIssue,
  NotAllowedError,
  refuseInvalid,
  refuseWith,
  ValidationError,
} from "../errors.js";
import { isEmail, normaliseEmail, sendInvitation } from "./accounts.js";
import { audit } from "./audit.js";
import { accountmanagerMembershipWhere, mailStaff } from "./carrying-out.js";
import { noticeContractRegistered } from "./notices/contractor.js";
import { transactionOnce } from "./once.js";
import { contractorPsoFacts } from "./pso.js";

type Tx = Prisma.TransactionClient;

export interface ContractFields {
  reference: string;
  title: string;
  department?: string | null;
  kind: ContractKind;
  valueExclVat: string;
  labourShare?: string | null;
  publicationDate?: string | null;
  awardDate: string;
  startDate?: string | null;
  endDate?: string | null;
  consultantId?: string | null;
}

export interface ContractorFields {
  kvkNumber: string;
  /** needed only when the KvK number is new on the platform */
  name?: string | null;
  contactName?: string | null;
  contactEmail?: string | null;
}

const dateOrNull = (iso: string | null | undefined) => (iso ? new Date(`${iso}T00:00:00Z`) : null);

/** Every problem with the contract's own fields, in Dutch, at once. */
export function validateContractFields(fields: ContractFields): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const add = (field: string, message: string) => issues.push({ field, message });
  if (!fields.reference.trim()) add("reference", "Vul het kenmerk van de opdracht in.");
  else if (fields.reference.length > 60)
    add("reference", "Het kenmerk mag hoogstens 60 tekens hebben.");
  if (!fields.title.trim()) add("title", "Vul de naam van de opdracht in.");
  else if (fields.title.length > 200) add("title", "De naam mag hoogstens 200 tekens hebben.");
  if ((fields.department ?? "").length > 120)
    add("department", "De afdeling mag hoogstens 120 tekens hebben.");
  // At most two decimals: a value is never rounded silently.
  if (!isMoneyAmount(fields.valueExclVat)) {
    add(
      "valueExclVat",
      "Vul de opdrachtwaarde excl. btw in euro's in, met een punt en hoogstens twee decimalen, bijvoorbeeld 250000.00.",
    );
  }
  if (fields.labourShare != null && fields.labourShare !== "") {
    if (
      !isDecimalString(fields.labourShare) ||
      fields.labourShare.startsWith("-") ||
      decimal(fields.labourShare).gt(1)
    ) {
      add("labourShare", "Het arbeidsaandeel is een getal van 0 tot en met 1, bijvoorbeeld 0.30.");
    }
  }
  for (const field of ["publicationDate", "awardDate", "startDate", "endDate"] as const) {
    const value = fields[field];
    if (value && !isIsoDate(value)) add(field, "Vul een bestaande datum in (jjjj-mm-dd).");
  }
  if (!fields.awardDate) add("awardDate", "Vul de gunningsdatum in.");
  const ok = (value: string | null | undefined): value is string => !!value && isIsoDate(value);
  if (
    ok(fields.publicationDate) &&
    ok(fields.awardDate) &&
    fields.awardDate < fields.publicationDate
  ) {
    add("awardDate", "De gunning kan niet vóór de publicatie liggen.");
  }
  if (ok(fields.startDate) && ok(fields.endDate) && fields.endDate < fields.startDate) {
    add("endDate", "De einddatum ligt vóór de begindatum.");
  }
  return issues;
}

/**
 * The policy and catalogue in force on the reference date, and the obligation under them, with
 * the PSO discount of the contractor's certificate covering the award date (null: none known).
 */
export async function computeContractObligation(
  tx: Tx | PrismaClient,
  municipality: { id: string; regionId: string; name: string },
  fields: Pick<
    ContractFields,
    "kind" | "valueExclVat" | "labourShare" | "publicationDate" | "awardDate"
  >,
  contractorId: string | null,
) {
  const referenceDate = obligationReferenceDate({
    publicationDate: fields.publicationDate ?? null,
    awardDate: fields.awardDate,
  });
  const policies = await tx.policy.findMany({ where: { municipalityId: municipality.id } });
  const policy = choosePolicyInForce(policies, referenceDate);
  if (!policy) {
    throw new ValidationError([
      {
        field: fields.publicationDate ? "publicationDate" : "awardDate",
        message: `Gemeente ${municipality.name} had op ${formatDate(referenceDate)} nog geen social return-beleid in dit platform.`,
      },
    ]);
  }
  const versions = await tx.catalogueVersion.findMany({
    where: { regionId: municipality.regionId, status: "PUBLISHED" },
    select: { id: true, status: true, validFrom: true },
    orderBy: { createdAt: "asc" },
  });
  const catalogue = chooseCatalogueInForce(versions, referenceDate);
  const rules = toObligationPolicy(policy);
  const certificates = contractorId ? await contractorPsoFacts(tx, contractorId) : [];
  const obligation = computeObligation(rules, {
    kind: fields.kind,
    valueExclVat: fields.valueExclVat,
    labourShare: fields.labourShare || null,
    pso: psoCertificateForAward(certificates, fields.awardDate, rules.psoDiscounts),
  });
  return { policy, catalogueVersionId: catalogue?.id ?? null, obligation, referenceDate };
}

function obligationColumns(result: Awaited<ReturnType<typeof computeContractObligation>>) {
  return {
    policyId: result.policy.id,
    catalogueVersionId: result.catalogueVersionId,
    obligationKind: result.obligation.kind,
    obligationPercentage: result.obligation.percentage,
    obligationAmount: result.obligation.amount,
    obligationLines: result.obligation.lines.map((line) => ({ ...line })),
  };
}

/** What the audit trail shows of a contract: its own fields, never derived or secret data. */
export function contractSnapshot(contract: Contract) {
  return {
    reference: contract.reference,
    title: contract.title,
    department: contract.department,
    kind: contract.kind,
    valueExclVat: contract.valueExclVat.toFixed(2),
    labourShare: contract.labourShare?.toString() ?? null,
    publicationDate: contract.publicationDate ? toIsoDate(contract.publicationDate) : null,
    awardDate: toIsoDate(contract.awardDate),
    startDate: contract.startDate ? toIsoDate(contract.startDate) : null,
    endDate: contract.endDate ? toIsoDate(contract.endDate) : null,
    status: contract.status,
    consultantId: contract.consultantId,
    obligationKind: contract.obligationKind,
    obligationAmount: contract.obligationAmount.toFixed(2),
  };
}

async function checkConsultant(
  tx: Tx,
  consultantId: string | null | undefined,
  municipalityId: string,
): Promise<FieldIssue[]> {
  if (!consultantId) return [];
  const ok = await tx.membership.findFirst({
    where: { userId: consultantId, ...accountmanagerMembershipWhere({ id: municipalityId }) },
  });
  return ok
    ? []
    : [
        {
          field: "consultantId",
          message:
            "Kies een accountmanager van de organisatie die de social return van deze gemeente uitvoert.",
        },
      ];
}

async function findOrCreateContractor(
  tx: Tx,
  input: ContractorFields,
  actor: Viewer,
  publicUrl: string,
): Promise<{ id: string; created: boolean }> {
  const kvkNumber = normaliseKvkNumber(input.kvkNumber);
  if (!kvkNumber) {
    throw new ValidationError([
      { field: "contractor.kvkNumber", message: "Een KvK-nummer bestaat uit 8 cijfers." },
    ]);
  }
  const existing = await tx.organisation.findUnique({ where: { kvkNumber } });
  if (existing) {
    if (existing.kind !== "CONTRACTOR" && existing.kind !== "SOCIAL_ENTERPRISE") {
      throw new ValidationError([
        {
          field: "contractor.kvkNumber",
          message: "Dit KvK-nummer hoort niet bij een opdrachtnemer.",
        },
      ]);
    }
    return { id: existing.id, created: false };
  }
  const issues: FieldIssue[] = [];
  const name = input.name?.trim() ?? "";
  const contactName = input.contactName?.trim() ?? "";
  const contactEmail = normaliseEmail(input.contactEmail ?? "");
  if (!name)
    issues.push({
      field: "contractor.name",
      message: "Dit KvK-nummer is nieuw: vul de naam van de opdrachtnemer in.",
    });
  if (!contactName)
    issues.push({
      field: "contractor.contactName",
      message: "Vul de naam van de contactpersoon in; die krijgt een uitnodiging.",
    });
  if (!isEmail(contactEmail))
    issues.push({
      field: "contractor.contactEmail",
      message: "Vul een geldig e-mailadres van de contactpersoon in.",
    });
  if (issues.length) throw new ValidationError(issues);
  if (await tx.user.findUnique({ where: { email: contactEmail } })) {
    throw new ValidationError([
      {
        field: "contractor.contactEmail",
        message: "Dit e-mailadres heeft al een account bij een andere organisatie.",
      },
    ]);
  }
  const organisation = await tx.organisation.create({
    data: { kind: "CONTRACTOR", name, kvkNumber },
  });
  const user = await tx.user.create({
    data: {
      email: contactEmail,
      name: contactName,
      memberships: { create: { organisationId: organisation.id, role: "CONTRACTOR_ADMIN" } },
    },
  });
  await audit(tx, actor, {
    action: "organisation.create",
    entityType: "Organisation",
    entityId: organisation.id,
    after: { kind: "CONTRACTOR", name, kvkNumber },
  });
  await audit(tx, actor, {
    action: "user.invite",
    entityType: "User",
    entityId: user.id,
    after: { email: contactEmail, name: contactName, organisation: name, role: "CONTRACTOR_ADMIN" },
  });
  await sendInvitation(tx, {
    userId: user.id,
    email: contactEmail,
    name: contactName,
    organisationName: name,
    roles: ["CONTRACTOR_ADMIN"],
    publicUrl,
    invitedBy: actor.name,
  });
  return { id: organisation.id, created: true };
}

const NOT_A_MUNICIPALITY_OF_YOURS = "U kunt voor deze gemeente geen opdrachten registreren.";

/** Why the viewer may not register contracts for this gemeente (null: unknown); null when they may. */
export function registrationRefusal(
  actor: Viewer | null,
  municipalityId: string | null,
): string | null {
  const own = municipalityId === null ? [] : registerableDepartments(actor, municipalityId);
  return own === null || own.length > 0 ? null : NOT_A_MUNICIPALITY_OF_YOURS;
}

export async function registerContract(
  prisma: PrismaClient,
  actor: Viewer,
  input: { municipalityCode: string; contract: ContractFields; contractor: ContractorFields },
  publicUrl: string,
): Promise<Contract> {
  const municipality = await prisma.municipality.findUnique({
    where: { code: input.municipalityCode },
  });
  const ownDepartments = municipality ? actor.contractDepartments.get(municipality.id) : undefined;
  const refusal = registrationRefusal(actor, municipality?.id ?? null);
  // Said at the field: the form offers the gemeenten, and a wrong one is the input to change.
  if (refusal !== null || !municipality) {
    throw new ValidationError([
      { field: "municipalityCode", message: refusal ?? NOT_A_MUNICIPALITY_OF_YOURS },
    ]);
  }
  if (!canRegisterContract(actor, municipality.id, input.contract.department)) {
    throw new ValidationError([
      { field: "department", message: ownDepartmentMessage(ownDepartments ?? []) },
    ]);
  }
  const issues = validateContractFields(input.contract);
  if (issues.length) throw new ValidationError(issues);
  // Unique keys on the reference, the KvK number and the e-mail address decide a race.
  return transactionOnce(prisma, async (tx) => {
    const consultantIssues = await checkConsultant(
      tx,
      input.contract.consultantId,
      municipality.id,
    );
    if (consultantIssues.length) throw new ValidationError(consultantIssues);
    const duplicate = await tx.contract.findUnique({
      where: {
        municipalityId_reference: {
          municipalityId: municipality.id,
          reference: input.contract.reference.trim(),
        },
      },
    });
    if (duplicate) {
      throw new ValidationError([
        {
          field: "reference",
          message: `Gemeente ${municipality.name} heeft al een opdracht met kenmerk ${duplicate.reference}.`,
        },
      ]);
    }
    const contractor = await findOrCreateContractor(tx, input.contractor, actor, publicUrl);
    const computed = await computeContractObligation(
      tx,
      municipality,
      input.contract,
      contractor.id,
    );
    const fields = input.contract;
    const contract = await tx.contract.create({
      data: {
        reference: fields.reference.trim(),
        title: fields.title.trim(),
        department: fields.department?.trim() || null,
        kind: fields.kind,
        valueExclVat: toMoneyString(decimal(fields.valueExclVat)),
        labourShare: fields.labourShare || null,
        publicationDate: dateOrNull(fields.publicationDate),
        awardDate: new Date(`${fields.awardDate}T00:00:00Z`),
        startDate: dateOrNull(fields.startDate),
        endDate: dateOrNull(fields.endDate),
        municipalityId: municipality.id,
        contractorId: contractor.id,
        consultantId: fields.consultantId || null,
        contactDueDate: new Date(
          `${contactDueDate(fields.awardDate, computed.policy.contactDeadlineDays)}T00:00:00Z`,
        ),
        ...obligationColumns(computed),
      },
    });
    await audit(tx, actor, {
      action: "contract.register",
      entityType: "Contract",
      entityId: contract.id,
      contractId: contract.id,
      after: {
        ...contractSnapshot(contract),
        obligationLines: computed.obligation.lines,
        policy: computed.policy.name,
      },
    });
    // Also when the organisation already existed: its people hear of every new contract.
    await noticeContractRegistered(tx, { ...contract, municipality }, publicUrl);
    return contract;
  });
}

const OBLIGATION_INPUTS = [
  "kind",
  "valueExclVat",
  "labourShare",
  "publicationDate",
  "awardDate",
] as const;

type ContractRef = { municipalityId: string; contractorId: string };

/** Why the viewer may not correct this contract or change its status; null when they may. */
export function contractChangeRefusal(actor: Viewer | null, contract: ContractRef): string | null {
  return canManageContract(actor, contract) ? null : "U kunt deze opdracht niet wijzigen.";
}

/**
 * Why the viewer may not correct this contract's details; null when they may. Wider than
 * contractChangeRefusal: a contract manager corrects its own department's contracts too.
 */
export function contractCorrectRefusal(
  actor: Viewer | null,
  contract: ContractRef & { department: string | null },
): string | null {
  return canRegisterContract(actor, contract.municipalityId, contract.department)
    ? null
    : "U kunt deze opdracht niet wijzigen.";
}

/** What the lifecycle rule reads of a contract: select this beside the contract's columns. */
export const lifecycleSelect = {
  status: true,
  intakeConfirmedAt: true,
  awardDate: true,
  startDate: true,
  assessment: { select: { outcome: true } },
  // Every version, newest first: the same selection as Contract.plans and viewerCan, so a page
  // asking for all three loads them in one statement (a plan has a handful of versions).
  planVersions: { orderBy: { number: "desc" }, select: { id: true, status: true } },
} satisfies Prisma.ContractSelect;
type LifecycleRow = Prisma.ContractGetPayload<{ select: typeof lifecycleSelect }>;

export function lifecycleFacts(contract: LifecycleRow): LifecycleFacts {
  return {
    status: contract.status,
    intakeConfirmed: contract.intakeConfirmedAt !== null,
    planApproved: contract.planVersions.some((plan) => plan.status === "APPROVED"),
    awardDate: toIsoDate(contract.awardDate),
    startDate: contract.startDate ? toIsoDate(contract.startDate) : null,
    assessed: contract.assessment !== null && contract.assessment.outcome !== "RECOVERY_PERIOD",
  };
}

/** Why the viewer may not move this contract to that status now; null when they may. */
export function statusChangeRefusal(
  actor: Viewer | null,
  contract: ContractRef & LifecycleRow,
  to: ContractStatus,
  today: string,
): string | null {
  return (
    contractChangeRefusal(actor, contract) ?? transitionRefusal(lifecycleFacts(contract), to, today)
  );
}

/** The statuses the viewer may move this contract to now, forward first; none if they may not. */
export function statusChoices(
  actor: Viewer | null,
  contract: ContractRef & LifecycleRow,
  today: string,
): ContractStatus[] {
  if (contractChangeRefusal(actor, contract)) return [];
  return allowedTransitions(lifecycleFacts(contract), today);
}

/** Why the contract cannot take its next step yet, for whom may change it; null otherwise. */
export function nextStatusRefusal(
  actor: Viewer | null,
  contract: ContractRef & LifecycleRow,
  today: string,
): string | null {
  if (contractChangeRefusal(actor, contract)) return null;
  return nextStepRefusal(lifecycleFacts(contract), today);
}

/** Why the viewer may not confirm the intake with the contractor; null when they may. */
export function intakeConfirmRefusal(
  actor: Viewer | null,
  contract: ContractRef & { intakeConfirmedAt: Date | null },
): string | null {
  return (
    contractChangeRefusal(actor, contract) ??
    (contract.intakeConfirmedAt ? "De intake is al bevestigd." : null)
  );
}

/** Why the viewer may not ask the WSP for an intake; null when they may (once per contract). */
export function intakeRequestRefusal(
  actor: Viewer | null,
  contract: ContractRef & { contactRequestedAt: Date | null },
): string | null {
  if (!actsForContractor(actor, contract)) return "Deze opdracht hoort niet bij uw organisatie.";
  if (contract.contactRequestedAt) return "U heeft voor deze opdracht al contact opgenomen.";
  return null;
}

function ownDepartmentMessage(departments: string[]): string {
  return `U registreert alleen opdrachten van uw eigen afdeling (${departments.join(", ")}).`;
}

export async function correctContract(
  prisma: PrismaClient,
  actor: Viewer,
  input: { id: string; version: number; contract: ContractFields },
): Promise<Contract> {
  return prisma.$transaction(async (tx) => {
    const current = await tx.contract.findUnique({
      where: { id: input.id },
      include: { municipality: true },
    });
    // Who may change it first: someone who may not gets no word about the contract or the input.
    if (!current) throw new NotAllowedError("U kunt deze opdracht niet wijzigen.");
    // A contract manager corrects its own department's contracts, and cannot move one away.
    refuseWith(contractCorrectRefusal(actor, current));
    if (!canRegisterContract(actor, current.municipalityId, input.contract.department)) {
      throw new ValidationError([
        {
          field: "department",
          message: ownDepartmentMessage(
            actor.contractDepartments.get(current.municipalityId) ?? [],
          ),
        },
      ]);
    }
    refuseInvalid(validateContractFields(input.contract));
    if (current.version !== input.version) throw new ConflictError();
    const consultantIssues = await checkConsultant(
      tx,
      input.contract.consultantId,
      current.municipality.id,
    );
    if (consultantIssues.length) throw new ValidationError(consultantIssues);
    const before = contractSnapshot(current);
    const fields = input.contract;
    if (fields.reference.trim() !== current.reference) {
      const duplicate = await tx.contract.findUnique({
        where: {
          municipalityId_reference: {
            municipalityId: current.municipalityId,
            reference: fields.reference.trim(),
          },
        },
      });
      if (duplicate)
        throw new ValidationError([
          {
            field: "reference",
            message: `Er is al een opdracht met kenmerk ${duplicate.reference}.`,
          },
        ]);
    }
    const proposed = {
      reference: fields.reference.trim(),
      title: fields.title.trim(),
      department: fields.department?.trim() || null,
      kind: fields.kind,
      valueExclVat: toMoneyString(decimal(fields.valueExclVat)),
      labourShare: fields.labourShare || null,
      publicationDate: fields.publicationDate || null,
      awardDate: fields.awardDate,
      startDate: fields.startDate || null,
      endDate: fields.endDate || null,
      consultantId: fields.consultantId || null,
    };
    const sameDecimal = (a: string | null, b: string | null) =>
      a === null || b === null ? a === b : decimal(a).eq(decimal(b));
    const obligationChanged = OBLIGATION_INPUTS.some((key) =>
      key === "valueExclVat" || key === "labourShare"
        ? !sameDecimal(before[key], proposed[key])
        : before[key] !== proposed[key],
    );
    const computed = obligationChanged
      ? await computeContractObligation(
          tx,
          current.municipality,
          input.contract,
          current.contractorId,
        )
      : null;
    // The version check and the write are one statement, so two concurrent corrections cannot
    // both pass the check above.
    const updated = await tx.contract.updateMany({
      where: { id: current.id, version: input.version },
      data: {
        ...proposed,
        publicationDate: dateOrNull(proposed.publicationDate),
        awardDate: new Date(`${proposed.awardDate}T00:00:00Z`),
        startDate: dateOrNull(proposed.startDate),
        endDate: dateOrNull(proposed.endDate),
        version: { increment: 1 },
        ...(computed
          ? {
              ...obligationColumns(computed),
              contactDueDate: new Date(
                `${contactDueDate(proposed.awardDate, computed.policy.contactDeadlineDays)}T00:00:00Z`,
              ),
            }
          : {}),
      },
    });
    if (updated.count !== 1) throw new ConflictError();
    const contract = await tx.contract.findUniqueOrThrow({ where: { id: current.id } });
    const after = contractSnapshot(contract);
    const changed = Object.keys(after).filter(
      (key) =>
        JSON.stringify(before[key as keyof typeof before]) !==
        JSON.stringify(after[key as keyof typeof after]),
    );
    await audit(tx, actor, {
      action: computed ? "contract.correct.recomputeObligation" : "contract.correct",
      entityType: "Contract",
      entityId: contract.id,
      contractId: contract.id,
      before: Object.fromEntries(changed.map((key) => [key, before[key as keyof typeof before]])),
      after: {
        ...Object.fromEntries(changed.map((key) => [key, after[key as keyof typeof after]])),
        ...(computed ? { obligationLines: computed.obligation.lines } : {}),
      },
    });
    return contract;
  });
}

export async function changeContractStatus(
  prisma: PrismaClient,
  actor: Viewer,
  input: { id: string; version: number; status: ContractStatus },
): Promise<Contract> {
  return prisma.$transaction(async (tx) => {
    const current = await tx.contract.findUnique({
      where: { id: input.id },
      include: {
        assessment: lifecycleSelect.assessment,
        planVersions: lifecycleSelect.planVersions,
      },
    });
    if (!current) throw new NotAllowedError("U kunt deze opdracht niet wijzigen.");
    refuseWith(contractChangeRefusal(actor, current));
    if (current.version !== input.version) throw new ConflictError();
    refuseWith(statusChangeRefusal(actor, current, input.status, dutchDate(new Date())));
    const updated = await tx.contract.updateMany({
      where: { id: current.id, version: input.version },
      data: { status: input.status, version: { increment: 1 } },
    });
    if (updated.count !== 1) throw new ConflictError();
    await audit(tx, actor, {
      action: "contract.status",
      entityType: "Contract",
      entityId: current.id,
      contractId: current.id,
      before: { status: current.status },
      after: { status: input.status },
    });
    return tx.contract.findUniqueOrThrow({ where: { id: current.id } });
  });
}

export async function requestIntake(
  prisma: PrismaClient,
  actor: Viewer,
  input: { contractId: string; message: string; preferredTimes?: string | null },
): Promise<Contract> {
  const message = input.message.trim();
  return prisma.$transaction(async (tx) => {
    const contract = await tx.contract.findUnique({
      where: { id: input.contractId },
      include: { contractor: true, municipality: true },
    });
    if (!contract) throw new NotAllowedError("Deze opdracht hoort niet bij uw organisatie.");
    refuseWith(intakeRequestRefusal(actor, contract));
    const issues: FieldIssue[] = [];
    if (!message)
      issues.push({ field: "message", message: "Schrijf kort waarover u contact wilt." });
    if (message.length > 2000)
      issues.push({ field: "message", message: "Het bericht mag hoogstens 2000 tekens hebben." });
    if ((input.preferredTimes ?? "").length > 500)
      issues.push({ field: "preferredTimes", message: "Hoogstens 500 tekens." });
    refuseInvalid(issues);
    const now = new Date();
    // The check and the write in one statement: of concurrent requests only one finds it unset.
    const claimed = await tx.contract.updateMany({
      where: { id: contract.id, contactRequestedAt: null },
      data: {
        contactRequestedAt: now,
        contactMessage: message,
        contactPreferredTimes: input.preferredTimes?.trim() || null,
        version: { increment: 1 },
      },
    });
    if (claimed.count !== 1)
      throw new NotAllowedError(
        intakeRequestRefusal(actor, { ...contract, contactRequestedAt: now }) ?? "",
      );
    const updated = await tx.contract.findUniqueOrThrow({ where: { id: contract.id } });
    await audit(tx, actor, {
      action: "contract.requestIntake",
      entityType: "Contract",
      entityId: contract.id,
      contractId: contract.id,
      after: {
        contactRequestedAt: now.toISOString(),
        contactMessage: message,
        contactPreferredTimes: updated.contactPreferredTimes,
      },
    });
    await mailStaff(tx, contract.id, "INTAKE_REQUESTED", {
      subject: `Intakeverzoek: ${contract.reference} ${contract.title}`,
      text: [
        `${contract.contractor.name} wil een intake voor opdracht ${contract.reference} (${contract.title}, gemeente ${contract.municipality.name}).`,
        "",
        `Bericht: ${message}`,
        updated.contactPreferredTimes ? `Voorkeurstijden: ${updated.contactPreferredTimes}` : "",
        "",
        `Contactpersoon: ${actor.name} <${actor.email}>`,
      ].join("\n"),
    });
    return updated;
  });
}

export async function confirmIntake(
  prisma: PrismaClient,
  actor: Viewer,
  input: { contractId: string; version: number },
): Promise<Contract> {
  return prisma.$transaction(async (tx) => {
    const contract = await tx.contract.findUnique({
      where: { id: input.contractId },
      include: {
        assessment: lifecycleSelect.assessment,
        planVersions: lifecycleSelect.planVersions,
      },
    });
    if (!contract) throw new NotAllowedError("U kunt deze opdracht niet wijzigen.");
    refuseWith(contractChangeRefusal(actor, contract));
    if (contract.version !== input.version) throw new ConflictError();
    refuseWith(intakeConfirmRefusal(actor, contract));
    const now = new Date();
    // With an approved plan already there, the confirmed intake puts the contract into execution.
    const status = statusAfterAgreement({ ...lifecycleFacts(contract), intakeConfirmed: true });
    // The intake is the contact the deadline asks for, also when the WSP made it by phone.
    const updated = await tx.contract.updateMany({
      where: { id: contract.id, version: input.version },
      data: {
        intakeConfirmedAt: now,
        intakeConfirmedById: actor.userId,
        contactRequestedAt: contract.contactRequestedAt ?? now,
        status,
        version: { increment: 1 },
      },
    });
    if (updated.count !== 1) throw new ConflictError();
    await audit(tx, actor, {
      action: "contract.confirmIntake",
      entityType: "Contract",
      entityId: contract.id,
      contractId: contract.id,
      before: { status: contract.status, intakeConfirmedAt: null },
      after: {
        status,
        intakeConfirmedAt: now.toISOString(),
      },
    });
    return tx.contract.findUniqueOrThrow({ where: { id: contract.id } });
  });
}
