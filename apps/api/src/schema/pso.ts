// PSO certificates (Prestatieladder Socialer Ondernemen): the type, its place on an organisation
// and a contract, and recording, checking and deleting. Who may read one is the rule for an
// organisation's people (auth/visibility.ts): the contractor itself and those who work with it.
import type { PsoCertificate } from "@prisma/client";
import { toIsoDate, toObligationPolicy } from "@sroi/db";
import {
  dutchDate,
  PSO_LEVEL_LABELS,
  PSO_LEVELS,
  psoCertificateForAward,
  psoCovers,
  psoLapseMessage,
  psoLapsesBefore,
} from "@sroi/domain";
import { visiblePsoCertificatesWhere, worksWithOrganisation } from "../auth/visibility.js";
import { builder } from "../builder.js";
import { NotAllowedError, ValidationError } from "../errors.js";
import {
  checkPsoCertificate,
  deletePsoCertificate,
  psoCheckRefusal,
  psoDeleteRefusal,
  psoFacts,
  psoRecordRefusal,
  recordPsoCertificate,
} from "../services/pso.js";
import { DeleteResult } from "./catalogue-management.js";
import { viewerOf } from "./errors.js";

export const PsoLevel = builder.enumType("PsoLevel", {
  description: "A level of the Prestatieladder Socialer Ondernemen",
  values: PSO_LEVELS,
});

builder.prismaObject("PsoCertificate", {
  description:
    "A contractor's PSO certificate; for the contractor itself and the gemeenten (and their WSP) with a contract with it",
  // Checked again on every row, however it was reached (auth/visibility.ts).
  authScopes: (certificate, ctx) =>
    worksWithOrganisation(ctx.prisma, ctx.viewer, certificate.organisationId),
  fields: (t) => ({
    id: t.exposeID("id"),
    level: t.expose("level", { type: PsoLevel }),
    levelLabel: t.string({
      description: "aspirant, basistrede, trede 1 … 3 or 30+",
      resolve: (c) => PSO_LEVEL_LABELS[c.level],
    }),
    certificateNumber: t.exposeString("certificateNumber"),
    validFrom: t.field({ type: "Date", resolve: (c) => toIsoDate(c.validFrom) }),
    validUntil: t.field({ type: "Date", resolve: (c) => toIsoDate(c.validUntil) }),
    validToday: t.boolean({ resolve: (c) => psoCovers(psoFacts(c), dutchDate(new Date())) }),
    checked: t.boolean({
      description: "Staff checked it against the PSO register; only then does it give a discount",
      resolve: (c) => c.checkedAt !== null,
    }),
    checkedAt: t.field({
      type: "String",
      nullable: true,
      description: "ISO timestamp",
      resolve: (c) => c.checkedAt?.toISOString() ?? null,
    }),
    checkedByName: t.string({
      nullable: true,
      description: "Who of the gemeente or WSP checked it",
      resolve: async (c, _args, ctx) =>
        c.checkedById
          ? ((
              await ctx.prisma.user.findUnique({
                where: { id: c.checkedById },
                select: { name: true },
              })
            )?.name ?? null)
          : null,
    }),
    organisation: t.relation("organisation"),
    viewerCanCheck: t.boolean({
      resolve: async (c, _args, ctx) => (await psoCheckRefusal(ctx.prisma, ctx.viewer, c)) === null,
    }),
    viewerCanDelete: t.boolean({
      resolve: (c, _args, ctx) => psoDeleteRefusal(ctx.viewer, c) === null,
    }),
  }),
});

builder.prismaObjectField("Organisation", "viewerCanRecordPso", (t) =>
  t.boolean({
    description: "Whether the viewer may record a PSO certificate for this organisation",
    resolve: (organisation, _args, ctx) => psoRecordRefusal(ctx.viewer, organisation.id) === null,
  }),
);

builder.prismaObjectField("Organisation", "psoCertificates", (t) =>
  t.relation("psoCertificates", {
    description:
      "The organisation's PSO certificates, newest first; empty unless the viewer is the organisation or works with it",
    query: (_args, ctx) => ({
      where: visiblePsoCertificatesWhere(ctx.viewer),
      orderBy: [{ validUntil: "desc" }, { id: "asc" }],
    }),
  }),
);

interface ContractPsoShape {
  certificate: PsoCertificate;
  lapsesBeforeEnd: boolean;
  lapseMessage: string | null;
}

const ContractPso = builder.objectRef<ContractPsoShape>("ContractPso").implement({
  description:
    "The contractor's checked PSO certificate covering the award date (the one a discount rests on), and whether it ends before the contract does",
  fields: (t) => ({
    certificate: t.prismaField({
      type: "PsoCertificate",
      resolve: (query, p, _args, ctx) =>
        ctx.prisma.psoCertificate.findUniqueOrThrow({ ...query, where: { id: p.certificate.id } }),
    }),
    lapsesBeforeEnd: t.exposeBoolean("lapsesBeforeEnd"),
    lapseMessage: t.exposeString("lapseMessage", { nullable: true }),
  }),
});

builder.prismaObjectField("Contract", "pso", (t) =>
  t.field({
    type: ContractPso,
    nullable: true,
    description:
      "The contractor's checked PSO certificate covering the award date, flagged when it lapses before the contract's end; null when there is none",
    // Loaded with the contract (one statement for the page), not by a query of its own.
    select: {
      awardDate: true,
      endDate: true,
      policy: true,
      contractor: { select: { psoCertificates: { where: { checkedAt: { not: null } } } } },
    },
    resolve: (contract) => {
      const facts = contract.contractor.psoCertificates.map((row) => ({ ...psoFacts(row), row }));
      const chosen = psoCertificateForAward(
        facts,
        toIsoDate(contract.awardDate),
        toObligationPolicy(contract.policy).psoDiscounts,
      );
      if (!chosen) return null;
      const end = contract.endDate ? toIsoDate(contract.endDate) : null;
      const lapses = psoLapsesBefore(chosen, end);
      return {
        certificate: chosen.row,
        lapsesBeforeEnd: lapses,
        lapseMessage: lapses && end ? psoLapseMessage(chosen, end) : null,
      };
    },
  }),
);

const PsoCertificateInput = builder.inputType("PsoCertificateInput", {
  fields: (t) => ({
    level: t.field({ type: PsoLevel, required: true }),
    certificateNumber: t.string({ required: true }),
    validFrom: t.field({ type: "Date", required: true }),
    validUntil: t.field({ type: "Date", required: true }),
  }),
});

const psoErrors = [ValidationError, NotAllowedError];

builder.mutationFields((t) => ({
  recordPsoCertificate: t.prismaField({
    type: "PsoCertificate",
    description: "A contractor admin records the organisation's PSO certificate; staff check it",
    authScopes: { contractorAdmin: true },
    errors: { types: psoErrors, directResult: true, union: { name: "RecordPsoCertificateResult" } },
    args: {
      organisationId: t.arg.id({ required: true }),
      input: t.arg({ type: PsoCertificateInput, required: true }),
    },
    resolve: async (query, _root, args, ctx) => {
      const created = await recordPsoCertificate(ctx.prisma, viewerOf(ctx), {
        organisationId: String(args.organisationId),
        fields: args.input,
      });
      return ctx.prisma.psoCertificate.findUniqueOrThrow({ ...query, where: { id: created.id } });
    },
  }),
  checkPsoCertificate: t.prismaField({
    type: "PsoCertificate",
    description:
      "Gemeente or WSP staff with a contract with the contractor confirm the certificate is in the PSO register",
    authScopes: { manager: true },
    errors: { types: psoErrors, directResult: true, union: { name: "CheckPsoCertificateResult" } },
    args: { id: t.arg.id({ required: true }) },
    resolve: async (query, _root, args, ctx) => {
      const checked = await checkPsoCertificate(ctx.prisma, viewerOf(ctx), String(args.id));
      return ctx.prisma.psoCertificate.findUniqueOrThrow({ ...query, where: { id: checked.id } });
    },
  }),
  deletePsoCertificate: t.field({
    type: DeleteResult,
    description: "A contractor admin removes a certificate nobody checked yet",
    authScopes: { contractorAdmin: true },
    errors: { types: psoErrors, directResult: true, union: { name: "DeletePsoCertificateResult" } },
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_root, args, ctx) => {
      await deletePsoCertificate(ctx.prisma, viewerOf(ctx), String(args.id));
      return { deleted: true };
    },
  }),
}));
