-- CreateTable
CREATE TABLE "StateRecord" (
    "iso" TEXT NOT NULL,
    "status" TEXT,
    "article5Deadline" TEXT,
    "extensionPending" BOOLEAN NOT NULL DEFAULT false,
    "article4UnderWay" BOOLEAN NOT NULL DEFAULT false,
    "significantSurvivors" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "StateRecord_pkey" PRIMARY KEY ("iso")
);
