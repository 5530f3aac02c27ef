// Versioned SR policies of a gemeente: drafts, publication from a date, retirement. Contracts
// keep the policy they were awarded under; a published policy never changes.
import type { Policy, PolicyStatus, PrismaClient } from "@prisma/client";
import { choosePolicyInForce, toIsoDate } from "@sroi/db";
import { decimal, dutchDate, isDecimalString, isMoneyAmount } from "@sroi/domain";
import { canManagePolicy, type Viewer } from "../auth/viewer.js";
import {
  type FieldIssue,
  NotAllowedError,
  refuseInvalid,
  refuseWith,
  ValidationError,
} from "../errors.js";
import { audit } from "./audit.js";
import { transactionOnce } from "./once.js";

export interface PolicyFields {
  name: string;
  percentage: string;
  thresholdWorks?: string | null;
  thresholdServices?: string | null;
  thresholdSupplies?: string | null;
  thresholdSubsidy?: string | null;
  belowThreshold: "ACTIVITY" | "NONE";
  suppliesMinLabourShare?: string | null;
  suppliesReducedPercentage?: string | null;
  cap?: string | null;
  psoDiscounts: { level: string; discount: string }[];
  contactDeadlineDays: number;
  reportFrequency: "MONTHLY" | "QUARTERLY" | "HALF_YEARLY";
  source?: string | null;
  conceptNote?: string | null;
}

export function policySnapshot(policy: Policy) {
  return {
    name: policy.name,
    status: policy.status,
    validFrom: policy.validFrom ? toIsoDate(policy.validFrom) : null,
    percentage: policy.percentage.toString(),
    thresholdWorks: policy.thresholdWorks?.toFixed(2) ?? null,
    thresholdServices: policy.thresholdServices?.toFixed(2) ?? null,
    thresholdSupplies: policy.thresholdSupplies?.toFixed(2) ?? null,
    thresholdSubsidy: policy.thresholdSubsidy?.toFixed(2) ?? null,
    belowThreshold: policy.belowThreshold,
    suppliesMinLabourShare: policy.suppliesMinLabourShare?.toString() ?? null,
    suppliesReducedPercentage: policy.suppliesReducedPercentage?.toString() ?? null,
    cap: policy.cap?.toFixed(2) ?? null,
    psoDiscounts: policy.psoDiscounts,
    contactDeadlineDays: policy.contactDeadlineDays,
    reportFrequency: policy.reportFrequency,
  };
}

const fraction = (value: string) =>
  isDecimalString(value) && !value.startsWith("-") && decimal(value).lte(1);

export function validatePolicy(fields: PolicyFields): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const add = (field: string, message: string) => issues.push({ field, message });
  if (!fields.name.trim()) add("name", "Geef het beleid een naam.");
  if (!fraction(fields.percentage) || decimal(fields.percentage).lte(0)) {
    add(
      "percentage",
      "Het percentage is een deel van de opdrachtwaarde tussen 0 en 1, bijvoorbeeld 0.05 voor 5 %.",
    );
  }
  for (const field of [
    "thresholdWorks",
    "thresholdServices",
    "thresholdSupplies",
    "thresholdSubsidy",
    "cap",
  ] as const) {
    const value = fields[field];
    if (value && !isMoneyAmount(value))
      add(field, "Vul een bedrag in euro's in, met hoogstens twee decimalen.");
  }
  for (const field of ["suppliesMinLabourShare", "suppliesReducedPercentage"] as const) {
    const value = fields[field];
    if (value && !fraction(value))
      add(field, "Vul een deel tussen 0 en 1 in, bijvoorbeeld 0.30 voor 30 %.");
  }
  if (fields.suppliesReducedPercentage && !fields.suppliesMinLabourShare) {
    add(
      "suppliesReducedPercentage",
      "Een lager percentage voor leveringen vraagt ook een minimum arbeidsaandeel.",
    );
  }
  const levels = new Set<string>();
  fields.psoDiscounts.forEach((discount, index) => {
    if (!discount.level.trim()) add(`psoDiscounts.${index}.level`, "Vul de PSO-trede in.");
    if (levels.has(discount.level.trim()))
      add(`psoDiscounts.${index}.level`, `Trede ${discount.level} staat er twee keer in.`);
    levels.add(discount.level.trim());
    if (!fraction(discount.discount))
      add(
        `psoDiscounts.${index}.discount`,
        "De korting is een deel tussen 0 en 1, bijvoorbeeld 0.50.",
      );
  });
  if (
    !Number.isInteger(fields.contactDeadlineDays) ||
    fields.contactDeadlineDays < 1 ||
    fields.contactDeadlineDays > 90
  ) {
    add("contactDeadlineDays", "De termijn voor contact is 1 tot 90 dagen.");
  }
  return issues;
}

async function loadPolicy(
  prisma: PrismaClient,
  actor: Viewer,
  id: string,
  options: { draft: boolean },
) {
  const policy = await prisma.policy.findUnique({ where: { id } });
  if (!policy || !canManagePolicy(actor, policy.municipalityId)) {
    throw new NotAllowedError("U kunt het beleid van deze gemeente niet beheren.");
  }
  if (options.draft && policy.status !== "DRAFT") {
    throw new NotAllowedError(
      "Gepubliceerd beleid kan niet meer worden gewijzigd. Maak een nieuwe versie.",
    );
  }
  return policy;
}

/**
 * Why the viewer may not start a new version of the gemeente's policy; null when they may
 * (MunicipalityViewerCan.createPolicyDraft). One draft at a time: two would fork the rules, and
 * the database holds the same rule (a unique index on the gemeente's draft).
 */
export function policyDraftRefusal(
  actor: Viewer | null,
  municipality: { id: string; name: string },
  draft: { name: string } | null,
): string | null {
  if (!canManagePolicy(actor, municipality.id))
    return "U kunt het beleid van deze gemeente niet beheren.";
  if (draft)
    return `Er is al een conceptversie van het beleid van ${municipality.name}: ${draft.name}. Werk die bij, of verwijder die eerst.`;
  return null;
}

export async function createPolicyDraft(
  prisma: PrismaClient,
  actor: Viewer,
  municipalityCode: string,
) {
  const municipality = await prisma.municipality.findUnique({
    where: { code: municipalityCode },
    include: { policies: true },
  });
  if (!municipality || !canManagePolicy(actor, municipality.id)) {
    throw new NotAllowedError("U kunt het beleid van deze gemeente niet beheren.");
  }
  const current =
    choosePolicyInForce(municipality.policies, dutchDate(new Date())) ??
    [...municipality.policies]
      .filter((p) => p.status === "PUBLISHED")
      .sort((a, b) => (b.validFrom?.getTime() ?? 0) - (a.validFrom?.getTime() ?? 0))[0];
  // A request that loses the race to the same draft hits the unique index and, run once more,
  // sees the winner's draft and is refused by name.
  return transactionOnce(prisma, async (tx) => {
    const existing = await tx.policy.findFirst({
      where: { municipalityId: municipality.id, status: "DRAFT" },
    });
    refuseWith(policyDraftRefusal(actor, municipality, existing));
    const draft = await tx.policy.create({
      data: {
        municipalityId: municipality.id,
        status: "DRAFT",
        validFrom: null,
        name: current ? `${current.name} (nieuwe versie)` : `SR-beleid ${municipality.name}`,
        percentage: current?.percentage ?? "0.05",
        thresholdWorks: current?.thresholdWorks ?? null,
        thresholdServices: current?.thresholdServices ?? null,
        thresholdSupplies: current?.thresholdSupplies ?? null,
        thresholdSubsidy: current?.thresholdSubsidy ?? null,
        belowThreshold: current?.belowThreshold ?? "ACTIVITY",
        suppliesMinLabourShare: current?.suppliesMinLabourShare ?? null,
        suppliesReducedPercentage: current?.suppliesReducedPercentage ?? null,
        cap: current?.cap ?? null,
        psoDiscounts: current?.psoDiscounts ?? {},
        contactDeadlineDays: current?.contactDeadlineDays ?? 7,
        reportFrequency: current?.reportFrequency ?? "QUARTERLY",
        source: current?.source ?? null,
        conceptNote: current?.conceptNote ?? null,
      },
    });
    await audit(tx, actor, {
      action: "policy.createDraft",
      entityType: "Policy",
      entityId: draft.id,
      after: {
        ...policySnapshot(draft),
        municipality: municipality.code,
        copiedFrom: current?.name ?? null,
      },
    });
    return draft;
  });
}

export async function updatePolicyDraft(
  prisma: PrismaClient,
  actor: Viewer,
  id: string,
  fields: PolicyFields,
) {
  const policy = await loadPolicy(prisma, actor, id, { draft: true });
  refuseInvalid(validatePolicy(fields));
  return prisma.$transaction(async (tx) => {
    const updated = await tx.policy.update({
      where: { id: policy.id },
      data: {
        name: fields.name.trim(),
        percentage: fields.percentage,
        thresholdWorks: fields.thresholdWorks || null,
        thresholdServices: fields.thresholdServices || null,
        thresholdSupplies: fields.thresholdSupplies || null,
        thresholdSubsidy: fields.thresholdSubsidy || null,
        belowThreshold: fields.belowThreshold,
        suppliesMinLabourShare: fields.suppliesMinLabourShare || null,
        suppliesReducedPercentage: fields.suppliesReducedPercentage || null,
        cap: fields.cap || null,
        psoDiscounts: Object.fromEntries(
          fields.psoDiscounts.map((d) => [d.level.trim(), d.discount]),
        ),
        contactDeadlineDays: fields.contactDeadlineDays,
        reportFrequency: fields.reportFrequency,
        source: fields.source?.trim() || null,
        conceptNote: fields.conceptNote?.trim() || null,
      },
    });
    await audit(tx, actor, {
      action: "policy.updateDraft",
      entityType: "Policy",
      entityId: policy.id,
      before: policySnapshot(policy),
      after: policySnapshot(updated),
    });
    return updated;
  });
}

export async function publishPolicy(
  prisma: PrismaClient,
  actor: Viewer,
  id: string,
  validFrom: string,
) {
  const policy = await loadPolicy(prisma, actor, id, { draft: true });
  const issues = validatePolicy(policyFieldsOf(policy));
  if (issues.length) throw new ValidationError(issues);
  return prisma.$transaction(async (tx) => {
    const clash = await tx.policy.findFirst({
      where: {
        municipalityId: policy.municipalityId,
        validFrom: new Date(`${validFrom}T00:00:00Z`),
        NOT: { id: policy.id },
      },
    });
    if (clash) {
      throw new ValidationError([
        {
          field: "validFrom",
          message: "Er is al beleid dat op deze datum ingaat. Kies een andere datum.",
        },
      ]);
    }
    const published = await tx.policy.update({
      where: { id: policy.id },
      data: { status: "PUBLISHED", validFrom: new Date(`${validFrom}T00:00:00Z`) },
    });
    await audit(tx, actor, {
      action: "policy.publish",
      entityType: "Policy",
      entityId: policy.id,
      before: { status: policy.status, validFrom: null },
      after: { status: published.status, validFrom },
    });
    return published;
  });
}

/** Why the viewer may not retire this policy version; null when they may (Policy.viewerCanRetire). */
export function retireRefusal(
  actor: Viewer | null,
  policy: { municipalityId: string; status: PolicyStatus },
): string | null {
  if (!canManagePolicy(actor, policy.municipalityId))
    return "U kunt het beleid van deze gemeente niet beheren.";
  if (policy.status !== "PUBLISHED") return "Alleen gepubliceerd beleid kan worden ingetrokken.";
  return null;
}

export async function retirePolicy(prisma: PrismaClient, actor: Viewer, id: string) {
  const policy = await loadPolicy(prisma, actor, id, { draft: false });
  refuseWith(retireRefusal(actor, policy));
  return prisma.$transaction(async (tx) => {
    const retired = await tx.policy.update({ where: { id }, data: { status: "RETIRED" } });
    await audit(tx, actor, {
      action: "policy.retire",
      entityType: "Policy",
      entityId: id,
      before: { status: "PUBLISHED" },
      after: { status: "RETIRED" },
    });
    return retired;
  });
}

export async function deletePolicyDraft(prisma: PrismaClient, actor: Viewer, id: string) {
  const policy = await loadPolicy(prisma, actor, id, { draft: true });
  await prisma.$transaction(async (tx) => {
    await tx.policy.delete({ where: { id } });
    await audit(tx, actor, {
      action: "policy.deleteDraft",
      entityType: "Policy",
      entityId: id,
      before: policySnapshot(policy),
    });
  });
}

/** A stored policy as the fields of its edit form, so stored and typed policies validate alike. */
export function policyFieldsOf(policy: Policy): PolicyFields {
  const discounts =
    policy.psoDiscounts &&
    typeof policy.psoDiscounts === "object" &&
    !Array.isArray(policy.psoDiscounts)
      ? Object.entries(policy.psoDiscounts).map(([level, discount]) => ({
          level,
          discount: String(discount),
        }))
      : [];
  return {
    name: policy.name,
    percentage: policy.percentage.toString(),
    thresholdWorks: policy.thresholdWorks?.toFixed(2) ?? null,
    thresholdServices: policy.thresholdServices?.toFixed(2) ?? null,
    thresholdSupplies: policy.thresholdSupplies?.toFixed(2) ?? null,
    thresholdSubsidy: policy.thresholdSubsidy?.toFixed(2) ?? null,
    belowThreshold: policy.belowThreshold,
    suppliesMinLabourShare: policy.suppliesMinLabourShare?.toString() ?? null,
    suppliesReducedPercentage: policy.suppliesReducedPercentage?.toString() ?? null,
    cap: policy.cap?.toFixed(2) ?? null,
    psoDiscounts: discounts,
    contactDeadlineDays: policy.contactDeadlineDays,
    reportFrequency: policy.reportFrequency,
  };
}
