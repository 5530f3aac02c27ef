// The catalogue exchange format `sroi-catalogue/1` (packages/db/catalogues/README.md), with
// one refinement of ours: an optional `regionCode`, a stable short identifier for the region (the
// `region` field is a long display name). Parsing reports every problem with its path, so an
// import can show a line-by-line report instead of the first error only.
import { z } from "zod";
import {
  BLOCK_CATEGORIES,
  type BlockDefinition,
  type BonusDefinition,
  VALUATION_KINDS,
} from "./catalogue.js";

const decimalString = z
  .string()
  .regex(/^\d+(\.\d+)?$/, 'moet een positief decimaal getal zijn, zoals "40000.00"');
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "moet een datum zijn als jjjj-mm-dd");

const blockSchema = z
  .object({
    code: z.string().min(1, "code ontbreekt"),
    name: z.string().min(1, "naam ontbreekt"),
    category: z.enum(BLOCK_CATEGORIES, "onbekende categorie"),
    kind: z.enum(VALUATION_KINDS, "onbekende waarderingswijze"),
    amount: decimalString.nullish(),
    share: decimalString.nullish(),
    maxMonths: z.number().int().positive().nullish(),
    minHoursPerWeek: z.union([z.number().nonnegative(), decimalString]).nullish(),
    note: z.string().nullish(),
  })
  .superRefine((block, ctx) => {
    if (block.kind === "INVOICE_SHARE") {
      if (block.share == null) {
        ctx.addIssue({
          code: "custom",
          path: ["share"],
          message: "aandeel ontbreekt (INVOICE_SHARE)",
        });
      } else if (Number(block.share) > 1) {
        ctx.addIssue({
          code: "custom",
          path: ["share"],
          message: "aandeel moet tussen 0 en 1 liggen",
        });
      }
    } else if (block.kind !== "ACTUAL_COST" && block.amount == null) {
      ctx.addIssue({
        code: "custom",
        path: ["amount"],
        message: `bedrag ontbreekt (${block.kind})`,
      });
    }
  });

const bonusSchema = z.object({
  code: z.string().min(1, "code ontbreekt"),
  name: z.string().min(1, "naam ontbreekt"),
  amount: decimalString,
  appliesTo: z
    .array(z.string().min(1))
    .min(1, "geeft niet aan op welke bouwblokken de toeslag van toepassing is"),
  oneOff: z.boolean().default(false),
});

const catalogueFileSchema = z
  .object({
    format: z.literal("sroi-catalogue/1", 'format moet "sroi-catalogue/1" zijn'),
    region: z.string().min(1, "regio ontbreekt"),
    regionCode: z
      .string()
      .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "regiocode: kleine letters, cijfers en streepjes")
      .optional(),
    name: z.string().min(1, "naam ontbreekt"),
    validFrom: isoDate.nullable(),
    source: z.string().nullish(),
    retrieved: isoDate.nullish(),
    basisHours: z.number().positive().max(60),
    complete: z.boolean().default(true),
    countingNote: z.string().optional(),
    blocks: z.array(blockSchema).min(1, "bevat geen bouwblokken"),
    bonuses: z.array(bonusSchema).default([]),
  })
  .superRefine((file, ctx) => {
    const seen = new Set<string>();
    file.blocks.forEach((block, index) => {
      if (seen.has(block.code)) {
        ctx.addIssue({
          code: "custom",
          path: ["blocks", index, "code"],
          message: `code ${block.code} komt dubbel voor`,
        });
      }
      seen.add(block.code);
    });
    const known = new Set<string>([...seen, ...BLOCK_CATEGORIES]);
    file.bonuses.forEach((bonus, index) => {
      bonus.appliesTo.forEach((target, targetIndex) => {
        if (!known.has(target)) {
          ctx.addIssue({
            code: "custom",
            path: ["bonuses", index, "appliesTo", targetIndex],
            message: `${target} is geen bouwblok of categorie in deze catalogus`,
          });
        }
      });
    });
  });

export interface CatalogueFile {
  region: string;
  regionCode: string;
  name: string;
  validFrom: string | null;
  source: string | null;
  retrieved: string | null;
  basisHours: string;
  complete: boolean;
  countingNote: string | null;
  blocks: BlockDefinition[];
  bonuses: BonusDefinition[];
}

export interface CatalogueFileProblem {
  /** where in the file, e.g. "blocks[3].amount" */
  path: string;
  /** Dutch, for the person who made the file */
  message: string;
}

export type ParseCatalogueResult =
  | { ok: true; catalogue: CatalogueFile }
  | { ok: false; problems: CatalogueFileProblem[] };

function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((part, index) =>
      typeof part === "number" ? `[${part}]` : `${index === 0 ? "" : "."}${String(part)}`,
    )
    .join("");
}

/** A stable region identifier from its display name, for files that carry no `regionCode`. */
export function slugify(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

export function parseCatalogueFile(input: unknown): ParseCatalogueResult {
  const result = catalogueFileSchema.safeParse(input);
  if (!result.success) {
    return {
      ok: false,
      problems: result.error.issues.map((issue) => ({
        path: formatPath(issue.path) || "(bestand)",
        message: issue.message,
      })),
    };
  }
  const file = result.data;
  return {
    ok: true,
    catalogue: {
      region: file.region,
      regionCode: file.regionCode ?? slugify(file.region),
      name: file.name,
      validFrom: file.validFrom,
      source: file.source ?? null,
      retrieved: file.retrieved ?? null,
      basisHours: String(file.basisHours),
      complete: file.complete,
      countingNote: file.countingNote ?? null,
      blocks: file.blocks.map((block) => ({
        code: block.code,
        name: block.name,
        category: block.category,
        kind: block.kind,
        amount: block.amount ?? null,
        share: block.share ?? null,
        maxMonths: block.maxMonths ?? null,
        minHoursPerWeek: block.minHoursPerWeek == null ? null : String(block.minHoursPerWeek),
        note: block.note ?? null,
      })),
      bonuses: file.bonuses.map((bonus) => ({
        code: bonus.code,
        name: bonus.name,
        amount: bonus.amount,
        appliesTo: bonus.appliesTo,
        oneOff: bonus.oneOff,
      })),
    },
  };
}
