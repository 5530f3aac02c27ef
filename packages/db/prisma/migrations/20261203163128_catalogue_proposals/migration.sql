-- AlterTable
ALTER TABLE "CatalogueVersion" ADD COLUMN     "proposedAt" TIMESTAMP(3),
ADD COLUMN     "proposedById" TEXT,
ADD COLUMN     "sentBackAt" TIMESTAMP(3),
ADD COLUMN     "sentBackById" TEXT,
ADD COLUMN     "sentBackReason" TEXT;

-- AlterTable
ALTER TABLE "AuditEvent" ADD COLUMN     "regionId" TEXT;

-- CreateIndex
CREATE INDEX "AuditEvent_regionId_at_idx" ON "AuditEvent"("regionId", "at");

-- AddForeignKey
ALTER TABLE "CatalogueVersion" ADD CONSTRAINT "CatalogueVersion_proposedById_fkey" FOREIGN KEY ("proposedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CatalogueVersion" ADD CONSTRAINT "CatalogueVersion_sentBackById_fkey" FOREIGN KEY ("sentBackById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- The catalogue events recorded before this migration get their version's region, so the staff of
-- its gemeenten read the earlier trail too (a deleted draft's events stay the platform admin's).
UPDATE "AuditEvent" AS e SET "regionId" = v."regionId"
  FROM "CatalogueVersion" AS v
 WHERE e."entityType" = 'CatalogueVersion' AND e."entityId" = v."id";
