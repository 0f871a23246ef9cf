import fs from 'node:fs'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { createProgrammeFromDocument, documentFromProgramme, type ProgrammeDocument } from '@/lib/meetings/documents'
import { findProgrammeByYear } from '@/lib/programme-store'
import { listProgrammesWithDocuments, listYearDates, listYears } from '@/lib/meetings/years'
import { checkProgramme } from '@/lib/rules'
import { migratedDatabase, PROVIDERS, type TestDatabase } from '../support/databases'

const read = (file: string) => JSON.parse(fs.readFileSync(file, 'utf8')) as ProgrammeDocument
const count = (doc: unknown, level: string) => checkProgramme(doc).filter((f) => f.level === level).length

describe.each(PROVIDERS)('the list of years on $provider', ({ provider, skip }) => {
  let t: TestDatabase
  const files = {
    2025: read('prisma/demo/programme-2025.json'),
    2026: read('prisma/demo/programme-2026.json'),
    2014: read('tests/fixtures/programmes/warnings-2014.json'),
  }

  beforeAll(async () => {
    if (skip) return
    t = await migratedDatabase(provider)
    await t.db.$transaction(async (tx) => {
      await createProgrammeFromDocument(tx, files[2014], 'published')
      await createProgrammeFromDocument(tx, files[2026])
      await createProgrammeFromDocument(tx, files[2025], 'published')
    })
  })
  afterAll(async () => t?.drop())

  it.skipIf(skip)('lists every year newest first, with the counts of errors and warnings the rulebook finds', async () => {
    const years = await listYears(t.db)
    expect(years.map((y) => [y.year, y.status, y.firstDay, y.lastDay])).toEqual([
      [2026, 'draft', '2026-06-16', '2026-06-17'],
      [2025, 'published', '2025-06-16', '2025-06-18'],
      [2014, 'published', files[2014].days[0]!.date, files[2014].days.at(-1)!.date],
    ])
    for (const y of years) {
      const file = files[y.year as 2025]
      expect(y.findings).toEqual({ errors: count(file, 'error'), warnings: count(file, 'warning'), infos: count(file, 'info') })
    }
    // The draft of 2026 has findings left to fix (its format was decided without consulting the Committee).
    expect(years[0]!.findings.errors).toBeGreaterThan(0)
    expect(years.find((y) => y.year === 2014)!.findings.warnings).toBeGreaterThan(0)
  })

  it.skipIf(skip)('reads the programmes and their documents in one query, as the editor would read each', async () => {
    const spy = vi.spyOn(t.db.programme, 'findMany')
    const rows = await listProgrammesWithDocuments(t.db)
    expect(spy).toHaveBeenCalledTimes(1)
    spy.mockRestore()
    for (const { row, document } of rows) expect(document).toEqual(documentFromProgramme((await findProgrammeByYear(t.db, row.year))!))
    expect((await listProgrammesWithDocuments(t.db, { publishedOnly: true })).map((p) => p.row.year)).toEqual([2025, 2014])
  })

  it.skipIf(skip)('gives each year its meeting days, for the creation form', async () => {
    expect((await listYearDates(t.db)).find((y) => y.year === 2025)).toEqual({ year: 2025, status: 'published', dates: ['2025-06-16', '2025-06-17', '2025-06-18'] })
  })

  it.skipIf(skip)('counts a new year without items too', async () => {
    await t.db.$transaction((tx) => createProgrammeFromDocument(tx, { ...files[2026], year: 2027, format: null, formatDecision: null, days: [{ date: '2027-06-22', thematic: false, items: [] }], otherMeetings: [] }))
    const y2027 = (await listYears(t.db))[0]!
    expect(y2027.year).toBe(2027)
    // Undecided format (an error from 2020), and every Committee and objective without an item (warnings).
    expect(y2027.findings.errors).toBe(1)
    expect(y2027.findings.warnings).toBe(8)
  })
})
