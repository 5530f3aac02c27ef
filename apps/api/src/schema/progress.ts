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

builder.prismaObjectFields("Contract", (t) => ({
  progress: t.field({
    type: ProgressRef,
    select: {
      obligationAmount: true,
      startDate: true,
      awardDate: true,
      endDate: true,
      policy: { select: { reportFrequency: true } },
      realisations: { select: { status: true, value: true, createdAt: true, blockCode: true } },
      catalogueVersion: { select: { blocks: { select: { code: true, category: true } } } },
      planVersions: {
        orderBy: { number: "desc" },
        select: { status: true, total: true, reportFrequency: true },
      },
    },
    resolve: (c) => {
      // The approved plan counts; before approval, the latest plan shows what is intended.
      const plan = c.planVersions.find((p) => p.status === "APPROVED") ?? c.planVersions[0];
      const frequency = plan?.reportFrequency ?? c.policy.reportFrequency;
      return {
        ...contractProgress(
          c.obligationAmount.toFixed(2),
          c.realisations.map((r) => ({ status: r.status, value: r.value.toFixed(2) })),
          plan ? plan.total.toFixed(2) : "0",
        ),
        activities: countCommunityActivities(c.realisations, c.catalogueVersion?.blocks ?? []),
        reportFrequency: frequency,
        reports: reportSchedule({
          start: toIsoDate(c.startDate ?? c.awardDate),
          end: c.endDate ? toIsoDate(c.endDate) : null,
          frequency,
          today: dutchDate(new Date()),
          reportDates: c.realisations.map((r) => dutchDate(r.createdAt)),
        }),
      };
    },
  }),
}));
