// What the viewer may do now, for the apps to show or hide a button. Each Boolean asks the very
// rule the mutation refuses with (the services' …Refusal functions), so a button and its mutation
// never disagree; the apps decide nothing from roles or statuses themselves.
import { dutchDate } from "@sroi/domain";
import { builder } from "../builder.js";
import { assessRefusal } from "../services/assessment.js";
import {
  contractCorrectRefusal,
  intakeConfirmRefusal,
  intakeRequestRefusal,
  lifecycleSelect,
  nextStatusRefusal,
  statusChoices,
} from "../services/contracts.js";
import { planEditRefusal, planReviewRefusal, planSubmitRefusal } from "../services/plans.js";
import {
  judgementSelect,
  realisationContractSelect,
  realisationCorrectRefusal,
  realisationJudgement,
  realisationReviewRefusal,
  reportRefusal,
} from "../services/realisations.js";
import { ContractStatus } from "./contract.js";

const CONTRACT_ACTIONS = {
  correct: "Correct the contract's details (correctContract)",
  confirmIntake: "Confirm the intake with the contractor (confirmIntake)",
  requestIntake: "Ask the WSP for an intake (requestIntake)",
  editPlan: "Save the plan van aanpak: the draft, or a new version (savePlan)",
  submitPlan: "Submit the latest plan version, a draft, to the WSP (submitPlan)",
  reviewPlan: "Approve the latest plan version or ask for changes (reviewPlan)",
  reportRealisation:
    "Report realisations, by form or import (submitRealisation, importRealisations)",
  assess: "Record the eindbeoordeling (assessContract)",
} as const;
type ContractAction = keyof typeof CONTRACT_ACTIONS;

const ContractViewerCan = builder
  .objectRef<Record<ContractAction, boolean>>("ContractViewerCan")
  .implement({
    description:
      "What the viewer may do with the contract now; true exactly where the mutation accepts the step",
    fields: (t) =>
      Object.fromEntries(
        Object.entries(CONTRACT_ACTIONS).map(([action, description]) => [
          action,
          t.exposeBoolean(action as ContractAction, { description }),
        ]),
      ),
  });

builder.prismaObjectFields("Contract", (t) => ({
  viewerCan: t.field({
    type: ContractViewerCan,
    select: {
      municipalityId: true,
      contractorId: true,
      department: true,
      status: true,
      endDate: true,
      intakeConfirmedAt: true,
      contactRequestedAt: true,
      assessment: { select: { outcome: true, recoveryUntil: true, sanctionAmount: true } },
      // All versions (not take: 1), so that this merges with Contract.plans into one statement.
      planVersions: { orderBy: { number: "desc" }, select: { status: true } },
    },
    resolve: (c, _args, ctx) => {
      const viewer = ctx.viewer;
      const latest = c.planVersions[0] ?? null;
      const allowed = (refusal: string | null) => refusal === null;
      return {
        correct: allowed(contractCorrectRefusal(viewer, c)),
        confirmIntake: allowed(intakeConfirmRefusal(viewer, c)),
        requestIntake: allowed(intakeRequestRefusal(viewer, c)),
        editPlan: allowed(planEditRefusal(viewer, c, latest)),
        submitPlan: allowed(planSubmitRefusal(viewer, c, latest)),
        reviewPlan: allowed(planReviewRefusal(viewer, c, latest)),
        reportRealisation: allowed(reportRefusal(viewer, c)),
        assess: allowed(assessRefusal(viewer, c, dutchDate(new Date()))),
      };
    },
  }),
  assessRefusal: t.string({
    nullable: true,
    description:
      "Why the viewer may not record the eindbeoordeling now, in Dutch, as assessContract would refuse; null when viewerCan.assess",
    select: {
      municipalityId: true,
      contractorId: true,
      status: true,
      endDate: true,
      assessment: { select: { outcome: true, recoveryUntil: true, sanctionAmount: true } },
    },
    resolve: (c, _args, ctx) => assessRefusal(ctx.viewer, c, dutchDate(new Date())),
  }),
  statusChoices: t.field({
    type: [ContractStatus],
    description:
      "Statuses the viewer may move the contract to now (changeContractStatus), forward first; empty when the viewer may not change it",
    select: { municipalityId: true, contractorId: true, ...lifecycleSelect },
    resolve: (c, _args, ctx) => statusChoices(ctx.viewer, c, dutchDate(new Date())),
  }),
  nextStatusRefusal: t.string({
    nullable: true,
    description:
      "Why the contract cannot take its next lifecycle step yet, in Dutch, for a viewer who may change its status; null when it can, has no next step, or the viewer may not change it",
    select: { municipalityId: true, contractorId: true, ...lifecycleSelect },
    resolve: (c, _args, ctx) => nextStatusRefusal(ctx.viewer, c, dutchDate(new Date())),
  }),
}));

const RealisationViewerCan = builder
  .objectRef<{ correct: boolean; review: boolean; acceptWithoutJudgement: boolean }>(
    "RealisationViewerCan",
  )
  .implement({
    description: "What the viewer may do with the realisation now",
    fields: (t) => ({
      correct: t.exposeBoolean("correct", {
        description: "Correct it and send it back for review (correctRealisation)",
      }),
      review: t.exposeBoolean("review", {
        description: "Accept or reject it (reviewRealisation)",
      }),
      acceptWithoutJudgement: t.exposeBoolean("acceptWithoutJudgement", {
        description:
          "Accept it together with others (acceptRealisations): it may be reviewed and needs no judgement (Realisation.judgementReason is null)",
      }),
    }),
  });

const realisationRuleFields = {
  status: true,
  contract: { select: realisationContractSelect },
} as const;

builder.prismaObjectFields("Realisation", (t) => ({
  viewerCan: t.field({
    type: RealisationViewerCan,
    select: {
      ...judgementSelect,
      contract: {
        select: { ...realisationRuleFields.contract.select, ...judgementSelect.contract.select },
      },
    },
    resolve: (r, _args, ctx) => {
      const review = realisationReviewRefusal(ctx.viewer, r.contract, r) === null;
      return {
        correct: realisationCorrectRefusal(ctx.viewer, r.contract, r) === null,
        review,
        acceptWithoutJudgement: review && realisationJudgement(r) === null,
      };
    },
  }),
  correctRefusal: t.string({
    nullable: true,
    description:
      "Why the viewer may not correct it now, in Dutch, as correctRealisation would refuse; null when viewerCan.correct",
    select: realisationRuleFields,
    resolve: (r, _args, ctx) => realisationCorrectRefusal(ctx.viewer, r.contract, r),
  }),
}));
