-- AlterTable
ALTER TABLE "Day" ADD COLUMN     "chairAfternoon" TEXT,
ADD COLUMN     "chairMorning" TEXT,
ADD COLUMN     "room" TEXT;

-- AlterTable
ALTER TABLE "Item" ADD COLUMN     "actions" JSONB,
ADD COLUMN     "invited" JSONB,
ADD COLUMN     "subItems" JSONB,
ADD COLUMN     "translations" JSONB;

-- AlterTable
ALTER TABLE "Programme" ADD COLUMN     "translations" JSONB;
