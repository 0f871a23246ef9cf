// Demo data: five accounts (one per role, two members of the Committee), the programmes of the three
// years before this one (published, shaped like the Convention's 2023, 2024 and 2025 programmes) and
// this year's draft, the Presidents of those years, and a few States' obligations so that the editor
// suggests whom to invite (demonstration values, not the ISU's records).
// Refuses to run against a production environment unless forced (--force).
import './load-env'
import fs from 'node:fs'
import path from 'node:path'
import { createDb } from '@/lib/db'
import { env } from '@/lib/env'
import { createProgrammeFromDocument, type ProgrammeDocument } from '@/lib/meetings/documents'
import { carryPresidency, ProgrammeSchema } from '@/lib/programme'
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

/** The demo's programmes: the template of each year in prisma/demo/seed, and its status. */
const DEMO_YEARS = [
  { template: 2023, status: 'published' },
  { template: 2024, status: 'published' },
  { template: 2025, status: 'published' },
  { template: 2026, status: 'draft' },
] as const

/** The President of each template year as the demo shows it (the State of the Presidency; names are the ISU's to enter). */
const DEMO_PRESIDENTS: Record<number, { president: string; state: string | null }> = {
  2023: { president: 'President of the 21MSP (Germany)', state: 'DEU' },
  2024: { president: 'President of the Fifth Review Conference (Cambodia)', state: 'KHM' },
  2025: { president: 'President of the 22MSP (Japan)', state: 'JPN' },
  2026: { president: 'Ambassador Ana Ferreira', state: null },
}

/** Demonstration values of States' obligations (not the ISU's records): enough for the editor to suggest invitations. */
const DEMO_STATE_RECORDS = [
  { iso: 'BIH', article5Deadline: '2027-03-01' },
  { iso: 'HRV', article5Deadline: '2026-03-01' },
  { iso: 'KHM', article5Deadline: '2025-12-31', extensionPending: true },
  { iso: 'COL', article5Deadline: '2025-12-31', extensionPending: true },
  { iso: 'UKR', article4UnderWay: true, significantSurvivors: true },
  { iso: 'AFG', significantSurvivors: true },
]

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
    // The templates are 2023 to 2026; the demo keeps their shape relative to this year (the last one is this year's draft).
    const shift = thisYear - 2026
    await db.$transaction(async (tx) => {
      for (const { template, status } of DEMO_YEARS) {
        const year = template + shift
        const doc = carryPresidency(moveToYear(ProgrammeSchema.parse(load(`seed/programme-${template}.json`)), year), template)
        const row = await createProgrammeFromDocument(tx, doc, status)
        // Issued as the real programmes are, about five weeks before the meetings, at noon in Geneva.
        if (status === 'published') await releaseAsEntered(tx, row.id, { publishedAt: issuedBefore(doc.days[0]!.date), userId: users[0]!.id })
        await tx.presidency.create({ data: { year, ...DEMO_PRESIDENTS[template]! } })
      }
      for (const record of DEMO_STATE_RECORDS) await tx.stateRecord.create({ data: record })
    }, { timeout: 120_000 })
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
