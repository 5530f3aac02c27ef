-- CreateTable
CREATE TABLE "Candidate" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "regionId" TEXT NOT NULL,
    "reference" TEXT NOT NULL,
    "name" TEXT,
    "email" TEXT,
    "phone" TEXT,
    "summary" TEXT,
    "ageBand" TEXT,
    "ageBandReferenceDate" DATE,
    "homeMunicipalityCode" TEXT,
    "hoursPerWeek" DECIMAL(5,2),
    "availableFrom" DATE,
    "skills" TEXT[],
    "wishes" TEXT[],
    "restrictions" TEXT[],
    "lastContactOn" DATE,
    "lastPlacementOn" DATE,
    "anonymisedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Candidate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CandidateTargetGroup" (
    "id" TEXT NOT NULL,
    "candidateId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "verifiedOn" DATE,
    "verificationSource" TEXT,

    CONSTRAINT "CandidateTargetGroup_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CandidateConsent" (
    "id" TEXT NOT NULL,
    "candidateId" TEXT NOT NULL,
    "contractorId" TEXT,
    "contractId" TEXT,
    "fields" TEXT[],
    "givenOn" DATE NOT NULL,
    "validUntil" DATE,
    "withdrawnAt" TIMESTAMP(3),
    "recordedById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CandidateConsent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CandidateRetention" (
    "regionId" TEXT NOT NULL,
    "months" INTEGER NOT NULL,
    "updatedById" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CandidateRetention_pkey" PRIMARY KEY ("regionId")
);

-- CreateIndex
CREATE INDEX "Candidate_organisationId_anonymisedAt_idx" ON "Candidate"("organisationId", "anonymisedAt");

-- CreateIndex
CREATE INDEX "Candidate_regionId_anonymisedAt_idx" ON "Candidate"("regionId", "anonymisedAt");

-- CreateIndex
CREATE UNIQUE INDEX "Candidate_organisationId_reference_key" ON "Candidate"("organisationId", "reference");

-- CreateIndex
CREATE INDEX "CandidateTargetGroup_code_idx" ON "CandidateTargetGroup"("code");

-- CreateIndex
CREATE UNIQUE INDEX "CandidateTargetGroup_candidateId_code_key" ON "CandidateTargetGroup"("candidateId", "code");

-- CreateIndex
CREATE INDEX "CandidateConsent_candidateId_idx" ON "CandidateConsent"("candidateId");

-- CreateIndex
CREATE INDEX "CandidateConsent_contractorId_idx" ON "CandidateConsent"("contractorId");

-- CreateIndex
CREATE INDEX "CandidateConsent_contractId_idx" ON "CandidateConsent"("contractId");

-- AddForeignKey
ALTER TABLE "Candidate" ADD CONSTRAINT "Candidate_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Candidate" ADD CONSTRAINT "Candidate_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CandidateTargetGroup" ADD CONSTRAINT "CandidateTargetGroup_candidateId_fkey" FOREIGN KEY ("candidateId") REFERENCES "Candidate"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CandidateConsent" ADD CONSTRAINT "CandidateConsent_candidateId_fkey" FOREIGN KEY ("candidateId") REFERENCES "Candidate"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CandidateConsent" ADD CONSTRAINT "CandidateConsent_contractorId_fkey" FOREIGN KEY ("contractorId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CandidateConsent" ADD CONSTRAINT "CandidateConsent_contractId_fkey" FOREIGN KEY ("contractId") REFERENCES "Contract"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CandidateRetention" ADD CONSTRAINT "CandidateRetention_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

