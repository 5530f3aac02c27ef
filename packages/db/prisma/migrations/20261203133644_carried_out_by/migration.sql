-- Each gemeente names the organisation that carries out its social return (a WSP or its own
-- team); that link replaces the WSP's region as the one answer to "which gemeenten does it serve".

-- AlterTable
ALTER TABLE "Municipality" ADD COLUMN     "carriedOutById" TEXT;

ALTER TABLE "Organisation" ADD COLUMN     "email" TEXT,
ADD COLUMN     "phone" TEXT;

-- Keep what a WSP served before: every gemeente of its region; else the gemeente's own team.
UPDATE "Municipality" AS m SET "carriedOutById" = (
  SELECT o."id" FROM "Organisation" AS o
  WHERE o."kind" = 'SERVICE_POINT' AND o."regionId" = m."regionId"
  ORDER BY o."createdAt", o."id" LIMIT 1
);
UPDATE "Municipality" AS m SET "carriedOutById" = o."id"
FROM "Organisation" AS o
WHERE m."carriedOutById" IS NULL AND o."kind" = 'MUNICIPALITY' AND o."municipalityId" = m."id";

-- DropForeignKey
ALTER TABLE "Organisation" DROP CONSTRAINT "Organisation_regionId_fkey";

-- AlterTable
ALTER TABLE "Organisation" DROP COLUMN "regionId";

-- CreateIndex
CREATE INDEX "Municipality_carriedOutById_idx" ON "Municipality"("carriedOutById");

-- AddForeignKey
ALTER TABLE "Municipality" ADD CONSTRAINT "Municipality_carriedOutById_fkey" FOREIGN KEY ("carriedOutById") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;
