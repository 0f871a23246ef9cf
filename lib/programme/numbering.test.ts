import { describe, expect, it } from 'vitest'
import { clean2026v2, day, item, segmentProgramme } from '../../tests/fixtures/programmes/build'
import { numberItems, subItemLetter } from './numbering'

describe('numbering, as the annotated programmes number items', () => {
  it('numbers the formal items 1, 2, 3 across the days in time order; breaks and side events carry none', () => {
    const numbers = numberItems(clean2026v2())
    const labels = numbers.map((row) => row.map((entry) => entry?.label ?? null))
    expect(labels).toEqual([
      ['1', '2', null, null, '3', '4'],
      ['5', '6', null, '7', '8'],
      ['9', null, '10', '11'],
    ])
    // Item 2 (the Committee on Article 5 Implementation) has two sub-items.
    expect(numbers[0]?.[1]?.subItems).toEqual(['2a', '2b'])
    expect(numbers[0]?.[0]?.subItems).toEqual([])
  })

  it('follows the dates and the times, not the order in the file', () => {
    const doc = segmentProgramme({
      days: [
        day('2026-06-17', [item('15:00', '16:00', 'Wednesday afternoon'), item('10:00', '11:00', 'Wednesday morning')]),
        day('2026-06-16', [
          item('11:00', '12:00', 'Tuesday second', { subItems: [{ title: 'a' }, { title: 'b' }, { title: 'c' }] }),
          item('10:00', '11:00', 'Tuesday first'),
          item('10:00', '10:30', 'Coffee', { segment: 'break' }),
          item('09:00', '10:00', 'Breakfast briefing', { segment: 'side-event' }),
        ]),
      ],
    })
    expect(numberItems(doc)).toEqual([
      [
        { number: 4, label: '4', subItems: [] },
        { number: 3, label: '3', subItems: [] },
      ],
      [{ number: 2, label: '2', subItems: ['2a', '2b', '2c'] }, { number: 1, label: '1', subItems: [] }, null, null],
    ])
  })

  it('orders items of the same start by end, then by their place; times that are not times come last', () => {
    const doc = segmentProgramme({
      days: [day('2026-06-16', [item('10:00', '12:00', 'Long'), item('10:00', '11:00', 'Short'), item('9:00', '10:00', 'Not a time'), item('10:00', '11:00', 'Short too')])],
    })
    expect(numberItems(doc)[0]?.map((entry) => entry?.number)).toEqual([3, 1, 4, 2])
  })

  it('letters sub-items a to z', () => {
    expect([0, 1, 25].map(subItemLetter)).toEqual(['a', 'b', 'z'])
    expect(subItemLetter(26)).toBe('aa')
  })

  it('numbers nothing in a programme without formal items', () => {
    expect(numberItems(segmentProgramme({ days: [day('2026-06-16', [item('13:00', '15:00', 'Lunch', { segment: 'break' })]), day('2026-06-17', [])] }))).toEqual([[null], []])
  })
})
