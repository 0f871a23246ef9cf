// Time arithmetic of the editor's moves, pure: swapping an item with its neighbour, shifting the
// items that follow one whose length changed. Breaks and side events are a lane of their own:
// moving a session never drags the lunch break along.
import { formatTime, parseTime } from '@/lib/programme/time'
import { INFORMAL_SEGMENTS, type Segment } from '@/lib/programme/vocabulary'

export type TimedItem = { id: string; start: string; end: string; segment: Segment | string }
export type Retimed = { id: string; start: string; end: string }

const lane = (i: TimedItem) => (INFORMAL_SEGMENTS.has(i.segment as Segment) ? 'informal' : 'formal')
const minutes = (t: string) => parseTime(t) ?? 0

/** A day's items in the order people read them: by start time, ties kept in their given order. */
export function inTimeOrder<T extends TimedItem>(items: readonly T[]): T[] {
  return items.map((item, index) => ({ item, index })).sort((a, b) => minutes(a.item.start) - minutes(b.item.start) || a.index - b.index).map((x) => x.item)
}

/**
 * Moves an item one place earlier or later among the items of its lane. The two exchange places
 * inside the span they covered: the later one now starts where the earlier one started, and the gap
 * between them is kept. Returns the new times of both, or [] when there is no neighbour.
 */
export function swapWithNeighbour(items: readonly TimedItem[], itemId: string, direction: 'up' | 'down'): Retimed[] {
  const moved = items.find((i) => i.id === itemId)
  if (!moved) return []
  const sameLane = inTimeOrder(items.filter((i) => lane(i) === lane(moved)))
  const at = sameLane.findIndex((i) => i.id === itemId)
  const other = sameLane[direction === 'up' ? at - 1 : at + 1]
  if (!other) return []
  const [first, second] = direction === 'up' ? [other, moved] : [moved, other]
  const gap = Math.max(0, minutes(second.start) - minutes(first.end))
  const secondLength = minutes(second.end) - minutes(second.start)
  const firstLength = minutes(first.end) - minutes(first.start)
  const newSecondStart = minutes(first.start)
  const newFirstStart = newSecondStart + secondLength + gap
  return [
    { id: second.id, start: formatTime(newSecondStart), end: formatTime(newSecondStart + secondLength) },
    { id: first.id, start: formatTime(newFirstStart), end: formatTime(newFirstStart + firstLength) },
  ]
}

/** Moves an item to a place in its lane's order by successive swaps (what dragging does). */
export function moveToIndex(items: readonly TimedItem[], itemId: string, toIndex: number): Retimed[] {
  let current = items.map((i) => ({ ...i }))
  const changed = new Map<string, Retimed>()
  const laneOf = (id: string) => inTimeOrder(current.filter((i) => lane(i) === lane(current.find((c) => c.id === id)!)))
  for (let guard = 0; guard < items.length; guard++) {
    const order = laneOf(itemId)
    const at = order.findIndex((i) => i.id === itemId)
    const target = Math.max(0, Math.min(toIndex, order.length - 1))
    if (at === target) break
    const swap = swapWithNeighbour(current, itemId, at > target ? 'up' : 'down')
    for (const r of swap) changed.set(r.id, r)
    current = current.map((i) => ({ ...i, ...(swap.find((s) => s.id === i.id) ?? {}) }))
  }
  return [...changed.values()]
}

/**
 * When an item's end moves from `oldEnd` to `newEnd`, the formal items of the day that started at or
 * after the old end move by the same amount (what "shift the following items" asks for).
 */
export function shiftFollowing(items: readonly TimedItem[], itemId: string, oldEnd: string, newEnd: string): Retimed[] {
  const delta = minutes(newEnd) - minutes(oldEnd)
  if (delta === 0) return []
  const from = minutes(oldEnd)
  return items
    .filter((i) => i.id !== itemId && lane(i) === 'formal' && minutes(i.start) >= from)
    .map((i) => ({ id: i.id, start: formatTime(minutes(i.start) + delta), end: formatTime(minutes(i.end) + delta) }))
}
