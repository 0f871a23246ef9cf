-- AlterTable
ALTER TABLE "ConsultationResponse" ADD COLUMN "commentId" TEXT;
ALTER TABLE "ConsultationResponse" ADD COLUMN "itemId" TEXT;

-- AlterTable
ALTER TABLE "Programme" ADD COLUMN "formatConsultationNote" TEXT;
ALTER TABLE "Programme" ADD COLUMN "formatConsultedOn" TEXT;

-- AlterTable
ALTER TABLE "Revision" ADD COLUMN "consultation" JSONB;

-- CreateTable
CREATE TABLE "EmailPreference" (
    "userId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "mode" TEXT NOT NULL,

    PRIMARY KEY ("userId", "kind"),
    CONSTRAINT "EmailPreference_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_ConsultationRound" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "programmeId" TEXT NOT NULL,
    "openedById" TEXT NOT NULL,
    "message" TEXT NOT NULL,
    "deadline" DATETIME NOT NULL,
    "silenceProcedure" BOOLEAN NOT NULL DEFAULT true,
    "status" TEXT NOT NULL DEFAULT 'open',
    "outcome" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "closedAt" DATETIME,
    "closedById" TEXT,
    "reminderSentAt" DATETIME,
    "revision" INTEGER NOT NULL DEFAULT 0,
    "outcomeStatement" TEXT,
    CONSTRAINT "ConsultationRound_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_ConsultationRound" ("closedAt", "closedById", "createdAt", "deadline", "id", "message", "openedById", "outcome", "programmeId", "reminderSentAt", "silenceProcedure", "status") SELECT "closedAt", "closedById", "createdAt", "deadline", "id", "message", "openedById", "outcome", "programmeId", "reminderSentAt", "silenceProcedure", "status" FROM "ConsultationRound";
DROP TABLE "ConsultationRound";
ALTER TABLE "new_ConsultationRound" RENAME TO "ConsultationRound";
CREATE INDEX "ConsultationRound_status_deadline_idx" ON "ConsultationRound"("status", "deadline");
CREATE INDEX "ConsultationRound_programmeId_createdAt_idx" ON "ConsultationRound"("programmeId", "createdAt");
CREATE TABLE "new_Notification" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL DEFAULT '',
    "link" TEXT,
    "readAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "digest" BOOLEAN NOT NULL DEFAULT false,
    "digestedAt" DATETIME,
    CONSTRAINT "Notification_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Notification" ("body", "createdAt", "id", "kind", "link", "readAt", "title", "userId") SELECT "body", "createdAt", "id", "kind", "link", "readAt", "title", "userId" FROM "Notification";
DROP TABLE "Notification";
ALTER TABLE "new_Notification" RENAME TO "Notification";
CREATE INDEX "Notification_userId_readAt_idx" ON "Notification"("userId", "readAt");
CREATE INDEX "Notification_digest_digestedAt_idx" ON "Notification"("digest", "digestedAt");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

