// The candidate pool of the organisation that carries out a gemeente's social return: adding and
// editing a candidate, recording and withdrawing consent. Who sees what is auth/visibility.ts; the
// rules of target groups, age bands and consent are packages/domain. The audit trail records which
// fields changed, never their values, so it holds no personal data (docs/privacy.md).
import type { Candidate, CandidateConsent, Prisma, PrismaClient } from "@prisma/client";
import { toIsoDate } from "@sroi/db";
import {
  AGE_BANDS,
  type AgeBand,
  BSN_REFUSAL,
  CONSENT_FIELDS,
  type ConsentFacts,
  type ConsentField,
  containsBsn,
  dutchDate,
  findCbsMunicipality,
  isBsn,
  isIsoDate,
  phoneProblem,
  TARGET_GROUPS,
  type TargetGroup,
  tidyContactText,
  VERIFICATION_SOURCES,
  type VerificationSource,
} from "@sroi/domain";
import type { Viewer } from "../auth/viewer.js";
import { isCandidateConsultant } from "../auth/visibility.js";
import { ConflictError, type FieldIssue, refuseInvalid, refuseWith } from "../errors.js";
import { isEmail, normaliseEmail } from "./accounts.js";
import { audit } from "./audit.js";
import { transactionOnce } from "./once.js";

export interface CandidateTargetGroupFields {
  code: TargetGroup;
  verifiedOn?: string | null | undefined;
  verificationSource?: VerificationSource | null | undefined;
}

export interface CandidateFields {
  reference: string;
  name?: string | null | undefined;
  email?: string | null | undefined;
  phone?: string | null | undefined;
  summary?: string | null | undefined;
  ageBand?: AgeBand | null | undefined;
  ageBandReferenceDate?: string | null | undefined;
  homeMunicipalityCode?: string | null | undefined;
  hoursPerWeek?: string | null | undefined;
  availableFrom?: string | null | undefined;
  skills?: string[] | null | undefined;
  wishes?: string[] | null | undefined;
  restrictions?: string[] | null | undefined;
  lastContactOn?: string | null | undefined;
  targetGroups?: CandidateTargetGroupFields[] | null | undefined;
}

const TAG_LISTS = ["skills", "wishes", "restrictions"] as const;

const date = (text: string | null | undefined) => (text ? new Date(`${text}T00:00:00Z`) : null);

/** Every problem with the fields at once, each at its field, in Dutch. */
export function validateCandidate(fields: CandidateFields): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const add = (field: string, message: string) => issues.push({ field, message });
  const reference = fields.reference.trim();
  if (!reference) add("reference", "Vul het eigen kenmerk van de kandidaat in.");
  else if (reference.length > 40) add("reference", "Het kenmerk mag hoogstens 40 tekens hebben.");
  else if (isBsn(reference.replace(/[\s.-]/g, "")) || containsBsn(reference))
    add("reference", BSN_REFUSAL);
  const texts = { name: 120, summary: 1000 } as const;
  for (const [field, max] of Object.entries(texts)) {
    const value = fields[field as keyof typeof texts]?.trim() ?? "";
    if (value.length > max) add(field, `Dit veld mag hoogstens ${max} tekens hebben.`);
    else if (containsBsn(value)) add(field, BSN_REFUSAL);
  }
  const email = fields.email?.trim();
  if (email && !isEmail(normaliseEmail(email))) add("email", "Vul een geldig e-mailadres in.");
  const phone = tidyContactText(fields.phone);
  if (phone) {
    const problem = phoneProblem(phone);
    if (problem) add("phone", problem);
  }
  if (fields.ageBand && !AGE_BANDS.includes(fields.ageBand))
    add("ageBand", "Kies een leeftijdsklasse uit de lijst.");
  if (fields.ageBand && !fields.ageBandReferenceDate)
    add("ageBandReferenceDate", "Vul de datum in waarop de leeftijdsklasse gold.");
  for (const field of ["ageBandReferenceDate", "availableFrom", "lastContactOn"] as const) {
    const value = fields[field];
    if (value && !isIsoDate(value)) add(field, "Vul een bestaande datum in (jjjj-mm-dd).");
  }
  if (fields.homeMunicipalityCode && !findCbsMunicipality(fields.homeMunicipalityCode))
    add("homeMunicipalityCode", "Kies een gemeente uit de lijst van het CBS.");
  if (fields.hoursPerWeek) {
    const hours = Number(fields.hoursPerWeek);
    if (!/^\d{1,2}(\.\d{1,2})?$/.test(fields.hoursPerWeek) || hours <= 0 || hours > 60)
      add("hoursPerWeek", "Vul een aantal uren per week in tussen 0 en 60, bijvoorbeeld 24 of 32.");
  }
  for (const list of TAG_LISTS) {
    for (const tag of fields[list] ?? []) {
      if (tag.trim().length > 60) add(list, "Een label mag hoogstens 60 tekens hebben.");
      else if (containsBsn(tag)) add(list, BSN_REFUSAL);
    }
  }
  const seen = new Set<string>();
  (fields.targetGroups ?? []).forEach((group, index) => {
    const at = `targetGroups.${index}`;
    if (!TARGET_GROUPS.includes(group.code)) add(`${at}.code`, "Kies een doelgroep uit de lijst.");
    else if (seen.has(group.code)) add(`${at}.code`, "Deze doelgroep staat er al.");
    seen.add(group.code);
    if (group.verificationSource && !VERIFICATION_SOURCES.includes(group.verificationSource))
      add(`${at}.verificationSource`, "Kies een bron van de controle uit de lijst.");
    if (group.verifiedOn && !isIsoDate(group.verifiedOn))
      add(`${at}.verifiedOn`, "Vul een bestaande datum in (jjjj-mm-dd).");
    if (group.verificationSource && !group.verifiedOn)
      add(`${at}.verifiedOn`, "Vul in wanneer de doelgroep is gecontroleerd.");
  });
  return issues;
}

function tags(list: string[] | null | undefined): string[] {
  return [...new Set((list ?? []).map((tag) => tag.trim()).filter(Boolean))];
}

function columns(fields: CandidateFields) {
  const email = fields.email?.trim();
  return {
    reference: fields.reference.trim(),
    name: tidyContactText(fields.name),
    email: email ? normaliseEmail(email) : null,
    phone: tidyContactText(fields.phone),
    summary: fields.summary?.trim() || null,
    ageBand: fields.ageBand ?? null,
    ageBandReferenceDate: fields.ageBand ? date(fields.ageBandReferenceDate) : null,
    homeMunicipalityCode: fields.homeMunicipalityCode
      ? (findCbsMunicipality(fields.homeMunicipalityCode)?.code ?? null)
      : null,
    hoursPerWeek: fields.hoursPerWeek || null,
    availableFrom: date(fields.availableFrom),
    skills: tags(fields.skills),
    wishes: tags(fields.wishes),
    restrictions: tags(fields.restrictions),
    lastContactOn: date(fields.lastContactOn),
  };
}

function targetGroupRows(fields: CandidateFields) {
  return (fields.targetGroups ?? []).map((group) => ({
    code: group.code,
    verifiedOn: date(group.verifiedOn),
    verificationSource: group.verificationSource ?? null,
  }));
}

/** Which fields differ: the audit trail's whole record of an edit, without the values. */
function changedFieldNames(before: Record<string, unknown>, after: Record<string, unknown>) {
  return Object.keys(after).filter(
    (key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]),
  );
}

const CONSULTANTS_ONLY =
  "Alleen de consulenten van de organisatie die de kandidatenpool bijhoudt, kunnen dit.";

/** Why the viewer may not add candidates to this organisation's pool; null when they may. */
export async function candidateCreateRefusal(
  db: Prisma.TransactionClient | PrismaClient,
  viewer: Viewer | null,
  organisationId: string,
): Promise<string | null> {
  if (!isCandidateConsultant(viewer, { organisationId })) return CONSULTANTS_ONLY;
  const carries = await db.municipality.count({ where: { carriedOutById: organisationId } });
  return carries > 0
    ? null
    : "Alleen de organisatie die de social return van een gemeente uitvoert, houdt een kandidatenpool bij.";
}

export function candidateEditRefusal(
  viewer: Viewer | null,
  candidate: Pick<Candidate, "organisationId" | "anonymisedAt">,
): string | null {
  if (!isCandidateConsultant(viewer, candidate)) return CONSULTANTS_ONLY;
  return candidate.anonymisedAt
    ? "De gegevens van deze kandidaat zijn gewist; er valt niets meer te wijzigen."
    : null;
}

/** The region of the pool: given, or the one region of the gemeenten the organisation serves. */
async function poolRegion(
  db: Prisma.TransactionClient,
  organisationId: string,
  regionId: string | null,
): Promise<string> {
  const served = await db.municipality.findMany({
    where: { carriedOutById: organisationId },
    select: { regionId: true },
  });
  const regions = [...new Set(served.map((m) => m.regionId))];
  if (regionId && regions.includes(regionId)) return regionId;
  if (!regionId && regions.length === 1 && regions[0]) return regions[0];
  refuseInvalid([
    {
      field: "regionId",
      message: "Kies de regio van de kandidaat: een regio waarin uw organisatie werkt.",
    },
  ]);
  throw new Error("unreachable");
}

export async function createCandidate(
  prisma: PrismaClient,
  actor: Viewer,
  input: { organisationId: string; regionId: string | null; fields: CandidateFields },
): Promise<Candidate> {
  refuseWith(await candidateCreateRefusal(prisma, actor, input.organisationId));
  refuseInvalid(validateCandidate(input.fields));
  return transactionOnce(prisma, async (tx) => {
    const regionId = await poolRegion(tx, input.organisationId, input.regionId);
    const data = columns(input.fields);
    const existing = await tx.candidate.findUnique({
      where: {
        organisationId_reference: {
          organisationId: input.organisationId,
          reference: data.reference,
        },
      },
      select: { id: true },
    });
    if (existing)
      refuseInvalid([{ field: "reference", message: "Er is al een kandidaat met dit kenmerk." }]);
    const created = await tx.candidate.create({
      data: {
        ...data,
        organisationId: input.organisationId,
        regionId,
        targetGroups: { create: targetGroupRows(input.fields) },
      },
    });
    await audit(tx, actor, {
      action: "candidate.create",
      entityType: "Candidate",
      entityId: created.id,
      after: { changedFields: changedFieldNames({}, { ...data, targetGroups: [] }) },
    });
    return created;
  });
}

export async function updateCandidate(
  prisma: PrismaClient,
  actor: Viewer,
  input: { id: string; version: number; fields: CandidateFields },
): Promise<Candidate> {
  return prisma.$transaction(async (tx) => {
    const current = await tx.candidate.findUniqueOrThrow({
      where: { id: input.id },
      include: { targetGroups: { orderBy: { code: "asc" } } },
    });
    refuseWith(candidateEditRefusal(actor, current));
    refuseInvalid(validateCandidate(input.fields));
    if (current.version !== input.version) throw new ConflictError();
    const data = columns(input.fields);
    if (data.reference !== current.reference) {
      const clash = await tx.candidate.findUnique({
        where: {
          organisationId_reference: {
            organisationId: current.organisationId,
            reference: data.reference,
          },
        },
        select: { id: true },
      });
      if (clash)
        refuseInvalid([{ field: "reference", message: "Er is al een kandidaat met dit kenmerk." }]);
    }
    const groupsBefore = current.targetGroups.map(({ code, verifiedOn, verificationSource }) => ({
      code,
      verifiedOn,
      verificationSource,
    }));
    const groupsAfter = targetGroupRows(input.fields).sort((a, b) => a.code.localeCompare(b.code));
    const changed = changedFieldNames(
      { ...current, targetGroups: groupsBefore },
      { ...data, targetGroups: groupsAfter },
    );
    // Optimistic lock in the write itself: a concurrent edit makes this update match no row.
    const updated = await tx.candidate.updateMany({
      where: { id: input.id, version: input.version },
      data: { ...data, version: { increment: 1 } },
    });
    if (updated.count === 0) throw new ConflictError();
    if (changed.includes("targetGroups")) {
      await tx.candidateTargetGroup.deleteMany({ where: { candidateId: input.id } });
      await tx.candidateTargetGroup.createMany({
        data: groupsAfter.map((group) => ({ ...group, candidateId: input.id })),
      });
    }
    await audit(tx, actor, {
      action: "candidate.update",
      entityType: "Candidate",
      entityId: input.id,
      after: { changedFields: changed },
    });
    return tx.candidate.findUniqueOrThrow({ where: { id: input.id } });
  });
}

export interface ConsentInput {
  candidateId: string;
  contractorId: string | null;
  contractId: string | null;
  fields: ConsentField[];
  givenOn: string;
  validUntil: string | null;
}

export async function recordConsent(prisma: PrismaClient, actor: Viewer, input: ConsentInput) {
  return prisma.$transaction(async (tx) => {
    const candidate = await tx.candidate.findUniqueOrThrow({ where: { id: input.candidateId } });
    refuseWith(candidateEditRefusal(actor, candidate));
    const issues: FieldIssue[] = [];
    const add = (field: string, message: string) => issues.push({ field, message });
    if ((input.contractorId === null) === (input.contractId === null))
      add("contractorId", "Kies één opdrachtnemer, of één opdracht met zijn opdrachtnemer.");
    if (input.fields.length === 0 || input.fields.some((f) => !CONSENT_FIELDS.includes(f)))
      add("fields", "Kies ten minste één gegeven dat gedeeld mag worden.");
    if (!isIsoDate(input.givenOn)) add("givenOn", "Vul een bestaande datum in (jjjj-mm-dd).");
    else if (input.givenOn > dutchDate(new Date()))
      add("givenOn", "De toestemming kan niet in de toekomst gegeven zijn.");
    if (input.validUntil && !isIsoDate(input.validUntil))
      add("validUntil", "Vul een bestaande datum in (jjjj-mm-dd).");
    else if (input.validUntil && input.validUntil < input.givenOn)
      add("validUntil", "De einddatum ligt vóór de datum van de toestemming.");
    if (input.contractorId) {
      const contractor = await tx.organisation.findUnique({ where: { id: input.contractorId } });
      if (contractor?.kind !== "CONTRACTOR" && contractor?.kind !== "SOCIAL_ENTERPRISE")
        add("contractorId", "Kies een opdrachtnemer.");
    }
    if (input.contractId) {
      // Only a contract of a gemeente whose social return this organisation carries out.
      const contract = await tx.contract.findFirst({
        where: {
          id: input.contractId,
          municipality: { carriedOutById: candidate.organisationId },
        },
      });
      if (!contract) add("contractId", "Kies een opdracht van een gemeente die u bedient.");
    }
    refuseInvalid(issues);
    const consent = await tx.candidateConsent.create({
      data: {
        candidateId: candidate.id,
        contractorId: input.contractorId,
        contractId: input.contractId,
        fields: [...new Set(input.fields)],
        givenOn: new Date(`${input.givenOn}T00:00:00Z`),
        validUntil: date(input.validUntil),
        recordedById: actor.userId,
      },
    });
    await audit(tx, actor, {
      action: "candidate.recordConsent",
      entityType: "CandidateConsent",
      entityId: consent.id,
      after: {
        sharedFields: consent.fields,
        givenOn: input.givenOn,
        validUntil: input.validUntil,
      },
    });
    return consent;
  });
}

/** A consent row as the domain's consent rule reads it. */
export function consentFacts(row: CandidateConsent): ConsentFacts {
  return {
    fields: row.fields,
    contractorId: row.contractorId,
    contractId: row.contractId,
    givenOn: toIsoDate(row.givenOn),
    validUntil: row.validUntil ? toIsoDate(row.validUntil) : null,
    withdrawn: row.withdrawnAt !== null,
  };
}

export async function withdrawConsent(prisma: PrismaClient, actor: Viewer, consentId: string) {
  return prisma.$transaction(async (tx) => {
    const consent = await tx.candidateConsent.findUniqueOrThrow({
      where: { id: consentId },
      include: { candidate: { select: { organisationId: true, anonymisedAt: true } } },
    });
    refuseWith(candidateEditRefusal(actor, consent.candidate));
    refuseWith(consent.withdrawnAt ? "Deze toestemming is al ingetrokken." : null);
    const withdrawn = await tx.candidateConsent.update({
      where: { id: consentId },
      data: { withdrawnAt: new Date() },
    });
    await audit(tx, actor, {
      action: "candidate.withdrawConsent",
      entityType: "CandidateConsent",
      entityId: consentId,
    });
    return withdrawn;
  });
}
