-- CreateEnum
CREATE TYPE "CatalogueStatus" AS ENUM ('DRAFT', 'PUBLISHED', 'RETIRED');

-- CreateEnum
CREATE TYPE "BlockCategory" AS ENUM ('EMPLOYMENT', 'LEARNING', 'WORK_EXPERIENCE', 'SOCIAL_PURCHASE', 'COMMUNITY_ACTIVITY', 'COST');

-- CreateEnum
CREATE TYPE "ValuationKind" AS ENUM ('PER_FTE_YEAR', 'PER_MONTH', 'PER_HOUR', 'PER_DAY', 'PER_ACTIVITY', 'INVOICE_SHARE', 'ACTUAL_COST');

-- CreateTable
CREATE TABLE "Region" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Region_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CatalogueVersion" (
    "id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "regionId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "validFrom" DATE,
    "status" "CatalogueStatus" NOT NULL DEFAULT 'DRAFT',
    "source" TEXT,
    "retrieved" DATE,
    "complete" BOOLEAN NOT NULL DEFAULT true,
    "countingNote" TEXT,
    "basisHours" DECIMAL(5,2) NOT NULL DEFAULT 36,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CatalogueVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Block" (
    "id" TEXT NOT NULL,
    "catalogueVersionId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "category" "BlockCategory" NOT NULL,
    "kind" "ValuationKind" NOT NULL,
    "amount" DECIMAL(14,2),
    "share" DECIMAL(5,4),
    "maxMonths" INTEGER,
    "minHoursPerWeek" DECIMAL(5,2),
    "note" TEXT,

    CONSTRAINT "Block_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Bonus" (
    "id" TEXT NOT NULL,
    "catalogueVersionId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "amount" DECIMAL(14,2) NOT NULL,
    "appliesTo" TEXT[],
    "oneOff" BOOLEAN NOT NULL DEFAULT false,
    "note" TEXT,

    CONSTRAINT "Bonus_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Region_code_key" ON "Region"("code");

-- CreateIndex
CREATE UNIQUE INDEX "CatalogueVersion_key_key" ON "CatalogueVersion"("key");

-- CreateIndex
CREATE INDEX "CatalogueVersion_regionId_status_validFrom_idx" ON "CatalogueVersion"("regionId", "status", "validFrom");

-- CreateIndex
CREATE INDEX "Block_catalogueVersionId_position_idx" ON "Block"("catalogueVersionId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "Block_catalogueVersionId_code_key" ON "Block"("catalogueVersionId", "code");

-- CreateIndex
CREATE UNIQUE INDEX "Bonus_catalogueVersionId_code_key" ON "Bonus"("catalogueVersionId", "code");

-- AddForeignKey
ALTER TABLE "CatalogueVersion" ADD CONSTRAINT "CatalogueVersion_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Block" ADD CONSTRAINT "Block_catalogueVersionId_fkey" FOREIGN KEY ("catalogueVersionId") REFERENCES "CatalogueVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Bonus" ADD CONSTRAINT "Bonus_catalogueVersionId_fkey" FOREIGN KEY ("catalogueVersionId") REFERENCES "CatalogueVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;
