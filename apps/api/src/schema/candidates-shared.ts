// What a contractor may see of a candidate: every field gated by a consent in force that names the
// contractor (or a contract it holds), checked on each read, so a withdrawal or an expiry takes
// effect on the next request. Proposals (next) hand contractors these; staff use Candidate.
import type {
  Candidate,
  CandidateConsent,
  CandidateTargetGroup,
  PrismaClient,
} from "@prisma/client";
import {
  AGE_BAND_LABELS,
  type ConsentField,
  dutchDate,
  fieldsSharedWith,
  findCbsMunicipality,
  firstNameOf,
  initialsOf,
  TARGET_GROUP_LABELS,
} from "@sroi/domain";
import type { Viewer } from "../auth/viewer.js";
import { builder } from "../builder.js";
import { consentFacts } from "../services/candidates.js";
import { optionalDate, optionalDecimal } from "./scalars.js";

interface SharedCandidateShape {
  candidate: Candidate & { targetGroups: CandidateTargetGroup[] };
  shared: Set<ConsentField>;
}

/**
 * The fields of a candidate the viewer's contractor organisations may see today; empty for anyone
 * else (staff included: they read Candidate). Read from the database on every call.
 */
export async function sharedCandidate(
  prisma: PrismaClient,
  viewer: Viewer | null,
  candidateId: string,
): Promise<SharedCandidateShape | null> {
  if (!viewer || viewer.contractorIds.size === 0) return null;
  const candidate = await prisma.candidate.findUnique({
    where: { id: candidateId },
    include: { targetGroups: { orderBy: { code: "asc" } }, consents: true },
  });
  if (!candidate || candidate.anonymisedAt) return null;
  const shared = await sharedFields(prisma, viewer, candidate.consents);
  return shared.size > 0 ? { candidate, shared } : null;
}

async function sharedFields(
  prisma: PrismaClient,
  viewer: Viewer,
  consents: CandidateConsent[],
): Promise<Set<ConsentField>> {
  const named = consents.flatMap((c) => (c.contractId ? [c.contractId] : []));
  const held = named.length
    ? await prisma.contract.findMany({
        where: { id: { in: named }, contractorId: { in: [...viewer.contractorIds] } },
        select: { id: true, contractorId: true },
      })
    : [];
  const facts = consents.map(consentFacts);
  const today = dutchDate(new Date());
  const all = new Set<ConsentField>();
  for (const contractorId of viewer.contractorIds) {
    const contractIds = new Set(
      held.filter((c) => c.contractorId === contractorId).map((c) => c.id),
    );
    for (const field of fieldsSharedWith(facts, { id: contractorId, contractIds }, today))
      all.add(field);
  }
  return all;
}

const SharedCandidate = builder.objectRef<SharedCandidateShape>("SharedCandidate").implement({
  description:
    "A candidate as a contractor sees it: each field is null unless a consent in force shares it with the contractor",
  // Declared on the type: no object without at least one field consented today.
  authScopes: (shape) => shape.shared.size > 0,
  fields: (t) => {
    const gated =
      <T>(field: ConsentField, value: (c: SharedCandidateShape["candidate"]) => T) =>
      (shape: SharedCandidateShape): T | null =>
        shape.shared.has(field) ? value(shape.candidate) : null;
    return {
      id: t.id({ resolve: (s) => s.candidate.id }),
      initials: t.string({
        nullable: true,
        resolve: gated("INITIALS", (c) => (c.name ? initialsOf(c.name) : null)),
      }),
      firstName: t.string({
        nullable: true,
        resolve: gated("FIRST_NAME", (c) => (c.name ? firstNameOf(c.name) : null)),
      }),
      hoursPerWeek: t.field({
        type: "Decimal",
        nullable: true,
        resolve: gated("AVAILABILITY", (c) => optionalDecimal(c.hoursPerWeek)),
      }),
      availableFrom: t.field({
        type: "Date",
        nullable: true,
        resolve: gated("AVAILABILITY", (c) => optionalDate(c.availableFrom)),
      }),
      summary: t.string({ nullable: true, resolve: gated("SUMMARY", (c) => c.summary) }),
      targetGroups: t.stringList({
        nullable: true,
        description: "The labels of the candidate's target groups",
        resolve: gated("TARGET_GROUPS", (c) =>
          c.targetGroups.map((g) => TARGET_GROUP_LABELS[g.code as never] ?? g.code),
        ),
      }),
      ageBand: t.string({
        nullable: true,
        resolve: gated("AGE_BAND", (c) =>
          c.ageBand ? (AGE_BAND_LABELS[c.ageBand as never] ?? null) : null,
        ),
      }),
      homeMunicipality: t.string({
        nullable: true,
        resolve: gated("HOME_MUNICIPALITY", (c) =>
          c.homeMunicipalityCode
            ? (findCbsMunicipality(c.homeMunicipalityCode)?.name ?? null)
            : null,
        ),
      }),
      skills: t.stringList({ nullable: true, resolve: gated("SKILLS", (c) => c.skills) }),
      wishes: t.stringList({ nullable: true, resolve: gated("WISHES", (c) => c.wishes) }),
      restrictions: t.stringList({
        nullable: true,
        resolve: gated("RESTRICTIONS", (c) => c.restrictions),
      }),
    };
  },
});

builder.queryFields((t) => ({
  sharedCandidate: t.field({
    type: SharedCandidate,
    nullable: true,
    description:
      "A candidate as the viewer's contractor organisation may see it under a consent in force; null without one",
    authScopes: { contractor: true },
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, args, ctx) => sharedCandidate(ctx.prisma, ctx.viewer, String(args.id)),
  }),
}));
