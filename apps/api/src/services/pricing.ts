// Valuing against a contract's pinned catalogue version: plans and realisations both use the
// version the contract was awarded under, whatever was published since.
import type { Prisma } from "@prisma/client";
import { toBlockDefinition, toBonusDefinition, toIsoDate } from "@sroi/db";
import { bonusAppliesTo, type ValueBlockInput } from "@sroi/domain";
import { type FieldIssue, ValidationError } from "../errors.js";

type Tx = Prisma.TransactionClient;

export interface ContractPricing {
  basisHours: string;
  catalogueName: string;
  contractStart: string | null;
  contractEnd: string | null;
  /** the block definition and the chosen bonuses, or the problems with the choice */
  resolve(
    blockCode: string,
    bonusCodes: readonly string[],
    fieldPrefix: string,
  ): Pick<ValueBlockInput, "block" | "bonuses">;
}

export async function contractPricing(tx: Tx, contractId: string): Promise<ContractPricing> {
  const contract = await tx.contract.findUniqueOrThrow({
    where: { id: contractId },
    include: { catalogueVersion: { include: { blocks: true, bonuses: true } } },
  });
  const version = contract.catalogueVersion;
  if (!version) {
    throw new ValidationError([
      {
        field: "blockCode",
        message:
          "Deze opdracht heeft geen bouwblokkenmodel; neem contact op met uw accountmanager.",
      },
    ]);
  }
  const blocks = new Map(version.blocks.map((b) => [b.code, toBlockDefinition(b)]));
  const bonuses = new Map(version.bonuses.map((b) => [b.code, toBonusDefinition(b)]));
  return {
    basisHours: version.basisHours.toString(),
    catalogueName: version.name,
    contractStart: contract.startDate ? toIsoDate(contract.startDate) : null,
    contractEnd: contract.endDate ? toIsoDate(contract.endDate) : null,
    resolve(blockCode, bonusCodes, fieldPrefix) {
      const block = blocks.get(blockCode);
      if (!block) {
        throw new ValidationError([
          {
            field: `${fieldPrefix}blockCode`,
            message: `Bouwblok ${blockCode} staat niet in ${version.name}.`,
          },
        ]);
      }
      const issues: FieldIssue[] = [];
      const chosen = bonusCodes.flatMap((code) => {
        const bonus = bonuses.get(code);
        if (!bonus || !bonusAppliesTo(bonus, block)) {
          issues.push({
            field: `${fieldPrefix}bonusCodes`,
            message: `Toeslag ${code} geldt niet voor ${block.name}.`,
          });
          return [];
        }
        return [bonus];
      });
      if (issues.length) throw new ValidationError(issues);
      return { block, bonuses: chosen };
    },
  };
}
