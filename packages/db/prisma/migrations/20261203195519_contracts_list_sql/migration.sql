-- DropIndex
DROP INDEX "Contract_contractorId_idx";

-- AlterTable
ALTER TABLE "Contract" ADD COLUMN     "contactMadeLate" BOOLEAN NOT NULL DEFAULT false;

-- CreateIndex
CREATE INDEX "Contract_municipalityId_awardDate_idx" ON "Contract"("municipalityId", "awardDate");

-- CreateIndex
CREATE INDEX "Contract_contractorId_awardDate_idx" ON "Contract"("contractorId", "awardDate");

-- CreateIndex
CREATE INDEX "PlanVersion_status_contractId_idx" ON "PlanVersion"("status", "contractId");

-- CreateIndex
CREATE INDEX "Realisation_status_contractId_idx" ON "Realisation"("status", "contractId");


-- Contact made late: its day in the Netherlands after the due date. The trigger keeps the column
-- right for every writer (the API, the seeds, bulk inserts); the Prisma schema cannot express a
-- trigger, so it lives here only. The day is computed as the domain's dutchDate does.
CREATE FUNCTION "contract_contact_made_late"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."contactMadeLate" := NEW."contactRequestedAt" IS NOT NULL
    AND ((NEW."contactRequestedAt" AT TIME ZONE 'UTC') AT TIME ZONE 'Europe/Amsterdam')::date
      > NEW."contactDueDate";
  RETURN NEW;
END
$$;

CREATE TRIGGER "Contract_contactMadeLate"
  BEFORE INSERT OR UPDATE OF "contactRequestedAt", "contactDueDate", "contactMadeLate" ON "Contract"
  FOR EACH ROW EXECUTE FUNCTION "contract_contact_made_late"();

UPDATE "Contract" SET "contactMadeLate" = true
 WHERE "contactRequestedAt" IS NOT NULL
   AND (("contactRequestedAt" AT TIME ZONE 'UTC') AT TIME ZONE 'Europe/Amsterdam')::date > "contactDueDate";
