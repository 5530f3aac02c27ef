-- Staff notice preferences and the daily digest record (docs/decisions/0011-staff-digest.md).
-- CreateEnum
CREATE TYPE "StaffNoticeKind" AS ENUM ('INTAKE_REQUESTED', 'PLAN_SUBMITTED', 'REALISATION_SUBMITTED');

-- CreateTable
CREATE TABLE "NoticePreference" (
    "userId" TEXT NOT NULL,
    "digest" BOOLEAN NOT NULL DEFAULT true,
    "mutedKinds" "StaffNoticeKind"[],
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "NoticePreference_pkey" PRIMARY KEY ("userId")
);

-- CreateTable
CREATE TABLE "StaffDigest" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "date" DATE NOT NULL,
    "sentAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StaffDigest_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "StaffDigest_userId_date_key" ON "StaffDigest"("userId", "date");

-- AddForeignKey
ALTER TABLE "NoticePreference" ADD CONSTRAINT "NoticePreference_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StaffDigest" ADD CONSTRAINT "StaffDigest_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

