-- AlterTable
ALTER TABLE "Programme" ADD COLUMN "arabicDigits" TEXT NOT NULL DEFAULT 'western';
