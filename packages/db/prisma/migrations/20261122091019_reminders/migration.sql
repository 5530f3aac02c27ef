-- CreateEnum
CREATE TYPE "ReminderKind" AS ENUM ('CONTACT', 'REPORT');

-- CreateTable
CREATE TABLE "Reminder" (
    "id" TEXT NOT NULL,
    "contractId" TEXT NOT NULL,
    "kind" "ReminderKind" NOT NULL,
    "dueDate" DATE NOT NULL,
    "sentAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Reminder_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Reminder_contractId_kind_dueDate_key" ON "Reminder"("contractId", "kind", "dueDate");

