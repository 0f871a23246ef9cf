import { expect, test } from '@playwright/test'
import { programmeForSpec } from '../fixtures'
import { signedInContext } from './http'
import { expectNoLostSave, raceSaves } from './race'
import { PASSWORD, withDb } from './world'

// 200 concurrent saves of one item, from the ISU and the President at once, through the production
// server on SQLite (the PostgreSQL run is in postgres.spec.ts): each save lands or is refused as a
// conflict; none is lost or silently overwritten.
const YEAR = 2090

test.afterAll(() => withDb(async (db) => void (await db.programme.deleteMany({ where: { year: YEAR } }))))

test('racing saves on SQLite: every save lands or returns a conflict, none is lost', async ({ playwright }, info) => {
  test.setTimeout(120_000)
  await programmeForSpec(YEAR, 'programme-2026.json')
  const target = await withDb(async (db) => {
    const item = await db.item.findFirstOrThrow({ where: { day: { programme: { year: YEAR } } }, include: { day: true }, orderBy: [{ day: { date: 'asc' } }, { position: 'asc' }] })
    return { programmeId: item.day.programmeId, dayId: item.dayId, itemId: item.id, version: item.version }
  })
  const baseURL = info.project.use.baseURL!
  const sessions = [await signedInContext(playwright, baseURL, 'isu@demo.test', PASSWORD), await signedInContext(playwright, baseURL, 'president@demo.test', PASSWORD)]
  try {
    const tag = `race-sqlite-${Date.now()}`
    const records = await raceSaves(sessions, target, target.version, { total: 200, tag })
    expect(records).toHaveLength(200)
    const split = await withDb((db) => expectNoLostSave(db, target, target.version, records, tag))
    expect(split.landed).toBeGreaterThan(0)
    console.log(`[reliability] racing saves (SQLite): 200 saves from 2 sessions, ${split.landed} landed, ${split.conflicts} conflicts, 0 lost`)
  } finally {
    await Promise.all(sessions.map((s) => s.dispose()))
  }
})
