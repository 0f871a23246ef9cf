// Hardening review, item 8: a save, move or delete without the version it started from used to overwrite
// another person's save. Each must now be refused before anything is written, on both databases.
import fs from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { InvalidInput } from '@/lib/actions'
import { createProgrammeFromDocument, type ProgrammeDocument } from '@/lib/meetings/documents'
import { deleteItem, moveItem, saveItem, saveSettings } from '@/lib/meetings/editing'
import { findProgrammeByYear } from '@/lib/programme-store'
import type { SessionUser } from '@/lib/auth/user'
import { createUser } from '@/lib/users'
import { migratedDatabase, PROVIDERS, type TestDatabase } from '../support/databases'

const template = JSON.parse(fs.readFileSync('prisma/demo/programme-2026.json', 'utf8')) as ProgrammeDocument

describe.each(PROVIDERS)('changes without a version on $provider', ({ provider, skip }) => {
  let t: TestDatabase
  let isu: SessionUser
  let programmeId = ''
  const load = async () => (await findProgrammeByYear(t.db, 2026))!

  beforeAll(async () => {
    if (skip) return
    t = await migratedDatabase(provider)
    isu = await createUser(t.db, { email: 'isu@example.org', name: 'ISU', role: 'isu', password: 'long enough password' })
    programmeId = (await t.db.$transaction((tx) => createProgrammeFromDocument(tx, template))).id
  })
  afterAll(async () => t?.drop())

  it.skipIf(skip)('refuses a save, a move, a delete and a settings change that name no version, and changes nothing', async () => {
    const before = await load()
    const day = before.days[1]!
    const item = day.items[0]!
    const attempts: [string, () => Promise<unknown>][] = [
      ['save', () => saveItem(t.db, isu, { programmeId, dayId: day.id, itemId: item.id, fields: { start: item.start, end: item.end, title: 'Overwritten', description: '', segment: 'general', committee: '', objectives: [], speakers: '' } })],
      ['move', () => moveItem(t.db, isu, { itemId: item.id, direction: 'down' } as never)],
      ['delete', () => deleteItem(t.db, isu, { itemId: item.id } as never)],
      ['settings', () => saveSettings(t.db, isu, { programmeId, fields: { title: 'Overwritten', venue: before.venue, days: before.days.map((d) => ({ id: d.id, date: d.date, thematic: d.thematic })) } } as never)],
    ]
    for (const [what, attempt] of attempts) {
      const error = await attempt().then(() => null, (e: unknown) => e)
      expect(error, what).toBeInstanceOf(InvalidInput)
      // A move is one of two shapes, so its refusal names no single field.
      if (what !== 'move') expect(Object.keys((error as InvalidInput).fields), what).toContain('version')
    }
    const after = await load()
    expect(after.title).toBe(before.title)
    expect(after.version).toBe(before.version)
    expect(after.days[1]!.items.map((i) => [i.id, i.title, i.version])).toEqual(day.items.map((i) => [i.id, i.title, i.version]))
  })
})
