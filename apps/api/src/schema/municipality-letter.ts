// What a gemeente prints on its eindbeoordeling letter: its postal address and the texts it
// configures (legal basis, payment term, bezwaar clause). Read by the gemeente's own staff and
// its WSP; changed by those who manage its SR policy (the coordinator), audited.
import type { Prisma } from "@prisma/client";
import { canManagePolicy } from "../auth/viewer.js";
import { builder } from "../builder.js";
import { type FieldIssue, NotAllowedError, refuseInvalid, ValidationError } from "../errors.js";
import { audit, changedFields } from "../services/audit.js";
import { viewerOf } from "./errors.js";

const LETTER_FIELDS = [
  "letterAddress",
  "letterLegalBasis",
  "letterPaymentTerm",
  "letterObjectionClause",
] as const;
type LetterField = (typeof LETTER_FIELDS)[number];
type LetterSettings = Record<LetterField, string | null>;

const LETTER_LIMITS: Record<LetterField, number> = {
  letterAddress: 300,
  letterLegalBasis: 2000,
  letterPaymentTerm: 1000,
  letterObjectionClause: 2000,
};

const LETTER_LABELS: Record<LetterField, string> = {
  letterAddress: "Het adres",
  letterLegalBasis: "De grondslag",
  letterPaymentTerm: "De betalingstermijn",
  letterObjectionClause: "De bezwaarclausule",
};

const MunicipalityLetterRef = builder.objectRef<LetterSettings>("MunicipalityLetter").implement({
  description: "What the gemeente prints on its eindbeoordeling letter",
  fields: (t) => ({
    address: t.exposeString("letterAddress", {
      nullable: true,
      description: "Postal address, lines separated by newlines",
    }),
    legalBasis: t.exposeString("letterLegalBasis", { nullable: true }),
    paymentTerm: t.exposeString("letterPaymentTerm", {
      nullable: true,
      description: "Printed with a sanction",
    }),
    objectionClause: t.exposeString("letterObjectionClause", { nullable: true }),
  }),
});

const isOwnStaff = (
  viewer: { isPlatformAdmin: boolean; readableMunicipalityIds: Set<string> } | null,
  id: string,
) => viewer !== null && (viewer.isPlatformAdmin || viewer.readableMunicipalityIds.has(id));

builder.prismaObjectFields("Municipality", (t) => ({
  letter: t.field({
    type: MunicipalityLetterRef,
    nullable: true,
    description:
      "The eindbeoordeling letter's address and texts; null for anyone but the gemeente's own staff and its WSP",
    select: {
      letterAddress: true,
      letterLegalBasis: true,
      letterPaymentTerm: true,
      letterObjectionClause: true,
    },
    resolve: (m, _args, ctx) => (isOwnStaff(ctx.viewer, m.id) ? m : null),
  }),
}));

const MunicipalityLetterInput = builder.inputType("MunicipalityLetterInput", {
  fields: (t) => ({
    address: t.string(),
    legalBasis: t.string(),
    paymentTerm: t.string(),
    objectionClause: t.string(),
  }),
});

builder.mutationFields((t) => ({
  updateMunicipalityLetter: t.prismaField({
    type: "Municipality",
    description: "Sets the address and texts of the gemeente's eindbeoordeling letter",
    authScopes: { staff: true },
    errors: {
      types: [ValidationError, NotAllowedError],
      directResult: true,
      union: { name: "UpdateMunicipalityLetterResult" },
    },
    args: {
      municipalityCode: t.arg.string({ required: true }),
      letter: t.arg({ type: MunicipalityLetterInput, required: true }),
    },
    resolve: async (query, _root, args, ctx) => {
      const viewer = viewerOf(ctx);
      const municipality = await ctx.prisma.municipality.findUnique({
        where: { code: args.municipalityCode },
      });
      if (!municipality || !canManagePolicy(viewer, municipality.id))
        throw new NotAllowedError("U kunt de brief van deze gemeente niet wijzigen.");
      const clean = (text: string | null | undefined) => text?.trim() || null;
      const next: LetterSettings = {
        letterAddress: clean(args.letter.address),
        letterLegalBasis: clean(args.letter.legalBasis),
        letterPaymentTerm: clean(args.letter.paymentTerm),
        letterObjectionClause: clean(args.letter.objectionClause),
      };
      const issues: FieldIssue[] = LETTER_FIELDS.filter(
        (field) => (next[field]?.length ?? 0) > LETTER_LIMITS[field],
      ).map((field) => ({
        field,
        message: `${LETTER_LABELS[field]} mag hoogstens ${LETTER_LIMITS[field]} tekens hebben.`,
      }));
      refuseInvalid(issues);
      const current = Object.fromEntries(
        LETTER_FIELDS.map((field) => [field, municipality[field]]),
      ) as LetterSettings;
      const { before, after } = changedFields(current, next);
      return ctx.prisma.$transaction(async (tx) => {
        const updated = await tx.municipality.update({
          ...(query as Omit<Prisma.MunicipalityUpdateArgs, "where" | "data">),
          where: { id: municipality.id },
          data: next,
        });
        if (Object.keys(after).length > 0) {
          await audit(tx, viewer, {
            action: "policy.updateLetter",
            entityType: "Municipality",
            entityId: municipality.id,
            before,
            after,
          });
        }
        return updated;
      });
    },
  }),
}));
