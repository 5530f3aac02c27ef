-- CreateEnum
CREATE TYPE "PsoLevel" AS ENUM ('ASPIRANT', 'BASISTREDE', 'TREDE_1', 'TREDE_2', 'TREDE_3', 'THIRTY_PLUS');

-- CreateTable
CREATE TABLE "PsoCertificate" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "level" "PsoLevel" NOT NULL,
    "certificateNumber" TEXT NOT NULL,
    "validFrom" DATE NOT NULL,
    "validUntil" DATE NOT NULL,
    "recordedById" TEXT NOT NULL,
    "checkedAt" TIMESTAMP(3),
    "checkedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PsoCertificate_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "PsoCertificate_organisationId_certificateNumber_key" ON "PsoCertificate"("organisationId", "certificateNumber");

-- AddForeignKey
ALTER TABLE "PsoCertificate" ADD CONSTRAINT "PsoCertificate_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

