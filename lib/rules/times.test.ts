import { describe, expect, it } from 'vitest'
import { day, item, segmentProgramme, type Doc } from '../../tests/fixtures/programmes/build'
import type { ItemInput } from '../programme'
import type { RuleId } from './catalogue'
import { checkProgramme } from './check'

const found = (doc: Doc, rule: RuleId) => checkProgramme(doc).filter((finding) => finding.rule === rule)

/** A one-day programme (Tuesday 16 June 2026) with these items. */
const oneDay = (...items: ItemInput[]) => segmentProgramme({ days: [day('2026-06-16', items)] })

describe('item-times (any year)', () => {
  it.each(['24:00', '9:00', '10:60', '', '10:00:00', 'noon'])('refuses the start time %j', (start) => {
    expect(found(oneDay(item(start, '11:00', 'Opening')), 'item-times')).toEqual([
      {
        rule: 'item-times',
        level: 'error',
        message: `"Opening" on Tuesday 16 June 2026 starts at ${JSON.stringify(start)}, which is not a time written HH:MM from 00:00 to 23:59.`,
        path: 'days[0].items[0].start',
        source: '-',
        params: { date: '2026-06-16', title: 'Opening', problem: 'not-a-time', field: 'start', value: start },
      },
    ])
  })

  it('accepts 00:00 and 23:59', () => {
    expect(found(oneDay(item('00:00', '23:59', 'All day')), 'item-times')).toEqual([])
  })

  it('reports both times when both are wrong', () => {
    expect(found(oneDay(item('9:00', '24:00', 'Opening')), 'item-times').map((f) => f.path)).toEqual([
      'days[0].items[0].end',
      'days[0].items[0].start',
    ])
  })

  it('refuses an end equal to or before the start', () => {
    expect(found(oneDay(item('10:00', '10:00', 'Opening')), 'item-times')).toEqual([
      {
        rule: 'item-times',
        level: 'error',
        message: '"Opening" on Tuesday 16 June 2026 ends at 10:00, which is not after its start at 10:00.',
        path: 'days[0].items[0].end',
        source: '-',
        params: { date: '2026-06-16', title: 'Opening', problem: 'end-not-after-start', start: '10:00', end: '10:00' },
      },
    ])
    expect(found(oneDay(item('11:00', '10:00', 'Opening')), 'item-times')).toHaveLength(1)
    expect(found(oneDay(item('10:00', '10:01', 'Opening')), 'item-times')).toEqual([])
  })

  it('checks breaks and side events too, and any year', () => {
    expect(found(oneDay(item('13:00', '13:00', 'Lunch', { segment: 'break' })), 'item-times')).toHaveLength(1)
    const early = segmentProgramme({ year: 1999, days: [day('1999-05-04', [item('25:00', '11:00', 'Standing Committee')])] })
    expect(found(early, 'item-times')).toHaveLength(1)
  })

  it('leaves an item with an item-times finding out of overlap and interpretation hours', () => {
    const doc = oneDay(item('10:00', '11:00', 'A'), item('10:30', '9:30', 'B'), item('08:00', '24:00', 'C'), item('12:00', '12:00', 'D'))
    const rules = checkProgramme(doc).map((f) => f.rule)
    expect(rules.filter((rule) => rule === 'item-times')).toHaveLength(3)
    expect(rules).not.toContain('item-overlap')
    expect(rules).not.toContain('interpretation-hours')
  })
})

describe('item-overlap (any year)', () => {
  it('lets items touch', () => {
    expect(found(oneDay(item('10:00', '11:00', 'A'), item('11:00', '12:00', 'B')), 'item-overlap')).toEqual([])
  })

  it('finds two items that overlap by a minute, at the later one', () => {
    expect(found(oneDay(item('11:00', '12:00', 'Committee on Victim Assistance'), item('10:00', '11:01', 'Opening')), 'item-overlap')).toEqual([
      {
        rule: 'item-overlap',
        level: 'error',
        message: 'On Tuesday 16 June 2026, "Opening" (10:00-11:01) and "Committee on Victim Assistance" (11:00-12:00) overlap.',
        path: 'days[0].items[0].start',
        source: '-',
        params: {
          date: '2026-06-16',
          firstTitle: 'Opening',
          firstStart: '10:00',
          firstEnd: '11:01',
          secondTitle: 'Committee on Victim Assistance',
          secondStart: '11:00',
          secondEnd: '12:00',
        },
      },
    ])
  })

  it('finds an item inside another and items with the same times', () => {
    expect(found(oneDay(item('10:00', '13:00', 'A'), item('11:00', '12:00', 'B')), 'item-overlap')).toHaveLength(1)
    expect(found(oneDay(item('10:00', '11:00', 'A'), item('10:00', '11:00', 'B')), 'item-overlap')).toHaveLength(1)
  })

  it('gives one finding per overlapping pair', () => {
    const doc = oneDay(item('10:00', '12:00', 'A'), item('10:30', '11:30', 'B'), item('11:00', '13:00', 'C'), item('12:00', '13:00', 'D'))
    // A-B, A-C, B-C, C-D; A and D only touch.
    expect(found(doc, 'item-overlap').map((f) => f.message.match(/"(.)" .* "(.)"/)?.slice(1).join(''))).toEqual(['AB', 'AC', 'BC', 'CD'])
  })

  it('lets breaks and side events overlap anything', () => {
    const doc = oneDay(
      item('10:00', '13:00', 'Committee'),
      item('12:30', '15:00', 'Lunch break', { segment: 'break' }),
      item('12:45', '14:00', 'Side event', { segment: 'side-event' }),
      item('15:00', '18:00', 'Thematic segment', { segment: 'thematic' }),
    )
    expect(found(doc, 'item-overlap')).toEqual([])
  })

  it('compares items of the same day only', () => {
    const doc = segmentProgramme({ days: [day('2026-06-16', [item('10:00', '11:00', 'A')]), day('2026-06-17', [item('10:00', '11:00', 'B')])] })
    expect(found(doc, 'item-overlap')).toEqual([])
  })
})

describe('interpretation-hours (any year)', () => {
  it('passes items wholly inside 10:00-13:00 or 15:00-18:00', () => {
    expect(found(oneDay(item('10:00', '13:00', 'Morning'), item('15:00', '18:00', 'Afternoon')), 'interpretation-hours')).toEqual([])
  })

  it('warns about an item outside or across the slots', () => {
    const doc = oneDay(
      item('09:30', '10:30', 'Early'),
      item('12:30', '13:30', 'Across lunch'),
      item('17:00', '18:01', 'Late'),
      item('13:00', '15:00', 'Lunch talk', { segment: 'general' }),
    )
    const findings = found(doc, 'interpretation-hours')
    expect(findings.map((f) => f.path)).toEqual(['days[0].items[0]', 'days[0].items[1]', 'days[0].items[3]', 'days[0].items[2]'])
    expect(findings[0]).toEqual({
      rule: 'interpretation-hours',
      level: 'warning',
      message: '"Early" on Tuesday 16 June 2026, 09:30-10:30, is not wholly inside an interpreted slot (10:00-13:00 or 15:00-18:00).',
      path: 'days[0].items[0]',
      source: 'UNOG practice',
      params: { date: '2026-06-16', title: 'Early', start: '09:30', end: '10:30' },
    })
  })

  it('warns about an item that spans both slots', () => {
    expect(found(oneDay(item('10:00', '18:00', 'All day')), 'interpretation-hours')).toHaveLength(1)
  })

  it('leaves breaks and side events alone', () => {
    const doc = oneDay(item('13:00', '15:00', 'Lunch', { segment: 'break' }), item('08:30', '09:45', 'Breakfast briefing', { segment: 'side-event' }))
    expect(found(doc, 'interpretation-hours')).toEqual([])
  })

  it('applies to any year', () => {
    const early = segmentProgramme({ year: 1999, days: [day('1999-05-04', [item('09:00', '12:00', 'Standing Committee')])] })
    expect(found(early, 'interpretation-hours')).toHaveLength(1)
  })
})
