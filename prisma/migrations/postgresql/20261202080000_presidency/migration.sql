-- CreateTable
CREATE TABLE "Presidency" (
    "year" INTEGER NOT NULL,
    "president" TEXT NOT NULL,
    "state" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Presidency_pkey" PRIMARY KEY ("year")
);
