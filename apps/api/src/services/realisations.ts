// Realisations: what the contractor reports, each with the inputs its block's valuation kind
// needs; the server values it with the domain rules against the pinned catalogue. The WSP accepts
// or rejects with a reason; the contractor corrects and resubmits. Only accepted entries count,
// and an accepted entry is closed to the contractor.
import type {
  ContractStatus,
  Prisma,
  PrismaClient,
  Realisation,
  RealisationStatus,
} from "@prisma/client";
import { toIsoDate } from "@sroi/db";
import {
  birthDateProblem,
  decimal,
  isIsoDate,
  isMoneyAmount,
  judgementReason,
  normaliseKvkNumber,
  planLineFilled,
  quantityProblem,
  toMoneyString,
  valueBlock,
} from "@sroi/domain";
import { actsForContractor, canManageContract, type Viewer } from "../auth/viewer.js";
import {
  ConflictError,
  type FieldIssue,
  NotAllowedError,
  refuseInvalid,
  refuseWith,
  ValidationError,
} from "../errors.js";
import { audit } from "./audit.js";
import { carryingOutName, mailStaff } from "./carrying-out.js";
import { matchColumns, refuseDoubleCounting } from "./count-once.js";
import { noticeRealisationReviewed, noticeRealisationsAccepted } from "./notices/contractor.js";
import { contractPricing } from "./pricing.js";

type Tx = Prisma.TransactionClient;

export interface RealisationFields {
  /** null for maatwerk */
  blockCode?: string | null;
  maatwerkDescription?: string | null;
  personRef?: string | null;
  personName?: string | null;
  /** yyyy-mm-dd; only the WSP sees it, like the name (docs/decisions/0025-count-once.md) */
  personBirthDate?: string | null;
  targetGroup?: string | null;
  homeMunicipalityCode?: string | null;
  hoursPerWeek?: string | null;
  startDate?: string | null;
  endDate?: string | null;
  hours?: string | null;
  days?: string | null;
  count?: string | null;
  employees?: number | null;
  amountExclVat?: string | null;
  bonusCodes?: string[] | null;
  supplierName?: string | null;
  supplierKvk?: string | null;
  invoiceNumber?: string | null;
  invoiceDate?: string | null;
  description?: string | null;
  evidenceIds?: string[] | null;
}

// A BSN is 9 digits (8 for old ones), often typed with dots or spaces: such a reference is refused.
const looksLikeBsn = (ref: string) => /^\d{8,9}$/.test(ref.replace(/[\s.-]/g, ""));

export function validateRealisationFields(fields: RealisationFields): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const add = (field: string, message: string) => issues.push({ field, message });
  if (!fields.blockCode && !fields.maatwerkDescription?.trim()) {
    add("blockCode", "Kies een bouwblok, of beschrijf de maatwerkbijdrage.");
  }
  const ref = fields.personRef?.trim() ?? "";
  if (ref && looksLikeBsn(ref)) {
    add(
      "personRef",
      "Gebruik een eigen kenmerk voor de persoon, nooit een BSN of ander nummer van 8 of 9 cijfers.",
    );
  }
  if (ref.length > 40) add("personRef", "Het kenmerk mag hoogstens 40 tekens hebben.");
  if ((fields.personName ?? "").length > 120)
    add("personName", "De naam mag hoogstens 120 tekens hebben.");
  const birthDate = fields.personBirthDate?.trim();
  const birthProblem = birthDate ? birthDateProblem(birthDate, toIsoDate(new Date())) : null;
  if (birthProblem) add("personBirthDate", birthProblem);
  if (fields.homeMunicipalityCode && !/^GM\d{4}$/.test(fields.homeMunicipalityCode)) {
    add("homeMunicipalityCode", "Gebruik de CBS-gemeentecode, zoals GM0307.");
  }
  if (fields.supplierKvk && !normaliseKvkNumber(fields.supplierKvk))
    add("supplierKvk", "Een KvK-nummer bestaat uit 8 cijfers.");
  if (fields.invoiceDate && !isIsoDate(fields.invoiceDate))
    add("invoiceDate", "Vul een bestaande datum in (jjjj-mm-dd).");
  if (fields.employees != null && (!Number.isInteger(fields.employees) || fields.employees < 1)) {
    add("employees", "Het aantal medewerkers is een heel getal vanaf 1.");
  }
  if ((fields.description ?? "").length > 2000) add("description", "Hoogstens 2000 tekens.");
  // maatwerk is not valued by valueBlock, yet its quantities are stored: the same bounds apply
  for (const field of ["hoursPerWeek", "hours", "days", "count", "amountExclVat"] as const) {
    const value = fields[field];
    const problem = value ? quantityProblem(field, value) : null;
    if (problem) add(field, problem);
  }
  return issues;
}

export async function valueRealisation(tx: Tx, contractId: string, fields: RealisationFields) {
  if (!fields.blockCode) {
    // Maatwerk has no catalogue value: the reviewer sets it when accepting, with its reasoning.
    // The line is stored, so it names no organisation that may change before the review.
    return {
      value: "0.00",
      valueLines: [
        { label: "Maatwerk: de waarde wordt vastgesteld bij acceptatie", amount: "0.00" },
      ],
    };
  }
  const pricing = await contractPricing(tx, contractId);
  const { block, bonuses } = pricing.resolve(fields.blockCode, fields.bonusCodes ?? [], "");
  const result = valueBlock({
    block,
    bonuses,
    basisHours: pricing.basisHours,
    hoursPerWeek: fields.hoursPerWeek,
    startDate: fields.startDate,
    endDate: fields.endDate,
    hours: fields.hours,
    days: fields.days,
    count: fields.count,
    amountExclVat: fields.amountExclVat,
    contractStart: pricing.contractStart,
    contractEnd: pricing.contractEnd,
  });
  if (!result.ok) throw new ValidationError([{ field: result.field, message: result.message }]);
  return { value: result.total, valueLines: result.lines.map((l) => ({ ...l })) };
}

const date = (iso: string | null | undefined) => (iso ? new Date(`${iso}T00:00:00Z`) : null);

export function realisationColumns(fields: RealisationFields) {
  return {
    blockCode: fields.blockCode || null,
    maatwerkDescription: fields.blockCode ? null : fields.maatwerkDescription?.trim() || null,
    personRef: fields.personRef?.trim() || null,
    personName: fields.personName?.trim() || null,
    personBirthDate: date(fields.personBirthDate?.trim()),
    targetGroup: fields.targetGroup?.trim() || null,
    homeMunicipalityCode: fields.homeMunicipalityCode || null,
    hoursPerWeek: fields.hoursPerWeek || null,
    startDate: date(fields.startDate),
    endDate: date(fields.endDate),
    hours: fields.hours || null,
    days: fields.days || null,
    count: fields.count || null,
    employees: fields.employees ?? null,
    amountExclVat: fields.amountExclVat || null,
    bonusCodes: fields.bonusCodes ?? [],
    supplierName: fields.supplierName?.trim() || null,
    supplierKvk: fields.supplierKvk ? normaliseKvkNumber(fields.supplierKvk) : null,
    invoiceNumber: fields.invoiceNumber?.trim() || null,
    invoiceDate: date(fields.invoiceDate),
    description: fields.description?.trim() || null,
  };
}

/** What the audit trail keeps of a realisation: never the person's name. */
export function realisationSnapshot(r: Realisation) {
  return {
    blockCode: r.blockCode,
    maatwerkDescription: r.maatwerkDescription,
    personRef: r.personRef,
    targetGroup: r.targetGroup,
    homeMunicipalityCode: r.homeMunicipalityCode,
    hoursPerWeek: r.hoursPerWeek?.toString() ?? null,
    startDate: r.startDate ? toIsoDate(r.startDate) : null,
    endDate: r.endDate ? toIsoDate(r.endDate) : null,
    hours: r.hours?.toString() ?? null,
    days: r.days?.toString() ?? null,
    amountExclVat: r.amountExclVat?.toFixed(2) ?? null,
    bonusCodes: r.bonusCodes,
    value: r.value.toFixed(2),
    status: r.status,
  };
}

async function attachEvidence(
  tx: Tx,
  contractId: string,
  realisationId: string,
  evidenceIds: string[],
) {
  if (evidenceIds.length === 0) return;
  const attached = await tx.evidenceFile.updateMany({
    where: {
      id: { in: evidenceIds },
      contractId,
      OR: [{ realisationId: null }, { realisationId }],
    },
    data: { realisationId },
  });
  if (attached.count !== evidenceIds.length) {
    throw new ValidationError([
      {
        field: "evidenceIds",
        message: "Een bijlage hoort niet bij deze opdracht of is al gebruikt.",
      },
    ]);
  }
}

type RealisationContract = {
  municipalityId: string;
  contractorId: string;
  status: ContractStatus;
};

/** The contract with whom the contractor deals (carryingOutName), for messages that name it. */
type NamedRealisationContract = RealisationContract & {
  municipality: Parameters<typeof carryingOutName>[0];
};

/** What a realisation's rules read of its contract, in one select (viewerCan, correctRefusal). */
export const realisationContractSelect = {
  municipalityId: true,
  contractorId: true,
  status: true,
  municipality: { select: { name: true, carriedOutBy: { select: { name: true } } } },
} as const;

/** Why the viewer may not report realisations on this contract (by form or import); null when they may. */
export function reportRefusal(actor: Viewer | null, contract: RealisationContract): string | null {
  if (!actsForContractor(actor, contract)) return "Deze opdracht hoort niet bij uw organisatie.";
  if (contract.status === "CLOSED") return "Deze opdracht is afgesloten.";
  return null;
}

/** Why the viewer may not correct this realisation; null when they may (it goes back for review). */
export function realisationCorrectRefusal(
  actor: Viewer | null,
  contract: NamedRealisationContract,
  realisation: { status: RealisationStatus },
): string | null {
  if (!actsForContractor(actor, contract))
    return "Deze verantwoording hoort niet bij uw organisatie.";
  if (realisation.status === "ACCEPTED") {
    const carrier = carryingOutName(contract.municipality);
    return `${carrier} heeft deze verantwoording geaccepteerd. Een geaccepteerde verantwoording kan niet meer worden gewijzigd; klopt er iets niet, neem dan contact op met ${carrier}.`;
  }
  if (contract.status === "CLOSED")
    return "Deze opdracht is afgesloten: u kunt niets meer wijzigen.";
  return null;
}

/** Why the viewer may not accept or reject this realisation; null when they may. */
export function realisationReviewRefusal(
  actor: Viewer | null,
  contract: RealisationContract,
  realisation: { status: RealisationStatus },
): string | null {
  if (!canManageContract(actor, contract)) return "U kunt deze verantwoording niet beoordelen.";
  if (realisation.status !== "SUBMITTED") return "Deze verantwoording is al beoordeeld.";
  return null;
}

/** Tells the contract's staff that realisations wait for their review (also after a correction). */
export function mailSubmittedRealisations(
  tx: Tx,
  actor: Viewer,
  contract: { id: string; reference: string; title: string },
  count: number,
) {
  const what = count === 1 ? "Eén verantwoording" : `${count} verantwoordingen`;
  return mailStaff(tx, contract.id, "REALISATION_SUBMITTED", {
    subject: `Verantwoording ingediend: ${contract.reference}`,
    text: `${what} voor opdracht ${contract.reference} (${contract.title}) ${count === 1 ? "is" : "zijn"} ingediend door ${actor.name} en ${count === 1 ? "wacht" : "wachten"} op uw beoordeling.`,
  });
}

/**
 * The columns a realisation is matched on for counting once, from the stored name and date of
 * birth (a correction may leave them out to keep them) and the typed period and invoice.
 */
export function realisationMatchColumns(
  personMatchKey: string,
  fields: RealisationFields,
  kept: { personName: string | null; personBirthDate: Date | null } = {
    personName: null,
    personBirthDate: null,
  },
) {
  const columns = realisationColumns(fields);
  const birthDate = columns.personBirthDate ?? kept.personBirthDate;
  return matchColumns(personMatchKey, {
    ...columns,
    personName: columns.personName ?? kept.personName,
    personBirthDate: birthDate ? toIsoDate(birthDate) : null,
    startDate: fields.startDate || null,
    endDate: fields.endDate || null,
  });
}

export async function submitRealisation(
  prisma: PrismaClient,
  actor: Viewer,
  contractId: string,
  fields: RealisationFields,
  personMatchKey: string,
) {
  return prisma.$transaction(async (tx) => {
    const contract = await tx.contract.findUnique({ where: { id: contractId } });
    // Who may report first: another contractor learns nothing about the contract or the input.
    if (!contract) throw new NotAllowedError("Deze opdracht hoort niet bij uw organisatie.");
    refuseWith(reportRefusal(actor, contract));
    refuseInvalid(validateRealisationFields(fields));
    const computed = await valueRealisation(tx, contract.id, fields);
    const created = await tx.realisation.create({
      data: {
        ...realisationColumns(fields),
        ...realisationMatchColumns(personMatchKey, fields),
        ...computed,
        contractId: contract.id,
        submittedById: actor.userId,
      },
    });
    await attachEvidence(tx, contract.id, created.id, fields.evidenceIds ?? []);
    await audit(tx, actor, {
      action: "realisation.submit",
      entityType: "Realisation",
      entityId: created.id,
      contractId: contract.id,
      after: realisationSnapshot(created),
    });
    await mailSubmittedRealisations(tx, actor, contract, 1);
    return created;
  });
}

export async function correctRealisation(
  prisma: PrismaClient,
  actor: Viewer,
  input: { id: string; version: number; fields: RealisationFields },
  personMatchKey: string,
) {
  return prisma.$transaction(async (tx) => {
    const current = await tx.realisation.findUnique({
      where: { id: input.id },
      include: { contract: { include: { municipality: { include: { carriedOutBy: true } } } } },
    });
    if (!current) throw new NotAllowedError("Deze verantwoording hoort niet bij uw organisatie.");
    refuseWith(realisationCorrectRefusal(actor, current.contract, current));
    refuseInvalid(validateRealisationFields(input.fields));
    if (current.version !== input.version) throw new ConflictError();
    const computed = await valueRealisation(tx, current.contractId, input.fields);
    const updated = await tx.realisation.updateMany({
      where: { id: current.id, version: input.version, status: { not: "ACCEPTED" } },
      data: {
        ...realisationColumns(input.fields),
        // The contractor never sees the name it once gave (only the WSP does), so an empty name
        // in a correction means "unchanged", not "forget the name".
        personName: input.fields.personName?.trim() || current.personName,
        personBirthDate: date(input.fields.personBirthDate?.trim()) ?? current.personBirthDate,
        ...realisationMatchColumns(personMatchKey, input.fields, current),
        ...computed,
        status: "SUBMITTED",
        reviewReason: null,
        reviewedAt: null,
        reviewedById: null,
        version: { increment: 1 },
      },
    });
    if (updated.count !== 1) throw new ConflictError();
    await attachEvidence(tx, current.contractId, current.id, input.fields.evidenceIds ?? []);
    const after = await tx.realisation.findUniqueOrThrow({ where: { id: current.id } });
    await audit(tx, actor, {
      action: "realisation.correct",
      entityType: "Realisation",
      entityId: current.id,
      contractId: current.contractId,
      before: realisationSnapshot(current),
      after: realisationSnapshot(after),
    });
    await mailSubmittedRealisations(tx, actor, current.contract, 1);
    return after;
  });
}

export async function reviewRealisation(
  prisma: PrismaClient,
  actor: Viewer,
  input: {
    id: string;
    version: number;
    accept: boolean;
    reason?: string | null;
    maatwerkValue?: string | null;
  },
  publicUrl: string,
) {
  return prisma.$transaction(async (tx) => {
    const current = await tx.realisation.findUnique({
      where: { id: input.id },
      include: { contract: { include: { municipality: { include: { carriedOutBy: true } } } } },
    });
    if (!current) throw new NotAllowedError("U kunt deze verantwoording niet beoordelen.");
    refuseWith(realisationReviewRefusal(actor, current.contract, current));
    const reason = input.reason?.trim() ?? "";
    const issues: FieldIssue[] = [];
    if (!input.accept && !reason)
      issues.push({ field: "reason", message: "Schrijf waarom u de verantwoording afwijst." });
    const maatwerk = current.blockCode === null;
    if (input.accept && maatwerk) {
      if (!input.maatwerkValue || !isMoneyAmount(input.maatwerkValue)) {
        issues.push({
          field: "maatwerkValue",
          message: "Stel de waarde van de maatwerkbijdrage vast, bijvoorbeeld 2500.00.",
        });
      }
      if (!reason) issues.push({ field: "reason", message: "Leg uit hoe u tot deze waarde komt." });
    }
    if (issues.length) throw new ValidationError(issues);
    const maatwerkValue =
      maatwerk && input.accept ? toMoneyString(decimal(input.maatwerkValue ?? "0")) : null;
    if (input.accept) await refuseDoubleCounting(tx, actor, current.id);
    const updated = await tx.realisation.updateMany({
      where: { id: current.id, version: input.version, status: "SUBMITTED" },
      data: {
        status: input.accept ? "ACCEPTED" : "REJECTED",
        reviewReason: reason || null,
        reviewedAt: new Date(),
        reviewedById: actor.userId,
        version: { increment: 1 },
        ...(maatwerkValue
          ? {
              value: maatwerkValue,
              valueLines: [
                {
                  label: `Maatwerk, gewaardeerd door ${carryingOutName(current.contract.municipality)}: ${reason}`,
                  amount: maatwerkValue,
                },
              ],
            }
          : {}),
      },
    });
    if (updated.count !== 1) throw new ConflictError();
    const after = await tx.realisation.findUniqueOrThrow({ where: { id: current.id } });
    await audit(tx, actor, {
      action: input.accept ? "realisation.accept" : "realisation.reject",
      entityType: "Realisation",
      entityId: current.id,
      contractId: current.contractId,
      before: { status: current.status, value: current.value.toFixed(2) },
      after: { status: after.status, value: after.value.toFixed(2), reason: reason || null },
    });
    await noticeRealisationReviewed(
      tx,
      current.contract,
      { ...after, status: input.accept ? "ACCEPTED" : "REJECTED" },
      publicUrl,
    );
    return after;
  });
}

/**
 * What the rule of docs/domain.md ("beoordelen zonder oordeel") reads of a realisation and its
 * contract: the lines of the approved plan, the evidence and the version. One select, so a list
 * of realisations is one query tree.
 */
export const judgementSelect = {
  blockCode: true,
  startDate: true,
  status: true,
  version: true,
  evidence: { select: { id: true } },
  contract: {
    select: {
      planVersions: {
        where: { status: "APPROVED" },
        orderBy: { number: "desc" },
        take: 1,
        select: { lines: { orderBy: { position: "asc" } } },
      },
    },
  },
} as const satisfies Prisma.RealisationSelect;

type JudgementRow = Prisma.RealisationGetPayload<{ select: typeof judgementSelect }>;

/** The line of the contract's approved plan this realisation fills (domain rule planLineFilled). */
export function filledPlanLine(r: JudgementRow) {
  const lines = r.contract.planVersions[0]?.lines ?? [];
  const refs = lines.map((line) => ({
    line,
    blockCode: line.blockCode,
    startDate: line.startDate ? toIsoDate(line.startDate) : null,
    endDate: line.endDate ? toIsoDate(line.endDate) : null,
  }));
  const start = r.startDate ? toIsoDate(r.startDate) : null;
  return planLineFilled({ blockCode: r.blockCode, startDate: start }, refs)?.line ?? null;
}

/** Why a submitted realisation needs a reviewer's judgement; null when it may be accepted in bulk. */
export function realisationJudgement(r: JudgementRow): string | null {
  return judgementReason({
    blockCode: r.blockCode,
    evidenceCount: r.evidence.length,
    // a submitted entry only has a later version after a correction (a review closes it)
    corrected: r.version > 1,
    fillsApprovedPlanLine: filledPlanLine(r) !== null,
  });
}

/**
 * Accepts several realisations of one contract that need no judgement, all or nothing: one that
 * may not be reviewed, needs judgement or changed since it was read refuses the whole request.
 * Each is audited as a single accept would be; the contractor gets one mail.
 */
export async function acceptRealisations(
  prisma: PrismaClient,
  actor: Viewer,
  input: { contractId: string; realisations: { id: string; version: number }[] },
  publicUrl: string,
) {
  return prisma.$transaction(async (tx) => {
    const contract = await tx.contract.findUnique({
      where: { id: input.contractId },
      include: { municipality: true },
    });
    if (!contract) throw new NotAllowedError("U kunt deze verantwoordingen niet beoordelen.");
    if (input.realisations.length === 0) {
      throw new ValidationError([
        { field: "realisations", message: "Kies de verantwoordingen die u wilt accepteren." },
      ]);
    }
    const ids = input.realisations.map((r) => r.id);
    const rows = await tx.realisation.findMany({
      where: { id: { in: ids }, contractId: contract.id },
      select: { ...judgementSelect, id: true, value: true },
    });
    if (rows.length !== new Set(ids).size)
      throw new NotAllowedError("Een van de verantwoordingen hoort niet bij deze opdracht.");
    const versions = new Map(input.realisations.map((r) => [r.id, r.version]));
    for (const row of rows) {
      refuseWith(realisationReviewRefusal(actor, contract, row));
      const reason = realisationJudgement(row);
      if (reason)
        throw new NotAllowedError(
          `Niet alle gekozen verantwoordingen kunnen zonder beoordeling worden geaccepteerd. ${reason}`,
        );
      if (versions.get(row.id) !== row.version) throw new ConflictError();
    }
    const reviewedAt = new Date();
    for (const row of rows) {
      // after the rows before it are accepted: two overlapping entries in one request count once
      await refuseDoubleCounting(tx, actor, row.id);
      const updated = await tx.realisation.updateMany({
        where: { id: row.id, version: row.version, status: "SUBMITTED" },
        data: {
          status: "ACCEPTED",
          reviewedAt,
          reviewedById: actor.userId,
          version: { increment: 1 },
        },
      });
      if (updated.count !== 1) throw new ConflictError();
      await audit(tx, actor, {
        action: "realisation.accept",
        entityType: "Realisation",
        entityId: row.id,
        contractId: contract.id,
        before: { status: row.status, value: row.value.toFixed(2) },
        after: { status: "ACCEPTED", value: row.value.toFixed(2), reason: null },
      });
    }
    const accepted = await tx.realisation.findMany({
      where: { id: { in: ids } },
      orderBy: { createdAt: "asc" },
    });
    const [only] = accepted;
    if (accepted.length === 1 && only)
      await noticeRealisationReviewed(tx, contract, { ...only, status: "ACCEPTED" }, publicUrl);
    else await noticeRealisationsAccepted(tx, contract, accepted, publicUrl);
    return accepted;
  });
}
