-- AlterEnum
ALTER TYPE "ReminderKind" ADD VALUE 'REPORT_SOON';

