-- CreateTable
CREATE TABLE "MunicipalityPage" (
    "id" TEXT NOT NULL,
    "municipalityId" TEXT NOT NULL,
    "draftIntroduction" TEXT,
    "draftLocalAccents" TEXT,
    "draftChangedAt" TIMESTAMP(3),
    "introduction" TEXT,
    "localAccents" TEXT,
    "publishedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "MunicipalityPage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MunicipalityDocument" (
    "id" TEXT NOT NULL,
    "municipalityId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "documentDate" DATE NOT NULL,
    "fileName" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "storageKey" TEXT NOT NULL,
    "uploadedById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MunicipalityDocument_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "MunicipalityPage_municipalityId_key" ON "MunicipalityPage"("municipalityId");

-- CreateIndex
CREATE INDEX "MunicipalityDocument_municipalityId_idx" ON "MunicipalityDocument"("municipalityId");

-- AddForeignKey
ALTER TABLE "MunicipalityPage" ADD CONSTRAINT "MunicipalityPage_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MunicipalityDocument" ADD CONSTRAINT "MunicipalityDocument_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

