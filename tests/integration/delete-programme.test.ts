// Hardening review, item 6: one huge programme must not break the list of years, and a draft can be
// deleted (President or administrator, with the year typed again, recorded in the history).
import fs from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { Refusal } from '@/lib/actions'
import { Forbidden } from '@/lib/auth/policy'
import type { SessionUser } from '@/lib/auth/user'
import { deleteProgramme } from '@/lib/meetings/delete'
import { createProgrammeFromDocument, type ProgrammeDocument } from '@/lib/meetings/documents'
import { listYears } from '@/lib/meetings/years'
import { createUser } from '@/lib/users'
import { migratedDatabase, PROVIDERS, type TestDatabase } from '../support/databases'

const demo = (year: number) => ({ ...(JSON.parse(fs.readFileSync('prisma/demo/programme-2026.json', 'utf8')) as ProgrammeDocument), year })

describe.each(PROVIDERS)('a huge draft on $provider', ({ provider, skip }) => {
  let t: TestDatabase
  const u = {} as Record<'president' | 'isu' | 'committee' | 'admin', SessionUser>
  const ids: Record<number, { id: string; version: number }> = {}

  beforeAll(async () => {
    if (skip) return
    t = await migratedDatabase(provider)
    u.president = await createUser(t.db, { email: 'p@example.org', name: 'President', role: 'president', password: 'long enough password' })
    u.isu = await createUser(t.db, { email: 'i@example.org', name: 'ISU', role: 'isu', password: 'long enough password' })
    u.committee = await createUser(t.db, { email: 'c@example.org', name: 'Member', role: 'committee', password: 'long enough password' })
    u.admin = await createUser(t.db, { email: 'a@example.org', name: 'Admin', role: 'observer', admin: true, password: 'long enough password' })
    const huge = demo(2030)
    // 190 items at the same hour on the first day: 17,955 overlapping pairs.
    const first = huge.days[0]!
    for (let i = first.items.length; i < 190; i++) huge.days[0]!.items.push({ ...huge.days[0]!.items[0]!, title: `Crowded ${i}`, start: '10:00', end: '11:00' })
    // One transaction each, with time to spare on a busy machine.
    for (const [year, doc, status] of [[2030, huge, 'draft'], [2031, demo(2031), 'draft'], [2032, demo(2032), 'approved']] as const) {
      const row = await t.db.$transaction((tx) => createProgrammeFromDocument(tx, doc, status), { timeout: 60_000 })
      ids[year] = { id: row.id, version: row.version }
    }
  })
  afterAll(async () => t?.drop())

  it.skipIf(skip)('is listed with every one of its findings counted, beside the others', async () => {
    const years = await listYears(t.db)
    expect(years.map((y) => y.year)).toEqual([2032, 2031, 2030])
    const huge = years.find((y) => y.year === 2030)!
    expect(huge.findings.errors).toBeGreaterThan(17_000)
    expect(years.find((y) => y.year === 2031)!.findings.errors).toBeLessThan(10)
  })

  it.skipIf(skip)('is deleted only by the President or an administrator, after the year is typed again', async () => {
    const input = (year: number, confirmYear = year) => ({ programmeId: ids[year]!.id, version: ids[year]!.version, confirmYear })
    await expect(deleteProgramme(t.db, u.isu, input(2030))).rejects.toBeInstanceOf(Forbidden)
    await expect(deleteProgramme(t.db, u.committee, input(2030))).rejects.toBeInstanceOf(Forbidden)
    const wrongYear = await deleteProgramme(t.db, u.president, input(2030, 2029)).catch((e: unknown) => e)
    expect(wrongYear).toBeInstanceOf(Refusal)
    expect((wrongYear as Refusal).reason).toBe('deleteConfirmYear')
    expect((await listYears(t.db)).map((y) => y.year)).toEqual([2032, 2031, 2030])

    await deleteProgramme(t.db, u.president, input(2030))
    await deleteProgramme(t.db, u.admin, input(2031))
    expect((await listYears(t.db)).map((y) => y.year)).toEqual([2032])
    const events = await t.db.auditEvent.findMany({ where: { action: 'programme.deleted' }, orderBy: { createdAt: 'asc' } })
    expect(events.map((e) => [e.userId, (e.detail as { year: number }).year])).toEqual([[u.president.id, 2030], [u.admin.id, 2031]])
  })

  it.skipIf(skip)('an approved programme is not deleted, even by the President', async () => {
    await expect(deleteProgramme(t.db, u.president, { programmeId: ids[2032]!.id, version: ids[2032]!.version, confirmYear: 2032 })).rejects.toBeInstanceOf(Forbidden)
    expect((await listYears(t.db)).map((y) => y.year)).toEqual([2032])
  })
})
