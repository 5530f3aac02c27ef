// Progress: the obligation against accepted, pending and rejected realisations and the plan, and
// the periodic reports the agreed frequency asks for, each with its deadline.
import { toIsoDate } from "@sroi/db";
import {
  contractProgress,
  countCommunityActivities,
  dutchDate,
  reportSchedule,
} from "@sroi/domain";
import { builder } from "../builder.js";
import type { Context } from "../context.js";
import { loadProgressFigures, type ProgressFigures } from "../services/progress-figures.js";
import { DeadlineState } from "./contract.js";
import { ReportFrequency } from "./municipality.js";

const ReportStanding = builder.enumType("ReportStanding", {
  description:
    "DUE (not due yet), ON_TIME (reported in time), LATE (reported after the due date), MISSED (due date passed, not reported)",
  values: ["DUE", "ON_TIME", "LATE", "MISSED"] as const,
});

const ReportPeriodRef = builder
  .objectRef<ReturnType<typeof reportSchedule>[number]>("ReportPeriod")
  .implement({
    fields: (t) => ({
      from: t.field({ type: "Date", resolve: (p) => p.from }),
      through: t.field({ type: "Date", resolve: (p) => p.through }),
      dueDate: t.field({ type: "Date", resolve: (p) => p.dueDate }),
      reportedOn: t.field({ type: "Date", nullable: true, resolve: (p) => p.reportedOn }),
      state: t.field({ type: DeadlineState, resolve: (p) => p.state }),
      standing: t.field({
        type: ReportStanding,
        description: "The state in words people use: a late report apart from a missing one",
        resolve: (p) => p.standing,
      }),
    }),
  });

const ProgressRef = builder
  .objectRef<
    ReturnType<typeof contractProgress> & {
      reports: ReturnType<typeof reportSchedule>;
      reportFrequency: string;
      activities: { accepted: number; pending: number };
    }
  >("ContractProgress")
  .implement({
    description: "Obligation against accepted, pending and rejected realisations and the plan",
    fields: (t) => ({
      obligation: t.field({ type: "Decimal", resolve: (p) => p.obligation }),
      accepted: t.field({ type: "Decimal", resolve: (p) => p.accepted }),
      pending: t.field({ type: "Decimal", resolve: (p) => p.pending }),
      rejected: t.field({ type: "Decimal", resolve: (p) => p.rejected }),
      planned: t.field({ type: "Decimal", resolve: (p) => p.planned }),
      percentageAccepted: t.field({
        type: "Decimal",
        nullable: true,
        resolve: (p) => p.percentageAccepted,
      }),
      gap: t.field({ type: "Decimal", resolve: (p) => p.gap }),
      acceptedActivities: t.int({
        description:
          "Accepted community activities (maatschappelijke activiteiten): one fulfils an ACTIVITY obligation",
        resolve: (p) => p.activities.accepted,
      }),
      pendingActivities: t.int({
        description: "Community activities reported and awaiting review",
        resolve: (p) => p.activities.pending,
      }),
      reportFrequency: t.field({
        type: ReportFrequency,
        resolve: (p) => p.reportFrequency as "QUARTERLY",
      }),
      reports: t.field({ type: [ReportPeriodRef], resolve: (p) => p.reports }),
    }),
  });

// One statement per contract and request, however many of the fields below a query asks for.
const figuresByRequest = new WeakMap<Context, Map<string, Promise<ProgressFigures | null>>>();

function progressFigures(ctx: Context, contractId: string): Promise<ProgressFigures | null> {
  let figures = figuresByRequest.get(ctx);
  if (!figures) {
    figures = new Map();
    figuresByRequest.set(ctx, figures);
  }
  let loaded = figures.get(contractId);
  if (!loaded) {
    loaded = loadProgressFigures(ctx.prisma, contractId);
    figures.set(contractId, loaded);
  }
  return loaded;
}

const RealisationCountsRef = builder
  .objectRef<ProgressFigures["counts"]>("RealisationCounts")
  .implement({
    description: "How many realisations a contract has, in all and per review status",
    fields: (t) => ({
      total: t.int({ resolve: (c) => c.SUBMITTED + c.ACCEPTED + c.REJECTED }),
      submitted: t.int({ resolve: (c) => c.SUBMITTED }),
      accepted: t.int({ resolve: (c) => c.ACCEPTED }),
      rejected: t.int({ resolve: (c) => c.REJECTED }),
    }),
  });

builder.prismaObjectFields("Contract", (t) => ({
  progress: t.field({
    type: ProgressRef,
    select: { id: true, obligationAmount: true, startDate: true, awardDate: true, endDate: true },
    resolve: async (c, _args, ctx) => {
      const figures = await progressFigures(ctx, c.id);
      if (!figures) throw new Error(`Contract ${c.id} has no policy`);
      // The approved plan counts; before approval, the latest plan shows what is intended.
      const frequency = figures.plan?.reportFrequency ?? figures.policyReportFrequency;
      return {
        // Sums per status in, the same sums out: the domain's rule decides the rest.
        ...contractProgress(
          c.obligationAmount.toFixed(2),
          figures.totals,
          figures.plan ? figures.plan.total : "0",
        ),
        activities: countCommunityActivities(
          figures.byBlock,
          figures.byBlock.flatMap((row) =>
            row.blockCode && row.category ? [{ code: row.blockCode, category: row.category }] : [],
          ),
        ),
        reportFrequency: frequency,
        reports: reportSchedule({
          start: toIsoDate(c.startDate ?? c.awardDate),
          end: c.endDate ? toIsoDate(c.endDate) : null,
          frequency,
          today: dutchDate(new Date()),
          reportDates: figures.reportDates,
        }),
      };
    },
  }),
  realisationCounts: t.field({
    type: RealisationCountsRef,
    description:
      "How many realisations there are per review status, over all of them (the list is paged)",
    select: { id: true },
    resolve: async (c, _args, ctx) =>
      (await progressFigures(ctx, c.id))?.counts ?? { SUBMITTED: 0, ACCEPTED: 0, REJECTED: 0 },
  }),
}));
