-- CreateEnum
CREATE TYPE "PlanStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'APPROVED', 'CHANGES_REQUESTED');

-- CreateEnum
CREATE TYPE "RealisationStatus" AS ENUM ('SUBMITTED', 'ACCEPTED', 'REJECTED');

-- CreateEnum
CREATE TYPE "AssessmentOutcome" AS ENUM ('FULFILLED', 'RECOVERY_PERIOD', 'SANCTIONED', 'WAIVED');

-- CreateTable
CREATE TABLE "PlanVersion" (
    "id" TEXT NOT NULL,
    "contractId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "status" "PlanStatus" NOT NULL DEFAULT 'DRAFT',
    "reportFrequency" "ReportFrequency" NOT NULL,
    "total" DECIMAL(14,2) NOT NULL,
    "submittedAt" TIMESTAMP(3),
    "reviewedAt" TIMESTAMP(3),
    "reviewedById" TEXT,
    "reviewComment" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PlanVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlanLine" (
    "id" TEXT NOT NULL,
    "planVersionId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "blockCode" TEXT NOT NULL,
    "description" TEXT,
    "people" INTEGER NOT NULL DEFAULT 1,
    "hoursPerWeek" DECIMAL(5,2),
    "startDate" DATE,
    "endDate" DATE,
    "hours" DECIMAL(10,2),
    "days" DECIMAL(10,2),
    "count" DECIMAL(10,2),
    "amountExclVat" DECIMAL(14,2),
    "bonusCodes" TEXT[],
    "value" DECIMAL(14,2) NOT NULL,
    "valueLines" JSONB NOT NULL,

    CONSTRAINT "PlanLine_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Realisation" (
    "id" TEXT NOT NULL,
    "contractId" TEXT NOT NULL,
    "blockCode" TEXT,
    "maatwerkDescription" TEXT,
    "personRef" TEXT,
    "personName" TEXT,
    "targetGroup" TEXT,
    "homeMunicipalityCode" TEXT,
    "hoursPerWeek" DECIMAL(5,2),
    "startDate" DATE,
    "endDate" DATE,
    "hours" DECIMAL(10,2),
    "days" DECIMAL(10,2),
    "count" DECIMAL(10,2),
    "employees" INTEGER,
    "amountExclVat" DECIMAL(14,2),
    "bonusCodes" TEXT[],
    "supplierName" TEXT,
    "supplierKvk" TEXT,
    "invoiceNumber" TEXT,
    "invoiceDate" DATE,
    "description" TEXT,
    "value" DECIMAL(14,2) NOT NULL,
    "valueLines" JSONB NOT NULL,
    "status" "RealisationStatus" NOT NULL DEFAULT 'SUBMITTED',
    "reviewReason" TEXT,
    "reviewedAt" TIMESTAMP(3),
    "reviewedById" TEXT,
    "submittedById" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Realisation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EvidenceFile" (
    "id" TEXT NOT NULL,
    "contractId" TEXT NOT NULL,
    "realisationId" TEXT,
    "fileName" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "storageKey" TEXT NOT NULL,
    "uploadedById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EvidenceFile_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Assessment" (
    "id" TEXT NOT NULL,
    "contractId" TEXT NOT NULL,
    "outcome" "AssessmentOutcome" NOT NULL,
    "recoveryUntil" DATE,
    "sanctionAmount" DECIMAL(14,2),
    "reason" TEXT,
    "obligationAmount" DECIMAL(14,2) NOT NULL,
    "acceptedAmount" DECIMAL(14,2) NOT NULL,
    "decidedById" TEXT NOT NULL,
    "decidedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Assessment_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "PlanVersion_contractId_number_key" ON "PlanVersion"("contractId", "number");

-- CreateIndex
CREATE INDEX "Realisation_contractId_status_idx" ON "Realisation"("contractId", "status");

-- CreateIndex
CREATE INDEX "EvidenceFile_realisationId_idx" ON "EvidenceFile"("realisationId");

-- CreateIndex
CREATE UNIQUE INDEX "Assessment_contractId_key" ON "Assessment"("contractId");

-- AddForeignKey
ALTER TABLE "PlanVersion" ADD CONSTRAINT "PlanVersion_contractId_fkey" FOREIGN KEY ("contractId") REFERENCES "Contract"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanLine" ADD CONSTRAINT "PlanLine_planVersionId_fkey" FOREIGN KEY ("planVersionId") REFERENCES "PlanVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Realisation" ADD CONSTRAINT "Realisation_contractId_fkey" FOREIGN KEY ("contractId") REFERENCES "Contract"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvidenceFile" ADD CONSTRAINT "EvidenceFile_contractId_fkey" FOREIGN KEY ("contractId") REFERENCES "Contract"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvidenceFile" ADD CONSTRAINT "EvidenceFile_realisationId_fkey" FOREIGN KEY ("realisationId") REFERENCES "Realisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Assessment" ADD CONSTRAINT "Assessment_contractId_fkey" FOREIGN KEY ("contractId") REFERENCES "Contract"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

