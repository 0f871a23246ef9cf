-- AlterTable
ALTER TABLE "ConsultationResponse" ADD COLUMN     "commentId" TEXT,
ADD COLUMN     "itemId" TEXT;

-- AlterTable
ALTER TABLE "ConsultationRound" ADD COLUMN     "outcomeStatement" TEXT,
ADD COLUMN     "revision" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "Notification" ADD COLUMN     "digest" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "digestedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Programme" ADD COLUMN     "formatConsultationNote" TEXT,
ADD COLUMN     "formatConsultedOn" TEXT;

-- AlterTable
ALTER TABLE "Revision" ADD COLUMN     "consultation" JSONB;

-- CreateTable
CREATE TABLE "EmailPreference" (
    "userId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "mode" TEXT NOT NULL,

    CONSTRAINT "EmailPreference_pkey" PRIMARY KEY ("userId","kind")
);

-- CreateIndex
CREATE INDEX "Notification_digest_digestedAt_idx" ON "Notification"("digest", "digestedAt");

-- AddForeignKey
ALTER TABLE "EmailPreference" ADD CONSTRAINT "EmailPreference_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

