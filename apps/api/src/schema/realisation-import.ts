// Importing realisations from the template (CSV or XLSX): every row is checked, and nothing is
// imported when one is wrong.
import { builder } from "../builder.js";
import { ImportError } from "../errors.js";
import { importRealisations } from "../services/realisation-import.js";
import { editErrors, viewerOf } from "./errors.js";

const RealisationImport = builder
  .objectRef<{ realisationIds: string[] }>("RealisationImport")
  .implement({
    fields: (t) => ({
      count: t.int({ resolve: (r) => r.realisationIds.length }),
      realisations: t.prismaField({
        type: ["Realisation"],
        resolve: (query, r, _args, ctx) =>
          ctx.prisma.realisation.findMany({
            ...query,
            where: { id: { in: r.realisationIds } },
            orderBy: { createdAt: "asc" },
          }),
      }),
    }),
  });

const SpreadsheetFormat = builder.enumType("SpreadsheetFormat", {
  values: ["CSV", "XLSX"] as const,
});

builder.mutationFields((t) => ({
  importRealisations: t.field({
    type: RealisationImport,
    description:
      "Imports realisations from the template (CSV, or XLSX as base64): all rows, or none",
    authScopes: { contractor: true },
    errors: {
      types: [ImportError, ...editErrors],
      directResult: true,
      union: { name: "ImportRealisationsResult" },
    },
    args: {
      contractId: t.arg.id({ required: true }),
      format: t.arg({ type: SpreadsheetFormat, required: true }),
      content: t.arg.string({ required: true }),
    },
    resolve: async (_root, args, ctx) => {
      const created = await importRealisations(
        ctx.prisma,
        viewerOf(ctx),
        { ...args, contractId: String(args.contractId) },
        ctx.settings.personMatchKey,
      );
      return { realisationIds: created.map((r) => r.id) };
    },
  }),
}));
