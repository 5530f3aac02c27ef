// The figures a contract's progress is made of, summed by the database in one statement: the
// stored (already valued) amounts per review status, the entries per status and block, the days
// reports came in, and the plan and policy that set the report frequency. A contract with
// thousands of realisations costs one small result, not every row; the rules that turn these
// figures into progress stay in @sroi/domain (contractProgress, reportSchedule).
import type { PrismaClient } from "@prisma/client";
import type { RealisationStatus, ReportFrequency } from "@sroi/domain";

export interface ProgressFigures {
  /** the sum of the values per status, as exact decimal text; a status without entries is absent */
  totals: { status: RealisationStatus; value: string }[];
  /** entries per status, over all of the contract's realisations */
  counts: Record<RealisationStatus, number>;
  /** entries per status and block, with the block's category (null: maatwerk or unknown code) */
  byBlock: {
    status: RealisationStatus;
    blockCode: string | null;
    category: string | null;
    count: number;
  }[];
  /** the Dutch calendar day of every realisation's creation, once per realisation, oldest first */
  reportDates: string[];
  /** the approved plan, or else the latest one: what is projected and how often to report */
  plan: { total: string; reportFrequency: ReportFrequency } | null;
  policyReportFrequency: ReportFrequency;
}

interface Row {
  kind: "status" | "block" | "day" | "contract";
  status: RealisationStatus | null;
  blockCode: string | null;
  category: string | null;
  day: string | null;
  total: string | null;
  entries: number;
  planTotal: string | null;
  planFrequency: ReportFrequency | null;
  policyFrequency: ReportFrequency | null;
}

// reportSchedule gives each period at most one report: more entries on one day than periods a
// contract can have (600) never change the schedule, so a day's count is capped there.
const MAX_REPORTS_PER_DAY = 600;

export async function loadProgressFigures(
  prisma: PrismaClient,
  contractId: string,
): Promise<ProgressFigures | null> {
  // createdAt is stored as UTC without a zone; the day a report came in is the day in the
  // Netherlands (dutchDate), so late-evening UTC counts as the next day.
  const rows = await prisma.$queryRaw<Row[]>`
    WITH entries AS (
      SELECT r.status::text AS status, r.value, r."blockCode", b.category::text AS category,
             to_char((r."createdAt" AT TIME ZONE 'UTC') AT TIME ZONE 'Europe/Amsterdam', 'YYYY-MM-DD') AS day
        FROM "Realisation" r
        JOIN "Contract" c ON c.id = r."contractId"
        LEFT JOIN "Block" b ON b."catalogueVersionId" = c."catalogueVersionId" AND b.code = r."blockCode"
       WHERE r."contractId" = ${contractId}
    )
    SELECT CASE WHEN GROUPING(day) = 0 THEN 'day'
                WHEN GROUPING("blockCode") = 0 THEN 'block' ELSE 'status' END AS kind,
           status, "blockCode", category, day, sum(value)::text AS total, count(*)::int AS entries,
           NULL::text AS "planTotal", NULL::text AS "planFrequency", NULL::text AS "policyFrequency"
      FROM entries
     GROUP BY GROUPING SETS ((status), (status, "blockCode", category), (day))
    UNION ALL
    SELECT 'contract', NULL, NULL, NULL, NULL, NULL, 0, plan.total::text, plan."reportFrequency"::text,
           p."reportFrequency"::text
      FROM "Contract" c
      JOIN "Policy" p ON p.id = c."policyId"
      LEFT JOIN LATERAL (
        SELECT total, "reportFrequency" FROM "PlanVersion"
         WHERE "contractId" = c.id
         ORDER BY (status = 'APPROVED') DESC, number DESC
         LIMIT 1
      ) plan ON true
     WHERE c.id = ${contractId}`;
  const contract = rows.find((row) => row.kind === "contract");
  if (!contract?.policyFrequency) return null;
  const counts: Record<RealisationStatus, number> = { SUBMITTED: 0, ACCEPTED: 0, REJECTED: 0 };
  const byBlock: ProgressFigures["byBlock"] = [];
  const totals: ProgressFigures["totals"] = [];
  const reportDates: string[] = [];
  for (const row of rows) {
    if (row.kind === "status" && row.status) {
      counts[row.status] = row.entries;
      totals.push({ status: row.status, value: row.total ?? "0" });
    } else if (row.kind === "block" && row.status) {
      byBlock.push({
        status: row.status,
        blockCode: row.blockCode,
        category: row.category,
        count: row.entries,
      });
    } else if (row.kind === "day" && row.day) {
      for (let i = 0; i < Math.min(row.entries, MAX_REPORTS_PER_DAY); i++)
        reportDates.push(row.day);
    }
  }
  reportDates.sort();
  return {
    totals,
    counts,
    byBlock,
    reportDates,
    plan:
      contract.planTotal && contract.planFrequency
        ? { total: contract.planTotal, reportFrequency: contract.planFrequency }
        : null,
    policyReportFrequency: contract.policyFrequency,
  };
}
