-- AlterTable
ALTER TABLE "ConsultationResponse" ADD COLUMN "changedAt" DATETIME;
ALTER TABLE "ConsultationResponse" ADD COLUMN "threadId" TEXT;

-- AlterTable
ALTER TABLE "ConsultationRound" ADD COLUMN "closedById" TEXT;

-- AlterTable
ALTER TABLE "Revision" ADD COLUMN "publishedAt" DATETIME;

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_OutboxMessage" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "to" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "userId" TEXT,
    "sentAt" DATETIME,
    "claimedAt" DATETIME,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastError" TEXT
);
INSERT INTO "new_OutboxMessage" ("body", "createdAt", "id", "subject", "to") SELECT "body", "createdAt", "id", "subject", "to" FROM "OutboxMessage";
DROP TABLE "OutboxMessage";
ALTER TABLE "new_OutboxMessage" RENAME TO "OutboxMessage";
CREATE INDEX "OutboxMessage_sentAt_createdAt_idx" ON "OutboxMessage"("sentAt", "createdAt");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "CommentThread_itemId_idx" ON "CommentThread"("itemId");

-- CreateIndex
CREATE INDEX "ConsultationRound_status_deadline_idx" ON "ConsultationRound"("status", "deadline");

-- CreateIndex
CREATE INDEX "ConsultationRound_programmeId_createdAt_idx" ON "ConsultationRound"("programmeId", "createdAt");
