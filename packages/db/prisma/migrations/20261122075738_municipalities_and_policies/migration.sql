-- CreateEnum
CREATE TYPE "ContractKind" AS ENUM ('WORKS', 'SERVICES', 'SUPPLIES', 'SUBSIDY');

-- CreateEnum
CREATE TYPE "BelowThreshold" AS ENUM ('ACTIVITY', 'NONE');

-- CreateEnum
CREATE TYPE "ReportFrequency" AS ENUM ('MONTHLY', 'QUARTERLY', 'HALF_YEARLY');

-- AlterTable
ALTER TABLE "CatalogueVersion" ADD COLUMN     "conceptNote" TEXT;

-- CreateTable
CREATE TABLE "Municipality" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "regionId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Municipality_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Policy" (
    "id" TEXT NOT NULL,
    "municipalityId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "validFrom" DATE NOT NULL,
    "percentage" DECIMAL(7,4) NOT NULL,
    "thresholdWorks" DECIMAL(14,2),
    "thresholdServices" DECIMAL(14,2),
    "thresholdSupplies" DECIMAL(14,2),
    "thresholdSubsidy" DECIMAL(14,2),
    "belowThreshold" "BelowThreshold" NOT NULL,
    "suppliesMinLabourShare" DECIMAL(5,4),
    "suppliesReducedPercentage" DECIMAL(7,4),
    "cap" DECIMAL(14,2),
    "psoDiscounts" JSONB NOT NULL DEFAULT '{}',
    "contactDeadlineDays" INTEGER NOT NULL DEFAULT 7,
    "reportFrequency" "ReportFrequency" NOT NULL DEFAULT 'QUARTERLY',
    "source" TEXT,
    "conceptNote" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Policy_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Municipality_code_key" ON "Municipality"("code");

-- CreateIndex
CREATE INDEX "Municipality_regionId_idx" ON "Municipality"("regionId");

-- CreateIndex
CREATE UNIQUE INDEX "Policy_municipalityId_validFrom_key" ON "Policy"("municipalityId", "validFrom");

-- AddForeignKey
ALTER TABLE "Municipality" ADD CONSTRAINT "Municipality_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Policy" ADD CONSTRAINT "Policy_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

