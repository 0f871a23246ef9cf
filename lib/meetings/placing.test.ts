import { describe, expect, it } from 'vitest'
import { crossingBreaks, nextFreeSlot, placeMove, placeResize } from './placing'
import type { TimedItem } from './timing'

const day: TimedItem[] = [
  { id: 'opening', start: '10:00', end: '10:15', segment: 'opening' },
  { id: 'art5', start: '10:15', end: '11:30', segment: 'committee' },
  { id: 'va', start: '11:45', end: '13:00', segment: 'committee' },
  { id: 'lunch', start: '13:00', end: '15:00', segment: 'break' },
  { id: 'side', start: '13:15', end: '14:45', segment: 'side-event' },
  { id: 'prep', start: '15:00', end: '16:30', segment: 'preparatory' },
]
const va = day[2]!
const at = (h: number, m = 0) => h * 60 + m

describe('placing an item on the grid', () => {
  it('snaps a move to 5 minutes', () => {
    expect(placeMove(day, va, at(10, 2))).toEqual({ ok: true, start: '10:00', end: '11:15', adjusted: null })
  })
  it('stops a formal item at the lunch break when most of it is before the break', () => {
    expect(placeMove(day, va, at(12, 30))).toEqual({ ok: true, start: '11:45', end: '13:00', adjusted: 'stoppedAtBreak' })
  })
  it('jumps past the break when most of it is after', () => {
    expect(placeMove(day, va, at(14, 0))).toEqual({ ok: true, start: '15:00', end: '16:15', adjusted: 'jumpedBreak' })
  })
  it('never ends a formal item after 18:00', () => {
    expect(placeMove(day, va, at(17, 30))).toEqual({ ok: true, start: '16:45', end: '18:00', adjusted: 'stoppedAtDayEnd' })
  })
  it('lets side events go over the lunch break', () => {
    expect(placeMove(day, day[4]!, at(13, 0))).toMatchObject({ ok: true, start: '13:00', adjusted: null })
  })
  it('refuses when no place fits', () => {
    const tiny: TimedItem[] = [
      { id: 'b1', start: '10:00', end: '12:00', segment: 'break' },
      { id: 'b2', start: '12:30', end: '18:00', segment: 'break' },
      { id: 'long', start: '08:00', end: '09:00', segment: 'general' },
    ]
    expect(placeMove(tiny, tiny[2]!, at(12, 0))).toEqual({ ok: false, reason: 'noRoom' })
  })
  it('stops a resize at the break and at 18:00', () => {
    expect(placeResize(day, va, at(14, 0))).toEqual({ ok: true, start: '11:45', end: '13:00', adjusted: 'stoppedAtBreak' })
    expect(placeResize(day, day[5]!, at(19, 0))).toEqual({ ok: true, start: '15:00', end: '18:00', adjusted: 'stoppedAtDayEnd' })
    expect(placeResize(day, day[5]!, at(15, 2))).toMatchObject({ end: '15:05' })
  })
})

describe('a new item', () => {
  it('takes the next free interpreted slot, not 18:00', () => {
    expect(nextFreeSlot(day)).toEqual({ start: '11:30', end: '11:45' })
    expect(nextFreeSlot(day.filter((i) => i.id !== 'art5'))).toEqual({ start: '10:15', end: '11:15' })
    expect(nextFreeSlot(day.filter((i) => i.id !== 'prep' && i.id !== 'art5' && i.id !== 'va'), 90)).toEqual({ start: '10:15', end: '11:45' })
  })
  it('goes after the last item when the slots are full', () => {
    const full: TimedItem[] = [
      { id: 'a', start: '10:00', end: '13:00', segment: 'general' },
      { id: 'b', start: '15:00', end: '18:00', segment: 'general' },
    ]
    expect(nextFreeSlot(full)).toEqual({ start: '18:00', end: '19:00' })
  })
})

describe('moves across a break', () => {
  it('names the formal items that would cross a break or pass 18:00', () => {
    expect(crossingBreaks(day, [{ id: 'va', start: '12:00', end: '13:15' }, { id: 'prep', start: '16:45', end: '18:15' }, { id: 'side', start: '13:00', end: '14:00' }])).toEqual(['va', 'prep'])
  })
})
