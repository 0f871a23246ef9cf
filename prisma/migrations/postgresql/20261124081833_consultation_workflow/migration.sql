-- AlterTable
ALTER TABLE "ConsultationResponse" ADD COLUMN     "changedAt" TIMESTAMP(3),
ADD COLUMN     "threadId" TEXT;

-- AlterTable
ALTER TABLE "ConsultationRound" ADD COLUMN     "closedById" TEXT;

-- AlterTable
ALTER TABLE "OutboxMessage" ADD COLUMN     "attempts" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "claimedAt" TIMESTAMP(3),
ADD COLUMN     "lastError" TEXT,
ADD COLUMN     "sentAt" TIMESTAMP(3),
ADD COLUMN     "userId" TEXT;

-- AlterTable
ALTER TABLE "Revision" ADD COLUMN     "publishedAt" TIMESTAMP(3);

-- CreateIndex
CREATE INDEX "CommentThread_itemId_idx" ON "CommentThread"("itemId");

-- CreateIndex
CREATE INDEX "ConsultationRound_status_deadline_idx" ON "ConsultationRound"("status", "deadline");

-- CreateIndex
CREATE INDEX "ConsultationRound_programmeId_createdAt_idx" ON "ConsultationRound"("programmeId", "createdAt");

-- CreateIndex
CREATE INDEX "OutboxMessage_sentAt_createdAt_idx" ON "OutboxMessage"("sentAt", "createdAt");
