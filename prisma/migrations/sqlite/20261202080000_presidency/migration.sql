-- CreateTable
CREATE TABLE "Presidency" (
    "year" INTEGER NOT NULL PRIMARY KEY,
    "president" TEXT NOT NULL,
    "state" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" DATETIME NOT NULL
);
