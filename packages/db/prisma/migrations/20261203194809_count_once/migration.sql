-- AlterTable
ALTER TABLE "Realisation" ADD COLUMN     "invoiceKey" TEXT,
ADD COLUMN     "personBirthDate" DATE,
ADD COLUMN     "personMatchHash" TEXT;

-- CreateIndex
CREATE INDEX "Realisation_personMatchHash_idx" ON "Realisation"("personMatchHash");

-- CreateIndex
CREATE INDEX "Realisation_invoiceKey_idx" ON "Realisation"("invoiceKey");

-- CreateIndex
CREATE INDEX "Realisation_personRef_idx" ON "Realisation"("personRef");

