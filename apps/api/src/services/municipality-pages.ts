// A gemeente's public page: what it is generated from (the policy and catalogue in force today,
// chosen exactly as registerContract and the rekenhulp choose them), the texts its staff draft and
// publish, and the PDF documents they put on it. Every change is audited in its transaction.
import type { MunicipalityPage, PrismaClient } from "@prisma/client";
import { chooseCatalogueInForce, choosePolicyInForce, toIsoDate } from "@sroi/db";
import { dutchDate } from "@sroi/domain";
import type { Viewer } from "../auth/viewer.js";
import type { FieldIssue } from "../errors.js";
import { audit, changedFields } from "./audit.js";
import type { EvidenceStore } from "./evidence.js";

export const PAGE_TEXT_LIMITS = { introduction: 4000, localAccents: 8000 } as const;
const PAGE_TEXT_LABELS = { introduction: "De inleiding", localAccents: "De lokale accenten" };
export type PageTexts = { introduction: string | null; localAccents: string | null };

/** A document's title as people type it; long enough for "Beleidsregels social return 2024". */
export const DOCUMENT_TITLE_LIMIT = 200;

/** What a page shows besides its texts: the rules in force today and when any of it changed. */
export interface PageSources {
  policyId: string | null;
  catalogueId: string | null;
  /** "bijgewerkt op": the latest of the policy, the catalogue and the published texts */
  updatedOn: string | null;
}

/**
 * The policy and catalogue in force today and the page's "bijgewerkt op". A version counts from
 * the later of its validFrom and its last change: one published in advance changes the page on
 * the day it takes effect.
 */
export async function pageSources(
  prisma: PrismaClient,
  municipality: { id: string; regionId: string },
  today = dutchDate(new Date()),
): Promise<PageSources> {
  const [policies, catalogues, page] = await Promise.all([
    prisma.policy.findMany({
      where: { municipalityId: municipality.id, status: "PUBLISHED" },
      select: { id: true, status: true, validFrom: true, updatedAt: true },
    }),
    prisma.catalogueVersion.findMany({
      where: { regionId: municipality.regionId, status: "PUBLISHED" },
      select: { id: true, status: true, validFrom: true, updatedAt: true },
      orderBy: { createdAt: "asc" },
    }),
    prisma.municipalityPage.findUnique({
      where: { municipalityId: municipality.id },
      select: { publishedAt: true },
    }),
  ]);
  const policy = choosePolicyInForce(policies, today);
  const catalogue = chooseCatalogueInForce(catalogues, today);
  const changed = (row: { validFrom: Date | null; updatedAt: Date } | null) =>
    row ? [row.validFrom ? toIsoDate(row.validFrom) : "", dutchDate(row.updatedAt)] : [];
  const dates = [
    ...changed(policy),
    ...changed(catalogue),
    page?.publishedAt ? dutchDate(page.publishedAt) : "",
  ].filter((date) => date !== "" && date <= today);
  return {
    policyId: policy?.id ?? null,
    catalogueId: catalogue?.id ?? null,
    updatedOn: dates.length ? dates.reduce((a, b) => (a > b ? a : b)) : null,
  };
}

const clean = (text: string | null | undefined) => text?.replace(/\r\n/g, "\n").trim() || null;

export function pageTextIssues(texts: PageTexts): FieldIssue[] {
  return (Object.keys(PAGE_TEXT_LIMITS) as (keyof PageTexts)[])
    .filter((field) => (texts[field]?.length ?? 0) > PAGE_TEXT_LIMITS[field])
    .map((field) => ({
      field,
      message: `${PAGE_TEXT_LABELS[field]} mag hoogstens ${PAGE_TEXT_LIMITS[field]} tekens hebben.`,
    }));
}

export function cleanPageTexts(texts: Partial<PageTexts>): PageTexts {
  return { introduction: clean(texts.introduction), localAccents: clean(texts.localAccents) };
}

const draftOf = (page: MunicipalityPage | null): PageTexts => ({
  introduction: page?.draftIntroduction ?? null,
  localAccents: page?.draftLocalAccents ?? null,
});

/** Saves the draft texts; the public page keeps showing what was published until publishPage. */
export async function savePageDraft(
  prisma: PrismaClient,
  viewer: Viewer,
  municipalityId: string,
  texts: PageTexts,
) {
  await prisma.$transaction(async (tx) => {
    const page = await tx.municipalityPage.findUnique({ where: { municipalityId } });
    const { before, after } = changedFields(draftOf(page), texts);
    if (Object.keys(after).length === 0) return;
    const data = {
      draftIntroduction: texts.introduction,
      draftLocalAccents: texts.localAccents,
      draftChangedAt: new Date(),
    };
    await tx.municipalityPage.upsert({
      where: { municipalityId },
      create: { municipalityId, ...data },
      update: data,
    });
    await audit(tx, viewer, {
      action: "policy.savePageDraft",
      entityType: "Municipality",
      entityId: municipalityId,
      before,
      after,
    });
  });
}

/** Why the draft cannot be published (Dutch), or null. */
export function publishRefusal(page: MunicipalityPage | null): string | null {
  if (!page?.draftChangedAt) return "Er zijn geen wijzigingen om te publiceren.";
  return null;
}

/** Makes the draft texts the public page's texts. */
export async function publishPage(prisma: PrismaClient, viewer: Viewer, page: MunicipalityPage) {
  const published = { introduction: page.introduction, localAccents: page.localAccents };
  const { before, after } = changedFields(published, draftOf(page));
  await prisma.$transaction(async (tx) => {
    await tx.municipalityPage.update({
      where: { id: page.id },
      data: {
        introduction: page.draftIntroduction,
        localAccents: page.draftLocalAccents,
        draftChangedAt: null,
        publishedAt: new Date(),
      },
    });
    await audit(tx, viewer, {
      action: "policy.publishPage",
      entityType: "Municipality",
      entityId: page.municipalityId,
      before,
      after,
    });
  });
}

/**
 * Stores a PDF (checked by the caller with the evidence checks) and lists it on the page. As with
 * evidence, the bytes are stored before the row is written, so no row points at nothing.
 */
export async function addPageDocument(
  prisma: PrismaClient,
  store: EvidenceStore,
  viewer: Viewer,
  input: {
    municipalityId: string;
    title: string;
    documentDate: string;
    fileName: string;
    bytes: Uint8Array;
  },
) {
  const { storageKey, sha256 } = await store.put(input.bytes);
  const { municipalityId, title, documentDate, fileName } = input;
  const size = input.bytes.length;
  return prisma.$transaction(async (tx) => {
    const created = await tx.municipalityDocument.create({
      data: {
        municipalityId,
        title,
        documentDate: new Date(`${documentDate}T00:00:00Z`),
        fileName,
        size,
        sha256,
        storageKey,
        uploadedById: viewer.userId,
      },
    });
    await audit(tx, viewer, {
      action: "policy.addDocument",
      entityType: "Municipality",
      entityId: municipalityId,
      after: { title, documentDate, fileName, size, sha256 },
    });
    return created;
  });
}

/** Takes a document off the page. The stored bytes stay: another row may share them (by hash). */
export async function removePageDocument(
  prisma: PrismaClient,
  viewer: Viewer,
  document: { id: string; municipalityId: string; title: string; fileName: string },
) {
  await prisma.$transaction(async (tx) => {
    await tx.municipalityDocument.delete({ where: { id: document.id } });
    await audit(tx, viewer, {
      action: "policy.removeDocument",
      entityType: "Municipality",
      entityId: document.municipalityId,
      before: { title: document.title, fileName: document.fileName },
    });
  });
}
