import fs from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { SessionUser } from '@/lib/auth/user'
import { createProgrammeFromDocument, type ProgrammeDocument } from '@/lib/meetings/documents'
import { saveItem } from '@/lib/meetings/editing'
import { markPresent, pulseOf } from '@/lib/presence/presence'
import { readHead } from '@/lib/programme-store'
import { createUser } from '@/lib/users'
import { migratedDatabase, PROVIDERS, type TestDatabase } from '../support/databases'

const template = JSON.parse(fs.readFileSync('prisma/demo/programme-2026.json', 'utf8')) as ProgrammeDocument

describe.each(PROVIDERS)('who has a programme open, on $provider', ({ provider, skip }) => {
  let t: TestDatabase
  const u = {} as Record<'isu' | 'president' | 'observer', SessionUser>
  let programmeId = ''
  const head = async () => (await readHead(t.db, programmeId))!

  beforeAll(async () => {
    if (skip) return
    t = await migratedDatabase(provider)
    u.isu = await createUser(t.db, { email: 'isu@example.org', name: 'Isabelle Suter (ISU)', role: 'isu', password: 'long enough password' })
    u.president = await createUser(t.db, { email: 'president@example.org', name: 'Ana Ferreira', role: 'president', password: 'long enough password' })
    u.observer = await createUser(t.db, { email: 'observer@example.org', name: 'Olga Petrova', role: 'observer', password: 'long enough password' })
    programmeId = (await t.db.$transaction((tx) => createProgrammeFromDocument(tx, template))).id
  })
  afterAll(async () => t?.drop())

  it.skipIf(skip)('shows the others who beat within the minute, not oneself, and forgets them after it', async () => {
    const now = new Date('2026-03-02T10:00:00Z')
    await markPresent(t.db, u.isu, { programmeId }, now)
    const seen = await markPresent(t.db, u.president, { programmeId }, new Date(now.getTime() + 30_000))
    expect(seen.people).toEqual([{ id: u.isu.id, name: 'Isabelle Suter (ISU)', initials: 'IS' }])
    expect((await pulseOf(t.db, await head(), u.isu.id, new Date(now.getTime() + 30_000))).people.map((p) => p.name)).toEqual(['Ana Ferreira'])
    // A minute and more after the ISU's last beat: gone.
    expect((await pulseOf(t.db, await head(), u.president.id, new Date(now.getTime() + 61_000))).people).toEqual([])
  })

  it.skipIf(skip)('leaving counts at once; an observer may not say they edit a draft', async () => {
    const now = new Date()
    await markPresent(t.db, u.isu, { programmeId }, now)
    expect((await pulseOf(t.db, await head(), u.president.id, now)).people).toHaveLength(1)
    await markPresent(t.db, u.isu, { programmeId, leaving: true }, now)
    expect((await pulseOf(t.db, await head(), u.president.id, now)).people).toHaveLength(0)
    await expect(markPresent(t.db, u.observer, { programmeId }, now)).rejects.toMatchObject({ kind: 'forbidden' })
  })

  it.skipIf(skip)('the stamp changes with a save, so that the open pages refresh', async () => {
    const before = (await pulseOf(t.db, await head(), u.isu.id)).stamp
    const day = (await t.db.day.findFirst({ where: { programmeId }, orderBy: { date: 'asc' } }))!
    await saveItem(t.db, u.isu, { programmeId, dayId: day.id, fields: { start: '09:00', end: '09:30', title: 'Early briefing', description: '', segment: 'general', committee: '', objectives: [], speakers: '' } })
    expect((await pulseOf(t.db, await head(), u.isu.id)).stamp).not.toBe(before)
  })
})
