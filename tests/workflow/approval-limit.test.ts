// Hardening review, item 6: the approval page of a programme with thousands of findings lists at most
// the rulebook's limit of each rule and counts the rest ("and N more"), instead of failing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createProgrammeFromDocument } from '@/lib/meetings/documents'
import { FINDINGS_LIMIT } from '@/lib/rules'
import { reviewForApproval } from '@/lib/workflow/approval'
import { migratedDatabase, type TestDatabase } from '../support/databases'
import { demoProgramme } from './support'

describe('the approval review of a huge programme', () => {
  let t: TestDatabase
  let programmeId = ''
  beforeAll(async () => {
    t = await migratedDatabase('sqlite')
    const doc = demoProgramme()
    const day = doc.days[0]!
    // 150 more items at the same hour (a day holds at most 200): over 11,000 overlapping pairs.
    for (let i = 0; i < 150; i++) day.items.push({ ...day.items[0]!, title: `Crowded item ${i}`, start: '10:00', end: '11:00' })
    programmeId = (await t.db.$transaction((tx) => createProgrammeFromDocument(tx, doc, 'draft'))).id
  })
  afterAll(async () => t?.drop())

  it('lists at most the limit of each rule, and counts every finding left out', async () => {
    const review = await reviewForApproval(t.db, programmeId)
    const perRule = new Map<string, number>()
    for (const f of [...review.errors, ...review.warnings, ...review.infos]) perRule.set(f.rule, (perRule.get(f.rule) ?? 0) + 1)
    expect(Math.max(...perRule.values())).toBeLessThanOrEqual(FINDINGS_LIMIT)
    expect(review.omitted.error).toBeGreaterThan(11_000)
    expect(review.errors.length).toBeGreaterThan(0)
  })
})
