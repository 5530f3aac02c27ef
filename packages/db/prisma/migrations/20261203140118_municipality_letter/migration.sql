-- AlterTable
ALTER TABLE "Municipality" ADD COLUMN     "letterAddress" TEXT,
ADD COLUMN     "letterLegalBasis" TEXT,
ADD COLUMN     "letterObjectionClause" TEXT,
ADD COLUMN     "letterPaymentTerm" TEXT;

