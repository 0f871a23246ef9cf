import fs from 'node:fs'
import { createDb } from '@/lib/db'
import { createProgrammeFromDocument, type ProgrammeDocument } from '@/lib/meetings/documents'
import { moveToYear } from '@/lib/programme/move-year'

// The database of the server under test (scripts/e2e-server.ts uses the same default).
export const E2E_DATABASE_URL = process.env.E2E_DATABASE_URL ?? 'file:./data/e2e.db'

/**
 * Puts a programme for `year` in the server's database, made from a demo template, so that a spec
 * has a programme of its own whatever the other specs do to theirs.
 */
export async function removeProgramme(year: number) {
  const db = createDb(E2E_DATABASE_URL)
  try {
    await db.programme.deleteMany({ where: { year } })
  } finally {
    await db.$disconnect()
  }
}

export async function programmeForSpec(year: number, template: 'programme-2025.json' | 'programme-2026.json', status = 'draft') {
  await removeProgramme(year)
  const db = createDb(E2E_DATABASE_URL)
  try {
    const doc = moveToYear(JSON.parse(fs.readFileSync(`prisma/demo/${template}`, 'utf8')) as ProgrammeDocument, year)
    await db.$transaction((tx) => createProgrammeFromDocument(tx, doc, status))
  } finally {
    await db.$disconnect()
  }
}
