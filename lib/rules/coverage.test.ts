import { describe, expect, it } from 'vitest'
import { day, item, segmentProgramme, type Doc } from '../../tests/fixtures/programmes/build'
import type { RuleId } from './catalogue'
import { checkProgramme } from './check'

const found = (doc: Doc, rule: RuleId) => checkProgramme(doc).filter((finding) => finding.rule === rule)

/** A two-day programme of a year with these items on its first day, none on the second. */
function withItems(year: number, items = [item('10:00', '13:00', 'Plenary')]) {
  return segmentProgramme({ year, format: null, formatDecision: null, days: [day(`${year}-06-16`, items), day(`${year}-06-17`, [])] })
}

describe('core-objectives (from 2003)', () => {
  it('gives one warning per objective no item serves', () => {
    const findings = found(withItems(2026, [item('10:00', '13:00', 'Clearance', { objectives: ['clearance'] })]), 'core-objectives')
    expect(findings).toEqual([
      {
        rule: 'core-objectives',
        level: 'warning',
        message:
          'No item of the formal meeting serves the core humanitarian objective "Stockpile destruction" (to destroy anti-personnel mines that remain in stockpiles); side events and breaks do not count.',
        path: 'days',
        source: '4MSP',
        params: { objective: 'stockpile-destruction' },
      },
      {
        rule: 'core-objectives',
        level: 'warning',
        message:
          'No item of the formal meeting serves the core humanitarian objective "Universalization" (to ensure universal acceptance of the ban on anti-personnel mines); side events and breaks do not count.',
        path: 'days',
        source: '4MSP',
        params: { objective: 'universalization' },
      },
      {
        rule: 'core-objectives',
        level: 'warning',
        message:
          'No item of the formal meeting serves the core humanitarian objective "Victim assistance" (to provide assistance to landmine survivors); side events and breaks do not count.',
        path: 'days',
        source: '4MSP',
        params: { objective: 'victim-assistance' },
      },
    ])
  })

  it('counts an objective served by an item of the formal meeting, of any segment', () => {
    const items = [
      item('10:00', '11:00', 'Opening', { segment: 'opening', objectives: ['clearance'] }),
      item('11:00', '12:00', 'Thematic', { segment: 'thematic', objectives: ['stockpile-destruction'] }),
      item('12:00', '13:00', 'Committee', { segment: 'committee', objectives: ['victim-assistance'] }),
      item('15:00', '16:00', 'Closing', { segment: 'closing', objectives: ['universalization'] }),
    ]
    expect(found(withItems(2026, items), 'core-objectives')).toEqual([])
  })

  it('does not count side events and breaks: they are not the formal meeting', () => {
    const items = [
      item('10:00', '13:00', 'Plenary', { objectives: ['clearance', 'stockpile-destruction'] }),
      item('13:15', '14:45', 'Side event', { segment: 'side-event', objectives: ['victim-assistance'] }),
      item('13:00', '15:00', 'Lunch with a film on universalization', { segment: 'break', objectives: ['universalization'] }),
    ]
    expect(found(withItems(2026, items), 'core-objectives').map((f) => f.params.objective)).toEqual(['universalization', 'victim-assistance'])
  })

  it('does not bind 2002, binds 2003', () => {
    expect(found(withItems(2002), 'core-objectives')).toEqual([])
    expect(found(withItems(2003), 'core-objectives')).toHaveLength(4)
  })
})

describe('committee-coverage (from 2015)', () => {
  it('names each Committee without an item', () => {
    const items = [
      item('10:00', '11:00', 'A', { committee: 'article-5' }),
      item('11:00', '12:00', 'B', { committee: 'victim-assistance' }),
      item('12:00', '13:00', 'C', { committee: 'cooperative-compliance' }),
    ]
    expect(found(withItems(2026, items), 'committee-coverage')).toEqual([
      {
        rule: 'committee-coverage',
        level: 'warning',
        message: 'The Committee on the Enhancement of Cooperation and Assistance has no item in the formal meeting; side events and breaks do not count.',
        path: 'days',
        source: '3RC',
        params: { committee: 'cooperation-assistance' },
      },
    ])
  })

  it('ignores a Committee heard only at a side event or over a break', () => {
    const items = [
      item('10:00', '11:00', 'A', { committee: 'article-5' }),
      item('11:00', '12:00', 'B', { committee: 'victim-assistance' }),
      item('12:00', '13:00', 'C', { committee: 'cooperative-compliance' }),
      item('13:15', '14:45', 'Side event of the Committee', { segment: 'side-event', committee: 'cooperation-assistance' }),
      item('13:00', '15:00', 'Lunch', { segment: 'break', committee: 'cooperation-assistance' }),
    ]
    expect(found(withItems(2026, items), 'committee-coverage').map((f) => f.params)).toEqual([{ committee: 'cooperation-assistance' }])
    // The same Committee's session in the formal meeting, in any segment, counts.
    items.push(item('15:00', '16:00', 'D', { segment: 'thematic', committee: 'cooperation-assistance' }))
    expect(found(withItems(2026, items), 'committee-coverage')).toEqual([])
  })

  it('does not bind 2014 (Standing Committees), binds 2015', () => {
    expect(found(withItems(2014), 'committee-coverage')).toEqual([])
    expect(found(withItems(2015), 'committee-coverage')).toHaveLength(4)
  })
})

describe('preparatory-segment (from 2015)', () => {
  it('reminds, as information, when no item is preparatory', () => {
    expect(found(withItems(2026), 'preparatory-segment')).toEqual([
      {
        rule: 'preparatory-segment',
        level: 'info',
        message: 'No item is in the preparatory segment, which the Third Review Conference foresaw for these meetings.',
        path: 'days',
        source: '3RC',
        params: {},
      },
    ])
    expect(found(withItems(2026, [item('10:00', '13:00', 'Preparations', { segment: 'preparatory' })]), 'preparatory-segment')).toEqual([])
  })

  it('does not bind 2014, binds 2015', () => {
    expect(found(withItems(2014), 'preparatory-segment')).toEqual([])
    expect(found(withItems(2015), 'preparatory-segment')).toHaveLength(1)
  })
})
