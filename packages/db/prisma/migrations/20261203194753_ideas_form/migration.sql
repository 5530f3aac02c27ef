-- CreateEnum
CREATE TYPE "IdeaKind" AS ENUM ('QUESTION', 'IDEA');

-- CreateTable
CREATE TABLE "IdeaMessage" (
    "id" TEXT NOT NULL,
    "municipalityId" TEXT NOT NULL,
    "kind" "IdeaKind" NOT NULL,
    "senderName" TEXT,
    "senderEmail" TEXT,
    "senderOrganisation" TEXT,
    "message" TEXT NOT NULL,
    "receivedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "handledAt" TIMESTAMP(3),
    "handledById" TEXT,
    "erasedAt" TIMESTAMP(3),

    CONSTRAINT "IdeaMessage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ServerSecret" (
    "name" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ServerSecret_pkey" PRIMARY KEY ("name")
);

-- CreateIndex
CREATE INDEX "IdeaMessage_municipalityId_handledAt_idx" ON "IdeaMessage"("municipalityId", "handledAt");

-- CreateIndex
CREATE INDEX "IdeaMessage_erasedAt_handledAt_idx" ON "IdeaMessage"("erasedAt", "handledAt");

-- AddForeignKey
ALTER TABLE "IdeaMessage" ADD CONSTRAINT "IdeaMessage_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

