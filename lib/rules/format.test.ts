import { describe, expect, it } from 'vitest'
import { day, item, regularDays, segmentProgramme, thematicDay, thematicDayProgramme, type Doc } from '../../tests/fixtures/programmes/build'
import type { RuleId } from './catalogue'
import { checkProgramme } from './check'

const found = (doc: Doc, rule: RuleId) => checkProgramme(doc).filter((finding) => finding.rule === rule)
const rules = (doc: Doc) => checkProgramme(doc).map((finding) => finding.rule)

const DECISION = { decidedBy: 'President', decidedOn: '2026-01-30', consultedCoordinatingCommittee: true, rationale: '' }

describe('format-undecided (from 2020)', () => {
  it('is an error from 2020 while the format is null', () => {
    expect(found(segmentProgramme({ format: null, formatDecision: null }), 'format-undecided')).toEqual([
      {
        rule: 'format-undecided',
        level: 'error',
        message:
          'The format of the 2026 meetings is not decided: a thematic segment during the two days, or a day of thematic discussions added to them.',
        path: 'format',
        source: '4RC',
        params: { year: 2026 },
      },
    ])
  })

  it('does not bind 2019, binds 2020', () => {
    const of = (year: number) =>
      segmentProgramme({ year, format: null, formatDecision: null, days: regularDays(`${year}-06-16`, `${year}-06-17`) })
    expect(found(of(2019), 'format-undecided')).toEqual([])
    expect(found(of(2020), 'format-undecided')).toHaveLength(1)
  })

  it('is the only rule that speaks of the format while it is null', () => {
    // A thematic day marked, no thematic segment item, no decision: the thematic rules wait.
    const days = regularDays()
    const first = days[0]
    if (first) first.items = first.items.filter((entry) => entry.segment !== 'thematic')
    const doc = segmentProgramme({ format: null, formatDecision: null, days: [...days, thematicDay('2026-06-22', [item('10:00', '13:00', 'Committee', { segment: 'committee' })])] })
    const speaking = rules(doc).filter((rule) => rule.startsWith('format') || rule.startsWith('thematic'))
    expect(speaking).toEqual(['format-undecided'])
  })
})

describe('format-consultation (from 2020)', () => {
  it('is an error when the format is set without a decision record', () => {
    expect(found(segmentProgramme({ formatDecision: null }), 'format-consultation')).toEqual([
      {
        rule: 'format-consultation',
        level: 'error',
        message:
          'The format is set (a thematic segment during the two-day meetings), but no decision record shows the President decided it in consultation with the Coordinating Committee.',
        path: 'formatDecision',
        source: '4RC',
        params: { format: 'thematic-segment', problem: 'no-decision-record', decidedOn: null },
      },
    ])
  })

  it('is an error when the record says the Coordinating Committee was not consulted', () => {
    expect(found(thematicDayProgramme(undefined, { formatDecision: { ...DECISION, consultedCoordinatingCommittee: false } }), 'format-consultation')).toEqual([
      {
        rule: 'format-consultation',
        level: 'error',
        message:
          'The decision of Friday 30 January 2026 on the format (a day of thematic discussions added to the two days) does not record that the Coordinating Committee was consulted.',
        path: 'formatDecision.consultedCoordinatingCommittee',
        source: '4RC',
        params: { format: 'thematic-day', problem: 'not-consulted', decidedOn: '2026-01-30' },
      },
    ])
  })

  it('passes a record of consultation, and a decision recorded while the format is null', () => {
    expect(found(segmentProgramme({ formatDecision: DECISION }), 'format-consultation')).toEqual([])
    expect(found(segmentProgramme({ format: null, formatDecision: { ...DECISION, consultedCoordinatingCommittee: false } }), 'format-consultation')).toEqual([])
  })

  it('does not bind 2019', () => {
    const doc = segmentProgramme({ year: 2019, formatDecision: null, days: regularDays('2019-06-18', '2019-06-19') })
    expect(found(doc, 'format-consultation')).toEqual([])
  })
})

describe('thematic-segment-missing and thematic-day-misplaced (from 2020)', () => {
  it('passes a thematic segment item on a regular day', () => {
    expect(found(segmentProgramme(), 'thematic-segment-missing')).toEqual([])
  })

  it('finds no thematic segment when no item is thematic', () => {
    const days = regularDays()
    const first = days[0]
    if (first) first.items = first.items.map((entry) => ({ ...entry, segment: entry.segment === 'thematic' ? 'general' : entry.segment }))
    expect(found(segmentProgramme({ days }), 'thematic-segment-missing')).toEqual([
      {
        rule: 'thematic-segment-missing',
        level: 'error',
        message: 'The format is a thematic segment during the two days, but no item of the thematic segment is on a regular meeting day.',
        path: 'days',
        source: '4RC a)',
        params: {},
      },
    ])
  })

  it('finds the segment missing when the only thematic item is on a day marked thematic, and that day misplaced', () => {
    const days = regularDays()
    const first = days[0]
    if (first) first.items = first.items.filter((entry) => entry.segment !== 'thematic')
    const doc = segmentProgramme({ days: [...days, thematicDay('2026-06-18')] })
    expect(found(doc, 'thematic-segment-missing')).toHaveLength(1)
    expect(found(doc, 'thematic-day-misplaced')).toEqual([
      {
        rule: 'thematic-day-misplaced',
        level: 'error',
        message: 'Thursday 18 June 2026 is marked as a thematic day, but the format is a thematic segment during the two days.',
        path: 'days[2].thematic',
        source: '4RC a)',
        params: { date: '2026-06-18' },
      },
    ])
  })

  it('does not bind 2019', () => {
    const doc = segmentProgramme({ year: 2019, days: [day('2019-06-18', [], true), day('2019-06-19', [])] })
    expect(rules(doc)).not.toContain('thematic-segment-missing')
    expect(rules(doc)).not.toContain('thematic-day-misplaced')
  })
})

describe('thematic-day-missing (from 2020)', () => {
  it('wants exactly one thematic day', () => {
    expect(found(thematicDayProgramme(), 'thematic-day-missing')).toEqual([])
    const none = thematicDayProgramme()
    none.days = none.days.map((entry) => ({ ...entry, thematic: false }))
    expect(found(none, 'thematic-day-missing')).toEqual([
      {
        rule: 'thematic-day-missing',
        level: 'error',
        message: 'The format is a day of thematic discussions, but no day is marked as the thematic day.',
        path: 'days',
        source: '4RC b)',
        params: { count: 0, dates: [] },
      },
    ])
    const two = thematicDayProgramme()
    two.days = [...two.days, thematicDay('2026-06-15')]
    expect(found(two, 'thematic-day-missing').map((f) => f.message)).toEqual([
      'The format is a day of thematic discussions, but 2 days are marked thematic (Monday 15 June 2026 and Thursday 18 June 2026); exactly one should be.',
    ])
    expect(found(two, 'thematic-day-detached')).toEqual([])
  })

  it('does not bind 2019', () => {
    const doc = segmentProgramme({ year: 2019, format: 'thematic-day', days: regularDays('2019-06-18', '2019-06-19') })
    expect(found(doc, 'thematic-day-missing')).toEqual([])
  })
})

describe('thematic-day-content (from 2020)', () => {
  it('allows thematic, opening, closing, side events and breaks on the thematic day', () => {
    const doc = thematicDayProgramme('2026-06-18')
    doc.days[2] = thematicDay('2026-06-18', [
      item('10:00', '10:15', 'Opening', { segment: 'opening' }),
      item('10:15', '13:00', 'Discussion', { segment: 'thematic' }),
      item('13:00', '15:00', 'Lunch', { segment: 'break' }),
      item('13:15', '14:45', 'Side event', { segment: 'side-event' }),
      item('17:45', '18:00', 'Closing', { segment: 'closing' }),
    ])
    expect(found(doc, 'thematic-day-content')).toEqual([])
  })

  it('finds a committee, general or preparatory item on the thematic day', () => {
    const doc = thematicDayProgramme('2026-06-18')
    doc.days[2] = thematicDay('2026-06-18', [
      item('10:00', '11:00', 'Committee on Victim Assistance', { segment: 'committee', committee: 'victim-assistance' }),
      item('11:00', '12:00', 'Plenary'),
      item('12:00', '13:00', 'Preparations', { segment: 'preparatory' }),
    ])
    const findings = found(doc, 'thematic-day-content')
    expect(findings.map((f) => f.path)).toEqual(['days[2].items[0].segment', 'days[2].items[1].segment', 'days[2].items[2].segment'])
    expect(findings[0]).toEqual({
      rule: 'thematic-day-content',
      level: 'error',
      message:
        '"Committee on Victim Assistance" (10:00-11:00) on the thematic day, Thursday 18 June 2026, is in the segment "Committee"; the thematic day holds thematic discussions.',
      path: 'days[2].items[0].segment',
      source: '4RC b)',
      params: { date: '2026-06-18', title: 'Committee on Victim Assistance', start: '10:00', end: '11:00', segment: 'committee' },
    })
  })

  it('does not bind 2019', () => {
    const doc = segmentProgramme({ year: 2019, format: 'thematic-day', days: [day('2019-06-18', []), day('2019-06-19', [item('10:00', '11:00', 'Plenary')], true)] })
    expect(found(doc, 'thematic-day-content')).toEqual([])
  })
})

describe('thematic-day-detached (from 2020)', () => {
  const detached = (thematicDate: string, regular: [string, string] = ['2026-06-16', '2026-06-17']) => {
    const doc = thematicDayProgramme(thematicDate)
    doc.days = [...regularDays(...regular).map((entry) => ({ ...entry, items: [] })), thematicDay(thematicDate)]
    return doc
  }

  it('passes the working day right after the latest or right before the earliest other day', () => {
    expect(found(detached('2026-06-18'), 'thematic-day-detached')).toEqual([]) // Thursday after Tuesday-Wednesday
    expect(found(detached('2026-06-15'), 'thematic-day-detached')).toEqual([]) // Monday before
  })

  it('warns about a thematic day a day away, and one between the other days', () => {
    expect(found(detached('2026-06-19'), 'thematic-day-detached')).toEqual([
      {
        rule: 'thematic-day-detached',
        level: 'warning',
        message:
          'The thematic day, Friday 19 June 2026, is not next to the other meeting days: it would be Monday 15 June 2026 or Thursday 18 June 2026.',
        path: 'days[2].date',
        source: '4RC b) "adding a day"',
        params: { date: '2026-06-19', before: '2026-06-15', after: '2026-06-18' },
      },
    ])
    expect(found(detached('2026-06-12'), 'thematic-day-detached')).toHaveLength(1)
    expect(found(detached('2026-06-17', ['2026-06-16', '2026-06-18']), 'thematic-day-detached')).toHaveLength(1)
  })

  it('takes Monday as the working day after a Friday, and Friday as the one before a Monday', () => {
    const afterFriday = detached('2026-06-22', ['2026-06-18', '2026-06-19'])
    expect(found(afterFriday, 'thematic-day-detached')).toEqual([])
    // ...but the meetings are then not in one week.
    expect(found(afterFriday, 'consecutive-days')).toHaveLength(1)
    const beforeMonday = detached('2026-06-19', ['2026-06-22', '2026-06-23'])
    expect(found(beforeMonday, 'thematic-day-detached')).toEqual([])
    expect(found(beforeMonday, 'consecutive-days')).toHaveLength(1)
  })

  it('does not speak when the thematic day is the only day', () => {
    const doc = thematicDayProgramme('2026-06-18')
    doc.days = [thematicDay('2026-06-18')]
    expect(found(doc, 'thematic-day-detached')).toEqual([])
  })

  it('does not bind 2019', () => {
    const doc = segmentProgramme({ year: 2019, format: 'thematic-day', days: [day('2019-06-18', []), day('2019-06-19', []), day('2019-06-25', [], true)] })
    expect(found(doc, 'thematic-day-detached')).toEqual([])
    doc.year = 2020
    doc.days = [day('2020-06-16', []), day('2020-06-17', []), day('2020-06-23', [], true)]
    expect(found(doc, 'thematic-day-detached')).toHaveLength(1)
  })
})
