import fs from 'node:fs'
import { createDb } from '@/lib/db'
import { createProgrammeFromDocument, type ProgrammeDocument } from '@/lib/meetings/documents'
import { moveToYear } from '@/lib/programme/move-year'
import { releaseAsEntered } from '@/lib/publication/release-writes'

// The database of the server under test (scripts/e2e-server.ts uses the same default).
export const E2E_DATABASE_URL = process.env.E2E_DATABASE_URL ?? 'file:./data/e2e.db'

/** Removes the programme of `year` (the specs leave no year behind for the others). */
export async function removeProgramme(year: number, url = E2E_DATABASE_URL) {
  const db = createDb(url)
  try {
    await db.programme.deleteMany({ where: { year } })
  } finally {
    await db.$disconnect()
  }
}

/**
 * Puts a programme for `year` in the database, made from a demo template, so that a spec has a
 * programme of its own whatever the other specs do to theirs; returns it with its days and items.
 */
export async function programmeForSpec(year: number, template: 'programme-2025.json' | 'programme-2026.json', status = 'draft', url = E2E_DATABASE_URL) {
  await removeProgramme(year, url)
  const db = createDb(url)
  try {
    const doc = moveToYear(JSON.parse(fs.readFileSync(`prisma/demo/${template}`, 'utf8')) as ProgrammeDocument, year)
    const { id } = await db.$transaction(async (tx) => {
      const created = await createProgrammeFromDocument(tx, doc, status)
      // A published programme is served from its release: one is made of it as it stands.
      if (status === 'published') {
        const president = await tx.user.findFirstOrThrow({ where: { role: 'president' }, select: { id: true } })
        await releaseAsEntered(tx, created.id, { publishedAt: new Date(), userId: president.id })
      }
      return created
    })
    return await db.programme.findUniqueOrThrow({ where: { id }, include: { days: { orderBy: { date: 'asc' }, include: { items: { orderBy: { position: 'asc' } } } } } })
  } finally {
    await db.$disconnect()
  }
}
