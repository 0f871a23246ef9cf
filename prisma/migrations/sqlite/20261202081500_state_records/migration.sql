-- CreateTable
CREATE TABLE "StateRecord" (
    "iso" TEXT NOT NULL PRIMARY KEY,
    "status" TEXT,
    "article5Deadline" TEXT,
    "extensionPending" BOOLEAN NOT NULL DEFAULT false,
    "article4UnderWay" BOOLEAN NOT NULL DEFAULT false,
    "significantSurvivors" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" DATETIME NOT NULL
);
