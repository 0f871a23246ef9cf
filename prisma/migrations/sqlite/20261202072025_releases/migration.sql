-- AlterTable
ALTER TABLE "Programme" ADD COLUMN "symbol" TEXT;

-- CreateTable
CREATE TABLE "Release" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "programmeId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "symbol" TEXT NOT NULL DEFAULT '',
    "issuedOn" TEXT NOT NULL,
    "snapshot" JSONB NOT NULL,
    "publishedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "publishedById" TEXT,
    CONSTRAINT "Release_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "Release_programmeId_number_key" ON "Release"("programmeId", "number");


-- The revisions published before releases existed become the first releases (their day of issue in
-- UTC; Prisma writes DateTime on SQLite as an ISO string or milliseconds, depending on the driver).
INSERT INTO "Release" ("id", "programmeId", "number", "symbol", "issuedOn", "snapshot", "publishedAt", "publishedById")
SELECT "id", "programmeId", "number", '',
       CASE WHEN typeof("publishedAt") = 'integer' THEN date("publishedAt" / 1000, 'unixepoch') ELSE substr("publishedAt", 1, 10) END,
       "snapshot", "publishedAt", "createdById"
FROM "Revision" WHERE "publishedAt" IS NOT NULL;
