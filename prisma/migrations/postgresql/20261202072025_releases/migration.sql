-- AlterTable
ALTER TABLE "Programme" ADD COLUMN     "symbol" TEXT;

-- CreateTable
CREATE TABLE "Release" (
    "id" TEXT NOT NULL,
    "programmeId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "symbol" TEXT NOT NULL DEFAULT '',
    "issuedOn" TEXT NOT NULL,
    "snapshot" JSONB NOT NULL,
    "publishedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "publishedById" TEXT,

    CONSTRAINT "Release_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Release_programmeId_number_key" ON "Release"("programmeId", "number");

-- AddForeignKey
ALTER TABLE "Release" ADD CONSTRAINT "Release_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The revisions published before releases existed become the first releases (day of issue in Geneva).
INSERT INTO "Release" ("id", "programmeId", "number", "symbol", "issuedOn", "snapshot", "publishedAt", "publishedById")
SELECT "id", "programmeId", "number", '', to_char(("publishedAt" AT TIME ZONE 'UTC') AT TIME ZONE 'Europe/Zurich', 'YYYY-MM-DD'), "snapshot", "publishedAt", "createdById"
FROM "Revision" WHERE "publishedAt" IS NOT NULL;
