// Demo data: five accounts (one per role, two members of the Committee) and the programmes of last year and this year.
// Refuses to run against a production environment unless forced (--force).
import './load-env'
import fs from 'node:fs'
import path from 'node:path'
import { createDb } from '@/lib/db'
import { env } from '@/lib/env'
import { createProgrammeFromDocument, type ProgrammeDocument } from '@/lib/meetings/documents'
import { moveToYear } from '@/lib/programme/move-year'
import { releaseAsEntered } from '@/lib/publication/release-writes'
import { createUser } from '@/lib/users'

export const DEMO_PASSWORD = 'demo-password'
export const DEMO_USERS = [
  { email: 'president@demo.test', name: 'Ambassador Ana Ferreira', role: 'president', admin: true },
  { email: 'isu@demo.test', name: 'Isabelle Suter (ISU)', role: 'isu', admin: false },
  { email: 'committee@demo.test', name: 'Kwame Mensah', role: 'committee', admin: false },
  // A second member, so that a consultation has more than one answer to wait for.
  { email: 'committee2@demo.test', name: 'Sofía Ramírez', role: 'committee', admin: false },
  { email: 'observer@demo.test', name: 'Olga Petrova', role: 'observer', admin: false },
] as const

const load = (file: string) => JSON.parse(fs.readFileSync(path.join(import.meta.dirname, '../prisma/demo', file), 'utf8')) as ProgrammeDocument

/** Noon in Geneva (10:00 UTC in summer), 36 days before the first meeting day. */
export function issuedBefore(firstDay: string): Date {
  const at = new Date(`${firstDay}T10:00:00Z`)
  at.setUTCDate(at.getUTCDate() - 36)
  return at
}

export async function seedDemo(url: string, thisYear = new Date().getFullYear()) {
  const db = createDb(url)
  try {
    if (await db.user.count()) return { created: false }
    const users: { id: string }[] = []
    for (const u of DEMO_USERS) users.push(await createUser(db, { ...u, password: DEMO_PASSWORD }))
    // The templates are 2025 (published, thematic day) and 2026 (a draft with findings left to fix).
    const last = moveToYear(load('programme-2025.json'), thisYear - 1)
    const current = moveToYear(load('programme-2026.json'), thisYear)
    await db.$transaction(async (tx) => {
      const published = await createProgrammeFromDocument(tx, last, 'published')
      // Issued as the real programmes are, about five weeks before the meetings, at noon in Geneva.
      await releaseAsEntered(tx, published.id, { publishedAt: issuedBefore(last.days[0]!.date), userId: users[0]!.id })
      await createProgrammeFromDocument(tx, current, 'draft')
    })
    return { created: true }
  } finally {
    await db.$disconnect()
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const force = process.argv.includes('--force')
  if (process.env.NODE_ENV === 'production' && !force) {
    console.error('Refusing to seed demo accounts into a production environment (NODE_ENV=production). Add --force if you mean it.')
    process.exit(1)
  }
  seedDemo(env().DATABASE_URL).then(
    (r) => console.log(r.created ? 'Demo data created.' : 'The database already has users: demo data left as it is.'),
    (e) => {
      console.error(e instanceof Error ? e.message : e)
      process.exit(1)
    },
  )
}
