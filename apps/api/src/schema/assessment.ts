// The eindbeoordeling: the outcome recorded after the contract's end, with its letter.
import { dutchDate, isAssessable } from "@sroi/domain";
import { builder } from "../builder.js";
import { assessContract } from "../services/assessment.js";
import { editErrors, viewerOf } from "./errors.js";
import { decimalOut, optionalDate } from "./scalars.js";

const AssessmentOutcomeEnum = builder.enumType("AssessmentOutcome", {
  values: ["FULFILLED", "RECOVERY_PERIOD", "SANCTIONED", "WAIVED"] as const,
});

builder.prismaObject("Assessment", {
  description: "Eindbeoordeling: the outcome recorded after the contract's end",
  fields: (t) => ({
    outcome: t.expose("outcome", { type: AssessmentOutcomeEnum }),
    recoveryUntil: t.field({
      type: "Date",
      nullable: true,
      resolve: (a) => optionalDate(a.recoveryUntil),
    }),
    sanctionAmount: t.field({
      type: "Decimal",
      nullable: true,
      resolve: (a) => (a.sanctionAmount ? decimalOut(a.sanctionAmount, 2) : null),
    }),
    reason: t.exposeString("reason", { nullable: true }),
    obligationAmount: t.field({
      type: "Decimal",
      resolve: (a) => decimalOut(a.obligationAmount, 2),
    }),
    acceptedAmount: t.field({ type: "Decimal", resolve: (a) => decimalOut(a.acceptedAmount, 2) }),
    decidedAt: t.string({ resolve: (a) => a.decidedAt.toISOString() }),
    letterUrl: t.string({
      description: "The assessment letter as PDF",
      resolve: (a) => `/brieven/eindbeoordeling/${a.contractId}`,
    }),
  }),
});

builder.prismaObjectFields("Contract", (t) => ({
  assessment: t.relation("assessment", { nullable: true }),
  assessable: t.boolean({
    description:
      "Past its end date, or in the ASSESSMENT phase: the eindbeoordeling may be recorded (by those who manage the contract, see viewerCan.assess)",
    select: { status: true, endDate: true },
    resolve: (c) =>
      isAssessable({ status: c.status, endDate: optionalDate(c.endDate) }, dutchDate(new Date())),
  }),
}));

builder.mutationFields((t) => ({
  assessContract: t.prismaField({
    type: "Assessment",
    description:
      "Records the outcome after the end date; a sanction defaults to the unrealised part",
    authScopes: { manager: true },
    errors: { types: editErrors, directResult: true, union: { name: "AssessContractResult" } },
    args: {
      contractId: t.arg.id({ required: true }),
      version: t.arg.int({ required: true }),
      outcome: t.arg({ type: AssessmentOutcomeEnum, required: true }),
      recoveryUntil: t.arg({ type: "Date" }),
      sanctionAmount: t.arg({
        type: "Decimal",
        description: "Default: the unrealised part of the obligation",
      }),
      reason: t.arg.string(),
    },
    resolve: async (query, _root, args, ctx) => {
      const assessment = await assessContract(
        ctx.prisma,
        viewerOf(ctx),
        {
          ...args,
          contractId: String(args.contractId),
        },
        ctx.settings.publicUrl,
      );
      return ctx.prisma.assessment.findUniqueOrThrow({ ...query, where: { id: assessment.id } });
    },
  }),
}));
