// Racing saves of one item through the real server action (saveItemAction), from two sessions at
// once. Each save carries the version its session last saw, as the editor does; the answer is either
// "saved" (with the new version) or a conflict (with the version someone else saved).
import type { APIRequestContext } from '@playwright/test'
import { expect } from '@playwright/test'
import type { Db } from '@/lib/db'
import { postAction } from './http'

export const SAVE_ITEM = ['lib/meetings/actions.ts', 'saveItemAction'] as const

export type Target = { programmeId: string; dayId: string; itemId: string }
export type SaveRecord = { session: number; n: number; sentVersion: number; title: string; answer: string; version?: number; current?: number }

export const itemFields = (title: string) => ({
  start: '09:00',
  end: '09:30',
  title,
  description: 'Saved by the racing-saves test.',
  segment: 'general',
  committee: '',
  objectives: [],
  speakers: '',
})

type Answer = { ok: true; data: { itemId: string; version: number } } | { ok: false; error: string; current?: { item?: { version?: number } | null } }

/** `total` saves of the item, `concurrency` at a time in each session, each from the version that session saw last. */
export async function raceSaves(sessions: APIRequestContext[], target: Target, startVersion: number, { total = 200, concurrency = 10, tag = 'race' } = {}) {
  const records: SaveRecord[] = []
  let next = 0
  await Promise.all(
    sessions.map(async (request, session) => {
      let known = startVersion
      const worker = async () => {
        while (next < total) {
          const n = next++
          const sentVersion = known
          const title = `${tag} s${session} #${n}`
          const res = await postAction(request, ...SAVE_ITEM, [{ ...target, version: sentVersion, fields: itemFields(title), shiftFollowing: false }])
          const result = res.result as Answer | undefined
          const record: SaveRecord = { session, n, sentVersion, title, answer: res.answer }
          if (result?.ok) record.version = result.data.version
          else if (result?.error === 'conflict') record.current = result.current?.item?.version ?? undefined
          records.push(record)
          known = Math.max(known, record.version ?? record.current ?? known)
        }
      }
      await Promise.all(Array.from({ length: concurrency }, worker))
    }),
  )
  return records
}

/** Every save landed or was told of a conflict; none was lost, none overwrote another silently. */
export async function expectNoLostSave(db: Db, target: Target, startVersion: number, records: SaveRecord[], tag: string) {
  const others = records.filter((r) => r.answer !== 'ok' && r.answer !== 'conflict')
  expect(others, 'answers other than saved or conflict').toEqual([])
  const landed = records.filter((r) => r.answer === 'ok').sort((a, b) => a.version! - b.version!)
  const conflicts = records.filter((r) => r.answer === 'conflict')
  // Each landed save replaced exactly the version it was made from: versions follow one another.
  expect(landed.map((r) => r.version)).toEqual(landed.map((_, i) => startVersion + i + 1))
  expect(landed.filter((r) => r.version !== r.sentVersion + 1)).toEqual([])
  // A conflict is real: the item had moved on from the version that save was made from.
  expect(conflicts.filter((r) => !(r.current !== undefined && r.current > r.sentVersion))).toEqual([])
  const item = await db.item.findUniqueOrThrow({ where: { id: target.itemId } })
  expect(item.version).toBe(startVersion + landed.length)
  expect(item.title).toBe(landed.at(-1)?.title)
  // The audit has each landed save once, and nothing else.
  const saved = await db.auditEvent.findMany({ where: { programmeId: target.programmeId, action: 'item.saved' } })
  const titles = saved
    .map((e) => e.detail as { itemId?: string; title?: string })
    .filter((d) => d.itemId === target.itemId && d.title?.startsWith(`${tag} `))
    .map((d) => d.title!)
  expect(titles.sort()).toEqual(landed.map((r) => r.title).sort())
  return { landed: landed.length, conflicts: conflicts.length }
}
