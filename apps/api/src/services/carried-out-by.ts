// The platform admin names, per gemeente, the organisation that carries out its social return (an
// existing WSP, the gemeente's own team, or a new one of either) and keeps that organisation's
// shared mailbox and phone right (docs/decisions/0009-carrying-out-organisation.md). Mail routing
// and the names the apps show follow from Municipality.carriedOutBy (services/carrying-out.ts).
import type { Organisation, Prisma, PrismaClient } from "@prisma/client";
import { normaliseCbsCode, phoneProblem, tidyContactText } from "@sroi/domain";
import type { Viewer } from "../auth/viewer.js";
import { type FieldIssue, ValidationError } from "../errors.js";
import { isEmail, normaliseEmail } from "./accounts.js";
import { audit } from "./audit.js";
import { transactionOnce } from "./once.js";

type Tx = Prisma.TransactionClient;

const ORGANISATION_NAME_MAX = 120;

export interface ContactInput {
  email?: string | null | undefined;
  phone?: string | null | undefined;
}

export interface NewCarrier extends ContactInput {
  /** OWN_TEAM: the gemeente's own organisation; SERVICE_POINT: a WSP that may serve more gemeenten */
  kind: "OWN_TEAM" | "SERVICE_POINT";
  name: string;
}

export interface CarrierChoice {
  /** an existing WSP, or the gemeente's own organisation */
  organisationId?: string | null | undefined;
  /** or a new organisation */
  create?: NewCarrier | null | undefined;
}

/** The mailbox and phone as stored, or the problems with them at their fields. */
function checkContact(input: ContactInput, issues: FieldIssue[]) {
  const email = tidyContactText(input.email);
  const phone = tidyContactText(input.phone);
  if (email && !isEmail(normaliseEmail(email))) {
    issues.push({
      field: "email",
      message: "Vul een geldig e-mailadres in, zoals socialreturn@haarlem.nl.",
    });
  }
  const problem = phone ? phoneProblem(phone) : null;
  if (problem) issues.push({ field: "phone", message: problem });
  return { email: email ? normaliseEmail(email) : null, phone };
}

async function findMunicipality(tx: Tx, code: string) {
  const municipality = await tx.municipality.findUnique({
    where: { code: normaliseCbsCode(code) },
    include: { organisation: true, carriedOutBy: true },
  });
  if (!municipality) {
    throw new ValidationError([
      { field: "municipalityCode", message: "Deze gemeente staat niet op het platform." },
    ]);
  }
  return municipality;
}

type MunicipalityWithOrganisations = Awaited<ReturnType<typeof findMunicipality>>;

/** An existing organisation may carry out a gemeente's social return if it is a WSP or its own team. */
async function existingCarrier(
  tx: Tx,
  municipality: MunicipalityWithOrganisations,
  organisationId: string,
): Promise<Organisation> {
  const organisation = await tx.organisation.findUnique({ where: { id: organisationId } });
  const fits =
    organisation &&
    (organisation.kind === "SERVICE_POINT" || organisation.municipalityId === municipality.id);
  if (!fits) {
    throw new ValidationError([
      {
        field: "organisationId",
        message: `Kies een werkgeversservicepunt of het eigen team van gemeente ${municipality.name}.`,
      },
    ]);
  }
  return organisation;
}

async function newCarrier(
  tx: Tx,
  viewer: Viewer,
  municipality: MunicipalityWithOrganisations,
  input: NewCarrier,
): Promise<Organisation> {
  const issues: FieldIssue[] = [];
  const name = tidyContactText(input.name) ?? "";
  if (!name) issues.push({ field: "name", message: "Vul de naam van de organisatie in." });
  if (name.length > ORGANISATION_NAME_MAX) {
    issues.push({
      field: "name",
      message: `Een naam is hoogstens ${ORGANISATION_NAME_MAX} tekens lang.`,
    });
  }
  const contact = checkContact(input, issues);
  if (input.kind === "OWN_TEAM" && municipality.organisation) {
    issues.push({
      field: "kind",
      message: `Gemeente ${municipality.name} heeft al een eigen organisatie op het platform: ${municipality.organisation.name}. Kies die als uitvoerende organisatie.`,
    });
  }
  if (input.kind === "SERVICE_POINT" && name) {
    const same = await tx.organisation.findFirst({
      where: { kind: "SERVICE_POINT", name: { equals: name, mode: "insensitive" } },
    });
    if (same) {
      issues.push({
        field: "name",
        message: `Er is al een werkgeversservicepunt met de naam ${same.name}. Kies dat als uitvoerende organisatie.`,
      });
    }
  }
  if (issues.length) throw new ValidationError(issues);
  const organisation = await tx.organisation.create({
    data: {
      kind: input.kind === "OWN_TEAM" ? "MUNICIPALITY" : "SERVICE_POINT",
      name,
      ...contact,
      ...(input.kind === "OWN_TEAM" ? { municipalityId: municipality.id } : {}),
    },
  });
  await audit(tx, viewer, {
    action: "organisation.create",
    entityType: "Organisation",
    entityId: organisation.id,
    after: { kind: organisation.kind, name, ...contact, municipality: municipality.name },
  });
  return organisation;
}

/**
 * Names the organisation that carries out a gemeente's social return: from then on its staff
 * read and manage the gemeente's contracts, its members are the accountmanagers, and staff mail
 * goes to its mailbox.
 */
export function setCarriedOutBy(
  prisma: PrismaClient,
  viewer: Viewer,
  municipalityCode: string,
  choice: CarrierChoice,
) {
  if (!choice.organisationId === !choice.create) {
    throw new ValidationError([
      {
        field: "organisationId",
        message: "Kies een bestaande organisatie of maak een nieuwe, niet allebei.",
      },
    ]);
  }
  // A new WSP's name or a new own team for the gemeente is unique; the rerun finds it taken.
  return transactionOnce(prisma, async (tx) => {
    const municipality = await findMunicipality(tx, municipalityCode);
    const organisation = choice.organisationId
      ? await existingCarrier(tx, municipality, choice.organisationId)
      : await newCarrier(tx, viewer, municipality, choice.create as NewCarrier);
    if (municipality.carriedOutById === organisation.id) return municipality;
    const updated = await tx.municipality.update({
      where: { id: municipality.id },
      data: { carriedOutById: organisation.id },
    });
    await audit(tx, viewer, {
      action: "region.setCarriedOutBy",
      entityType: "Municipality",
      entityId: municipality.id,
      before: {
        code: municipality.code,
        name: municipality.name,
        carriedOutBy: municipality.carriedOutBy?.name ?? null,
      },
      after: { carriedOutBy: organisation.name },
    });
    return updated;
  });
}

/** The shared mailbox and phone of a gemeente's or WSP's organisation; empty clears one. */
export function updateOrganisationContact(
  prisma: PrismaClient,
  viewer: Viewer,
  organisationId: string,
  input: ContactInput,
) {
  return prisma.$transaction(async (tx) => {
    const organisation = await tx.organisation.findUnique({ where: { id: organisationId } });
    if (
      !organisation ||
      (organisation.kind !== "MUNICIPALITY" && organisation.kind !== "SERVICE_POINT")
    ) {
      throw new ValidationError([
        {
          field: "organisationId",
          message: "Kies het team van een gemeente of een werkgeversservicepunt.",
        },
      ]);
    }
    const issues: FieldIssue[] = [];
    const contact = checkContact(input, issues);
    if (issues.length) throw new ValidationError(issues);
    if (organisation.email === contact.email && organisation.phone === contact.phone) {
      return organisation;
    }
    const updated = await tx.organisation.update({
      where: { id: organisation.id },
      data: contact,
    });
    await audit(tx, viewer, {
      action: "organisation.updateContact",
      entityType: "Organisation",
      entityId: organisation.id,
      before: { name: organisation.name, email: organisation.email, phone: organisation.phone },
      after: contact,
    });
    return updated;
  });
}
