-- AlterTable
ALTER TABLE "Day" ADD COLUMN "chairAfternoon" TEXT;
ALTER TABLE "Day" ADD COLUMN "chairMorning" TEXT;
ALTER TABLE "Day" ADD COLUMN "room" TEXT;

-- AlterTable
ALTER TABLE "Item" ADD COLUMN "actions" JSONB;
ALTER TABLE "Item" ADD COLUMN "invited" JSONB;
ALTER TABLE "Item" ADD COLUMN "subItems" JSONB;
ALTER TABLE "Item" ADD COLUMN "translations" JSONB;

-- AlterTable
ALTER TABLE "Programme" ADD COLUMN "translations" JSONB;
