// Where an item may go on the timetable, pure: the grid (dragging, the keyboard) and the server ask
// the same questions. A formal item never lands across a break or past the end of the interpreted
// day without saying so: it stops at the break, jumps past it, or is refused (no room).
import { formatTime, parseTime } from '@/lib/programme/time'
import { INFORMAL_SEGMENTS, type Segment } from '@/lib/programme/vocabulary'
import type { TimedItem } from './timing'

/** UNOG's interpreted slots (rulebook: interpretation-hours). */
export const INTERPRETED_SLOTS = [
  [10 * 60, 13 * 60],
  [15 * 60, 18 * 60],
] as const
export const DAY_END = 18 * 60
export const SNAP_MINUTES = 5
/** The shortest item the grid makes. */
export const MIN_LENGTH = 5

export type Adjustment = 'stoppedAtBreak' | 'jumpedBreak' | 'stoppedAtDayEnd'
export type Placed = { ok: true; start: string; end: string; adjusted: Adjustment | null } | { ok: false; reason: 'noRoom' }

const minutes = (t: string) => parseTime(t) ?? 0
export const isFormal = (segment: string) => !INFORMAL_SEGMENTS.has(segment as Segment)
export const snap = (m: number) => Math.round(m / SNAP_MINUTES) * SNAP_MINUTES

type Span = { start: number; end: number }
const breaksOf = (items: readonly TimedItem[], itemId: string): Span[] =>
  items.filter((i) => i.id !== itemId && i.segment === 'break').map((i) => ({ start: minutes(i.start), end: minutes(i.end) })).filter((b) => b.end > b.start)
const overlapping = (breaks: Span[], s: number, e: number) => breaks.find((b) => b.start < e && b.end > s)

/**
 * Moves an item (of `segment`, lasting as it does) to start at `start` among a day's `items`. A formal
 * item that would cross a break goes before it when most of it is before the break's middle, after it
 * otherwise; one that would end after 18:00 ends at 18:00. Breaks and side events go where they are put.
 */
export function placeMove(items: readonly TimedItem[], moving: TimedItem, start: number): Placed {
  const length = Math.max(MIN_LENGTH, minutes(moving.end) - minutes(moving.start))
  let s = Math.max(0, snap(start))
  if (!isFormal(moving.segment)) {
    s = Math.min(s, 24 * 60 - 1 - length)
    return { ok: true, start: formatTime(s), end: formatTime(s + length), adjusted: null }
  }
  const breaks = breaksOf(items, moving.id)
  let adjusted: Adjustment | null = null
  for (let guard = 0; guard < 8; guard++) {
    const b = overlapping(breaks, s, s + length)
    if (b) {
      const before = s + length / 2 < (b.start + b.end) / 2
      s = before ? b.start - length : b.end
      adjusted = before ? 'stoppedAtBreak' : 'jumpedBreak'
      continue
    }
    if (s + length > DAY_END && minutes(moving.end) <= DAY_END) {
      s = DAY_END - length
      adjusted = 'stoppedAtDayEnd'
      continue
    }
    break
  }
  if (s < 0 || overlapping(breaks, s, s + length) || s + length >= 24 * 60) return { ok: false, reason: 'noRoom' }
  return { ok: true, start: formatTime(s), end: formatTime(s + length), adjusted }
}

/** Changes an item's end to `end` (its start stays): a formal item stops at the next break, and at 18:00. */
export function placeResize(items: readonly TimedItem[], resizing: TimedItem, end: number): Placed {
  const s = minutes(resizing.start)
  let e = Math.min(24 * 60 - 1, Math.max(s + MIN_LENGTH, snap(end)))
  let adjusted: Adjustment | null = null
  if (isFormal(resizing.segment)) {
    const b = breaksOf(items, resizing.id).filter((x) => x.start >= s && x.start < e).sort((x, y) => x.start - y.start)[0]
    if (b) {
      e = b.start
      adjusted = 'stoppedAtBreak'
    }
    if (e > DAY_END && s < DAY_END) {
      e = DAY_END
      adjusted = 'stoppedAtDayEnd'
    }
    if (e <= s) return { ok: false, reason: 'noRoom' }
  }
  return { ok: true, start: formatTime(s), end: formatTime(e), adjusted }
}

/**
 * Where a new item of a day goes: the first free time inside the interpreted slots (free of formal
 * items and breaks), at most `length` minutes and at least 15; after the day's last item when the
 * slots are full.
 */
export function nextFreeSlot(items: readonly TimedItem[], length = 60): { start: string; end: string } {
  const taken = items
    .filter((i) => isFormal(i.segment) || i.segment === 'break')
    .map((i) => ({ start: minutes(i.start), end: minutes(i.end) }))
    .sort((a, b) => a.start - b.start)
  for (const [from, to] of INTERPRETED_SLOTS) {
    for (let t = from; t + 15 <= to; t += SNAP_MINUTES) {
      const busy = taken.find((x) => x.start <= t && x.end > t)
      if (busy) {
        t = Math.max(t, snap(busy.end) - SNAP_MINUTES)
        continue
      }
      const next = taken.find((x) => x.start > t)
      const end = Math.min(t + length, to, next?.start ?? to)
      if (end - t >= 15) return { start: formatTime(t), end: formatTime(end) }
    }
  }
  const last = Math.max(10 * 60, ...taken.map((x) => x.end))
  const start = Math.min(last, 22 * 60)
  return { start: formatTime(start), end: formatTime(Math.min(start + length, 23 * 60)) }
}

/**
 * Times that would put a formal item across a break: the items of `changes` (new times) checked
 * against the breaks of the day. What "earlier", "later" and "shift the following items" must not do.
 */
export function crossingBreaks(items: readonly TimedItem[], changes: readonly { id: string; start: string; end: string }[]): string[] {
  const breaks = items.filter((i) => i.segment === 'break').map((i) => ({ id: i.id, start: minutes(i.start), end: minutes(i.end) }))
  return changes
    .filter((c) => {
      const item = items.find((i) => i.id === c.id)
      if (!item || !isFormal(item.segment)) return false
      const s = minutes(c.start)
      const e = minutes(c.end)
      return breaks.some((b) => b.id !== c.id && b.start < e && b.end > s) || (e > DAY_END && minutes(item.end) <= DAY_END)
    })
    .map((c) => c.id)
}
