import fs from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { NotFound } from '@/lib/actions'
import { Forbidden } from '@/lib/auth/policy'
import type { Role } from '@/lib/auth/permissions'
import { createBlankProgramme, createFromPreviousYear, FirstDayRefused, importProgramme, InvalidImport, YearTaken } from '@/lib/meetings/create'
import { createProgrammeFromDocument, documentFromProgramme, type ProgrammeDocument } from '@/lib/meetings/documents'
import { findProgrammeByYear } from '@/lib/programme-store'
import { parseProgramme } from '@/lib/programme'
import type { SessionUser } from '@/lib/auth/user'
import { userWith } from '../support/users'
import { migratedDatabase, PROVIDERS, type TestDatabase } from '../support/databases'

const demo = (year: number) => JSON.parse(fs.readFileSync(`prisma/demo/programme-${year}.json`, 'utf8')) as ProgrammeDocument

describe.each(PROVIDERS)('creating a programme on $provider', ({ provider, skip }) => {
  let t: TestDatabase
  const users = {} as Record<Role, SessionUser>
  const audits = (action = 'programme.created') => t.db.auditEvent.findMany({ where: { action }, orderBy: { createdAt: 'asc' } })

  beforeAll(async () => {
    if (skip) return
    t = await migratedDatabase(provider)
    for (const role of ['president', 'isu', 'committee', 'observer'] as const) users[role] = await userWith(t.db, role)
    // 2026 is the demo's draft with another Convention's meeting and a recorded format decision.
    await t.db.$transaction((tx) => createProgrammeFromDocument(tx, demo(2026)))
  })
  afterAll(async () => t?.drop())

  it.skipIf(skip)('creates a blank year: default title and venue, Tuesday and Wednesday of the third week of June, no item, no format', async () => {
    const created = await createBlankProgramme(t.db, users.isu, { year: 2030 })
    const stored = await findProgrammeByYear(t.db, 2030)
    expect(created).toEqual({ id: stored!.id, year: 2030 })
    expect(documentFromProgramme(stored!)).toEqual({
      version: 2,
      year: 2030,
      title: 'Intersessional Meetings',
      venue: 'Geneva',
      format: null,
      formatDecision: null,
      days: [
        { date: '2030-06-18', thematic: false, items: [] },
        { date: '2030-06-19', thematic: false, items: [] },
      ],
      otherMeetings: [],
    })
    expect(stored!.status).toBe('draft')
    const [event] = await audits()
    expect(event).toMatchObject({ programmeId: stored!.id, userId: users.isu.id, detail: { mode: 'blank', fromYear: null } })
  })

  it.skipIf(skip)('creates a year from a previous one: same week of June, items and speakers kept (the Presidency\'s meeting carried into the new year), format reset, other meetings dropped', async () => {
    await createFromPreviousYear(t.db, users.president, { fromYear: 2026, year: 2027 })
    const source = documentFromProgramme((await findProgrammeByYear(t.db, 2026))!)
    const stored = (await findProgrammeByYear(t.db, 2027))!
    const doc = documentFromProgramme(stored)
    expect(doc.days.map((d) => d.date)).toEqual(['2027-06-22', '2027-06-23'])
    // The 23MSP prepared 2026; the 24MSP prepares 2027: the texts say so instead of carrying "Twenty-Third".
    const carried = (items: unknown) => JSON.parse(JSON.stringify(items).replaceAll('Twenty-Third Meeting', 'Twenty-Fourth Meeting')) as unknown
    expect(doc.days.map((d) => d.items)).toEqual(source.days.map((d) => carried(d.items)))
    expect(doc.days[0]!.items[0]!.speakers).toEqual(['President of the Twenty-Fourth Meeting of the States Parties'])
    expect(doc).toMatchObject({ title: source.title, venue: source.venue, format: null, formatDecision: null, otherMeetings: [] })
    expect(stored).toMatchObject({ status: 'draft', formatConsultedCC: false, revision: 0 })
    const event = (await audits()).find((e) => e.programmeId === stored.id)
    expect(event?.detail).toEqual({ mode: 'previous', fromYear: 2026 })
  })

  it.skipIf(skip)('creates a year from a previous one on a chosen first day, and refuses a weekend or another year', async () => {
    await expect(createFromPreviousYear(t.db, users.isu, { fromYear: 2026, year: 2028, firstDay: '2028-06-17' })).rejects.toBeInstanceOf(FirstDayRefused)
    await expect(createFromPreviousYear(t.db, users.isu, { fromYear: 2026, year: 2028, firstDay: '2027-06-14' })).rejects.toBeInstanceOf(FirstDayRefused)
    expect(await findProgrammeByYear(t.db, 2028)).toBeNull()
    await createFromPreviousYear(t.db, users.isu, { fromYear: 2026, year: 2028, firstDay: '2028-06-12' })
    const doc = documentFromProgramme((await findProgrammeByYear(t.db, 2028))!)
    expect(doc.days.map((d) => d.date)).toEqual(['2028-06-12', '2028-06-13'])
  })

  it.skipIf(skip)('refuses to start from a year that has no programme', async () => {
    await expect(createFromPreviousYear(t.db, users.isu, { fromYear: 2001, year: 2031 })).rejects.toBeInstanceOf(NotFound)
  })

  it.skipIf(skip)('imports a file in the interchange format: the year comes from the file, and the document is kept as it is', async () => {
    const file = { ...demo(2026), year: 2032, days: demo(2026).days.map((d) => ({ ...d, date: d.date.replace('2026', '2032') })) }
    file.otherMeetings = [{ name: 'BWC Working Group', start: '2032-06-17', end: '2032-06-18' }]
    await importProgramme(t.db, users.isu, { text: JSON.stringify(file, null, 2) })
    const stored = (await findProgrammeByYear(t.db, 2032))!
    const parsed = parseProgramme(file)
    // Kept as it is, written in version 2 of the format (a version 1 file means the same in it).
    expect(parsed.ok && documentFromProgramme(stored)).toEqual(parsed.ok && { ...parsed.programme, version: 2 })
    expect(documentFromProgramme(stored)).toMatchObject({ year: 2032, format: 'thematic-segment', otherMeetings: file.otherMeetings })
    expect(stored.status).toBe('draft')
    expect((await audits()).find((e) => e.programmeId === stored.id)?.detail).toEqual({ mode: 'import', fromYear: null })
  })

  it.skipIf(skip)('gives a clear refusal for a year that exists, in each mode, and saves nothing', async () => {
    const before = await t.db.programme.count()
    const eventsBefore = (await audits()).length
    await expect(createBlankProgramme(t.db, users.isu, { year: 2026 })).rejects.toThrow('There is already a programme for 2026')
    await expect(createFromPreviousYear(t.db, users.isu, { fromYear: 2026, year: 2027 })).rejects.toBeInstanceOf(YearTaken)
    await expect(importProgramme(t.db, users.isu, { text: JSON.stringify(demo(2026)) })).rejects.toBeInstanceOf(YearTaken)
    expect(await t.db.programme.count()).toBe(before)
    expect((await audits()).length).toBe(eventsBefore)
  })

  it.skipIf(skip)('one year, one programme, also when two people create it at the same moment', async () => {
    const results = await Promise.allSettled([createBlankProgramme(t.db, users.isu, { year: 2040 }), createBlankProgramme(t.db, users.president, { year: 2040 })])
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1)
    const refused = results.find((r) => r.status === 'rejected') as PromiseRejectedResult
    expect(refused.reason).toBeInstanceOf(YearTaken)
    expect(await t.db.programme.count({ where: { year: 2040 } })).toBe(1)
  })

  it.skipIf(skip)('an invalid file leaves nothing saved, and each finding names its field', async () => {
    const before = await t.db.programme.count()
    const broken = { ...demo(2026), year: 2033 } as Record<string, unknown> & ProgrammeDocument
    broken.days = [{ ...demo(2026).days[0]!, items: demo(2026).days[0]!.items.map((item, i) => (i === 2 ? { ...item, end: 1315 as unknown as string } : item)) }]
    ;(broken as Record<string, unknown>).organiser = 'ISU'
    const refused = await importProgramme(t.db, users.isu, { text: JSON.stringify(broken) }).catch((e: unknown) => e)
    expect(refused).toBeInstanceOf(InvalidImport)
    const findings = (refused as InvalidImport).findings
    expect(findings.map((f) => f.path)).toEqual(expect.arrayContaining(['days[0].items[2].end', 'organiser']))
    expect(findings.find((f) => f.path === 'days[0].items[2].end')!.message).toMatch(/must be text/)
    await expect(importProgramme(t.db, users.isu, { text: '{"version": 1, "year": 2033' })).rejects.toMatchObject({ problem: 'not-json' })
    await expect(importProgramme(t.db, users.isu, { text: 'x'.repeat(1024 * 1024 + 1) })).rejects.toMatchObject({ problem: 'too-large' })
    expect(await t.db.programme.count()).toBe(before)
    expect(await findProgrammeByYear(t.db, 2033)).toBeNull()
  })

  it.skipIf(skip)('refuses Coordinating Committee members and observers, in every mode', async () => {
    const before = await t.db.programme.count()
    for (const role of ['committee', 'observer'] as const) {
      await expect(createBlankProgramme(t.db, users[role], { year: 2050 })).rejects.toBeInstanceOf(Forbidden)
      await expect(createFromPreviousYear(t.db, users[role], { fromYear: 2026, year: 2050 })).rejects.toBeInstanceOf(Forbidden)
      await expect(importProgramme(t.db, users[role], { text: JSON.stringify({ ...demo(2026), year: 2050 }) })).rejects.toBeInstanceOf(Forbidden)
    }
    expect(await t.db.programme.count()).toBe(before)
  })
})
