import fs from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createProgrammeFromDocument, documentFromProgramme, type ProgrammeDocument } from '@/lib/meetings/documents'
import { listProgrammes } from '@/lib/meetings/queries'
import { findProgrammeByYear } from '@/lib/programme-store'
import { migratedDatabase, PROVIDERS, type TestDatabase } from '../support/databases'

const doc = JSON.parse(fs.readFileSync('prisma/demo/programme-2025.json', 'utf8')) as ProgrammeDocument

describe.each(PROVIDERS)('programmes on $provider', ({ provider, skip }) => {
  let t: TestDatabase
  beforeAll(async () => {
    if (!skip) t = await migratedDatabase(provider)
  })
  afterAll(async () => t?.drop())

  it.skipIf(skip)('stores a programme and gives back the same document', async () => {
    await t.db.$transaction((tx) => createProgrammeFromDocument(tx, doc, 'published'))
    const stored = await findProgrammeByYear(t.db, 2025)
    expect(documentFromProgramme(stored!)).toEqual(doc)
  })

  it.skipIf(skip)('keeps one programme per year', async () => {
    await expect(t.db.$transaction((tx) => createProgrammeFromDocument(tx, doc))).rejects.toThrow()
    expect(await t.db.programme.count()).toBe(1)
  })

  it.skipIf(skip)('lists programmes newest first with their dates, and only published ones for the public', async () => {
    await t.db.$transaction((tx) => createProgrammeFromDocument(tx, { ...doc, year: 2026, days: [{ date: '2026-06-16', thematic: false, items: [] }] }))
    const all = await listProgrammes(t.db, { publishedOnly: false })
    expect(all.map((p) => [p.year, p.firstDay, p.lastDay, p.status])).toEqual([
      [2026, '2026-06-16', '2026-06-16', 'draft'],
      [2025, '2025-06-16', '2025-06-18', 'published'],
    ])
    expect((await listProgrammes(t.db, { publishedOnly: true })).map((p) => p.year)).toEqual([2025])
  })
})
