import { describe, expect, it } from 'vitest'
import { inTimeOrder, moveToIndex, shiftFollowing, swapWithNeighbour, type TimedItem } from './timing'

const day: TimedItem[] = [
  { id: 'opening', start: '10:00', end: '10:15', segment: 'opening' },
  { id: 'art5', start: '10:15', end: '11:30', segment: 'committee' },
  { id: 'va', start: '11:45', end: '13:00', segment: 'committee' },
  { id: 'lunch', start: '13:00', end: '15:00', segment: 'break' },
  { id: 'side', start: '13:15', end: '14:45', segment: 'side-event' },
  { id: 'prep', start: '15:00', end: '18:00', segment: 'preparatory' },
]

describe('moving items in time', () => {
  it('swaps an item with the one before it, keeping the span and the gap', () => {
    // va (75 min) moves before art5 (75 min) with a 15-minute gap between them.
    expect(swapWithNeighbour(day, 'va', 'up')).toEqual([
      { id: 'va', start: '10:15', end: '11:30' },
      { id: 'art5', start: '11:45', end: '13:00' },
    ])
  })

  it('keeps different lengths inside the same span', () => {
    const changes = swapWithNeighbour(day, 'opening', 'down')
    expect(changes).toEqual([
      { id: 'art5', start: '10:00', end: '11:15' },
      { id: 'opening', start: '11:15', end: '11:30' },
    ])
  })

  it('does not drag the lunch break or a side event along', () => {
    expect(swapWithNeighbour(day, 'prep', 'up').map((c) => c.id).sort()).toEqual(['prep', 'va'])
    expect(swapWithNeighbour(day, 'side', 'up')).toEqual([
      { id: 'side', start: '13:00', end: '14:30' },
      { id: 'lunch', start: '14:30', end: '16:30' },
    ])
  })

  it('has nothing to swap at either end', () => {
    expect(swapWithNeighbour(day, 'opening', 'up')).toEqual([])
    expect(swapWithNeighbour(day, 'prep', 'down')).toEqual([])
    expect(swapWithNeighbour(day, 'nope', 'down')).toEqual([])
  })

  it('drags an item to a place by successive swaps', () => {
    const changes = moveToIndex(day, 'prep', 0)
    const after = inTimeOrder(day.map((i) => ({ ...i, ...(changes.find((c) => c.id === i.id) ?? {}) })).filter((i) => i.segment !== 'break' && i.segment !== 'side-event'))
    expect(after.map((i) => i.id)).toEqual(['prep', 'opening', 'art5', 'va'])
    expect(after[0]).toMatchObject({ start: '10:00', end: '13:00' })
  })

  it('shifts the formal items after a longer item, not the break or side event', () => {
    expect(shiftFollowing(day, 'art5', '11:30', '11:45')).toEqual([
      { id: 'va', start: '12:00', end: '13:15' },
      { id: 'prep', start: '15:15', end: '18:15' },
    ])
    expect(shiftFollowing(day, 'art5', '11:30', '11:30')).toEqual([])
  })
})
