-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Item" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "dayId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "start" TEXT NOT NULL,
    "end" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT,
    "segment" TEXT NOT NULL DEFAULT 'general',
    "committee" TEXT,
    "objectives" JSONB NOT NULL,
    "speakers" JSONB NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    CONSTRAINT "Item_dayId_fkey" FOREIGN KEY ("dayId") REFERENCES "Day" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Item" ("committee", "dayId", "description", "end", "id", "objectives", "position", "segment", "speakers", "start", "title") SELECT "committee", "dayId", "description", "end", "id", "objectives", "position", "segment", "speakers", "start", "title" FROM "Item";
DROP TABLE "Item";
ALTER TABLE "new_Item" RENAME TO "Item";
CREATE INDEX "Item_dayId_position_idx" ON "Item"("dayId", "position");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
