-- AlterTable
ALTER TABLE "OutboxMessage" ADD COLUMN "language" TEXT;
