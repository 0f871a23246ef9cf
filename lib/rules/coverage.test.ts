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
          'No item serves the core humanitarian objective "Stockpile destruction" (to destroy anti-personnel mines that remain in stockpiles).',
        path: 'days',
        source: '4MSP',
      },
      {
        rule: 'core-objectives',
        level: 'warning',
        message: 'No item serves the core humanitarian objective "Universalization" (to ensure universal acceptance of the ban on anti-personnel mines).',
        path: 'days',
        source: '4MSP',
      },
      {
        rule: 'core-objectives',
        level: 'warning',
        message: 'No item serves the core humanitarian objective "Victim assistance" (to provide assistance to landmine survivors).',
        path: 'days',
        source: '4MSP',
      },
    ])
  })

  it('counts an objective served by any item, side events included', () => {
    const items = [
      item('10:00', '13:00', 'Plenary', { objectives: ['clearance', 'stockpile-destruction'] }),
      item('13:15', '14:45', 'Side event', { segment: 'side-event', objectives: ['victim-assistance', 'universalization'] }),
    ]
    expect(found(withItems(2026, items), 'core-objectives')).toEqual([])
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
        message: 'The Committee on Enhancing Cooperation and Assistance has no item in the programme.',
        path: 'days',
        source: '3RC',
      },
    ])
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
      },
    ])
    expect(found(withItems(2026, [item('10:00', '13:00', 'Preparations', { segment: 'preparatory' })]), 'preparatory-segment')).toEqual([])
  })

  it('does not bind 2014, binds 2015', () => {
    expect(found(withItems(2014), 'preparatory-segment')).toEqual([])
    expect(found(withItems(2015), 'preparatory-segment')).toHaveLength(1)
  })
})
